"""The API dialects as the provider suite speaks them: one small client per dialect, each sending a
canonical-looking call in its own API's shape and reading the answer back into one `Answer`, so
that a scenario is written once and asserted the same way through every dialect.

A dialect declares what it can express (`tools`, `response_format`, the usage chunk of a stream);
a scenario that needs more is skipped for it — the only skips besides the providers' declared
capabilities.
"""

from __future__ import annotations

import json
from dataclasses import dataclass, field
from typing import Any

import anthropic
import httpx
import openai
from openai import OpenAI


@dataclass
class Answer:
    """What a client got: the text (streamed: joined), finish reasons, tool calls, usage."""

    text: str = ""
    finish_reasons: list[str] = field(default_factory=list)
    tool_calls: list[tuple[str, str, str]] = field(default_factory=list)  # (id, name, arguments)
    usage: tuple[int, int, int] | None = None  # prompt, completion, total
    pieces: int = 0  # content-bearing chunks of a stream
    choice_less_chunks: int = 0


class DialectError(Exception):
    """An error answer (status, the parameter it names if the dialect says) — before the first byte,
    or in-band after it (`in_band`)."""

    def __init__(self, status: int, param: str | None, message: str, *, in_band: bool = False,
                 headers: dict[str, str] | None = None) -> None:
        super().__init__(f"{status} {param}: {message}")
        self.status, self.param, self.message, self.in_band = status, param, message, in_band
        self.headers = headers or {}


class OpenAIDialect:
    name = "openai"
    tools = True
    response_format = True
    stream_usage = True
    usage_always = False

    def __init__(self, base_url: str, key: str) -> None:
        self.client = OpenAI(base_url=base_url + "/v1", api_key=key, max_retries=0)

    def chat(self, model: str, messages: list[dict[str, Any]], *, stream: bool = False, anonymize: bool = False,
             **params: Any) -> Answer:
        extra_body = {"anonymize": True} if anonymize else {}
        if "safe_prompt" in params:
            extra_body["safe_prompt"] = params.pop("safe_prompt")
        try:
            if not stream:
                completion = self.client.chat.completions.create(model=model, messages=messages,
                                                                 extra_body=extra_body, **params)
                choice = completion.choices[0]
                usage = completion.usage
                return Answer(
                    text=choice.message.content or "", finish_reasons=[choice.finish_reason],
                    tool_calls=[(c.id, c.function.name, c.function.arguments) for c in choice.message.tool_calls or []],
                    usage=(usage.prompt_tokens, usage.completion_tokens, usage.total_tokens) if usage else None,
                )
            answer = Answer()
            calls: dict[int, list[str]] = {}
            for chunk in self.client.chat.completions.create(model=model, messages=messages, stream=True,
                                                             extra_body=extra_body, **params):
                if chunk.usage is not None:
                    answer.usage = (chunk.usage.prompt_tokens, chunk.usage.completion_tokens, chunk.usage.total_tokens)
                if not chunk.choices:
                    answer.choice_less_chunks += 1
                    continue
                delta = chunk.choices[0].delta
                if delta.content:
                    answer.text += delta.content
                    answer.pieces += 1
                for call in delta.tool_calls or []:
                    slot = calls.setdefault(call.index, ["", "", ""])
                    if not slot[0]:  # id and name come first, whole
                        assert call.id and call.function and call.function.name, "a tool call starts with id and name"
                        slot[0], slot[1] = call.id, call.function.name
                    slot[2] += (call.function.arguments or "") if call.function else ""
                if chunk.choices[0].finish_reason:
                    answer.finish_reasons.append(chunk.choices[0].finish_reason)
            answer.tool_calls = [tuple(calls[i]) for i in sorted(calls)]  # type: ignore[misc]
            return answer
        except openai.APIStatusError as exc:
            body = exc.body if isinstance(exc.body, dict) else {}
            raise DialectError(exc.status_code, body.get("param"), exc.message,
                               headers=dict(exc.response.headers)) from None
        except openai.APIError as exc:  # an error event after the first byte
            raise DialectError(0, None, str(exc), in_band=True) from None


