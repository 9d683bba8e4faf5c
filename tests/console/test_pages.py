"""The console's pages over HTTP against a real gateway process: sign-in, keys, usage, models and
policy, privacy report — and the security rules: CSRF, org isolation, roles, throttling."""

from __future__ import annotations

import csv
import io
import json
import re
import secrets
import sqlite3
import time
from datetime import datetime, timedelta
from decimal import Decimal
from zoneinfo import ZoneInfo

import httpx
import openai
import pytest

from tests.console.conftest import ConsoleSite

KEY_LINK = re.compile(r'/console/keys/(key_[0-9a-f]+)"')
SECRET = re.compile(r'id="secret" value="(tk-[^"]+)"')
SECRET_FIELD = re.compile(r'id="secret" value="([^"]+)"')


def create_key(browser, name: str) -> tuple[str, str]:  # type: ignore[no-untyped-def]
    """(key id, secret) of a new key made through the console."""
    before = set(KEY_LINK.findall(browser.get("/console/keys").text))
    response = browser.post("/console/keys", {"name": name})
    assert response.status_code == 201, response.text
    secret = SECRET.search(response.text).group(1)
    key_id = (set(KEY_LINK.findall(browser.get("/console/keys").text)) - before).pop()
    return key_id, secret


def wait_for(predicate, timeout: float = 10.0):  # type: ignore[no-untyped-def]
    deadline = time.monotonic() + timeout
    while True:
        value = predicate()
        if value or time.monotonic() > deadline:
            return value
        time.sleep(0.1)


# ---------------------------------------------------------------------------------- sign-in


def test_pages_need_a_session_and_keep_where_you_wanted_to_go(site: ConsoleSite) -> None:
    browser = site.browser()
    response = browser.get("/console/keys", follow_redirects=False)
    assert response.status_code == 303
    assert response.headers["location"] == "/console/login?next=%2Fconsole%2Fkeys"
    browser.get(response.headers["location"])
    person = site.people["owner"]
    signed_in = browser.post("/console/login", {"email": person.email, "password": person.password,
                                                "next": "/console/keys"})
    assert signed_in.status_code == 303 and signed_in.headers["location"] == "/console/keys"
    page = browser.get("/console/keys")
    assert page.status_code == 200 and person.email in page.text


def test_session_cookie_flags_and_security_headers(site: ConsoleSite) -> None:
    browser = site.browser()
    response = browser.sign_in(site.people["owner"])
    cookie = next(v for v in response.headers.get_list("set-cookie") if v.startswith("tk_session="))
    flags = {part.strip().lower() for part in cookie.split(";")[1:]}
    assert "httponly" in flags and "samesite=lax" in flags and "path=/console" in flags
    assert "secure" not in flags  # plain http here; `secure_cookies: auto` sets it behind https
    page = browser.get("/console/usage")
    assert "script-src 'self'" in page.headers["content-security-policy"]
    assert page.headers["x-frame-options"] == "DENY" and page.headers["cache-control"] == "no-store"
    assert "<script>" not in page.text  # no inline script: the CSP would block it


def test_wrong_password_is_refused_without_saying_which_part_was_wrong(site: ConsoleSite) -> None:
    browser = site.browser()
    wrong_password = browser.sign_in(site.people["member"], password="not-the-password")
    browser_2 = site.browser()
    from tests.console.conftest import Person

    unknown = browser_2.sign_in(Person("nobody@acme.example", "whatever-password", "acme", "member"))
    assert wrong_password.status_code == unknown.status_code == 401
    assert "E-mail address or password is wrong." in wrong_password.text
    assert "E-mail address or password is wrong." in unknown.text
    assert "tk_session" not in wrong_password.headers.get("set-cookie", "")


def test_ten_wrong_passwords_throttle_the_address_even_for_the_right_one(site: ConsoleSite) -> None:
    person = site.add_person("victim", "acme", "member")
    browser = site.browser()
    for _ in range(10):
        assert browser.sign_in(person, password="guess-" + str(_)).status_code == 401
    locked = browser.sign_in(person)
    assert locked.status_code == 429
    assert int(locked.headers["retry-after"]) > 0
    assert "Too many failed sign-ins" in locked.text
    # Another account from the same client is not locked by it.
    assert site.browser().sign_in(site.people["owner"]).status_code == 303


