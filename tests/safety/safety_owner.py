"""Issue 11 items 2 and 6: the changed hive keeps the original's owner and mode (a 0600 hive of another user
stays 0600 and that user's); the original is kept whole in the backup folder (0600, hashed in the record and
equal to the hive before, as hivexregedit exports it), nothing is left beside the hive; a dirty hive's replayed
logs are kept there too and removed from beside the hive."""
import json
import os
import pwd
import stat

from safetykit import *

HIVE = "win7-sp1-x86.SYSTEM"
nobody = pwd.getpwnam("nobody")

for umask in (0o022, 0o000):
    os.umask(umask)
    folder = tempdir()
    hive = unpack(HIVE, folder)
    os.chown(hive, nobody.pw_uid, nobody.pw_gid)
    os.chmod(hive, 0o600)
    before_sha, before_export = sha(hive), exports(hive)
    run = cli("--system-hive", hive, "--backup-dir", os.path.join(folder, "bk"), "--json", "apply", "--values",
              "1024,20480,768", "--yes")
    check(run.returncode == 0, f"apply (umask {umask:o}) works: {run.stderr[-300:]}")
    info = os.stat(hive)
    check(stat.S_IMODE(info.st_mode) == 0o600, f"the hive is still 0600 (umask {umask:o}): {oct(info.st_mode)}")
    check((info.st_uid, info.st_gid) == (nobody.pw_uid, nobody.pw_gid), "the hive still belongs to its owner")
    check(leftovers(folder, ("SYSTEM", "bk")) == [], f"nothing left beside the hive: {leftovers(folder, ('SYSTEM', 'bk'))}")
    kept = (json_out(run).get("backup") or {}).get("kept") or []
    check(len(kept) == 1, f"one kept file: {kept}")
    if kept:
        check(sha(kept[0]["file"]) == before_sha == kept[0]["sha256"], "the kept hive is the original, hashed")
        check(stat.S_IMODE(os.stat(kept[0]["file"]).st_mode) == 0o600, "the kept hive is readable by root alone")
        check(exports(kept[0]["file"]) == before_export, "hivexregedit exports the kept hive as the original")
        record = json.load(open(json_out(run)["backup"]["record"]))
        check(record["kept"][0]["sha256"] == before_sha, "the record holds the kept hive's sha256")
os.umask(0o022)

# The kept original put back whole (restore --whole-hive): byte-identical to the hive before the apply, as
# hivexregedit exports it; owner and mode kept; a kept file that was changed afterwards is refused.
folder = tempdir()
hive = unpack(HIVE, folder)
os.chown(hive, nobody.pw_uid, nobody.pw_gid)
os.chmod(hive, 0o640)
before_sha, before_export = sha(hive), exports(hive)
backups = os.path.join(folder, "bk")
applied = json_out(cli("--system-hive", hive, "--backup-dir", backups, "--json", "apply", "--yes"))
record = applied["backup"]["record"]
run = cli("--system-hive", hive, "--backup-dir", backups, "--json", "restore", "--whole-hive", record, "--yes")
check(run.returncode == 0, f"restore --whole-hive works: {run.stderr[-300:]}")
check(sha(hive) == before_sha and exports(hive) == before_export, "the whole original hive is back, byte for byte")
info = os.stat(hive)
check(stat.S_IMODE(info.st_mode) == 0o640 and info.st_uid == nobody.pw_uid, "owner and mode kept by the restore")
check(len((json_out(run).get("backup") or {}).get("kept") or []) == 1, "the hive it replaced was kept whole first")
kept = applied["backup"]["kept"][0]["file"]
with open(kept, "r+b") as f:
    f.seek(8192)
    f.write(b"tampered")
now_sha = sha(hive)
run = cli("--system-hive", hive, "--backup-dir", backups, "restore", "--whole-hive", record, "--yes")
check(run.returncode == 1 and "SHA-256" in run.stderr, f"a changed kept hive is refused ({run.returncode}: {run.stderr[-200:]})")
check(sha(hive) == now_sha, "the hive is unchanged after the refusal")

# A dirty hive: its logs are replayed, kept in the backup, and removed from beside the hive.
folder = tempdir()
hive = unpack("win10-1709-x64-dirty.SYSTEM", folder)
logs = [unpack(f"win10-1709-x64-dirty.SYSTEM.LOG{n}", folder, f"SYSTEM.LOG{n}") for n in (1, 2)]
log_shas = [sha(log) for log in logs]
run = cli("--system-hive", hive, "--backup-dir", os.path.join(folder, "bk"), "--json", "apply", "--yes")
check(run.returncode == 0, f"apply on the dirty hive works: {run.stderr[-300:]}")
result = json_out(run)
kept = (result.get("backup") or {}).get("kept") or []
check(sorted(k["sha256"] for k in kept[1:]) == sorted(log_shas), "both logs are kept, with their hashes")
check(all(not os.path.exists(log) for log in logs), "the replayed logs are gone from beside the hive")
check(sorted(result.get("receipt", {}).get("removed", [])) == sorted(logs), "the receipt names the removed logs")
check(os.listdir(folder) == ["SYSTEM", "bk"] or sorted(os.listdir(folder)) == ["SYSTEM", "bk"],
      f"only the hive beside it: {os.listdir(folder)}")
done("safety_owner")
