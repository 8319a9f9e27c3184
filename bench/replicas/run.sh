#!/usr/bin/env bash
# run.sh: the local proof of "Running more than one" (issue 20), with no container engine. Three API processes on
# loopback ports follow one content folder that is a symlink, nginx (Debian's) is in front as load balancer and
# cache with the edge lines of deploy/compose/nginx/journal-proxy.conf, and the content is updated as git-sync does it:
# a new folder, then `ln -s new tmp-link && mv -T tmp-link journal`. Under a bounded wrk load, one replica is killed
# (SIGKILL) and restarted, and the content is swapped three times. See bench/README.md, "Replicas behind nginx".
#
#   bash bench/replicas/run.sh [--duration S] [--entries N | --corpus DIR] [--ref REV | --api DIR | --no-build] [--keep]
#
# Measures and prints: failed requests (non-2xx/3xx answers and socket errors seen by wrk), answers from the cache
# and from the replicas ($upstream_cache_status in nginx's log), requests nginx retried on another replica, for each
# swap the time until every replica (and the edge) serves it, ETags of every path on every replica (must be equal),
# then requests per second (median of ROUNDS runs) through nginx without its cache to 1, 2 and 3 replicas, with the
# cache, and to one replica directly. Exits 1 when a request failed, ETags differ, or a swap did not reach every
# replica.
#
# Options and environment (a flag wins over its variable):
#   --duration S      DURATION=60        seconds of load during the kill and the swaps (30..600)
#   --entries N       ENTRIES=1000       a corpus of N entries from bench/JournalApi.Corpus (cached in bench/.out)
#   --corpus DIR      CORPUS=''          serve this folder instead (copied), for example content, the sample journal
#   --connections N   CONNECTIONS=32     wrk connections (2 threads)
#   --rps-duration S  RPS_DURATION=10    seconds of each requests-per-second run (after 3 s of warm-up)
#   --rounds N        ROUNDS=3           requests-per-second rounds (the median is printed)
#   --api-env STR     API_ENV=''         extra environment of the API processes, e.g. 'Content__PollSeconds=1'
#   --stale S         STALE=10           seconds before a replaced folder is deleted (git-sync: --stale-worktree-timeout)
#   --ref REV         REF=''             build the API from a git revision (git archive) instead of the work tree
#   --api DIR                            use the API already published in DIR
#   --no-build                           reuse bench/.out/replicas/api
#   --keep                               keep the work folder (logs, nginx's access log) and print where it is
#   PORT_BASE=5470 (nginx on PORT_BASE..+3, replicas on PORT_BASE+11..+13)  READY_TIMEOUT=120  SWAP_TIMEOUT=30
#
# Only 127.0.0.1 is ever contacted. Every process this script starts is ended when it exits.
set -euo pipefail

here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
source "$here/../tools/lib.sh"  # sets bench, repo and out; the helpers every bench script shares

DURATION="${DURATION:-60}"
ENTRIES="${ENTRIES:-1000}"
CORPUS="${CORPUS:-}"
CONNECTIONS="${CONNECTIONS:-32}"
RPS_DURATION="${RPS_DURATION:-10}"
ROUNDS="${ROUNDS:-3}"
API_ENV="${API_ENV:-}"
STALE="${STALE:-10}"
REF="${REF:-}"
PORT_BASE="${PORT_BASE:-5470}"
READY_TIMEOUT="${READY_TIMEOUT:-120}"
SWAP_TIMEOUT="${SWAP_TIMEOUT:-30}"
api_dir="$out/replicas/api" build=1 keep=0

while (( $# )); do
  case "$1" in
    --duration) DURATION="${2:?--duration needs seconds}"; shift 2 ;;
    --entries) ENTRIES="${2:?--entries needs a number}"; shift 2 ;;
    --corpus) CORPUS="$(realpath -m "${2:?--corpus needs a folder}")"; shift 2 ;;
    --connections) CONNECTIONS="${2:?--connections needs a number}"; shift 2 ;;
    --rps-duration) RPS_DURATION="${2:?--rps-duration needs seconds}"; shift 2 ;;
    --rounds) ROUNDS="${2:?--rounds needs a number}"; shift 2 ;;
    --api-env) API_ENV="${2?--api-env needs 'K=V ...'}"; shift 2 ;;
    --stale) STALE="${2:?--stale needs seconds}"; shift 2 ;;
    --ref) REF="${2:?--ref needs a git revision}"; shift 2 ;;
    --api) api_dir="$(realpath -m "${2:?--api needs a folder}")"; build=0; shift 2 ;;
    --no-build) build=0; shift ;;
    --keep) keep=1; shift ;;
    -h|--help) sed -n '2,/^set -euo/p' "${BASH_SOURCE[0]}" | sed '$d; s/^# \{0,1\}//'; exit 0 ;;
    *) echo "run.sh: unknown option '$1' (see --help)" >&2; exit 2 ;;
  esac
