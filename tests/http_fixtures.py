"""A local stand-in for the internet: a threaded HTTP server on 127.0.0.1 serving set paths.

Use the `fixture_server` pytest fixture (tests/conftest.py); it also allows 127.0.0.1 for
`fetch_url` through the test-only FETCH_ALLOWED_TEST_HOSTS setting:

    url = fixture_server.serve("/a", "<html>…</html>")              # 200, text/html
    fixture_server.serve("/feed", rss, content_type="application/rss+xml", etag='"v1"')
    fixture_server.serve("/r", redirect="http://10.0.0.1/")          # 302 to Location
    fixture_server.serve("/slow", "late", delay=2)                   # waits before answering
    fixture_server.serve("/big", stream=6 * 1024 * 1024)             # streamed, no length
    fixture_server.requests  # [Request(path, headers)] in arrival order

Unknown paths answer 404. With `etag`, a request whose If-None-Match matches gets 304.
"""

from __future__ import annotations

import contextlib
import threading
from dataclasses import dataclass, field
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer


@dataclass(frozen=True)
class Route:
    body: bytes = b""
    status: int = 200
    content_type: str = "text/html; charset=utf-8"
    headers: dict[str, str] = field(default_factory=dict)
    etag: str | None = None
    delay: float = 0
    stream: int = 0


@dataclass(frozen=True)
class Request:
    path: str
    headers: dict[str, str]


class FixtureServer:
    """Serves registered routes on 127.0.0.1 at a random port until `close()`."""

    def __init__(self):
        self.routes: dict[str, Route] = {}
        self.requests: list[Request] = []
        self.closing = threading.Event()
        self.httpd = ThreadingHTTPServer(("127.0.0.1", 0), handler_for(self))
        self.httpd.daemon_threads = True
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
        body = body.encode() if isinstance(body, str) else body
        self.routes[path] = Route(body=body, **options)
        return self.url(path)

    def close(self):
        """Release delayed answers and stop serving."""
        self.closing.set()
        self.httpd.shutdown()
        self.httpd.server_close()


def handler_for(server: FixtureServer):
    class Handler(BaseHTTPRequestHandler):
        def do_GET(self):
            server.requests.append(Request(self.path, dict(self.headers.items())))
            route = server.routes.get(self.path)
            if route is None:
                self.send_error(404)
                return
            if route.delay and server.closing.wait(route.delay):
                return
            # The client may hang up early, as a capped or timed-out fetch does.
            with contextlib.suppress(OSError):
                answer(self, route)

        def log_message(self, format, *args):
            pass

    return Handler


def answer(handler: BaseHTTPRequestHandler, route: Route):
    if route.etag and handler.headers.get("If-None-Match") == route.etag:
        handler.send_response(304)
        handler.send_header("ETag", route.etag)
        handler.end_headers()
        return
    handler.send_response(route.status)
    handler.send_header("Content-Type", route.content_type)
    if route.etag:
        handler.send_header("ETag", route.etag)
    for name, value in route.headers.items():
        handler.send_header(name, value)
    if not route.stream and "Content-Length" not in route.headers:
        handler.send_header("Content-Length", str(len(route.body)))
    handler.end_headers()
    if route.stream:
        chunk = b"x" * 65536
        for _ in range(0, route.stream, len(chunk)):
            handler.wfile.write(chunk)
    else:
        handler.wfile.write(route.body)
