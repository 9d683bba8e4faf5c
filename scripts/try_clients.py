"""Runs the real Codex CLI and Claude Code against a Tarnkappe gateway, offline: the manual check
behind the README's "Codex CLI" and "Claude Code" paragraphs. Not part of `make test` (it needs the
two npm packages, which the test suite does not install).

    npm install --prefix /tmp/clients @openai/codex@0.169.0 @anthropic-ai/claude-code@2.1.328
    .venv/bin/python scripts/try_clients.py --clients /tmp/clients [--record /tmp/bodies] [--keep]

It starts a scripted upstream on 127.0.0.1 that speaks OpenAI's Chat Completions and Anthropic's
Messages API (streamed or not), a `tarnkappe serve` whose catalog reaches it as an OpenAI-compatible
and as an Anthropic model, and then, for each client and each of the two models, one turn that asks
for a shell command: the upstream answers with a call of the client's own shell tool, the client runs
it (`echo tarnkappe-tool-ok`) and sends the output back, and the upstream's second answer quotes it.
A run passes when the client exits 0 and prints that answer. `--record DIR` writes every body the
upstream received to DIR (the clients' real request shapes, for tests); nothing else keeps them.

Neither client reaches anything but 127.0.0.1: Codex gets a config.toml of its own (CODEX_HOME) with a
model provider for the gateway; Claude Code gets the documented switches for non-essential traffic.
"""

from __future__ import annotations

import argparse
import json
import os
import shutil
import socket
import subprocess
import sys
import tempfile
import threading
import time
import uuid
from collections.abc import AsyncIterator
from pathlib import Path
from typing import Any

import httpx
import uvicorn
import yaml
from starlette.applications import Starlette
from starlette.requests import Request
from starlette.responses import JSONResponse, Response, StreamingResponse
from starlette.routing import Route

GATEWAY_KEY = "tk-try-clients-" + uuid.uuid4().hex[:12]
UPSTREAM_KEY = "sk-scripted-upstream"
TOOL_OUTPUT = "tarnkappe-tool-ok"
FINAL_PREFIX = "The command printed: "
PROMPT = "Run the shell command `echo tarnkappe-tool-ok` and tell me what it printed."

# The shell tools the clients offer, and the arguments that run `echo tarnkappe-tool-ok` with each.
SHELL_CALLS: dict[str, dict[str, Any]] = {
    "exec_command": {"cmd": f"echo {TOOL_OUTPUT}"},  # Codex (unified exec)
    "shell_command": {"command": f"echo {TOOL_OUTPUT}"},  # Codex (shell_command tool)
    "shell": {"command": ["echo", TOOL_OUTPUT]},  # Codex (older shell tool)
    "Bash": {"command": f"echo {TOOL_OUTPUT}", "description": "Print a marker"},  # Claude Code
}


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return int(sock.getsockname()[1])


# --------------------------------------------------------------------------- the scripted upstream


