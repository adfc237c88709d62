"""Issue 11 item 5: kill -9 at random moments during apply (40 tries, seeded): the hive is always the original
or the correct new one (hivexget), and the next normal run removes what the killed one left (and says so), so
that after it nothing but the hive is beside it."""
import os
import random
import signal
import subprocess
import time

from safetykit import *

HIVE = "win7-sp1-x86.SYSTEM"
random.seed(11)
TRIES = int(os.environ.get("HEAPFIX_SAFETY_TRIES", "40"))
folder = tempdir()
hive = unpack(HIVE, folder)
backups = os.path.join(tempdir(), "bk")
original = shared_section(hive)
values = ["1024,20480,768", "1024,16384,1024"]
left_behind = 0
for attempt in range(TRIES):
    wanted = values[attempt % 2]
    before = shared_section(hive)
    process = subprocess.Popen([CLI, "--system-hive", hive, "--backup-dir", backups, "apply", "--values", wanted,
                                "--yes"], stdin=subprocess.DEVNULL, stdout=subprocess.DEVNULL,
                               stderr=subprocess.DEVNULL)
    time.sleep(random.uniform(0.0, 0.35))
    process.send_signal(signal.SIGKILL)
    process.wait()
    now = shared_section(hive)
    check(now in (before, wanted), f"kill {attempt}: the hive holds the old or the new numbers ({now})")
    check(exports(hive) is not None, f"kill {attempt}: the hive is whole")
    extra = leftovers(folder)
    left_behind += bool(extra)
    run = cli("--system-hive", hive, "--backup-dir", backups, "apply", "--values", wanted, "--yes")
    check(run.returncode == 0, f"kill {attempt}: the next run works ({run.returncode}: {run.stderr[-200:]})")
    if extra:
        check("left beside the hive by a heapfix run that was stopped" in run.stdout,
              f"kill {attempt}: the next run says it removed {extra}")
    check(leftovers(folder) == [], f"kill {attempt}: nothing left after the next run: {leftovers(folder)}")
    check(shared_section(hive) == wanted, f"kill {attempt}: the next run's numbers are in place")
print(f"kills: {TRIES}, runs that left something behind: {left_behind}, all removed by the next run")
done("safety_kills")