def test_sign_in_form_needs_its_csrf_token(site: ConsoleSite) -> None:
    browser = site.browser()
    browser.get("/console/login")
    person = site.people["owner"]
    response = browser.post("/console/login", {"email": person.email, "password": person.password}, csrf=False)
    assert response.status_code == 403
    assert "tk_session" not in response.headers.get("set-cookie", "")


def test_sign_out_ends_the_session(site: ConsoleSite) -> None:
    browser = site.signed_in("owner")
    assert browser.get("/console/usage").status_code == 200
    assert browser.post("/console/logout").status_code == 303
    assert browser.get("/console/usage", follow_redirects=False).status_code == 303


def test_language_from_the_browser_and_switchable(site: ConsoleSite) -> None:
    german = site.browser("de-CH,de;q=0.9,en;q=0.5")
    assert "E-Mail-Adresse" in german.get("/console/login").text
    english = site.browser("en-GB,en;q=0.9")
    assert "E-mail address" in english.get("/console/login").text
    switched = english.get("/console/lang/de?next=/console/login", follow_redirects=False)
    assert switched.headers["location"] == "/console/login"
    assert "E-Mail-Adresse" in english.get("/console/login").text
    # No open redirect through the language switch.
    away = english.get("/console/lang/en?next=https://evil.example/", follow_redirects=False)
    assert away.headers["location"] == "/console/"


# ---------------------------------------------------------------------------------- keys


def test_key_lifecycle_through_the_console_and_the_sdk(site: ConsoleSite) -> None:
    browser = site.signed_in("owner")
    key_id, secret = create_key(browser, "lifecycle")
    listing = browser.get("/console/keys").text
    assert secret[:10] in listing and secret not in listing  # the prefix only, never again the secret
    client = site.gateway.client(secret)
    answer = client.chat.completions.create(model="fake/echo", messages=[{"role": "user", "content": "hi"}])
    assert answer.choices[0].message.content
    # last used: written with the ledger (flushed every 0.2 s in these tests)
    assert wait_for(lambda: "never" not in browser.get(f"/console/keys/{key_id}").text.split("Last used")[1][:200])
    assert browser.post(f"/console/keys/{key_id}/revoke").status_code == 303
    with pytest.raises(openai.AuthenticationError):
        client.chat.completions.create(model="fake/echo", messages=[{"role": "user", "content": "hi"}])
    assert "revoked" in browser.get(f"/console/keys/{key_id}").text


def test_the_secret_is_stored_only_as_a_hash(site: ConsoleSite) -> None:
    browser = site.signed_in("owner")
    _key_id, secret = create_key(browser, "hash-only")
    database = site.gateway.workdir / "console.db"
    connection = sqlite3.connect(database)
    try:
        dump = "\n".join(connection.iterdump())
    finally:
        connection.close()
    assert secret not in dump and secret[10:] not in dump


def test_key_names_and_expiry_dates_are_checked(site: ConsoleSite) -> None:
    browser = site.signed_in("owner")
    assert browser.post("/console/keys", {"name": ""}).status_code == 400
    assert browser.post("/console/keys", {"name": "x" * 101}).status_code == 400
    today = datetime.now(ZoneInfo("Europe/Zurich")).date()
    for bad in ((today - timedelta(days=1)).isoformat(), "31.12.2030", "2030-02-30", "9999-12-31", "3000-01-01"):
        assert browser.post("/console/keys", {"name": "expiring", "expires": bad}).status_code == 400, bad
    response = browser.post("/console/keys", {"name": "until-tonight", "expires": today.isoformat()})
    assert response.status_code == 201
    secret = SECRET.search(response.text).group(1)
    site.gateway.client(secret).models.list()  # valid through the whole of today
    listing = site.factory.cli(site.gateway.config_path, "keys", "list", "--org", "acme", "--json")
    key = next(k for k in json.loads(listing.stdout) if k["name"] == "until-tonight")
    midnight = datetime.combine(today + timedelta(days=1), datetime.min.time(), ZoneInfo("Europe/Zurich"))
    assert datetime.fromisoformat(key["expires_at"]) == midnight


