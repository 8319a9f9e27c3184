#!/usr/bin/env bash
# run-bench.sh: measures JournalApi against its yardsticks in one run on this machine and prints a table of
# ratios against the targets of issue 19 (see bench/README.md).
#
#   bash bench/targets/run-bench.sh [--entries N] [--duration S] [--api-env 'K=V ...'] [--ref REV] [--knobs | --sizes LIST] [--no-hugo] [--no-build]
#
# Steps: publish Release builds of src/JournalApi and bench/Ceiling into bench/.out/; generate the corpora
# (ENTRIES and 1,000, cached in bench/.out/corpus-N-seedS); time Hugo over the same corpus (median of HUGO_RUNS, and its
# peak RSS), alternating with STARTUP_RUNS starts of the API timed to /health/ready (polled every 20 ms), reading its
# peak memory (VmHWM) once ready; run wrk on each API route right after a run on the ceiling (the machine's speed
# drifts over minutes, so each ratio pairs measurements taken a few seconds apart); print the table.
# --knobs instead only times start-up and memory under each DOTNET_ setting in KNOBS (no wrk, no Hugo).
# --sizes instead times start-up, memory and the first search at each size in LIST against Hugo's build of the same
# folder (no wrk), and prints how each figure grows: a table and a text chart (bench/README.md, "How it grows").
#
# Options and environment (a flag wins over its variable):
#   --entries N     ENTRIES=10000     corpus size of the measured run, or 'sample' for the repository's content/
#   --duration S    DURATION=10       seconds of each measured wrk run (WARMUP=2 seconds before each, unreported)
#                   CEILING_WARMUP=15 seconds of load on the ceiling right after it starts, unreported (see below)
#   SEARCH_QUERIES=80000 different searches: the first SEARCH_WARMUP_QUERIES=10000 for a SEARCH_WARMUP=5 s warm-up,
#                   the rest for the measured run, so that no query is asked twice and the answer cache never helps
#   --api-env STR   API_ENV=''        extra environment of the API process only, e.g. 'DOTNET_TieredCompilation=0'
#   --ref REV       REF=''            build the API from a git revision (git archive) instead of the work tree
#   --knobs         KNOBS='a;b;...'   compare start-up under each ';'-separated set of API_ENV settings
#   --sizes LIST    SIZES=''          comma-separated sizes, each a number of generated entries or 'sample' (the
#                                     repository's content/), e.g. sample,1000,10000,100000 (100,000 takes about 15 minutes)
#   SEARCH_WORD=morning               the word of the first search timed after each start in --sizes mode
#   --no-hugo                         skip Hugo (its rows then read n/a)
#   --no-build                        reuse the binaries already in bench/.out/
#   CONNECTIONS=32 THREADS=2 STARTUP_RUNS=3 HUGO_RUNS=3 CEILING_PORT=5380 API_PORT=5381
#   QUIET_BUSY=15 QUIET_WAIT=120: before each phase, wait up to QUIET_WAIT s for the CPU to be under QUIET_BUSY % busy
#   RUN_LOAD=bench/tools/run-load.sh  HUGO_SITE=bench/tools/hugo-site.sh  (another wrk wrapper or Hugo site builder that
#                   prints the same lines; paths relative to the repository root)
#   CORPUS_SEED=42    seed of the generated corpora (bench/JournalApi.Corpus), cached in bench/.out/corpus-N-seedS
#
# Only 127.0.0.1 is ever contacted. Every process this script starts is ended when it exits.
set -euo pipefail

here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
source "$here/../tools/lib.sh"  # sets bench, repo and out; the helpers every bench script shares

ENTRIES="${ENTRIES:-10000}"
DURATION="${DURATION:-10}"
WARMUP="${WARMUP:-2}"
CEILING_WARMUP="${CEILING_WARMUP:-15}"
SEARCH_WARMUP="${SEARCH_WARMUP:-5}"
SEARCH_QUERIES="${SEARCH_QUERIES:-80000}"
SEARCH_WARMUP_QUERIES="${SEARCH_WARMUP_QUERIES:-10000}"
CONNECTIONS="${CONNECTIONS:-32}"
STARTUP_RUNS="${STARTUP_RUNS:-3}"
HUGO_RUNS="${HUGO_RUNS:-3}"
CEILING_PORT="${CEILING_PORT:-5380}"
API_PORT="${API_PORT:-5381}"
API_ENV="${API_ENV:-}"
REF="${REF:-}"
READY_TIMEOUT="${READY_TIMEOUT:-180}"
QUIET_BUSY="${QUIET_BUSY:-15}"
QUIET_WAIT="${QUIET_WAIT:-120}"
SIZES="${SIZES:-}"
SEARCH_WORD="${SEARCH_WORD:-morning}"
KNOBS="${KNOBS:-;DOTNET_TieredCompilation=0;DOTNET_TieredPGO=0;DOTNET_gcServer=0;DOTNET_GCgen0size=0x4000000;DOTNET_TieredCompilation=0 DOTNET_gcServer=0;DOTNET_TieredCompilation=0 DOTNET_gcServer=0 DOTNET_GCgen0size=0x4000000}"
export THREADS="${THREADS:-2}"
RUN_LOAD="$(cd "$repo" && realpath -m "${RUN_LOAD:-$bench/tools/run-load.sh}")"
HUGO_SITE="$(cd "$repo" && realpath -m "${HUGO_SITE:-$bench/tools/hugo-site.sh}")"
mode=full hugo=1 build=1
[[ -z "$SIZES" ]] || mode=sizes

