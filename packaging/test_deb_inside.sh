#!/usr/bin/env bash
# Runs INSIDE the clean Debian root that packaging/test_deb.sh builds (as mmdebstrap's
# customize hook, chrooted, as root). /tmp/pc-test holds the two .debs and packaging/.
# 1. snapshot of the root; 2. apt installs the packages (dependencies from the mirror);
# 3. checks of what they installed, the libraries the Qt platform plugins need (ldd), the
# frozen smoke test as a clerk (headless commands, a scale over a pty, the offscreen GUI),
# the central server started from its configuration file; 4. apt purges them with the
# dependencies they pulled in; 5. the root must be as it was (paths, modes, owners, users).
set -euo pipefail
T=/tmp/pc-test
export DEBIAN_FRONTEND=noninteractive LC_ALL=C.UTF-8
FAILED=0
NAMES=()
RESULTS=()
record() {  # record NAME OK|FAIL [detail]
  NAMES+=("$1")
  RESULTS+=("$2${3:+ $3}")
  printf '  %-34s %s\n' "$1" "$2${3:+ $3}"
  [ "$2" = OK ] || FAILED=1
}
check() {  # check NAME COMMAND...: OK when the command succeeds
  local name=$1
  shift
  if "$@" >"$T/check.log" 2>&1; then record "$name" OK; else
    record "$name" FAIL
    sed 's/^/      | /' "$T/check.log" | tail -30
  fi
}

# What must be the same before installation and after purge. Left out: the package
# manager's own state and logs, caches, and the files the test itself writes.
snapshot() {
  find / -xdev \( -path /proc -o -path /sys -o -path /dev -o -path /run -o -path /tmp \
    -o -path /var/log -o -path /var/cache -o -path /var/lib/apt -o -path /var/lib/dpkg \
    -o -path /etc/ld.so.cache -o -name '*-' -o -path /var/lib/systemd/catalog \) -prune \
    -o -printf '%p %M %u %g\n' | LC_ALL=C sort
  getent passwd
  getent group
}

# mmdebstrap 1.3 mounts the root's devpts with uid=5 (meant: gid=5): every new pseudo-
# terminal would belong to uid 5 and the clerk could not open the scale simulator's (a
# remount keeps uid=5). A devpts instance of our own on top gives the usual owner:tty 0620;
# /dev/ptmx follows the pts folder next to it. Unmounted on exit for mmdebstrap's clean-up.
if grep -q ' /dev/pts devpts .*uid=5' /proc/mounts; then
  mount -t devpts -o newinstance,gid=5,mode=620,ptmxmode=666 devpts /dev/pts
  trap 'umount /dev/pts || true' EXIT
fi

# A clerk's account, as an administrator would set one up (before the snapshot: it is
# the site's, not the package's).
useradd --create-home --shell /bin/bash clerk
snapshot >"$T/before.txt"

echo "== apt-get install postcounter postcounter-central"
start=$(date +%s)
if apt-get install -y -q --no-install-recommends "$T"/postcounter_*.deb "$T"/postcounter-central_*.deb \
  >"$T/install.log" 2>&1; then
  record "apt install (deps resolved)" OK "($(( $(date +%s) - start )) s)"
else
  record "apt install (deps resolved)" FAIL
  tail -30 "$T/install.log"
  exit 1
fi
grep -A7 '^PostCounter: USB-serial' "$T/install.log" | sed 's/^/  postinst| /'
PULLED=$(grep -c '^Setting up ' "$T/install.log" || true)
record "packages set up by apt" OK "($PULLED)"
record "installed size" OK "($(du -sh /opt/postcounter | cut -f1) client, $(du -sh /opt/postcounter-central | cut -f1) central)"

# -- what the packages installed
check "files in place" test -L /usr/bin/postcounter -a -x /opt/postcounter/postcounter \
  -a -f /usr/share/applications/postcounter.desktop \
  -a -f /usr/share/icons/hicolor/scalable/apps/postcounter.svg \
  -a -f /lib/udev/rules.d/70-postcounter-serial.rules \
  -a -f /usr/share/man/man1/postcounter.1.gz -a -x /usr/bin/postcounter-central \
  -a -f /lib/systemd/system/postcounter-central.service
check "udev rules: uaccess, MM ignore" grep -q 'ENV{ID_MM_DEVICE_IGNORE}="1", TAG+="uaccess"' \
  /lib/udev/rules.d/70-postcounter-serial.rules
check "udev rules: 4 adapter makers" bash -c \
  'for v in 0403 067b 1a86 10c4; do grep -q "idVendor}==\"$v\"" /lib/udev/rules.d/70-postcounter-serial.rules || exit 1; done'
check "central.toml root:group 0640" bash -c \
  '[ "$(stat -c "%U:%G %a" /etc/postcounter/central.toml)" = "root:postcounter-central 640" ]'
check "system user postcounter-central" bash -c \
  'getent passwd postcounter-central | grep -q ":/var/lib/postcounter-central:/usr/sbin/nologin"'
check "conffile registered" bash -c "dpkg-query -W -f='\${Conffiles}' postcounter-central | grep -q /etc/postcounter/central.toml"
check "service enabled (wants link)" test -L \
  /etc/systemd/system/multi-user.target.wants/postcounter-central.service
