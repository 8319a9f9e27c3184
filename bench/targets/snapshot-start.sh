#!/usr/bin/env bash
# snapshot-start.sh: how fast a new replica is ready from a snapshot file (issue 19 item 3) beside a cold start of the
# same corpus, at each size given. Kept apart from run-bench.sh, which measures everything else.
#
#   bash bench/targets/snapshot-start.sh [--entries 'N ...'] [--runs R] [--hugo] [--no-build]
#
# Steps: publish the API as the Dockerfile does (self-contained ReadyToRun) into bench/.out/api-snapshot; for each size,
# take the generated corpus (bench/.out/corpus-N-seedS, made on first use), write its snapshot file with
# 'JournalApi snapshot', then alternate R cold starts and R starts with Content:SnapshotFile, each timed from exec to
# /health/ready answering 200 (polled every 20 ms), with its peak memory (VmHWM) once ready; a start from the file is
# also timed until its background check against the folder has finished (the log's "Re-read 0 file(s)").
# --hugo times one Hugo build of the same corpus too (bench/tools/hugo-site.sh), for the ratio the issue sets (<= 0.1).
#
# Options and environment:
#   --entries 'N ...'  ENTRIES='10000 100000'   corpus sizes
#   --runs R           RUNS=3                   starts of each kind per size (medians are printed)
#   --hugo                                      time Hugo as well (needs hugo; minutes at 100,000 entries)
#   --no-build                                  reuse bench/.out/api-snapshot
#   CORPORA=DIR        a folder that already holds corpus-N-seedS folders (another work tree's bench/.out), used first
#   API_PORT=5391 READY_TIMEOUT=300 CORPUS_SEED=42
#
# Only 127.0.0.1 is contacted. Every process this script starts is ended when it exits. Other work on the machine
# skews every figure: the CPU the rest of the machine used during each start is printed beside it.
set -euo pipefail

here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
source "$here/../tools/lib.sh"  # sets bench, repo and out; the helpers every bench script shares

ENTRIES="${ENTRIES:-10000 100000}"
RUNS="${RUNS:-3}"
API_PORT="${API_PORT:-5391}"
READY_TIMEOUT="${READY_TIMEOUT:-300}"
CORPORA="${CORPORA:-}"
build=1 hugo=0

log() { printf '%s\n' "snapshot-start: $*" >&2; }
die() { printf '%s\n' "snapshot-start: $*" >&2; exit 1; }

while (( $# )); do
  case "$1" in
    --entries) ENTRIES="${2:?--entries needs sizes}"; shift 2 ;;
    --runs) RUNS="${2:?--runs needs a number}"; shift 2 ;;
    --hugo) hugo=1; shift ;;
    --no-build) build=0; shift ;;
    -h|--help) sed -n '2,/^set -euo/p' "${BASH_SOURCE[0]}" | sed '$d; s/^# \{0,1\}//'; exit 0 ;;
    *) die "unknown option '$1' (see --help)" ;;
  esac
done
for n in $ENTRIES; do [[ "$n" =~ ^[0-9]+$ ]] || die "--entries takes whole numbers (got '$n')"; done
[[ "$RUNS" =~ ^[0-9]+$ ]] && (( RUNS >= 1 )) || die "--runs must be a number from 1"

# shellcheck source=../tools/lib.sh
mkdir -p "$out/logs"
api="$out/api-snapshot"
select_source ""
if (( build )); then
  log "publishing $built_from into $api"
  publish_api "$api" "$out/logs/publish-api-snapshot.log"
fi
[[ -x "$api/JournalApi" ]] || die "no API in $api (run without --no-build)"

pid=""
cleanup() { [[ -z "$pid" ]] || { kill "$pid" 2>/dev/null || true; wait "$pid" 2>/dev/null || true; }; }
trap cleanup EXIT
trap 'exit 130' INT TERM

ready() { # whether GET /health/ready answers 200, without spawning a process
  local fd code
  { exec {fd}<>"/dev/tcp/127.0.0.1/$API_PORT"; } 2>/dev/null || return 1
  printf 'GET /health/ready HTTP/1.1\r\nHost: 127.0.0.1\r\nConnection: close\r\n\r\n' >&"$fd"
  read -r -t 2 -u "$fd" _ code _ || code=0
  exec {fd}>&-
  [[ "$code" == 200 ]]
}
busy_ticks() { awk '/^cpu / { print $2 + $3 + $4 + $7 + $8 + $9 }' /proc/stat; }
mkfifo "$out/.tick.$$"; exec {tick}<>"$out/.tick.$$"; rm -f "$out/.tick.$$"