done
usage_error() { echo "run.sh: $*" >&2; exit 2; }
[[ "$DURATION" =~ ^[0-9]+$ ]] && (( DURATION >= 30 && DURATION <= 600 )) || usage_error "DURATION must be 30..600 seconds"
[[ "$CONNECTIONS" =~ ^[0-9]+$ ]] && (( CONNECTIONS >= 2 && CONNECTIONS <= 256 )) || usage_error "CONNECTIONS must be 2..256"
[[ "$RPS_DURATION" =~ ^[0-9]+$ ]] && (( RPS_DURATION >= 1 && RPS_DURATION <= 120 )) || usage_error "RPS_DURATION must be 1..120 seconds"
[[ "$ROUNDS" =~ ^[0-9]+$ ]] && (( ROUNDS >= 1 && ROUNDS <= 10 )) || usage_error "ROUNDS must be 1..10"
[[ "$STALE" =~ ^[0-9]+$ ]] || usage_error "STALE must be a number of seconds"
[[ "$PORT_BASE" =~ ^[0-9]+$ ]] && (( PORT_BASE >= 1024 && PORT_BASE <= 65000 )) || usage_error "PORT_BASE must be 1024..65000"
[[ "$ENTRIES" =~ ^[0-9]+$ ]] && (( ENTRIES >= 10 )) || usage_error "ENTRIES must be a number, at least 10"
[[ -z "$CORPUS" || -d "$CORPUS" ]] || usage_error "no corpus folder at $CORPUS"
for setting in $API_ENV; do
  [[ "$setting" =~ ^[A-Za-z_][A-Za-z0-9_.]*=.*$ ]] || usage_error "--api-env takes K=V words (got '$setting')"
done

log() { printf '%s %s\n' "$(date -u +%H:%M:%S)" "replicas: $*" >&2; }
die() { printf '%s\n' "replicas: $*" >&2; exit 1; }
# shellcheck source=../tools/lib.sh

