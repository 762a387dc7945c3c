#!/usr/bin/env python3
"""Process-level timings of the release binary, medians of repeated runs.

Usage: python3 Benchmarks/startup.py [runs]   (after `swift build -c release`)
Each case runs once untimed to warm the content cache and the page cache, then `runs` times.
"""
import os, statistics, subprocess, sys, tempfile, time

root = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
binary = os.environ.get("TRAINER_BINARY", os.path.join(root, ".build", "release", "trainer"))
runs = int(sys.argv[1]) if len(sys.argv) > 1 else 30
work = tempfile.mkdtemp(prefix="trainer-bench-")
env = dict(os.environ, TRAINER_DB=os.path.join(work, "db.sqlite"), XDG_CACHE_HOME=os.path.join(work, "cache"),
           XDG_STATE_HOME=os.path.join(work, "state"), TRAINER_CONTENT=root, NO_COLOR="1")

def run(args, stdin=None, extra=None):
    result = subprocess.run([binary] + args, input=stdin, capture_output=True, text=True, env=dict(env, **(extra or {})))
    if result.returncode != 0:
        sys.exit(f"{args} failed: {result.stderr}")

def timed(name, args, stdin=None, extra=None):
    run(args, stdin, extra)
    samples = []
    for _ in range(runs):
        start = time.perf_counter()
        run(args, stdin, extra)
        samples.append((time.perf_counter() - start) * 1000)
    print(f"{name:<52} median {statistics.median(samples):7.1f} ms   min {min(samples):7.1f} ms   ({runs} runs)")

run(["init", "--lead", "lena"], extra={"TRAINER_NEW_PASSPHRASE": "lena-passphrase"})
print(f"trainer startup · {os.cpu_count()} cores · shipped content in {root}")
def timed_floor():
    samples = []
    for _ in range(runs):
        start = time.perf_counter()
        subprocess.run(["sqlite3", ":memory:", ".quit"], capture_output=True)
        samples.append((time.perf_counter() - start) * 1000)
    print(f"{'the floor: `sqlite3 :memory: .quit`':<52} median {statistics.median(samples):7.1f} ms   min {min(samples):7.1f} ms   ({runs} runs)")
timed_floor()
timed("`trainer --version` (runtime start-up only)", ["--version"])
timed("script mode to first prompt: `echo whoami | trainer`", [], stdin="whoami\n")
timed("trainer check (unchanged content, cache warm)", ["check"])
timed("trainer check --fresh (parse every YAML file)", ["check", "--fresh"])
timed("one-shot with login: `trainer whoami --as lena`", ["whoami", "--as", "lena"], extra={"TRAINER_PASSPHRASE": "lena-passphrase"})
