"""Sign-in throttling over HTTP, against real gateways: concurrent guesses are counted before they
are checked (on SQLite, and on PostgreSQL shared by two instances), a success does not erase the
failures it did not see, the password-change page is throttled the same way, and an operator lets
a locked-out owner back in — with the lock's cost in the log, never the address.

Each database gets gateways of its own: the guesses here would lock the client address of the
other console tests. Client addresses come from X-Forwarded-For (the gateways trust 127.0.0.1 as
their proxy), so that a test can be one client or many."""

from __future__ import annotations

import asyncio
import re
import secrets
from collections.abc import Iterator
from dataclasses import dataclass

import httpx
import pytest

from tests.console.conftest import CSRF_FIELD, ConsoleSite, Person
from tests.gateways import Gateway, GatewayFactory

MAX_FAILED = 10


@dataclass
class Throttled:
    instances: list[Gateway]
    site: ConsoleSite  # on the first instance
    org: str

    def person(self, name: str, role: str = "member") -> Person:
        return self.site.add_person(name, self.org, role)

    def cli(self, *args: str) -> str:
        result = self.site.factory.cli(self.instances[0].config_path, *args)
        return result.stderr + result.stdout


@pytest.fixture(scope="module", params=["sqlite", "postgresql"])
def throttled(request: pytest.FixtureRequest, gateways: GatewayFactory,
              tmp_path_factory: pytest.TempPathFactory) -> Iterator[Throttled]:
    workdir = tmp_path_factory.mktemp("throttle")
    if request.param == "sqlite":
        url, count = f"sqlite+aiosqlite:///{workdir}/throttle.db", 1
    else:
        url, count = request.getfixturevalue("pg_url"), 2  # two instances share the counters
    config = gateways.config(url, console={"max_failed_logins": MAX_FAILED, "lockout_minutes": 15})
    config["server"] = {**config["server"], "trusted_proxies": ["127.0.0.1"]}
    instances = [gateways.start(config, workdir)] if count == 1 else gateways.start_many(config, count)
    org = "throttle-" + secrets.token_hex(3)
    gateways.cli(instances[0].config_path, "orgs", "create", org)
    yield Throttled(instances, ConsoleSite(instances[0], gateways), org)
    for instance in instances:
        instance.stop()


def client_address() -> str:
    return f"198.51.{secrets.randbelow(250)}.{secrets.randbelow(250) + 1}"


async def login_form(http: httpx.AsyncClient) -> str:
    page = await http.get("/console/login")
    return CSRF_FIELD.search(page.text).group(1)  # type: ignore[union-attr]


async def burst(throttled: Throttled, email: str, passwords: list[str], *, clients: list[str] | None = None) -> list[int]:
    """Every password at once against the instances in turn (one sign-in form, as a script would
    reuse it); the status of each."""
    https = [httpx.AsyncClient(base_url=g.base_url, timeout=120, limits=httpx.Limits(max_connections=200))
             for g in throttled.instances]
    try:
        tokens = [await login_form(http) for http in https]

        async def one(index: int, password: str) -> int:
            http = https[index % len(https)]
            headers = {"x-forwarded-for": clients[index % len(clients)] if clients else "203.0.113.9"}
            response = await http.post("/console/login", headers=headers, data={
                "email": email, "password": password, "csrf_token": tokens[index % len(https)]})
            return response.status_code

        return list(await asyncio.gather(*(one(i, p) for i, p in enumerate(passwords))))
    finally:
        for http in https:
            await http.aclose()


def sign_in(throttled: Throttled, person: Person, password: str | None = None, client: str | None = None) -> int:
    return asyncio.run(burst(throttled, person.email, [password or person.password],
                             clients=[client or client_address()]))[0]


def test_concurrent_wrong_passwords_are_checked_no_more_often_than_the_limit(throttled: Throttled) -> None:
    person = throttled.person("raced")
    statuses = asyncio.run(burst(throttled, person.email, [f"guess-{i}" for i in range(120)],
                                 clients=[client_address() for _ in range(120)]))
    # Each attempt is counted before its password is checked: ten are checked (401), the rest are
    # refused unchecked (429) — before, all 120 were checked.
    assert statuses.count(401) == MAX_FAILED and statuses.count(429) == 120 - MAX_FAILED, statuses
    assert sign_in(throttled, person) == 429  # the lock holds, on every instance


