"""packaging/build_deb.py's pieces on real files: version check, RUNPATH clean-up, modes.

The whole build and the installed packages are tested by packaging/test_deb.sh (a clean
Debian root; too slow for the suite): these are the parts whose mistakes it would show
only indirectly.
"""

from __future__ import annotations

import importlib.util
import shutil
import subprocess
import sys
import tomllib
from pathlib import Path
from types import ModuleType

import pytest

ROOT = Path(__file__).resolve().parents[2]


def _load() -> ModuleType:
    spec = importlib.util.spec_from_file_location("build_deb", ROOT / "packaging/build_deb.py")
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    sys.modules["build_deb"] = module
    spec.loader.exec_module(module)
    return module


build_deb = _load()


def _runpath(path: Path) -> str:
    out = subprocess.run(["objdump", "-p", str(path)], capture_output=True, check=True).stdout
    found = build_deb.RUNPATH.search(out)
    return found.group(1).decode() if found else ""


def test_version_comes_from_pyproject_and_changelog() -> None:
    import tomllib

    version = build_deb.project_version()
    upstream = tomllib.loads((ROOT / "pyproject.toml").read_text())["project"]["version"]
    assert version.upstream == upstream
    assert version.debian.startswith(f"{upstream}-")


def test_stale_changelog_is_refused(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    (tmp_path / "changelog").write_text("postcounter (0.0.9-1) bookworm; urgency=medium\n")
    monkeypatch.setattr(build_deb, "DEB", tmp_path)
    with pytest.raises(SystemExit) as stop:
        build_deb.project_version()
    assert "add an entry" in str(stop.value)


@pytest.mark.skipif(shutil.which("patchelf") is None, reason="patchelf not installed")
def test_absolute_runpaths_removed_origin_kept(tmp_path: Path) -> None:
    source = next(  # any real extension module this interpreter loaded
        Path(m.__file__)
        for m in list(sys.modules.values())
        if (getattr(m, "__file__", None) or "").endswith(".so")
    )
    absolute = tmp_path / "absolute.so"
    mixed = tmp_path / "mixed.so"
    origin = tmp_path / "origin.so"
    for path, rpath in (
        (absolute, "/home/builder/.pyenv/lib"),
        (mixed, "$ORIGIN/../lib:/opt/build/lib"),
        (origin, "$ORIGIN"),
    ):
        shutil.copy(source, path)
        subprocess.run(["patchelf", "--set-rpath", rpath, str(path)], check=True)
    assert build_deb.drop_build_runpaths([absolute, mixed, origin]) == 2
    assert _runpath(absolute) == ""
    assert _runpath(mixed) == "$ORIGIN/../lib"
    assert _runpath(origin) == "$ORIGIN"
    assert build_deb.is_elf(absolute)
    assert build_deb.min_glibc([absolute]) >= "2.17"


def test_modes_normalised(tmp_path: Path) -> None:
    (tmp_path / "bin").mkdir(mode=0o700)
    program = tmp_path / "bin/tool"
    program.write_text("#!/bin/sh\n")
    program.chmod(0o700)
    library = tmp_path / "libx.so.1"
    library.write_bytes(b"\x7fELF")
    library.chmod(0o775)
    data = tmp_path / "data.json"
    data.write_text("{}")
    data.chmod(0o600)
    build_deb.normalise_modes(tmp_path)
    modes = {p.name: p.stat().st_mode & 0o777 for p in (tmp_path / "bin", program, library, data)}
    assert modes == {"bin": 0o755, "tool": 0o755, "libx.so.1": 0o644, "data.json": 0o644}


def test_sign_hook_gets_every_file(tmp_path: Path) -> None:
    files = [tmp_path / f"f{i}" for i in range(250)]
    for f in files:
        f.write_bytes(b"")
    log = tmp_path / "signed.txt"
    script = tmp_path / "sign.sh"
    script.write_text(f'#!/bin/sh\nfor f in "$@"; do echo "$f" >> {log}; done\n')
    script.chmod(0o755)
    build_deb.sign_elves(str(script), files)
    assert log.read_text().split() == [str(f) for f in files]


# Central's Debian package vendors only ``CENTRAL_REQUIREMENTS``: the package test in a clean
# Debian root once failed ("add-terminal printed no token") because central began importing
# python-stdnum (business customers' INN / GSTIN checks) that the package did not carry.
# Central's commands run here in a child process where every distribution of the client's
# that the package does not vendor fails to import.

BLOCKER = """
import importlib.abc, runpy, sys
BLOCKED = set(sys.argv[1].split(","))
class Blocker(importlib.abc.MetaPathFinder):
    def find_spec(self, name, path, target=None):
        if name.split(".")[0] in BLOCKED:
            raise ImportError(f"{name} is not vendored in postcounter-central")
sys.meta_path.insert(0, Blocker())
import central.api, central.marketplace_api, central.ops
sys.argv = ["central", *sys.argv[2:]]
runpy.run_module("central", run_name="__main__")
"""


def _name(requirement: str) -> str:
    for stop in "[<>=!; ":
        requirement = requirement.split(stop)[0]
    return requirement.lower().replace("_", "-")


def _blocked_modules() -> set[str]:
    from importlib.metadata import packages_distributions

    deps = tomllib.loads((ROOT / "pyproject.toml").read_text())["project"]["dependencies"]
    vendored = {_name(r) for r in build_deb.CENTRAL_REQUIREMENTS}
    client_only = {_name(d) for d in deps} - vendored
    return {
        module
        for module, dists in packages_distributions().items()
        if any(_name(d) in client_only for d in dists) and not module.startswith("_")
    }


def test_central_commands_run_on_what_its_package_vendors(tmp_path: Path) -> None:
    blocked = _blocked_modules()
    assert {"PySide6", "reportlab", "keyring"} <= blocked  # the check checks something
    for args in (["--help"], ["customer", "--help"], ["add-terminal", "--help"]):
        run = subprocess.run(
            [sys.executable, "-c", BLOCKER, ",".join(sorted(blocked)), *args],
            cwd=ROOT,
            capture_output=True,
            text=True,
            timeout=120,
        )
        assert run.returncode == 0, run.stderr[-2000:]
