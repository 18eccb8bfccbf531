"""The local API listening: uvicorn in a thread of this process, on the address the user
chose (127.0.0.1 unless they pick another), started and stopped on request.

The socket is bound before the thread starts, so a port in use or an address that is not
this computer's is one line for the user at once, and nothing listens before start().
"""

from __future__ import annotations

import asyncio
import contextlib
import errno
import logging
import socket
import threading
import time
from collections.abc import Callable
from pathlib import Path

from chatapp.api.app import create_app
from chatapp.api.service import ApiService
from chatapp.errors import QT_TRANSLATE_NOOP, UserError, os_reason
from chatapp.remote.endpoints import is_loopback

log = logging.getLogger(__name__)

DEFAULT_HOST = "127.0.0.1"
DEFAULT_PORT = 8765
START_TIMEOUT_S = 15.0
STOP_TIMEOUT_S = 10.0
GRACE_S = 3  # answers in flight get this long to end after stop()

PORT_IN_USE = QT_TRANSLATE_NOOP(
    "errors", "Port {port} on {host} is in use by another program. Choose another port.")
PORT_IN_USE_TRY = QT_TRANSLATE_NOOP(
    "errors", "Port {port} on {host} is in use by another program. Port {free} is free: "
    "choose that one.")
NOT_HERE = QT_TRANSLATE_NOOP(
    "errors", "{host} is not an address of this computer ({reason}). Use 127.0.0.1 for this "
    "computer only, or 0.0.0.0 for every network.")
NO_PERMISSION = QT_TRANSLATE_NOOP(
    "errors", "No permission to listen on port {port}: ports below 1024 need administrator "
    "rights. Choose a port above 1024.")
CANNOT_LISTEN = QT_TRANSLATE_NOOP(
    "errors", "The local API cannot listen on {host}:{port}: {reason}")
DID_NOT_START = QT_TRANSLATE_NOOP("errors", "The local API did not start: {reason}")
BAD_ORIGIN = QT_TRANSLATE_NOOP(
    "errors", "{origin} is not a web page origin: write it as a browser sends it, such as "
    "http://localhost:3000 (scheme, host and port; no path).")


def check_origins(origins: list[str]) -> None:
    """Refuse (UserError) an allowed web page origin that no browser would send: origins are
    http(s)://host[:port] with no path, or * for every page."""
    from urllib.parse import urlsplit

    for origin in origins:
        if origin == "*":
            continue
        try:
            parts = urlsplit(origin)
            port_ok = parts.port is None or parts.port > 0
        except ValueError:
            port_ok = False
        if not (port_ok and parts.scheme in ("http", "https") and parts.hostname
                and parts.path in ("", "/") and not parts.query and not parts.fragment
                and not parts.username):
            raise UserError(BAD_ORIGIN, origin=origin)


def _bind(address: tuple, family: int, kind: int, proto: int) -> socket.socket:
    """A socket bound to address as the API binds its own; OSError when it cannot be."""
    sock = socket.socket(family, kind, proto)
    try:
        sock.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
        if family == socket.AF_INET6:
            with contextlib.suppress(OSError):
                sock.setsockopt(socket.IPPROTO_IPV6, socket.IPV6_V6ONLY, 1)
        sock.bind(address)
    except OSError:
        sock.close()
        raise
    return sock


def free_port_after(host: str, port: int, tries: int = 100) -> int | None:
    """The first port above port (of the next tries, up to 65535) that host:port can be
    bound to now, or None: a port to suggest where port is taken."""
    for candidate in range(port + 1, min(port + tries, 65535) + 1):
        try:
            family, kind, proto, _, address = socket.getaddrinfo(
                host, candidate, type=socket.SOCK_STREAM, flags=socket.AI_PASSIVE)[0]
            _bind(address, family, kind, proto).close()
        except OSError:
            continue
        return candidate
    return None


def listen_socket(host: str, port: int) -> socket.socket:
    """A TCP socket bound to host:port (not listening yet); UserError when it cannot be (a
    port in use names the next free one, where there is one)."""
    try:
        infos = socket.getaddrinfo(host, port, type=socket.SOCK_STREAM, flags=socket.AI_PASSIVE)
    except (socket.gaierror, UnicodeError) as exc:
        raise UserError(NOT_HERE, host=host, reason=os_reason(exc)) from None
    family, kind, proto, _, address = infos[0]
    try:
        sock = _bind(address, family, kind, proto)
    except OSError as exc:
        if exc.errno == errno.EADDRINUSE:
            free = free_port_after(host, port)
            if free is None:
                raise UserError(PORT_IN_USE, port=port, host=host) from None
            raise UserError(PORT_IN_USE_TRY, port=port, host=host, free=free) from None
        if exc.errno == errno.EADDRNOTAVAIL:
            raise UserError(NOT_HERE, host=host, reason=os_reason(exc)) from None
        if exc.errno in (errno.EACCES, errno.EPERM):
            raise UserError(NO_PERMISSION, port=port) from None
        raise UserError(CANNOT_LISTEN, host=host, port=port,
                        reason=os_reason(exc)) from None
    return sock