# Tools. nginx and wrk are Debian packages; bench is run by hand, so a missing one is installed when we may.
missing=()
command -v nginx >/dev/null || [[ -x /usr/sbin/nginx ]] || missing+=(nginx-light)
command -v wrk >/dev/null || missing+=(wrk)
command -v curl >/dev/null || missing+=(curl)
if (( ${#missing[@]} )); then
  (( EUID == 0 )) && command -v apt-get >/dev/null || die "missing: ${missing[*]} (install them: apt-get install -y ${missing[*]})"
  log "installing ${missing[*]}"
  DEBIAN_FRONTEND=noninteractive apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq "${missing[@]}" >/dev/null \
    || die "apt-get install ${missing[*]} failed"
fi
nginx_bin="$(command -v nginx || echo /usr/sbin/nginx)"
command -v dotnet >/dev/null || (( ! build )) || die "the .NET SDK is needed to publish the API (or pass --api DIR)"

edge_port=$PORT_BASE
api_ports=($((PORT_BASE + 11)) $((PORT_BASE + 12)) $((PORT_BASE + 13)))
for port in "$edge_port" $((PORT_BASE + 1)) $((PORT_BASE + 2)) $((PORT_BASE + 3)) "${api_ports[@]}"; do
  ! (exec 3<>"/dev/tcp/127.0.0.1/$port") 2>/dev/null || die "port $port on 127.0.0.1 is taken (set PORT_BASE)"
done

work="$out/replicas/run"
pids=() api_pids=()
cleanup() {
  local pid
  for pid in "${pids[@]}" "${api_pids[@]}"; do [[ -n "$pid" ]] && kill "$pid" 2>/dev/null || true; done
  for pid in "${pids[@]}" "${api_pids[@]}"; do
    [[ -n "$pid" ]] || continue
    for _ in $(seq 50); do kill -0 "$pid" 2>/dev/null || break; sleep 0.1; done
    kill -9 "$pid" 2>/dev/null || true
  done
  if (( keep )); then log "kept: $work"; else rm -rf "$work"; fi
}
trap cleanup EXIT
trap 'exit 130' INT TERM
trap 'log "stopped by a failing command at line $LINENO"' ERR

mkdir -p "$out/replicas"
if (( build )); then
  select_source "$REF"
  log "publishing the API ($built_from) into $api_dir (a few minutes)"
  publish_api "$api_dir" "$out/replicas/publish.log"
else
  built_from="the API published in $api_dir"
fi
[[ -x "$api_dir/JournalApi" ]] || die "no published API at $api_dir/JournalApi"

[[ -n "$CORPUS" ]] || CORPUS=$(corpus "$ENTRIES")

# The content root as git-sync lays it out: worktrees in .worktrees/, and `journal`, a relative symlink to the one
# being served. Every revision is prepared before the load, so a swap is only the two link commands.
rm -rf "$work"
mkdir -p "$work/root/.worktrees" "$work/nginx/cache" "$work/nginx/temp"
root="$work/root"
cp -a "$CORPUS" "$root/.worktrees/rev-0"
for k in 1 2 3; do
  cp -a "$root/.worktrees/rev-$((k - 1))" "$root/.worktrees/rev-$k"
  cat >"$root/.worktrees/rev-$k/2026-01-0$k-replica-swap-$k.md" <<EOF
---
title: "Swap $k reached this replica"
date: 2026-01-0$k
tags: [bench]
description: "Added by bench/replicas/run.sh in revision $k."
---

Revision $k of the journal, published by swapping the link as git-sync does.
EOF
done
ln -s .worktrees/rev-0 "$root/journal"
entries=$(find -L "$root/journal" -name '*.md' | wc -l)

start_api() {  # start_api INDEX: one replica, logging to api-INDEX.log
  local i=$1 port=${api_ports[$1]}
  # shellcheck disable=SC2086
  env Content__Path="$root/journal" RateLimit__Enabled=false ForwardedHeaders__KnownProxies__0=127.0.0.1 \
    Http__CacheControl__Api="public, max-age=0, s-maxage=2, stale-while-revalidate=60" \
    Http__CacheControl__Feeds="public, max-age=0, s-maxage=2, stale-while-revalidate=300" \
    Site__BaseUrl="http://127.0.0.1:$edge_port" Logging__LogLevel__Default=Warning Logging__LogLevel__Microsoft.Hosting.Lifetime=Information \
    $API_ENV "$api_dir/JournalApi" --urls "http://127.0.0.1:$port" >>"$work/api-$i.log" 2>&1 &
  api_pids[i]=$!
}
get() { curl -s --max-time 2 "$@"; }
ready() { [[ "$(curl -s -o /dev/null -w '%{http_code}' --max-time 2 "http://127.0.0.1:$1/health/ready")" == 200 ]]; }
wait_ready() {  # wait_ready INDEX: seconds until /health/ready answers 200, or die
  local i=$1 t0=$EPOCHREALTIME
  for _ in $(seq $((READY_TIMEOUT * 10))); do
    ready "${api_ports[$i]}" && { awk -v a="$t0" -v b="$EPOCHREALTIME" 'BEGIN { printf "%.1f", b - a }'; return 0; }
    kill -0 "${api_pids[$i]}" 2>/dev/null || { tail -20 "$work/api-$i.log" >&2; die "replica $((i + 1)) exited before it was ready"; }
    sleep 0.1
  done
  die "replica $((i + 1)) was not ready within $READY_TIMEOUT s"
}
version_of() { get "http://127.0.0.1:$1/api/changes" | grep -o '"version":"[^"]*"' | cut -d'"' -f4 || true; }

log "corpus: $CORPUS ($entries entries), API: $built_from"
for i in 0 1 2; do start_api "$i"; done
for i in 0 1 2; do
  secs=$(wait_ready "$i") || exit 1
  log "replica $((i + 1)) on 127.0.0.1:${api_ports[$i]} ready after $secs s"
done

# nginx: the edge with the cache on $edge_port, and load balancers without it on the next ports, to 1, 2 and 3
# replicas. Their locations include the same lines as deploy/compose/nginx/default.conf.
nginx_lines="$repo/deploy/compose/nginx"
[[ -f "$nginx_lines/balance.conf" && -f "$nginx_lines/cache.conf" ]] || die "missing $nginx_lines/balance.conf or cache.conf"
nginx_user=""
if (( EUID == 0 )); then
  # Workers of a master started as root run as nobody: they write the cache and temporary files.
  chown -R nobody:nogroup "$work/nginx/cache" "$work/nginx/temp"
  nginx_user="user nobody nogroup;"
fi
upstream() {  # upstream NAME N: the first N replicas
  local i
  printf '    upstream %s {\n' "$1"
  for (( i = 0; i < $2; i++ )); do printf '        server 127.0.0.1:%s max_fails=1 fail_timeout=2s;\n' "${api_ports[$i]}"; done
  printf '        keepalive 32;\n    }\n'
}
server() {  # server PORT UPSTREAM [cache]: a server whose one location passes everything to UPSTREAM
  printf '    server {\n        listen 127.0.0.1:%s;\n        access_log %s edge buffer=256k flush=1s;\n' "$1" "$work/nginx/access.log"
  printf '        location / {\n            proxy_pass http://%s;\n            include %s;\n' "$2" "$nginx_lines/balance.conf"
  [[ "${3:-}" != cache ]] || printf '            include %s;\n' "$nginx_lines/cache.conf"
  printf '        }\n    }\n'
}
cat >"$work/nginx/nginx.conf" <<EOF
$nginx_user
worker_processes 1;
pid $work/nginx/nginx.pid;
error_log $work/nginx/error.log warn;
events { worker_connections 4096; }
http {
    client_body_temp_path $work/nginx/temp/body;
    proxy_temp_path $work/nginx/temp/proxy;
    fastcgi_temp_path $work/nginx/temp/fastcgi;
    uwsgi_temp_path $work/nginx/temp/uwsgi;
    scgi_temp_path $work/nginx/temp/scgi;
    # The cache's background revalidations are subrequests: logged too, so that every answer of a replica is counted.
    log_subrequest on;
    log_format edge '\$msec \$server_port \$status \$upstream_cache_status "\$upstream_addr" "\$upstream_status" \$request_uri';
    proxy_cache_path $work/nginx/cache levels=1:2 keys_zone=journal:10m max_size=256m inactive=10m use_temp_path=off;
$(upstream journal_api 3)
$(upstream journal_api_1 1)
$(upstream journal_api_2 2)
$(server "$edge_port" journal_api cache)
$(server $((edge_port + 1)) journal_api_1)
$(server $((edge_port + 2)) journal_api_2)
$(server $((edge_port + 3)) journal_api)
}
EOF
"$nginx_bin" -t -q -c "$work/nginx/nginx.conf" -p "$work/nginx" 2>"$work/nginx/test.log" || { cat "$work/nginx/test.log" >&2; die "nginx rejected $work/nginx/nginx.conf"; }
"$nginx_bin" -c "$work/nginx/nginx.conf" -p "$work/nginx" -g 'daemon off;' 2>>"$work/nginx/error.log" &
pids+=($!)
for _ in $(seq 50); do get -o /dev/null "http://127.0.0.1:$edge_port/health/live" && break; sleep 0.1; done

# The paths wrk asks: the lists, the vocabulary, the feeds and every post (all of them stay in every revision).
paths="$work/paths.txt"
{
  printf '%s\n' /api/posts '/api/posts?page=1&pageSize=5' '/api/posts?sort=date' /api/tags /api/emotions /api/archive \
    /api/changes /feeds/feed.json /feeds/atom.xml /feeds/rss.xml
  # The first list of a large journal may take seconds (facets over every entry, code still being compiled).
  curl -s --max-time 60 "http://127.0.0.1:${api_ports[0]}/api/posts?pageSize=100" | grep -o '"slug":"[^"]*"' | cut -d'"' -f4 | sed 's|^|/api/posts/|' \
    || die "could not list the posts of replica 1"
} >"$paths"
(( $(wc -l <"$paths") > 10 )) || die "could not list the posts of replica 1"

# swap K: publish revision K as git-sync does, then time until each replica and the edge serve a new version.
swap() {
  local k=$1 before t0 i v edge_v done_count=0 elapsed
  local -a took=("" "" "")
  local edge_took=""
  versions=()
  before=$(version_of "${api_ports[0]}")
  t0=$EPOCHREALTIME
  ln -s ".worktrees/rev-$k" "$root/tmp-link" && mv -T "$root/tmp-link" "$root/journal"
  # git-sync deletes the replaced worktree after --stale-worktree-timeout.
  ( sleep "$STALE"; rm -rf "$root/.worktrees/rev-$((k - 1))" ) &
  pids+=($!)
  while (( done_count < 4 )); do
    elapsed=$(awk -v a="$t0" -v b="$EPOCHREALTIME" 'BEGIN { printf "%.2f", b - a }')
    awk -v e="$elapsed" -v m="$SWAP_TIMEOUT" 'BEGIN { exit !(e > m) }' && break
    for i in 0 1 2; do
      [[ -z "${took[$i]}" ]] || continue
      v=$(version_of "${api_ports[$i]}")
      [[ -n "$v" && "$v" != "$before" ]] && { took[i]=$elapsed; versions[i]=$v; done_count=$((done_count + 1)); }
    done
    if [[ -z "$edge_took" ]]; then
      edge_v=$(version_of "$edge_port")
      [[ -n "$edge_v" && "$edge_v" != "$before" ]] && { edge_took=$elapsed; done_count=$((done_count + 1)); }
    fi
    sleep 0.05
  done
  seconds() { [[ -n "$1" ]] && printf '%s s' "$1" || printf 'never (within %s s)' "$SWAP_TIMEOUT"; }
  printf 'swap %d: replicas %s, %s, %s; edge %s; versions %s -> %s %s %s\n' "$k" "$(seconds "${took[0]}")" "$(seconds "${took[1]}")" \
    "$(seconds "${took[2]}")" "$(seconds "$edge_took")" "$before" "${versions[0]:-?}" "${versions[1]:-?}" "${versions[2]:-?}" >>"$work/swaps.txt"
}

# The run, DURATION seconds of two loads at once: wrk through the edge with its cache (most answers never reach a
# replica), and a smaller wrk through the load balancer without the cache (every request reaches a replica, so a
# killed one shows). Meanwhile replica 2 is killed and restarted, and the content is swapped 3 times.
kill_at=$((DURATION / 6)) restart_at=$((DURATION / 6 + 6))
swap_at=($((DURATION * 2 / 5)) $((DURATION * 3 / 5)) $((DURATION * 4 / 5)))
balancer_connections=$(( CONNECTIONS / 4 > 1 ? CONNECTIONS / 4 : 2 ))
log "load ${DURATION} s: wrk -t2 -c$CONNECTIONS on the edge (:$edge_port), wrk -t1 -c$balancer_connections on the balancer (:$((edge_port + 3))); replica 2 killed at ${kill_at} s, restarted at ${restart_at} s; swaps at ${swap_at[*]} s"
: >"$work/swaps.txt" ; : >"$work/events.txt"
PATHS_FILE="$paths" wrk -t2 -c"$CONNECTIONS" -d"${DURATION}s" --timeout 5s -s "$here/mix.lua" "http://127.0.0.1:$edge_port" >"$work/wrk-edge.txt" 2>&1 &
wrk_edge=$!
PATHS_FILE="$paths" wrk -t1 -c"$balancer_connections" -d"${DURATION}s" --timeout 5s -s "$here/mix.lua" "http://127.0.0.1:$((edge_port + 3))" >"$work/wrk-balancer.txt" 2>&1 &
wrk_balancer=$!
pids+=("$wrk_edge" "$wrk_balancer")
t_start=$EPOCHREALTIME
at() { local wait; wait=$(awk -v s="$t_start" -v n="$EPOCHREALTIME" -v t="$1" 'BEGIN { w = s + t - n; printf "%.2f", (w > 0 ? w : 0) }'); sleep "$wait"; }
declare -a versions=()
at "$kill_at"; kill -9 "${api_pids[1]}"; wait "${api_pids[1]}" 2>/dev/null || true
echo "replica 2 killed (SIGKILL) at $kill_at s" >>"$work/events.txt"
at "$restart_at"; start_api 1
secs=$(wait_ready 1) || exit 1
echo "replica 2 restarted at $restart_at s, ready after $secs s" >>"$work/events.txt"
for k in 1 2 3; do
  at "${swap_at[$((k - 1))]}"; swap "$k"
done
wait "$wrk_edge" || die "wrk failed: $(cat "$work/wrk-edge.txt")"
wait "$wrk_balancer" || die "wrk failed: $(cat "$work/wrk-balancer.txt")"
sleep 1.5  # nginx flushes its access log every second

field() { sed -n "s/.* $2=\([0-9.]*\).*/\1/p" "$1"; }  # field FILE NAME: a count of mix.lua's line in wrk's output
failed_of() { echo $(( $(field "$1" 4xx) + $(field "$1" 5xx) + $(field "$1" socket_errors) )); }
summary() {  # summary FILE: wrk's rate and mix.lua's counts
  grep -q '^mix:' "$1" || die "wrk printed no summary: $(cat "$1")"
  printf '%s requests (%s/s), failed %s (%s 4xx, %s 5xx, %s socket errors), 304 %s; latency p50 %s ms, p99 %s ms, max %s ms' \
    "$(field "$1" requests)" "$(sed -n 's/^Requests\/sec: *//p' "$1")" "$(failed_of "$1")" "$(field "$1" 4xx)" "$(field "$1" 5xx)" \
    "$(field "$1" socket_errors)" "$(field "$1" 304)" "$(field "$1" p50_ms)" "$(field "$1" p99_ms)" "$(field "$1" max_ms)"
}
edge_summary=$(summary "$work/wrk-edge.txt")
balancer_summary=$(summary "$work/wrk-balancer.txt")
failed=$(( $(failed_of "$work/wrk-edge.txt") + $(failed_of "$work/wrk-balancer.txt") ))

# nginx's log, per server port: who answered (HIT: the cache; STALE: the cache's expired copy, sent while that request
# starts a background revalidation, or when no replica can answer; UPDATING: the expired copy while another request
# revalidates it; MISS, EXPIRED: a replica's full answer; REVALIDATED: a replica's 304 renewing the cached copy; '-': no
# cache, a replica) and which requests went to more than one replica. Background revalidations are logged as
# subrequests, and the swap timer's requests to the edge are counted too.
log_file="$work/nginx/access.log"
cache_counts=$(awk -v p="$edge_port" '$2 == p { n[$4]++ } END { for (s in n) printf "%s=%d ", s, n[s] }' "$log_file")
retried() { awk -v p="$1" -F'"' '{ split($1, f, " ") } f[2] == p && $2 ~ /,/ { n++; s[$4]++ } END { printf "%d", n; for (k in s) printf " [%s]=%d", k, s[k] }' "$log_file"; }
retried_edge=$(retried "$edge_port")
retried_balancer=$(retried $((edge_port + 3)))
from_replicas=$(awk -v p="$edge_port" '$2 == p && $4 ~ /^(MISS|EXPIRED|REVALIDATED|BYPASS)$/ { n++ } END { print n + 0 }' "$log_file")
from_cache=$(awk -v p="$edge_port" '$2 == p && $4 ~ /^(HIT|UPDATING|STALE)$/ { n++ } END { print n + 0 }' "$log_file")

# ETags: every path from every replica (with the Host header nginx sends) and from the edge, once the swaps settled.
etag_of() { { curl -s --max-time 5 -o /dev/null -D - -H 'Host: 127.0.0.1' "http://127.0.0.1:$1$2" || true; } | tr -d '\r' | sed -n 's/^[Ee][Tt]ag: //p'; }
etag_equal=0 etag_differ=0
: >"$work/etags.txt"
while read -r path; do
  a=$(etag_of "${api_ports[0]}" "$path"); b=$(etag_of "${api_ports[1]}" "$path"); c=$(etag_of "${api_ports[2]}" "$path")
  if [[ -n "$a" && "$a" == "$b" && "$b" == "$c" ]]; then etag_equal=$((etag_equal + 1)); else etag_differ=$((etag_differ + 1)); fi
  printf '%s %s %s %s\n' "$path" "${a:--}" "${b:--}" "${c:--}" >>"$work/etags.txt"
done <"$paths"

# Requests per second: without the cache to 1, 2 and 3 replicas, with the cache, and to replica 1 directly; ROUNDS
# rounds, the five targets in turn within each round, so that a busy minute of the machine weighs on all of them.
rps() {  # rps URL: requests per second of wrk over the paths, after 3 s of warm-up; failed requests are added up
  PATHS_FILE="$paths" wrk -t2 -c"$CONNECTIONS" -d3s -s "$here/mix.lua" "$1" >/dev/null 2>&1 || true
  PATHS_FILE="$paths" wrk -t2 -c"$CONNECTIONS" -d"${RPS_DURATION}s" -s "$here/mix.lua" "$1" >"$work/wrk-rps.txt" 2>&1
  grep -q '^mix:' "$work/wrk-rps.txt" || die "wrk printed no summary: $(cat "$work/wrk-rps.txt")"
  echo $(( $(cat "$work/rps-failed.txt") + $(failed_of "$work/wrk-rps.txt") )) >"$work/rps-failed.txt"
  sed -n 's/^Requests\/sec: *\([0-9]*\).*/\1/p' "$work/wrk-rps.txt"
}
median() { tr ' ' '\n' | grep . | sort -n | awk '{ v[NR] = $1 } END { print (NR % 2 ? v[(NR + 1) / 2] : int((v[NR / 2] + v[NR / 2 + 1]) / 2)) }'; }
targets=(1 2 3 cache direct)
declare -A rps_all=()
echo 0 >"$work/rps-failed.txt"
log "requests per second: $ROUNDS rounds of ${#targets[@]} runs, ${RPS_DURATION} s each"
for (( round = 1; round <= ROUNDS; round++ )); do
  for target in "${targets[@]}"; do
    case $target in
      cache) url="http://127.0.0.1:$edge_port" ;;
      direct) url="http://127.0.0.1:${api_ports[0]}" ;;
      *) url="http://127.0.0.1:$((edge_port + target))" ;;
    esac
    rps_all[$target]+="$(rps "$url") "
  done
done
rps_of() { printf '%s (runs: %s)' "$(median <<<"${rps_all[$1]}")" "$(sed 's/ $//; s/ /, /g' <<<"${rps_all[$1]}")"; }
rps_failed=$(cat "$work/rps-failed.txt")

errors_logged=$(cat "$work"/api-*.log | grep -c -E '^(fail|crit):' || true)
memory=$(for i in 0 1 2; do printf '%s ' "$(awk '/VmHWM/ { printf "%d MB", $2 / 1024 }' "/proc/${api_pids[$i]}/status" 2>/dev/null || echo '?')"; done)

swaps_ok=1
grep -q never "$work/swaps.txt" && swaps_ok=0
while read -r line; do
  read -r v1 v2 v3 <<<"${line##*-> }"
  [[ "$v1" == "$v2" && "$v2" == "$v3" ]] || swaps_ok=0
done <"$work/swaps.txt"

cat <<EOF

== Replicas behind nginx: $(date -u +%Y-%m-%dT%H:%MZ), $(nproc) cores, API: $built_from
corpus: $CORPUS ($entries entries, +1 a swap); $(wc -l <"$paths") paths; replicas: 3 on 127.0.0.1:${api_ports[0]}-${api_ports[2]}; nginx $("$nginx_bin" -v 2>&1 | sed 's|.*/||') on :$edge_port
events: $(paste -sd ';' "$work/events.txt" | sed 's/;/; /g')
edge (cache), wrk -t2 -c$CONNECTIONS -d${DURATION}s: $edge_summary
  answers: $from_cache from the cache, $from_replicas from replicas (by cache status: $cache_counts); retried on another replica: $retried_edge
balancer (no cache), wrk -t1 -c$balancer_connections -d${DURATION}s: $balancer_summary
  retried on another replica: $retried_balancer
$(sed 's/^/content /' "$work/swaps.txt")
ETags of $((etag_equal + etag_differ)) paths on 3 replicas: $etag_equal equal, $etag_differ different
requests per second, median of $ROUNDS runs of ${RPS_DURATION} s, through nginx without the cache: 1 replica $(rps_of 1); 2 replicas $(rps_of 2); 3 replicas $(rps_of 3)
  through nginx with the cache: $(rps_of cache); replica 1 directly: $(rps_of direct); failed requests in these runs: $rps_failed
peak resident memory (VmHWM) of replicas 1, 2 (restarted), 3: $memory; errors in the replicas' logs: $errors_logged
EOF
(( etag_differ == 0 )) || { log "ETags differ (see $work/etags.txt):"; grep -v -E '^(\S+) (\S+) \2 \2$' "$work/etags.txt" >&2 || true; }
(( failed == 0 && rps_failed == 0 && etag_differ == 0 && swaps_ok )) || { keep=1; die "the proof failed: $failed failed requests, $etag_differ paths with different ETags, swaps reached every replica: $swaps_ok"; }
log "proof passed"