class ScriptedUpstream:
    """Answers every chat with a plan: a call of the client's shell tool when the prompt asks for one
    and no tool result came back yet, else text (quoting the tool result, if there is one)."""

    def __init__(self, record: Path | None) -> None:
        self.record = record
        self.count = 0
        self.lock = threading.Lock()
        self.app = Starlette(routes=[
            Route("/v1/chat/completions", self.chat, methods=["POST"]),
            Route("/v1/messages", self.messages, methods=["POST"]),
            Route("/v1/messages/count_tokens", self.count_tokens, methods=["POST"]),
        ])

    def _keep(self, kind: str, request: Request, body: dict[str, Any]) -> None:
        with self.lock:
            self.count += 1
            number = self.count
        if self.record is not None:
            headers = {k: v for k, v in request.headers.items() if k not in ("authorization", "x-api-key")}
            path = self.record / f"upstream-{number:03d}-{kind}.json"
            path.write_text(json.dumps({"path": request.url.path, "headers": headers, "body": body}, indent=1))

    @staticmethod
    def _plan(tool_names: list[str], last_user: str, tool_result: str | None) -> tuple[str | None, dict[str, Any]]:
        """(tool name, arguments) for a call, or (None, {"text": …})."""
        if tool_result is not None:
            return None, {"text": FINAL_PREFIX + tool_result.strip()[:200]}
        if TOOL_OUTPUT in last_user:
            for name in SHELL_CALLS:
                if name in tool_names:
                    return name, SHELL_CALLS[name]
        return None, {"text": "Hello from the scripted upstream."}

    # ---- OpenAI Chat Completions

    async def chat(self, request: Request) -> Response:
        body = json.loads(await request.body())
        self._keep("chat", request, body)
        messages = body.get("messages") or []
        tools = [t.get("function", {}).get("name", "") for t in body.get("tools") or []]
        last = messages[-1] if messages else {}
        tool_result = _text(last.get("content")) if last.get("role") == "tool" else None
        users = [m for m in messages if m.get("role") == "user"]
        name, plan = self._plan(tools, _text(users[-1].get("content")) if users else "", tool_result)
        usage = {"prompt_tokens": 11, "completion_tokens": 5, "total_tokens": 16}
        base = {"id": "chatcmpl-scripted", "created": int(time.time()), "model": body.get("model")}
        arguments = json.dumps(plan)
        call: dict[str, Any] | None = {"id": "call_" + uuid.uuid4().hex[:8], "type": "function",
                                       "function": {"name": name, "arguments": arguments}} if name else None
        finish = "tool_calls" if call else "stop"
        if not body.get("stream"):
            message: dict[str, Any] = {"role": "assistant", "content": None if call else plan["text"]}
            if call:
                message["tool_calls"] = [call]
            return JSONResponse({**base, "object": "chat.completion", "usage": usage,
                                 "choices": [{"index": 0, "message": message, "finish_reason": finish}]})

        async def events() -> AsyncIterator[bytes]:
            def chunk(delta: dict[str, Any], finish_reason: str | None = None, **extra: Any) -> bytes:
                data = {**base, "object": "chat.completion.chunk",
                        "choices": [{"index": 0, "delta": delta, "finish_reason": finish_reason}], **extra}
                return b"data: " + json.dumps(data).encode() + b"\n\n"

            yield chunk({"role": "assistant", "content": ""})
            if call:
                yield chunk({"tool_calls": [{"index": 0, "id": call["id"], "type": "function",
                                             "function": {"name": name, "arguments": ""}}]})
                yield chunk({"tool_calls": [{"index": 0, "function": {"arguments": arguments}}]})
            else:
                for piece in _pieces(plan["text"]):
                    yield chunk({"content": piece})
            yield chunk({}, finish)
            usage_chunk = {**base, "object": "chat.completion.chunk", "choices": [], "usage": usage}
            yield b"data: " + json.dumps(usage_chunk).encode() + b"\n\n"
            yield b"data: [DONE]\n\n"

        return StreamingResponse(events(), media_type="text/event-stream")

    # ---- Anthropic Messages

    async def count_tokens(self, request: Request) -> Response:
        body = json.loads(await request.body())
        self._keep("count", request, body)
        return JSONResponse({"input_tokens": 42})

    async def messages(self, request: Request) -> Response:
        body = json.loads(await request.body())
        self._keep("messages", request, body)
        messages = body.get("messages") or []
        tools = [t.get("name", "") for t in body.get("tools") or []]
        tool_result = None
        users = [m for m in messages if m.get("role") == "user"]
        last_user = ""
        if users:
            content = users[-1].get("content")
            blocks = content if isinstance(content, list) else [{"type": "text", "text": content}]
            results = [b for b in blocks if b.get("type") == "tool_result"]
            if results:
                tool_result = _text(results[-1].get("content"))
            last_user = "".join(b.get("text", "") for b in blocks if b.get("type") == "text")
        name, plan = self._plan(tools, last_user, tool_result)
        usage = {"input_tokens": 11, "output_tokens": 5, "cache_read_input_tokens": 0,
                 "cache_creation_input_tokens": 0}
        block: dict[str, Any] = ({"type": "tool_use", "id": "toolu_" + uuid.uuid4().hex[:12], "name": name,
                                  "input": plan} if name else {"type": "text", "text": plan["text"]})
        stop = "tool_use" if name else "end_turn"
        message = {"id": "msg_scripted", "type": "message", "role": "assistant", "model": body.get("model"),
                   "content": [block], "stop_reason": stop, "stop_sequence": None, "usage": usage}
        if not body.get("stream"):
            return JSONResponse(message)

        async def events() -> AsyncIterator[bytes]:
            def event(kind: str, data: dict[str, Any]) -> bytes:
                return f"event: {kind}\ndata: ".encode() + json.dumps({"type": kind, **data}).encode() + b"\n\n"

            yield event("message_start", {"message": {**message, "content": [], "stop_reason": None,
                                                      "usage": {**usage, "output_tokens": 1}}})
            if name:
                yield event("content_block_start", {"index": 0, "content_block": {**block, "input": {}}})
                yield event("content_block_delta", {"index": 0, "delta": {"type": "input_json_delta",
                                                                         "partial_json": json.dumps(plan)}})
            else:
                yield event("content_block_start", {"index": 0, "content_block": {"type": "text", "text": ""}})
                for piece in _pieces(plan["text"]):
                    yield event("content_block_delta", {"index": 0, "delta": {"type": "text_delta", "text": piece}})
            yield event("content_block_stop", {"index": 0})
            yield event("message_delta", {"delta": {"stop_reason": stop, "stop_sequence": None},
                                          "usage": {"output_tokens": 5}})
            yield event("message_stop", {})

        return StreamingResponse(events(), media_type="text/event-stream")


