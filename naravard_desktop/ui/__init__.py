"""PySide6 widgets, thin over naravard_desktop.core."""