while (( $# )); do
  case "$1" in
    --entries) ENTRIES="${2:?--entries needs a number}"; shift 2 ;;
    --duration) DURATION="${2:?--duration needs seconds}"; shift 2 ;;
    --api-env) API_ENV="${2?--api-env needs 'K=V ...'}"; shift 2 ;;
    --ref) REF="${2:?--ref needs a git revision}"; shift 2 ;;
    --knobs) mode=knobs; shift ;;
    --sizes) SIZES="${2:?--sizes needs a list such as sample,1000,10000}"; mode=sizes; shift 2 ;;
    --no-hugo) hugo=0; shift ;;
    --no-build) build=0; shift ;;
    -h|--help) sed -n '2,/^set -euo/p' "${BASH_SOURCE[0]}" | sed '$d; s/^# \{0,1\}//'; exit 0 ;;
    *) echo "run-bench.sh: unknown option '$1' (see --help)" >&2; exit 2 ;;
  esac
done
[[ "$ENTRIES" =~ ^[1-9][0-9]*$ || "$ENTRIES" == sample ]] || { echo "run-bench.sh: ENTRIES must be a number or 'sample'" >&2; exit 2; }
[[ "$DURATION" =~ ^[0-9]+$ ]] && (( DURATION >= 1 && DURATION <= 300 )) || { echo "run-bench.sh: DURATION must be 1..300 seconds" >&2; exit 2; }
if [[ "$mode" == sizes ]]; then
  IFS=',' read -r -a sizes <<<"$SIZES"
  for size in "${sizes[@]}"; do
    [[ "$size" == sample || "$size" =~ ^[1-9][0-9]*$ ]] || { echo "run-bench.sh: --sizes takes numbers and 'sample' (got '$size')" >&2; exit 2; }
  done
fi
[[ "$SEARCH_WORD" =~ ^[a-z]+$ ]] || { echo "run-bench.sh: SEARCH_WORD must be one lower-case word" >&2; exit 2; }
for setting in $API_ENV; do
  [[ "$setting" =~ ^[A-Za-z_][A-Za-z0-9_]*=.*$ ]] || { echo "run-bench.sh: --api-env takes K=V words (got '$setting')" >&2; exit 2; }
done

log() { printf '%s\n' "run-bench: $*" >&2; }
die() { printf '%s\n' "run-bench: $*" >&2; exit 1; }

# ---- tools ----------------------------------------------------------------------------------------------------
missing=()
for tool in dotnet python3 curl wrk; do command -v "$tool" >/dev/null || missing+=("$tool"); done
if (( hugo )) && [[ "$mode" != knobs ]]; then
  command -v hugo >/dev/null || missing+=(hugo)
  [[ -x /usr/bin/time ]] || missing+=(time)