def test_forms_without_csrf_token_are_refused(site: ConsoleSite) -> None:
    browser = site.signed_in("owner")
    key_id, secret = create_key(browser, "csrf-target")
    before = browser.get("/console/keys").text.count("/revoke")
    for path, data in [("/console/keys", {"name": "csrf"}), (f"/console/keys/{key_id}/revoke", {}),
                       ("/console/models/policy", {"all_models": "on", "all_regions": "on"}),
                       ("/console/logout", {})]:
        assert browser.post(path, data, csrf=False).status_code == 403, path
        assert browser.post(path, {**data, "csrf_token": "forged"}, csrf=False).status_code == 403, path
    assert browser.get("/console/keys").text.count("/revoke") == before
    site.gateway.client(secret).models.list()  # the key still works


def test_a_cross_site_post_is_refused_even_with_the_token(site: ConsoleSite) -> None:
    browser = site.signed_in("owner")
    browser.get("/console/keys")
    response = browser.post("/console/keys", {"name": "from-elsewhere"}, headers={"origin": "https://evil.example"})
    assert response.status_code == 403


def test_members_revoke_only_their_own_keys(site: ConsoleSite) -> None:
    owner, member = site.signed_in("owner"), site.signed_in("member")
    owners_key, _ = create_key(owner, "owners")
    members_key, _ = create_key(member, "members")
    assert member.post(f"/console/keys/{owners_key}/revoke").status_code == 403
    assert member.post(f"/console/keys/{members_key}/revoke").status_code == 303
    assert "revoked" in owner.get(f"/console/keys/{members_key}").text


# ---------------------------------------------------------------------------------- org isolation


def test_another_organizations_keys_are_not_found(site: ConsoleSite) -> None:
    acme, globex = site.signed_in("owner"), site.signed_in("other")
    key_id, secret = create_key(acme, "acme-private")
    assert globex.get(f"/console/keys/{key_id}").status_code == 404
    assert globex.post(f"/console/keys/{key_id}/revoke").status_code == 404
    assert key_id not in globex.get("/console/keys").text
    site.gateway.client(secret).models.list()  # still valid: globex could not revoke it
    site.gateway.client(secret).chat.completions.create(
        model="fake/echo", messages=[{"role": "user", "content": "acme only"}])
    time.sleep(0.5)
    assert "fake/echo" not in globex.get("/console/usage").text
    exported = globex.get("/console/usage.csv").text
    assert key_id not in exported


# ---------------------------------------------------------------------------------- usage


def test_usage_shows_requests_tokens_and_cost_and_exports_them(site: ConsoleSite) -> None:
    person = site.add_person("analyst", "globex", "owner")
    browser = site.browser()
    assert browser.sign_in(person).status_code == 303
    key_id, secret = create_key(browser, "=HYPERLINK(\"evil\")")
    client = site.gateway.client(secret)
    answers = [client.chat.completions.create(model="fake/echo", messages=[{"role": "user", "content": f"q{i}"}])
               for i in range(3)]
    stream = client.chat.completions.create(model="fake/echo", messages=[{"role": "user", "content": "s"}],
                                            stream=True, stream_options={"include_usage": True})
    streamed_usage = [chunk.usage for chunk in stream if chunk.usage][0]

    def exported_rows() -> list[dict[str, str]]:
        rows = list(csv.DictReader(io.StringIO(browser.get("/console/usage.csv").text)))
        return [row for row in rows if row["key_id"] == key_id] if len(
            [row for row in rows if row["key_id"] == key_id]) == 4 else []

    rows = wait_for(exported_rows)
    assert len(rows) == 4
    expected_tokens = sorted([a.usage.prompt_tokens for a in answers] + [streamed_usage.prompt_tokens])
    assert sorted(int(row["prompt_tokens"]) for row in rows) == expected_tokens
    assert {row["stream"] for row in rows} == {"true", "false"}
    assert all(row["key_name"].startswith("'=") for row in rows)  # no formula in a spreadsheet
    assert all(float(row["cost"]) > 0 and row["currency"] == "CHF" for row in rows)
    page = browser.get("/console/usage")
    assert page.status_code == 200
    assert "fake/echo" in page.text and 'id="usage-data"' in page.text
    assert "no spending limit" in page.text  # globex has none


