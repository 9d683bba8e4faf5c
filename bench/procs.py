"""Processes for the benchmarks: free ports, CPU pinning, keep-awake loops, waiting for a server,
and the CPU time and peak memory of a process together with its children."""

from __future__ import annotations

import os
import socket
import subprocess
import sys
import time
import urllib.error
import urllib.request
from collections.abc import Callable
from pathlib import Path


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


# Priority of everything on the measured path (gateways, upstream, load generator): above the
# machine's other work, so that another process's time slice on the same core is not counted as
# the gateway's latency. The same for every gateway; 0 when not allowed to raise it (not root).
BOOST = int(os.environ.get("TARNKAPPE_BENCH_NICE", "-20"))


def boost() -> int:
    """Raise this process's priority to BOOST if allowed; the niceness it runs at."""
    try:
        os.setpriority(os.PRIO_PROCESS, 0, BOOST)
    except (PermissionError, OSError):
        pass
    return os.getpriority(os.PRIO_PROCESS, 0)


def pinned(cpu: int, *, priority: bool = True) -> Callable[[], None]:
    def apply() -> None:
        os.sched_setaffinity(0, {cpu})
        if priority:
            boost()
    return apply


def keep_awake(cpu: int) -> subprocess.Popen:
    """A lowest-priority busy loop on `cpu`: the core never idles, so no request pays for waking it."""
    # Niceness 19 set absolutely: os.nice(19) is relative and, inherited from a boosted parent
    # (-20), left the loop at -1, above the machine's other work.
    code = "import os; os.setpriority(os.PRIO_PROCESS, 0, 19)\nwhile True: pass"
    return subprocess.Popen([sys.executable, "-c", code], preexec_fn=pinned(cpu, priority=False))


def cpus() -> tuple[int, int]:
    """(core for the gateway under test, core for everything else)."""
    available = sorted(os.sched_getaffinity(0))
    if len(available) < 2:
        return available[0], available[0]
    return available[0], available[1]


def wait_http(url: str, timeout: float = 120, process: subprocess.Popen | None = None) -> float:
    """Seconds until `url` answers at all (any status); raises if it never does or the process dies."""
    started = time.monotonic()
    while time.monotonic() - started < timeout:
        if process is not None and process.poll() is not None:
            raise RuntimeError(f"{url}: the server exited with {process.returncode} before answering")
        try:
            urllib.request.urlopen(url, timeout=2).close()
            return time.monotonic() - started
        except urllib.error.HTTPError:
            return time.monotonic() - started
        except OSError:
            time.sleep(0.1)
    raise RuntimeError(f"{url} did not come up within {timeout:.0f} s")


def descendants(pid: int) -> list[int]:
    """`pid` and all its living descendants (read from /proc)."""
    children: dict[int, list[int]] = {}
    for entry in Path("/proc").iterdir():
        if not entry.name.isdigit():
            continue
        try:
            ppid = int((entry / "stat").read_text().rsplit(")", 1)[1].split()[1])
        except (OSError, IndexError, ValueError):
            continue
        children.setdefault(ppid, []).append(int(entry.name))
    found, todo = [], [pid]
    while todo:
        current = todo.pop()
        found.append(current)
        todo.extend(children.get(current, ()))
    return found


def cpu_seconds(pid: int) -> float:
    """User + system CPU of `pid` and its living descendants."""
    total = 0.0
    for p in descendants(pid):
        try:
            fields = Path(f"/proc/{p}/stat").read_text().rsplit(")", 1)[1].split()
        except OSError:
            continue
        total += (int(fields[11]) + int(fields[12])) / os.sysconf("SC_CLK_TCK")
    return total


def peak_rss_mb(pid: int) -> float:
    """Peak resident memory (VmHWM) of `pid` plus its living descendants, in MiB."""
    total = 0
    for p in descendants(pid):
        try:
            for line in Path(f"/proc/{p}/status").read_text().splitlines():
                if line.startswith("VmHWM:"):
                    total += int(line.split()[1])
        except OSError:
            continue
    return total / 1024


def stop(processes: list[subprocess.Popen]) -> None:
    for process in processes:
        if process.poll() is None:
            process.terminate()
    for process in processes:
        try:
            process.wait(timeout=15)
        except subprocess.TimeoutExpired:
            process.kill()
            process.wait(timeout=5)