fi
if (( ${#missing[@]} )); then
  die "missing: ${missing[*]}. On Debian: apt-get update && apt-get install -y wrk hugo time curl python3 (dotnet: the .NET 10 SDK)"
fi
[[ -f "$RUN_LOAD" ]] || die "run-load.sh not found at $RUN_LOAD (set RUN_LOAD)"
if (( hugo )) && [[ "$mode" != knobs ]]; then [[ -f "$HUGO_SITE" ]] || die "hugo-site.sh not found at $HUGO_SITE (set HUGO_SITE)"; fi

# ---- processes: every one started here is ended on exit ---------------------------------------------------------
pids=()
cleanup() {
  local pid
  for pid in "${pids[@]}"; do kill "$pid" 2>/dev/null || true; done
  for pid in "${pids[@]}"; do
    for _ in $(seq 50); do kill -0 "$pid" 2>/dev/null || break; sleep 0.1; done
    kill -9 "$pid" 2>/dev/null || true
  done
  pids=()
}
trap cleanup EXIT
trap 'exit 130' INT TERM

stop() { # PID: end one process started here
  local pid="$1" kept=() p
  kill "$pid" 2>/dev/null || true
  for _ in $(seq 50); do kill -0 "$pid" 2>/dev/null || break; sleep 0.1; done
  kill -9 "$pid" 2>/dev/null || true
  wait "$pid" 2>/dev/null || true
  for p in "${pids[@]}"; do [[ "$p" == "$pid" ]] || kept+=("$p"); done
  pids=("${kept[@]}")
}

port_free() { ! (exec 3<>"/dev/tcp/127.0.0.1/$1") 2>/dev/null; }

# The readiness poll spawns no process (curl and sleep would cost the server a few per cent of a core): bash's
# /dev/tcp for the request, and a read that times out on a FIFO nobody writes for the 20 ms pause.
mkdir -p "$out/logs"
mkfifo "$out/.tick.$$"; exec {tick}<>"$out/.tick.$$"; rm -f "$out/.tick.$$"
ready() { # PORT: whether GET /health/ready answers 200
  local fd code
  { exec {fd}<>"/dev/tcp/127.0.0.1/$1"; } 2>/dev/null || return 1
  printf 'GET /health/ready HTTP/1.1\r\nHost: 127.0.0.1\r\nConnection: close\r\n\r\n' >&"$fd"
  read -r -t 2 -u "$fd" _ code _ || code=0
  exec {fd}>&-
  [[ "$code" == 200 ]]
}

# start NAME PORT 'ENV...' CMD...: starts a server, waits for /health/ready 200, sets ready_ms, hwm_kb, cpu_s, others_s, pid.
start() {
  local name="$1" port="$2" envs="$3"; shift 3
  port_free "$port" || die "port $port on 127.0.0.1 is taken (set ${name^^}_PORT)"
  local logfile="$out/logs/$name.log" t0 t1 deadline busy0
  busy0=$(busy_ticks)
  t0=${EPOCHREALTIME/./}
  # shellcheck disable=SC2086 # envs is a list of K=V words
  env Logging__LogLevel__Default=Warning $envs "$@" --urls "http://127.0.0.1:$port" >"$logfile" 2>&1 &
  pid=$!
  pids+=("$pid")
  deadline=$(( t0 + READY_TIMEOUT * 1000000 ))
  until ready "$port"; do
    t1=${EPOCHREALTIME/./}
    kill -0 "$pid" 2>/dev/null || { cat "$logfile" >&2; die "$name exited before it was ready"; }
    (( t1 < deadline )) || { cat "$logfile" >&2; die "$name not ready after ${READY_TIMEOUT}s"; }
    read -r -t 0.02 -u "$tick" _ || true
  done
  t1=${EPOCHREALTIME/./}
  ready_ms=$(( (t1 - t0) / 1000 ))
  hwm_kb=$(awk '/^VmHWM:/ {print $2}' "/proc/$pid/status")
  # utime + stime of the process (fields 14 and 15 of /proc/PID/stat, after the parenthesised name), in seconds
  cpu_s=$(awk -v hz="$(getconf CLK_TCK)" '{ sub(/^.*\) /, ""); printf "%.2f", ($12 + $13) / hz }' "/proc/$pid/stat")
  # CPU that the rest of the machine used meanwhile (other sessions' builds make start-up look slower than it is)
  others_s=$(awk -v t=$(( $(busy_ticks) - busy0 )) -v hz="$(getconf CLK_TCK)" -v own="$cpu_s" \
    'BEGIN { o = t / hz - own; printf "%.1f", o < 0 ? 0 : o }')
}
busy_ticks() { awk '/^cpu / { print $2 + $3 + $4 + $7 + $8 + $9 }' /proc/stat; }

cpu_busy() { # percent of both cores busy over one second (anything: other builds on this machine skew every figure)
  local a b
  read -r -a a < <(head -1 /proc/stat); sleep 1; read -r -a b < <(head -1 /proc/stat)
  awk -v u=$(( b[1] + b[2] + b[3] + b[6] + b[7] - a[1] - a[2] - a[3] - a[6] - a[7] )) -v i=$(( b[4] + b[5] - a[4] - a[5] )) \
    'BEGIN { printf "%.0f", (u + i) ? 100 * u / (u + i) : 0 }'
}
quiet() { # PHASE: wait up to QUIET_WAIT seconds for the machine to be idle (below QUIET_BUSY %), and note what was found
  local busy waited=0
  busy=$(cpu_busy)
  while (( busy > QUIET_BUSY && waited < QUIET_WAIT )); do sleep 4; waited=$(( waited + 5 )); busy=$(cpu_busy); done
  (( busy <= QUIET_BUSY )) || log "WARNING: the machine was ${busy}% busy before $1 (other processes); its figures are skewed"
  noise="$noise $1:${busy}%"
}
noise=""

median() { sort -g | awk '{ v[NR] = $1 } END { if (NR == 0) { print "n/a" } else if (NR % 2) { print v[(NR + 1) / 2] } else { print (v[NR / 2] + v[NR / 2 + 1]) / 2 } }'; }
field() { grep -o "$1=[^ ]*" <<<"$2" | head -1 | cut -d= -f2; } # field NAME 'rps=... p99_ms=...'
# Three decimals: two would round a ratio of 0.946 up to the 304 target of 0.95.
ratio() { awk -v a="$1" -v b="$2" 'BEGIN { if (a == "n/a" || b == "n/a" || b == 0) print "n/a"; else printf "%.3f", a / b }'; }
# size_targets SIZE: sets t_kind (absolute, ratio or none), t_time and t_mem: issue 19's targets for that size.
size_targets() {
  case "$1" in
    sample) t_kind=absolute t_time=0.3 t_mem=80 ;;
    1000) t_kind=ratio t_time=0.8 t_mem=0.6 ;;
    10000) t_kind=ratio t_time=0.35 t_mem=0.2 ;;
    100000) t_kind=ratio t_time=0.35 t_mem=0.3 ;;
    *) t_kind=none t_time='' t_mem='' ;;
  esac
}

