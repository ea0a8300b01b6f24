"""Media upload memory: a 200 MB MP4 sent to a running app (uvicorn in its own process, SQLite in a fresh data
directory) through both doors that take files, the composer's upload address and the API's `POST /api/v1/media`,
streamed by the client; the app's peak resident memory (VmHWM from /proc) before and after each upload, and the
throughput. The database is migrated before the app starts, as `cocktail serve` does. The resident memory as the app
starts and after its warm-up (the classifier and the networks' counting
rules) says where the peak comes from. Before each upload the high-water mark is reset (/proc/PID/clear_refs, "5"), so
the peak printed is the one reached during that upload: the process's lifetime peak also holds the 64 MiB that argon2
takes to hash the bench user's password at sign-up, which has nothing to do with uploads. Target: the app stays under
150 MB peak through the upload.

    python bench/media_upload.py [--mb 200]
"""

from __future__ import annotations

import argparse
import json
import os
import re
import socket
import struct
import subprocess
import sys
import tempfile
import time
from collections.abc import Iterator
from pathlib import Path

import httpx

TOKEN = re.compile(r'name="csrf_token" value="([^"]+)"')
CHUNK = 1024 * 1024


def make_mp4(path: Path, size: int) -> None:
    """An MP4 laid out as encoders write it (ftyp, moov with a movie header and a video track, then mdat)."""
    def box(kind: bytes, payload: bytes) -> bytes:
        return struct.pack(">I", 8 + len(payload)) + kind + payload

    mvhd = box(b"mvhd", b"\x00" * 4 + struct.pack(">IIII", 0, 0, 1000, 60_000) + b"\x00" * 80)
    tkhd = box(b"tkhd", b"\x00\x00\x00\x07" + b"\x00" * 72 + struct.pack(">II", 1920 << 16, 1080 << 16))
    hdlr = box(b"hdlr", b"\x00" * 8 + b"vide" + b"\x00" * 12 + b"VideoHandler\x00")
    head = box(b"ftyp", b"isom\x00\x00\x02\x00isommp41") + box(b"moov", mvhd + box(b"trak", tkhd + box(b"mdia", hdlr)))
    data = size - len(head) - 8
    block = os.urandom(CHUNK)
    with path.open("wb") as handle:
        handle.write(head + struct.pack(">I", data + 8) + b"mdat")
        while data > 0:
            handle.write(block[: min(data, CHUNK)])
            data -= CHUNK


def peak_kb(pid: int) -> int:
    status = Path(f"/proc/{pid}/status").read_text()
    return int(re.search(r"VmHWM:\s+(\d+) kB", status).group(1))  # type: ignore[union-attr]


def resident_kb(pid: int) -> int:
    status = Path(f"/proc/{pid}/status").read_text()
    return int(re.search(r"VmRSS:\s+(\d+) kB", status).group(1))  # type: ignore[union-attr]


def free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return int(probe.getsockname()[1])


def chunks(path: Path) -> Iterator[bytes]:
    with path.open("rb") as handle:
        while chunk := handle.read(CHUNK):
            yield chunk


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--mb", type=int, default=200)
    options = parser.parse_args()
    with tempfile.TemporaryDirectory() as folder:
        data = Path(folder)
        video = data / "party.mp4"
        make_mp4(video, options.mb * 2**20)
        # The trained classifier from `make install` (the data directory's models/), so the app does not train one
        # at start: its memory would hide the upload's.
        models = Path(os.environ.get("COCKTAIL_DATA_DIR", Path.home() / ".local/share/cocktailparty")) / "models"
        (data / "app").mkdir()
        if models.is_dir():
            (data / "app" / "models").symlink_to(models, target_is_directory=True)
        port = free_port()
        env = {**os.environ, "COCKTAIL_DATA_DIR": str(data / "app"), "COCKTAIL_MEDIA_MAX_MB": "1024"}
        # Migrated first, as `cocktail serve` does before any app process serves: the app then finds its database
        # up to date and never imports Alembic.
        subprocess.run([sys.executable, "-m", "cocktailparty", "db", "upgrade"], env=env, check=True,
                       capture_output=True)
        server = subprocess.Popen([sys.executable, "-m", "uvicorn", "--factory", "cocktailparty.web.app:create_app",
                                   "--host", "127.0.0.1", "--port", str(port), "--log-level", "warning"], env=env)
        try:
            base = f"http://127.0.0.1:{port}"
            with httpx.Client(base_url=base, timeout=600) as client:
                for _ in range(600):
                    try:
                        client.get("/healthz")
                        break
                    except httpx.TransportError:
                        time.sleep(0.2)
                at_start = resident_kb(server.pid)
                token = TOKEN.search(client.get("/signup").text).group(1)  # type: ignore[union-attr]
                answer = client.post("/signup", data={"csrf_token": token, "email": "bench@example.com",
                                                      "name": "Bench", "password": "a long enough password",
                                                      "workspace": "Bench"}, follow_redirects=True)
                workspace = int(re.search(r"/w/(\d+)", str(answer.url)).group(1))  # type: ignore[union-attr]
                token = TOKEN.search(client.get(f"/w/{workspace}/compose").text).group(1)  # type: ignore[union-attr]
                time.sleep(5)  # the warm-up thread (classifier, client libraries) has finished by now
                warm = resident_kb(server.pid)
                print(f"app process resident memory: {at_start / 1024:.0f} MB once it answers, {warm / 1024:.0f} MB "
                      "after a sign-up, the composer and its warm-up (the classifier and the networks' counting "
                      f"rules); lifetime peak so far {peak_kb(server.pid) / 1024:.0f} MB (argon2's 64 MiB at sign-up)")
                api_token = subprocess.run(
                    [sys.executable, "-m", "cocktailparty", "token", "create", "--user", "bench@example.com",
                     "--name", "bench", "--workspace", "Bench", "--json"], env=env, check=True, capture_output=True,
                    text=True).stdout
                bearer = json.loads(api_token)["token"]
                doors = [
                    ("composer page", f"/w/{workspace}/media/upload", {"X-CSRF-Token": token}, 200),
                    ("API POST /api/v1/media", "/api/v1/media", {"Authorization": f"Bearer {bearer}"}, 201),
                ]
                for door, path, headers, status in doors:
                    Path(f"/proc/{server.pid}/clear_refs").write_text("5")  # the high-water mark := resident now
                    before = peak_kb(server.pid)
                    start = time.perf_counter()
                    answer = client.post(path, params={"name": "party.mp4"}, content=chunks(video), headers={
                        **headers, "Content-Type": "application/octet-stream",
                        "Content-Length": str(video.stat().st_size)})
                    seconds = time.perf_counter() - start
                    after = peak_kb(server.pid)
                    assert answer.status_code == status and "party.mp4" in answer.text, answer.text[:500]
                    print(f"{door}: {options.mb} MB video in {seconds:.1f} s ({options.mb / seconds:.0f} MB/s); peak "
                          f"memory (VmHWM, reset before the upload) {before / 1024:.0f} MB before, "
                          f"{after / 1024:.0f} MB through the upload: it added {(after - before) / 1024:.0f} MB "
                          "(target: under 150 MB peak)")
        finally:
            server.terminate()
            server.wait(timeout=30)


if __name__ == "__main__":
    main()
