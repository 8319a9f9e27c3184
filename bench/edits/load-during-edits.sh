#!/usr/bin/env bash
# load-during-edits.sh: serves a copy of a generated journal, rewrites, adds, renames, deletes and breaks entries on
# a fixed beat while wrk requests a mix of routes, and checks that every answer was right (issue 8, "load during
# edits"; see bench/README.md).
#
#   bash bench/edits/load-during-edits.sh [--entries N] [--duration S] [--interval-ms MS] [--ref REV | --api DIR | --no-build]
#
# Steps: publish a Release build of src/JournalApi into bench/.out/api-edits (or use --api DIR); copy the corpus
# (bench/.out/corpus-N-seedS, generated on first use, shared with run-bench.sh) into a temporary folder; start the API on it
# and wait for /health/ready; fetch the slugs of the lists; then, for DURATION seconds and at the same time,
# edit-during-load.py edits the folder every INTERVAL_MS and wrk runs wrk-during-edits.lua (which checks every
# answer), while curl follows /api/changes/stream to count the snapshots published. Afterwards the API must serve
# exactly the entries in the folder (within CONVERGE_TIMEOUT seconds) and its log must hold no error.
# Prints a summary and exits 1 when any of these is not zero: answers other than 200/304 (404 on an entry the editor
# may have renamed or deleted excepted), socket errors and timeouts, inconsistent list pages, answers without or
# with a contradicting X-Content-Version, 404s on entries the editor never touches, server log errors, and
# entries missing or extra (or diagnostics of errors left) once the edits have stopped and every file is valid.
#
# Options and environment (a flag wins over its variable):
#   --entries N        ENTRIES=1000       corpus size
#   --duration S       DURATION=60        seconds of edits and load (1..600)
#   --interval-ms MS   INTERVAL_MS=100    time between two edits
#   --connections N    CONNECTIONS=8      wrk connections, one per wrk thread (see wrk-during-edits.lua)
#   --api-env STR      API_ENV=''         extra environment of the API process, e.g. 'Content__PollSeconds=1'
#   --ref REV          REF=''             build the API from a git revision (git archive) instead of the work tree
#   --api DIR                             use the API already published in DIR (no build)
#   --no-build                            reuse bench/.out/api-edits
#   --keep                                keep the temporary content folder and logs (printed at the end)
#   API_PORT=5461 READY_TIMEOUT=300 CONVERGE_TIMEOUT=30 SEED=8 WITH_Q=auto (1: add 'q' routes; auto: when the API accepts q)
#   CORPUS_SEED=42     seed of the generated corpus (bench/JournalApi.Corpus)
#
# Only 127.0.0.1 is ever contacted. Every process this script starts is ended when it exits.
set -euo pipefail

here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
source "$here/../tools/lib.sh"  # sets bench, repo and out; the helpers every bench script shares

ENTRIES="${ENTRIES:-1000}"
DURATION="${DURATION:-60}"
INTERVAL_MS="${INTERVAL_MS:-100}"
CONNECTIONS="${CONNECTIONS:-8}"
API_ENV="${API_ENV:-}"
REF="${REF:-}"
API_PORT="${API_PORT:-5461}"
READY_TIMEOUT="${READY_TIMEOUT:-300}"
CONVERGE_TIMEOUT="${CONVERGE_TIMEOUT:-30}"
SEED="${SEED:-8}"
WITH_Q="${WITH_Q:-auto}"
api_dir="$out/api-edits" build=1 keep=0

while (( $# )); do
  case "$1" in
    --entries) ENTRIES="${2:?--entries needs a number}"; shift 2 ;;
    --duration) DURATION="${2:?--duration needs seconds}"; shift 2 ;;
    --interval-ms) INTERVAL_MS="${2:?--interval-ms needs milliseconds}"; shift 2 ;;
    --connections) CONNECTIONS="${2:?--connections needs a number}"; shift 2 ;;
    --api-env) API_ENV="${2?--api-env needs 'K=V ...'}"; shift 2 ;;
    --ref) REF="${2:?--ref needs a git revision}"; shift 2 ;;
    --api) api_dir="$(realpath -m "${2:?--api needs a folder}")"; build=0; shift 2 ;;
    --no-build) build=0; shift ;;
    --keep) keep=1; shift ;;
    -h|--help) sed -n '2,/^set -euo/p' "${BASH_SOURCE[0]}" | sed '$d; s/^# \{0,1\}//'; exit 0 ;;
    *) echo "load-during-edits.sh: unknown option '$1' (see --help)" >&2; exit 2 ;;
  esac