if command -v systemd-analyze >/dev/null; then
  check "systemd-analyze verify unit" systemd-analyze verify --man=no \
    /lib/systemd/system/postcounter-central.service
fi

# -- every library the Qt platform plugins and the program load is found on this system
ldd_missing() {
  local f missing=0
  for f in /opt/postcounter/postcounter /opt/postcounter/_internal/libpython3*.so* \
    /opt/postcounter/_internal/PySide6/Qt/lib/libQt6{Core,Gui,Widgets,XcbQpa,PrintSupport,Svg}.so.6 \
    /opt/postcounter/_internal/PySide6/Qt/plugins/platforms/libq{xcb,offscreen,minimal}.so \
    /opt/postcounter/_internal/PySide6/Qt/plugins/xcbglintegrations/*.so \
    /opt/postcounter/_internal/PySide6/Qt/plugins/imageformats/*.so \
    /opt/postcounter/_internal/PySide6/*.so* /opt/postcounter/_internal/pypdfium2_raw/*.so; do
    [ -e "$f" ] || continue
    if LD_LIBRARY_PATH=/opt/postcounter/_internal ldd "$f" | grep 'not found'; then
      echo "  in $f"
      missing=1
    fi
  done
  return $missing
}
check "ldd: Qt platform libs found" ldd_missing

# -- the frozen smoke test, as the clerk, from the installed /usr/bin/postcounter
echo "== packaging/smoke_frozen.sh /usr/bin/postcounter (as clerk)"
chmod -R a+rX "$T/packaging"
start=$(date +%s)
if runuser -u clerk -- env HOME=/home/clerk TMPDIR=/tmp bash "$T/packaging/smoke_frozen.sh" \
  /usr/bin/postcounter 2>&1 | sed 's/^/  smoke| /'; then
  record "frozen smoke test" OK "($(( $(date +%s) - start )) s)"
else
  record "frozen smoke test" FAIL
fi

# -- the central server from its configuration file, as its system user
echo "== postcounter-central serve --config /etc/postcounter/central.toml"
PORT=$(python3 -c 'import socket; s = socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1])')
central_test() {
  local token pid rc=0
  token=$(runuser -u postcounter-central -- postcounter-central add-terminal \
    --config /etc/postcounter/central.toml --branch DEB-101000 --terminal-id deb-t1 \
    2>/dev/null | awk '/^token:/{print $2}')
  [ -n "$token" ] || { echo "add-terminal printed no token"; return 1; }
  runuser -u postcounter-central -- postcounter-central serve \
    --config /etc/postcounter/central.toml --port "$PORT" >"$T/central.log" 2>&1 &
  pid=$!
  python3 - "$PORT" "$token" <<'PY' || rc=1
import json, sys, time, urllib.request
port, token = sys.argv[1], sys.argv[2]
base = f"http://127.0.0.1:{port}"
for _ in range(300):
    try:
        with urllib.request.urlopen(f"{base}/health", timeout=1) as r:
            if r.status == 200:
                break
    except OSError:
        time.sleep(0.1)
else:
    sys.exit("central did not answer /health")
req = urllib.request.Request(f"{base}/v1/whoami", headers={"Authorization": f"Bearer {token}"})
with urllib.request.urlopen(req, timeout=5) as r:
    who = json.load(r)
assert who["branch"] == "DEB-101000", who
print("whoami:", who)
PY
  kill "$pid" 2>/dev/null || true
  wait "$pid" 2>/dev/null || true
  [ "$rc" -eq 0 ] || cat "$T/central.log"
  [ -f /var/lib/postcounter-central/central.db ] || { echo "no database in /var/lib"; rc=1; }
  [ "$(stat -c %U /var/lib/postcounter-central/central.db)" = postcounter-central ] || rc=1
  return $rc
}
check "central: add-terminal + serve (2 workers)" central_test

# -- remove and purge, with what apt pulled in; nothing may be left behind
echo "== apt-get purge --autoremove postcounter postcounter-central"
start=$(date +%s)
if apt-get purge -y -q --autoremove postcounter postcounter-central >"$T/purge.log" 2>&1; then
  record "apt purge --autoremove" OK "($(( $(date +%s) - start )) s)"
else
  record "apt purge --autoremove" FAIL
  tail -30 "$T/purge.log"
fi
if grep -qi "warning" "$T/purge.log"; then
  record "purge without dpkg warnings" FAIL
  grep -i warning "$T/purge.log" | sed 's/^/      | /'
else
  record "purge without dpkg warnings" OK
fi
snapshot >"$T/after.txt"
# Allowed: /opt itself. No Debian package owns it (base-files makes it in postinst), so
# dpkg removes the empty folder with the last package that shipped files under it.
diff -u "$T/before.txt" "$T/after.txt" | grep '^[-+][^-+]' | grep -vx -- '-/opt drwxr-xr-x root root' \
  >"$T/left.diff" || true
if [ ! -s "$T/left.diff" ]; then
  record "nothing left behind" OK
else
  record "nothing left behind" FAIL
  head -40 "$T/left.diff" | sed 's/^/      | /'
fi

echo
echo "== package test in the clean root"
for i in "${!NAMES[@]}"; do
  printf '  %-34s %s\n' "${NAMES[$i]}" "${RESULTS[$i]}"
done
exit $FAILED
