#!/usr/bin/env python3
"""streep studio under load, from a second process on loopback.

Starts `streep studio` (the release build), then:
1. times single previews of an A4 poster one after another: what the page
   waits for after its typing pause;
2. sends preview requests at a steady rate (default 50 a second) from
   several threads for a while, and reports failures and the latency
   percentiles.

    cargo build --release && python3 benches/studio.py [RATE] [SECONDS]
"""

import http.client
import json
import os
import statistics
import subprocess
import sys
import threading
import time

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
BINARY = os.path.join(ROOT, "target", "release", "streep")


def start():
    studio = subprocess.Popen(
        [BINARY, "studio", "--no-open", "--port", "0"],
        stderr=subprocess.PIPE,
        text=True,
    )
    line = studio.stderr.readline()
    port = int(line.split("http://localhost:")[1].split("/")[0])
    return studio, port


def preview_body(n):
    # A different text each time, as typing gives: no answer can be cached.
    text = f"Wilt u hier wachten? Balie {n}"
    sign = {"template": "poster", "lang": "nl", "size": "A4", "text": {"headline": text}}
    return json.dumps({"sign": sign}).encode()


def preview(port, n):
    connection = http.client.HTTPConnection("127.0.0.1", port, timeout=10)
    started = time.perf_counter()
    connection.request(
        "POST",
        "/api/preview",
        body=preview_body(n),
        headers={"Host": f"127.0.0.1:{port}", "Content-Type": "application/json"},
    )
    response = connection.getresponse()
    response.read()
    elapsed = time.perf_counter() - started
    connection.close()
    return response.status, elapsed


def percentile(values, p):
    values = sorted(values)
    return values[min(len(values) - 1, int(len(values) * p))]


def main():
    rate = float(sys.argv[1]) if len(sys.argv) > 1 else 50.0
    seconds = float(sys.argv[2]) if len(sys.argv) > 2 else 20.0
    studio, port = start()
    try:
        for n in range(10):  # warm up
            preview(port, n)
        single = [preview(port, n)[1] * 1000 for n in range(200)]
        print(
            f"one at a time: {len(single)} previews, median {statistics.median(single):.1f} ms, "
            f"p99 {percentile(single, 0.99):.1f} ms, max {max(single):.1f} ms"
        )

        results = []
        lock = threading.Lock()
        total = int(rate * seconds)
        began = time.perf_counter()

        def send(n):
            try:
                status, elapsed = preview(port, n)
            except OSError as error:
                status, elapsed = str(error), None
            with lock:
                results.append((status, elapsed))

        threads = []
        for n in range(total):
            due = began + n / rate
            pause = due - time.perf_counter()
            if pause > 0:
                time.sleep(pause)
            thread = threading.Thread(target=send, args=(n,))
            thread.start()
            threads.append(thread)
        for thread in threads:
            thread.join()
        wall = time.perf_counter() - began
        failed = [status for status, _ in results if status != 200]
        latencies = [elapsed * 1000 for status, elapsed in results if status == 200]
        print(
            f"at {rate:.0f} a second for {wall:.1f} s: {len(results)} previews, {len(failed)} failed; "
            f"median {statistics.median(latencies):.1f} ms, p95 {percentile(latencies, 0.95):.1f} ms, "
            f"p99 {percentile(latencies, 0.99):.1f} ms, max {max(latencies):.1f} ms"
        )
        return 1 if failed else 0
    finally:
        studio.terminate()
        studio.wait()


if __name__ == "__main__":
    sys.exit(main())
