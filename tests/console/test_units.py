"""The console's parts on their own: reports on SQLite and PostgreSQL (days in the viewer's time
zone), sign-in throttling, sessions, passwords, formats, CSV cells, redirects, vendored files."""

from __future__ import annotations

import hashlib
import re
import secrets
from datetime import UTC, date, datetime, timedelta
from decimal import Decimal
from pathlib import Path
from zoneinfo import ZoneInfo

import pytest
from starlette.requests import Request

import tarnkappe.console
from tarnkappe.console.i18n import Formatter
from tarnkappe.console.pages.usage import chart_data, chart_days, csv_cell
from tarnkappe.console.passwords import Passwords
from tarnkappe.console.reports import Reports, days, month_of
from tarnkappe.console.throttle import LoginThrottle, scopes
from tarnkappe.console.users import UserDirectory, UserError
from tarnkappe.console.web import local_path, same_origin
from tests.accounts.helpers import ledger_row, open_store, run, sqlite_url

ZURICH = ZoneInfo("Europe/Zurich")
STATIC = Path(tarnkappe.console.__file__).parent / "static"


@pytest.fixture(params=["sqlite", "postgresql"])
def database_url(tmp_path: Path, request: pytest.FixtureRequest) -> str:
    """Each test on SQLite and on the PostgreSQL of 127.0.0.1 (skipped, with the reason, without it)."""
    if request.param == "sqlite":
        return sqlite_url(tmp_path / "units.db")
    return request.getfixturevalue("pg_url")


def test_reports_count_per_day_in_the_viewers_time_zone(database_url: str) -> None:
    async def body() -> None:
        store = await open_store(database_url)
        try:
            org = await store.create_org("days-" + hashlib.sha1(database_url.encode()).hexdigest()[:6])
            other = await store.create_org("other-" + hashlib.sha1(database_url.encode()).hexdigest()[:6])
            late = datetime(2026, 3, 9, 23, 30, tzinfo=UTC)  # 00:30 on 10 March in Zurich
            rows = [
                ledger_row(org.id, Decimal("0.5"), created_at=late, model="m1", prompt_tokens=10, completion_tokens=5),
                ledger_row(org.id, Decimal("0.25"), created_at=late - timedelta(hours=2), model="m1",
                           prompt_tokens=1, completion_tokens=1),
                ledger_row(org.id, Decimal("1"), created_at=late, model="m2", anonymized=True,
                           entity_counts={"PERSON": 2, "EMAIL": 1}, region="ch"),
                ledger_row(org.id, Decimal("1"), created_at=late, model="m2", anonymized=True,
                           entity_counts={"PERSON": 1}, region="ch"),
                ledger_row(other.id, Decimal("9"), created_at=late, model="m1", anonymized=True,
                           entity_counts={"IBAN": 4}),
            ]
            await store.write_ledger(rows)
            reports = Reports(store)
            march = month_of(date(2026, 3, 1), ZURICH)
            lines = await reports.per_day_and_model(org.id, march, ZURICH)
            assert [(line.day, line.model, line.requests, line.cost) for line in lines] == [
                (date(2026, 3, 9), "m1", 1, Decimal("0.25")),
                (date(2026, 3, 10), "m1", 1, Decimal("0.5")),
                (date(2026, 3, 10), "m2", 2, Decimal("2")),
            ]
            assert await reports.spent(org.id, march) == Decimal("2.75")
            # In UTC the late request still falls on the 9th.
            utc_lines = await reports.per_day_and_model(org.id, march, ZoneInfo("UTC"))
            assert {line.day for line in utc_lines} == {date(2026, 3, 9)}
            privacy = await reports.privacy(org.id, march)
            assert (privacy.requests, privacy.anonymized) == (4, 2)
            assert privacy.entities == {"PERSON": 3, "EMAIL": 1}  # never the other org's IBANs
            assert {(d["region"], d["requests"], d["anonymized"]) for d in privacy.destinations} == {("ch", 2, 2), ("-", 2, 0)}
            newest = await reports.requests(org.id, march, limit=2)
            assert [line.created_at for line in newest] == [late, late]
            assert await reports.requests(org.id, days(date(2026, 4, 1), date(2026, 4, 30), ZURICH)) == []
        finally:
            await store.close()

    run(body)


