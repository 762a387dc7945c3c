#!/usr/bin/env python3
"""Report timings on a generated organisation (issue 15), each beside the same aggregate written
by hand and run in the sqlite3 shell on the same file. Medians of repeated runs of the release build.

Usage: python3 Benchmarks/scale.py DB [runs]   (DB from `trainer-benchmarks generate`; see scale.sh)
SCALE_ONLY=trainees,show: only the rows whose name starts so (no `check --fresh`); on a v11 database
the hand SQL reads the mastery summary as trainer does, SCALE_HAND=window orders every answer again.
Reports run with --content on the shipped content: they read no bank, and content loading is
measured apart (`check --fresh` on the generated folder, the last line).
"""
import os, resource, statistics, subprocess, sys, tempfile, time

root = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
binary = os.environ.get("TRAINER_BINARY", os.path.join(root, ".build", "release", "trainer"))
db = os.path.abspath(sys.argv[1])
runs = int(sys.argv[2]) if len(sys.argv) > 2 else 7
work = tempfile.mkdtemp(prefix="trainer-scale-")
env = dict(os.environ, TRAINER_DB=db, TRAINER_CONTENT=root, XDG_CACHE_HOME=os.path.join(work, "cache"),
           XDG_STATE_HOME=os.path.join(work, "state"), TRAINER_NOW="2026-11-23T09:00:00Z", TZ="UTC", NO_COLOR="1",
           TRAINER_PASSPHRASE="scale-passphrase", COLUMNS="200")

def cpu():
    usage = resource.getrusage(resource.RUSAGE_CHILDREN)
    return usage.ru_utime + usage.ru_stime

def once(command, stdin=None, extra=None):
    """Wall time and CPU time (user + system, ms) of one run: on a shared machine the CPU time is
    the steadier figure."""
    start, used = time.perf_counter(), cpu()
    process = subprocess.Popen(command, stdin=subprocess.PIPE, stdout=subprocess.PIPE, stderr=subprocess.PIPE,
                               env=dict(env, **(extra or {})))
    out, err = process.communicate(stdin.encode() if stdin else None)
    elapsed = (time.perf_counter() - start) * 1000
    if process.returncode != 0:
        sys.exit(f"{command} failed: {err.decode()[:500]}")
    return elapsed, (cpu() - used) * 1000

def peak_mb(command, extra=None):
    """Peak resident memory of one run, from a fresh Python whose only child it is."""
    probe = ("import resource, subprocess, sys; subprocess.run(sys.argv[1:], stdout=subprocess.DEVNULL, check=True); "
             "print(resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss)")
    result = subprocess.run([sys.executable, "-c", probe] + command, capture_output=True, text=True, env=dict(env, **(extra or {})))
    return int(result.stdout.strip()) / 1024

def median(command, stdin=None, extra=None, times=None):
    """Median wall and CPU time of `runs` runs after one untimed run (page cache, content cache)."""
    once(command, stdin, extra)
    samples = [once(command, stdin, extra) for _ in range(times or runs)]
    return statistics.median(s[0] for s in samples), statistics.median(s[1] for s in samples)

def sql(query):
    return ["sqlite3", "-readonly", db, query]

longest = subprocess.run(sql("SELECT u.name FROM user u WHERE u.role = 'trainee' ORDER BY u.startDay, u.name LIMIT 1"),
                         capture_output=True, text=True).stdout.strip()
mentor = subprocess.run(sql("SELECT m.name FROM user m JOIN user t ON t.mentorId = m.id GROUP BY m.id ORDER BY COUNT(*) DESC, m.name LIMIT 1"),
                        capture_output=True, text=True).stdout.strip()
submitted = "a.finishedAt IS NOT NULL AND a.abandoned = 0"
window = f"""SELECT userId, topic, COUNT(*), AVG(credit) FROM (SELECT a.userId, q.topic, COALESCE(q.credit, 0) AS credit,
  ROW_NUMBER() OVER (PARTITION BY a.userId, q.topic ORDER BY COALESCE(q.answeredAt, a.finishedAt) DESC) AS recency
  FROM user u JOIN attempt a ON a.userId = u.id JOIN attemptQuestion q ON q.attemptId = a.id
  WHERE a.kind IN ('quiz', 'review') AND {submitted} AND %s) WHERE recency <= 20 GROUP BY userId, topic;"""
