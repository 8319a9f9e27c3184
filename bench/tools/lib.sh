# Shared by the bench scripts (sourced first thing, not run). Sets bench (this folder's parent), repo and out (bench/.out);
# its functions expect the caller's log and die functions. CORPUS_SEED (default 42) picks the generated corpus.
bench="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
repo="$(cd "$bench/.." && pwd)"
out="$bench/.out"

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

# corpus N: prints the cached corpus folder $out/corpus-N-seedS, generated (atomically) on first use by the repository's
# own generator, bench/JournalApi.Corpus, always from the work tree (--ref changes the API built, not the corpus).
corpus() {
  local seed="${CORPUS_SEED:-42}"
  local dir="$out/corpus-$1-seed$seed"
  if [[ ! -d "$dir" ]]; then
    log "generating $1 entries into $dir"
    rm -rf "$dir.tmp"
    dotnet run --project "$repo/bench/JournalApi.Corpus" -c Release --disable-build-servers -- "$1" "$dir.tmp" --seed "$seed" >&2 \
      || die "generating the corpus with bench/JournalApi.Corpus failed"
    mv "$dir.tmp" "$dir"
  fi
  printf '%s\n' "$dir"
}
