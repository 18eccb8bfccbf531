"""A local stand-in for the Hugging Face Hub: the API and file routes chatapp and
huggingface_hub call, served on 127.0.0.1 from repos that the tests build.

Routes (as the real Hub answers them):

- ``GET /api/models`` search (``search``, ``author``, ``filter``, ``sort``, ``direction``,
  ``limit``, ``num_parameters=min:1B,max:8B``, ``expand``), with a ``Link`` header for the
  next page;
- ``GET /api/models/OWNER/NAME[/revision/REV]`` model info with ``siblings`` (``blobs=true``
  adds sizes and LFS sha256), ``gguf``, ``cardData``, ``gated``, ``private``;
- ``GET /api/models/OWNER/NAME/tree/REV[/PATH]`` the file tree (``recursive``);
- ``HEAD``/``GET /OWNER/NAME/resolve/REV/PATH`` with ``Range``, ``X-Repo-Commit``,
  ``ETag``, ``X-Linked-Etag``, ``X-Linked-Size``; errors carry ``X-Error-Code`` like the Hub;
  with ``cdn_redirects`` an LFS file answers 302 to ``http://localhost:PORT/cdn/…`` with a
  signature in the query, a storage host that refuses requests carrying the Hub token.

Faults for tests: drop the connection after N bytes of a file, flip a byte, answer a status
code (401/403/404/429/500…) a number of times, send slowly.  Every request is logged with
the body bytes it sent.

Run on its own (for benchmarks): ``python tests/hub_server.py --file OWNER/NAME/FILE=PATH``.
"""

from __future__ import annotations

import argparse
import contextlib
import fnmatch
import hashlib
import json
import re
import socket
import threading
import time
from dataclasses import dataclass, field
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from urllib.parse import parse_qs, quote, unquote, urlsplit

CHUNK = 256 * 1024


@dataclass
class FakeFile:
    """One file of a repo, held in memory or on disk."""

    path: str
    data: bytes | None = None
    source: Path | None = None
    lfs: bool = True
    sha256: str = ""
    size: int = 0
    blob_id: str = ""

    def __post_init__(self) -> None:
        if self.data is not None:
            self.size = len(self.data)
            if not self.sha256:
                self.sha256 = hashlib.sha256(self.data).hexdigest()
        elif self.source is not None:
            self.size = self.source.stat().st_size
            if not self.sha256:
                digest = hashlib.sha256()
                with self.source.open("rb") as f:
                    while block := f.read(8 << 20):
                        digest.update(block)
                self.sha256 = digest.hexdigest()
        self.blob_id = hashlib.sha1(f"blob {self.path} {self.sha256}".encode()).hexdigest()
        if self.path.lower().endswith((".md", ".json", ".txt")):
            self.lfs = False

    def read(self, start: int, end: int) -> bytes:
        """Bytes start..end (exclusive)."""
        if self.data is not None:
            return self.data[start:end]
        assert self.source is not None
        with self.source.open("rb") as f:
            f.seek(start)
            return f.read(end - start)

    @property
    def etag(self) -> str:
        return self.sha256 if self.lfs else self.blob_id