def test_usage_shows_spend_against_the_limit(site: ConsoleSite) -> None:
    browser = site.signed_in("owner")
    _key_id, secret = create_key(browser, "spender")
    site.gateway.client(secret).chat.completions.create(model="fake/echo", messages=[{"role": "user", "content": "x"}])

    def spent_in_ledger() -> Decimal:
        rows = csv.DictReader(io.StringIO(browser.get("/console/usage.csv").text))
        return sum((Decimal(row["cost"]) for row in rows), Decimal(0))

    spent = wait_for(lambda: spent_in_ledger() if "spender" in browser.get("/console/usage.csv").text else None)
    page = browser.get("/console/usage").text
    assert "of CHF\u00a05.00 per month" in page  # acme's limit, in its currency
    assert f"CHF\u00a0{spent.normalize():f}" in page  # what was spent this month, to the fraction of a cent
    meter = re.search(r'<meter[^>]* value="([^"]+)"', page)
    assert meter and float(meter.group(1)) == pytest.approx(float(spent / 5))


def test_bad_dates_are_explained_not_a_500(site: ConsoleSite) -> None:
    browser = site.signed_in("owner")
    response = browser.get("/console/usage?from=2026-13-01&to=yesterday")
    assert response.status_code == 400 and "YYYY-MM-DD" in response.text


@pytest.mark.parametrize("query", [
    "from=9999-12-01&to=9999-12-31",  # the day after the last overflowed: a 500
    "to=9999-12-31", "from=0001-01-01&to=0001-01-02", "from=0001-01-01", "from=2026-01-01&to=2026-01-01x",
])
def test_out_of_range_dates_in_reports_are_a_400_that_says_why(site: ConsoleSite, query: str) -> None:
    browser = site.signed_in("owner")
    for path in ("/console/usage", "/console/privacy"):
        page = browser.get(f"{path}?{query}")
        assert page.status_code == 400, (path, page.status_code)
        assert "between 2000-01-01 and 2999-12-31" in page.text
    for path in ("/console/usage.csv", "/console/privacy.csv", "/console/privacy.json"):
        export = browser.get(f"{path}?{query}")
        assert export.status_code == 400, (path, export.status_code)
        assert "YYYY-MM-DD" in export.text and "attachment" not in export.headers.get("content-disposition", "")


# ---------------------------------------------------------------------------------- models and policy


def test_models_page_lists_the_catalog_with_region_gdpr_and_prices(site: ConsoleSite) -> None:
    page = site.signed_in("member").get("/console/models").text
    for name in ("fake/echo", "fake/us-echo", "fake/ch-echo", "fake/eu-nogdpr"):
        assert name in page
    assert "US" in page and "CH" in page and "$0.15" in page
    assert 'action="/console/models/policy"' not in page  # members see the policy, cannot change it


def test_only_owners_change_the_policy(site: ConsoleSite) -> None:
    member = site.signed_in("member")
    response = member.post("/console/models/policy", {"all_models": "on", "all_regions": "on", "anonymization": "off"})
    assert response.status_code == 403


