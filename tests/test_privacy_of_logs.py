"""Privacy is the product: no prompt, answer or secret in the gateway's log."""

from __future__ import annotations

import time

from openai import OpenAI

from tests.conftest import RunningGateway
from tests.fakes.openai_upstream import UPSTREAM_KEY


def test_log_holds_no_text_and_no_secret(gateway: RunningGateway, client: OpenAI, marker: str) -> None:
    client.chat.completions.create(model="fake/echo", messages=[{"role": "user", "content": f"secret {marker}"}])
    list(client.chat.completions.create(model="fake/echo", messages=[{"role": "user", "content": f"s {marker}"}], stream=True))
    client.embeddings.create(model="fake/embed", input=f"embed {marker}")
    try:
        client.chat.completions.create(model="fake/status-400", messages=[{"role": "user", "content": marker}])
    except Exception:
        pass
    time.sleep(0.3)  # let the log lines reach the file
    log = gateway.log_path.read_text()
    lines = [line for line in log.splitlines() if "POST /v1/chat/completions 200" in line]
    assert len(lines) >= 2, "one line per request"
    assert all("model=fake/echo" in line and "prompt_tokens=" in line for line in lines[-2:]), \
        "the request's line carries the pipeline's fields, streamed or not"
    assert marker not in log
    assert gateway.key not in log and UPSTREAM_KEY not in log
