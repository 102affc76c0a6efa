#!/usr/bin/env bash
# Installs what a fresh machine lacks to build, serve and test newsmark; a no-op when all is
# there. Versions come from wasm-pack.toml. Called by `make serve`, `make test` and .ci/run.
#   scripts/setup.sh            everything (build + tests)
#   scripts/setup.sh build      only what building and serving the page needs
set -euo pipefail
cd "$(dirname "$0")/.."
want=${1:-all}
tool() { python3 scripts/tools.py "$1"; }
say() { echo "setup: $*" >&2; }

export PATH="$HOME/.cargo/bin:$PATH"
python3 scripts/tools.py --check

if ! rustup target list --installed 2>/dev/null | grep -qx wasm32-unknown-unknown; then
  say "adding the wasm32-unknown-unknown target"
  rustup target add wasm32-unknown-unknown
fi

wp=$(tool tools.wasm-pack)
if [ "$(wasm-pack --version 2>/dev/null | awk '{print $2}')" != "$wp" ]; then
  say "installing wasm-pack $wp (~90 s)"
  cargo install wasm-pack --version "$wp" --locked
fi

# Without --locked: its lock file wants a webpki-roots version the registry here lacks.
wb=$(tool tools.wasm-bindgen-cli)
if [ "$(wasm-bindgen --version 2>/dev/null | awk '{print $2}')" != "$wb" ]; then
  say "installing wasm-bindgen-cli $wb (~110 s)"
  cargo install wasm-bindgen-cli --version "$wb"
fi

# npm packages: binaryen (wasm-opt for release builds), playwright-core and the benchmark peers.
if [ ! -d node_modules ] || [ package-lock.json -nt node_modules/.package-lock.json ]; then
  say "installing npm packages"
  npm ci --no-audit --no-fund --loglevel=error
fi

if [ "$want" = all ]; then
  missing=()
  command -v chromium >/dev/null || missing+=(chromium)
  command -v chromedriver >/dev/null || missing+=(chromium-driver)
  if [ ${#missing[@]} -gt 0 ]; then
    say "installing ${missing[*]} from Debian (never Debian's binaryen: its wasm-opt is too old)"
    if [ "$(id -u)" = 0 ]; then sudo=; else sudo=sudo; fi
    $sudo apt-get update -qq
    DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -qq "${missing[@]}"
  fi
fi