# serve CORPUS [SNAPSHOT]: starts the API, waits until ready; sets ready_ms, hwm_mb, others_s, checked_ms (with a file)
serve() {
  local corpus="$1" file="${2:-}" logfile="$out/logs/snapshot-start.log" t0 t1 busy0
  local settings=(--content "$corpus" --urls "http://127.0.0.1:$API_PORT")
  [[ -z "$file" ]] || settings+=(--Content:SnapshotFile "$file")
  busy0=$(busy_ticks)
  t0=${EPOCHREALTIME/./}
  env Logging__LogLevel__Default=Warning Logging__LogLevel__JournalApi.Journal=Information RateLimit__Enabled=false \
    "$api/JournalApi" "${settings[@]}" >"$logfile" 2>&1 &
  pid=$!
  until ready; do
    kill -0 "$pid" 2>/dev/null || { cat "$logfile" >&2; die "the API exited before it was ready"; }
    (( ${EPOCHREALTIME/./} - t0 < READY_TIMEOUT * 1000000 )) || die "the API was not ready after ${READY_TIMEOUT}s"
    read -r -t 0.02 -u "$tick" _ || true
  done
  t1=${EPOCHREALTIME/./}
  ready_ms=$(( (t1 - t0) / 1000 ))
  hwm_mb=$(awk '/^VmHWM:/ { printf "%d", $2 / 1024 }' "/proc/$pid/status")
  checked_ms="-"
  if [[ -n "$file" ]]; then
    grep -q "is not used" "$logfile" && { cat "$logfile" >&2; die "the snapshot file was not used"; }
    until grep -q "Re-read [0-9]* file(s)" "$logfile"; do
      (( ${EPOCHREALTIME/./} - t0 < READY_TIMEOUT * 1000000 )) || die "the check against the folder did not finish"
      read -r -t 0.02 -u "$tick" _ || true
    done
    checked_ms=$(( (${EPOCHREALTIME/./} - t0) / 1000 ))
    grep -q "Re-read 0 file(s)" "$logfile" || log "WARNING: the check re-read files: $(grep -o 'Re-read [0-9]* file(s)' "$logfile")"
  fi
  # CPU the rest of the machine used meanwhile: all busy time less this process's utime + stime
  own=$(awk '{ sub(/^.*\) /, ""); print $12 + $13 }' "/proc/$pid/stat")
  others_s=$(awk -v t=$(( $(busy_ticks) - busy0 - own )) -v hz="$(getconf CLK_TCK)" 'BEGIN { printf "%.1f", t < 0 ? 0 : t / hz }')
  kill "$pid"; wait "$pid" 2>/dev/null || true; pid=""
}

median() { sort -g | awk '{ v[NR] = $1 } END { if (NR % 2) print v[(NR + 1) / 2]; else print (v[NR / 2] + v[NR / 2 + 1]) / 2 }'; }

rows=()
for n in $ENTRIES; do
  seed="${CORPUS_SEED:-42}"
  if [[ -n "$CORPORA" && -d "$CORPORA/corpus-$n-seed$seed" ]]; then corpus="$CORPORA/corpus-$n-seed$seed"; else corpus=$(corpus "$n"); fi
  file="$out/journal-$n.snapshot"
  t0=${EPOCHREALTIME/./}
  "$api/JournalApi" snapshot "$file" --content "$corpus" >"$out/logs/snapshot-write.log" 2>&1 \
    || { cat "$out/logs/snapshot-write.log" >&2; die "writing the snapshot file failed"; }
  write_s=$(awk -v us=$(( ${EPOCHREALTIME/./} - t0 )) 'BEGIN { printf "%.1f", us / 1e6 }')
  size_mb=$(( $(stat -c %s "$file") / 1048576 ))
  log "$n entries: $(cat "$out/logs/snapshot-write.log")"
  cold=() warm=() checked=() cold_mb=() warm_mb=()
  for run in $(seq "$RUNS"); do
    serve "$corpus"; cold+=("$ready_ms"); cold_mb+=("$hwm_mb")
    log "$n entries, run $run: cold start ready in ${ready_ms} ms, peak ${hwm_mb} MB (rest of the machine: ${others_s} s CPU)"
    serve "$corpus" "$file"; warm+=("$ready_ms"); warm_mb+=("$hwm_mb"); checked+=("$checked_ms")
    log "$n entries, run $run: from the file ready in ${ready_ms} ms, checked in ${checked_ms} ms, peak ${hwm_mb} MB (rest of the machine: ${others_s} s CPU)"
  done
  hugo_s="n/a"
  if (( hugo )); then
    site="$out/hugo-snapshot-$n"
    bash "$bench/tools/hugo-site.sh" "$corpus" "$site" >"$out/logs/hugo-snapshot.log" 2>&1 || { cat "$out/logs/hugo-snapshot.log" >&2; die "hugo-site.sh failed"; }
    t0=${EPOCHREALTIME/./}
    hugo --quiet --renderToMemory --source "$site" >/dev/null
    hugo_s=$(awk -v us=$(( ${EPOCHREALTIME/./} - t0 )) 'BEGIN { printf "%.2f", us / 1e6 }')
  fi
  c=$(printf '%s\n' "${cold[@]}" | median); w=$(printf '%s\n' "${warm[@]}" | median); k=$(printf '%s\n' "${checked[@]}" | median)
  ratio=$(awk -v h="$hugo_s" -v w="$w" 'BEGIN { if (h == "n/a") print "n/a"; else printf "%.3f", w / 1000 / h }')
  rows+=("| $n | $size_mb MB in $write_s s | $c ms, $(printf '%s\n' "${cold_mb[@]}" | median) MB | $w ms, $(printf '%s\n' "${warm_mb[@]}" | median) MB | $k ms | $hugo_s | $ratio |")
done

printf '\n%s\n' "snapshot-start.sh, $built_from, $RUNS run(s) of each, medians:"
printf '%s\n' "| entries | snapshot file | cold start: ready, peak | from the file: ready, peak | checked against the folder | Hugo build (s) | ready from the file / Hugo |"
printf '%s\n' "| ---: | ---: | ---: | ---: | ---: | ---: | ---: |"
printf '%s\n' "${rows[@]}"