def test_owner_policy_takes_effect_for_the_orgs_keys(site: ConsoleSite) -> None:
    person = site.add_person("dpo", "globex", "owner")
    browser = site.browser()
    browser.sign_in(person)
    _key_id, secret = create_key(browser, "policy")
    client = site.gateway.client(secret)
    assert browser.post("/console/models/policy", {
        "models": ["fake/echo", "fake/ch-echo", "fake/us-echo"], "regions": ["ch", "eu"],
        "gdpr_only": "on", "anonymization": "always",
    }).status_code == 303
    visible = {m.id for m in client.models.list()}
    assert visible == {"fake/echo", "fake/ch-echo"}  # us-echo: region rule
    with pytest.raises(openai.PermissionDeniedError):
        client.chat.completions.create(model="fake/us-echo", messages=[{"role": "user", "content": "x"}])
    # anonymization "always": the upstream sees placeholders, the client its own data
    email, marker = "anna.meier@example.ch", "mk" + secrets.token_hex(6)
    answer = client.chat.completions.create(
        model="fake/echo", messages=[{"role": "user", "content": f"{marker} Mail {email}"}])
    assert email in answer.choices[0].message.content
    received = site.factory.upstream.log.find(marker)
    assert len(received) == 1 and email not in str(received[0].body)
    report = wait_for(lambda: (r := browser.get("/console/privacy.json").json())["anonymized_requests"] >= 1 and r)
    assert report["anonymization_policy"] == "always"
    assert report["entities_replaced"].get("EMAIL", 0) >= 1
    assert any(d["provider"] == "openai" and d["region"] == "eu" for d in report["destinations"])
    # and back to everything
    assert browser.post("/console/models/policy", {"all_models": "on", "all_regions": "on",
                                                   "anonymization": "default"}).status_code == 303
    assert "fake/us-echo" in {m.id for m in client.models.list()}


def test_policy_rejects_unknown_values(site: ConsoleSite) -> None:
    browser = site.signed_in("owner")
    assert browser.post("/console/models/policy", {"models": ["no/such-model"]}).status_code == 400
    assert browser.post("/console/models/policy", {"all_models": "on", "anonymization": "sometimes"}).status_code == 400


# ---------------------------------------------------------------------------------- privacy report


def test_privacy_report_page_and_csv(site: ConsoleSite) -> None:
    browser = site.signed_in("owner")
    page = browser.get("/console/privacy")
    assert page.status_code == 200 and "Where requests went" in page.text
    exported = list(csv.reader(io.StringIO(browser.get("/console/privacy.csv").text)))
    assert exported[0][:3] == ["section", "provider", "region"] and exported[-1][0] == "total"


def test_unknown_console_pages_are_html_404s(site: ConsoleSite) -> None:
    response = site.signed_in("owner").get("/console/no-such-page")
    assert response.status_code == 404 and response.headers["content-type"].startswith("text/html")


# ---------------------------------------------------------------------------------- users CLI


def test_users_cli_refuses_duplicates_and_short_passwords(site: ConsoleSite) -> None:
    config = site.gateway.config_path
    existing = site.people["owner"]
    duplicate = site.factory.cli(config, "users", "create", "--org", "acme", "--email", existing.email.upper(),
                                 "--password-stdin", check=False, input="a-long-enough-password\n")
    assert duplicate.returncode == 1 and "exists already" in duplicate.stderr
    short = site.factory.cli(config, "users", "create", "--org", "acme", "--email", "short@acme.example",
                             "--password-stdin", check=False, input="short\n")
    assert short.returncode == 1 and "at least 12 characters" in short.stderr
    listing = site.factory.cli(config, "users", "list", "--org", "globex", "--json")
    emails = {row["email"] for row in __import__("json").loads(listing.stdout)}
    assert site.people["other"].email in emails and existing.email not in emails


def test_policy_off_refuses_requests_that_ask_for_anonymization(site: ConsoleSite) -> None:
    person = site.add_person("strict", "globex", "owner")
    browser = site.browser()
    browser.sign_in(person)
    _key_id, secret = create_key(browser, "off")
    assert browser.post("/console/models/policy", {"all_models": "on", "all_regions": "on",
                                                   "anonymization": "off"}).status_code == 303
    marker = "mk" + secrets.token_hex(6)
    client = site.gateway.client(secret)
    with pytest.raises(openai.BadRequestError) as refused:
        client.chat.completions.create(model="fake/echo", messages=[{"role": "user", "content": f"{marker} Anna"}],
                                       extra_body={"anonymize": True})
    assert "switched off for your organization" in str(refused.value)
    assert site.factory.upstream.log.find(marker) == []  # nothing was sent
    browser.post("/console/models/policy", {"all_models": "on", "all_regions": "on", "anonymization": "default"})


