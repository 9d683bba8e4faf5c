"""A chat-only gateway does not load what only other deployments need (issue 18's peak RSS): numpy
(embedding vectors), the Redis client and the OpenTelemetry SDK stay out of memory unless the
configuration has embedding models, a Redis URL or tracing; with an embedding model, numpy is
loaded at start-up, not by the first request."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import yaml

_PROBE = """
import json, sys
from tarnkappe.app import create_app
from tarnkappe.config import load_settings
create_app(load_settings(sys.argv[1]), migrate=False)
print(json.dumps({name: name in sys.modules for name in ("numpy", "redis", "opentelemetry")}))
"""


def _loaded(tmp_path: Path, models: list[dict[str, object]]) -> dict[str, bool]:
    config = tmp_path / "tarnkappe.yaml"
    config.write_text(yaml.safe_dump({
        "database": {"url": f"sqlite:///{tmp_path / 'tarnkappe.db'}"},
        "models": models,
    }))
    out = subprocess.run([sys.executable, "-c", _PROBE, str(config)], cwd=tmp_path, capture_output=True, text=True,
                         check=True, env={"PATH": "/usr/bin:/bin"}).stdout
    return json.loads(out.splitlines()[-1])


CHAT = {"name": "up/chat", "provider": "openai", "upstream_model": "m", "base_url": "http://127.0.0.1:9/v1"}
EMBEDDING = {"name": "up/embed", "provider": "openai", "kind": "embedding", "upstream_model": "e",
             "base_url": "http://127.0.0.1:9/v1", "dimensions": 8}


def test_chat_only_gateway_leaves_them_out(tmp_path: Path) -> None:
    assert _loaded(tmp_path, [CHAT]) == {"numpy": False, "redis": False, "opentelemetry": False}


def test_embedding_model_loads_numpy_at_start(tmp_path: Path) -> None:
    assert _loaded(tmp_path, [CHAT, EMBEDDING])["numpy"] is True