class PeakPrivacyDialect:
    name = "peakprivacy"
    tools = False
    response_format = False
    stream_usage = False
    usage_always = False

    def __init__(self, base_url: str, key: str) -> None:
        self.url = base_url + "/v1/ai/completions"
        self.headers = {"api-token": key}

    def chat(self, model: str, messages: list[dict[str, Any]], *, stream: bool = False, anonymize: bool = False,
             **params: Any) -> Answer:
        body: dict[str, Any] = {"model": model, "messages": messages, "stream": stream, **params}
        if anonymize:
            body["anonymize"] = True
        if not stream:
            response = httpx.post(self.url, json=body, headers=self.headers, timeout=60)
            if response.status_code != 200:
                raise _error(response.status_code, response.json(), dict(response.headers))
            data = response.json()
            choice, usage = data["choices"][0], data["usage"]
            return Answer(text=choice["message"]["content"] or "", finish_reasons=[choice["finish_reason"]],
                          usage=(usage["prompt_tokens"], usage["completion_tokens"], usage["total_tokens"]))
        answer = Answer()
        with httpx.stream("POST", self.url, json=body, headers=self.headers, timeout=60) as response:
            if response.status_code != 200:
                response.read()
                raise _error(response.status_code, response.json(), dict(response.headers))
            for line in response.iter_lines():
                if not line.startswith("data: ") or line == "data: [DONE]":
                    continue
                event = json.loads(line.removeprefix("data: "))
                if "error" in event:
                    raise DialectError(0, None, str(event["error"]), in_band=True)
                if not event["choices"]:
                    answer.choice_less_chunks += 1
                    continue
                choice = event["choices"][0]
                if choice["delta"].get("content"):
                    answer.text += choice["delta"]["content"]
                    answer.pieces += 1
                if choice.get("finish_reason"):
                    answer.finish_reasons.append(choice["finish_reason"])
        return answer


# Anthropic's stop reasons as the finish reasons the scenarios assert.
FINISH_REASONS = {"end_turn": "stop", "stop_sequence": "stop", "max_tokens": "length", "tool_use": "tool_calls",
                  "refusal": "content_filter"}


class AnthropicDialect:
    """Anthropic's Messages API through the official `anthropic` SDK (`messages.create`,
    `messages.stream` and `get_final_message()`). A scenario's OpenAI-shaped messages and
    parameters are sent as Anthropic's: system apart, tool calls and results as blocks, tools with
    `input_schema`, `stop` as `stop_sequences`, `user` as `metadata.user_id`. Its streams always
    carry usage (in `message_delta`, counted as the one usage event)."""

    name = "anthropic"
    tools = True
    response_format = False
    stream_usage = True
    usage_always = True

    def __init__(self, base_url: str, key: str) -> None:
        self.client = anthropic.Anthropic(base_url=base_url, api_key=key, max_retries=0)

    @staticmethod
    def request(messages: list[dict[str, Any]], params: dict[str, Any]) -> dict[str, Any]:
        """The Messages API keyword arguments for an OpenAI-shaped scenario call."""
        system = "\n\n".join(m["content"] for m in messages if m["role"] == "system")
        turns: list[dict[str, Any]] = []
        for message in messages:
            if message["role"] == "system":
                continue
            if message["role"] == "tool":
                blocks = [{"type": "tool_result", "tool_use_id": message["tool_call_id"],
                           "content": message["content"]}]
                role = "user"
            else:
                role = message["role"]
                blocks = [{"type": "text", "text": message["content"]}] if message.get("content") else []
                blocks += [{"type": "tool_use", "id": c["id"], "name": c["function"]["name"],
                            "input": json.loads(c["function"]["arguments"])} for c in message.get("tool_calls") or []]
            if turns and turns[-1]["role"] == role:
                turns[-1]["content"].extend(blocks)
            else:
                turns.append({"role": role, "content": blocks})
        kwargs: dict[str, Any] = {"messages": turns, "max_tokens": params.pop("max_tokens", 256)}
        if system:
            kwargs["system"] = system
        params.pop("stream_options", None)
        if "tools" in params:
            kwargs["tools"] = [{"name": t["function"]["name"], "description": t["function"].get("description", ""),
                                "input_schema": t["function"]["parameters"]} for t in params.pop("tools")]
        if "stop" in params:
            kwargs["stop_sequences"] = params.pop("stop")
        if "user" in params:
            kwargs["metadata"] = {"user_id": params.pop("user")}
        kwargs.update(params)
        return kwargs

    def chat(self, model: str, messages: list[dict[str, Any]], *, stream: bool = False, anonymize: bool = False,
             **params: Any) -> Answer:
        extra_body = {"anonymize": True} if anonymize else {}
        if "safe_prompt" in params:
            extra_body["safe_prompt"] = params.pop("safe_prompt")
        kwargs = self.request(messages, params)
        try:
            if not stream:
                return self._answer(self.client.messages.create(model=model, extra_body=extra_body, **kwargs))
            pieces = usage_events = 0
            with self.client.messages.stream(model=model, extra_body=extra_body, **kwargs) as events:
                for event in events:
                    if event.type == "text":
                        pieces += 1
                    elif event.type == "message_delta" and event.usage is not None:
                        usage_events += 1
                answer = self._answer(events.get_final_message())
            answer.pieces, answer.choice_less_chunks = pieces, usage_events
            return answer
        except anthropic.APIStatusError as exc:
            body = exc.body if isinstance(exc.body, dict) else {}
            message = str((body.get("error") or {}).get("message") or exc.message)
            if exc.status_code == 200:  # an error event after the first byte
                raise DialectError(0, None, message, in_band=True) from None
            field = message.split(":", 1)[0] if ":" in message else ""
            param = field if field and " " not in field else None
            raise DialectError(exc.status_code, param, message, headers=dict(exc.response.headers)) from None

    @staticmethod
    def _answer(message: anthropic.types.Message) -> Answer:
        text = "".join(block.text for block in message.content if block.type == "text")
        calls = [(b.id, b.name, json.dumps(b.input)) for b in message.content if b.type == "tool_use"]
        usage = message.usage
        return Answer(text=text, finish_reasons=[FINISH_REASONS[message.stop_reason or "end_turn"]], tool_calls=calls,
                      usage=(usage.input_tokens, usage.output_tokens, usage.input_tokens + usage.output_tokens))


