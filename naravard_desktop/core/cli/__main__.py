from naravard_desktop.core.cli import run

run()
