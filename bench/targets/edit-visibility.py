#!/usr/bin/env python3
"""Times how long an edited entry takes to show through the API, and checks that only that file was re-read.

For each run it changes the title of one entry in CONTENT_DIR (in place, as an editor saves), polls
GET /api/posts/{slug} every 2 ms until the new title is served, then reads the API's log for the refresh line
('Re-read N file(s)', logged at Information by ContentRefreshService) and puts the file back as it was, then waits
2 s so that each edit is timed alone rather than behind the previous one's background work.
Prints one line: edit_ms=<median> max_ms=<max> runs=<n> reread=<files re-read per refresh, comma-separated>.

usage: edit-visibility.py API_URL CONTENT_DIR API_LOG [RUNS]
"""
import json
import pathlib
import re
import statistics
import sys
import time
import urllib.request

REFRESH = re.compile(r"Re-read (\d+) file\(s\)")
PAUSE_S = 2.0


def served_title(api: str, slug: str) -> str:
    with urllib.request.urlopen(f"{api}/api/posts/{slug}", timeout=5) as response:
        return json.load(response)["title"]


def wait_for(api: str, slug: str, title: str, timeout_s: float = 10.0) -> float:
    start = time.perf_counter()
    while time.perf_counter() - start < timeout_s:
        if served_title(api, slug) == title:
            return (time.perf_counter() - start) * 1000
        time.sleep(0.002)
    sys.exit(f"{slug}: the title {title!r} was not served within {timeout_s} s")


def refreshes(log: pathlib.Path) -> list[int]:
    return [int(n) for n in REFRESH.findall(log.read_text(encoding="utf-8", errors="replace"))]


def main(api: str, content: str, log_path: str, runs: int) -> None:
    log = pathlib.Path(log_path)
    files = sorted(pathlib.Path(content).glob("*.md"))
    times, reread = [], []
    for run in range(runs):
        path = files[(run * 997 + 123) % len(files)]
        slug = re.sub(r"^\d{4}-\d{2}-\d{2}-", "", path.stem)
        original = path.read_bytes()
        old_title = served_title(api, slug)
        new_title = f"{old_title} (edited {run})"
        text = original.decode("utf-8")
        edited = re.sub(r"(?m)^title:.*$", lambda _: "title: " + json.dumps(new_title), text, count=1)
        seen = len(refreshes(log))
        try:
            start = time.perf_counter()
            path.write_text(edited, encoding="utf-8")
            wait_for(api, slug, new_title)
            times.append((time.perf_counter() - start) * 1000)
            time.sleep(0.3)  # let a late second refresh of the same save show in the log
            reread.extend(refreshes(log)[seen:])
        finally:
            path.write_bytes(original)
        wait_for(api, slug, old_title)
        # Each edit is timed alone, as a writer's save is: the snapshot of the previous one (and its search index,
        # built in the background on both cores) must be done before the next file is touched.
        time.sleep(PAUSE_S)
    print(f"edit_ms={statistics.median(times):.0f} max_ms={max(times):.0f} runs={runs} reread={','.join(map(str, reread)) or 'none'}")


if __name__ == "__main__":
    if len(sys.argv) not in (4, 5):
        sys.exit(__doc__)
    main(sys.argv[1], sys.argv[2], sys.argv[3], int(sys.argv[4]) if len(sys.argv) == 5 else 5)
