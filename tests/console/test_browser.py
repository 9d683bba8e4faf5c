"""End to end in a real headless Chromium (Debian's /usr/bin/chromium driven by Playwright; no
browser download): sign in, create a key and copy it, use it with the openai SDK, see the requests
in usage, set the policy, read the privacy report, revoke the key and see the SDK get 401.

Each page is saved as a screenshot under docs/console/ (the README links them), so that a person
looks at what the tests saw.
"""

from __future__ import annotations

import os
import shutil
from collections.abc import Iterator
from pathlib import Path

import openai
import pytest

from tests.console.conftest import ConsoleSite

pytestmark = pytest.mark.browser
CHROMIUM = os.environ.get("TK_TEST_CHROMIUM", "/usr/bin/chromium")
SCREENSHOTS = Path(__file__).resolve().parents[2] / "docs" / "console"

playwright_api = pytest.importorskip("playwright.sync_api", reason="playwright (the Python package) is not installed")
if not shutil.which(CHROMIUM) and not Path(CHROMIUM).exists():
    pytest.skip(f"no Chromium at {CHROMIUM} (Debian package 'chromium'; `make test` installs it as root)",
                allow_module_level=True)


@pytest.fixture(scope="module")
def browser() -> Iterator[object]:
    with playwright_api.sync_playwright() as playwright:
        # --no-sandbox: CI runs as root, where Chromium's sandbox refuses to start.
        chromium = playwright.chromium.launch(executable_path=CHROMIUM, args=["--no-sandbox"])
        yield chromium
        chromium.close()


def shot(page: object, name: str) -> None:
    SCREENSHOTS.mkdir(parents=True, exist_ok=True)
    page.screenshot(path=str(SCREENSHOTS / f"{name}.png"), full_page=True)  # type: ignore[attr-defined]


def test_sign_in_key_usage_policy_privacy_revoke(site: ConsoleSite, browser: object) -> None:
    owner = site.people["owner"]
    context = browser.new_context(  # type: ignore[attr-defined]
        base_url=site.base_url, locale="de-CH", viewport={"width": 1280, "height": 860},
    )
    context.grant_permissions(["clipboard-read", "clipboard-write"], origin=site.base_url)
    page = context.new_page()
    errors: list[str] = []
    page.on("console", lambda message: errors.append(message.text) if message.type == "error" else None)
    page.on("pageerror", lambda error: errors.append(str(error)))
    page.on("dialog", lambda dialog: dialog.accept())

    # Sign in (German, from the browser's language).
    page.goto("/console/keys")
    assert page.url.endswith("/console/login?next=%2Fconsole%2Fkeys")
    shot(page, "01-login")
    page.get_by_label("E-Mail-Adresse").fill(owner.email)
    page.get_by_label("Passwort").fill(owner.password)
    page.get_by_role("button", name="Anmelden").click()
    page.wait_for_url("**/console/keys")

    # Create a key; the secret is shown once and the copy button puts it on the clipboard.
    page.get_by_label("Name").fill("Support-Chatbot")
    page.get_by_role("button", name="Schlüssel erstellen").click()
    secret = page.locator("#secret").input_value()
    assert secret.startswith("tk-")
    page.get_by_role("button", name="Kopieren").click()
    assert page.evaluate("navigator.clipboard.readText()") == secret
    shot(page, "02-key-created")

    # Use it with the official SDK: plain, streamed, and anonymized requests on two models.
    client = site.gateway.client(secret)
    for question in ("Was ist ein Gateway?", "Und ein Budget?"):
        client.chat.completions.create(model="fake/echo", messages=[{"role": "user", "content": question}])
    for _chunk in client.chat.completions.create(model="fake/ch-echo", stream=True,
                                                 messages=[{"role": "user", "content": "Grüezi"}]):
        pass
    letter = "Sehr geehrte Frau Anna Meier, Ihre IBAN CH93 0076 2011 6238 5295 7 und anna.meier@example.ch sind erfasst."
    answer = client.chat.completions.create(model="fake/echo", messages=[{"role": "user", "content": letter}],
                                            extra_body={"anonymize": True})
    assert "anna.meier@example.ch" in answer.choices[0].message.content

    # Usage: the four requests appear (the ledger is written every 0.2 s in these tests).
    page.goto("/console/usage")
    for _attempt in range(50):
        if page.locator("table.requests tbody tr").count() >= 4:
            break
        page.wait_for_timeout(200)
        page.reload()
    rows = page.locator("table.requests tbody tr")
    assert rows.count() >= 4
    assert "fake/ch-echo" in page.locator("table.requests").inner_text()
    assert page.evaluate("Chart.getChart('chart-tokens') !== undefined && Chart.getChart('chart-cost') !== undefined")
    shot(page, "04-usage")

    # Models and the owner's policy.
    page.goto("/console/models")
    assert page.get_by_role("cell", name="fake/us-echo").count() == 1
    shot(page, "05-models")

    # The privacy report counts the anonymized request and what was replaced.
    page.goto("/console/privacy")
    entities = page.locator("#entities").inner_text()
    assert "EMAIL" in entities and "IBAN" in entities
    shot(page, "06-privacy")

    # The owner's user list (members do not see it).
    page.goto("/console/users")
    assert owner.email in page.locator("table").inner_text()
    shot(page, "09-users")

    # Revoke the key in the list: the SDK gets 401 at once.
    page.goto("/console/keys")
    shot(page, "03-keys")
    page.get_by_role("button", name="Widerrufen").first.click()
    page.wait_for_url("**/console/keys?done=revoked")
    assert "widerrufen" in page.locator("tr", has_text="Support-Chatbot").inner_text()
    shot(page, "07-key-revoked")
    with pytest.raises(openai.AuthenticationError) as refused:
        client.chat.completions.create(model="fake/echo", messages=[{"role": "user", "content": "noch da?"}])
    assert refused.value.status_code == 401

    # Switch to English: the same pages, in the other language.
    page.get_by_role("link", name="EN", exact=True).click()
    page.goto("/console/usage")
    assert page.get_by_role("heading", name="Usage").count() == 1
    shot(page, "08-usage-en")

    assert errors == []  # no script error and no Content-Security-Policy violation on any page
    context.close()