verdict() { # ratio op target
  awk -v r="$1" -v op="$2" -v t="$3" 'BEGIN { if (r == "n/a") print "n/a"; else if ((op == "<=" && r <= t) || (op == ">=" && r >= t)) print "met"; else print "**not met**" }'
}

# ---- build --------------------------------------------------------------------------------------------------------
mkdir -p "$out/logs"
# shellcheck source=../tools/lib.sh
select_source "$REF" "$build"
if (( build )); then
  log "publishing Release builds of $built_from into $out/api and $out/ceiling"
  publish_api "$out/api" "$out/logs/publish-api.log"
  if [[ "$mode" == full ]]; then
    rm -rf "$out/ceiling"
    dotnet publish "$bench/Ceiling/Ceiling.csproj" -c Release --disable-build-servers -o "$out/ceiling" >"$out/logs/publish-ceiling.log" 2>&1 \
      || { tail -30 "$out/logs/publish-ceiling.log" >&2; die "publishing bench/Ceiling failed"; }
  fi
fi
[[ -x "$out/api/JournalApi" && ( "$mode" != full || -x "$out/ceiling/Ceiling" ) ]] || die "no binaries in $out (run without --no-build)"

# ---- corpora ------------------------------------------------------------------------------------------------------
content_of() { # SIZE: the folder of a size: 'sample' is the repository's content/, a number the cached generated corpus
  if [[ "$1" == sample ]]; then printf '%s\n' "$repo/content"; else corpus "$1"; fi
}
if [[ "$mode" != sizes ]]; then
  corpus 1000 >/dev/null
  content="$(content_of "$ENTRIES")"
fi

