#!/usr/bin/env python3
"""heapfix benchmarks (issues 7, 13): start-up, memory, status, offline edit and the event-log diagnosis against
the floor and peers.

Every figure is a median over repeated runs (with min and max) and every ratio compares two medians taken in
the same invocation: the variants of a group run interleaved, round after round (alternating their order),
so that the load of a shared machine falls on both sides of a ratio alike. Nothing here asserts a time; the
targets are printed as met or missed. Python 3 standard library only.

    bench/run_bench.py [--build build/bench] [--win-build build/bench-win]
                       [--only startup,status,edit,wine,diagnose]

scripts/bench builds what this needs and runs it. The output is saved to bench/results/<date>-<host>.txt.
"""

import argparse
import datetime
import lzma
import os
import platform
import shutil
import socket
import statistics
import subprocess
import sys
import tempfile
import time
from dataclasses import dataclass, field
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
SUBSYSTEMS_IN_HIVE = "\\ControlSet001\\Control\\Session Manager\\SubSystems"  # Select\Current is 1 in all
SUBSYSTEMS_LIVE = "HKLM\\System\\CurrentControlSet\\Control\\Session Manager\\SubSystems"
REAL_SYSTEM_HIVES = ["nt4-sp3-x86.SYSTEM", "win7-sp1-x86.SYSTEM", "win10-1709-x64-dirty.SYSTEM"]
WINE_ENV = {"WINEDEBUG": "-all", "WINEDLLOVERRIDES": "mscoree,mshtml=;winemenubuilder.exe=d;winedbg.exe=d"}


# ---------------------------------------------------------------------------------------------- running


@dataclass
class Run:
    seconds: float
    cpu_seconds: float  # user + system time of the timed processes (and their waited-for children)
    max_rss_kib: int = 0  # only where the program reports its own (start-up)


class CommandFailed(Exception):
    pass


def spawn_timed(argv, env, stderr_file):
    """Runs argv (stdout to /dev/null, stderr to a file) and returns (seconds, CPU seconds, spawn time ns).
    No RSS from wait4: posix_spawn uses vfork, which charges the child with this Python's RSS until exec."""
    actions = [
        (os.POSIX_SPAWN_OPEN, 0, "/dev/null", os.O_RDONLY, 0),
        (os.POSIX_SPAWN_OPEN, 1, "/dev/null", os.O_WRONLY, 0),
        (os.POSIX_SPAWN_OPEN, 2, str(stderr_file), os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o600),
    ]
    start = time.monotonic_ns()
    pid = os.posix_spawnp(argv[0], argv, env, file_actions=actions)
    _, status, usage = os.wait4(pid, 0)
    end = time.monotonic_ns()
    code = os.waitstatus_to_exitcode(status)
    if code != 0:
        detail = Path(stderr_file).read_text(errors="replace").strip()[-2000:]
        raise CommandFailed(f"{' '.join(map(str, argv))} exited {code}: {detail}")
    return (end - start) / 1e9, usage.ru_utime + usage.ru_stime, start


@dataclass
class Variant:
    """One thing timed in a group. commands(folder) gives the argv lists run one after the other (their times
    add up); prepare(folder) and check(folder) are untimed; measure, if set, turns (folder, spawn ns) into
    (seconds, peak RSS KiB) instead of the wall time (start-up: what the first-paint plugin wrote)."""

    name: str
    commands: callable
    env: dict = field(default_factory=dict)
    prepare: callable = None
    check: callable = None
    measure: callable = None
    runs: list = field(default_factory=list)

    def run_once(self, folder, base_env):
        folder.mkdir(parents=True)
        if self.prepare:
            self.prepare(folder)
        env = {**base_env, **{k: v.replace("{folder}", str(folder)) for k, v in self.env.items()}}
        seconds, cpu, rss, spawned = 0.0, 0.0, 0, 0
        for i, argv in enumerate(self.commands(folder)):
            took, used, started = spawn_timed([str(a) for a in argv], env, folder.parent / f"{folder.name}.err")
            seconds, cpu = seconds + took, cpu + used
            spawned = spawned if i else started
        if self.measure:
            seconds, rss = self.measure(folder, spawned)
        if self.check:
            self.check(folder)
        shutil.rmtree(folder)
        return Run(seconds, cpu, rss)


