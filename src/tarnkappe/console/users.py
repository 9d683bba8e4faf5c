"""Console users and their sign-in sessions, in the accounts database.

A session cookie carries 32 random bytes; the database keeps only their SHA-256, so a copy of the
database (a backup, a replica) cannot be used to sign in. Each session has its own CSRF token,
which every form of the console must send back.
"""

from __future__ import annotations

import hashlib
import re
import secrets
from dataclasses import dataclass
from datetime import datetime, timedelta

from sqlalchemy import ColumnElement, Select, delete, select, update
from sqlalchemy.exc import IntegrityError

from tarnkappe.accounts.models import ConsoleSession, Organization, User, utcnow
from tarnkappe.accounts.store import AccountsError, Store
from tarnkappe.console.passwords import Passwords

ROLES = ("owner", "member")
_EMAIL = re.compile(r"[^@\s]{1,64}@[^@\s]+\.[^@\s]+")


class UserError(AccountsError):
    """A request about users that cannot be done; the message says why, for the operator."""


@dataclass(frozen=True, slots=True)
class UserInfo:
    id: str
    org_id: str
    org_name: str
    email: str
    role: str
    created_at: datetime
    last_login_at: datetime | None
    disabled: bool

    @property
    def is_owner(self) -> bool:
        return self.role == "owner"


@dataclass(frozen=True, slots=True)
class SignedIn:
    """A valid session: who, and the CSRF token its forms carry."""

    user: UserInfo
    csrf_token: str
    expires_at: datetime


def normalize_email(email: str) -> str:
    return email.strip().lower()


def _session_id(token: str) -> str:
    return hashlib.sha256(token.encode("ascii", "replace")).hexdigest()


def _user_and_org(*conditions: ColumnElement[bool]) -> Select[User, Organization]:
    """A user row with its organization's, where `conditions` hold."""
    return select(User, Organization).join(Organization).where(*conditions)


def _info(user: User, org: Organization) -> UserInfo:
    return UserInfo(user.id, user.org_id, org.name, user.email, user.role, user.created_at, user.last_login_at,
                    user.disabled)


