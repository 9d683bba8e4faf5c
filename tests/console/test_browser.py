"""End to end in a real headless Chromium (Debian's /usr/bin/chromium driven by Playwright; no
browser download): sign in, create a key and copy it, use it with the openai SDK, see the requests
in usage, set the policy, read the privacy report, revoke the key and see the SDK get 401.

Then the same console on a phone (390 px: every page without sideways scrolling, every element
inside the viewport, the whole navigation reachable) and in a German locale whose numbers differ
from Switzerland's (de-DE: tables and charts write 1.503 and 0,0009, both from Babel's CLDR data).

Each page is saved as a screenshot in the test run's temporary directory (pytest prints its base;
TK_TEST_SCREENSHOTS names another), so that a person can look at what the tests saw. The
documentation's screenshots under docs/console/ are not these: `make screenshots` makes them from a
demo organization (scripts/console_screenshots.py).
"""

from __future__ import annotations

import os
import re
import shutil
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import openai
import pytest
from babel.numbers import format_decimal

from tests.console.conftest import ConsoleSite

pytestmark = pytest.mark.browser
CHROMIUM = os.environ.get("TK_TEST_CHROMIUM", "/usr/bin/chromium")
PHONE = {"width": 390, "height": 844}

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


@pytest.fixture(scope="module")
def screenshots(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """This run's screenshots: never in the repository, so that testing leaves a checkout clean."""
    chosen = os.environ.get("TK_TEST_SCREENSHOTS")
    folder = Path(chosen) if chosen else tmp_path_factory.mktemp("screenshots")
    folder.mkdir(parents=True, exist_ok=True)
    return folder


@pytest.fixture
def shot(screenshots: Path) -> Any:
    def save(page: object, name: str) -> None:
        page.screenshot(path=str(screenshots / f"{name}.png"), full_page=True)  # type: ignore[attr-defined]

    return save


def new_page(browser: object, site: ConsoleSite, locale: str, viewport: dict[str, int]) -> tuple[Any, Any, list[str]]:
    """A browser context in `locale` with one page that collects script errors and CSP violations."""
    context = browser.new_context(base_url=site.base_url, locale=locale, viewport=viewport)  # type: ignore[attr-defined]
    page = context.new_page()
    errors: list[str] = []
    page.on("console", lambda message: errors.append(message.text) if message.type == "error" else None)
    page.on("pageerror", lambda error: errors.append(str(error)))
    page.on("dialog", lambda dialog: dialog.accept())
    return context, page, errors


def sign_in(page: Any, email: str, password: str) -> None:
    page.goto("/console/login")
    page.get_by_label("E-Mail-Adresse").fill(email)
    page.get_by_label("Passwort").fill(password)
    page.get_by_role("button", name="Anmelden").click()
    page.wait_for_url("**/console/usage")


def create_key(page: Any, name: str) -> str:
    page.goto("/console/keys")
    page.get_by_label("Name").fill(name)
    page.get_by_role("button", name="Schlüssel erstellen").click()
    secret: str = page.locator("#secret").input_value()
    assert secret.startswith("tk-")
    return secret


def wait_for_requests(page: Any, count: int) -> None:
    """The usage page once the ledger holds `count` requests (it is written every 0.2 s here)."""
    page.goto("/console/usage")
    for _attempt in range(50):
        if page.locator("table.requests tbody tr").count() >= count:
            break
        page.wait_for_timeout(200)
        page.reload()
    assert page.locator("table.requests tbody tr").count() >= count


def outside_viewport(page: Any) -> list[str]:
    """What sticks out sideways: the page's own scroll width, and every rendered element whose box
    leaves the viewport (half a pixel of rounding allowed)."""
    found: list[str] = page.evaluate("""() => {
      const width = document.documentElement.clientWidth, found = [];
      if (document.documentElement.scrollWidth > width) found.push(`page scrolls sideways: ${document.documentElement.scrollWidth} > ${width}`);
      for (const element of document.body.querySelectorAll("*")) {
        const box = element.getBoundingClientRect();
        if (box.width === 0 && box.height === 0) continue;
        if (box.left < -0.5 || box.right > width + 0.5) {
          found.push(`${element.tagName.toLowerCase()}.${element.className}: ${Math.round(box.left)}..${Math.round(box.right)} (${(element.textContent || "").trim().slice(0, 40)})`);
        }
      }
      return found;
    }""")
    return found


def chart_labels(page: Any, chart: str) -> list[tuple[float, str]]:
    """(value, label) of a chart's y-axis ticks, as drawn."""
    ticks: list[list[Any]] = page.evaluate(
        f"Chart.getChart('{chart}').scales.y.ticks.map((tick) => [tick.value, tick.label])")
    return [(float(value), str(label)) for value, label in ticks]


def tooltip(page: Any, chart: str, value: float) -> str:
    """The text a chart's tooltip shows for `value` of its first model."""
    text: str = page.evaluate(
        f"Chart.getChart('{chart}').options.plugins.tooltip.callbacks.label({{dataset: {{label: 'm'}}, raw: {value}}})")
    return text


def check_number_formats(page: Any, locale: str) -> None:
    """Tables and charts write numbers alike: Babel's CLDR format of the page's locale."""
    group, decimal = format_decimal(1000, locale=locale)[1], format_decimal(0.5, locale=locale)[1]
    number = rf"\d{{1,3}}(?:{re.escape(group)}\d{{3}})*(?:{re.escape(decimal)}\d+)?"
    cells = page.locator("table td.num").evaluate_all("cells => cells.map((cell) => cell.textContent.trim())")
    assert cells
    for cell in cells:
        assert re.fullmatch(rf"(?:[A-Z]{{3}}\u00a0)?{number}(?:\u00a0[A-Z]{{3}})?\*?", cell), (locale, cell)
    for value, label in chart_labels(page, "chart-tokens"):
        assert label == format_decimal(value, locale=locale), (locale, value, label)
    for value, label in chart_labels(page, "chart-cost"):
        assert label == format_decimal(value, format="#,##0.00######", locale=locale), (locale, value, label)
    assert tooltip(page, "chart-tokens", 4256) == f"m: {format_decimal(4256, locale=locale)}"


def test_sign_in_key_usage_policy_privacy_revoke(site: ConsoleSite, browser: object, shot: Any) -> None:
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
    # The charts are drawn by a deferred script after the tables: wait for them (a clean-clone run at
    # load ~3 read them before they were drawn), then the same check.
    # (polled with page.evaluate, not page.wait_for_function: under the console's CSP, script-src 'self'
    # without 'unsafe-eval', Playwright's polling re-evaluates a string predicate with eval, which the page
    # refuses once the first poll was false -- microsoft/playwright#7395; a clean-clone run failed so)
    drawn = "typeof Chart !== 'undefined' && Chart.getChart('chart-tokens') !== undefined" \
            " && Chart.getChart('chart-cost') !== undefined"
    # (one fresh load more if they were not: a clean-clone run of the whole suite at load ~3 once found the page
    # without its charts for 30 s while the same test alone draws them each time -- session 33; a page that never
    # draws them still fails)
    for _load in range(2):
        page.wait_for_load_state("load")
        for _ in range(300):
            if page.evaluate(drawn):
                break
            page.wait_for_timeout(100)
        if page.evaluate(drawn):
            break
        page.reload(wait_until="load")
    assert page.evaluate(drawn)
    check_number_formats(page, "de_CH")
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


def test_german_number_formats_in_tables_and_charts(site: ConsoleSite, browser: object, shot: Any) -> None:
    """de-DE writes 1.503 and 0,0009 where de-CH writes 1’503 and 0.0009: tables and charts alike."""
    person = site.add_person("numbers", "globex", "owner")
    context, page, errors = new_page(browser, site, "de-DE", {"width": 1280, "height": 860})
    sign_in(page, person.email, person.password)
    client = site.gateway.client(create_key(page, "Zahlen"))
    # 1,500 words are 1,500 prompt tokens upstream: a day's total that needs a grouping symbol.
    client.chat.completions.create(model="fake/echo", messages=[{"role": "user", "content": "Wort " * 1500}])
    client.chat.completions.create(model="fake/ch-echo", messages=[{"role": "user", "content": "kurz"}])
    wait_for_requests(page, 2)
    page.locator("details").evaluate("element => element.open = true")
    check_number_formats(page, "de_DE")
    assert any("." in label for _value, label in chart_labels(page, "chart-tokens")), "a grouped tick"
    assert "1.5" in page.locator("table").first.inner_text()  # the per-model table: 1.50x tokens
    # The small model's bar is drawn next to the large one's, at least a few pixels high.
    heights = page.evaluate("""Chart.getChart('chart-tokens').data.datasets.map((set, i) =>
        Chart.getChart('chart-tokens').getDatasetMeta(i).data.filter((bar, j) => set.data[j] !== null)
        .map((bar) => Math.abs(bar.base - bar.y)))""")
    assert len(heights) == 2 and all(heights) and min(min(h) for h in heights) >= 3.5, heights
    # One day of data is one bar among the period's days, not a bar as wide as the chart.
    assert page.evaluate("Chart.getChart('chart-tokens').data.labels.length") >= 1
    widths = page.evaluate("Chart.getChart('chart-tokens').getDatasetMeta(0).data.map((bar) => bar.width)")
    assert max(widths) <= 36.5, widths
    shot(page, "10-usage-de-DE")
    assert errors == []
    context.close()


def test_every_page_works_at_phone_width(site: ConsoleSite, browser: object, shot: Any) -> None:
    """390 px: nothing outside the viewport, no sideways scrolling, and the whole navigation —
    privacy report, users, the language switch — on screen and working."""
    person = site.add_person("phone", "globex", "owner")
    context, page, errors = new_page(browser, site, "de-CH", PHONE)
    page.goto("/console/login")
    assert outside_viewport(page) == []
    shot(page, "phone-01-login")
    sign_in(page, person.email, person.password)
    secret = create_key(page, "Ein ziemlich langer Schlüsselname für das Telefon")
    assert outside_viewport(page) == []
    shot(page, "phone-02-key-created")
    site.gateway.client(secret).chat.completions.create(
        model="fake/echo", messages=[{"role": "user", "content": "Frau Anna Meier, anna.meier@example.ch"}],
        extra_body={"anonymize": True})
    wait_for_requests(page, 1)

    for label in ("Nutzung", "API-Schlüssel", "Modelle", "Datenschutzbericht", "Benutzer", "DE", "EN"):
        link = page.locator("header").get_by_role("link", name=label, exact=True)
        assert link.is_visible(), label
        box = link.bounding_box()
        assert box is not None and box["x"] >= 0 and box["x"] + box["width"] <= PHONE["width"], (label, box)

    page.goto("/console/keys")
    key_page = page.locator("table a").first.get_attribute("href")
    for name, path in (("usage", "/console/usage"), ("keys", "/console/keys"), ("key", key_page),
                       ("models", "/console/models"), ("privacy", "/console/privacy"),
                       ("users", "/console/users"), ("account", "/console/account")):
        page.goto(path)
        for details in page.locator("details").all():
            details.evaluate("element => element.open = true")
        assert outside_viewport(page) == [], name
        shot(page, f"phone-{name}")

    # The navigation works by touch: the privacy report from the header, then the language switch.
    page.goto("/console/usage")
    page.locator("header").get_by_role("link", name="Datenschutzbericht").click()
    page.wait_for_url("**/console/privacy")
    page.locator("header").get_by_role("link", name="EN", exact=True).click()
    page.wait_for_url("**/console/privacy")
    assert page.get_by_role("heading", name="Privacy report").count() == 1
    assert outside_viewport(page) == []
    assert errors == []
    context.close()
