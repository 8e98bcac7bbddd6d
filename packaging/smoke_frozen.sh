#!/usr/bin/env bash
# Headless smoke test of the frozen PostCounter (packaging/postcounter.spec).
#   packaging/smoke_frozen.sh [dist/postcounter/postcounter]
# Runs the binary in a throw-away HOME / POSTCOUNTER_HOME, from a folder outside the checkout
# (so nothing can come from the source tree): the bundle's data files, S10 checks, a new
# database migrated by the bundled Alembic scripts, demo data, documents, settings, a scale
# read over a pseudo-terminal, and the GUI under QT_QPA_PLATFORM=offscreen for a few seconds.
# Prints a table (bundle size, build time from $BUILD_SECONDS when dev.sh build set it, each
# check OK/FAIL) and exits 1 when any check failed.
set -euo pipefail
cd "$(dirname "$0")/.."
BIN=${1:-dist/postcounter/postcounter}
if [ ! -x "$BIN" ]; then
  echo "no frozen binary at $BIN: run packaging/dev.sh build first" >&2
  exit 2
fi
BIN=$(realpath "$BIN")
BUNDLE=$(dirname "$BIN")
INTERNAL="$BUNDLE/_internal"
PY=${PYTHON:-python3}  # the system Python, only to read the test database with sqlite3
GUI_SECONDS=${GUI_SECONDS:-6}

WORK=$(mktemp -d "${TMPDIR:-/tmp}/postcounter-smoke.XXXXXX")
BG_PIDS=()
cleanup() {
  local pid
  for pid in "${BG_PIDS[@]}"; do
    kill "$pid" 2>/dev/null || true
  done
  rm -rf "$WORK"
}
trap cleanup EXIT
mkdir -p "$WORK/home" "$WORK/data" "$WORK/out"
export HOME="$WORK/home" POSTCOUNTER_HOME="$WORK/data"
unset POSTCOUNTER_LANG PYTHONPATH PYTHONHOME
DB="$WORK/smoke.db"
OUT="$WORK/out"
cd "$WORK"

NAMES=()
RESULTS=()
FAILED=0
LOG="$WORK/last.log"

record() {  # record NAME OK|FAIL [why]
  NAMES+=("$1")
  RESULTS+=("$2")
  if [ "$2" = OK ]; then
    printf '  %-28s OK\n' "$1"
  else
    FAILED=1
    printf '  %-28s FAIL %s\n' "$1" "${3:-}"
    sed 's/^/      | /' "$LOG" | tail -40
  fi
}

# expect NAME RC [--grep TEXT] -- COMMAND...: the command exits with RC, prints no Python
# traceback and (with --grep) prints TEXT.
expect() {
  local name=$1 want=$2 text="" rc=0
  shift 2
  if [ "$1" = --grep ]; then
    text=$2
    shift 2
  fi
  [ "$1" = -- ] && shift
  "$@" >"$LOG" 2>&1 </dev/null || rc=$?
  if [ "$rc" -ne "$want" ]; then
    record "$name" FAIL "(exit $rc, wanted $want)"
  elif grep -q "Traceback (most recent call last)" "$LOG"; then
    record "$name" FAIL "(Python traceback)"
  elif [ -n "$text" ] && ! grep -qF -- "$text" "$LOG"; then
    record "$name" FAIL "(no '$text' in the output)"
  else
    record "$name" OK
  fi
}

is_pdf() {  # is_pdf NAME FILE: after a document command, the file is a PDF
  if [ "$(head -c 5 "$2" 2>/dev/null)" = "%PDF-" ]; then
    record "$1" OK
  else
    echo "$2 is missing or not a PDF" >"$LOG"
    record "$1" FAIL "($2)"
  fi
}

echo "== smoke test of $BIN (work folder $WORK)"

# 1. What the spec must bundle as data (the failures here explain the ones below).
: >"$LOG"
missing=0
for f in resources/rules/products.json resources/rules/tariffs.json \
  resources/translations/postcounter_ru.qm resources/translations/postcounter_hi.qm \
  resources/fonts/DejaVuSans.ttf resources/fonts/DejaVuSansCondensed-Bold.ttf \
  app/store/migrations/env.py app/store/migrations/versions/0001_initial_schema.py \
  pycountry/locales/ru/LC_MESSAGES/iso3166-1.mo pypdfium2_raw/libpdfium.so \
  PySide6/Qt/plugins/platforms/libqxcb.so PySide6/Qt/plugins/platforms/libqoffscreen.so \
  PySide6/Qt/translations/qtbase_ru.qm; do
  [ -e "$INTERNAL/$f" ] || {
    echo "missing: _internal/$f" >>"$LOG"
    missing=1
  }
done
# ... and what it must leave out (server-only and test-only packages)
for d in fastapi uvicorn pydantic_core psycopg_binary.libs psycopg_binary zxingcpp; do
  [ ! -e "$INTERNAL/$d" ] || {
    echo "should not be bundled: _internal/$d" >>"$LOG"
    missing=1
  }
done
if [ "$missing" -eq 0 ]; then record "bundle contents" OK; else record "bundle contents" FAIL; fi

