"""The documentation's console screenshots (docs/console/*.png), from a demo organization.

`make screenshots` runs this. The test suite's browser test takes screenshots too, but of test
fakes (`fake/status-500`, a cost of CHF 0.00001377) and into its temporary directory; the README
should show what an operator will see. So this script builds a realistic organization — Muster AG,
a month of requests on hosted and local models, anonymized ones among them — in a throw-away
database, starts `tarnkappe serve` on 127.0.0.1, and photographs each page in Debian's Chromium.

Nothing leaves the machine: the catalog's upstreams point at 127.0.0.1 and no request is sent to
them (the usage is written to the ledger directly). Deterministic data (a fixed seed, days counted
back from today), so two runs differ only in their dates.

    .venv/bin/python scripts/console_screenshots.py [--out docs/console] [--chromium /usr/bin/chromium]
"""

from __future__ import annotations

import argparse
import asyncio
import os
import random
import socket
import subprocess
import sys
import tempfile
import time
import urllib.request
import uuid
from datetime import UTC, datetime, timedelta
from decimal import Decimal
from pathlib import Path
from typing import Any

import yaml

from tarnkappe.accounts.store import Store, create_engine

ROOT = Path(__file__).resolve().parents[1]
ORG = "muster-ag"
OWNER = ("anna.meier@muster-ag.ch", "demo-" + uuid.uuid4().hex)
MEMBER = ("max.keller@muster-ag.ch", "demo-" + uuid.uuid4().hex)
OFFLINE = "http://127.0.0.1:9/v1"  # the discard port: nothing is listening, nothing is sent

# name, provider, region, gdpr, (input, output) per million in CHF, requests per working day, tokens in/out
MODELS: list[tuple[str, str, str, bool, tuple[str, str], int, tuple[int, int]]] = [
    ("gpt-4o-mini", "openai", "eu", True, ("0.14", "0.55"), 120, (900, 250)),
    ("gpt-4o", "openai", "us", False, ("2.30", "9.20"), 12, (2400, 600)),
    ("claude-3-5-sonnet", "anthropic", "eu", True, ("2.70", "13.50"), 18, (3000, 700)),
    ("mistral-small", "mistral", "eu", True, ("0.18", "0.55"), 40, (700, 200)),
    ("ollama/llama3.1-8b", "openai", "ch", True, ("0", "0"), 60, (600, 300)),
    ("text-embedding-3-large", "openai", "eu", True, ("0.12", "0"), 200, (300, 0)),
]
KEYS = ("Support-Chatbot", "Intranet-Suche", "Übersetzungen", "Altes Testsystem")
ENTITIES = ("PERSON", "EMAIL", "PHONE", "IBAN", "ADDRESS", "AHV")


def catalog() -> list[dict[str, Any]]:
    entries = []
    for name, provider, region, gdpr, (price_in, price_out), _per_day, _tokens in MODELS:
        entry: dict[str, Any] = {
            "name": name, "provider": provider, "region": region, "gdpr": gdpr, "api_key": "demo",
            "price": {"input_per_million": price_in, "output_per_million": price_out, "currency": "CHF"},
            "kind": "embedding" if name.startswith("text-embedding") else "chat",
        }
        if provider == "openai":
            entry["base_url"] = OFFLINE
        elif provider == "anthropic":
            entry["base_url"] = OFFLINE.removesuffix("/v1")
        elif provider == "mistral":
            entry["base_url"] = OFFLINE
        entries.append(entry)
    return entries