def run_group(variants, rounds, warmup, workdir, base_env):
    """Runs the variants interleaved: warmup rounds first (discarded), then `rounds` rounds."""
    for r in range(warmup + rounds):
        order = variants if r % 2 == 0 else list(reversed(variants))
        for v in order:
            result = v.run_once(workdir / f"{v.name.replace(' ', '_').replace('/', '_')}-{r}", base_env)
            if r >= warmup:
                v.runs.append(result)


# ---------------------------------------------------------------------------------------------- reporting


class Report:
    def __init__(self):
        self.lines = []
        self.targets = []  # (text, met)

    def say(self, text=""):
        print(text, flush=True)
        self.lines.append(text)

    def table(self, title, variants, reference, rss=False):
        """Median/min/max per variant, and each variant's median over the reference's median."""
        self.say(f"\n{title}")
        head = f"  {'variant':<46} {'n':>3} {'median ms':>10} {'min':>9} {'max':>9} {'ratio':>7} {'CPU ms':>8}"
        if rss:
            head += f" {'peak RSS MiB':>13} {'RSS ratio':>9}"
        self.say(head)
        ref = median_s(reference)
        for v in variants:
            times = [r.seconds * 1000 for r in v.runs]
            cpu = statistics.median(r.cpu_seconds * 1000 for r in v.runs)
            line = (f"  {v.name:<46} {len(times):>3} {statistics.median(times):>10.2f} {min(times):>9.2f}"
                    f" {max(times):>9.2f} {median_s(v) / ref:>6.2f}x {cpu:>8.1f}")
            if rss:
                line += f" {median_rss(v) / 1024:>13.1f} {median_rss(v) / median_rss(reference):>8.2f}x"
            self.say(line)

    def target(self, text, ratio, limit, strictly_below=False):
        met = ratio < limit if strictly_below else ratio <= limit
        self.targets.append((f"{text}: {ratio:.2f}x (target {'<' if strictly_below else '<='} {limit}x)", met))


def median_s(v):
    return statistics.median(r.seconds for r in v.runs)


def median_rss(v):
    return statistics.median(r.max_rss_kib for r in v.runs)


# ---------------------------------------------------------------------------------------------- machine


def output_of(argv, env=None):
    try:
        done = subprocess.run(argv, capture_output=True, text=True, env=env, timeout=120)
        return (done.stdout or done.stderr).strip().splitlines()[0]
    except (OSError, subprocess.SubprocessError, IndexError):
        return "(not available)"


def package_version(name):
    return output_of(["dpkg-query", "-W", "-f", "${Version}", name])


def cache_value(build, key):
    cache = Path(build) / "CMakeCache.txt"
    if cache.exists():
        for line in cache.read_text().splitlines():
            if line.startswith(key + ":"):
                return line.split("=", 1)[1]
    return ""