def _text(content: Any) -> str:
    if isinstance(content, str):
        return content
    if isinstance(content, list):
        return "".join(part.get("text", "") for part in content if isinstance(part, dict))
    return ""


def _pieces(text: str, size: int = 8) -> list[str]:
    return [text[i:i + size] for i in range(0, len(text), size)] or [""]


class Server(uvicorn.Server):
    def install_signal_handlers(self) -> None:
        pass


def serve_upstream(upstream: ScriptedUpstream, port: int) -> Server:
    server = Server(uvicorn.Config(upstream.app, host="127.0.0.1", port=port, log_level="warning"))
    threading.Thread(target=server.run, daemon=True).start()
    while not server.started:
        time.sleep(0.02)
    return server


# --------------------------------------------------------------------------- the gateway


def gateway_config(upstream_url: str, anonymize: bool) -> dict[str, Any]:
    common = {"region": "eu", "gdpr": True, "timeout": 60,
              "price": {"input_per_million": 1, "output_per_million": 2, "currency": "USD"}}
    return {
        "server": {"log_level": "info"},
        "accounts": {"enabled": False},
        "api_keys": [{"name": "try-clients", "key": GATEWAY_KEY}],
        "privacy": {"mode": "always" if anonymize else "on_request"},
        "models": [
            {"name": "scripted-openai", "provider": "openai", "upstream_model": "scripted",
             "base_url": upstream_url + "/v1", "api_key": UPSTREAM_KEY, **common},
            {"name": "scripted-anthropic", "provider": "anthropic", "upstream_model": "scripted",
             "base_url": upstream_url + "/v1", "api_key": UPSTREAM_KEY, **common},
        ],
    }


def start_gateway(workdir: Path, config: dict[str, Any]) -> tuple[str, subprocess.Popen[bytes]]:
    config_path = workdir / "tarnkappe.yaml"
    config_path.write_text(yaml.safe_dump(config))
    port = free_port()
    log = (workdir / "gateway.log").open("wb")
    process = subprocess.Popen([sys.executable, "-m", "tarnkappe", "serve", "--config", str(config_path),
                                "--port", str(port)], cwd=workdir, stdout=log, stderr=subprocess.STDOUT)
    base_url = f"http://127.0.0.1:{port}"
    deadline = time.monotonic() + 60
    while time.monotonic() < deadline:
        if process.poll() is not None:
            raise SystemExit(f"the gateway exited: see {workdir / 'gateway.log'}")
        try:
            if httpx.get(base_url + "/readyz", timeout=1).status_code == 200:
                return base_url, process
        except httpx.HTTPError:
            pass
        time.sleep(0.1)
    raise SystemExit("the gateway did not get ready in 60 s")


# --------------------------------------------------------------------------- the clients

# The README's snippet (without `web_search = "disabled"`: Codex then offers its hosted web search,
# which the gateway leaves out, so that path is run too).
CODEX_CONFIG = """\
model_provider = "tarnkappe"
model = "{model}"

[features]
plugins = false

[analytics]
enabled = false

[model_providers.tarnkappe]
name = "Tarnkappe"
base_url = "{base_url}/v1"
env_key = "TARNKAPPE_API_KEY"
wire_api = "responses"
"""

# Claude Code's switches for traffic that is not the model's (telemetry, error reports, updates…).
CLAUDE_QUIET = {
    "CLAUDE_CODE_DISABLE_NONESSENTIAL_TRAFFIC": "1",
    "DISABLE_TELEMETRY": "1",
    "DISABLE_ERROR_REPORTING": "1",
    "DISABLE_AUTOUPDATER": "1",
    "DISABLE_BUG_COMMAND": "1",
}


