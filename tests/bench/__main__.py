"""``UV_COMPILE_BYTECODE=1 uv run python -m tests.bench [NAME …] [--scale F] [--list]``: see tests/bench/README.md."""

import os
import sys

from tests.bench.runner import main

code = main()
sys.stdout.flush()
sys.stderr.flush()
# As the app does (rehabdesk.app): skip the interpreter's final collection, where tearing down the PySide6 objects
# the GUI benchmarks leave behind can abort the process after every figure has been printed.
os._exit(code)
