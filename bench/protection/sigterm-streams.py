#!/usr/bin/env python3
"""SIGTERM with STREAMS event streams open: how long the API takes to exit, and how many streams were told (issue 15).

Starts the API over CONTENT at 127.0.0.1 with its open-file limit set to NOFILE (default 4096), opens STREAMS
(default 1,000) event streams, 8 from each source address 127.0.0.3, .4, ... (one client's cap; all loopback), waits
until every one has its first event, sends SIGTERM and measures the time until the process has exited, and counts the
streams that received the final 'reconnect' event before their connection ended. Everything stops by itself: SIGKILL
after 30 s, and the whole run gives up after 3 minutes.

usage: sigterm-streams.py API_DLL CONTENT_DIR [STREAMS] [NOFILE]
"""
import asyncio
import resource
import signal
import socket
import subprocess
import sys
import time

DEADLINE = time.monotonic() + 180


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


async def open_stream(port: int, source: str):
    reader, writer = await asyncio.open_connection("127.0.0.1", port, local_addr=(source, 0))
    writer.write(b"GET /api/changes/stream HTTP/1.1\r\nHost: 127.0.0.1\r\n\r\n")
    await writer.drain()
    status = await asyncio.wait_for(reader.readline(), 30)
    if not status.startswith(b"HTTP/1.1 200"):
        raise RuntimeError(f"stream refused: {status!r}")
    while not (await asyncio.wait_for(reader.readline(), 30)).startswith(b"event: version"):
        pass
    return reader, writer


async def last_event(reader: asyncio.StreamReader) -> bool:
    """Reads until the connection ends; whether a 'reconnect' event came before it did."""
    told = False
    try:
        while line := await asyncio.wait_for(reader.readline(), 30):
            told = told or line.startswith(b"event: reconnect")
    except (asyncio.TimeoutError, OSError):
        pass
    return told


async def main(api: subprocess.Popen, port: int, count: int) -> None:
    streams = []
    for first in range(0, count, 8):
        address = f"127.0.{(first // 8 + 2) // 250}.{(first // 8 + 2) % 250 + 1}"
        streams += await asyncio.gather(*(open_stream(port, address) for _ in range(min(8, count - first))))
        if time.monotonic() > DEADLINE:
            sys.exit("gave up while opening streams")
    print(f"{len(streams)} streams open, each has its first event; sending SIGTERM")
    endings = asyncio.gather(*(last_event(reader) for reader, _ in streams))
    started = time.monotonic()
    api.send_signal(signal.SIGTERM)
    while api.poll() is None and time.monotonic() - started < 30:
        await asyncio.sleep(0.01)
    exited = time.monotonic() - started
    if api.poll() is None:
        api.kill()
        print(f"still running 30 s after SIGTERM: killed")
    told = sum(await endings)
    print(f"exited {exited:.2f} s after SIGTERM with code {api.returncode}; streams told to reconnect before they ended: {told} of {len(streams)}")


def run(dll: str, content: str, count: int, nofile: int) -> None:
    soft, hard = resource.getrlimit(resource.RLIMIT_NOFILE)
    resource.setrlimit(resource.RLIMIT_NOFILE, (hard, hard))
    port = free_port()
    api = subprocess.Popen(
        ["dotnet", dll, "--content", content, "--urls", f"http://127.0.0.1:{port}", "--Content:Watch", "false"],
        stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL,
        preexec_fn=lambda: resource.setrlimit(resource.RLIMIT_NOFILE, (nofile, nofile)))
    try:
        while subprocess.run(["curl", "-sf", "-o", "/dev/null", f"http://127.0.0.1:{port}/health/ready"]).returncode != 0:
            if time.monotonic() > DEADLINE or api.poll() is not None:
                sys.exit("the API did not become ready")
            time.sleep(0.2)
        asyncio.run(main(api, port, count))
    finally:
        if api.poll() is None:
            api.kill()


if __name__ == "__main__":
    if len(sys.argv) not in (3, 4, 5):
        sys.exit(__doc__)
    run(sys.argv[1], sys.argv[2], int(sys.argv[3]) if len(sys.argv) >= 4 else 1000, int(sys.argv[4]) if len(sys.argv) == 5 else 4096)
