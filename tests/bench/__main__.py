"""``UV_COMPILE_BYTECODE=1 uv run python -m tests.bench [NAME …] [--scale F] [--list]``: see tests/bench/README.md."""

import sys

from tests.bench.runner import main

sys.exit(main())