def describe_machine(report, args):
    cpu = next((l.split(":", 1)[1].strip() for l in Path("/proc/cpuinfo").read_text().splitlines()
                if l.startswith("model name")), platform.processor())
    mem_kib = int(next(l.split()[1] for l in Path("/proc/meminfo").read_text().splitlines()
                       if l.startswith("MemTotal")))
    compiler = cache_value(args.build, "CMAKE_CXX_COMPILER") or "c++"
    # The toolchain file sets the cross compiler without caching it.
    cross = "x86_64-w64-mingw32-g++-posix" if Path(args.win_build, "CMakeCache.txt").exists() else ""
    report.say(f"heapfix benchmarks, {datetime.datetime.now(datetime.timezone.utc):%Y-%m-%d %H:%M} UTC, "
               f"host {socket.gethostname().split('.')[0]}")
    report.say(f"machine:  {cpu}, {os.cpu_count()} cores, {mem_kib / 1024 / 1024:.1f} GiB RAM, "
               f"Linux {platform.release()}, load average at start {os.getloadavg()[0]:.2f}")
    report.say(f"versions: Qt {package_version('libqt6core6')}, hivex {package_version('libhivex0')}, "
               f"libevtx {package_version('libevtx1')}, "
               f"{output_of(['wine', '--version'])}, {output_of([compiler, '--version'])}")
    report.say(f"          cross: {output_of([cross, '--version']) if cross else '(no cross build)'}, "
               f"Python {platform.python_version()}")
    report.say(f"builds:   {args.build} ({cache_value(args.build, 'CMAKE_BUILD_TYPE')}), "
               f"{args.win_build} ({cache_value(args.win_build, 'CMAKE_BUILD_TYPE') or 'absent'})")
    report.say(f"runs:     median of {args.runs} interleaved rounds after {args.warmup} warm-up rounds "
               f"({args.edit_runs} for the offline edit), niceness {os.getpriority(os.PRIO_PROCESS, 0)}; "
               f"work folder {args.workdir}")
    report.say("          wall-clock ratios are the targets' measure; CPU ms = user + system time of the timed"
               " processes")


# ---------------------------------------------------------------------------------------------- hives


def unpack_hives(workdir):
    """Decompresses every real hive (and its logs) once into workdir/hives; these copies are never written."""
    source = Path(os.environ.get("HEAPFIX_HIVES_DIR", ROOT.parent / "shared/testdata/hives"))
    target = workdir / "hives"
    target.mkdir(parents=True, exist_ok=True)
    for packed in sorted(source.glob("*.xz")):
        (target / packed.name[:-3]).write_bytes(lzma.decompress(packed.read_bytes()))
    return target


def copy_durably(source, target):
    shutil.copyfile(source, target)
    with open(target, "rb+") as f:
        os.fsync(f.fileno())


def copy_hive_with_logs(hives, name, folder):
    for f in hives.glob(name + "*"):
        if f.name == name or f.name.startswith(name + ".LOG"):
            copy_durably(f, folder / f.name)
    return folder / name


def hivexget_windows(hive):
    done = subprocess.run(["hivexget", str(hive), SUBSYSTEMS_IN_HIVE, "Windows"], capture_output=True,
                          text=True, check=True)
    return done.stdout.rstrip("\n")


def reg_hex2(text):
    """The value as a regedit hex(2) line: UTF-16LE with its NUL, as hivexregedit --merge reads it."""
    data = (text + "\0").encode("utf-16-le")
    return "hex(2):" + ",".join(f"{b:02x}" for b in data)


# ---------------------------------------------------------------------------------------------- groups


def bench_startup(args, report, env):
    plugins = Path(args.build) / "bench/plugins"
    if not (plugins / "generic/heapfix_firstpaint.so").exists():
        raise SystemExit(f"missing {plugins}/generic/heapfix_firstpaint.so: run scripts/bench")
    startup_env = {"QT_QPA_PLATFORM": "offscreen", "QT_QPA_GENERIC_PLUGINS": "heapfixfirstpaint",
                   "QT_PLUGIN_PATH": str(plugins.resolve()), "HEAPFIX_BENCH_PAINT_FILE": "{folder}/painted",
                   "TMPDIR": "{folder}", "XDG_RUNTIME_DIR": "{folder}"}

    def first_paint(folder, spawned):
        painted = folder / "painted"
        if not painted.exists():
            raise CommandFailed("no page was painted (the first-paint plugin did not load?)")
        nanoseconds, rss_kib = painted.read_text().split()
        return (int(nanoseconds) - spawned) / 1e9, int(rss_kib)

    heapfix = Variant("heapfix --sample win10-x64", lambda f: [[args.heapfix, "--sample", "win10-x64"]],
                      env=startup_env, measure=first_paint)
    bare = Variant("bare QWizard (floor)", lambda f: [[args.bare_wizard]], env=startup_env, measure=first_paint)
    # An earlier build's heapfix beside this one's (--before-build), measured by the same plugin in the same run.
    before = [Variant("before: heapfix --sample win10-x64",
                      lambda f: [[Path(args.before_build) / "app/gui/heapfix", "--sample", "win10-x64"]],
                      env=startup_env, measure=first_paint)] if args.before_build else []
    run_group([heapfix, *before, bare], args.runs, args.warmup, args.workdir / "startup", env)
    report.table("1. Start-up: launch to first painted page, offscreen (ratio: over the bare QWizard)",
                 [heapfix, *before, bare], bare, rss=True)
    report.target("start-up time, heapfix over bare QWizard", median_s(heapfix) / median_s(bare), 1.5)
    report.target("peak RSS, heapfix over bare QWizard", median_rss(heapfix) / median_rss(bare), 1.3)


