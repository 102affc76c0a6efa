# newsmark — every entry point. Each target installs what it lacks first (scripts/setup.sh,
# idempotent; tool versions in wasm-pack.toml).
SHELL := /bin/bash
export PATH := $(HOME)/.cargo/bin:$(CURDIR)/node_modules/.bin:$(PATH)

TOOLS      = python3 scripts/tools.py
SHARED    ?= ../shared
PORT      ?= 8080
WASM_OUT   = $(shell $(TOOLS) build.out-dir)
WASM_FLAGS = --target $(shell $(TOOLS) build.target) --out-dir $(CURDIR)/$(WASM_OUT) --out-name $(shell $(TOOLS) build.out-name)
# The wasm is built for size; the native CLI keeps Cargo.toml's speed profile.
WASM_ENV   = CARGO_PROFILE_RELEASE_OPT_LEVEL=$(shell $(TOOLS) build.opt-level) RUSTFLAGS="-C target-feature=$(shell $(TOOLS) build.target-features) $(shell $(TOOLS) build.codegen)"
BROWSER    = $(shell $(TOOLS) test.browser)

# The npm package, the Python package and its corpus recipe (issue 22; see docs/packages.md).
VERSION    = $(shell sed -n 's/^version = "\(.*\)"/\1/p' Cargo.toml | head -n 1)
TARBALL    = dist/newsmark-$(VERSION).tgz
CORE_SRC   = $(shell find src -type f) Cargo.toml Cargo.lock build.rs
WASM_FILE  = $(WASM_OUT)/$(shell $(TOOLS) build.out-name)_bg.wasm
NPM_SRC    = npm/index.js npm/node.js npm/index.d.ts npm/README.md npm/package.json npm/build.mjs
PY         = target/py/bin/python
PY_SRC     = $(shell find python/src python/newsmark -type f -not -path '*/__pycache__/*') python/Cargo.toml python/Cargo.lock python/pyproject.toml python/README.md
PY_STAMP   = target/py/.newsmark-installed

.PHONY: all setup setup-build build wasm cli serve extension train-ner test test-docs test-native test-wasm-node test-wasm-browser test-e2e test-extension test-size test-robustness test-model eval bench bench-sizes bench-corpus fuzz clean package python test-npm test-python

all: build

setup:
	@scripts/setup.sh all

setup-build:
	@scripts/setup.sh build

build: wasm cli

wasm: setup-build
	$(WASM_ENV) wasm-pack build --release $(WASM_FLAGS)

cli:
	cargo build --release --bin annotate

serve: wasm
	python3 scripts/serve.py --port $(PORT)

# The browser extension (extension/README.md): dist/extension (what ships) and
# dist/extension-test (the same plus a host permission for 127.0.0.1, for the tests).
extension: wasm
	node extension/build.mjs

test: setup
	$(MAKE) test-docs
	$(MAKE) test-native
	$(MAKE) test-wasm-node
	$(MAKE) test-wasm-browser
	$(MAKE) wasm
	$(MAKE) test-size
	$(MAKE) test-robustness
	$(MAKE) test-model
	$(MAKE) test-e2e
	$(MAKE) test-extension
	$(MAKE) test-npm
	$(MAKE) test-python

# Every path and link the README and docs/ cite exists.
test-docs:
	python3 docs/check_paths.py

# ---- Packages (docs/packages.md) ----

# The npm package: dist/newsmark-<version>.tgz (npm pack of npm/ and the release wasm build).
package: wasm
	node npm/build.mjs

$(WASM_FILE): $(CORE_SRC)
	$(MAKE) wasm

$(TARBALL): $(WASM_FILE) $(NPM_SRC)
	node npm/build.mjs

# The packed tarball installed into a temporary project: Node (equal to the CLI on the example
# article), tsc --strict on the types (an example, a wrong field that must fail, real results of
# every function, drifted results that must fail), Vite and webpack builds and plain ES modules
# in headless Chromium, each on the main thread and in a module worker.
test-npm: $(TARBALL) cli
	@scripts/setup.sh npm-test
	NEWSMARK_TARBALL=$(TARBALL) NEWSMARK_ANNOTATE=target/release/annotate node --test npm/test/package.test.mjs

# The Python package, installed as a user would (pip install ./python) into target/py; rebuilt
# only when the core or python/ changed.
python: $(PY_STAMP)

$(PY_STAMP): $(CORE_SRC) $(PY_SRC)
	@scripts/setup.sh python
	nice $(PY) -m pip install --quiet --disable-pip-version-check ./python
	touch $@

# pytest: the Python result equals the CLI's on the example article, annotate_many, errors,
# offsets, types (mypy --strict, a wrong field must fail), and newsmark.corpus on a local Dask
# cluster of 2 workers.
test-python: python cli
	NEWSMARK_ANNOTATE=target/release/annotate $(PY) -m pytest -q -p no:cacheprovider python/tests

test-native:
	cargo test --all-targets
	cargo test --doc

