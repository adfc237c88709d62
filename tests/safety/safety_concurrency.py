"""Issue 11 item 4: two heapfix runs at once lose nothing. 20 pairs of apply on one hive at once, with
different numbers: the second waits for the first (the installation's lock), so every reported success is
either the end state or the value the other run backed up before changing it. 20 pairs of runs on two
installations backing up into one folder at once: each gets a backup of its own, holding its own value, and
both stay (no run removes a file it did not make)."""
import json
import os
import subprocess

from safetykit import *

HIVE = "win7-sp1-x86.SYSTEM"
A, B = "1024,20480,768", "1024,16384,1024"
TRIES = int(os.environ.get("HEAPFIX_SAFETY_TRIES", "20"))


def start(hive, backups, values):
    return subprocess.Popen([CLI, "--system-hive", hive, "--backup-dir", backups, "--json", "apply", "--values",
                             values, "--yes"], stdin=subprocess.DEVNULL, stdout=subprocess.PIPE,
                            stderr=subprocess.PIPE, text=True)


def finish(process):
    out, err = process.communicate(timeout=60)
    try:
        return process.returncode, json.loads(out), err
    except ValueError:
        return process.returncode, {}, err


def numbers(text):
    for token in (text or "").split():
        if token.startswith("SharedSection="):
            return token[len("SharedSection="):]
    return None


lost = busy = 0
for attempt in range(TRIES):
    folder = tempdir()
    hive = unpack(HIVE, folder)
    runs = [start(hive, os.path.join(folder, "bk"), values) for values in (A, B)]
    results = [finish(run) for run in runs]
    end = shared_section(hive)
    for mine, other, values in ((0, 1, A), (1, 0, B)):
        code, report, err = results[mine]
        # The second run waits for the first (5 s at most); on a slow machine (the sanitizer build) it may then
        # refuse: exit 3 with the reason, and none of its numbers in the hive. Any other failure is a failure.
        if code == 3 and "another heapfix is changing this installation" in err:
            busy += 1
            check(end != values, f"pair {attempt}: run {mine} said busy, so its numbers must not be there")
            continue
        check(code == 0, f"pair {attempt}: run {mine} succeeds after waiting ({code}: {err[-200:]})")
        if code != 0:
            continue
        other_backup = numbers((results[other][1].get("before") or {}).get("data"))
        if end != values and other_backup != values:
            lost += 1
            check(False, f"pair {attempt}: run {mine}'s {values} is neither the end state {end} nor in the other "
                         f"run's backup {other_backup}")
    check(exports(hive) is not None, f"pair {attempt}: the hive is whole")
    check(leftovers(folder, ("SYSTEM", "bk")) == [], f"pair {attempt}: nothing left beside the hive")
print(f"concurrent pairs: {TRIES}, lost updates: {lost}, runs that waited and then said busy: {busy}")

# Two installations, one backup folder, at once.
shared = tempdir()
for attempt in range(TRIES):
    folders = [tempdir(), tempdir()]
    hives = [unpack(HIVE, f) for f in folders]
    befores = [windows_value(h) for h in hives]
    runs = [start(h, shared, values) for h, values in zip(hives, (A, B))]
    results = [finish(run) for run in runs]
    regs = []
    for i, (code, report, err) in enumerate(results):
        check(code == 0, f"two installations {attempt}: run {i} succeeds ({code}: {err[-200:]})")
        backup = report.get("backup") or {}
        regs.append(backup.get("reg"))
        record = json.load(open(backup["record"])) if backup.get("record") else {}
        check(record.get("targetPath") == hives[i], f"two installations {attempt}: run {i}'s record names its hive")
        check(record.get("valueBefore") == befores[i], f"two installations {attempt}: run {i}'s backup holds its value")
        for kept in backup.get("kept", []):
            check(os.path.isfile(kept["file"]) and sha(kept["file"]) == kept["sha256"],
                  f"two installations {attempt}: run {i}'s kept hive is there and whole")
    check(len(set(regs)) == 2 and all(r and os.path.isfile(r) for r in regs),
          f"two installations {attempt}: two distinct backups, both still there: {regs}")
    check([shared_section(h) for h in hives] == [A, B], f"two installations {attempt}: both hives changed")
check(len([e for e in os.listdir(shared) if e.endswith(".json")]) == 2 * TRIES, "a record per run in the shared folder")
done("safety_concurrency")
