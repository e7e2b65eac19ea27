"""Frozen entry point of `naravard-desktop` (the GUI)."""

from naravard_desktop.ui.app import run

if __name__ == "__main__":
    run()