# ---- start-up and memory --------------------------------------------------------------------------------------------
api_start() { # RUN 'ENV...': one start of the API on $content (stopping the one before), appended to readys, hwms, cpus; leaves it running as $pid
  local run="$1" envs="$2"
  (( run == 1 )) || stop "$pid"
  quiet "start-$run"
  # One wrk client from one address is exactly what the per-client rate limit exists to stop: switched off here.
  # The refresh log line ('Re-read N file(s)') is what edit-visibility.py reads.
  start api "$API_PORT" "RateLimit__Enabled=false Logging__LogLevel__JournalApi.Journal.ContentRefreshService=Information $envs" \
    "$out/api/JournalApi" --content "$content"
  readys+=("$ready_ms"); hwms+=("$hwm_kb"); cpus+=("$cpu_s")
  log "  api start $run: ready ${ready_ms} ms, VmHWM $(( hwm_kb / 1024 )) MB, cpu ${cpu_s} s, other processes ${others_s} s of CPU meanwhile [${envs:-defaults}]"
  (( ! first_search )) || first_search_after_ready
}
# Readiness means every entry is served; the search index is built right after, and a search asked before it is
# done waits for it. Asked at once after ready: how long it waits, and the peak memory once the index is built.
first_search=0
first_search_after_ready() {
  local seconds
  seconds=$(curl -sS -o /dev/null -w '%{http_code} %{time_total}' --max-time "$READY_TIMEOUT" "http://127.0.0.1:$API_PORT/api/posts?q=$SEARCH_WORD") \
    || die "the first search failed"
  [[ "${seconds%% *}" == 200 ]] || die "the first search answered ${seconds%% *}"
  searches+=("${seconds#* }")
  indexed_hwms+=("$(awk '/^VmHWM:/ {print $2}' "/proc/$pid/status")")
  log "  first search answered ${seconds#* } s after ready; VmHWM $(( ${indexed_hwms[-1]} / 1024 )) MB then"
}
startup_medians() { # sets s_ready_ms, s_hwm_mb, s_cpu_s (and s_search_s, s_indexed_mb with first searches) from the starts so far
  s_ready_ms=$(printf '%s\n' "${readys[@]}" | median)
  s_hwm_mb=$(printf '%s\n' "${hwms[@]}" | median | awk '{ printf "%.0f", $1 / 1024 }')
  s_cpu_s=$(printf '%s\n' "${cpus[@]}" | median)
  s_search_s=$(printf '%s\n' "${searches[@]}" | median | awk '$1 != "n/a" { printf "%.2f", $1; next } { print }')
  s_indexed_mb=$(printf '%s\n' "${indexed_hwms[@]}" | median | awk '$1 != "n/a" { printf "%.0f", $1 / 1024; next } { print }')
}
startup_runs() { # 'ENV...': STARTUP_RUNS starts of the API; sets the medians; leaves the last one running as $pid
  local run
  readys=() hwms=() cpus=() searches=() indexed_hwms=()
  for run in $(seq "$STARTUP_RUNS"); do api_start "$run" "$1"; done
  startup_medians
}

if [[ "$mode" == knobs ]]; then
  log "start-up of $ENTRIES entries under each setting (median of $STARTUP_RUNS)"
  echo "| API environment | ready ms | VmHWM MB | CPU s at ready |"
  echo "| --- | ---: | ---: | ---: |"
  IFS=';' read -r -a sets <<<"$KNOBS"
  for envs in "${sets[@]}"; do
    startup_runs "$envs"
    stop "$pid"
    echo "| ${envs:-defaults} | $s_ready_ms | $s_hwm_mb | $s_cpu_s |"
  done
  echo "CPU busy (other processes) before each start:$noise"
  exit 0
fi

# ---- Hugo, and start-up and memory, alternately ----------------------------------------------------------------------
hugo_run() { # RUN: one timed Hugo build of $site, appended to hugo_times, rss, hugo_cpus
  quiet "hugo-$1"
  local t0 t1
  t0=$(date +%s%N)
  /usr/bin/time -v hugo --quiet --renderToMemory -s "$site" >"$out/logs/hugo-$1.log" 2>&1 || { cat "$out/logs/hugo-$1.log" >&2; die "hugo failed"; }
  t1=$(date +%s%N)
  hugo_times+=("$(awk -v ns=$(( t1 - t0 )) 'BEGIN { printf "%.3f", ns / 1e9 }')")
  rss+=("$(awk -F': ' '/Maximum resident set size/ { print $2 }' "$out/logs/hugo-$1.log")")
  hugo_cpus+=("$(awk -F': ' '/User time|System time/ { s += $2 } END { printf "%.2f", s }' "$out/logs/hugo-$1.log")")
  log "  hugo run $1: ${hugo_times[-1]} s, CPU ${hugo_cpus[-1]} s, max RSS $(( ${rss[-1]} / 1024 )) MB"
}

# against_hugo NAME: Hugo HUGO_RUNS times and the API STARTUP_RUNS times on $content, alternately, so that a slow minute
# of this shared machine weighs on both sides of the ratio. Sets the API's medians, hugo_s, hugo_mb, hugo_cpu and
# ready_s; leaves the last API running as $pid.
against_hugo() {
  local run
  hugo_s=n/a hugo_mb=n/a hugo_cpu=n/a
  hugo_times=() rss=() hugo_cpus=() readys=() hwms=() cpus=() searches=() indexed_hwms=()
  if (( hugo )); then
    site="$out/hugo-$1"
    log "Hugo: building the site of $1 once ($HUGO_SITE)"
    bash "$HUGO_SITE" "$content" "$site" >"$out/logs/hugo-site.log" 2>&1 || { cat "$out/logs/hugo-site.log" >&2; die "hugo-site.sh failed"; }
  fi
  log "Hugo $HUGO_RUNS times and the API $STARTUP_RUNS times on $1, alternately [API: ${API_ENV:-default settings}]"
  for run in $(seq $(( HUGO_RUNS > STARTUP_RUNS ? HUGO_RUNS : STARTUP_RUNS ))); do
    (( ! hugo || run > HUGO_RUNS )) || hugo_run "$run"
    (( run > STARTUP_RUNS )) || api_start "$run" "$API_ENV"
  done
  startup_medians
  if (( hugo )); then
    hugo_s=$(printf '%s\n' "${hugo_times[@]}" | median)
    hugo_mb=$(printf '%s\n' "${rss[@]}" | median | awk '{ printf "%.0f", $1 / 1024 }')
    hugo_cpu=$(printf '%s\n' "${hugo_cpus[@]}" | median)
  fi
  ready_s=$(awk -v ms="$s_ready_ms" 'BEGIN { printf "%.2f", ms / 1000 }')
}

