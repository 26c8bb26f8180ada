#!/usr/bin/env bash
# Runs a command beside busy loops, to prove the tests do not depend on an idle machine.
#
#   scripts/under-load.sh make test-browser          # one busy loop per core, plus one
#   LOAD=6 scripts/under-load.sh make test-e2e       # six busy loops
#
# Each loop spins the CPU (no I/O) at normal priority for as long as the command runs; the
# loops end with the command, also on Ctrl-C. Exits with the command's own status, and
# prints how long it took and how many loops ran beside it.
set -uo pipefail
[ $# -gt 0 ] || { echo "usage: scripts/under-load.sh COMMAND [ARG...]" >&2; exit 2; }
loops=${LOAD:-$(( $(nproc) + 1 ))}
pids=()
stop() { [ ${#pids[@]} -gt 0 ] && kill "${pids[@]}" 2>/dev/null; wait "${pids[@]}" 2>/dev/null; }
trap stop EXIT
trap 'exit 130' INT TERM
for _ in $(seq "$loops"); do
  ( exec yes > /dev/null ) &
  pids+=($!)
done
start=$(date +%s)
"$@"
status=$?
echo "under-load: '$*' exited $status after $(( $(date +%s) - start )) s beside $loops busy loops on $(nproc) cores" >&2
exit $status
