# sizes.sh: run-bench.sh's --sizes mode (sourced by it, not run): start-up, memory and the first search at each size
# of SIZES against Hugo's build of the same folder, then a table of how each figure grows and a text chart of time
# and memory against entries, ours beside Hugo's. Uses run-bench.sh's functions (against_hugo, corpus, stop, ratio,
# verdict, size_targets) and variables.

first_search=1
rows=()
for size in "${sizes[@]}"; do
  content="$(content_of "$size")"
  entries=$(find "$content" -type f -name '*.md' | wc -l)
  against_hugo "$size"
  stop "$pid"
  rows+=("$size $entries $hugo_s $hugo_mb $hugo_cpu $ready_s $s_hwm_mb $s_cpu_s $s_search_s $s_indexed_mb")
done

verdicts() { # SIZE READY_S SEARCH_S HWM_MB INDEXED_MB HUGO_S HUGO_MB: the start-up and memory verdicts against issue 19
  local started="$2" peak="$4"
  size_targets "$1"
  if [[ "$1" == 100000 ]]; then
    # At 100,000 entries no search may wait after ready: start-up counts until the first search is answered, and
    # the peak includes the index.
    started=$(awk -v a="$2" -v b="$3" 'BEGIN { printf "%.2f", a + b }') peak="$5"
  fi
  case "$t_kind" in
    absolute) echo "$(verdict "$started" "<=" "$t_time") (<= $t_time s) | $(verdict "$peak" "<=" "$t_mem") (<= $t_mem MB)" ;;
    ratio) echo "$(verdict "$(ratio "$started" "$6")" "<=" "$t_time") (<= $t_time x) | $(verdict "$(ratio "$peak" "$7")" "<=" "$t_mem") (<= $t_mem x)" ;;
    *) echo "| " ;;
  esac
}

cat <<HEAD
JournalApi start-up and memory by size, $(date -u '+%Y-%m-%d %H:%M UTC'), median of $STARTUP_RUNS starts and $HUGO_RUNS Hugo builds at each size
machine: $(nproc) cores, $(awk -F': ' '/^model name/ { print $2; exit }' /proc/cpuinfo), $(awk '/^MemTotal/ { printf "%.0f GiB", $2 / 1048576 }' /proc/meminfo); API environment: ${API_ENV:-defaults}
API built from: $built_from$( (( build )) || echo ' (--no-build: the binaries already in bench/.out/api)')

| entries | Hugo build | Hugo CPU | Hugo peak | API ready | x Hugo | API CPU to ready | x Hugo CPU | API peak at ready | x Hugo | first search waits | API peak after the index | start-up target | memory target |
| ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | --- | --- |
HEAD
for row in "${rows[@]}"; do
  read -r size entries h_s h_mb h_cpu a_s a_mb a_cpu a_search a_indexed <<<"$row"
  label=$([[ "$size" == sample ]] && echo "$entries (sample)" || printf "%'d" "$entries")
  echo "| $label | $h_s s | $h_cpu s | $h_mb MB | $a_s s | $(ratio "$a_s" "$h_s") | $a_cpu s | $(ratio "$a_cpu" "$h_cpu") | $a_mb MB | $(ratio "$a_mb" "$h_mb") | $a_search s | $a_indexed MB | $(verdicts "$size" "$a_s" "$a_search" "$a_mb" "$a_indexed" "$h_s" "$h_mb") |"
done

echo
echo "Growth from one size to the next (how many times the figure grew, for how many times the entries):"
echo
echo "| from | to | entries x | Hugo build x | API ready x | Hugo peak x | API peak x |"
echo "| ---: | ---: | ---: | ---: | ---: | ---: | ---: |"
previous=''
for row in "${rows[@]}"; do
  read -r size entries h_s h_mb _ a_s a_mb _ <<<"$row"
  if [[ -n "$previous" ]]; then
    read -r p_size p_entries p_h_s p_h_mb _ p_a_s p_a_mb _ <<<"$previous"
    echo "| $p_size | $size | $(ratio "$entries" "$p_entries") | $(ratio "$h_s" "$p_h_s") | $(ratio "$a_s" "$p_a_s") | $(ratio "$h_mb" "$p_h_mb") | $(ratio "$a_mb" "$p_a_mb") |"
  fi
  previous="$row"
done

# chart TITLE UNIT LOW COLUMN_API COLUMN_HUGO: one pair of bars per size on a log scale, 16 characters a decade from LOW,
# with as many decades as the largest figure needs (at least 4).
chart() {
  printf '%s\n' "${rows[@]}" | awk -v title="$1" -v unit="$2" -v low="$3" -v api="$4" -v hugo="$5" '
    function bar(v,  n, s) {
      if (v == "n/a" || v <= 0) return "n/a"
      n = int(16 * log(v / low) / log(10) + 0.5); if (n < 1) n = 1
      s = ""; while (length(s) < n) s = s "#"
      return s
    }
    function decades(v) { return (v == "n/a" || v <= low) ? 0 : int(log(v / low) / log(10)) + 1 }
    {
      n++; label[n] = ($1 == "sample") ? "sample" : $2; a[n] = $api; h[n] = $hugo
      if (decades($api) > top) top = decades($api)
      if (decades($hugo) > top) top = decades($hugo)
    }
    END {
      if (top < 4) top = 4
      width = 16 * top
      printf "%s (log scale, 16 characters a decade; each bar starts at %s %s)\n", title, low, unit
      for (i = 1; i <= n; i++) {
        printf "%9s  API   %-*s %s %s\n", label[i], width, bar(a[i]), a[i], unit
        printf "%9s  Hugo  %-*s %s %s\n", "", width, bar(h[i]), h[i], unit
      }
      axis = ""
      for (d = 0; d <= top; d++) axis = axis "|" (d < top ? "---------------" : "")
      printf "%17s%s\n", "", axis
      printf "%17s", ""; v = low
      for (d = 0; d <= top; d++) { printf (d < top ? "%-16s" : "%s"), v; v = v * 10 }
      printf " %s\n", unit
    }'
}
echo
echo '```text'
chart "start to ready" s 0.01 6 3
echo
chart "peak memory at ready" MB 10 7 4
echo '```'
echo
echo "CPU busy (other processes) before each phase:$noise"