class UserDirectory:
    def __init__(self, store: Store, passwords: Passwords | None = None, *,
                 session_ttl: timedelta = timedelta(hours=12), password_min_length: int = 12) -> None:
        self.store = store
        self.passwords = passwords or Passwords()
        self.session_ttl = session_ttl
        self.password_min_length = password_min_length

    def check_password_rules(self, password: str) -> None:
        if len(password) < self.password_min_length:
            raise UserError(f"the password must have at least {self.password_min_length} characters")

    # ------------------------------------------------------------------ users

    async def create_user(self, org_name: str, email: str, password: str, role: str) -> UserInfo:
        email = normalize_email(email)
        if not _EMAIL.fullmatch(email) or len(email) > 254:
            raise UserError(f"{email!r} is not an e-mail address")
        if role not in ROLES:
            raise UserError(f"role {role!r} must be one of {', '.join(ROLES)}")
        self.check_password_rules(password)
        password_hash = await self.passwords.hash_async(password)
        try:
            async with self.store.sessions.begin() as session:
                org = await session.scalar(select(Organization).where(Organization.name == org_name))
                if org is None:
                    raise UserError(f"no organization named {org_name!r} (create it with `tarnkappe orgs create`)")
                user = User(id="usr_" + secrets.token_hex(8), org_id=org.id, email=email,
                            password_hash=password_hash, role=role, created_at=utcnow(), disabled=False)
                session.add(user)
        except IntegrityError:
            # Only within the organization: another organization's users are none of its business,
            # so an address they have is added here just the same (and the same way, at the same cost).
            raise UserError(f"a user with the e-mail address {email!r} exists already") from None
        return _info(user, org)

    async def list_users(self, org_id: str | None = None) -> list[UserInfo]:
        query = _user_and_org().order_by(Organization.name, User.email)
        if org_id is not None:
            query = query.where(User.org_id == org_id)
        async with self.store.sessions() as session:
            return [_info(u, o) for u, o in (await session.execute(query)).all()]

    async def set_password(self, email: str, password: str, org_name: str | None = None) -> UserInfo:
        """A new password; every session of the user ends (whoever knew the old one is out). An
        address in several organizations needs the organization."""
        self.check_password_rules(password)
        password_hash = await self.passwords.hash_async(password)
        async with self.store.sessions.begin() as session:
            query = _user_and_org(User.email == normalize_email(email))
            if org_name is not None:
                query = query.where(Organization.name == org_name)
            rows = (await session.execute(query.order_by(Organization.name))).all()
            if not rows:
                raise UserError(f"no user with the e-mail address {email!r}"
                                + (f" in organization {org_name!r}" if org_name else ""))
            if len(rows) > 1:
                raise UserError(f"{email!r} is a user of several organizations "
                                f"({', '.join(o.name for _u, o in rows)}): name one with --org")
            user, org = rows[0]
            user.password_hash = password_hash
            await session.execute(delete(ConsoleSession).where(ConsoleSession.user_id == user.id))
        return _info(user, org)

    async def get_user(self, org_id: str, user_id: str) -> UserInfo | None:
        """A user of this organization (None for another organization's: the caller says 404)."""
        async with self.store.sessions() as session:
            row = (await session.execute(
                _user_and_org(User.id == user_id, User.org_id == org_id)
            )).first()
        return _info(*row) if row else None

    async def set_disabled(self, org_id: str, user_id: str, disabled: bool) -> UserInfo:
        """Disable (every session ends at once: `session` checks the flag) or re-enable a user.
        The last active owner of an organization cannot be disabled."""
        async with self.store.sessions.begin() as session:
            row = (await session.execute(
                _user_and_org(User.id == user_id, User.org_id == org_id)
            )).first()
            if row is None:
                raise UserError("no such user in this organization")
            user, org = row
            if disabled and user.role == "owner":
                owners = await session.scalars(select(User.id).where(
                    User.org_id == org_id, User.role == "owner", User.disabled.is_(False)))
                if list(owners) == [user.id]:
                    raise UserError("the last owner of an organization cannot be disabled")
            user.disabled = disabled
            if disabled:
                await session.execute(delete(ConsoleSession).where(ConsoleSession.user_id == user.id))
        return _info(user, org)

    async def change_password(self, user_id: str, current: str, new: str, *, keep_session: str | None = None) -> bool:
        """A user's own change: False if `current` is wrong. Every other session of the user ends."""
        self.check_password_rules(new)
        async with self.store.sessions() as session:
            user = await session.get(User, user_id)
        if user is None or not await self.passwords.verify_async(user.password_hash, current):
            return False
        new_hash = await self.passwords.hash_async(new)
        async with self.store.sessions.begin() as session:
            await session.execute(update(User).where(User.id == user_id).values(password_hash=new_hash))
            query = delete(ConsoleSession).where(ConsoleSession.user_id == user_id)
            if keep_session:
                query = query.where(ConsoleSession.id != _session_id(keep_session))
            await session.execute(query)
        return True

    async def check_password(self, email: str, password: str) -> UserInfo | None:
        """The user if the password is right and the user is not disabled. Costs the same for an
        unknown address as for a wrong password: one hash, always. An address that is a user of
        several organizations signs in to its oldest account that is not disabled."""
        async with self.store.sessions() as session:
            row = (await session.execute(
                _user_and_org(User.email == normalize_email(email), User.disabled.is_(False))
                .order_by(User.created_at, User.id).limit(1)
            )).first()
        user, org = row if row else (None, None)
        ok = await self.passwords.verify_async(user.password_hash if user else None, password)
        if not ok or user is None or org is None or user.disabled:
            return None
        if self.passwords.needs_rehash(user.password_hash):
            new_hash = await self.passwords.hash_async(password)
            async with self.store.sessions.begin() as session:
                await session.execute(update(User).where(User.id == user.id).values(password_hash=new_hash))
        return _info(user, org)

    # ------------------------------------------------------------------ sessions

    async def open_session(self, user: UserInfo) -> tuple[str, SignedIn]:
        """A new session for a user who just proved their password: (cookie token, session)."""
        token = secrets.token_urlsafe(32)
        now = utcnow()
        signed_in = SignedIn(user, secrets.token_urlsafe(32), now + self.session_ttl)
        async with self.store.sessions.begin() as session:
            # Expired sessions of everyone are swept here, at sign-in, rather than by a timer.
            await session.execute(delete(ConsoleSession).where(ConsoleSession.expires_at < now))
            session.add(ConsoleSession(id=_session_id(token), user_id=user.id, csrf_token=signed_in.csrf_token,
                                       created_at=now, expires_at=signed_in.expires_at))
            await session.execute(update(User).where(User.id == user.id).values(last_login_at=now))
        return token, signed_in

    async def session(self, token: str | None) -> SignedIn | None:
        """The session a cookie stands for, or None (unknown, expired, or its user disabled)."""
        if not token or len(token) > 100:
            return None
        async with self.store.sessions() as session:
            row = (await session.execute(
                select(ConsoleSession, User, Organization)
                .join(User, User.id == ConsoleSession.user_id)
                .join(Organization, Organization.id == User.org_id)
                .where(ConsoleSession.id == _session_id(token))
            )).first()
        if row is None:
            return None
        console_session, user, org = row
        if console_session.expires_at <= utcnow() or user.disabled:
            return None
        return SignedIn(_info(user, org), console_session.csrf_token, console_session.expires_at)

    async def close_session(self, token: str | None) -> None:
        if token:
            async with self.store.sessions.begin() as session:
                await session.execute(delete(ConsoleSession).where(ConsoleSession.id == _session_id(token)))