if [[ "$mode" == sizes ]]; then
  # shellcheck source=sizes.sh
  source "$here/sizes.sh"
  exit 0
fi

against_hugo "$ENTRIES"
api_pid=$pid

# ---- load -----------------------------------------------------------------------------------------------------------
load() { # URL [SCRIPT]: a warm-up (WARM_SECONDS, default WARMUP; over WARM_FILE's paths when set), then one measured wrk run; prints run-load.sh's line
  local url="$1" script="${2:-}" warm="${WARM_SECONDS:-$WARMUP}"
  case "$url" in http://127.0.0.1:*/*) ;; *) die "refusing a non-loopback target: $url" ;; esac
  # A script of its own (WRK_SCRIPT) prints run-load.lua's summary too; the warm-up may ask other paths (WARM_FILE).
  SLUG_FILE="${WARM_FILE:-${SLUG_FILE:-}}" WRK_SCRIPT="$script" bash "$RUN_LOAD" "$url" "$warm" "$CONNECTIONS" >/dev/null \
    || die "the warm-up run on $url failed"
  WRK_SCRIPT="$script" bash "$RUN_LOAD" "$url" "$DURATION" "$CONNECTIONS" || die "the wrk run on $url failed"
}

results="$out/logs/load.txt"
: >"$results"
api="http://127.0.0.1:$API_PORT"
list="$api/api/posts?tag=connection&emotion=grief&page=2"

log "ceiling: starting it beside the API; each API route is measured right after a ceiling run of its own"
start ceiling "$CEILING_PORT" "" "$out/ceiling/Ceiling"
ceiling_pid=$pid
# The ceiling runs with the runtime's defaults (tiered PGO): under load its code is recompiled twice over several seconds,
# and a first 10-second run measured it at about half its steady rate. It is loaded until steady before any ratio.
timeout $(( CEILING_WARMUP + 30 )) wrk -t"$THREADS" -c"$CONNECTIONS" -d"${CEILING_WARMUP}s" "http://127.0.0.1:$CEILING_PORT/api/posts" >/dev/null
ceiling_load() { # a ceiling run, just before an API route's (the other server is idle meanwhile)
  load "http://127.0.0.1:$CEILING_PORT/api/posts" | tee -a "$results"
}

log "API: filtered list"
quiet wrk-ceiling-list
ceiling=$(ceiling_load)
quiet wrk-list
filtered=$(load "$list" | tee -a "$results")

log "API: fetching every slug"
total=$(curl -s "$api/api/posts?pageSize=100" -o /dev/null -D - | awk -F': ' 'tolower($1) == "x-total-count" { print $2 + 0 }' || true)
[[ "$total" =~ ^[1-9][0-9]*$ ]] || die "GET /api/posts?pageSize=100 gave no X-Total-Count"
: >"$out/slugs.txt"
for page in $(seq 1 $(( (total + 99) / 100 ))); do
  curl -sSf "$api/api/posts?pageSize=100&page=$page" \
    | python3 -c 'import json, sys; print("\n".join("/api/posts/" + p["slug"] for p in json.load(sys.stdin)["items"]))' >>"$out/slugs.txt"
done
slug_count=$(wc -l <"$out/slugs.txt")
log "API: /api/posts/{slug} over $slug_count slugs"
quiet wrk-ceiling-slug
c_slug_line=$(ceiling_load)
quiet wrk-slug
slugs=$(SLUG_FILE="$out/slugs.txt" load "$api/api/posts/x" "$here/wrk-slugs.lua" | tee -a "$results")

etag=$(curl -s -o /dev/null -D - "$list" | awk -F': ' 'tolower($1) == "etag" { sub(/\r$/, "", $2); print $2 }' || true)
[[ -n "$etag" ]] || die "no ETag on $list ($(curl -s -o /dev/null -w '%{http_code}' "$list"))"
status=$(curl -s -o /dev/null -w '%{http_code}' -H "If-None-Match: $etag" "$list")
[[ "$status" == 304 ]] || die "If-None-Match: $etag answered $status, not 304"
log "API: 304 for If-None-Match $etag"
quiet wrk-ceiling-304
c_304_line=$(ceiling_load)
quiet wrk-304
not_modified=$(ETAG="$etag" load "$list" "$here/wrk-not-modified.lua" | tee -a "$results")

