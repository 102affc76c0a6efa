#!/usr/bin/env bash
# Installs what a fresh machine lacks to build, serve and test newsmark; a no-op when all is
# there. Versions come from wasm-pack.toml. Called by `make serve`, `make test` and .ci/run.
#   scripts/setup.sh            everything (build + tests)
#   scripts/setup.sh build      only what building and serving the page needs
#   scripts/setup.sh python     the Python test venv (target/py): python/requirements-test.txt
#   scripts/setup.sh npm-test   the npm package's test tools (npm/test: typescript, vite, webpack)
#   scripts/setup.sh bench-py   the corpus benchmark's venv (target/bench-py): spaCy, its model, Dask
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

# A venv whose packages are those pinned in a requirements file: created when missing,
# reinstalled when the file is newer than the venv's stamp.
venv() {
  local dir=$1 reqs=$2
  if [ ! -x "$dir/bin/python" ]; then
    say "creating the Python venv $dir"
    python3 -m venv "$dir"
  fi
  if [ ! -f "$dir/.requirements" ] || [ "$reqs" -nt "$dir/.requirements" ]; then
    say "installing $reqs into $dir"
    "$dir/bin/python" -m pip install --quiet --disable-pip-version-check -r "$reqs"
    cp "$reqs" "$dir/.requirements"
  fi
}

if [ "$want" = all ] || [ "$want" = python ]; then
  venv target/py python/requirements-test.txt
fi

if [ "$want" = bench-py ]; then
  venv target/bench-py bench/corpus/requirements.txt
fi

if [ "$want" = all ] || [ "$want" = npm-test ]; then
  if [ ! -d npm/test/node_modules ] || [ npm/test/package-lock.json -nt npm/test/node_modules/.package-lock.json ]; then
    say "installing the npm package's test tools (npm/test)"
    npm ci --prefix npm/test --no-audit --no-fund --loglevel=error
  fi
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
