"""Issue 11 item 2: a planted symlink never makes heapfix write anywhere else. The hive folder: the old
predictable name <hive>.heapfix-new-<pid> planted as a link to a victim (the exact attack of the issue: sh
plants it under its own pid, then execs heapfix); a hive, a log or a backup folder that is a link. The backup
folder: links planted under the names of this second's and the next seconds' backups. Each time the victim is
unchanged, the hive is still a regular file, and heapfix either did its work or said why not."""
import os
import time
from datetime import datetime, timezone, timedelta

from safetykit import *

HIVE = "win7-sp1-x86.SYSTEM"

# 1. <hive>.heapfix-new-$$ planted by the shell that then becomes heapfix (same pid).
for attempt in range(5):
    folder = tempdir()
    hive = unpack(HIVE, folder)
    victim = os.path.join(folder, "victim")
    open(victim, "w").write("do not touch\n")
    victim_sha = sha(victim)
    run = cli("--system-hive", hive, "--backup-dir", os.path.join(folder, "bk"), "apply", "--values",
              "1024,20480,768", "--yes",
              prefix=("sh", "-c", 'ln -s "$0" "$1.heapfix-new-$$"; shift; exec "$@"', victim, hive))
    check(sha(victim) == victim_sha, f"planted link: the victim is unchanged (try {attempt})")
    check(os.path.isfile(hive) and not os.path.islink(hive), "planted link: the hive is still a regular file")
    check(run.returncode == 0, f"planted link: apply still works (exit {run.returncode}: {run.stderr[-300:]})")
    check(shared_section(hive) == "1024,20480,768", "planted link: hivexget reads the new numbers")
    planted = [e for e in os.listdir(folder) if ".heapfix-new-" in e]
    check(len(planted) == 1 and os.path.islink(os.path.join(folder, planted[0])),
          f"planted link: the planted link is left as it was, nothing else beside it ({planted})")

# 2. The hive itself, a log beside it, and the backup folder as links: refused, nothing written through them.
folder = tempdir()
real = unpack(HIVE, folder, "real-SYSTEM")
real_sha = sha(real)
os.symlink(real, os.path.join(folder, "SYSTEM"))
run = cli("--system-hive", os.path.join(folder, "SYSTEM"), "--backup-dir", os.path.join(folder, "bk"), "apply",
          "--yes")
check(run.returncode == 2 and "symbolic link" in run.stderr, f"a hive that is a link is refused ({run.returncode})")
check(sha(real) == real_sha, "the hive a link points at is unchanged")

folder = tempdir()
hive = unpack(HIVE, folder)
elsewhere = os.path.join(folder, "elsewhere")
os.mkdir(elsewhere)
os.symlink(elsewhere, os.path.join(folder, "bk"))
before = sha(hive)
run = cli("--system-hive", hive, "--backup-dir", os.path.join(folder, "bk"), "apply", "--yes")
check(run.returncode == 4, f"a backup folder that is a link is refused with exit 4 ({run.returncode})")
check(os.listdir(elsewhere) == [], "nothing was written where the backup-folder link points")
check(sha(hive) == before, "the hive is unchanged when the backup folder is refused")

folder = tempdir()
hive = unpack(HIVE, folder)
os.symlink("/etc/shadow", hive + ".LOG1")
started = time.monotonic()
run = cli("--system-hive", hive, "status")
check(run.returncode == 2 and "symbolic link" in run.stderr, f"a log that is a link is refused ({run.returncode})")

# 3. Links planted in the backup folder under the names the next backups will take.
folder = tempdir()
hive = unpack(HIVE, folder)
backups = os.path.join(folder, "bk")
os.mkdir(backups)
victims = []
now = datetime.now(timezone.utc)
for second in range(0, 4):
    stamp = (now + timedelta(seconds=second)).strftime("%Y%m%d-%H%M%S")
    for n in ["", "-2", "-3"]:
        for extension in (".reg", ".json", ".original-SYSTEM"):
            victim = os.path.join(folder, f"victim-{second}{n}{extension}")
            open(victim, "w").write("victim\n")
            os.symlink(victim, os.path.join(backups, f"heapfix-{stamp}-offline-SYSTEM{n}{extension}"))
            victims.append((victim, sha(victim)))
run = cli("--system-hive", hive, "--backup-dir", backups, "--json", "apply", "--values", "1024,20480,768", "--yes")
check(run.returncode == 0, f"apply with planted links in the backup folder works ({run.returncode} {run.stderr[-300:]})")
check(all(sha(v) == s for v, s in victims), "every victim behind a planted backup name is unchanged")
result = json_out(run)
reg = (result.get("backup") or {}).get("reg", "")
check(os.path.isfile(reg) and not os.path.islink(reg), f"the backup went to a new regular file ({reg})")
check(all(os.path.islink(os.path.join(backups, e)) or not e.startswith("heapfix-") or
          e.startswith(os.path.basename(reg)[:-4]) for e in os.listdir(backups)),
      "only the planted links and this backup's own files are in the folder")
done("safety_links")
