"""A local stand-in for the internet: a threaded HTTP/1.1 server on 127.0.0.1 serving set paths.

Use the `fixture_server` pytest fixture (tests/conftest.py); it also allows 127.0.0.1 for
`fetch_url` through the test-only FETCH_ALLOWED_TEST_HOSTS setting:

    url = fixture_server.serve("/a", "<html>…</html>")              # 200, text/html
    fixture_server.serve("/feed", rss, content_type="application/rss+xml", etag='"v1"')
    fixture_server.serve("/r", redirect="http://10.0.0.1/")          # 302 to Location, with a body
    fixture_server.serve("/slow", "late", delay=2)                   # waits before the headers
    fixture_server.serve("/drip", "abc", drip=(1, 0.5))              # 1 byte every 0.5 s
    fixture_server.serve("/big", stream=6 * 1024 * 1024)             # chunked, no length
    fixture_server.serve("/c", "text", chunked=True)                 # chunked transfer encoding
    fixture_server.serve("/z", "text", gzip=True)                    # Content-Encoding: gzip
    fixture_server.serve("/u", redirect="/a", unsized=True)          # no length, kept open
    fixture_server.requests  # [Request(path, headers, connection)] in arrival order

Connections are kept alive as real servers keep them; `Request.connection` numbers the
connection a request came on (1, 2, … in order of arrival), so a test can see reuse.
Unknown paths answer 404. With `etag`, a request whose If-None-Match matches gets 304.
"""

from __future__ import annotations

import contextlib
import gzip as gzip_codec
import html
import socket
import threading
from dataclasses import dataclass, field
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer

FILLER = b"x" * 65536


@dataclass(frozen=True)
class Route:
    body: bytes = b""
    status: int = 200
    content_type: str = "text/html; charset=utf-8"
    headers: dict[str, str] = field(default_factory=dict)
    etag: str | None = None
    delay: float = 0
    stream: int = 0
    chunked: bool = False
    drip: tuple[int, float] | None = None
    gzip: bool = False
    # Neither a length nor chunks, yet the connection kept open: a body only a hang-up would end.
    unsized: bool = False


@dataclass(frozen=True)
class Request:
    path: str
    headers: dict[str, str]
    connection: int = 0


class FixtureServer:
    """Serves registered routes on 127.0.0.1 at a random port until `close()`."""

    def __init__(self):
        self.routes: dict[str, Route] = {}
        self.requests: list[Request] = []
        self.closing = threading.Event()
        self.lock = threading.Lock()
        self.connections: dict[int, socket.socket] = {}
        self.connection_count = 0
        self.httpd = ThreadingHTTPServer(("127.0.0.1", 0), handler_for(self))
        # Handler threads are joined on close, so none outlives the test that started it.
        self.httpd.daemon_threads = False
        self.thread = threading.Thread(
            target=self.httpd.serve_forever, kwargs={"poll_interval": 0.05}, daemon=True
        )
        self.thread.start()

    @property
    def base_url(self) -> str:
        return f"http://127.0.0.1:{self.httpd.server_address[1]}"

    def url(self, path: str) -> str:
        """The absolute URL of `path` on this server."""
        return self.base_url + path

    def serve(self, path, body=b"", *, redirect=None, **options) -> str:
        """Answer GET `path` with `body` (and Route options); return its absolute URL."""
        if redirect is not None:
            options.setdefault("status", 302)
            options["headers"] = {"Location": redirect, **options.get("headers", {})}
            body = body or f'<html><body><a href="{html.escape(redirect)}">Moved</a></body></html>'
        body = body.encode() if isinstance(body, str) else body
        self.routes[path] = Route(body=body, **options)
        return self.url(path)

    def opened(self, connection: socket.socket) -> int:
        """Number a new connection; hang up at once if the server is closing."""
        with self.lock:
            self.connection_count += 1
            self.connections[self.connection_count] = connection
            if self.closing.is_set():
                hang_up(connection)
            return self.connection_count

    def closed(self, number: int):
        with self.lock:
            self.connections.pop(number, None)

    def close(self):
        """Stop serving: release delayed answers and drips, hang up on kept-alive connections."""
        with self.lock:
            self.closing.set()
            open_connections = list(self.connections.values())
        self.httpd.shutdown()
        for connection in open_connections:
            hang_up(connection)
        self.httpd.server_close()


def hang_up(connection: socket.socket):
    """Shut a connection so its handler's pending read or write returns at once."""
    with contextlib.suppress(OSError):
        connection.shutdown(socket.SHUT_RDWR)


def handler_for(server: FixtureServer):
    class Handler(BaseHTTPRequestHandler):
        protocol_version = "HTTP/1.1"
        timeout = 30  # an idle kept-alive connection is dropped, as real servers do

        def setup(self):
            super().setup()
            self.number = server.opened(self.connection)

        def handle(self):
            # The client may hang up at any point, as a capped or timed-out fetch does.
            with contextlib.suppress(OSError):
                super().handle()

        def finish(self):
            server.closed(self.number)
            super().finish()

        def do_GET(self):
            server.requests.append(Request(self.path, dict(self.headers.items()), self.number))
            route = server.routes.get(self.path)
            if route is None:
                self.send_error(404)
                return
            if route.delay and server.closing.wait(route.delay):
                self.close_connection = True
                return
            answer(self, route, server.closing)

        def log_message(self, format, *args):
            pass

    return Handler


def answer(handler: BaseHTTPRequestHandler, route: Route, closing: threading.Event):
    if route.etag and handler.headers.get("If-None-Match") == route.etag:
        handler.send_response(304)
        handler.send_header("ETag", route.etag)
        handler.end_headers()
        return
    body = gzip_codec.compress(route.body) if route.gzip else route.body
    chunked = route.chunked or bool(route.stream)
    handler.send_response(route.status)
    handler.send_header("Content-Type", route.content_type)
    if route.etag:
        handler.send_header("ETag", route.etag)
    if route.gzip:
        handler.send_header("Content-Encoding", "gzip")
    for name, value in route.headers.items():
        handler.send_header(name, value)
    if chunked:
        handler.send_header("Transfer-Encoding", "chunked")
    elif "Content-Length" not in route.headers and not route.unsized:
        handler.send_header("Content-Length", str(len(body)))
    handler.end_headers()
    for piece in pieces(route, body):
        if route.drip and closing.wait(route.drip[1]):
            handler.close_connection = True
            return
        handler.wfile.write(b"%x\r\n%s\r\n" % (len(piece), piece) if chunked else piece)
    if chunked:
        handler.wfile.write(b"0\r\n\r\n")


def pieces(route: Route, body: bytes):
    """The body as sent: filler for `stream`, `drip`-sized pieces, or all at once."""
    if route.stream:
        for start in range(0, route.stream, len(FILLER)):
            yield FILLER[: route.stream - start]
        return
    size = route.drip[0] if route.drip else len(body) or 1
    for start in range(0, len(body), size):
        yield body[start : start + size]