# With the release's target features (SIMD): the wasm's own code paths (the tagger's weight
# table, Viterbi) are what the tests run.
WASM_TEST_ENV = RUSTFLAGS="-C target-feature=$(shell $(TOOLS) build.target-features)"

test-wasm-node:
	$(WASM_TEST_ENV) wasm-pack test --node -- --test wasm_node

test-wasm-browser:
	$(WASM_TEST_ENV) wasm-pack test --headless --$(BROWSER) -- --test wasm_browser

test-e2e:
	node --test tests/e2e/

# The extension: its manifests and messages, and end to end in Chromium (~15 s). Built from the
# www/pkg there is (make test has just made it; alone, it is made first if missing).
test-extension:
	@test -f www/pkg/newsmark_bg.wasm || $(MAKE) wasm
	node extension/build.mjs
	node --test tests/extension/

# The download budget (450 KB gzip -9 of wasm + glue) of the release build in www/pkg.
test-size:
	cargo test --test wasm_size -- --ignored

# The odd-text table at full size (10 MB inputs), optimized: minutes unoptimized.
test-robustness:
	cargo test --release --test robustness -- --include-ignored

# newsmark beside compromise (+ dates) and chrono-node in Node and headless Chromium, plus the
# native core (bench/native/pipeline.rs, cargo's [[bench]] "pipeline"); report in
# bench/results/latest.md (see bench/README.md). Not part of `make test`.
# `make bench BEFORE=REV` (e.g. BEFORE=main) also builds REV (bench/before.sh) and runs it beside
# this build, interleaved in the same processes: before/after ratios per suite.
BENCH_BEFORE_ENV = $(if $(BEFORE),BEFORE=1 BENCH_BEFORE=$(CURDIR)/target/bench/before/pipeline)
bench: wasm
	node bench/make-texts.mjs
	$(if $(BEFORE),bench/before.sh $(BEFORE))
	$(BENCH_BEFORE_ENV) cargo bench --bench pipeline  # bench/native/pipeline.rs
	$(BENCH_BEFORE_ENV) node bench/node.mjs
	$(BENCH_BEFORE_ENV) node bench/browser.mjs
	node bench/wasm-stages.mjs
	node bench/page-load.mjs
	node bench/report.mjs

# Documents per second annotating real news articles ($(SHARED)/data, read at run time) into
# Parquet with newsmark.corpus on a local Dask cluster of 1 and 2 workers, beside spaCy's
# nlp.pipe(n_process=2) with en_core_web_sm on the same documents; report in
# bench/results/corpus.md. Not part of `make test`; needs $(SHARED)/data.
bench-corpus: cli
	@scripts/setup.sh bench-py
	nice target/bench-py/bin/python -m pip install --quiet --disable-pip-version-check ./python
	nice target/bench-py/bin/python bench/corpus/run.py --shared $(SHARED) --out bench/results/corpus.md

# Size experiments: real LTO builds at opt-level z, 2 and 3, each probed for speed in Node
# (bench/sizes.sh → target/bench/sizes.json; the next bench/report.mjs adds them to its report).
bench-sizes: setup-build
	bench/sizes.sh

# cargo-fuzz targets, FUZZ_SECONDS (default 600) each, one at a time (fuzz/run.sh).
fuzz:
	fuzz/run.sh

# The committed entity model is what `make train-ner` makes from today's code: retrain and
# compare bytes (skipped without $(SHARED)/data; about 15 s). A change to tokens, sentences,
# features or the gazetteer changes training, and the model must then be retrained and committed
# with it.
NER_DATA = $(SHARED)/data/conll-train.iob $(SHARED)/data/conll-dev.iob $(SHARED)/data/gum-open.jsonl
NER_TRAIN = $(NER_DATA) --ids src/entities/data/gum-open-train.txt
test-model:
	@if [ -f $(SHARED)/data/conll-train.iob ] && [ -f $(SHARED)/data/conll-dev.iob ] && [ -f $(SHARED)/data/gum-open.jsonl ]; then \
	  cargo run --release --bin train-ner -- $(NER_TRAIN) --out target/ner-check.bin 2>/dev/null && \
	  if cmp -s target/ner-check.bin src/entities/data/ner.bin; then echo "test-model: make train-ner reproduces src/entities/data/ner.bin"; \
	  else echo "test-model: make train-ner no longer reproduces src/entities/data/ner.bin: run it and commit the model" >&2; exit 1; fi; \
	else echo "test-model: skipped, no CoNLL or GUM data at $(SHARED)/data"; fi

# The committed entity model, from CoNLL-2003 train + dev and the training half of gum-open
# (src/entities/data/gum-open-train.txt); the corpora are never committed (src/bin/train_ner/).
train-ner:
	cargo run --release --bin train-ner -- $(NER_TRAIN)

# Accuracy on every development set in $(SHARED)/data (skipped when it is absent).
eval: cli
	@scripts/eval.sh $(SHARED)

clean:
	cargo clean
	rm -rf $(WASM_OUT) dist python/target