@dataclass
class FakeRepo:
    """A model repo: files plus the metadata the Hub's API shows."""

    repo_id: str
    files: dict[str, FakeFile] = field(default_factory=dict)
    sha: str = ""
    card: str = ""
    gated: bool | str = False
    private: bool = False
    tokens: set[str] = field(default_factory=set)
    downloads: int = 0
    likes: int = 0
    last_modified: str = "2025-01-01T00:00:00.000Z"
    created_at: str = "2024-06-01T00:00:00.000Z"
    tags: list[str] = field(default_factory=lambda: ["gguf", "text-generation"])
    license: str = "apache-2.0"
    gguf: dict | None = None

    def __post_init__(self) -> None:
        if not self.sha:
            self.sha = hashlib.sha1(self.repo_id.encode()).hexdigest()

    def info(self, blobs: bool) -> dict:
        siblings = []
        for f in self.files.values():
            entry: dict = {"rfilename": f.path}
            if blobs:
                entry["size"] = f.size
                entry["blobId"] = f.blob_id
                if f.lfs:
                    entry["lfs"] = {"sha256": f.sha256, "size": f.size, "pointerSize": 135}
            siblings.append(entry)
        owner = self.repo_id.split("/")[0]
        data = {
            "_id": self.sha[:24], "id": self.repo_id, "modelId": self.repo_id, "author": owner,
            "sha": self.sha, "lastModified": self.last_modified, "createdAt": self.created_at,
            "private": self.private, "gated": self.gated, "disabled": False,
            "downloads": self.downloads, "likes": self.likes, "tags": self.tags,
            "pipeline_tag": "text-generation", "library_name": "gguf",
            "cardData": {"license": self.license, "tags": self.tags},
            "siblings": siblings,
            "usedStorage": sum(f.size for f in self.files.values()),
        }
        if self.gguf is not None:
            data["gguf"] = self.gguf
        return data


@dataclass
class Request:
    """One request the server answered."""

    method: str
    path: str
    range: str | None
    status: int
    sent: int = 0
    authorization: str | None = None
    user_agent: str | None = None


@dataclass
class _StatusFault:
    pattern: str
    status: int
    times: int
    headers: dict[str, str]


class Faults:
    """What to break, set by tests; every fault is used up as it fires (thread-safe)."""

    def __init__(self) -> None:
        self.lock = threading.Lock()
        self.drops: dict[str, list[int]] = {}
        self.corrupt: dict[str, int] = {}
        self.statuses: list[_StatusFault] = []
        self.rate: float | None = None  # bytes per second for file bodies
        self.delay_s = 0.0
        self.stalls: dict[str, int] = {}  # file path -> body bytes sent before it stalls

    def stall_after(self, path: str, byte_count: int) -> None:
        """Send N body bytes of a whole file (a request without a range: a download, not a
        look at its header), then nothing (the connection open) until cleared."""
        with self.lock:
            self.stalls[path] = byte_count

    def drop_after(self, path: str, *byte_counts: int) -> None:
        """Close the connection after sending N body bytes of a file (once per count)."""
        with self.lock:
            self.drops.setdefault(path, []).extend(byte_counts)

    def corrupt_byte(self, path: str, offset: int) -> None:
        """Flip the bits of one byte of a file whenever it is served."""
        with self.lock:
            self.corrupt[path] = offset

    def fail(self, pattern: str, status: int, times: int = 1, **headers: str) -> None:
        """Answer status for request paths matching the glob pattern, `times` times."""
        with self.lock:
            self.statuses.append(_StatusFault(pattern, status, times,
                                              {k.replace("_", "-"): v for k, v in headers.items()}))

    def clear(self) -> None:
        with self.lock:
            self.drops.clear()
            self.corrupt.clear()
            self.statuses.clear()
            self.rate = None
            self.delay_s = 0.0
            self.stalls.clear()

    def take_status(self, path: str) -> _StatusFault | None:
        with self.lock:
            for fault in self.statuses:
                if fault.times > 0 and fnmatch.fnmatch(path, fault.pattern):
                    fault.times -= 1
                    return fault
        return None

    def take_drop(self, path: str) -> int | None:
        with self.lock:
            counts = self.drops.get(path)
            return counts.pop(0) if counts else None


