#!/usr/bin/env bash
# Test of the Debian packages in a clean Debian 12 (bookworm) root.
#   packaging/test_deb.sh [DEB_DIR]          (default dist/deb; packaging/dev.sh deb makes them)
# 1. lintian on both packages: no error or warning (each override in the packages'
#    lintian-overrides says why);
# 2. mmdebstrap builds a minimal bookworm root from the package mirror ($MIRROR, default the
#    Debian mirror this machine's apt uses) and, inside it (packaging/test_deb_inside.sh):
#    apt installs the two .debs with their dependencies, the installed files, udev rules,
#    service and user are checked, every library Qt's platform plugins need is found (ldd),
#    packaging/smoke_frozen.sh runs /usr/bin/postcounter as a clerk (headless commands, a
#    scale over a pseudo-terminal, the offscreen GUI), the central server runs from
#    /etc/postcounter/central.toml, then apt purges everything and the root must be as before.
# The root is thrown away (mmdebstrap's target /dev/null). Needs root, mmdebstrap, lintian.
# Prints the sizes and times; exits 1 on any failure.
set -euo pipefail
cd "$(dirname "$0")/.."
ROOT=$(pwd)
DEB_DIR=${1:-dist/deb}
MIRROR=${MIRROR:-http://deb.debian.org/debian}
SUITE=bookworm
shopt -s nullglob
CLIENT=("$DEB_DIR"/postcounter_*_amd64.deb)
CENTRAL=("$DEB_DIR"/postcounter-central_*_amd64.deb)
if [ ${#CLIENT[@]} -ne 1 ] || [ ${#CENTRAL[@]} -ne 1 ]; then
  echo "want one postcounter_*.deb and one postcounter-central_*.deb in $DEB_DIR: run packaging/dev.sh deb" >&2
  exit 2
fi
if [ "$(id -u)" -ne 0 ]; then
  echo "packaging/test_deb.sh needs root (mmdebstrap --mode=root, chroot)" >&2
  exit 2
fi
for tool in mmdebstrap lintian; do
  command -v "$tool" >/dev/null || { echo "$tool is not installed (apt-get install $tool)" >&2; exit 2; }
done
T0=$(date +%s)
FAILED=0

STAGE=$(mktemp -d "${TMPDIR:-/tmp}/postcounter-debtest.XXXXXX")
trap 'rm -rf "$STAGE"' EXIT

echo "== lintian ${CLIENT[0]} ${CENTRAL[0]}"
start=$(date +%s)
lrc=0
lintian --fail-on error,warning --tag-display-limit 0 "${CLIENT[0]}" "${CENTRAL[0]}" \
  >"$STAGE/lintian.log" 2>&1 || lrc=$?
grep -v '^running with root privileges' "$STAGE/lintian.log" | sed 's/^/  /' || true
if [ "$lrc" -eq 0 ]; then
  LINTIAN="clean (overrides commented)"
else
  LINTIAN="FAIL (exit $lrc)"
  FAILED=1
fi
LINTIAN_S=$(( $(date +%s) - start ))

mkdir -p "$STAGE/pc-test/packaging"
cp "${CLIENT[0]}" "${CENTRAL[0]}" "$STAGE/pc-test/"
cp packaging/smoke_frozen.sh packaging/test_deb_inside.sh "$STAGE/pc-test/packaging/"

echo "== mmdebstrap $SUITE from $MIRROR, then the package test inside it"
start=$(date +%s)
# --variant=required: the packages of priority required (what every Debian system has, tzdata
# among them), nothing else. systemd is there only for
# `systemd-analyze verify` of the unit; it is in the root before the packages go in, so it
# is not counted as left behind. Everything else the packages need must come from Depends.
rc=0
mmdebstrap --mode=root --variant=required --include=systemd,ca-certificates \
  --customize-hook="copy-in $STAGE/pc-test /tmp" \
  --customize-hook='chroot "$1" bash /tmp/pc-test/packaging/test_deb_inside.sh' \
  "$SUITE" /dev/null "$MIRROR" >"$STAGE/mmdebstrap.log" 2>&1 || rc=$?
grep -v '^I: \|^W: \(cannot\|no\) ' "$STAGE/mmdebstrap.log" || true
[ "$rc" -eq 0 ] || { FAILED=1; tail -5 "$STAGE/mmdebstrap.log"; }
ROOT_S=$(( $(date +%s) - start ))

echo
echo "== Debian package test summary"
printf '  %-34s %s\n' "${CLIENT[0]##*/}" "$(du -h "${CLIENT[0]}" | cut -f1)"
printf '  %-34s %s\n' "${CENTRAL[0]##*/}" "$(du -h "${CENTRAL[0]}" | cut -f1)"
printf '  %-34s %s\n' "lintian" "$LINTIAN (${LINTIAN_S} s)"
printf '  %-34s %s\n' "clean root + install/test/purge" "$([ $rc -eq 0 ] && echo OK || echo FAIL) (${ROOT_S} s)"
printf '  %-34s %s\n' "total" "$(( $(date +%s) - T0 )) s"
if [ "$FAILED" -ne 0 ]; then
  echo "== FAILED" >&2
  exit 1
fi
echo "== all OK"
