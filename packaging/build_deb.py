"""Build the Debian packages of PostCounter from the frozen client and the source tree.

    .venv/bin/python packaging/build_deb.py [--dist dist/postcounter] [--out dist/deb]
    (packaging/dev.sh deb freezes the client first, then runs this)

- ``postcounter``: the PyInstaller bundle (packaging/postcounter.spec) under /opt/postcounter,
  /usr/bin/postcounter, the menu entry and icon, the udev rules of USB-serial adapters,
  a man page. Depends on the system libraries Qt needs beside what PyInstaller bundled, and
  on a glibc at least as new as the newest symbol version any bundled ELF file asks for.
- ``postcounter-central``: the reference central server (``central/`` and the pure-Python
  ``app/domain`` it shares with the terminal) with its Python packages vendored in
  /opt/postcounter-central/lib at the versions this checkout's .venv runs (the ones the
  tests ran against), run by the system's python3 as postcounter-central.service,
  configured in /etc/postcounter/central.toml (a conffile).

Version: the top entry of packaging/deb/changelog; its upstream part must equal the project's
version in pyproject.toml, so a release cannot ship with a stale changelog. The packages are
built with ``dpkg-deb --root-owner-group`` from a staging folder; file modes are normalised
(0755 for folders and programs, 0644 for everything else, shared libraries included).
"""

from __future__ import annotations

import argparse
import gzip
import hashlib
import os
import re
import shutil
import subprocess
import sys
import tempfile
import time
import tomllib
from collections.abc import Iterable
from dataclasses import dataclass
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
DEB = ROOT / "packaging" / "deb"
MAINTAINER = "PostCounter maintainers <postcounter@example.org>"
HOMEPAGE = "https://postcounter.example.org/"

# Debian packages of the libraries and data the frozen Qt needs from the system. PyInstaller
# copies most shared libraries of the build machine into the bundle, but not libGL/libEGL
# (GLVND: the system's driver must be used), libxcb, and not the data those libraries read:
# X keyboard maps (xkb-data, via libxkbcommon0), fontconfig's configuration (fontconfig-config,
# via libfontconfig1), fonts. The xcb-* libraries are listed although bundled so the ones of
# the system serve when the bundled copies are ever left out. packaging/test_deb.sh checks in
# a clean root that the platform plugins find every library (ldd) and that the GUI starts.
CLIENT_DEPENDS = (
    "libegl1",
    "libgl1",
    "libopengl0",
    "libglib2.0-0",
    "libfontconfig1",
    "libfreetype6",
    "libdbus-1-3",
    "libxkbcommon0",
    "libxkbcommon-x11-0",
    "libx11-xcb1",
    "libxcb1",
    "libxcb-cursor0",
    "libxcb-icccm4",
    "libxcb-image0",
    "libxcb-keysyms1",
    "libxcb-randr0",
    "libxcb-render-util0",
    "libxcb-shape0",
    "libxcb-xinerama0",
    "libxcb-xkb1",
    "fonts-dejavu-core",
    "libstdc++6",
    "tzdata",  # zoneinfo: the branch's local calendar day
)
# Devanagari for the Hindi interface; CUPS's lp, through which documents reach the printers
# as PDF (without it they are painted through Qt's own printing, slower and as pictures)
CLIENT_RECOMMENDS = ("fonts-noto-core", "cups-client")

# The central server's Python distributions (pip names); their dependencies follow. Versions
# are pinned to this checkout's .venv (pip freeze) so the package runs what the tests ran.
CENTRAL_REQUIREMENTS = (
    "fastapi",
    "uvicorn",
    "pydantic",
    "sqlalchemy",
    "alembic",
    "psycopg[binary]",
    "pycountry",
    "jinja2",  # the operations page (issue 14)
    "platformdirs",  # app.services.paths, imported with the shared services below
    "python-stdnum",  # INN / GSTIN checks of business customers (issue 17)
)
# The project's own code central imports: the server, the terminal's pure-Python domain, and
# the terminal services it shares since issues 10 and 14 (PIN hashing and rules, branch
# checks, reference-data parsing, the postal rules) with the rules files they read. The UI,
# devices, documents and sync are never imported by central.
CENTRAL_SOURCES = (
    "central",
    "app/__init__.py",
    "app/domain",
    "app/services",
    "app/store",
    "resources/rules",
    "resources/schemas",
)
# Debian's Python 3.11 (bookworm): the vendored wheels carry cp311 extension modules.
CENTRAL_DEPENDS = ("python3 (>= 3.11)", "python3 (<< 3.12)", "adduser")