class FakeHub:
    """The server. Use as a context manager; `url` is the value for HF_ENDPOINT."""

    def __init__(self, page_size: int = 1000) -> None:
        self.repos: dict[str, FakeRepo] = {}
        self.faults = Faults()
        self._requests: list[Request] = []
        self._answering = 0  # requests come in and not yet logged (answered)
        self.arrived: list[str] = []  # the paths asked for, as each request comes in
        self.page_size = page_size
        self.cdn_redirects = False  # LFS files answer 302 to a signed URL on another host
        self._lock = threading.Lock()
        hub = self

        class Handler(_Handler):
            server_hub = hub

        self.server = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
        self.server.daemon_threads = True
        self.url = f"http://127.0.0.1:{self.server.server_address[1]}"
        self._thread: threading.Thread | None = None

    def add_repo(self, repo_id: str, files: dict[str, bytes | Path], **meta) -> FakeRepo:
        """Add (or replace) a repo whose files are bytes or paths on disk."""
        repo = FakeRepo(repo_id, **meta)
        for path, content in files.items():
            if isinstance(content, Path):
                repo.files[path] = FakeFile(path, source=content)
            else:
                repo.files[path] = FakeFile(path, data=content)
        self.repos[repo_id] = repo
        return repo

    def start(self) -> FakeHub:
        self._thread = threading.Thread(target=self.server.serve_forever,
                                        kwargs={"poll_interval": 0.05}, daemon=True)
        self._thread.start()
        return self

    def close(self) -> None:
        self.server.shutdown()
        self.server.server_close()

    def reopen(self) -> FakeHub:
        """Serve again on the same port after close (the network is back)."""
        port = self.server.server_address[1]
        self.server = ThreadingHTTPServer(("127.0.0.1", port), self.server.RequestHandlerClass)
        self.server.daemon_threads = True
        return self.start()

    def __enter__(self) -> FakeHub:
        return self.start()

    def __exit__(self, *exc) -> None:
        self.close()

    def log(self, request: Request) -> None:
        with self._lock:
            self._requests.append(request)

    @property
    def requests(self) -> list[Request]:
        """The requests answered, in order, once those come in have been logged (a request is
        logged after its body was written, so a client may have it before the log does; up to
        5 s)."""
        deadline = time.monotonic() + 5
        while time.monotonic() < deadline:
            with self._lock:
                if not self._answering:
                    break
            time.sleep(0.005)
        with self._lock:
            return list(self._requests)

    def sent(self, path_part: str = "") -> int:
        """Body bytes sent for file requests whose path contains path_part."""
        with self._lock:
            return sum(r.sent for r in self._requests
                       if path_part in r.path and r.method == "GET")

    def reset_log(self) -> None:
        with self._lock:
            self._requests.clear()
            self.arrived.clear()


def _parse_size(text: str) -> float:
    text = text.strip().upper()
    scale = {"K": 1e3, "M": 1e6, "B": 1e9, "T": 1e12}
    if text and text[-1] in scale:
        return float(text[:-1]) * scale[text[-1]]
    return float(text)