def test_behind_a_trusted_tls_proxy_the_session_cookie_is_secure(site: ConsoleSite, tmp_path_factory) -> None:  # type: ignore[no-untyped-def]
    workdir = tmp_path_factory.mktemp("proxied")
    config = site.factory.config(f"sqlite+aiosqlite:///{workdir}/proxied.db")
    config["server"] = {**config["server"], "trusted_proxies": ["127.0.0.1"]}
    gateway = site.factory.start(config, workdir)
    try:
        site.factory.cli(gateway.config_path, "orgs", "create", "proxied")
        person = ConsoleSite(gateway, site.factory).add_person("tls", "proxied", "owner")
        forwarded = {"x-forwarded-proto": "https", "x-forwarded-for": "203.0.113.7"}
        http = httpx.Client(base_url=gateway.base_url, headers=forwarded, timeout=30)

        def cookie_flags(response: httpx.Response, name: str) -> tuple[str, set[str]]:
            cookie = next(v for v in response.headers.get_list("set-cookie") if v.startswith(name + "="))
            value, *flags = cookie.split(";")
            return value.split("=", 1)[1], {flag.strip().lower() for flag in flags}

        form = http.get("/console/login")
        token, flags = cookie_flags(form, "tk_login_csrf")
        assert "secure" in flags
        # The client is not really on https, so its cookie jar keeps Secure cookies to itself: send
        # the sign-in cookie by hand, as the browser behind the proxy would.
        signed_in = http.post("/console/login", data={"email": person.email, "password": person.password,
                                                      "csrf_token": token}, headers={"cookie": f"tk_login_csrf={token}"})
        assert signed_in.status_code == 303
        assert "secure" in cookie_flags(signed_in, "tk_session")[1]
    finally:
        gateway.stop()


# ---------------------------------------------------------------------------------- users


def test_owner_adds_a_user_who_changes_the_one_time_password_and_can_be_disabled(site: ConsoleSite) -> None:
    from tests.console.conftest import Person

    owner = site.signed_in("owner")
    email = f"new-{secrets.token_hex(3)}@acme.example"
    created = owner.post("/console/users", {"email": email, "role": "member"})
    assert created.status_code == 201
    one_time = SECRET_FIELD.search(created.text).group(1)
    assert owner.post("/console/users", {"email": email.upper(), "role": "member"}).status_code == 400  # duplicate

    newcomer = site.browser()
    assert newcomer.sign_in(Person(email, one_time, "acme", "member")).status_code == 303
    assert newcomer.get("/console/users").status_code == 403  # members do not manage users
    changed = newcomer.post("/console/account/password", {"current": one_time, "new": "my-own-long-password",
                                                          "again": "my-own-long-password"})
    assert changed.status_code == 303
    assert newcomer.get("/console/keys").status_code == 200  # this session stays
    assert site.browser().sign_in(Person(email, one_time, "acme", "member")).status_code == 401
    assert newcomer.post("/console/account/password", {"current": "wrong-password-x", "new": "another-long-one",
                                                       "again": "another-long-one"}).status_code == 400

    user_id = re.search(rf'{re.escape(email)}.*?/console/users/(usr_[0-9a-f]+)/disable', owner.get("/console/users").text,
                        re.S).group(1)
    assert site.signed_in("other").post(f"/console/users/{user_id}/disable").status_code == 404  # another org
    assert owner.post(f"/console/users/{user_id}/disable").status_code == 303
    assert newcomer.get("/console/keys", follow_redirects=False).status_code == 303  # signed out at once
    assert site.browser().sign_in(Person(email, "my-own-long-password", "acme", "member")).status_code == 401


def test_an_owner_cannot_disable_themselves(site: ConsoleSite) -> None:
    owner = site.signed_in("owner")
    page = owner.get("/console/users").text
    own_id = re.search(r'/console/users/(usr_[0-9a-f]+)/', page)
    # the own row has no button; posting anyway is refused
    me = site.people["owner"].email
    assert me in page
    users = re.findall(r'/console/users/(usr_[0-9a-f]+)/disable', page)
    assert own_id is not None and len(users) >= 1
    listing = site.factory.cli(site.gateway.config_path, "users", "list", "--org", "acme", "--json")
    my_id = next(row["id"] for row in __import__("json").loads(listing.stdout) if row["email"] == me)
    assert my_id not in users
    assert owner.post(f"/console/users/{my_id}/disable").status_code == 400