RUNPATH = re.compile(rb"^\s+(?:RUNPATH|RPATH)\s+(\S+)$", re.MULTILINE)
GLIBC_VERSION = re.compile(rb"GLIBC_(\d+)\.(\d+)(?:\.(\d+))?")


@dataclass(frozen=True, slots=True)
class Version:
    """The project's version and the Debian version of the changelog's top entry."""

    upstream: str
    debian: str


def project_version() -> Version:
    """Version from pyproject.toml, checked against app/__init__.py and the changelog."""
    upstream = tomllib.loads((ROOT / "pyproject.toml").read_text())["project"]["version"]
    init = (ROOT / "app" / "__init__.py").read_text()
    match = re.search(r'__version__ = "([^"]+)"', init)
    if not match or match.group(1) != upstream:
        sys.exit(f"app/__init__.py __version__ differs from pyproject.toml's {upstream}")
    head = (DEB / "changelog").read_text().splitlines()[0]
    match = re.match(r"postcounter \(([^)]+)\) ", head)
    if not match:
        sys.exit("packaging/deb/changelog: the first line is not 'postcounter (VERSION) ...'")
    debian = match.group(1)
    if debian.rsplit("-", 1)[0].split(":", 1)[-1] != upstream:
        sys.exit(
            f"packaging/deb/changelog is at {debian} but the project at {upstream}: "
            f"add an entry 'postcounter ({upstream}-1)' at the top (dch -v {upstream}-1)"
        )
    return Version(upstream, debian)


def is_elf(path: Path) -> bool:
    with path.open("rb") as f:
        return f.read(4) == b"\x7fELF"


def min_glibc(files: Iterable[Path]) -> str:
    """The newest GLIBC_x.y symbol version any of ``files`` needs (their version references)."""
    best: tuple[int, ...] = (2, 17)
    for path in files:
        out = subprocess.run(["objdump", "-p", str(path)], capture_output=True, check=True).stdout
        for found in GLIBC_VERSION.finditer(out):
            best = max(best, tuple(int(x) for x in found.groups() if x is not None))
    return ".".join(str(x) for x in best)


def drop_build_runpaths(files: Iterable[Path]) -> int:
    """Remove RUNPATH entries naming the build machine (pyenv's lib folder, say).

    Only ``$ORIGIN``-relative entries mean something on a counter PC; an absolute one would
    make the loader look in a folder of the build machine first. Returns how many changed.
    """
    changed = 0
    for path in files:
        out = subprocess.run(["objdump", "-p", str(path)], capture_output=True).stdout
        found = RUNPATH.search(out)
        if not found:
            continue
        entries = found.group(1).decode().split(":")
        keep = [e for e in entries if e.startswith("$ORIGIN")]
        if keep == entries:
            continue
        if keep:
            subprocess.run(["patchelf", "--set-rpath", ":".join(keep), str(path)], check=True)
        else:
            subprocess.run(["patchelf", "--remove-rpath", str(path)], check=True)
        changed += 1
    return changed


def sign_elves(command: str, files: list[Path]) -> None:
    """Run ``command FILE...`` over every ELF file (Astra's closed software environment).

    With Astra Linux SE's closed software environment on, the kernel runs and maps only ELF
    files carrying a signature from a trusted key, so each program and shared library of the
    bundle is signed in place (e.g. ``bsign --sign``) before md5sums and the archive are made.
    """
    argv = command.split()
    for start in range(0, len(files), 100):
        subprocess.run([*argv, *(str(f) for f in files[start : start + 100])], check=True)


