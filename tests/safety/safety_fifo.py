"""Issue 11 item 10: a FIFO never hangs heapfix. restore of a FIFO, a backup record naming one, FIFOs called
*.json and *.reg in the backup folder (backups), and a FIFO called SYSTEM.LOG1 beside the hive (status): each
ends within seconds, with a clear error where the FIFO was asked for and a normal listing where it was not."""
import json
import os
import subprocess
import time

from safetykit import *

HIVE = "win7-sp1-x86.SYSTEM"


def timed(*args):
    started = time.monotonic()
    try:
        run = cli(*args, timeout=20)
    except subprocess.TimeoutExpired:
        return None, 20.0
    return run, time.monotonic() - started


folder = tempdir()
hive = unpack(HIVE, folder)
backups = os.path.join(folder, "bk")
os.mkdir(backups)
before = sha(hive)

fifo = os.path.join(folder, "restore.reg")
os.mkfifo(fifo)
run, seconds = timed("--system-hive", hive, "--backup-dir", backups, "restore", fifo, "--yes")
check(run is not None and seconds < 5, f"restore of a FIFO ends within seconds ({seconds:.1f} s)")
check(run is not None and run.returncode != 0 and "FIFO" in run.stderr, f"restore of a FIFO says why: {run and run.stderr}")

os.mkfifo(os.path.join(backups, "heapfix-fifo.reg"))
record = os.path.join(backups, "heapfix-20260101-000000-offline-SYSTEM.json")
json.dump({"format": "heapfix-backup-1", "regFile": "heapfix-fifo.reg", "key": "k", "valueName": "Windows",
           "sha256": "0" * 64}, open(record, "w"))
run, seconds = timed("--system-hive", hive, "--backup-dir", backups, "restore", record, "--yes")
check(run is not None and seconds < 5, f"restore of a record naming a FIFO ends within seconds ({seconds:.1f} s)")
check(run is not None and run.returncode != 0, "restore of a record naming a FIFO fails")

os.mkfifo(os.path.join(backups, "heapfix-fifo.json"))
run, seconds = timed("--backup-dir", backups, "backups")
check(run is not None and seconds < 5, f"backups with FIFOs called *.json and *.reg ends within seconds ({seconds:.1f} s)")
check(run is not None and run.returncode == 0, f"backups lists the folder all the same ({run and run.returncode})")

os.mkfifo(hive + ".LOG1")
run, seconds = timed("--system-hive", hive, "status")
check(run is not None and seconds < 5, f"status with a FIFO called SYSTEM.LOG1 ends within seconds ({seconds:.1f} s)")
check(run is not None and run.returncode == 2 and "FIFO" in run.stderr, f"status names the FIFO: {run and run.stderr}")
check(sha(hive) == before, "the hive is unchanged")
done("safety_fifo")