def test_no_password_secret_or_session_token_reaches_the_log_or_the_database(site: ConsoleSite) -> None:
    person = site.add_person("careful", "acme", "member")
    browser = site.browser()
    signed_in = browser.sign_in(person)
    token = signed_in.cookies.get("tk_session") or browser.http.cookies.get("tk_session")
    _key_id, secret = create_key(browser, "careful")
    site.gateway.client(secret).chat.completions.create(model="fake/echo", messages=[{"role": "user", "content": "x"}])
    browser.post("/console/account/password", {"current": person.password, "new": "a-new-long-password",
                                               "again": "a-new-long-password"})
    time.sleep(0.5)
    log = site.gateway.log_path.read_text(errors="replace")
    connection = sqlite3.connect(site.gateway.workdir / "console.db")
    try:
        dump = "\n".join(connection.iterdump())
    finally:
        connection.close()
    assert token
    for value in (person.password, "a-new-long-password", secret, token):
        assert value not in log
        assert value not in dump


def test_adding_an_address_of_another_organization_answers_as_for_a_new_one(site: ConsoleSite) -> None:
    """An owner must not learn that an address exists in another organization: it is added the
    same way as a new one (it signs in to its oldest account, the other organization's, until
    that one is disabled)."""
    from tests.console.conftest import Person

    owner = site.signed_in("other")  # globex
    taken = site.people["member"].email  # acme's
    fresh = f"fresh-{secrets.token_hex(3)}@elsewhere.example"

    def added(email: str) -> tuple[int, str]:
        response = owner.post("/console/users", {"email": email, "role": "member"})
        one_time = SECRET_FIELD.search(response.text)
        text = response.text.replace(email, "EMAIL").replace(one_time.group(1) if one_time else "", "SECRET")
        return response.status_code, re.sub(r'name="csrf_token" value="[^"]+"|usr_[0-9a-f]+', "", text)

    assert added(fresh) == added(taken)  # before: 400 "exists already" for the taken one
    listing = owner.get("/console/users").text
    assert fresh in listing and taken in listing
    assert owner.post("/console/users", {"email": taken, "role": "member"}).status_code == 400  # its own duplicate
    assert site.browser().sign_in(site.people["member"]).status_code == 303  # acme's member signs in to acme
    assert site.signed_in("member").get("/console/users", follow_redirects=False).status_code == 403  # a member there
    assert site.browser().sign_in(Person(taken, "not-the-password", "globex", "member")).status_code == 401


def test_usage_of_free_models_says_there_are_no_costs(site: ConsoleSite) -> None:
    """A model without a price (a local one) costs nothing: the page says so instead of drawing an
    empty cost chart, and still charts the tokens."""
    site.factory.cli(site.gateway.config_path, "orgs", "create", "freeloader")
    site.add_person("free", "freeloader", "owner")
    browser = site.signed_in("free")
    _key_id, secret = create_key(browser, "local only")
    site.gateway.client(secret).chat.completions.create(model="fake/reasoning",
                                                        messages=[{"role": "user", "content": "x"}])
    def usage_page() -> str | None:
        # ready when the day's totals hold the request, not when its row is listed among the latest requests
        # (those are written first: waiting for the model's name there raced the totals in a CI run)
        text = browser.get("/console/usage").text
        return text if 'id="usage-data"' in text and "fake/reasoning" in text else None

    page = wait_for(usage_page)
    assert page and 'id="chart-tokens"' in page
    assert 'id="chart-cost"' not in page and "No costs in this period." in page
    data = json.loads(re.search(r'<script type="application/json" id="usage-data">(.*?)</script>', page).group(1))
    assert data["cost"] == [[None] * len(data["labels"])]  # no bar, not a zero-height one
    german = site.signed_in("free", language="de").get("/console/usage").text
    assert "Keine Kosten in diesem Zeitraum." in german
