#!/usr/bin/env python3
"""Checks that the documentation points at things that exist.

For README.md, docs/*.md, bench/README.md and bench/results/history.md:
- every relative markdown link `[text](path)` resolves (anchors and URLs are skipped);
- every backticked repository path (`src/…`, `www/…`, `tests/…`, `scripts/…`, `fuzz/…`,
  `bench/…`, `docs/…`) exists; a `*` in it must match at least one file.

Paths of the target layout that the parallel restructurings have not made yet are listed in
PENDING: they are reported, not failed. Delete an entry once its path exists (the script says
which ones do). Build outputs (www/pkg/, target/) are never checked.

usage: python3 docs/check_paths.py      exit 1 if a path outside PENDING is missing
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

# Target-layout paths the restructurings of src/entities, src/dates, the rest of src/ and www/
# are making (see "Target layout" in docs/ARCHITECTURE.md). The lead adjusts this list, and the
# docs, after the merges.
PENDING = {
    "src/offsets.rs",
    "src/view.rs",
    "src/share/",
    "src/corrections/",
    "src/entities/tagger/",
    "src/entities/rules/",
    "src/entities/rules/mod.rs",
}

LINK = re.compile(r"\[[^\]]*\]\(([^)\s]+)\)")
CODE = re.compile(r"`([^`\n]+)`")


def exists(path):
    if "*" in path:
        return bool(glob.glob(os.path.join(ROOT, path)))
    return os.path.exists(os.path.join(ROOT, path))


def main():
    missing, pending_seen = [], set()
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
                    if not path.startswith(PREFIXES) or path.startswith(GENERATED):
                        continue
                    if path in PENDING:
                        if not exists(path):
                            pending_seen.add(path)
                        continue
                    if not exists(path):
                        missing.append((name, n, path, "path"))
    for path in sorted(pending_seen):
        print(f"pending (target layout, not on this branch yet): {path}")
    for path in sorted(PENDING):
        if exists(path):
            print(f"exists now, drop it from PENDING: {path}")
    for name, n, path, kind in missing:
        print(f"{name}:{n}: missing {kind}: {path}")
    print(f"checked {len(FILES)} files: {len(missing)} missing, {len(pending_seen)} pending")
    return 1 if missing else 0


if __name__ == "__main__":
    sys.exit(main())