def normalise_modes(root: Path) -> None:
    """0755 folders and executables (ELF programs, scripts), 0644 the rest (libraries too)."""
    for dirpath, dirnames, filenames in os.walk(root):
        base = Path(dirpath)
        base.chmod(0o755)
        for name in filenames:
            path = base / name
            if path.is_symlink():
                continue
            executable = path.stat().st_mode & 0o111 and not re.search(r"\.so(\.|$)", name)
            path.chmod(0o755 if executable else 0o644)
        for name in dirnames:
            (base / name).chmod(0o755)


def gzip_to(src: Path, dest: Path) -> None:
    """gzip -9n: no name or time stamp in the header, so rebuilds are identical."""
    dest.parent.mkdir(parents=True, exist_ok=True)
    with (
        src.open("rb") as f_in,
        dest.open("wb") as raw,
        gzip.GzipFile(filename="", mode="wb", fileobj=raw, compresslevel=9, mtime=0) as out,
    ):
        shutil.copyfileobj(f_in, out)


def install(src: Path, dest: Path) -> None:
    dest.parent.mkdir(parents=True, exist_ok=True)
    shutil.copy2(src, dest)


def common_docs(stage: Path, package: str) -> None:
    doc = stage / "usr/share/doc" / package
    install(DEB / "copyright", doc / "copyright")
    gzip_to(DEB / "changelog", doc / "changelog.Debian.gz")
    overrides = DEB / package / "lintian-overrides"
    if overrides.exists():
        install(overrides, stage / "usr/share/lintian/overrides" / package)


def installed_size_kib(stage: Path) -> int:
    total = 0
    for dirpath, _dirs, files in os.walk(stage):
        if "DEBIAN" in Path(dirpath).relative_to(stage).parts[:1]:
            continue
        for name in files:
            path = Path(dirpath) / name
            if not path.is_symlink():
                total += (path.stat().st_size + 1023) // 1024
    return total


def write_control(stage: Path, fields: dict[str, str], scripts: Iterable[str]) -> None:
    """DEBIAN/control, md5sums and the maintainer scripts of the package in ``stage``."""
    control_dir = stage / "DEBIAN"
    control_dir.mkdir(parents=True, exist_ok=True)
    sums: list[str] = []
    for dirpath, _dirs, files in os.walk(stage):
        rel_dir = Path(dirpath).relative_to(stage)
        if rel_dir.parts[:1] == ("DEBIAN",):
            continue
        for name in sorted(files):
            path = Path(dirpath) / name
            if path.is_symlink():
                continue
            digest = hashlib.md5(path.read_bytes(), usedforsecurity=False).hexdigest()
            sums.append(f"{digest}  {rel_dir / name}")
    (control_dir / "md5sums").write_text("\n".join(sorted(sums, key=lambda s: s[34:])) + "\n")
    fields = {"Installed-Size": str(installed_size_kib(stage)), **fields}
    order = [
        *("Package", "Version", "Architecture", "Maintainer", "Installed-Size", "Depends"),
        *("Recommends", "Section", "Priority", "Homepage", "Description"),
    ]
    lines = [f"{key}: {fields[key]}" for key in order if key in fields]
    (control_dir / "control").write_text("\n".join(lines) + "\n")
    for name in scripts:
        install(DEB / fields["Package"] / name, control_dir / name)
    for path in control_dir.iterdir():
        path.chmod(0o755 if path.name in {"postinst", "prerm", "postrm", "preinst"} else 0o644)