def bench_status(args, report, env, hives):
    sample_dir = args.workdir / "sample"
    sample_dir.mkdir()
    sample_hive = subprocess.run([args.make_sample, "win10-x64", str(sample_dir)], capture_output=True,
                                 text=True, check=True).stdout.strip()
    cases = [("sample win10-x64", ["--sample", "win10-x64"], sample_hive)]
    cases += [(name, ["--system-hive", str(hives / name)], str(hives / name)) for name in REAL_SYSTEM_HIVES]
    report.say("\n2. heapfix-cli status against hivexget reading the same value (ratio: over hivexget)")
    report.say("   (the sample row: heapfix-cli writes its fresh sample installation, hivexget reads one;"
               " the dirty hive: heapfix-cli replays its logs, hivexget reads the stale base)")
    if os.environ.get("TMPDIR"):
        report.say(f"   TMPDIR is set ({os.environ['TMPDIR']}): heapfix-cli's sample copy goes there, not to /dev/shm")
    for label, target_args, hive in cases:
        # No TMPDIR of the harness's: heapfix-cli puts its scratch where it does for a user who set none.
        cli = Variant(f"heapfix-cli status  [{label}]", lambda f, t=target_args: [[args.cli, *t, "status"]])
        peer = Variant(f"hivexget            [{label}]",
                       lambda f, h=hive: [["hivexget", h, SUBSYSTEMS_IN_HIVE, "Windows"]])
        before = [Variant(f"before: heapfix-cli status [{label}]",
                          lambda f, t=target_args: [[args.before_cli, *t, "status"]])
                  ] if args.before_build else []
        run_group([cli, *before, peer], args.runs, args.warmup, args.workdir / "status", env)
        report.table(f"  {label}", [cli, *before, peer], peer)
        report.target(f"status on {label}, heapfix-cli over hivexget", median_s(cli) / median_s(peer), 1.0)


def new_value_for(args, hives, name, values, env):
    """Applies `values` once with heapfix-cli to a scratch copy and reads the result: the same change is
    then handed to bench_hive_edit and, as a .reg file, to hivexregedit --merge."""
    scratch = args.workdir / f"scratch-{name}"
    scratch.mkdir(parents=True)
    hive = copy_hive_with_logs(hives, name, scratch)
    before = hivexget_windows(hives / name)
    subprocess.run([args.cli, "--system-hive", str(hive), "apply", "--values", values, "--yes",
                    "--backup-dir", str(scratch / "backups")], check=True, capture_output=True, env=env)
    after = hivexget_windows(hive)
    shutil.rmtree(scratch)
    if after == before:
        raise SystemExit(f"heapfix-cli apply --values {values} changed nothing in {name}")
    return after