done
usage_error() { echo "load-during-edits.sh: $*" >&2; exit 2; }
[[ "$ENTRIES" =~ ^[0-9]+$ ]] && (( ENTRIES >= 50 )) || usage_error "ENTRIES must be a number, at least 50"
[[ "$DURATION" =~ ^[0-9]+$ ]] && (( DURATION >= 1 && DURATION <= 600 )) || usage_error "DURATION must be 1..600 seconds"
[[ "$INTERVAL_MS" =~ ^[0-9]+$ ]] && (( INTERVAL_MS >= 1 )) || usage_error "INTERVAL_MS must be a positive number"
[[ "$CONNECTIONS" =~ ^[0-9]+$ ]] && (( CONNECTIONS >= 1 && CONNECTIONS <= 64 )) || usage_error "CONNECTIONS must be 1..64"
[[ "$API_PORT" =~ ^[0-9]+$ ]] || usage_error "API_PORT must be a number"
for setting in $API_ENV; do
  [[ "$setting" =~ ^[A-Za-z_][A-Za-z0-9_.]*=.*$ ]] || usage_error "--api-env takes K=V words (got '$setting')"
done

log() { printf '%s\n' "load-during-edits: $*" >&2; }
die() { printf '%s\n' "load-during-edits: $*" >&2; exit 1; }