def dpkg_deb(stage: Path, out: Path, compress: str) -> Path:
    out.mkdir(parents=True, exist_ok=True)
    package = stage.name
    for older in out.glob(f"{package}_*.deb"):  # one version per package for test_deb.sh
        older.unlink()
    subprocess.run(
        ["dpkg-deb", "--root-owner-group", f"-Z{compress}", "--build", str(stage), str(out)],
        check=True,
        stdout=subprocess.DEVNULL,
    )
    control = (stage / "DEBIAN/control").read_text()
    fields = dict(line.split(": ", 1) for line in control.splitlines() if ": " in line)
    return out / f"{fields['Package']}_{fields['Version']}_{fields['Architecture']}.deb"


# -- postcounter (the client) -----------------------------------------------------------------


def build_client(
    dist: Path, out: Path, version: Version, work: Path, compress: str, sign: str
) -> Path:
    if not (dist / "postcounter").is_file():
        sys.exit(f"no frozen client in {dist}: run packaging/dev.sh build first")
    stage = work / "postcounter"
    opt = stage / "opt/postcounter"
    shutil.copytree(dist, opt, symlinks=True)
    for cache in list(opt.rglob("__pycache__")):
        shutil.rmtree(cache)
    (stage / "usr/bin").mkdir(parents=True)
    (stage / "usr/bin/postcounter").symlink_to("/opt/postcounter/postcounter")
    src = DEB / "postcounter"
    install(src / "postcounter.desktop", stage / "usr/share/applications/postcounter.desktop")
    install(
        src / "postcounter.svg", stage / "usr/share/icons/hicolor/scalable/apps/postcounter.svg"
    )
    install(
        src / "70-postcounter-serial.rules",
        stage / "lib/udev/rules.d/70-postcounter-serial.rules",
    )
    gzip_to(src / "postcounter.1", stage / "usr/share/man/man1/postcounter.1.gz")
    common_docs(stage, "postcounter")
    normalise_modes(stage)

    elves = [p for p in opt.rglob("*") if p.is_file() and not p.is_symlink() and is_elf(p)]
    print(f"  RUNPATH of the build machine removed from {drop_build_runpaths(elves)} files")
    if sign:
        sign_elves(sign, elves)
    depends = [f"libc6 (>= {min_glibc(elves)})", *CLIENT_DEPENDS]
    write_control(
        stage,
        {
            "Package": "postcounter",
            "Version": version.debian,
            "Architecture": "amd64",
            "Maintainer": MAINTAINER,
            "Depends": ", ".join(depends),
            "Recommends": ", ".join(CLIENT_RECOMMENDS),
            "Section": "misc",
            "Priority": "optional",
            "Homepage": HOMEPAGE,
            "Description": (
                "post-office acceptance counter (Russia Post / India Post parcels)\n"
                " PostCounter is the desktop application of an acceptance counter: the\n"
                " clerk scans the S10 barcode, weighs the parcel on a serial scale, fills\n"
                " in the CN 23 customs declaration and prints label and receipt. Data is\n"
                " kept in a local SQLite database and synchronised with the central server.\n"
                " .\n"
                " This package holds the program as one frozen bundle (Python, Qt 6) in\n"
                " /opt/postcounter, a menu entry, and udev rules that give the clerk at the\n"
                " seat the USB-serial adapters (FTDI, Prolific, CH340, CP210x) of scales\n"
                " and scanners and keep ModemManager off them."
            ),
        },
        ("postinst", "prerm", "postrm"),
    )
    return dpkg_deb(stage, out, compress)


# -- postcounter-central (the reference central server) ---------------------------------------


def vendor_central(lib: Path, work: Path) -> None:
    """pip install the server's distributions into ``lib``, pinned to this .venv's versions."""
    frozen = subprocess.run(
        [sys.executable, "-m", "pip", "freeze", "--exclude-editable"],
        capture_output=True,
        text=True,
        check=True,
    ).stdout
    constraints = work / "constraints.txt"
    constraints.write_text(frozen)
    subprocess.run(
        [
            *(sys.executable, "-m", "pip", "install", "--quiet", "--disable-pip-version-check"),
            *("--no-compile", "--only-binary=:all:", "--target", str(lib)),
            *("--constraint", str(constraints)),
            *CENTRAL_REQUIREMENTS,
        ],
        check=True,
    )
    shutil.rmtree(lib / "bin", ignore_errors=True)  # console scripts naming the build's python
    for name in CENTRAL_SOURCES:
        src = ROOT / name
        if src.is_dir():
            shutil.copytree(src, lib / name, ignore=shutil.ignore_patterns("__pycache__", "*.pyc"))
        else:
            install(src, lib / name)
    for cache in list(lib.rglob("__pycache__")):
        shutil.rmtree(cache)