def test_periods_are_whole_days_in_the_zone() -> None:
    march = month_of(date(2026, 3, 15), ZURICH)
    assert march.start == datetime(2026, 2, 28, 23, 0, tzinfo=UTC)
    assert march.end == datetime(2026, 3, 31, 22, 0, tzinfo=UTC)  # summer time from 29 March
    assert (march.first_day(ZURICH), march.last_day(ZURICH)) == (date(2026, 3, 1), date(2026, 3, 31))
    december = month_of(date(2026, 12, 24), ZURICH)
    assert december.last_day(ZURICH) == date(2026, 12, 31)


def test_throttle_locks_after_the_limit_and_unlocks_after_the_window(database_url: str) -> None:
    async def body() -> None:
        store = await open_store(database_url)
        tag = secrets.token_hex(4)
        try:
            throttle = LoginThrottle(store, max_failures=3, window=timedelta(minutes=15))
            attempt = scopes(f"Eve{tag}@Example.com", f"10.0.{tag}")
            assert attempt == scopes(f" eve{tag}@example.COM", f"10.0.{tag}")
            assert [factor for _scope, factor in attempt] == [1, 5]
            assert all(f"eve{tag}" not in scope and tag not in scope for scope, _ in attempt)  # hashes, not addresses
            for _ in range(3):
                assert (await throttle.attempt(attempt)).locked_until is None
            locked = (await throttle.attempt(attempt)).locked_until
            assert locked is not None and locked > datetime.now(UTC) + timedelta(minutes=14)
            # The client address has its own, higher limit: another address from it is not locked.
            assert (await throttle.attempt(scopes(f"bob{tag}@example.com", f"10.0.{tag}"))).locked_until is None
            # The operator lifts the lock.
            unlocked = await throttle.unlock([attempt[0][0]])
            assert [(count, until is not None) for _tag, count, until in unlocked] == [(4, True)]
            assert (await throttle.attempt(attempt)).locked_until is None
            expired = LoginThrottle(store, max_failures=1, window=timedelta(seconds=-1))
            nobody = scopes(f"nobody{tag}@example.com", None)
            for _ in range(3):
                assert (await expired.attempt(nobody)).locked_until is None
        finally:
            await store.close()

    run(body)


def test_a_success_takes_back_only_the_failures_it_saw(database_url: str) -> None:
    async def body() -> None:
        store = await open_store(database_url)
        tag = secrets.token_hex(4)
        try:
            throttle = LoginThrottle(store, max_failures=5, window=timedelta(minutes=15))
            attempt = scopes(f"ann{tag}@example.com", f"10.1.{tag}")
            for _ in range(2):
                await throttle.attempt(attempt)  # two failures
            right = await throttle.attempt(attempt)  # the right password, still being checked ...
            assert right.locked_until is None and right.counts[0].number == 3
            for _ in range(2):
                await throttle.attempt(attempt)  # ... while two more failures are counted
            await throttle.succeeded(right)
            # The two failures counted after it remain: three more attempts, and the address locks.
            for _ in range(3):
                assert (await throttle.attempt(attempt)).locked_until is None
            assert (await throttle.attempt(attempt)).locked_until is not None
            # A success whose address was locked meanwhile takes back nothing.
            await throttle.succeeded(right)
            assert (await throttle.attempt(attempt)).locked_until is not None
        finally:
            await store.close()

    run(body)


def test_sessions_store_only_a_hash_and_end_with_a_new_password(database_url: str) -> None:
    async def body() -> None:
        store = await open_store(database_url)
        org, tag = "sessions-" + secrets.token_hex(4), secrets.token_hex(4)
        try:
            await store.create_org(org)
            users = UserDirectory(store, Passwords(), session_ttl=timedelta(hours=1))
            with pytest.raises(UserError, match="at least 12"):
                await users.create_user(org, f"a{tag}@acme.example", "short", "owner")
            with pytest.raises(UserError, match="not an e-mail"):
                await users.create_user(org, "not-an-address", "long-enough-password", "owner")
            user = await users.create_user(org, f"A{tag}@Acme.Example", "long-enough-password", "owner")
            assert user.email == f"a{tag}@acme.example"
            with pytest.raises(UserError, match="exists already"):
                await users.create_user(org, f"a{tag}@ACME.example", "long-enough-password", "member")
            assert await users.check_password(f"a{tag}@acme.example", "wrong-password-here") is None
            assert await users.check_password(f"nobody{tag}@acme.example", "long-enough-password") is None
            signed = await users.check_password(f"A{tag}@ACME.example", "long-enough-password")
            assert signed is not None
            token, session = await users.open_session(signed)
            assert (await users.session(token)).user.id == user.id  # type: ignore[union-attr]
            async with store.engine.connect() as connection:
                dump = str((await connection.exec_driver_sql("SELECT * FROM console_sessions")).all())
            assert token not in dump and hashlib.sha256(token.encode()).hexdigest() in dump
            await users.set_password(f"a{tag}@acme.example", "another-long-password")
            assert await users.session(token) is None
            assert await users.session("forged") is None
        finally:
            await store.close()

    run(body)