def bench_edit(args, report, env, hives):
    report.say("\n3. Offline edit of each real SYSTEM hive, fresh copies (hive and logs, synced) per run"
               " (ratio: over cp + sync)")
    report.say("   heapfix-cli apply = open, replay logs if dirty, verified .reg backup + record, edit, commit to"
               " a temporary file, fsync, re-open and check, rename;")
    report.say("   bench_hive_edit = the same through HiveRegistry alone (no CLI, no backup);"
               " hivexregedit --merge writes in place and never fsyncs")
    for name in REAL_SYSTEM_HIVES:
        expected = new_value_for(args, hives, name, args.values, env)
        reg = args.workdir / f"{name}.reg"
        reg.write_text(f"Windows Registry Editor Version 5.00\n\n[HKEY_LOCAL_MACHINE\\SYSTEM{SUBSYSTEMS_IN_HIVE}]\n"
                       f"\"Windows\"={reg_hex2(expected)}\n", encoding="utf-8")

        def fresh(folder):
            copy_hive_with_logs(hives, name, folder)

        def changed(folder):
            if hivexget_windows(folder / name) != expected:
                raise CommandFailed(f"{folder / name}: the value is not the expected one after the edit")

        cli = Variant(f"heapfix-cli apply   [{name}]", lambda f: [[
            args.cli, "--system-hive", f / name, "apply", "--values", args.values, "--yes",
            "--backup-dir", f / "backups"]], env={"TMPDIR": "{folder}"}, prepare=fresh, check=changed)
        model = Variant(f"bench_hive_edit     [{name}]", lambda f: [[args.hive_edit, f / name, expected]],
                        env={"TMPDIR": "{folder}"}, prepare=fresh, check=changed)
        floor = Variant(f"cp + sync (floor)   [{name}]", lambda f: [["cp", hives / name, f / name],
                                                                   ["sync", f / name]], check=changed)
        peer = Variant(f"hivexregedit --merge [{name}]", lambda f: [[
            "hivexregedit", "--merge", f / name, "--prefix", "HKEY_LOCAL_MACHINE\\SYSTEM", reg]],
            prepare=fresh, check=changed)
        floor.check = None  # cp copies the unchanged hive: nothing to compare
        before = []
        if args.before_build:
            before = [Variant(f"before: heapfix-cli apply [{name}]", lambda f: [[
                args.before_cli, "--system-hive", f / name, "apply", "--values", args.values, "--yes",
                "--backup-dir", f / "backups"]], env={"TMPDIR": "{folder}"}, prepare=fresh, check=changed),
                Variant(f"before: bench_hive_edit [{name}]", lambda f: [[args.before_hive_edit, f / name, expected]],
                        env={"TMPDIR": "{folder}"}, prepare=fresh, check=changed)]
        run_group([cli, model, *before, floor, peer], args.edit_runs, args.warmup, args.workdir / "edit", env)
        report.table(f"  {name}", [cli, model, *before, floor, peer], floor)
        for label, program in [("heapfix-cli apply", args.cli)] + (
                [("before: heapfix-cli apply", args.before_cli)] if args.before_build else []):
            report.say(f"  fsyncs in one {label}: {count_fsyncs(args, hives, name, program, env)}")
        report.target(f"offline edit of {name}, heapfix-cli over cp + sync", median_s(cli) / median_s(floor), 3.0)
        report.target(f"offline edit of {name}, heapfix-cli over hivexregedit --merge",
                      median_s(cli) / median_s(peer), 1.0, strictly_below=True)
        report.say(f"  (model alone over cp + sync: {median_s(model) / median_s(floor):.2f}x)")


def count_fsyncs(args, hives, name, program, env):
    """The flushes (fsync, fdatasync, syncfs, sync) of one heapfix-cli apply, counted by strace -f."""
    if not shutil.which("strace"):
        return "(strace not installed)"
    folder = args.workdir / f"fsyncs-{name}"
    folder.mkdir(parents=True)
    copy_hive_with_logs(hives, name, folder)
    log = folder / "strace.txt"
    subprocess.run(["strace", "-f", "-qq", "-o", str(log), "-e", "trace=fsync,fdatasync,syncfs,sync",
                    program, "--system-hive", str(folder / name), "apply", "--values", args.values, "--yes",
                    "--backup-dir", str(folder / "backups")], check=True, capture_output=True,
                   env={**env, "TMPDIR": str(folder)})
    calls = [line for line in log.read_text().splitlines() if "sync" in line and "resumed" not in line]
    shutil.rmtree(folder)
    return len(calls)


