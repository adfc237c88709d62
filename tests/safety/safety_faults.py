"""Issue 11 item 3: a failure at every I/O step of apply and restore, and the exit code tells the truth about
the bytes on disk. strace injects EIO into the Nth call of each system call heapfix makes (a fault the real
disk cannot be made to produce on demand: named a fake here), for every N that the call occurs in a normal
run. After each run: exit 0, 6 or 7 (the report could not be written, the command ran to the end) -> the new numbers are in the hive (hivexget) and it is whole (hivexregedit);
exit 5 -> the old numbers are back; any other exit -> the hive is byte-identical to the original. After the
runs on one system call, a normal run leaves nothing beside the hive."""
import os
import re
import shutil
import subprocess

from safetykit import *

HIVE = "win7-sp1-x86.SYSTEM"
CALLS = ["openat", "read", "write", "pread64", "fsync", "fdatasync", "renameat2", "rename", "link", "mkdir",
         "fchmod", "fchown", "close", "getdents64", "flock", "rmdir", "unlink", "newfstatat", "statfs"]
MAX_PER_CALL = int(os.environ.get("HEAPFIX_FAULTS_PER_CALL", "60"))
folder = tempdir()
pristine = unpack(HIVE, folder, "pristine")
pristine_bytes = open(pristine, "rb").read()
original = shared_section(pristine)


def counts(args):
    """How often each system call occurs in a normal run of heapfix-cli with these arguments."""
    work = tempdir()
    hive = os.path.join(work, "SYSTEM")
    shutil.copyfile(pristine, hive)
    report = os.path.join(work, "counts")
    subprocess.run(["strace", "-f", "-c", "-o", report, CLI, "--system-hive", hive, "--backup-dir",
                    os.path.join(work, "bk"), *args], stdin=subprocess.DEVNULL, capture_output=True)
    found = {}
    for line in open(report):
        fields = line.split()
        if len(fields) >= 5 and fields[-1] in CALLS and fields[3].isdigit():
            found[fields[-1]] = int(fields[3])
    return found


def attack(name, args, wanted):
    tried = 0
    outcomes = {}
    for call, count in sorted(counts(args).items()):
        work = tempdir()
        hive = os.path.join(work, "SYSTEM")
        backups = os.path.join(work, "bk")
        for when in range(1, min(count, MAX_PER_CALL) + 1):
            open(hive, "wb").write(pristine_bytes)
            run = subprocess.run(["strace", "-f", "-o", "/dev/null", "-e", f"inject={call}:error=EIO:when={when}",
                                  CLI, "--system-hive", hive, "--backup-dir", backups, *args],
                                 stdin=subprocess.DEVNULL, capture_output=True, text=True, timeout=120)
            tried += 1
            code = run.returncode
            outcomes[code] = outcomes.get(code, 0) + 1
            where = f"{name}: EIO in {call} #{when}, exit {code}"
            if code == 7:
                check("ran to the end" in run.stderr, f"{where}: says the command ran to the end ({run.stderr[-200:]})")
            if code in (0, 6, 7):
                check(shared_section(hive) == wanted, f"{where}: says changed, hivexget must read {wanted}")
                check(exports(hive) is not None, f"{where}: the hive must be whole")
            elif code == 5:
                check(shared_section(hive) == original, f"{where}: says put back, the old numbers must be there")
            else:
                check(open(hive, "rb").read() == pristine_bytes, f"{where}: says nothing changed, the hive must be "
                                                                 f"byte-identical ({run.stderr[-200:]})")
                check(run.stderr.strip() != "" or run.stdout.strip() != "", f"{where}: says something")
        open(hive, "wb").write(pristine_bytes)
        final = subprocess.run([CLI, "--system-hive", hive, "--backup-dir", backups, *args],
                               stdin=subprocess.DEVNULL, capture_output=True, text=True)
        check(final.returncode == 0, f"{name}: a normal run after the faults in {call} works ({final.stderr[-200:]})")
        check(leftovers(work, ("SYSTEM", "bk")) == [], f"{name}: nothing left after faults in {call}: "
                                                      f"{leftovers(work, ('SYSTEM', 'bk'))}")
    print(f"{name}: {tried} runs with a fault injected; exit codes {dict(sorted(outcomes.items()))}")


attack("apply", ["apply", "--values", "1024,20480,768", "--yes"], "1024,20480,768")
# restore: a backup of the original, put back over a changed hive
work = tempdir()
hive = os.path.join(work, "SYSTEM")
shutil.copyfile(pristine, hive)
made = cli("--system-hive", hive, "--backup-dir", os.path.join(work, "bk"), "--json", "apply", "--values",
           "1024,20480,768", "--yes")
backup = json_out(made)["backup"]["reg"]
changed_bytes = open(hive, "rb").read()
pristine_bytes, original = changed_bytes, "1024,20480,768"
attack("restore", ["restore", backup, "--yes"], shared_section(pristine))
done("safety_faults")
