#!/usr/bin/env bash
# PostCounter developer entry point: sets everything up, then runs the app or the tests.
#   packaging/dev.sh run [ARGS...]   set up, then start the counter app (python main.py ARGS)
#   packaging/dev.sh test [ARGS...]  set up, then run ruff and the whole test suite (pytest ARGS)
#   packaging/dev.sh build           set up (plus PyInstaller), freeze the client into
#                                    dist/postcounter/ and smoke-test the frozen binary
#   packaging/dev.sh deb [--no-freeze] [--compress gzip]
#                                    build, then the .debs postcounter and postcounter-central
#                                    into dist/deb/ (--no-freeze: reuse dist/postcounter)
#   packaging/dev.sh test-deb        lintian + install/smoke/purge of dist/deb/*.deb in a clean
#                                    Debian 12 root (packaging/test_deb.sh; needs root)
# Set-up is idempotent and quick when nothing changed: Debian packages are installed only
# when missing, the virtual environment is refreshed only when pyproject.toml changed.
set -euo pipefail
cd "$(dirname "$0")/.."
ROOT=$(pwd)
VENV="$ROOT/.venv"
PY=${PYTHON:-python3}

DEBS=(python3-venv python3-pip
      # Qt's runtime libraries (offscreen and xcb platforms), fonts
      libegl1 libgl1 libopengl0 libglib2.0-0 libfontconfig1 libfreetype6 libdbus-1-3 libxkbcommon0
      libxkbcommon-x11-0 libxcb-cursor0 libxcb-icccm4 libxcb-keysyms1 libxcb-image0 libxcb-randr0
      libxcb-render-util0 libxcb-shape0 libxcb-xinerama0 libxcb-xkb1 libx11-xcb1 fonts-dejavu-core
      # Devanagari for the Hindi interface
      fonts-noto-core
      # documents: PDF to PNG for barcode-decoding tests
      poppler-utils
      # tests/integration/test_build_deb.py: RUNPATH clean-up of the .deb build
      patchelf binutils
      # central's operations page is tested in a real browser (Playwright drives Debian's chromium)
      chromium
      # printing: documents go to CUPS queues as PDF (lp); tests run a private scheduler
      cups cups-client)

# Tools of `deb` (patchelf, objdump, dpkg-deb) and `test-deb` (mmdebstrap, lintian).
DEB_TOOLS=(patchelf binutils dpkg mmdebstrap lintian)

install_debs() {  # install_debs [PACKAGE...]: default the DEBS above
  command -v dpkg-query >/dev/null || return 0
  local missing=() wanted=("${DEBS[@]}")
  [ $# -gt 0 ] && wanted=("$@")
  for p in "${wanted[@]}"; do
    dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed" || missing+=("$p")
  done
  [ ${#missing[@]} -eq 0 ] && return 0
  local SUDO=""
  [ "$(id -u)" -ne 0 ] && SUDO="sudo"
  echo "== installing Debian packages: ${missing[*]}"
  $SUDO apt-get update -qq
  DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null
}

setup_venv() {
  local stamp="$VENV/.pyproject.sha256"
  local want
  want=$(sha256sum pyproject.toml | cut -d' ' -f1)
  if [ ! -x "$VENV/bin/python" ]; then
    echo "== creating $VENV"
    "$PY" -m venv "$VENV"
  fi
  if [ ! -f "$stamp" ] || [ "$(cat "$stamp")" != "$want" ]; then
    echo "== installing Python packages"
    "$VENV/bin/python" -m pip install -q --upgrade pip
    "$VENV/bin/python" -m pip install -q -e ".[test]"
    echo "$want" > "$stamp"
  fi
}

# PyInstaller only for `build`: the optional extra `build`, with its own stamp, so `run` and
# `test` never install it and a pyproject change refreshes it on the next build.
setup_build_tools() {
  local stamp="$VENV/.pyproject-build.sha256"
  local want
  want=$(sha256sum pyproject.toml | cut -d' ' -f1)
  if [ ! -f "$stamp" ] || [ "$(cat "$stamp")" != "$want" ] || [ ! -x "$VENV/bin/pyinstaller" ]; then
    echo "== installing PyInstaller (extra 'build')"
    "$VENV/bin/python" -m pip install -q -e ".[test,build]"
    echo "$want" > "$stamp"
  fi
}

freeze() {  # PyInstaller: dist/postcounter/ from packaging/postcounter.spec
  setup_build_tools
  echo "== pyinstaller packaging/postcounter.spec"
  rm -rf build/postcounter dist/postcounter
  local start
  start=$(date +%s)
  "$VENV/bin/pyinstaller" --noconfirm --log-level WARN \
    --workpath build --distpath dist packaging/postcounter.spec
  BUILD_SECONDS=$(( $(date +%s) - start ))
  export BUILD_SECONDS
}

cmd=${1:-run}
shift || true
install_debs
setup_venv
case "$cmd" in
  run)
    exec "$VENV/bin/python" main.py "$@"
    ;;
  test)
    export QT_QPA_PLATFORM=offscreen
    echo "== ruff"
    "$VENV/bin/ruff" check .
    "$VENV/bin/ruff" format --check .
    echo "== pytest"
    exec "$VENV/bin/python" -m pytest "$@"
    ;;
  build)
    freeze
    exec bash packaging/smoke_frozen.sh dist/postcounter/postcounter
    ;;
  deb)
    install_debs "${DEB_TOOLS[@]}"
    if [ "${1:-}" = --no-freeze ]; then
      shift
    else
      freeze
      bash packaging/smoke_frozen.sh dist/postcounter/postcounter
    fi
    echo "== packaging/build_deb.py"
    exec "$VENV/bin/python" packaging/build_deb.py --out dist/deb "$@"
    ;;
  test-deb)
    install_debs "${DEB_TOOLS[@]}"
    exec bash packaging/test_deb.sh "$@"
    ;;
  bench)
    export QT_QPA_PLATFORM=offscreen
    exec "$VENV/bin/python" tests/benchmarks/run_all.py "$@"
    ;;
  *)
    echo "usage: packaging/dev.sh run|test|bench|build|deb|test-deb [ARGS...]" >&2
    exit 2
    ;;
esac