all_queries="$out/queries-$(basename "$content")-$SEARCH_QUERIES.txt"  # drawn from that corpus, so named after it
[[ -s "$all_queries" ]] || python3 "$bench/tools/make-queries.py" "$content" "$SEARCH_QUERIES" "$all_queries" || die "make-queries.py failed"
# The warm-up's queries are never asked again: every measured answer is computed, none comes from the answer cache.
warm_queries="$out/queries-warm-up.txt" queries="$out/queries-measured.txt"
head -n "$SEARCH_WARMUP_QUERIES" "$all_queries" >"$warm_queries"
tail -n +$(( SEARCH_WARMUP_QUERIES + 1 )) "$all_queries" >"$queries"
query_count=$(wc -l <"$queries")
log "API: /api/posts?q=... over $query_count different queries, after $SEARCH_WARMUP s over $SEARCH_WARMUP_QUERIES others"
quiet wrk-ceiling-search
c_search_line=$(ceiling_load)
quiet wrk-search
search=$(WARM_SECONDS="$SEARCH_WARMUP" WARM_FILE="$warm_queries" SLUG_FILE="$queries" load "$api/api/posts" "$here/wrk-slugs.lua" | tee -a "$results")
# Each wrk thread starts at its own offset (wrk-slugs.lua): past this many requests a thread would ask again what
# another already asked, and the cache could answer.
search_repeats=$(awk -v r="$(field requests "$search")" -v n="$query_count" 'BEGIN { print (r > n) ? 1 : 0 }')
(( ! search_repeats )) || log "WARNING: $(field requests "$search") searches over $query_count queries: some were asked twice (raise SEARCH_QUERIES)"

log "API: edit one entry at a time and time until it is served"
quiet edit
edit=$(python3 "$here/edit-visibility.py" "$api" "$content" "$out/logs/api.log" 5) || die "edit-visibility.py failed"
log "  $edit"

hwm_after_mb=$(awk '/^VmHWM:/ { printf "%.0f", $2 / 1024 }' "/proc/$api_pid/status")
rss_after_mb=$(awk '/^VmRSS:/ { printf "%.0f", $2 / 1024 }' "/proc/$api_pid/status")
stop "$api_pid"
stop "$ceiling_pid"

# ---- table ----------------------------------------------------------------------------------------------------------
c_rps=$(field rps "$ceiling") c_p99=$(field p99_ms "$ceiling")
c_slug=$(field rps "$c_slug_line") c_slug_p99=$(field p99_ms "$c_slug_line") c_304=$(field rps "$c_304_line") c_search=$(field rps "$c_search_line")
f_rps=$(field rps "$filtered") f_p99=$(field p99_ms "$filtered")
s_rps=$(field rps "$slugs") s_p99=$(field p99_ms "$slugs")
n_rps=$(field rps "$not_modified") n_p99=$(field p99_ms "$not_modified")
q_rps=$(field rps "$search") q_p99=$(field p99_ms "$search")
e_ms=$(field edit_ms "$edit") e_max=$(field max_ms "$edit") e_reread=$(field reread "$edit")
valid() { [[ "$(field errors "$1")" == 0 && "$(field non2xx3xx "$1")" == 0 ]]; }
for line in "$ceiling" "$c_slug_line" "$c_304_line" "$c_search_line" "$filtered" "$slugs" "$search" "$not_modified"; do
  valid "$line" || log "WARNING: errors in: $line"
done

