#!/usr/bin/env python3
"""Event streams and idle connections up to and past the caps, on loopback only (issue 15).

Starts the API over CONTENT at 127.0.0.1 with its open-file limit set to NOFILE (default 4096, as `ulimit -n 4096`), so
that it derives its caps from it, and reads them from its log. Then:
  1. opens event streams, 10 from each source address 127.0.0.3, .4, ... (all loopback), until the streams admitted
     and refused with 503 pass the stream cap by 200: counts 200, 429 (over one client's cap) and 503 (over the
     server's), and keeps the admitted ones open;
  2. with those streams open, sends ordinary GETs on a new connection;
  3. opens idle connections (no request) from 127.1.x.y until streams and idle connections pass the connection cap by
     300: counts those the server closed at once, and sends GETs on a connection opened before;
  4. closes the idle connections and sends GETs on a new connection again.
It prints what it saw, whether the process is still running, and its RSS and open descriptors. Everything stops by
itself: the API is sent SIGTERM at the end (SIGKILL after 10 s), and the whole run gives up after 5 minutes.

usage: stream-caps.py API_DLL CONTENT_DIR [NOFILE]
"""
import asyncio
import os
import re
import resource
import signal
import socket
import subprocess
import sys
import time

DEADLINE = time.monotonic() + 300


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def proc(pid: int) -> str:
    rss = next(l.split()[1] for l in open(f"/proc/{pid}/status") if l.startswith("VmRSS:"))
    return f"running: {'yes' if os.path.exists(f'/proc/{pid}') else 'no'}, RSS {int(rss) // 1024} MB, open descriptors {len(os.listdir(f'/proc/{pid}/fd'))}"


async def status_of(reader: asyncio.StreamReader) -> int:
    line = await asyncio.wait_for(reader.readline(), 10)
    return int(line.split()[1]) if line.startswith(b"HTTP/1.1 ") else 0


async def request(port: int, path: str, source: str = "127.0.0.1", keep: bool = False):
    """Sends one GET on a new connection; returns (status, reader, writer) with the connection kept open when asked."""
    try:
        reader, writer = await asyncio.open_connection("127.0.0.1", port, local_addr=(source, 0))
        writer.write(f"GET {path} HTTP/1.1\r\nHost: 127.0.0.1\r\n{'' if keep else 'Connection: close'}\r\n\r\n".encode())
        await writer.drain()
        status = await status_of(reader)
    except (OSError, asyncio.TimeoutError, asyncio.IncompleteReadError, ValueError, IndexError):
        return 0, None, None
    if keep:
        return status, reader, writer
    writer.close()
    return status, None, None


async def get_on(reader, writer, path: str) -> int:
    """A GET on an open keep-alive connection, its body read by Content-Length."""
    writer.write(f"GET {path} HTTP/1.1\r\nHost: 127.0.0.1\r\n\r\n".encode())
    await writer.drain()
    status = await status_of(reader)
    length = 0
    while (line := await asyncio.wait_for(reader.readline(), 10)) not in (b"\r\n", b""):
        if line.lower().startswith(b"content-length:"):
            length = int(line.split(b":")[1])
    await reader.readexactly(length)
    return status


async def ordinary(port: int, count: int = 20) -> str:
    codes: dict[int, int] = {}
    for _ in range(count):
        status, _, _ = await request(port, "/api/posts?pageSize=5")
        codes[status] = codes.get(status, 0) + 1
    return str(codes)


