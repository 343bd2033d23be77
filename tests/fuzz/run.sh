#!/bin/sh
# Runs every fuzz target of an LMC_FUZZ build (one per directory of
# tests/fuzz/corpus/) for a bounded time, then prints its runs, executions
# per second and corpus size.  The committed corpus is only read; new
# inputs go to <build>/fuzz/<target>/corpus, crashes to
# <build>/fuzz/<target>/crashes.  Exits non-zero if any target fails.
# Usage: tests/fuzz/run.sh <build dir> <seconds per target>
set -u
build=$1
secs=$2
src=$(cd "$(dirname "$0")" && pwd)
status=0
for dir in "$src"/corpus/*/; do
    t=$(basename "$dir")
    out=$build/fuzz/$t
    mkdir -p "$out/corpus" "$out/crashes"
    log=$out/log.txt
    # An input that runs 30 s is a hang, not a slow input: every problem
    # the targets execute is small.
    ASAN_OPTIONS=detect_leaks=1 UBSAN_OPTIONS=print_stacktrace=1 \
        "$build/tests/fuzz/$t" -max_total_time="$secs" -timeout=30 -rss_limit_mb=4096 \
        -print_final_stats=1 -artifact_prefix="$out/crashes/" "$out/corpus" "$dir" \
        >"$log" 2>&1
    rc=$?
    runs=$(sed -n 's/^stat::number_of_executed_units: *//p' "$log")
    rate=$(sed -n 's/^stat::average_exec_per_sec: *//p' "$log")
    corp=$(grep -o 'corp: [0-9]*/[0-9]*[a-zA-Z]*' "$log" | tail -n 1)
    printf '%-12s %s s: %s runs, %s exec/s, %s (committed %s inputs, found here so far %s)\n' \
        "$t" "$secs" "${runs:-?}" "${rate:-?}" "${corp:-corp: ?}" \
        "$(ls "$dir" | wc -l)" "$(ls "$out/corpus" | wc -l)"
    if [ "$rc" -ne 0 ]; then
        echo "$t failed (exit $rc); the end of $log:"
        tail -n 40 "$log"
        status=1
    fi
done
exit $status
