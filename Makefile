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
WASM_ENV   = CARGO_PROFILE_RELEASE_OPT_LEVEL=$(shell $(TOOLS) build.opt-level) RUSTFLAGS="-C target-feature=$(shell $(TOOLS) build.target-features)"
BROWSER    = $(shell $(TOOLS) test.browser)

.PHONY: all setup setup-build build wasm cli serve train-ner test test-native test-wasm-node test-wasm-browser test-e2e test-size test-robustness test-model eval bench bench-sizes fuzz clean

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

test: setup
	$(MAKE) test-native
	$(MAKE) test-wasm-node
	$(MAKE) test-wasm-browser
	$(MAKE) wasm
	$(MAKE) test-size
	$(MAKE) test-robustness
	$(MAKE) test-model
	$(MAKE) test-e2e

test-native:
	cargo test --all-targets
	cargo test --doc

test-wasm-node:
	wasm-pack test --node -- --test wasm_node

test-wasm-browser:
	wasm-pack test --headless --$(BROWSER) -- --test wasm_browser

test-e2e:
	node --test tests/e2e/

# The download budget (450 KB gzip -9 of wasm + glue) of the release build in www/pkg.
test-size:
	cargo test --test wasm_size -- --ignored

# The odd-text table at full size (10 MB inputs), optimized: minutes unoptimized.
test-robustness:
	cargo test --release --test robustness -- --include-ignored

# newsmark beside compromise (+ dates) and chrono-node in Node and headless Chromium, plus the
# native core (bench/native/pipeline.rs, cargo's [[bench]] "pipeline"); report in
# bench/results/latest.md (see bench/README.md). Not part of `make test`.
bench: wasm
	node bench/make-texts.mjs
	nice cargo bench --bench pipeline  # bench/native/pipeline.rs
	nice node bench/node.mjs
	nice node bench/browser.mjs
	nice node bench/page-load.mjs
	node bench/report.mjs

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
# (src/entities/data/gum-open-train.txt); the corpora are never committed (src/bin/train_ner.rs).
train-ner:
	cargo run --release --bin train-ner -- $(NER_TRAIN)

# Accuracy on every development set in $(SHARED)/data (skipped when it is absent).
eval: cli
	@scripts/eval.sh $(SHARED)

clean:
	cargo clean
	rm -rf $(WASM_OUT)