def bench_wine(args, report, env):
    exe = Path(args.win_build) / "app/cli/heapfix-cli.exe"
    if not exe.exists():
        report.say(f"\n4. Under Wine: skipped, {exe} is missing (scripts/bench builds it)")
        return
    wine_env = {**env, **WINE_ENV, "WINEPREFIX": str(Path(args.wineprefix).resolve())}
    wine_env.pop("DISPLAY", None)
    subprocess.run([str(ROOT / "scripts/wine-prefix")], env=wine_env, check=True, capture_output=True)
    query = ["wine", "reg", "query", SUBSYSTEMS_LIVE, "/v", "Windows"]
    if subprocess.run(query, env=wine_env, capture_output=True).returncode != 0:
        # A fresh Wine prefix has no SubSystems\Windows: give it Windows 10's default value.
        subprocess.run(["wine", "reg", "add", SUBSYSTEMS_LIVE, "/v", "Windows", "/t", "REG_EXPAND_SZ", "/d",
                        args.wine_value, "/f"], env=wine_env, check=True, capture_output=True)
    cli = Variant("wine heapfix-cli.exe status", lambda f: [["wine", exe, "status"]])
    peer = Variant("wine reg query (peer)", lambda f: [query])
    run_group([cli, peer], args.runs, args.warmup, args.workdir / "wine", wine_env)
    report.table("\n4. Under Wine (warm wineserver): heapfix-cli.exe status against wine reg query of the same"
                 " value (ratio: over reg query)", [cli, peer], peer)
    report.target("status under Wine, heapfix-cli.exe over wine reg query", median_s(cli) / median_s(peer), 1.0)


def bench_diagnose(args, report, env):
    """heapfix-cli diagnose on the largest real event log against evtxexport of the same file (the peer the
    tests check heapfix with). Both read every record with libevtx; evtxexport prints them, heapfix renders
    only the evidence candidates and the oldest and newest record."""
    source = Path(os.environ.get("HEAPFIX_EVTX_DIR", ROOT.parent / "shared/testdata/evtx"))
    logs = {packed.name[:-3]: lzma.decompress(packed.read_bytes()) for packed in source.glob("*.evtx.xz")}
    if not logs:
        report.say(f"\n5. diagnose: skipped, no .evtx.xz in {source}")
        return
    name = max(logs, key=lambda n: len(logs[n]))
    windows = args.workdir / "evtx" / "Windows"
    log = windows / "System32/winevt/Logs/System.evtx"
    log.parent.mkdir(parents=True)
    log.write_bytes(logs[name])
    info = subprocess.run(["evtxinfo", str(log)], capture_output=True, text=True, env=env).stdout
    count = next((l.split(":", 1)[1].strip() for l in info.splitlines() if "Number of records" in l), "?")
    cli = Variant("heapfix-cli diagnose --json", lambda f: [[args.cli, "--windows-dir", windows, "diagnose", "--json"]])
    peer = Variant("evtxexport (peer)", lambda f: [["evtxexport", log]])
    peer_xml = Variant("evtxexport -f xml", lambda f: [["evtxexport", "-f", "xml", log]])
    run_group([cli, peer, peer_xml], args.runs, args.warmup, args.workdir / "diagnose", env)
    report.table(f"\n5. diagnose on the largest real log, {name} ({len(logs[name]) / 1024 / 1024:.1f} MiB, "
                 f"{count} records), against evtxexport of the same file (ratio: over evtxexport)",
                 [cli, peer, peer_xml], peer)
    report.target(f"diagnose on {name}, heapfix-cli over evtxexport", median_s(cli) / median_s(peer), 1.0)