def test_an_address_is_unique_per_organization_and_signs_in_to_its_oldest_active_account(database_url: str) -> None:
    async def body() -> None:
        store = await open_store(database_url)
        tag = secrets.token_hex(4)
        first, second = f"first-{tag}", f"second-{tag}"
        try:
            await store.create_org(first)
            await store.create_org(second)
            users = UserDirectory(store, Passwords())
            email = f"shared{tag}@example.com"
            older = await users.create_user(first, email, "the-first-password", "member")
            # Another organization adds the address the same way it adds a new one ...
            newer = await users.create_user(second, email.upper(), "the-second-password", "member")
            assert (newer.org_name, newer.email) == (second, email)
            # ... and only its own duplicates are refused.
            with pytest.raises(UserError, match="exists already"):
                await users.create_user(second, email, "the-third-password", "member")
            # The address signs in to its oldest active account; the newer one waits until it is disabled.
            assert (await users.check_password(email, "the-first-password")).id == older.id  # type: ignore[union-attr]
            assert await users.check_password(email, "the-second-password") is None
            await users.set_disabled(older.org_id, older.id, True)
            assert (await users.check_password(email, "the-second-password")).id == newer.id  # type: ignore[union-attr]
            with pytest.raises(UserError, match="several organizations"):
                await users.set_password(email, "a-new-long-password")
            assert (await users.set_password(email, "a-new-long-password", second)).id == newer.id
        finally:
            await store.close()

    run(body)


def test_migration_0004_keeps_users_and_lets_an_address_into_another_organization(
        database_url: str, tmp_path: Path) -> None:
    """From a database at 0003 with a user and a session: the user is kept, the address may then be
    added to another organization, and still only once to its own."""
    from alembic import command
    from sqlalchemy import text

    from tarnkappe.accounts import migrate
    from tarnkappe.accounts.store import Store, create_engine

    async def body() -> None:
        engine = create_engine(database_url)
        tag = secrets.token_hex(4)
        if engine.dialect.name == "postgresql":  # a database of its own, at 0003
            name = "tk_m4_" + tag
            admin = create_engine(database_url)
            async with admin.connect() as connection:
                await connection.execution_options(isolation_level="AUTOCOMMIT")
                await connection.exec_driver_sql(f"CREATE DATABASE {name}")
            await admin.dispose()
            await engine.dispose()
            engine = create_engine(database_url.rsplit("/", 1)[0] + "/" + name)
        try:
            async with engine.begin() as connection:
                await connection.run_sync(lambda c: command.upgrade(migrate.alembic_config(c), "0003_overage"))
                now = datetime.now(UTC).replace(tzinfo=None)
                for org in ("o1", "o2"):
                    await connection.execute(text(
                        "INSERT INTO organizations (id, name, currency, limit_period, gdpr_only, created_at) "
                        "VALUES (:id, :id, 'CHF', 'month', false, :now)"), {"id": f"{org}-{tag}", "now": now})
                await connection.execute(text(
                    "INSERT INTO users (id, org_id, email, password_hash, role, created_at, disabled) "
                    "VALUES (:id, :org, 'kept@example.com', 'x', 'owner', :now, false)"),
                    {"id": f"usr_{tag}", "org": f"o1-{tag}", "now": now})
            await migrate.upgrade(engine)
            assert await migrate.current_revision(engine) == migrate.HEAD
            store = Store(engine)
            users = UserDirectory(store, Passwords())
            assert [u.id for u in await users.list_users(f"o1-{tag}")] == [f"usr_{tag}"]
            await users.create_user(f"o2-{tag}", "kept@example.com", "long-enough-password", "member")
            with pytest.raises(UserError, match="exists already"):
                await users.create_user(f"o1-{tag}", "kept@example.com", "long-enough-password", "member")
        finally:
            await engine.dispose()

    run(body)


