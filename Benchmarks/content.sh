#!/bin/bash
# Content loading at scale (issue 15): check --fresh, and the first commands after an edit.
#
#   Benchmarks/content.sh [BINARY] [RUNS]      (default .build/release/trainer, 5 runs)
#   CONTENT=/tmp/scale/content                 the generated content (trainer-benchmarks generate)
#
# Works on a copy of CONTENT (it edits one bank) with a fresh database and cache. Per command, the
# median of RUNS runs of wall time, CPU time (user + system) and peak RSS, from /usr/bin/time:
#   check --fresh        every file parsed and validated, the lint, 8,700 lines printed (cache warm)
#   whoami after edit    one question's prompt changed in one bank before each run: the load alone
#   check after edit     the same edit, then validation, the lint and the report
# and the floor (`sqlite3 :memory: .quit`) and libyaml alone on the same files (PyYAML's CParser
# events, when python3-yaml is built with libyaml). Say the load average beside the figures.
set -euo pipefail
bin=$(realpath "${1:-.build/release/trainer}"); runs=${2:-5}
work=$(mktemp -d /tmp/content-bench.XXXX); trap 'rm -rf "$work"' EXIT
cp -r "${CONTENT:-/tmp/scale/content}" "$work/content"
bank=$(ls "$work"/content/QuestionBanks/bank-*.yaml | head -1)
export TRAINER_CONTENT=$work/content TRAINER_DB=$work/trainer.sqlite TRAINER_NOW=2026-11-23T09:00:00Z XDG_CACHE_HOME=$work/cache
edit() { # toggles a marker in the first prompt of one bank: every call is an edit
  if grep -q 'EDITED ' "$bank"; then sed -i '0,/EDITED /s/EDITED //' "$bank"; else sed -i '0,/prompt: "/s/prompt: "/prompt: "EDITED /' "$bank"; fi
}
measure() { # label, edit-first (0/1), command...
  local label=$1 editing=$2; shift 2
  : > "$work/rows"
  for _ in $(seq "$runs"); do
    [ "$editing" = 1 ] && edit
    /usr/bin/time -o "$work/t" -f "%e %U %S %M" "$@" > /dev/null 2>&1 || true
    cat "$work/t" >> "$work/rows"
  done
  python3 - "$label" "$work/rows" <<'PY'
import sys, statistics as s
rows = [list(map(float, l.split())) for l in open(sys.argv[2]) if l.strip()]
w = [r[0] for r in rows]; c = [r[1] + r[2] for r in rows]; m = [r[3] / 1024 for r in rows]
print(f"{sys.argv[1]:22} median wall {s.median(w):5.2f} s (min {min(w):.2f}, max {max(w):.2f}), cpu {s.median(c):5.2f} s, peak {s.median(m):4.0f} MB")
PY
}
"$bin" check > /dev/null 2>&1 || true   # fills the cache
measure "check --fresh" 0 "$bin" check --fresh
measure "whoami after edit" 1 "$bin" whoami
measure "check after edit" 1 "$bin" check
measure "floor (sqlite3)" 0 sqlite3 :memory: .quit
if python3 -c 'import yaml; assert yaml.__with_libyaml__' 2> /dev/null; then
  measure "libyaml events alone" 0 python3 -c '
import glob, yaml
for f in glob.glob("'"$work"'/content/**/*.yaml", recursive=True):
    for _ in yaml.parse(open(f, "rb"), Loader=yaml.CSafeLoader): pass'
fi
uptime