missing=()
for tool in dotnet python3 curl wrk; do command -v "$tool" >/dev/null || missing+=("$tool"); done
(( ${#missing[@]} == 0 )) || die "missing: ${missing[*]}. On Debian: apt-get update && apt-get install -y wrk curl python3 (dotnet: the .NET 10 SDK)"

# ---- processes and folders: everything started or made here is ended or removed on exit ---------------------------
pids=()
work="$(mktemp -d "${TMPDIR:-/tmp}/journalapi-edits.XXXXXX")"
cleanup() {
  local pid
  for pid in "${pids[@]}"; do kill "$pid" 2>/dev/null || true; done
  for pid in "${pids[@]}"; do
    for _ in $(seq 50); do kill -0 "$pid" 2>/dev/null || break; sleep 0.1; done
    kill -9 "$pid" 2>/dev/null || true
  done
  pids=()
  if (( keep )); then log "kept $work"; else rm -rf "$work"; fi
}
trap cleanup EXIT
trap 'exit 130' INT TERM
trap 'log "stopped by a failing command at line $LINENO"' ERR
api="http://127.0.0.1:$API_PORT"

# ---- build ----------------------------------------------------------------------------------------------------------
mkdir -p "$out"
# shellcheck source=../tools/lib.sh
if (( build )); then
  select_source "$REF"
  log "publishing a Release build of $built_from into $api_dir"
  publish_api "$api_dir" "$work/publish.log"
else
  built_from="the build already in $api_dir"
fi
[[ -f "$api_dir/JournalApi.dll" ]] || die "no JournalApi.dll in $api_dir (run without --no-build, or give --api DIR)"

# ---- corpus ---------------------------------------------------------------------------------------------------------
corpus="$(corpus "$ENTRIES")"
content="$work/content"
cp -r "$corpus" "$content"

# ---- the API --------------------------------------------------------------------------------------------------------
! (exec 3<>"/dev/tcp/127.0.0.1/$API_PORT") 2>/dev/null || die "port $API_PORT on 127.0.0.1 is taken (set API_PORT)"
log "starting the API on $ENTRIES entries ($built_from), port $API_PORT${API_ENV:+, with $API_ENV}"
# RateLimit off: wrk is one client from one address. The watch service logs at Information: one line per snapshot.
# shellcheck disable=SC2086 # API_ENV is a list of K=V words
env Content__Path="$content" RateLimit__Enabled=false Logging__LogLevel__Default=Warning \
  Logging__LogLevel__JournalApi.Journal.ContentRefreshService=Information $API_ENV \
  dotnet "$api_dir/JournalApi.dll" --urls "$api" >"$work/api.log" 2>&1 &
api_pid=$!
pids+=("$api_pid")
t0=$SECONDS
until [[ "$(curl -s -o /dev/null -w '%{http_code}' --max-time 2 "$api/health/ready" || true)" == 200 ]]; do
  kill -0 "$api_pid" 2>/dev/null || { cat "$work/api.log" >&2; die "the API exited before it was ready"; }
  (( SECONDS - t0 < READY_TIMEOUT )) || { cat "$work/api.log" >&2; die "the API was not ready after ${READY_TIMEOUT}s"; }
  sleep 0.2
done
log "ready after $(( SECONDS - t0 )) s: $(curl -s "$api/health/ready")"

# Every slug served, page by page; the editor never touches the first 200 of them (every fifth in date order), the
# next 200 it may rename or delete.
all_slugs() { # FILE: every slug the API lists, one '/api/posts/{slug}' a line
  python3 - "$api" >"$1" <<'PY'
import json, sys, urllib.request
api, page, total = sys.argv[1], 1, None
while total is None or (page - 1) * 100 < total:
    with urllib.request.urlopen("%s/api/posts?pageSize=100&page=%d" % (api, page), timeout=30) as r:
        body = json.load(r)
    total = body["totalItems"]
    for post in body["items"]:
        print("/api/posts/" + post["slug"])
    page += 1
PY
}
all_slugs "$work/slugs-before.txt"
awk 'NR % 5 == 1 && ++n <= 200' "$work/slugs-before.txt" >"$work/slugs-untouched.txt"
awk 'NR % 5 == 3 && ++n <= 200' "$work/slugs-before.txt" >"$work/slugs-volatile.txt"
log "$(wc -l <"$work/slugs-before.txt") posts listed; $(wc -l <"$work/slugs-untouched.txt") of them are never edited"

q_status=$(curl -s -o /dev/null -w '%{http_code}' "$api/api/posts?q=morning")
if [[ "$WITH_Q" == auto ]]; then WITH_Q=$([[ "$q_status" == 200 ]] && echo 1 || echo 0); fi
log "full-text search: GET /api/posts?q=morning answered $q_status; q routes $([[ "$WITH_Q" == 1 ]] && echo included || echo 'left out')"

# ---- edits and load, at the same time -------------------------------------------------------------------------------
curl -sN "$api/api/changes/stream" >"$work/stream.txt" 2>/dev/null &
pids+=("$!")
sleep 0.5
version_before=$(curl -s "$api/api/changes" | sed -n 's/.*"version":"\([^"]*\)".*/\1/p')
loadavg_before=$(cut -d' ' -f1 /proc/loadavg)
log "editing every ${INTERVAL_MS} ms and running wrk (${CONNECTIONS} connections) for ${DURATION}s"
python3 "$here/edit-during-load.py" --content "$content" --duration "$DURATION" --interval-ms "$INTERVAL_MS" \
  --protect "$work/slugs-untouched.txt" --seed "$SEED" >"$work/editor.txt" 2>"$work/editor.err" &
editor_pid=$!
pids+=("$editor_pid")
case "$api" in http://127.0.0.1:*) ;; *) die "refusing a non-loopback target: $api" ;; esac
wrk_rc=0
SLUG_FILE="$work/slugs-untouched.txt" VOLATILE_SLUG_FILE="$work/slugs-volatile.txt" WITH_Q="$WITH_Q" \
  timeout $(( DURATION + 60 )) wrk -t"$CONNECTIONS" -c"$CONNECTIONS" -d"${DURATION}s" --timeout 5s \
  -s "$here/wrk-during-edits.lua" "$api/" >"$work/wrk.txt" 2>&1 || wrk_rc=$?
editor_rc=0
wait "$editor_pid" || editor_rc=$?
(( wrk_rc == 0 )) || { cat "$work/wrk.txt" >&2; die "wrk failed ($wrk_rc)"; }
(( editor_rc == 0 )) || { cat "$work/editor.err" >&2; die "the editor failed ($editor_rc)"; }
load_line=$(grep '^edits-load:' "$work/wrk.txt" || true)
[[ -n "$load_line" ]] || { cat "$work/wrk.txt" >&2; die "wrk printed no summary"; }
edit_line=$(cat "$work/editor.txt")

# ---- afterwards: the API must come to serve exactly what the folder holds ------------------------------------------
expected_slugs() { # every slug the folder's file names give (the editor writes only valid entries at the end)
  find "$content" -maxdepth 1 -name '*.md' -printf '%f\n' | sed -E 's/^[0-9]{4}-[0-9]{1,2}-[0-9]{1,2}-//; s/\.md$//; s|^|/api/posts/|' | sort
}
expected_slugs >"$work/slugs-expected.txt"
t_edits_end=${EPOCHREALTIME/./}
converged_ms=n/a missing=0 extra=0
while :; do
  { all_slugs "$work/slugs-after.unsorted" && sort "$work/slugs-after.unsorted" >"$work/slugs-after.txt"; } || : >"$work/slugs-after.txt"
  missing=$(comm -23 "$work/slugs-expected.txt" "$work/slugs-after.txt" | wc -l)
  extra=$(comm -13 "$work/slugs-expected.txt" "$work/slugs-after.txt" | wc -l)
  if (( missing == 0 && extra == 0 )); then converged_ms=$(( (${EPOCHREALTIME/./} - t_edits_end) / 1000 )); break; fi
  (( (${EPOCHREALTIME/./} - t_edits_end) / 1000000 < CONVERGE_TIMEOUT )) || break
  sleep 0.2
done
diagnostics=$(curl -s "$api/api/diagnostics" | python3 -c 'import json, sys; c = json.load(sys.stdin)["counts"]; print("%d %d" % (c["errors"], c["warnings"]))')
read -r diag_errors diag_warnings <<<"$diagnostics"
sleep 0.5
snapshots=$(( $(grep -c '^data:' "$work/stream.txt" || true) - 1 ))
refreshes=$(grep -c 'Re-read ' "$work/api.log" || true)
kill -0 "$api_pid" 2>/dev/null || die "the API process died during the run (log: $work/api.log)"
rss_mb=$(awk '/^VmRSS:/ { printf "%.0f", $2 / 1024 }' "/proc/$api_pid/status")
hwm_mb=$(awk '/^VmHWM:/ { printf "%.0f", $2 / 1024 }' "/proc/$api_pid/status")
# Errors the API logged, and refreshes that failed (the watch service keeps serving the last snapshot and tries
# again on the next change: reported, not failures, as long as the API converges afterwards).
log_errors=$(grep -cE '^(fail|crit): ' "$work/api.log" || true)
log_warnings=$(grep -E '^warn: ' "$work/api.log" | grep -vc 'ContentRefreshService' || true)
refresh_failures=$(grep -c 'Re-reading .* failed' "$work/api.log" || true)

# ---- summary ----------------------------------------------------------------------------------------------------------
field() { grep -o " $1=[^ ]*" <<<" $2" | head -1 | cut -d= -f2; }
bad=$(field bad "$load_line") inconsistent=$(field inconsistent "$load_line") gone=$(field gone "$load_line")
socket=$(( $(field connect "$load_line") + $(field read "$load_line") + $(field write "$load_line") + $(field timeout "$load_line") ))
noversion=$(field noversion "$load_line") mismatch=$(field mismatch "$load_line")
untouched404=$(field lost "$load_line")
failures=$(( bad + inconsistent + socket + noversion + mismatch + log_errors + missing + extra + diag_errors ))
[[ "$converged_ms" != n/a ]] || failures=$(( failures + 1 ))

grep '^kind: ' "$work/wrk.txt" | sed 's/^/  /' >&2
grep '^example: ' "$work/wrk.txt" | sed 's/^/  /' >&2 || true
cat <<SUMMARY
JournalApi under load during edits, $(date -u '+%Y-%m-%d %H:%M UTC'), $(nproc) cores, load average $loadavg_before before; API: $built_from${API_ENV:+; API environment: $API_ENV}
entries=$ENTRIES duration_s=$DURATION interval_ms=$INTERVAL_MS connections=$CONNECTIONS q_routes=$WITH_Q
load: $(cut -d' ' -f2- <<<"$load_line")
edits: $edit_line
snapshots: published=$snapshots (versions on /api/changes/stream; $refreshes 'Re-read' log lines) from $version_before; after the edits: converged_ms=$converged_ms missing=$missing extra=$extra diagnostics_errors=$diag_errors warnings=$diag_warnings api_rss_mb=$rss_mb api_hwm_mb=$hwm_mb
required: non2xx304=$bad socket_errors=$socket inconsistent_pages=$inconsistent
checks: untouched_slug_404=$untouched404 missing_version=$noversion version_mismatch=$mismatch server_log_errors=$log_errors stale_diagnostic_errors=$diag_errors not_converged=$(( missing + extra ))$([[ "$converged_ms" != n/a ]] || echo ' (timed out)')
reported: refresh_failures=$refresh_failures server_log_warnings=$log_warnings gone_404=$gone (404s on entries the editor may rename or delete)
verdict: $( (( failures == 0 )) && echo PASS || echo "FAIL ($failures)")$( (( keep )) && echo "; logs in $work")
SUMMARY
exit $(( failures == 0 ? 0 : 1 ))
