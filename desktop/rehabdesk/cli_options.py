"""What the headless commands of the station (`rehabdesk`) and the county (`rehabdesk-county`) share before any
translation is loaded: their common options and reading the password. No Qt here: a parser is built before it."""

from __future__ import annotations

import argparse
import getpass
import sys
from pathlib import Path

EXIT_OK = 0
EXIT_FAULTS = 1
EXIT_ERROR = 2


def add_common_options(parser: argparse.ArgumentParser, *, suppress: bool, folder_help: str) -> None:
    """Accepted before and after the subcommand (`rehabdesk demo --data-dir DIR`). After it, the defaults are
    suppressed, so that an option given before the subcommand is not reset by the subcommand's parser."""
    default = {"default": argparse.SUPPRESS} if suppress else {}
    parser.add_argument("--data-dir", type=Path, help=folder_help, **default)
    parser.add_argument("--lang", choices=("zh_CN", "en"), help="language (default Chinese)", **default)
    parser.add_argument("--user", help="account name for headless commands", **default)
    parser.add_argument(
        "--password-stdin", action="store_true", help="read the password from standard input", **default
    )


def read_secret(args: argparse.Namespace, prompt: str) -> str:
    if args.password_stdin:
        return sys.stdin.readline().rstrip("\r\n")
    return getpass.getpass(prompt)