class ApiServer:
    """The API served on one address.

    Attributes:
        service: what answers the requests.
        host: the address listened on ("127.0.0.1": this computer only).
        port: the port asked for (0: any free one; see bound_port once started).
        bound_port: the port it listens on, once started.
    """

    def __init__(self, service: ApiService, token: Callable[[], str], *,
                 host: str = DEFAULT_HOST, port: int = DEFAULT_PORT,
                 cors_origins: list[str] | None = None,
                 token_file: Path | None = None) -> None:
        self.service = service
        self.host = host.strip() or DEFAULT_HOST
        self.port = port
        self.bound_port = 0
        self.cors_origins = list(cors_origins or [])
        self._app = create_app(service, token, cors_origins, token_file)
        self._server = None
        self._thread: threading.Thread | None = None
        self._failure: BaseException | None = None

    @property
    def running(self) -> bool:
        """Whether it listens now."""
        return self._thread is not None and self._thread.is_alive() and self._server is not None \
            and self._server.started

    @property
    def open_to_network(self) -> bool:
        """Whether other computers may reach it (an address other than loopback)."""
        return not is_loopback(self.host)

    @property
    def network_url(self) -> str | None:
        """The address other computers use when it listens on every network (0.0.0.0):
        this computer's own address on the network its traffic leaves by (found without
        sending anything); None when it listens on one address or none can be found."""
        if self.host not in ("0.0.0.0", "::", ""):
            return None
        family, probe = ((socket.AF_INET6, "2001:db8::1") if self.host == "::"
                         else (socket.AF_INET, "192.0.2.1"))
        try:
            with socket.socket(family, socket.SOCK_DGRAM) as udp:
                udp.connect((probe, 9))  # a UDP connect only picks the route
                address = udp.getsockname()[0]
        except OSError:
            return None
        if is_loopback(address):
            return None
        host = f"[{address}]" if ":" in address else address
        return f"http://{host}:{self.bound_port or self.port}/v1"

    @property
    def base_url(self) -> str:
        """The API's address for clients (``http://127.0.0.1:8765/v1``)."""
        host = self.host
        if host in ("0.0.0.0", "::", ""):
            host = "127.0.0.1" if host != "::" else "::1"
        if ":" in host:
            host = f"[{host}]"
        return f"http://{host}:{self.bound_port or self.port}/v1"

    def start(self) -> None:
        """Listen and serve in a thread; UserError when the address cannot be used."""
        import uvicorn

        check_origins(self.cors_origins)
        sock = listen_socket(self.host, self.port)
        self.service.closing = False
        self.bound_port = sock.getsockname()[1]
        self.service.address = (self.host, self.bound_port)
        from chatapp.api.slow_headers import HeadTimeoutProtocol

        config = uvicorn.Config(self._app, log_config=None, access_log=False,
                                server_header=False, lifespan="off", http=HeadTimeoutProtocol,
                                timeout_graceful_shutdown=GRACE_S, loop="asyncio")
        server = uvicorn.Server(config)
        self._server = server
        self._failure = None

        def serve() -> None:
            try:
                asyncio.run(server.serve(sockets=[sock]))
            except BaseException as exc:  # noqa: BLE001 - reported by start()
                self._failure = exc
                log.error("the local API stopped", exc_info=exc)
            finally:
                sock.close()

        self._thread = threading.Thread(target=serve, daemon=True, name="local-api")
        self._thread.start()
        deadline = time.monotonic() + START_TIMEOUT_S
        while not server.started:
            if not self._thread.is_alive() or time.monotonic() > deadline:
                server.should_exit = True
                reason = str(self._failure) if self._failure else "timeout"
                raise UserError(DID_NOT_START, reason=reason)
            time.sleep(0.01)
        log.info("the local API listens on %s:%s", self.host, self.bound_port)

    def stop(self) -> None:
        """Stop answering (answers in flight end at their next token) and stop listening."""
        self.service.close()
        server, thread = self._server, self._thread
        if server is None or thread is None:
            return
        server.should_exit = True
        thread.join(STOP_TIMEOUT_S + GRACE_S)
        if thread.is_alive():
            server.force_exit = True
            thread.join(STOP_TIMEOUT_S)
        self._server = self._thread = None
        log.info("the local API stopped listening")