r_start=$(ratio "$ready_s" "$hugo_s")
r_mem=$(ratio "$s_hwm_mb" "$hugo_mb")
r_list=$(ratio "$f_rps" "$c_rps") r_list_p99=$(ratio "$f_p99" "$c_p99")
r_slug=$(ratio "$s_rps" "$c_slug") r_slug_p99=$(ratio "$s_p99" "$c_slug_p99")
r_304=$(ratio "$n_rps" "$c_304")
r_search=$(ratio "$q_rps" "$c_search")
# Issue 19's targets: at 10,000 entries, and at 100,000 the same ratios but for memory and the edit.
t_start=0.35 t_mem=0.2 t_edit=150 t_route=0.9 t_search=0.1 t_304=0.95
(( ENTRIES < 100000 )) || t_mem=0.3 t_edit=500
size_targets "$ENTRIES"
[[ "$t_kind" != ratio ]] || t_start=$t_time t_mem=$t_mem
search_verdict=$(verdict "$r_search" ">=" "$t_search")
edit_verdict=$(verdict "$e_ms" "<=" "$t_edit")
[[ "$(verdict "$e_max" "<=" "$t_edit")" == met && "$e_reread" =~ ^1(,1)*$ ]] || edit_verdict="**not met** (max ${e_max} ms, files re-read per refresh: $e_reread)"
list_verdict=$(verdict "$r_list" ">=" "$t_route")
[[ "$(verdict "$r_list_p99" "<=" 2)" == met ]] || list_verdict="**not met**"
slug_verdict=$(verdict "$r_slug" ">=" "$t_route") not_modified_verdict=$(verdict "$r_304" ">=" "$t_304")
[[ "$(verdict "$r_slug_p99" "<=" 2)" == met ]] || slug_verdict="**not met**"
invalid="**invalid: errors or non-2xx/3xx answers**"
valid "$ceiling" && valid "$filtered" || list_verdict=$invalid
valid "$c_slug_line" && valid "$slugs" || slug_verdict=$invalid
valid "$c_304_line" && valid "$not_modified" || not_modified_verdict=$invalid
valid "$c_search_line" && valid "$search" || search_verdict=$invalid
(( ! search_repeats )) || search_verdict="**invalid: queries repeated**"

cat <<TABLE
JournalApi benchmark, $(date -u '+%Y-%m-%d %H:%M UTC'), $ENTRIES entries, wrk ${DURATION}s x $CONNECTIONS connections x $THREADS threads
machine: $(nproc) cores, $(awk -F': ' '/^model name/ { print $2; exit }' /proc/cpuinfo), $(awk '/^MemTotal/ { printf "%.0f GiB", $2 / 1048576 }' /proc/meminfo); API environment: ${API_ENV:-defaults}
API built from: $built_from$( (( build )) || echo ' (--no-build: the binaries already in bench/.out/api)')

| what | JournalApi | yardstick | ratio | target | verdict |
| --- | ---: | ---: | ---: | --- | --- |
| start-up to /health/ready ($ENTRIES entries, median of $STARTUP_RUNS, alternating with Hugo) | ${ready_s} s | Hugo ${hugo_s} s (median of $HUGO_RUNS) | $r_start | <= $t_start | $(verdict "$r_start" "<=" "$t_start") |
| CPU time to ready (not a target: steadier than wall time on a busy machine) | ${s_cpu_s} s | Hugo ${hugo_cpu} s user+sys | $(ratio "$s_cpu_s" "$hugo_cpu") | | |
| peak memory after start-up (VmHWM) | ${s_hwm_mb} MB | Hugo ${hugo_mb} MB max RSS | $r_mem | <= $t_mem | $(verdict "$r_mem" "<=" "$t_mem") |
| GET /api/posts?tag=connection&emotion=grief&page=2 | ${f_rps} rps, p99 ${f_p99} ms | ceiling ${c_rps} rps, p99 ${c_p99} ms | $r_list rps, $r_list_p99 p99 | >= $t_route rps, <= 2 p99 | $list_verdict |
| GET /api/posts/{slug} over $slug_count slugs | ${s_rps} rps, p99 ${s_p99} ms | ceiling ${c_slug} rps, p99 ${c_slug_p99} ms | $r_slug rps, $r_slug_p99 p99 | >= $t_route rps, <= 2 p99 | $slug_verdict |
| GET /api/posts?q=... over $query_count different queries (none asked twice, after a warm-up over $SEARCH_WARMUP_QUERIES others) | ${q_rps} rps, p99 ${q_p99} ms | ceiling ${c_search} rps | $r_search | >= $t_search | $search_verdict |
| 304 to If-None-Match | ${n_rps} rps, p99 ${n_p99} ms | ceiling ${c_304} rps | $r_304 | >= $t_304 | $not_modified_verdict |
| one edited file visible through the API (median of 5; max ${e_max} ms; files re-read: $e_reread) | ${e_ms} ms | $t_edit ms | | <= $t_edit ms | $edit_verdict |

ceiling runs (each just before the API route of its row): $c_rps, $c_slug, $c_304, $c_search rps
after the load runs: API VmHWM ${hwm_after_mb} MB, VmRSS ${rss_after_mb} MB; bytes per answer: ceiling $(field bytes_per_req "$ceiling"), list $(field bytes_per_req "$filtered"), slug $(field bytes_per_req "$slugs"), search $(field bytes_per_req "$search")
CPU busy (other processes) before each phase:$noise
raw wrk lines: $results; server logs: $out/logs/
TABLE
