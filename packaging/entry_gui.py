"""Frozen entry point of `naravard-desktop` (the GUI)."""

import sys

from naravard_desktop.ui.app import main

if __name__ == "__main__":
    sys.exit(main())