def run_codex(clients: Path, home: Path, base_url: str, model: str, workdir: Path) -> subprocess.CompletedProcess[str]:
    codex_home = home / "codex"
    codex_home.mkdir(parents=True, exist_ok=True)
    (codex_home / "config.toml").write_text(CODEX_CONFIG.format(model=model, base_url=base_url))
    env = {"PATH": os.environ["PATH"], "HOME": str(home), "CODEX_HOME": str(codex_home),
           "TARNKAPPE_API_KEY": GATEWAY_KEY, "NO_PROXY": "127.0.0.1", "RUST_LOG": "warn"}
    command = [str(clients / "node_modules/.bin/codex"), "exec", "--skip-git-repo-check",
               "--sandbox", "danger-full-access", "--color", "never", PROMPT]
    return subprocess.run(command, cwd=workdir, env=env, capture_output=True, text=True, timeout=180,
                          stdin=subprocess.DEVNULL)


def run_claude(clients: Path, home: Path, base_url: str, model: str, workdir: Path) -> subprocess.CompletedProcess[str]:
    # The key as a bearer token for one model, in x-api-key for the other: both are documented.
    key = {"ANTHROPIC_AUTH_TOKEN" if model.endswith("anthropic") else "ANTHROPIC_API_KEY": GATEWAY_KEY}
    env = {"PATH": os.environ["PATH"], "HOME": str(home), "CLAUDE_CONFIG_DIR": str(home / "claude"),
           "ANTHROPIC_BASE_URL": base_url, **key, "ANTHROPIC_MODEL": model,
           "ANTHROPIC_DEFAULT_HAIKU_MODEL": model, "ANTHROPIC_DEFAULT_SONNET_MODEL": model,
           "ANTHROPIC_DEFAULT_OPUS_MODEL": model, "NO_PROXY": "127.0.0.1", **CLAUDE_QUIET}
    command = [str(clients / "node_modules/.bin/claude"), "-p", PROMPT, "--allowedTools", "Bash",
               "--output-format", "text"]
    return subprocess.run(command, cwd=workdir, env=env, capture_output=True, text=True, timeout=180,
                          stdin=subprocess.DEVNULL)


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--clients", type=Path, default=Path("/tmp/clients"),
                        help="the npm prefix both clients are installed in")
    parser.add_argument("--record", type=Path, help="write the upstream's request bodies to this directory")
    parser.add_argument("--anonymize", action="store_true", help="privacy mode always (every request masked)")
    parser.add_argument("--only", choices=["codex", "claude"], help="run one client only")
    parser.add_argument("--keep", action="store_true", help="keep the temporary directory (gateway log)")
    args = parser.parse_args()
    if args.record:
        args.record.mkdir(parents=True, exist_ok=True)
    tmp = Path(tempfile.mkdtemp(prefix="try-clients-"))
    upstream = ScriptedUpstream(args.record)
    upstream_port = free_port()
    server = serve_upstream(upstream, upstream_port)
    base_url, gateway = start_gateway(tmp, gateway_config(f"http://127.0.0.1:{upstream_port}", args.anonymize))
    failures = 0
    try:
        runs = [("codex", run_codex), ("claude", run_claude)]
        for name, run in runs:
            if args.only and args.only != name:
                continue
            for model in ("scripted-openai", "scripted-anthropic"):
                workdir = tmp / f"work-{name}-{model}"
                workdir.mkdir()
                started = time.monotonic()
                result = run(args.clients, tmp / f"home-{name}-{model}", base_url, model, workdir)
                # The upstream's second answer quotes the tool's output (Codex wraps it in a header).
                answer = result.stdout.partition(FINAL_PREFIX)[2]
                ok = result.returncode == 0 and TOOL_OUTPUT in answer
                failures += not ok
                print(f"{'PASS' if ok else 'FAIL'} {name} via {model}: exit {result.returncode}, "
                      f"{time.monotonic() - started:.1f} s")
                if not ok:
                    print("  stdout:", result.stdout[-2000:].replace("\n", "\n  "))
                    print("  stderr:", result.stderr[-3000:].replace("\n", "\n  "))
    finally:
        gateway.terminate()
        gateway.wait(timeout=30)
        server.should_exit = True
        if args.keep or failures:
            print(f"gateway log: {tmp / 'gateway.log'}")
        else:
            shutil.rmtree(tmp, ignore_errors=True)
    return 1 if failures else 0


if __name__ == "__main__":
    sys.exit(main())
