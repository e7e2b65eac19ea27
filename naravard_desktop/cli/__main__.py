from naravard_desktop.cli import run

run()