# 2. Headless commands (--help imports every module of app.cli.COMMAND_MODULES)
expect "--help" 0 --grep "demo-data" -- "$BIN" --help
expect "s10 check valid" 0 --grep "valid" -- "$BIN" s10 check AA473124829GB
expect "s10 check invalid (exit 1)" 1 --grep "should be 9" -- "$BIN" s10 check AA473124828GB
expect "demo-data" 0 --grep "accepted 3 consignments" -- \
  "$BIN" --db "$DB" demo-data --days 1 --per-day 3
expect "db check (migrated)" 0 --grep "integrity:  ok" -- "$BIN" --db "$DB" db check

# an S10 and business day that demo-data made, read straight from the database
S10_SQL="SELECT p.s10, a.business_day FROM pieces p JOIN acceptances a ON a.id = p.acceptance_id ORDER BY p.id LIMIT 1"
S10=""
DAY=""
if [ -f "$DB" ]; then
  read -r S10 DAY < <("$PY" -c 'import sqlite3, sys
row = sqlite3.connect(sys.argv[1]).execute(sys.argv[2]).fetchone()
print(*(row or ("", "")))' "$DB" "$S10_SQL" 2>"$LOG") || true
fi
if [ -n "$S10" ]; then
  expect "label $S10" 0 -- "$BIN" --db "$DB" label "$S10" --out "$OUT/label.pdf"
  is_pdf "label is a PDF" "$OUT/label.pdf"
  expect "cn23 + receipt" 0 -- bash -c '"$1" --db "$2" cn23 "$3" --out "$4/cn23.pdf" &&
    "$1" --db "$2" receipt "$3" --out "$4/receipt.pdf"' _ "$BIN" "$DB" "$S10" "$OUT"
  is_pdf "receipt is a PDF" "$OUT/receipt.pdf"
  expect "manifest --csv" 0 --grep "CSV written" -- \
    "$BIN" --db "$DB" manifest --date "$DAY" --provisional --out "$OUT/manifest.pdf" \
    --csv "$OUT/manifest.csv"
  if grep -qF "$S10" "$OUT/manifest.csv" 2>/dev/null; then
    record "manifest lists $S10" OK
  else
    echo "$S10 not in $OUT/manifest.csv" >"$LOG"
    record "manifest lists the S10" FAIL
  fi
else
  echo "no piece found in $DB" >"$LOG"
  record "label (S10 from demo-data)" FAIL
fi

expect "settings list" 0 --grep "scale.protocol" -- "$BIN" settings list

# 3. A scale protocol end to end: the simulator on a pseudo-terminal, then one reading
"$BIN" scale simulate --protocol mt-sics --kg 85 >"$WORK/sim.log" 2>&1 </dev/null &
BG_PIDS+=($!)
PORT=""
for _ in $(seq 50); do
  PORT=$(grep -o '/dev/pts/[0-9]*' "$WORK/sim.log" | head -1) || true
  [ -n "$PORT" ] && break
  sleep 0.1
done
if [ -n "$PORT" ]; then
  expect "scale read (mt-sics, pty)" 0 --grep '"grams": 85000' -- \
    "$BIN" scale read --port "$PORT" --protocol mt-sics --timeout 5
else
  cp "$WORK/sim.log" "$LOG"
  record "scale read (mt-sics, pty)" FAIL "(simulator printed no port)"
fi
kill "${BG_PIDS[-1]}" 2>/dev/null || true

# 4. The GUI: the log-in dialog waits for a clerk, so the process must still be running
QT_QPA_PLATFORM=offscreen "$BIN" --db "$DB" >"$WORK/gui.log" 2>&1 </dev/null &
GUI=$!
BG_PIDS+=("$GUI")
sleep "$GUI_SECONDS"
cp "$WORK/gui.log" "$LOG"
if ! kill -0 "$GUI" 2>/dev/null; then
  rc=0
  wait "$GUI" || rc=$?
  record "GUI (offscreen, ${GUI_SECONDS}s)" FAIL "(exited early with $rc)"
elif grep -q "Traceback (most recent call last)" "$LOG"; then
  record "GUI (offscreen, ${GUI_SECONDS}s)" FAIL "(Python traceback)"
else
  record "GUI (offscreen, ${GUI_SECONDS}s)" OK
fi
kill "$GUI" 2>/dev/null || true
wait "$GUI" 2>/dev/null || true

# 5. Summary
SIZE=$(du -sh "$BUNDLE" | cut -f1)
echo
echo "== frozen build summary"
printf '  %-28s %s\n' "bundle (du -sh)" "$SIZE  $BUNDLE"
if [ -n "${BUILD_SECONDS:-}" ]; then BUILT="$BUILD_SECONDS s"; else BUILT="n/a (not built by dev.sh build)"; fi
printf '  %-28s %s\n' "build time" "$BUILT"
for i in "${!NAMES[@]}"; do
  printf '  %-28s %s\n' "${NAMES[$i]}" "${RESULTS[$i]}"
done
if [ "$FAILED" -ne 0 ]; then
  echo "== FAILED" >&2
  exit 1
fi
echo "== all ${#NAMES[@]} checks OK"
