"""Frozen entry point of `naravard` (the command line)."""

import sys

from naravard_desktop.cli import main

if __name__ == "__main__":
    sys.exit(main())