last_answer = "SELECT u.id, MAX(q.answeredAt) FROM user u JOIN attempt a ON a.userId = u.id JOIN attemptQuestion q ON q.attemptId = a.id WHERE %s GROUP BY u.id;"
# From schema v11 (v11-mastery-summary) mastery and the last answer are kept as answers come in:
# the hand SQL reads them as trainer does; before, it orders every answer (the window).
summarised = "masterySummary" in subprocess.run(sql(".tables"), capture_output=True, text=True).stdout
if summarised and os.environ.get("SCALE_HAND") != "window":
    mastery = "SELECT m.userId, m.topic, m.answered, m.mean FROM masterySummary m JOIN user u ON u.id = m.userId WHERE %s;"
    last_answer = "SELECT l.userId, l.at FROM lastAnswer l JOIN user u ON u.id = l.userId WHERE %s;"
else:
    mastery = window
desk = f"""SELECT u.id, AVG(a.score) FROM user u JOIN attempt a ON a.userId = u.id WHERE a.kind = 'quiz' AND {submitted} AND %s GROUP BY u.id;
""" + last_answer + "\n" + mastery
everyone = "u.role = 'trainee'"
mine = f"u.role = 'trainee' AND u.mentorId = (SELECT id FROM user WHERE name = '{mentor}')"
one = f"u.name = '{longest}'"
results = """SELECT a.id, u.name, a.topic, a.kind, a.score, a.passed, a.startedAt, a.finishedAt,
  (SELECT group_concat(q.questionId || ':' || IFNULL(q.chosen, '') || ':' || IFNULL(q.credit, ''), ';') FROM attemptQuestion q WHERE q.attemptId = a.id)
  FROM attempt a JOIN user u ON u.id = a.userId ORDER BY a.id DESC;"""

print(f"trainer scale · {os.cpu_count()} cores · {os.uname().nodename} · {db} ({os.path.getsize(db) // 2**20} MiB)")
print(f"longest history: {longest}; mentor with most trainees: {mentor}; {runs} runs each, medians")
print(f"{'':<44} {'wall':>9} {'cpu':>9}   {'hand SQL wall':>13} {'cpu':>9}   ratio (wall, cpu)")
floor = median(["sqlite3", ":memory:", ".quit"])
print(f"{'sqlite3 :memory: .quit':<44} {floor[0]:6.1f} ms {floor[1]:6.1f} ms")
prompt = median([binary], stdin="", extra={"TRAINER_DB": db})
print(f"{'start to first prompt (script, empty input)':<44} {prompt[0]:6.1f} ms {prompt[1]:6.1f} ms   "
      f"{prompt[0] / floor[0]:.1f}x / {prompt[1] / max(floor[1], 0.1):.1f}x the floor")
rows = [
    ("trainees, mentor " + mentor, ["trainees", "--as", mentor], desk.replace("%s", mine)),
    ("trainees, lead over all", ["trainees", "--as", "lead"], desk.replace("%s", everyone)),
    ("results --json, lead", ["results", "--json", "--as", "lead"], results),
    ("results (table), lead", ["results", "--as", "lead"], None),
    ("show " + longest, ["show", longest, "--as", "lead"], desk.replace("%s", one)),
    ("weak " + longest, ["weak", longest, "--as", "lead"], mastery.replace("%s", one)),
    ("today " + longest, ["today", longest, "--as", "lead"], None),
    ("sheet " + longest, ["sheet", longest, "--as", "lead"], None),
]
only = os.environ.get("SCALE_ONLY")  # e.g. "trainees,show": the rows whose name starts so
for name, command, hand in rows:
    if only and not any(name.startswith(prefix) for prefix in only.split(",")):
        continue
    # A lead's whole JSON history takes over a second a run: three runs, not `runs`.
    wall, used = median([binary] + command, times=3 if "--json" in command and "results" in command else None)
    line = f"{name:<44} {wall:6.1f} ms {used:6.1f} ms"
    if hand:
        hand_wall, hand_used = median(sql(hand))
        line += f"   {hand_wall:10.1f} ms {hand_used:6.1f} ms   {wall / hand_wall:.2f}, {used / max(hand_used, 0.1):.2f}"
    if command[0] == "results" and "--json" in command:
        line += f"   peak {peak_mb([binary] + command):6.1f} MB"
    print(line)
content = os.path.join(os.path.dirname(db), "content")
if os.path.isdir(content) and not only:
    fresh = median([binary, "check", "--fresh"], extra={"TRAINER_CONTENT": content})[0]
    print(f"{'check --fresh on the generated content':<44} {fresh:6.1f} ms   peak {peak_mb([binary, 'check', '--fresh'], extra={'TRAINER_CONTENT': content}):6.1f} MB")
