#!/usr/bin/env bash
# Instructions of one WARM pass of a workload of workloads.ts (redact, seed 1, unless given): valgrind
# counts the workload at 1 pass and at 3 passes (instructions.sh), and half their difference is a
# pass run on compiled code, the start-up, corpus generation and V8's compiling cancelled out.
# `instructions.sh redact 1` is mostly those (TurboFan about a third of its samples, session 44),
# so that a hot-path change shows there as compile variance (two runs of one tree 0.8% apart at
# load 20); this figure repeated to about 0.1%. Usage: `bench/tools/warm.sh [SEED]` (redact, as
# before) or `bench/tools/warm.sh WORKLOAD [SEED]`, e.g. `warm.sh text 11` (repairText's pass over
# the same messages again: code compiled, memos as a long-running process holds them). ~2x the time
# of instructions.sh; the two counts run side by side.
set -euo pipefail
here="$(cd "$(dirname "$0")" && pwd)"
workload=redact
if [[ "${1:-}" =~ ^[a-z]+$ ]]; then
  workload="$1"
  shift
fi
case "$workload" in
  redact) seed="${1:-1}" ;;
  text) seed="${1:-11}" ;;
  *)
    echo "usage: warm.sh [redact|text] [SEED]" >&2
    exit 2
    ;;
esac
one="$(mktemp)"
three="$(mktemp)"
"$here/instructions.sh" "$workload" "$seed" 1 > "$one" &
"$here/instructions.sh" "$workload" "$seed" 3 > "$three" &
wait
a="$(grep -o '[0-9]*$' < <(grep instructions "$one"))"
b="$(grep -o '[0-9]*$' < <(grep instructions "$three"))"
if [[ "$(grep "$workload" "$one")" != "$(grep "$workload" "$three")" ]]; then
  echo "the one-pass and three-pass hashes differ:" >&2
  grep "$workload" "$one" "$three" >&2
fi
grep "$workload" "$three"
echo "one pass: $a, three passes: $b, warm pass: $(((b - a) / 2))"
rm -f "$one" "$three"