def test_money_is_written_the_way_the_reader_writes_it() -> None:
    assert Formatter.create("de_CH", ZURICH).money(Decimal("1234.5"), "CHF") == "CHF\u00a01’234.50"
    assert Formatter.create("de_DE", ZURICH).money(Decimal("1234.5"), "EUR") == "1.234,50\u00a0€"
    assert Formatter.create("en_GB", ZURICH).money(Decimal("5"), "CHF") == "CHF\u00a05.00"
    assert Formatter.create("de_CH", ZURICH).money(Decimal("0.00000189"), "CHF", precise=True) == "CHF\u00a00.00000189"
    assert Formatter.create("xx_YY", ZURICH).locale == "de_CH"  # an unknown locale falls back


def test_csv_cells_never_become_formulas() -> None:
    for dangerous in ("=1+1", "+1", "-1", "@SUM(A1)", "\tx"):
        assert csv_cell(dangerous).startswith("'")
    assert csv_cell("support bot") == "support bot" and csv_cell(None) == "" and csv_cell(3) == "3"


def test_chart_data_has_a_slot_for_every_day_and_model() -> None:
    from tarnkappe.console.reports import DayModel

    lines = [DayModel(date(2026, 1, 1), "a", 1, 2, 3, Decimal("0.5")), DayModel(date(2026, 1, 3), "b", 1, 1, 1, Decimal(0))]
    fmt = Formatter.create("de_DE", ZURICH)
    data = chart_data(lines, [date(2026, 1, 1), date(2026, 1, 2), date(2026, 1, 3)], fmt, "EUR")
    # A day without requests is an empty slot, and a zero is no bar (null), never a minimum-height one.
    assert data["labels"] == ["01.01.2026", "02.01.2026", "03.01.2026"] and data["models"] == ["a", "b"]
    assert data["tokens"] == [[5, None, None], [None, None, 2]]
    assert data["cost"] == [[0.5, None, None], [None, None, None]]
    # The charts write numbers with the same symbols and currency pattern as the tables.
    assert data["format"] == {"group": ".", "decimal": ",", "money_prefix": "", "money_suffix": "\u00a0€"}
    assert Formatter.create("de_CH", ZURICH).chart_format("CHF") == {
        "group": "’", "decimal": ".", "money_prefix": "CHF\u00a0", "money_suffix": ""}


def test_chart_days_cover_the_period_up_to_today() -> None:
    month = month_of(date(2026, 3, 5), ZURICH)
    assert chart_days(month, ZURICH, today=date(2026, 3, 5)) == [date(2026, 3, d) for d in range(1, 6)]
    assert len(chart_days(month, ZURICH, today=date(2026, 4, 2))) == 31  # a past month: all of it
    # A period in the future still has its first day (one empty slot, no error).
    assert chart_days(month, ZURICH, today=date(2026, 2, 1)) == [date(2026, 3, 1)]


def test_only_console_paths_are_followed_after_sign_in() -> None:
    assert local_path("/console/keys?x=1") == "/console/keys?x=1"
    for hostile in ("https://evil.example/", "//evil.example/console/", "/console\\@evil", "/admin/orgs", None, ""):
        assert local_path(hostile) == "/console/usage"


def request_with(headers: dict[str, str]) -> Request:
    scope = {"type": "http", "method": "POST", "scheme": "http", "server": ("gw.example", 80), "path": "/console/keys",
             "headers": [(k.encode(), v.encode()) for k, v in {"host": "gw.example", **headers}.items()]}
    return Request(scope)


def test_same_origin_check() -> None:
    assert same_origin(request_with({"origin": "http://gw.example"}))
    assert same_origin(request_with({}))  # no Origin and no Referer: the token alone decides
    assert not same_origin(request_with({"origin": "https://evil.example"}))
    assert not same_origin(request_with({"origin": "null"}))
    assert not same_origin(request_with({"referer": "http://evil.example/console/keys"}))


def test_vendored_chart_js_is_the_file_the_readme_names() -> None:
    readme = (STATIC / "vendor" / "README.md").read_text()
    expected = re.search(r"`chart.umd.min.js`.*?`([0-9a-f]{64})`", readme).group(1)  # type: ignore[union-attr]
    assert hashlib.sha256((STATIC / "vendor" / "chart.umd.min.js").read_bytes()).hexdigest() == expected
    assert "MIT License" in (STATIC / "vendor" / "chart.js.LICENSE.md").read_text()
