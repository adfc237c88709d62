"""Issue 11 item 7: damage elsewhere in a hive is named, and heapfix never makes it worse.
1. A cross-linked hive (real win7 SYSTEM; ControlSet002's "Windows" value pointed at ControlSet001's data cell,
   so two keys share one cell; hivex and hivexregedit read it whole): apply must not free the shared cell
   under ControlSet002: the write is refused or the hive is left byte-identical, and the export still works.
2. Mutated hives (the real nt4 SYSTEM, 150 seeded mutations of a few bytes in the hive bins): of those heapfix
   opens but hivexregedit cannot export whole, apply refuses each with exit 2 and leaves it byte-identical;
   with --allow-damaged-hive it writes the value or refuses, and never leaves more of the hive unreadable."""
import os
import random
import shutil
import struct
import subprocess

from safetykit import *

# 1. cross-linked
folder = tempdir()
hive = unpack("win7-sp1-x86.SYSTEM", folder)
offsets = subprocess.run(["perl", "-MWin::Hivex", "-e", r'''
my $h = Win::Hivex->open($ARGV[0]);
for my $cs ("ControlSet001", "ControlSet002") {
  my $n = $h->root;
  $n = $h->node_get_child($n, $_) for ($cs, "Control", "Session Manager", "SubSystems");
  my $v = $h->node_get_value($n, "Windows");
  my ($len, $off) = $h->value_data_cell_offset($v);
  print "$v $off\n";
}''', hive], capture_output=True, text=True, check=True).stdout.split()
vk1, data1, vk2, data2 = map(int, offsets)
data = bytearray(open(hive, "rb").read())
check(data[vk2 + 4:vk2 + 6] == b"vk", "ControlSet002's value record found")
struct.pack_into("<I", data, vk2 + 12, data1 - 4096)  # its data offset: ControlSet001's cell
open(hive, "wb").write(data)
check(exports(hive) is not None, "the cross-linked hive reads whole (hivexregedit)")
before = sha(hive)
run = cli("--system-hive", hive, "--backup-dir", os.path.join(folder, "bk"), "apply", "--values", "1024,20480,768",
          "--yes")
print(f"cross-linked hive: apply exit {run.returncode}: {run.stderr.strip()[-300:]}")
check(exports(hive) is not None, "the cross-linked hive still reads whole after apply")
check(subprocess.run(["hivexget", hive, r"ControlSet002\Control\Session Manager\SubSystems", "Windows"],
                     capture_output=True).returncode == 0, "ControlSet002's value still reads")
check(run.returncode != 0 and sha(hive) == before, "the write was refused and the hive is byte-identical")

# 2. mutated
random.seed(7)
pristine = unpack("nt4-sp3-x86.SYSTEM", tempdir(), "pristine")
pristine_bytes = open(pristine, "rb").read()
opened = damaged = refused = written = allowed_refused = worse = unnoticed = 0
for attempt in range(150):
    work = tempdir()
    hive = os.path.join(work, "SYSTEM")
    mutated = bytearray(pristine_bytes)
    spot = random.randrange(4096 + 32, len(mutated) - 8)
    for i in range(random.randint(1, 4)):
        mutated[spot + i] = random.randrange(256)
    open(hive, "wb").write(mutated)
    if cli("--system-hive", hive, "status").returncode != 0:
        continue
    opened += 1
    if exports(hive) is not None:
        shutil.rmtree(work)
        continue
    damaged += 1
    lines_before = subprocess.run(["hivexregedit", "--export", hive, "\\"], capture_output=True).stdout.count(b"\n")
    run = cli("--system-hive", hive, "--backup-dir", os.path.join(work, "bk"), "apply", "--values", "1024,4096,512",
              "--yes")
    if run.returncode == 0:
        # heapfix read every key and value whole, yet hivexregedit stops (an odd name or type it cannot print):
        # the write went ahead; it must not have made the export read less
        unnoticed += 1
        lines_after = subprocess.run(["hivexregedit", "--export", hive, "\\"], capture_output=True).stdout.count(b"\n")
        check(lines_after >= lines_before, f"mutation {attempt}: written, and the export reads no less")
        shutil.rmtree(work)
        continue
    check(run.returncode == 2 and "damaged elsewhere" in run.stderr,
          f"mutation {attempt}: refused with exit 2, the damage named ({run.returncode}: {run.stderr[-200:]})")
    check(open(hive, "rb").read() == bytes(mutated), f"mutation {attempt}: the hive is byte-identical")
    refused += run.returncode == 2
    unreadable_before = subprocess.run(["hivexregedit", "--export", hive, "\\"], capture_output=True).stdout.count(b"\n")
    run = cli("--system-hive", hive, "--backup-dir", os.path.join(work, "bk"), "--allow-damaged-hive", "apply",
              "--values", "1024,4096,512", "--yes")
    if run.returncode == 0:
        written += 1
        check(shared_section(hive) == "1024,4096,512", f"mutation {attempt}: with the flag the value is written")
        lines_after = subprocess.run(["hivexregedit", "--export", hive, "\\"], capture_output=True).stdout.count(b"\n")
        if lines_after < unreadable_before:
            worse += 1
            check(False, f"mutation {attempt}: the export reads less after the write ({lines_after} < {unreadable_before})")
    else:
        allowed_refused += 1
        check(open(hive, "rb").read() == bytes(mutated), f"mutation {attempt}: refused with the flag, byte-identical")
    shutil.rmtree(work)
print(f"mutated hives: 150; heapfix opens {opened}; of those hivexregedit cannot export {damaged}: refused {refused} "
      f"with exit 2 (read whole by heapfix, written, export no worse: {unnoticed}); with --allow-damaged-hive written {written}, refused {allowed_refused}, worse {worse}")
done("safety_damage")
