#!/usr/bin/env bash
# run-load.sh URL [SECONDS] [CONNECTIONS]: one bounded wrk run against a server on this machine, reported as one line,
#   url=URL conns=C threads=T rps=... p50_ms=... p90_ms=... p99_ms=... max_ms=... requests=... bytes_per_req=... secs=... errors=... non2xx3xx=...
# (the figures are run-load.lua's). SECONDS 1-300 (default 10), CONNECTIONS 1-1024 (default 32).
# Environment: THREADS=2 wrk threads (never more than connections); WRK_TIMEOUT=5s per request;
# WRK_SCRIPT=FILE a wrk script of its own (it must load run-load.lua through $RUN_LOAD_LUA, which is set here);
# WRK_FULL=1 also prints wrk's own report on stderr.
# Only http://127.0.0.1 is accepted as a target.
set -euo pipefail

tools="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
usage="usage: run-load.sh URL [SECONDS] [CONNECTIONS]"
url="${1:?$usage}"
seconds="${2:-10}"
connections="${3:-32}"
threads="${THREADS:-2}"

fail() { echo "run-load.sh: $*" >&2; exit 2; }
[[ "$url" =~ ^http://127\.0\.0\.1(:[0-9]+)?/ ]] || fail "only http://127.0.0.1[:port]/... is measured, not '$url'"
[[ "$seconds" =~ ^[0-9]+$ ]] && (( seconds >= 1 && seconds <= 300 )) || fail "SECONDS is 1-300, not '$seconds'"
[[ "$connections" =~ ^[0-9]+$ ]] && (( connections >= 1 && connections <= 1024 )) || fail "CONNECTIONS is 1-1024, not '$connections'"
[[ "$threads" =~ ^[1-9][0-9]*$ ]] || fail "THREADS is a positive number, not '$threads'"
(( threads <= connections )) || threads=$connections

export RUN_LOAD_LUA="$tools/run-load.lua"
script="${WRK_SCRIPT:-$RUN_LOAD_LUA}"
[[ -f "$script" ]] || fail "no wrk script at '$script'"

# wrk stops itself after SECONDS; the timeout only guards against a server that never lets go.
report="$(timeout $(( seconds + 30 )) wrk -t"$threads" -c"$connections" -d"${seconds}s" --timeout "${WRK_TIMEOUT:-5s}" -s "$script" "$url")" \
  || { echo "$report" >&2; echo "run-load.sh: wrk failed" >&2; exit 1; }
[[ "${WRK_FULL:-0}" != 1 ]] || echo "$report" >&2
summary="$(grep '^rps=' <<<"$report" | tail -n 1 || true)"
[[ -n "$summary" ]] || { echo "$report" >&2; echo "run-load.sh: wrk printed no summary line (does the script load run-load.lua?)" >&2; exit 1; }
echo "url=$url conns=$connections threads=$threads $summary"