class _Handler(BaseHTTPRequestHandler):
    protocol_version = "HTTP/1.1"
    server_hub: FakeHub
    wbufsize = 0
    disable_nagle_algorithm = True  # a body written after its headers goes out at once, as
    # from the Hub's servers, not after the client's delayed ACK (≈ 40 ms on Linux)

    def log_message(self, format: str, *args) -> None:  # noqa: A002
        return

    # plumbing

    def _record(self, status: int, sent: int = 0) -> None:
        self.server_hub.log(Request(self.command, self.path, self.headers.get("Range"), status,
                                    sent, self.headers.get("authorization"),
                                    self.headers.get("user-agent")))

    def _json(self, status: int, body: object, headers: dict[str, str] | None = None) -> None:
        raw = json.dumps(body).encode()
        self.send_response(status)
        self.send_header("Content-Type", "application/json; charset=utf-8")
        self.send_header("Content-Length", str(len(raw)))
        for k, v in (headers or {}).items():
            self.send_header(k, v)
        self.end_headers()
        if self.command != "HEAD":
            self.wfile.write(raw)
        self._record(status, len(raw) if self.command != "HEAD" else 0)

    def _error(self, status: int, code: str | None, message: str,
               headers: dict[str, str] | None = None) -> None:
        extra = dict(headers or {})
        if code:
            extra["X-Error-Code"] = code
        extra["X-Error-Message"] = message
        self._json(status, {"error": message}, extra)

    def _token(self) -> str | None:
        auth = self.headers.get("authorization") or ""
        return auth[7:] if auth.lower().startswith("bearer ") else None

    def _repo(self, repo_id: str, *, files: bool) -> FakeRepo | None:
        """The repo if this client may see it; answers the error otherwise."""
        repo = self.server_hub.repos.get(repo_id)
        token = self._token()
        if repo is None or (repo.private and token not in repo.tokens):
            self._error(401, "RepoNotFound", "Repository not found")
            return None
        if files and repo.gated and token not in repo.tokens:
            if token is None:
                self._error(401, "GatedRepo",
                            f"Access to model {repo_id} is restricted. You must have access to "
                            "it and be authenticated to access it. Please log in.")
            else:
                self._error(403, "GatedRepo",
                            f"Access to model {repo_id} is restricted and you are not in the "
                            "authorized list. Visit https://huggingface.co/"
                            f"{repo_id} to ask for access.")
            return None
        return repo

    def _dispatch(self) -> None:
        hub = self.server_hub
        with hub._lock:
            hub.arrived.append(self.path)
            hub._answering += 1
        try:
            self._answer()
        finally:
            with hub._lock:
                hub._answering -= 1

    def _answer(self) -> None:
        hub = self.server_hub
        if hub.faults.delay_s:
            time.sleep(hub.faults.delay_s)
        url = urlsplit(self.path)
        path = unquote(url.path)
        fault = hub.faults.take_status(path)
        if fault is not None:
            headers = dict(fault.headers)
            self._error(fault.status, headers.pop("X-Error-Code", None),
                        headers.pop("X-Error-Message", f"injected {fault.status}"), headers)
            return
        query = parse_qs(url.query)
        if path == "/api/models":
            return self._search(query)
        m = re.fullmatch(r"/api/models/([^/]+/[^/]+)/tree/([^/]+)(?:/(.*))?", path)
        if m:
            return self._tree(m.group(1), m.group(2), m.group(3) or "", query)
        m = re.fullmatch(r"/api/models/([^/]+/[^/]+)(?:/revision/([^/]+))?", path)
        if m:
            return self._info(m.group(1), m.group(2), query)
        m = re.fullmatch(r"/([^/]+/[^/]+)/resolve/([^/]+)/(.+)", path)
        if m:
            return self._resolve(m.group(1), m.group(2), m.group(3))
        m = re.fullmatch(r"/cdn/([^/]+/[^/]+)/([0-9a-f]{64})/(.+)", path)
        if m and "X-Amz-Signature" in url.query:
            return self._cdn(m.group(1), m.group(2), m.group(3))
        self._error(404, None, "Not found")

    def do_GET(self) -> None:  # noqa: N802
        self._dispatch()

    def do_HEAD(self) -> None:  # noqa: N802
        self._dispatch()

    # routes

    def _search(self, query: dict[str, list[str]]) -> None:
        hub = self.server_hub
        token = self._token()
        repos = [r for r in hub.repos.values() if not r.private or token in r.tokens]
        text = (query.get("search") or [""])[0].lower()
        if text:
            repos = [r for r in repos if text in r.repo_id.lower()]
        author = (query.get("author") or [""])[0]
        if author:
            repos = [r for r in repos if r.repo_id.split("/")[0] == author]
        for tag in query.get("filter", []):
            repos = [r for r in repos if tag in r.tags]
        sizes = (query.get("num_parameters") or [""])[0]
        if sizes:
            for part in sizes.split(","):
                key, _, value = part.partition(":")
                limit = _parse_size(value)
                total = lambda r: (r.gguf or {}).get("total", 0)  # noqa: E731
                if key == "min":
                    repos = [r for r in repos if total(r) >= limit]
                elif key == "max":
                    repos = [r for r in repos if total(r) <= limit]
        sort = (query.get("sort") or [""])[0]
        keys = {"downloads": lambda r: r.downloads, "likes": lambda r: r.likes,
                "lastModified": lambda r: r.last_modified, "createdAt": lambda r: r.created_at,
                "trendingScore": lambda r: r.downloads}
        if sort in keys:
            reverse = (query.get("direction") or ["-1"])[0] != "1"
            repos.sort(key=keys[sort], reverse=reverse)
        offset = int((query.get("cursor") or ["0"])[0])
        limit = int((query.get("limit") or [str(hub.page_size)])[0])
        size = min(limit, hub.page_size)
        page = repos[offset:offset + size]
        headers = {}
        if offset + size < len(repos):
            pairs = [(k, v) for k, vs in query.items() if k != "cursor" for v in vs]
            pairs.append(("cursor", str(offset + size)))
            qs = "&".join(f"{quote(k)}={quote(v)}" for k, v in pairs)
            headers["Link"] = f'<{hub.url}/api/models?{qs}>; rel="next"'
        body = []
        for r in page:
            item = r.info(blobs=False)
            item.pop("cardData")
            item.pop("usedStorage")
            full = (query.get("full") or [""])[0] == "True"
            if "siblings" not in query.get("expand", []) and not full:
                item.pop("siblings")
            body.append(item)
        self._json(200, body, headers)

    def _revision_ok(self, repo: FakeRepo, revision: str) -> bool:
        if revision in ("main", repo.sha):
            return True
        self._error(404, "RevisionNotFound", f"Invalid rev id: {revision}")
        return False

    def _info(self, repo_id: str, revision: str | None, query: dict[str, list[str]]) -> None:
        repo = self._repo(repo_id, files=False)
        if repo is None or (revision and not self._revision_ok(repo, revision)):
            return
        blobs = (query.get("blobs") or [""])[0].lower() == "true"
        self._json(200, repo.info(blobs))

    def _tree(self, repo_id: str, revision: str, prefix: str,
              query: dict[str, list[str]]) -> None:
        repo = self._repo(repo_id, files=False)
        if repo is None or not self._revision_ok(repo, revision):
            return
        recursive = (query.get("recursive") or [""])[0].lower() == "true"
        prefix = prefix.strip("/")
        entries, folders = [], set()
        for f in repo.files.values():
            if prefix and not f.path.startswith(prefix + "/"):
                continue
            rest = f.path[len(prefix) + 1:] if prefix else f.path
            if "/" in rest and not recursive:
                folders.add((prefix + "/" if prefix else "") + rest.split("/")[0])
                continue
            entry = {"type": "file", "oid": f.blob_id, "size": f.size, "path": f.path}
            if f.lfs:
                entry["lfs"] = {"oid": f.sha256, "size": f.size, "pointerSize": 135}
            entries.append(entry)
        for folder in sorted(folders):
            entries.append({"type": "directory", "oid": "0" * 40, "size": 0, "path": folder})
        self._json(200, entries)

    def _resolve(self, repo_id: str, revision: str, file_path: str) -> None:
        repo = self._repo(repo_id, files=True)
        if repo is None or not self._revision_ok(repo, revision):
            return
        f = repo.files.get(file_path)
        if f is None:
            self._error(404, "EntryNotFound", f"{file_path} does not exist on \"{revision}\"",
                        {"X-Repo-Commit": repo.sha})
            return
        if self.server_hub.cdn_redirects and f.lfs:
            port = self.server_hub.server.server_address[1]
            self.send_response(302)
            self.send_header("Location", f"http://localhost:{port}/cdn/{repo_id}/{f.sha256}/"
                             f"{file_path}?X-Amz-Signature=signed")
            self.send_header("Content-Length", "0")
            self.send_header("X-Repo-Commit", repo.sha)
            self.send_header("X-Linked-Etag", f'"{f.sha256}"')
            self.send_header("X-Linked-Size", str(f.size))
            self.send_header("ETag", f'"{f.etag}"')
            self.end_headers()
            self._record(302)
            return
        self._serve(f, {"X-Repo-Commit": repo.sha})

    def _cdn(self, repo_id: str, sha256: str, file_path: str) -> None:
        """The storage host a redirect points to: the signature in the URL is the only
        credential, so a request carrying the Hub token is a leak and is refused."""
        repo = self.server_hub.repos.get(repo_id)
        f = repo.files.get(file_path) if repo else None
        if f is None or f.sha256 != sha256 or self.headers.get("authorization"):
            self._error(403, None, "AccessDenied")
            return
        self._serve(f, {})

    def _serve(self, f: FakeFile, extra: dict[str, str]) -> None:
        """A file's bytes, honouring Range."""
        start, end, status = 0, f.size, 200
        wanted = self.headers.get("Range")
        if wanted:
            m = re.fullmatch(r"bytes=(\d+)-(\d*)", wanted.strip())
            if not m or int(m.group(1)) >= f.size and f.size > 0:
                self.send_response(416)
                self.send_header("Content-Range", f"bytes */{f.size}")
                self.send_header("Content-Length", "0")
                for key, value in extra.items():
                    self.send_header(key, value)
                self.end_headers()
                self._record(416)
                return
            start = int(m.group(1))
            end = min(int(m.group(2)) + 1, f.size) if m.group(2) else f.size
            status = 206
        self.send_response(status)
        self.send_header("Content-Type", "application/octet-stream")
        self.send_header("Accept-Ranges", "bytes")
        self.send_header("Content-Length", str(end - start))
        if status == 206:
            self.send_header("Content-Range", f"bytes {start}-{end - 1}/{f.size}")
        for key, value in extra.items():
            self.send_header(key, value)
        self.send_header("ETag", f'"{f.etag}"')
        if f.lfs:
            self.send_header("X-Linked-Etag", f'"{f.sha256}"')
            self.send_header("X-Linked-Size", str(f.size))
        self.send_header("Content-Disposition", f'inline; filename="{f.path.split("/")[-1]}"')
        self.end_headers()
        if self.command == "HEAD":
            self._record(status)
            return
        self._send_body(f, start, end, status)

    def _send_body(self, f: FakeFile, start: int, end: int, status: int) -> None:
        faults = self.server_hub.faults
        drop = faults.take_drop(f.path)
        corrupt = faults.corrupt.get(f.path)
        rate = faults.rate
        stall = faults.stalls.get(f.path) if (start, end) == (0, f.size) else None
        sent = 0
        try:
            if (f.source is not None and drop is None and corrupt is None and rate is None
                    and stall is None):
                with f.source.open("rb") as src:
                    sent = self.connection.sendfile(src, start, end - start)
                self._record(status, sent)
                return
            began = time.monotonic()
            pos = start
            while pos < end:
                n = min(CHUNK, end - pos)
                if drop is not None:
                    n = min(n, max(drop - sent, 0))
                    if n == 0:
                        break
                if rate is not None:
                    n = min(n, 16 * 1024)
                if stall is not None:
                    n = min(n, max(stall - sent, 0)) or n
                    while sent >= stall and faults.stalls.get(f.path) == stall:
                        time.sleep(0.05)
                block = bytearray(f.read(pos, pos + n))
                if corrupt is not None and pos <= corrupt < pos + n:
                    block[corrupt - pos] ^= 0xFF
                self.wfile.write(block)
                sent += n
                pos += n
                if rate is not None:
                    ahead = sent / rate - (time.monotonic() - began)
                    if ahead > 0:
                        time.sleep(ahead)
            if drop is not None and pos < end:
                self.close_connection = True
                with contextlib.suppress(OSError):
                    self.connection.shutdown(socket.SHUT_RDWR)
        except (BrokenPipeError, ConnectionResetError):
            self.close_connection = True
        self._record(status, sent)


def main() -> None:
    """Serve files from disk until stopped; prints the URL on the first line."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--file", action="append", default=[],
                        help="OWNER/NAME/PATH=LOCAL_FILE (repeatable)")
    args = parser.parse_args()
    hub = FakeHub()
    for spec in args.file:
        target, _, local = spec.partition("=")
        owner, name, path = target.split("/", 2)
        repo = hub.repos.get(f"{owner}/{name}") or hub.add_repo(f"{owner}/{name}", {})
        repo.files[path] = FakeFile(path, source=Path(local))
    print(hub.url, flush=True)
    with contextlib.suppress(KeyboardInterrupt):
        hub.server.serve_forever()


if __name__ == "__main__":
    main()