# ---------------------------------------------------------------------------------------------- main


WIN10_DEFAULT = ("%SystemRoot%\\system32\\csrss.exe ObjectDirectory=\\Windows SharedSection=1024,20480,768 "
                 "Windows=On SubSystemType=Windows ServerDll=basesrv,1 ServerDll=winsrv:UserServerDllInitialization,3 "
                 "ServerDll=sxssrv,4 ProfileControl=Off MaxRequestThreads=16")


def parse_arguments():
    p = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    p.add_argument("--build", default=str(ROOT / "build/bench"), help="the native RelWithDebInfo build")
    p.add_argument("--win-build", default=str(ROOT / "build/bench-win"), help="the windows-cross build")
    p.add_argument("--wineprefix", default=str(ROOT / "build/bench/wineprefix"))
    p.add_argument("--runs", type=int, default=21)
    p.add_argument("--edit-runs", type=int, default=11)
    p.add_argument("--warmup", type=int, default=2)
    p.add_argument("--values", default="1024,20480,1024", help="what the offline edit sets (X,Y,Z in KB)")
    p.add_argument("--wine-value", default=WIN10_DEFAULT)
    p.add_argument("--only", default="startup,status,edit,wine,diagnose")
    p.add_argument("--before-build", default="",
                   help="a build of an earlier version: its heapfix, heapfix-cli and bench_hive_edit are timed"
                        " beside this build's in the startup, status and edit groups (before/after in the same run)")
    p.add_argument("--nice", type=int, default=0,
                   help="niceness for the harness and what it times (negative needs root; on a shared, loaded "
                        "machine it keeps the figures closer to an idle one's)")
    p.add_argument("--save", default=str(ROOT / "bench/results"), help="folder for <date>-<host>.txt ('' = none)")
    args = p.parse_args()
    build = Path(args.build)
    args.heapfix = str(build / "app/gui/heapfix")
    args.cli = str(build / "app/cli/heapfix-cli")
    args.bare_wizard = str(build / "bench/bench_bare_wizard")
    args.hive_edit = str(build / "bench/bench_hive_edit")
    args.make_sample = str(build / "bench/bench_make_sample")
    args.before_cli = str(Path(args.before_build) / "app/cli/heapfix-cli") if args.before_build else ""
    args.before_hive_edit = str(Path(args.before_build) / "bench/bench_hive_edit") if args.before_build else ""
    return args


def main():
    args = parse_arguments()
    if args.nice:
        os.setpriority(os.PRIO_PROCESS, 0, args.nice)
    env = {k: v for k, v in os.environ.items() if not k.startswith("QT_")}
    env["LC_ALL"] = "C.UTF-8"
    report = Report()
    with tempfile.TemporaryDirectory(prefix="heapfix-bench-") as work:
        args.workdir = Path(work)
        describe_machine(report, args)
        hives = unpack_hives(args.workdir)
        groups = args.only.split(",")
        if "startup" in groups:
            bench_startup(args, report, env)
        if "status" in groups:
            bench_status(args, report, env, hives)
        if "edit" in groups:
            bench_edit(args, report, env, hives)
        if "wine" in groups:
            bench_wine(args, report, env)
        if "diagnose" in groups:
            bench_diagnose(args, report, env)
    report.say(f"\nload average at the end {os.getloadavg()[0]:.2f}")
    report.say("\nTargets:")
    for text, met in report.targets:
        report.say(f"  [{'met' if met else 'MISSED'}] {text}")
    if args.save:
        stamp = datetime.datetime.now(datetime.timezone.utc).strftime("%Y-%m-%d")
        out = Path(args.save) / f"{stamp}-{socket.gethostname().split('.')[0]}.txt"
        out.parent.mkdir(parents=True, exist_ok=True)
        out.write_text("\n".join(report.lines) + "\n")
        print(f"\nsaved to {out}")


if __name__ == "__main__":
    try:
        main()
    except CommandFailed as failure:
        sys.exit(f"run_bench: {failure}")
