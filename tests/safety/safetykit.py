"""Shared by the safety tests (issue 11): the real heapfix-cli on copies of the real hives in ../shared, checked
with hivex's own tools (hivexget, hivexregedit) as independent peers. Each check raises on failure."""
import atexit
import hashlib
import json
import lzma
import os
import shutil
import subprocess
import sys
import tempfile

CLI = sys.argv[1]
HIVES = sys.argv[2]
SUBSYSTEMS = r"ControlSet001\Control\Session Manager\SubSystems"
failures = []


def check(condition, what):
    if not condition:
        failures.append(what)
        print("FAIL:", what, flush=True)


def done(name):
    if failures:
        print(f"{name}: {len(failures)} failure(s)")
        sys.exit(1)
    print(f"{name}: all checks passed")


def unpack(name, folder, as_name="SYSTEM"):
    path = os.path.join(folder, as_name)
    with lzma.open(os.path.join(HIVES, name + ".xz")) as source, open(path, "wb") as target:
        target.write(source.read())
    return path


def sha(path):
    with open(path, "rb") as f:
        return hashlib.sha256(f.read()).hexdigest()


def cli(*args, timeout=60, stdin=subprocess.DEVNULL, prefix=()):
    return subprocess.run([*prefix, CLI, *args], stdin=stdin, capture_output=True, text=True, timeout=timeout)


def windows_value(hive):
    """The SubSystems "Windows" value as hivexget (not heapfix) reads it."""
    run = subprocess.run(["hivexget", hive, SUBSYSTEMS, "Windows"], capture_output=True, text=True)
    return run.stdout.strip() if run.returncode == 0 else None


def shared_section(hive):
    value = windows_value(hive) or ""
    for token in value.split():
        if token.startswith("SharedSection="):
            return token[len("SharedSection="):]
    return None


def exports(hive):
    """hivexregedit's export of the whole hive, or None when it cannot walk it."""
    run = subprocess.run(["hivexregedit", "--export", hive, "\\"], capture_output=True)
    return run.stdout if run.returncode == 0 else None


def json_out(result):
    try:
        return json.loads(result.stdout)
    except ValueError:
        return {}


def leftovers(folder, names=("SYSTEM",)):
    """Entries beside the hive that heapfix made and left (anything but the hive and its logs)."""
    return sorted(e for e in os.listdir(folder) if e not in names and not e.upper().startswith("SYSTEM.LOG"))


_made = []


def tempdir():
    """A new folder for one check's hives and backups, removed when the test ends. (They were never removed: a
    run of the safety tests left about 4.5 GB of hive copies in /tmp, and a CI run ran out of disk.)"""
    folder = tempfile.mkdtemp(prefix="heapfix-safety-")
    _made.append(folder)
    return folder


@atexit.register
def _remove_tempdirs():
    if failures:  # kept for a look at what went wrong
        print("kept for inspection:", " ".join(_made), flush=True)
        return
    for folder in _made:
        # Links are removed, never followed (a safety test plants them on purpose).
        shutil.rmtree(folder, ignore_errors=True)
