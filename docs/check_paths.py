#!/usr/bin/env python3
"""Checks that the documentation points at things that exist.

For README.md, docs/*.md, bench/README.md and bench/results/history.md:
- every relative markdown link `[text](path)` resolves (anchors and URLs are skipped);
- every backticked repository path (`src/…`, `www/…`, `tests/…`, `scripts/…`, `fuzz/…`,
  `bench/…`, `docs/…`) exists; a `*` in it must match at least one file.

Build outputs (www/pkg/, target/) are never checked. Part of `make test` (test-docs).

usage: python3 docs/check_paths.py      exit 1 if a cited path is missing
"""
import glob
import os
import re
import sys

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
FILES = ["README.md", "bench/README.md", "bench/results/history.md"] + sorted(
    os.path.relpath(p, ROOT) for p in glob.glob(os.path.join(ROOT, "docs", "*.md"))
)
PREFIXES = ("src/", "www/", "tests/", "scripts/", "fuzz/", "bench/", "docs/")
GENERATED = ("www/pkg/", "target/", "fuzz/target/", "fuzz/artifacts/")

LINK = re.compile(r"\[[^\]]*\]\(([^)\s]+)\)")
CODE = re.compile(r"`([^`\n]+)`")


def exists(path):
    if "*" in path:
        return bool(glob.glob(os.path.join(ROOT, path)))
    return os.path.exists(os.path.join(ROOT, path))


def main():
    missing = []
    for name in FILES:
        with open(os.path.join(ROOT, name), encoding="utf-8") as f:
            text = f.read()
        base = os.path.dirname(name)
        in_fence = False
        for n, line in enumerate(text.splitlines(), 1):
            if line.lstrip().startswith("```"):
                in_fence = not in_fence
                continue
            if in_fence:
                continue
            for target in LINK.findall(line):
                if re.match(r"^[a-z]+:", target) or target.startswith("#"):
                    continue
                path = os.path.normpath(os.path.join(base, target.split("#")[0]))
                if not os.path.exists(os.path.join(ROOT, path)):
                    missing.append((name, n, path, "link"))
            for code in CODE.findall(line):
                for word in code.split():
                    path = word.rstrip(".,;:)")
                    if not path.startswith(PREFIXES) or (path.rstrip("/") + "/").startswith(GENERATED):
                        continue
                    if not exists(path):
                        missing.append((name, n, path, "path"))
    for name, n, path, kind in missing:
        print(f"{name}:{n}: missing {kind}: {path}")
    print(f"docs: checked the paths cited in {len(FILES)} files: {len(missing)} missing")
    return 1 if missing else 0


if __name__ == "__main__":
    sys.exit(main())
