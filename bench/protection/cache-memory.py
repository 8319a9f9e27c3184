#!/usr/bin/env python3
"""Resident memory of the API before and after COUNT different searches (the answer cache's bound, issue 15).

Starts the API on 127.0.0.1 over CORPUS, waits for /health/ready, reads VmRSS, sends COUNT different
'/api/posts?q=...' searches (bench/tools/make-queries.py) from 4 threads, and reads VmRSS and VmHWM again. Everything is
loopback; the API is stopped at the end (SIGTERM, then SIGKILL after 10 s); the whole run gives up after 15 minutes.

With 'padded', each search also carries 20 excludeTag values naming no tag, about 5 KB of query: the answers are the
same size but each one's Link header repeats the query three times (about 15 KB), which the cache must count too.

usage: cache-memory.py API_DLL CORPUS_DIR [COUNT] [padded]
"""
import concurrent.futures
import http.client
import os
import pathlib
import signal
import socket
import subprocess
import sys
import tempfile
import time

DEADLINE = time.monotonic() + 900


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def status(pid: int, field: str) -> int:
    for line in pathlib.Path(f"/proc/{pid}/status").read_text().splitlines():
        if line.startswith(field + ":"):
            return int(line.split()[1]) // 1024
    return -1


def get(port: int, path: str) -> int:
    conn = http.client.HTTPConnection("127.0.0.1", port, timeout=30)
    try:
        conn.request("GET", path)
        response = conn.getresponse()
        response.read()
        return response.status
    finally:
        conn.close()


def main(dll: str, corpus: str, count: int, padded: bool) -> None:
    here = pathlib.Path(__file__).resolve().parent
    queries = pathlib.Path(tempfile.mkdtemp(prefix="cache-memory-")) / "queries.txt"
    subprocess.run([sys.executable, str(here.parent / "tools" / "make-queries.py"), corpus, str(count), str(queries)], check=True)
    paths = queries.read_text().splitlines()
    if padded:
        # 20 values (the most a filter takes) of 40 accented letters each: about 5 KB once percent-encoded.
        padding = "&".join(f"excludeTag={'%C3%A9' * 40}{i}" for i in range(20))
        paths = [f"{p}&{padding}" for p in paths]
    port = free_port()
    api = subprocess.Popen(["dotnet", dll, "--content", corpus, "--urls", f"http://127.0.0.1:{port}",
                            "--Content:Watch", "false", "--RateLimit:Enabled", "false"],
                           stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    try:
        while True:
            if time.monotonic() > DEADLINE or api.poll() is not None:
                sys.exit("the API did not become ready")
            try:
                if get(port, "/health/ready") == 200:
                    break
            except OSError:
                pass
            time.sleep(0.2)
        get(port, paths[0])  # the search index is built a moment after the snapshot: wait for it once
        ready = status(api.pid, "VmRSS")
        started = time.monotonic()
        codes: dict[int, int] = {}
        with concurrent.futures.ThreadPoolExecutor(4) as pool:
            for code in pool.map(lambda p: get(port, p), paths):
                codes[code] = codes.get(code, 0) + 1
                if time.monotonic() > DEADLINE:
                    sys.exit("gave up after 15 minutes")
        took = time.monotonic() - started
        print(f"entries: {len(list(pathlib.Path(corpus).glob('*.md')))}, searches: {len(paths)} different{' (padded)' if padded else ''}, "
              f"answers: {codes}, {took:.0f} s")
        print(f"VmRSS when ready: {ready} MB; after the searches: {status(api.pid, 'VmRSS')} MB; VmHWM: {status(api.pid, 'VmHWM')} MB")
    finally:
        api.send_signal(signal.SIGTERM)
        try:
            api.wait(10)
        except subprocess.TimeoutExpired:
            api.kill()


if __name__ == "__main__":
    if len(sys.argv) not in (3, 4, 5) or (len(sys.argv) == 5 and sys.argv[4] != "padded"):
        sys.exit(__doc__)
    main(sys.argv[1], sys.argv[2], int(sys.argv[3]) if len(sys.argv) >= 4 else 20000, len(sys.argv) == 5)
