#!/usr/bin/env python3
"""The README's Python example, run exactly as printed there (between the
markers "<!-- python-example:begin" and "<!-- python-example:end -->"), from
the source tree's root as a user following the README would."""
import os
import re
import sys

from common import require

require(["numpy", "torch", "torchvision"])

ROOT = os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__))))


def main():
    with open(os.path.join(ROOT, "README.md"), encoding="utf-8") as f:
        text = f.read()
    m = re.search(r"<!-- python-example:begin[^\n]*\n```python\n(.*?)```\n<!-- python-example:end -->",
                  text, re.S)
    if not m:
        print("FAIL: README.md has no python-example block between its markers")
        return 1
    os.chdir(ROOT)
    exec(compile(m.group(1), "README.md:python-example", "exec"), {"__name__": "__main__"})
    print("test_readme_python: the README's Python example ran")
    return 0


if __name__ == "__main__":
    sys.exit(main())
