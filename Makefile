# Tarnkappe — two commands set everything up on a fresh machine:
#   make run    installs everything and starts the gateway on http://127.0.0.1:8080
#   make test   installs everything and runs the whole test suite (.ci/run calls exactly this)
#   make check  ruff (lint, import order) and mypy over src/ and scripts/: seconds (.ci/run, before test)
#   make quick  the test suite without the embedded models and the browser: the minute-to-minute loop
#   make screenshots  the README's console screenshots (docs/console/) from a demo organization
#   make model  retrains the learned name detector's CRFs, committed in src/tarnkappe/privacy/data/:
#               names_crf.model from ../shared/data (GermEval 2014 dev, LER) and the synthetic dev split,
#               names_crf_forms.model from the read evaluation sets (renamed) and the same split (~5 min)

PYTHON ?= python3.11
VENV   ?= .venv
BIN    := $(VENV)/bin
STAMP  := $(VENV)/.installed

# llama.cpp is compiled from source by llama-cpp-python. Native CPU flags (the default) produced
# binaries that died with "Illegal instruction" on these machines; portable flags run everywhere.
# pip keeps the built wheel in its cache (~/.cache/pip), so only the first install pays ~15 CPU-minutes.
export CMAKE_ARGS ?= -DGGML_NATIVE=OFF
export CMAKE_BUILD_PARALLEL_LEVEL ?= $(shell nproc 2>/dev/null || echo 2)

.PHONY: install browser run test check quick bench lock model clean screenshots

install: $(STAMP)

$(STAMP): pyproject.toml requirements.lock
	$(PYTHON) -m venv $(VENV)
	$(BIN)/pip install --quiet --upgrade pip
	# The CPU build of PyTorch first, pinned: anything that asks for plain `torch` later is then
	# satisfied and never pulls the multi-GB CUDA build.
	$(BIN)/pip install --quiet torch==2.13.0
	$(BIN)/pip install --quiet -r requirements.lock
	$(BIN)/pip install --quiet --no-deps -e .
	touch $(STAMP)

run: install
	$(BIN)/tarnkappe serve

test: install browser
	$(BIN)/python -m pytest

check: install
	$(BIN)/ruff check src scripts
	$(BIN)/mypy

# The gateway under test then starts without the local models (tests/conftest.py), so nothing waits
# for llama.cpp or PyTorch to load.
quick: install
	$(BIN)/python -m pytest -q -m "not local_models and not browser"

# The console's end-to-end tests drive Debian's Chromium (never a downloaded browser). Installed
# here where we may (root with apt-get); elsewhere those tests skip and say why.
browser:
	@command -v chromium >/dev/null 2>&1 || { [ "$$(id -u)" = 0 ] && command -v apt-get >/dev/null 2>&1 && \
	  { apt-get install -y -q chromium >/dev/null 2>&1 || \
	    { apt-get update -q >/dev/null 2>&1 && apt-get install -y -q chromium >/dev/null 2>&1; }; }; } || \
	  echo "chromium is not installed: the console's browser tests will be skipped"

# The documentation's screenshots: a demo organization in a throw-away database, photographed in
# Chromium (the tests' own screenshots go to pytest's temporary directory, never here).
screenshots: install browser
	$(BIN)/python scripts/console_screenshots.py --out docs/console

# The contenders are installed on first use, pinned, into bench/.venvs/ (git-ignored): LiteLLM with pip
# from bench/requirements/litellm.txt, Portkey's gateway with `npm ci` from bench/portkey/ (needs node).
bench: install
	$(BIN)/python bench/run.py

# The learned name detector's models, prose and forms (deterministic: the same data give the same files).
model: install
	$(BIN)/python bench/privacy/train_names.py
	$(BIN)/python bench/privacy/train_names.py --forms

# Re-pin the lock from the current environment after changing dependencies in pyproject.toml:
# versions and, for each, the SHA-256 of the artifact installed here (hash-checking mode).
lock:
	$(BIN)/pip install --quiet -e '.[local,test,bench]'
	$(BIN)/pip freeze --exclude-editable | grep -v -E '^(torch|nvidia-|triton)' | \
	  $(BIN)/python scripts/lock_hashes.py > requirements.lock.new
	mv requirements.lock.new requirements.lock

clean:
	rm -rf $(VENV) .pytest_cache