def build_central(out: Path, version: Version, work: Path, compress: str, sign: str) -> Path:
    stage = work / "postcounter-central"
    lib = stage / "opt/postcounter-central/lib"
    vendor_central(lib, work)
    src = DEB / "postcounter-central"
    install(src / "postcounter-central", stage / "usr/bin/postcounter-central")
    install(
        src / "postcounter-central.service",
        stage / "lib/systemd/system/postcounter-central.service",
    )
    install(src / "central.toml", stage / "etc/postcounter/central.toml")
    gzip_to(src / "postcounter-central.8", stage / "usr/share/man/man8/postcounter-central.8.gz")
    common_docs(stage, "postcounter-central")
    normalise_modes(stage)
    elves = [p for p in lib.rglob("*") if p.is_file() and is_elf(p)]
    if sign:
        sign_elves(sign, elves)
    write_control(
        stage,
        {
            "Package": "postcounter-central",
            "Version": version.debian,
            "Architecture": "amd64",
            "Maintainer": MAINTAINER,
            "Depends": ", ".join([f"libc6 (>= {min_glibc(elves)})", *CENTRAL_DEPENDS]),
            "Section": "net",
            "Priority": "optional",
            "Homepage": HOMEPAGE,
            "Description": (
                "reference central server of PostCounter (sync API)\n"
                " The HTTP API the PostCounter counter terminals synchronise accepted\n"
                " parcels with, as the systemd service postcounter-central.service\n"
                " running as its own system user. The database (SQLite by default,\n"
                " or PostgreSQL), address, port and number of worker processes are set\n"
                " in /etc/postcounter/central.toml."
            ),
        },
        ("postinst", "prerm", "postrm"),
    )
    (stage / "DEBIAN/conffiles").write_text("/etc/postcounter/central.toml\n")
    (stage / "DEBIAN/conffiles").chmod(0o644)
    return dpkg_deb(stage, out, compress)


def report(deb: Path, start: float) -> None:
    shown = deb.relative_to(ROOT) if deb.is_relative_to(ROOT) else deb
    size = deb.stat().st_size / 1e6
    print(f"  {shown}  {size:.1f} MB  built in {time.monotonic() - start:.0f} s", flush=True)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--dist", type=Path, default=ROOT / "dist/postcounter")
    parser.add_argument("--out", type=Path, default=ROOT / "dist/deb")
    parser.add_argument(
        "--only", choices=("postcounter", "postcounter-central"), help="build one package"
    )
    parser.add_argument(
        "--compress",
        choices=("xz", "gzip"),
        default="xz",
        help="xz: a third smaller, for releases; gzip: several times faster, for CI",
    )
    parser.add_argument(
        "--sign-elf",
        default="",
        metavar="COMMAND",
        help="run COMMAND FILE... over every ELF file before packing (Astra: 'bsign --sign')",
    )
    args = parser.parse_args(argv)
    version = project_version()
    with tempfile.TemporaryDirectory(prefix="postcounter-deb.") as tmp:
        work = Path(tmp)
        if args.only in (None, "postcounter"):
            start = time.monotonic()
            report(
                build_client(
                    args.dist.resolve(), args.out, version, work, args.compress, args.sign_elf
                ),
                start,
            )
        if args.only in (None, "postcounter-central"):
            start = time.monotonic()
            report(build_central(args.out, version, work, args.compress, args.sign_elf), start)
    return 0


if __name__ == "__main__":
    sys.exit(main())