async def main(port: int, pid: int, caps: dict[str, int]) -> None:
    streams, codes, source = [], {}, 2
    while codes.get(200, 0) + codes.get(503, 0) < caps["streams"] + 200 and time.monotonic() < DEADLINE:
        address = f"127.0.{source // 250}.{source % 250 + 1}"
        results = await asyncio.gather(*(request(port, "/api/changes/stream", address, keep=True) for _ in range(10)))
        for status, reader, writer in results:
            codes[status] = codes.get(status, 0) + 1
            if status == 200:
                streams.append(writer)
            elif writer is not None:
                writer.close()
        source += 1
    print(f"1. stream attempts: {sum(codes.values())} from {source - 2} addresses: answers {dict(sorted(codes.items()))}; streams held open: {sum(1 for w in streams if not w.is_closing())}")
    print(f"2. ordinary GETs on new connections while they are open: {await ordinary(port)}; {proc(pid)}")

    kept_reader, kept_writer = await asyncio.open_connection("127.0.0.1", port)
    idle, refused = [], 0
    target = caps["connections"] + 300 - len(streams) - 1
    for i in range(target):
        if time.monotonic() > DEADLINE:
            break
        try:
            idle.append(await asyncio.open_connection("127.0.0.1", port, local_addr=(f"127.1.{i // 250}.{i % 250 + 1}", 0)))
        except OSError:
            refused += 1

    async def closed_by_server(reader: asyncio.StreamReader) -> bool:
        try:
            return await asyncio.wait_for(reader.read(1), 2) == b""
        except (asyncio.TimeoutError, OSError):
            return False

    ended = sum(await asyncio.gather(*(closed_by_server(r) for r, _ in idle))) + refused
    kept = [await get_on(kept_reader, kept_writer, "/api/posts?pageSize=5") for _ in range(20)]
    print(f"3. idle connections attempted: {target} (streams + idle + 1 = {len(streams) + target + 1} against a cap of {caps['connections']}); "
          f"closed by the server at once: {ended}, left open: {len(idle) + refused - ended}; GETs on a connection opened before: {dict((s, kept.count(s)) for s in set(kept))}; {proc(pid)}")
    for _, writer in idle:
        writer.close()
    await asyncio.sleep(2)
    print(f"4. idle connections closed; ordinary GETs on new connections: {await ordinary(port)}; {proc(pid)}")
    for writer in streams:
        writer.close()


def run(dll: str, content: str, nofile: int) -> None:
    soft, hard = resource.getrlimit(resource.RLIMIT_NOFILE)
    resource.setrlimit(resource.RLIMIT_NOFILE, (hard, hard))  # this client needs more than the server may have
    port = free_port()
    api = subprocess.Popen(
        ["dotnet", dll, "--content", content, "--urls", f"http://127.0.0.1:{port}", "--Content:Watch", "false", "--RateLimit:Enabled", "true"],
        stdout=subprocess.PIPE, stderr=subprocess.STDOUT, text=True,
        preexec_fn=lambda: resource.setrlimit(resource.RLIMIT_NOFILE, (nofile, nofile)))
    try:
        caps = {}
        for line in api.stdout:
            if m := re.search(r"At most (\d+) connections \(open-file limit (\d+)\), (\d+) event streams, (\d+) per client", line):
                caps = {"connections": int(m[1]), "nofile": int(m[2]), "streams": int(m[3]), "per_client": int(m[4])}
            if "Application started" in line:
                break
        print(f"API at 127.0.0.1:{port}, open-file limit {caps['nofile']}: at most {caps['connections']} connections, "
              f"{caps['streams']} streams, {caps['per_client']} per client")
        while subprocess.run(["curl", "-sf", "-o", "/dev/null", f"http://127.0.0.1:{port}/health/ready"]).returncode != 0:
            time.sleep(0.2)
        asyncio.run(main(port, api.pid, caps))
        print(f"after the run: {proc(api.pid)}")
    finally:
        started = time.monotonic()
        api.send_signal(signal.SIGTERM)
        try:
            api.wait(10)
        except subprocess.TimeoutExpired:
            api.kill()
        print(f"SIGTERM: exited in {time.monotonic() - started:.1f} s with code {api.returncode}")


if __name__ == "__main__":
    if len(sys.argv) not in (3, 4):
        sys.exit(__doc__)
    run(sys.argv[1], sys.argv[2], int(sys.argv[3]) if len(sys.argv) == 4 else 4096)
