#!/usr/bin/env bash
# fuzz.sh: runs the fuzz properties of the loading path (tests/JournalApi.Content.Tests/Fuzzing) for minutes instead of
# the few seconds they take in `dotnet test`.
#
#   bash bench/fuzz.sh [--minutes N] [--seed S] [FOLDER...]
#
# The seed entries are the valid fixtures, every fixture the fuzzer once broke (Fixtures/fuzz/), the sample journal
# content/ and each FOLDER given (its *.md files, read only). Each of the three properties (mutated entries, mutated
# bytes, a folder of mutated entries indexed whole) runs for about a third of the time. Every input that fails is kept
# in bench/.out/fuzz-<seed>/ with summary.txt (inputs tried and failures per property); make each one a fixture under
# tests/JournalApi.Content.Tests/Fixtures/fuzz/ with a test, and fix the cause.
set -euo pipefail
cd "$(dirname "$0")/.."

minutes=1
seed=$(date +%s)
folders=("$PWD/content")
while [ $# -gt 0 ]; do
    case "$1" in
        --minutes) minutes="$2"; shift 2 ;;
        --seed) seed="$2"; shift 2 ;;
        -h|--help) sed -n '2,11p' "$0"; exit 0 ;;
        -*) echo "fuzz.sh: unknown option '$1'" >&2; exit 2 ;;
        *) folders+=("$(cd "$1" && pwd)"); shift ;;
    esac
done

out="$PWD/bench/.out/fuzz-$seed"
rm -rf "$out"
mkdir -p "$out"
# Three properties share the time; the folder property takes a quarter of its share.
seconds=$(awk -v m="$minutes" 'BEGIN { printf "%d", m * 60 / 2.25 }')
timeout_ms=$(awk -v m="$minutes" 'BEGIN { printf "%d", (m * 60 + 600) * 1000 }')
echo "fuzz.sh: seed $seed, ${minutes} min, seeds from: ${folders[*]}"
dotnet build tests/JournalApi.Content.Tests -c Release -nologo -v quiet
status=0
JOURNALAPI_FUZZ_SECONDS="$seconds" JOURNALAPI_FUZZ_SEED="$seed" JOURNALAPI_FUZZ_OUT="$out" \
JOURNALAPI_FUZZ_FOLDERS="$(IFS=:; echo "${folders[*]}")" \
    dotnet test tests/JournalApi.Content.Tests -c Release --no-build --filter "FullyQualifiedName~Fuzzing.LoadingFuzzTests" \
    -- RunConfiguration.TestSessionTimeout="$timeout_ms" >"$out/test.log" 2>&1 || status=$?
cat "$out/summary.txt" 2>/dev/null || tail -n 40 "$out/test.log"
ls "$out"/*.md >/dev/null 2>&1 && echo "failing inputs kept in $out"
exit "$status"
