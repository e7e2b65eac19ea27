#!/usr/bin/env bash
# Build the one-folder Linux app: dist/naravard-desktop/{naravard-desktop,naravard,_internal/}.
#
#   packaging/build.sh [--dist DIR] [--work DIR]
#
# Python: with PYTHON=/path/to/python the script uses that interpreter, which must have
# the app's dependencies and PyInstaller (e.g. a venv with `pip install -e '.[test]'`).
# Without it, the script makes its own venv in packaging/.venv (first run downloads the
# dependencies from PyPI) and installs the project and PyInstaller there.
# Needs Python >= 3.11 and, to run the app, the Qt system libraries listed in README.md.
set -euo pipefail
ROOT="$(cd "$(dirname "$0")/.." && pwd)"
DIST="$ROOT/packaging/dist"
WORK="$ROOT/packaging/build"
while [ $# -gt 0 ]; do
  case "$1" in
    --dist) DIST="$2"; shift 2 ;;
    --work) WORK="$2"; shift 2 ;;
    -h|--help) sed -n '2,10p' "$0"; exit 0 ;;
    *) echo "build.sh: unknown option $1 (see --help)" >&2; exit 2 ;;
  esac
done

# PyInstaller writes the app into the Linux executables with objcopy (binutils).
if ! command -v objcopy >/dev/null; then
  if [ "$(id -u)" = 0 ] && command -v apt-get >/dev/null; then
    apt-get update -qq && apt-get install -y -qq binutils >/dev/null
  else
    echo "build.sh: objcopy is missing; install binutils (Debian/Ubuntu: sudo apt-get install binutils)" >&2
    exit 2
  fi
fi

if [ -z "${PYTHON:-}" ]; then
  VENV="$ROOT/packaging/.venv"
  if [ ! -x "$VENV/bin/python" ]; then
    python3 -m venv "$VENV"
    "$VENV/bin/python" -m pip install --quiet --upgrade pip
  fi
  "$VENV/bin/python" -m pip install --quiet "$ROOT" "pyinstaller>=6.10,<7"
  PYTHON="$VENV/bin/python"
fi
"$PYTHON" -c "import PyInstaller" 2>/dev/null || { echo "build.sh: PyInstaller is not installed for $PYTHON (pip install pyinstaller)" >&2; exit 2; }

start=$(date +%s)
cd "$ROOT"
"$PYTHON" -m PyInstaller --noconfirm --clean --log-level WARN \
  --distpath "$DIST" --workpath "$WORK" packaging/naravard.spec
APP="$DIST/naravard-desktop"
install -m 644 packaging/linux/naravard-desktop.desktop "$APP/naravard-desktop.desktop"
install -m 644 resources/icons/naravard.png "$APP/naravard-desktop.png"
end=$(date +%s)

echo "built $APP in $((end - start)) s, $(du -sh "$APP" | cut -f1)"