def ledger_rows(org_id: str, key_ids: list[str], now: datetime) -> list[dict[str, Any]]:
    """A month of requests: weekdays busier than weekends, anonymized where the model is hosted."""
    rng = random.Random(19)
    rows: list[dict[str, Any]] = []
    for days_back in range(27, -1, -1):
        day = (now - timedelta(days=days_back)).replace(hour=7, minute=0, second=0, microsecond=0)
        weekend = day.weekday() >= 5
        for name, provider, region, _gdpr, (price_in, price_out), per_day, (tokens_in, tokens_out) in MODELS:
            count = max(0, int(rng.gauss(per_day * (0.15 if weekend else 1.0), per_day * 0.2)))
            for _ in range(count // 4 or (1 if count else 0)):  # a quarter of the requests keeps the file small
                at = day + timedelta(minutes=rng.randrange(11 * 60))
                if at > now:
                    continue
                prompt = int(rng.expovariate(1 / tokens_in)) + 20
                completion = int(rng.expovariate(1 / tokens_out)) if tokens_out else 0
                cost = (Decimal(prompt) * Decimal(price_in) + Decimal(completion) * Decimal(price_out)) / 1_000_000
                anonymized = region != "ch" and rng.random() < 0.6
                kinds = rng.sample(ENTITIES, rng.randint(1, 3))
                entities = {kind: rng.randint(1, 4) for kind in kinds} if anonymized else None
                rows.append({
                    "created_at": at, "request_id": uuid.uuid4().hex, "org_id": org_id,
                    "key_id": key_ids[rng.randrange(3)], "model": name, "provider": provider, "region": region,
                    "stream": rng.random() < 0.5, "status": "ok" if rng.random() > 0.01 else "upstream_error",
                    "prompt_tokens": prompt, "completion_tokens": completion, "estimated": False,
                    "cost": cost.quantize(Decimal("0.00000001")), "currency": "CHF", "overage": None,
                    "latency_ms": rng.uniform(300, 4000), "anonymized": anonymized, "entity_counts": entities,
                })
    return rows


def tarnkappe(config: Path, *args: str, stdin: str | None = None) -> str:
    result = subprocess.run([sys.executable, "-m", "tarnkappe", *args, "--config", str(config)], input=stdin,
                            capture_output=True, text=True, cwd=config.parent, check=True, timeout=120)
    return result.stdout


async def seed(database: str) -> None:
    store = Store(create_engine(database))
    try:
        org = await store.get_org(ORG)
        assert org is not None
        key_ids = [(await store.create_key(ORG, name=name, created_by=OWNER[0]))[0].id for name in KEYS]
        await store.write_ledger(ledger_rows(org.id, key_ids, datetime.now(UTC)))
    finally:
        await store.close()


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        port: int = sock.getsockname()[1]
        return port


def wait_ready(url: str, process: subprocess.Popen[bytes]) -> None:
    for _attempt in range(600):
        if process.poll() is not None:
            raise SystemExit("the gateway stopped during its start; see its log")
        try:
            with urllib.request.urlopen(url + "/readyz", timeout=2):
                return
        except OSError:
            time.sleep(0.1)
    raise SystemExit("the gateway did not become ready")


def photograph(base_url: str, out: Path, chromium: str) -> None:
    from playwright.sync_api import sync_playwright

    with sync_playwright() as playwright:
        browser = playwright.chromium.launch(executable_path=chromium, args=["--no-sandbox"])
        context = browser.new_context(base_url=base_url, locale="de-CH", viewport={"width": 1280, "height": 860})
        page = context.new_page()
        page.on("dialog", lambda dialog: dialog.accept())

        def shot(name: str) -> None:
            page.screenshot(path=str(out / f"{name}.png"), full_page=True)

        page.goto("/console/login")
        shot("01-login")
        page.get_by_label("E-Mail-Adresse").fill(OWNER[0])
        page.get_by_label("Passwort").fill(OWNER[1])
        page.get_by_role("button", name="Anmelden").click()
        page.wait_for_url("**/console/usage")
        page.goto("/console/keys")
        page.get_by_label("Name").fill("Buchhaltung")
        page.get_by_role("button", name="Schlüssel erstellen").click()
        page.locator("#secret").wait_for()
        shot("02-key-created")
        page.goto("/console/keys")
        shot("03-keys")
        for name, path in (("04-usage", "/console/usage"), ("05-models", "/console/models"),
                           ("06-privacy", "/console/privacy"), ("09-users", "/console/users")):
            page.goto(path)
            shot(name)
        page.goto("/console/keys")
        page.locator("tr", has_text="Altes Testsystem").get_by_role("button", name="Widerrufen").click()
        page.wait_for_url("**/console/keys?done=revoked")
        shot("07-key-revoked")
        page.get_by_role("link", name="EN", exact=True).click()
        page.goto("/console/usage")
        shot("08-usage-en")
        phone = browser.new_context(base_url=base_url, locale="de-CH", viewport={"width": 390, "height": 844})
        phone.add_cookies(context.cookies())  # type: ignore[arg-type]  # the same cookies, read back
        phone_page = phone.new_page()
        phone_page.goto("/console/usage")
        phone_page.screenshot(path=str(out / "10-usage-phone.png"), full_page=True)
        browser.close()


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--out", type=Path, default=ROOT / "docs" / "console")
    parser.add_argument("--chromium", default=os.environ.get("TK_TEST_CHROMIUM", "/usr/bin/chromium"))
    options = parser.parse_args()
    options.out.mkdir(parents=True, exist_ok=True)
    with tempfile.TemporaryDirectory(prefix="tarnkappe-demo-") as folder:
        workdir = Path(folder)
        database = f"sqlite+aiosqlite:///{workdir}/demo.db"
        config = workdir / "tarnkappe.yaml"
        config.write_text(yaml.safe_dump({
            "server": {"log_level": "warning"}, "database": {"url": database},
            "console": {"timezone": "Europe/Zurich"}, "models": catalog(),
        }))
        tarnkappe(config, "orgs", "create", ORG, "--limit", "200", "--currency", "CHF")
        tarnkappe(config, "users", "create", "--org", ORG, "--email", OWNER[0], "--role", "owner",
                  "--password-stdin", stdin=OWNER[1] + "\n")
        tarnkappe(config, "users", "create", "--org", ORG, "--email", MEMBER[0], "--role", "member",
                  "--password-stdin", stdin=MEMBER[1] + "\n")
        asyncio.run(seed(database))
        port = free_port()
        with (workdir / "gateway.log").open("wb") as log:
            process = subprocess.Popen([sys.executable, "-m", "tarnkappe", "serve", "--config", str(config),
                                        "--port", str(port)], cwd=workdir, stdout=log, stderr=subprocess.STDOUT)
        try:
            wait_ready(f"http://127.0.0.1:{port}", process)
            photograph(f"http://127.0.0.1:{port}", options.out, options.chromium)
        finally:
            process.terminate()
            process.wait(timeout=30)
    print(f"screenshots written to {options.out}")


if __name__ == "__main__":
    main()