def test_a_right_password_in_a_burst_of_wrong_ones_does_not_erase_the_count(throttled: Throttled) -> None:
    person = throttled.person("burst")
    passwords = [f"guess-{i}" for i in range(40)]
    passwords.insert(20, person.password)
    statuses = asyncio.run(burst(throttled, person.email, passwords, clients=[client_address() for _ in range(41)]))
    # Whether the right one came early enough to be checked or not, no more than the limit were.
    assert statuses.count(401) + statuses.count(303) <= MAX_FAILED, statuses
    assert statuses.count(429) >= 41 - MAX_FAILED
    # Its success took back at most what it saw: the failures after it still lock the address.
    assert sign_in(throttled, person) == 429


def test_a_success_after_a_few_typos_still_resets_the_address(throttled: Throttled) -> None:
    person = throttled.person("typos")
    client = client_address()
    for _ in range(MAX_FAILED - 1):
        assert sign_in(throttled, person, "a-typo-of-it", client) == 401
    assert sign_in(throttled, person, client=client) == 303
    for _ in range(MAX_FAILED - 1):  # a fresh count after the success
        assert sign_in(throttled, person, "a-typo-of-it", client) == 401
    assert sign_in(throttled, person, client=client) == 303


def test_the_current_password_of_the_password_change_page_is_throttled(throttled: Throttled) -> None:
    person = throttled.person("changer")
    browser = throttled.site.browser()
    browser.http.headers["x-forwarded-for"] = client_address()
    assert browser.sign_in(person).status_code == 303
    browser.get("/console/account")
    cookies, csrf = dict(browser.http.cookies), browser.csrf

    async def guesses() -> list[int]:
        async with httpx.AsyncClient(base_url=throttled.instances[0].base_url, cookies=cookies, timeout=120,
                                     headers={"x-forwarded-for": client_address()}) as http:
            return list(await asyncio.gather(*(http.post("/console/account/password", data={
                "current": f"guess-{i}", "new": "a-brand-new-password", "again": "a-brand-new-password",
                "csrf_token": csrf}) for i in range(30))))

    statuses = [response.status_code for response in asyncio.run(guesses())]
    assert statuses.count(400) == MAX_FAILED and statuses.count(429) == 30 - MAX_FAILED, statuses
    # Locked now: the right current password changes nothing, and the sign-in is locked too.
    refused = browser.post("/console/account/password", {"current": person.password, "new": "a-brand-new-password",
                                                         "again": "a-brand-new-password"})
    assert refused.status_code == 429 and int(refused.headers["retry-after"]) > 0
    assert "Too many failed sign-ins" in refused.text
    assert sign_in(throttled, person) == 429
    throttled.cli("users", "unlock", "--email", person.email)
    assert sign_in(throttled, person) == 303  # the old password: it was never changed


def test_an_operator_lets_a_locked_out_owner_back_in_and_the_log_shows_the_cost(throttled: Throttled) -> None:
    owner = throttled.person("locked-owner", "owner")
    # Guesses from many addresses lock the address for everyone, its owner too.
    wrong = [f"guess-{i}" for i in range(3 * MAX_FAILED)]
    statuses = asyncio.run(burst(throttled, owner.email, wrong, clients=[client_address() for _ in wrong]))
    assert statuses.count(401) == MAX_FAILED
    assert sign_in(throttled, owner) == 429
    output = throttled.cli("users", "unlock", "--email", owner.email.upper())
    assert "lifted" in output and f"{3 * MAX_FAILED + 1} attempts had been counted" in output
    assert sign_in(throttled, owner) == 303
    assert "nothing to unlock" in throttled.cli("users", "unlock", "--email", "nobody@example.com")

    logs = "".join(g.log_path.read_text(errors="replace") for g in throttled.instances)
    tag = re.search(r"\((email #[0-9a-f]{10}) in the log\)", output).group(1)  # type: ignore[union-attr]
    assert re.search(rf"console sign-in: {tag} locked until \S+ after 10 failed attempts", logs), logs[-3000:]
    assert re.search(rf"console sign-in: {tag} has refused 10 attempts during its lock", logs)
    for gateway in throttled.instances:
        assert owner.email not in gateway.log_path.read_text(errors="replace").lower()
