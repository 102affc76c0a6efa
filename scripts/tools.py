#!/usr/bin/env python3
"""Reads wasm-pack.toml for the Makefile and the setup script.

usage: tools.py KEY      e.g. `tools.py tools.wasm-pack` prints 0.15.1
       tools.py --check  exits non-zero unless Cargo.toml pins wasm-bindgen to tools.wasm-bindgen-cli
"""
import pathlib, re, sys, tomllib

ROOT = pathlib.Path(__file__).resolve().parent.parent


def config():
    with open(ROOT / "wasm-pack.toml", "rb") as f:
        return tomllib.load(f)


def get(key):
    node = config()
    for part in key.split("."):
        node = node[part]
    return node


def main():
    if sys.argv[1:] == ["--check"]:
        want = get("tools.wasm-bindgen-cli")
        cargo = (ROOT / "Cargo.toml").read_text()
        m = re.search(r'^wasm-bindgen\s*=\s*"=([^"]+)"', cargo, re.M)
        if not m or m.group(1) != want:
            sys.exit(f"Cargo.toml must pin wasm-bindgen = \"={want}\" (wasm-pack.toml tools.wasm-bindgen-cli)")
        return
    if len(sys.argv) != 2:
        sys.exit(__doc__)
    print(get(sys.argv[1]))


if __name__ == "__main__":
    main()