class ResponsesDialect:
    """OpenAI's Responses API through the official `openai` SDK (`responses.create`,
    `responses.stream` and `get_final_response()`). A scenario's messages become `instructions`
    and input items (function_call and function_call_output items for tool calls and results),
    `max_tokens` is `max_output_tokens`, `response_format` is `text.format`; `stop` and a message's
    `name` have no place in this API and are not sent. Its streams always end with the usage (in
    `response.completed`, counted as the one usage event)."""

    name = "responses"
    tools = True
    response_format = True
    stream_usage = True
    usage_always = True

    def __init__(self, base_url: str, key: str) -> None:
        self.client = OpenAI(base_url=base_url + "/v1", api_key=key, max_retries=0)

    @staticmethod
    def request(messages: list[dict[str, Any]], params: dict[str, Any]) -> dict[str, Any]:
        """The Responses API keyword arguments for an OpenAI-shaped scenario call."""
        items: list[dict[str, Any]] = []
        for message in messages:
            if message["role"] == "tool":
                items.append({"type": "function_call_output", "call_id": message["tool_call_id"],
                              "output": message["content"]})
                continue
            if message["role"] != "system" and message.get("content"):
                items.append({"role": message["role"], "content": message["content"]})
            items += [{"type": "function_call", "call_id": c["id"], "name": c["function"]["name"],
                       "arguments": c["function"]["arguments"]} for c in message.get("tool_calls") or []]
        kwargs: dict[str, Any] = {"input": items}
        system = "\n\n".join(m["content"] for m in messages if m["role"] == "system")
        if system:
            kwargs["instructions"] = system
        for dropped in ("stream_options", "stop"):
            params.pop(dropped, None)
        if "max_tokens" in params:
            kwargs["max_output_tokens"] = params.pop("max_tokens")
        if "tools" in params:
            kwargs["tools"] = [{"type": "function", **t["function"]} for t in params.pop("tools")]
        if "response_format" in params:
            fmt = params.pop("response_format")
            schema = fmt.get("json_schema") or {}
            kwargs["text"] = {"format": {"type": fmt["type"], **schema}}
        kwargs.update(params)
        return kwargs

    def chat(self, model: str, messages: list[dict[str, Any]], *, stream: bool = False, anonymize: bool = False,
             **params: Any) -> Answer:
        extra_body = {"anonymize": True} if anonymize else {}
        if "safe_prompt" in params:
            extra_body["safe_prompt"] = params.pop("safe_prompt")
        kwargs = self.request(messages, params)
        try:
            if not stream:
                return self._answer(self.client.responses.create(model=model, extra_body=extra_body, **kwargs))
            pieces, final = 0, None
            with self.client.responses.stream(model=model, extra_body=extra_body, **kwargs) as events:
                for event in events:
                    if event.type == "response.output_text.delta":
                        pieces += 1
                    elif event.type == "error":
                        raise DialectError(0, event.param, event.message, in_band=True)
                    elif event.type in ("response.completed", "response.incomplete"):
                        final = event.response
                if final is not None and final.status == "completed":
                    final = events.get_final_response()
            assert final is not None, "a stream ends with response.completed or response.incomplete"
            answer = self._answer(final)
            answer.pieces, answer.choice_less_chunks = pieces, 1
            return answer
        except openai.APIStatusError as exc:
            body = exc.body if isinstance(exc.body, dict) else {}
            raise DialectError(exc.status_code, body.get("param"), exc.message,
                               headers=dict(exc.response.headers)) from None

    @staticmethod
    def _answer(response: Any) -> Answer:
        calls = [(item.call_id, item.name, item.arguments) for item in response.output if item.type == "function_call"]
        if response.status == "incomplete":
            finish = {"max_output_tokens": "length"}.get(response.incomplete_details.reason, "content_filter")
        else:
            finish = "tool_calls" if calls else "stop"
        usage = response.usage
        return Answer(text=response.output_text, finish_reasons=[finish], tool_calls=calls,
                      usage=(usage.input_tokens, usage.output_tokens, usage.total_tokens))


def _error(status: int, body: Any, headers: dict[str, str]) -> DialectError:
    """PeakPrivacy's error bodies: `{"error": ...}` or, for validation, `{"message", "errors"}`."""
    errors = body.get("errors") if isinstance(body, dict) else None
    param = next(iter(errors)) if errors else None
    return DialectError(status, param, json.dumps(body), headers=headers)


DIALECTS = {"openai": OpenAIDialect, "peakprivacy": PeakPrivacyDialect, "anthropic": AnthropicDialect,
            "responses": ResponsesDialect}
