"""Fixtures for the console tests: one gateway process with accounts and the console on (SQLite),
two organizations with their users made by `tarnkappe users create`, and a signed-in HTTP client
that carries the session cookie and the page's CSRF token like a browser would."""

from __future__ import annotations

import re
import secrets
from collections.abc import Iterator
from dataclasses import dataclass, field
from typing import Any

import httpx
import pytest

from tests.accounts.conftest import pg_url  # noqa: F401 - the PostgreSQL fixture, shared
from tests.gateways import Gateway, GatewayFactory

CSRF_FIELD = re.compile(r'name="csrf_token" value="([^"]+)"')


@dataclass(frozen=True)
class Person:
    email: str
    password: str
    org: str
    role: str


@dataclass
class ConsoleSite:
    gateway: Gateway
    factory: GatewayFactory
    people: dict[str, Person] = field(default_factory=dict)

    @property
    def base_url(self) -> str:
        return self.gateway.base_url

    def add_person(self, name: str, org: str, role: str) -> Person:
        person = Person(f"{name}-{secrets.token_hex(3)}@{org}.example", "pw-" + secrets.token_hex(8), org, role)
        result = self.factory.cli(self.gateway.config_path, "users", "create", "--org", org, "--email", person.email,
                                  "--role", role, "--password-stdin", check=False, input=person.password + "\n")
        assert result.returncode == 0, result.stderr
        self.people[name] = person
        return person

    def browser(self, language: str = "en") -> Browser:
        return Browser(httpx.Client(base_url=self.base_url, headers={"accept-language": language}, timeout=30))

    def signed_in(self, name: str, language: str = "en") -> Browser:
        browser = self.browser(language)
        response = browser.sign_in(self.people[name])
        assert response.status_code == 303, response.text
        return browser


@dataclass
class Browser:
    """An HTTP client that behaves like the console's browser: cookies, and the CSRF token of the
    last page it loaded sent back with each form."""

    http: httpx.Client
    csrf: str | None = None

    def get(self, path: str, **kwargs: Any) -> httpx.Response:
        response = self.http.get(path, **kwargs)
        if match := CSRF_FIELD.search(response.text):
            self.csrf = match.group(1)
        return response

    def post(self, path: str, data: dict[str, Any] | None = None, *, csrf: bool = True, **kwargs: Any) -> httpx.Response:
        form = dict(data or {})
        if csrf:
            if self.csrf is None:
                self.get("/console/usage")
            form["csrf_token"] = self.csrf
        return self.http.post(path, data=form, **kwargs)

    def sign_in(self, person: Person, password: str | None = None) -> httpx.Response:
        self.get("/console/login")
        response = self.post("/console/login", {"email": person.email, "password": password or person.password})
        self.csrf = None  # the sign-in form's token; the session has its own
        return response


@pytest.fixture(scope="module")
def site(gateways: GatewayFactory, tmp_path_factory: pytest.TempPathFactory) -> Iterator[ConsoleSite]:
    workdir = tmp_path_factory.mktemp("console")
    config = gateways.config(f"sqlite+aiosqlite:///{workdir}/console.db",
                             console={"max_failed_logins": 10, "lockout_minutes": 15})
    gateway = gateways.start(config, workdir)
    gateways.cli(gateway.config_path, "orgs", "create", "acme", "--limit", "5")
    gateways.cli(gateway.config_path, "orgs", "create", "globex")
    site = ConsoleSite(gateway, gateways)
    site.add_person("owner", "acme", "owner")
    site.add_person("member", "acme", "member")
    site.add_person("other", "globex", "owner")
    yield site
    gateway.stop()
