# Shared by run-bench.sh and load-during-edits.sh (sourced, not run). Expects: repo, out, JOURNALAPI_CORPUS_GEN, and
# the caller's log and die functions.

# select_source REF [EXTRACT]: sets source_tree (the folder to build) and built_from (how to describe it). With a
# revision, its tree is extracted once with git archive into $out/src-SHA (unless EXTRACT is 0); without, the work tree.
select_source() {
  local ref="$1" extract="${2:-1}" sha
  if [[ -n "$ref" ]]; then
    sha=$(git -C "$repo" rev-parse --short=12 "$ref^{commit}") || die "no such git revision: $ref"
    source_tree="$out/src-$sha"
    built_from="git $sha ($ref)"
    if (( extract )) && [[ ! -d "$source_tree" ]]; then
      rm -rf "$source_tree.tmp"; mkdir -p "$source_tree.tmp"
      git -C "$repo" archive "$sha" | tar -x -C "$source_tree.tmp"
      mv "$source_tree.tmp" "$source_tree"
    fi
  else
    source_tree="$repo"
    built_from="work tree at git $(git -C "$repo" rev-parse --short=12 HEAD 2>/dev/null || echo '?')$([[ -z "$(git -C "$repo" status --porcelain -- src 2>/dev/null)" ]] || echo ' with uncommitted changes in src/')"
  fi
}

# publish_api DIR LOG: a Release build of $source_tree's API into DIR, emptied first (publish copies a file only when
# it is newer than the one in place, so an older build would otherwise leave another revision's binaries there).
publish_api() {
  rm -rf "$1"
  # As the Dockerfile publishes: for this machine's architecture, self-contained, one ReadyToRun composite (a few minutes).
  dotnet publish "$source_tree/src/JournalApi/JournalApi.csproj" -c Release -a "$(dpkg --print-architecture)" --disable-build-servers -o "$1" >"$2" 2>&1 \
    || { tail -30 "$2" >&2; die "publishing src/JournalApi failed"; }
}

# corpus N: prints the cached corpus folder $out/corpus-N, generated (atomically) on first use.
corpus() {
  local dir="$out/corpus-$1"
  if [[ ! -d "$dir" ]]; then
    [[ -f "$JOURNALAPI_CORPUS_GEN" ]] || die "corpus generator not found at $JOURNALAPI_CORPUS_GEN (set JOURNALAPI_CORPUS_GEN)"
    log "generating $1 entries into $dir"
    rm -rf "$dir.tmp"
    python3 "$JOURNALAPI_CORPUS_GEN" "$1" "$dir.tmp" >&2
    mv "$dir.tmp" "$dir"
  fi
  printf '%s\n' "$dir"
}
