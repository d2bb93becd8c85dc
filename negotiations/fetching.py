"""Fetch a URL from the public internet only, safe against server-side request forgery.

Each connection resolves its host once, refuses unless every resolved address is public,
and connects to exactly that address (so DNS rebinding cannot swap in a private one), while
the Host header, TLS SNI and certificate checks keep using the URL's hostname. One
deadline bounds the whole fetch, redirects included, however slowly the server answers.
"""

from __future__ import annotations

import contextlib
import ipaddress
import socket
import threading
import time
from dataclasses import dataclass, field
from functools import partial
from urllib.parse import urljoin, urlsplit

import urllib3
from django.conf import settings
from urllib3.connection import HTTPConnection, HTTPSConnection
from urllib3.connectionpool import HTTPConnectionPool, HTTPSConnectionPool
from urllib3.exceptions import (
    ConnectTimeoutError,
    HTTPError,
    NewConnectionError,
    ProtocolError,
    ReadTimeoutError,
    SSLError,
)

from .limits import MAX_BYTES, TOO_LARGE

PAGE_TYPES = frozenset({"text/html", "application/xhtml+xml", "text/plain"})
FEED_TYPES = frozenset(
    {"application/rss+xml", "application/atom+xml", "application/xml", "text/xml"}
)
MAX_REDIRECTS = 3
# A redirect body up to this size is read so its kept-alive connection can be reused.
REDIRECT_BODY_BYTES = 64 * 1024
REDIRECT_STATUSES = frozenset({301, 302, 303, 307, 308})
USER_AGENT = "CeasefireTracker/0.1 (+news ingestion)"
CHUNK_BYTES = 64 * 1024

METADATA_ADDRESSES = frozenset(
    ipaddress.ip_address(a) for a in ("169.254.169.254", "fd00:ec2::254", "100.100.100.200")
)
SHARED_ADDRESS_SPACE = ipaddress.ip_network("100.64.0.0/10")
NAT64_PREFIX = ipaddress.ip_network("64:ff9b::/96")


class FetchError(Exception):
    """A URL could not be fetched; the message is fit to show on the job."""


class TransientFetchError(FetchError):
    """A network failure that may go away on retry (timeout, reset, 5xx)."""


@dataclass(frozen=True)
class FetchedPage:
    body: bytes
    content_type: str
    final_url: str
    headers: dict[str, str] = field(default_factory=dict)
    status: int = 200


def fetch_url(url, *, headers=None, content_types=PAGE_TYPES) -> FetchedPage:
    """GET a public http(s) URL, following at most 3 redirects; 304 comes back empty."""
    deadline = Deadline(timeout_seconds())
    # A pool per fetch: no kept-alive connection outlives the address check it passed.
    with public_pool(deadline) as pool, deadline:
        for _hop in range(MAX_REDIRECTS + 1):
            check_scheme(url)
            response = request(pool, url, headers, deadline)
            location = response.headers.get("Location")
            if response.status not in REDIRECT_STATUSES or not location:
                with response:
                    return read_page(response, url, content_types, deadline)
            let_go(response)
            url = urljoin(url, location)
    raise FetchError(f"Too many redirects (more than {MAX_REDIRECTS})")


def timeout_seconds() -> float:
    """The budget for the whole fetch: connecting, headers and body, across all redirects."""
    return float(getattr(settings, "FETCH_TIMEOUT_SECONDS", 10))


def public_pool(deadline) -> urllib3.PoolManager:
    """A pool whose connections go to checked public addresses and end at `deadline`."""
    pool = urllib3.PoolManager(retries=False)
    pool.pool_classes_by_scheme = {
        "http": partial(PublicHTTPPool, deadline=deadline),
        "https": partial(PublicHTTPSPool, deadline=deadline),
    }
    return pool


def check_scheme(url):
    """Refuse anything but an http(s) URL with a host, redirect targets included."""
    scheme = urlsplit(url).scheme.lower()
    if scheme not in {"http", "https"}:
        raise FetchError(f"Refused: only http and https URLs are fetched, not {scheme or url!r}")
    if not urlsplit(url).hostname:
        raise FetchError(f"Refused: {url!r} names no host")


def request(pool, url, headers, deadline):
    """Send one GET without following redirects, translating network errors."""
    sent = {"User-Agent": USER_AGENT, "Accept-Encoding": "gzip, deflate", **(headers or {})}
    left = deadline.left()
    try:
        return pool.request(
            "GET",
            url,
            headers=sent,
            redirect=False,
            preload_content=False,
            decode_content=True,
            timeout=urllib3.Timeout(connect=left, read=left),
        )
    except (HTTPError, OSError, ValueError) as error:
        # A socket shut at the deadline fails like a broken connection or TLS stream.
        deadline.check()
        raise request_error(error, url, deadline) from error


def request_error(error, url, deadline) -> FetchError:
    """The readable error for a failed request."""
    # NewConnectionError subclasses ConnectTimeoutError in urllib3, so it is tested first.
    if isinstance(error, NewConnectionError | ProtocolError | ConnectionError):
        return TransientFetchError(f"Connection failed: {reason(error)}")
    if isinstance(error, ConnectTimeoutError | ReadTimeoutError | TimeoutError):
        return deadline.error()
    if isinstance(error, SSLError):
        return FetchError(f"TLS error talking to {urlsplit(url).hostname}: {error}")
    return FetchError(f"Could not fetch {url}: {reason(error)}")


def reason(error) -> str:
    """The last, readable part of a urllib3 error message."""
    return str(getattr(error, "reason", None) or error).rsplit(": ", 1)[-1]


def let_go(response):
    """Ready a redirect's connection for the next request: read a short body, else hang up."""
    if has_short_body(response):
        with contextlib.suppress(HTTPError, OSError):
            response.read(REDIRECT_BODY_BYTES, decode_content=False)
    # A body still unread would be taken for the next response, so its connection is closed.
    if not response.closed:
        response.close()
    response.release_conn()


def has_short_body(response) -> bool:
    """Whether a body's end can be read without waiting for the server to hang up: chunked, or
    of a declared length within REDIRECT_BODY_BYTES (a body without either ends only then)."""
    if "chunked" in response.headers.get("Transfer-Encoding", "").lower():
        return True
    length = response.headers.get("Content-Length", "")
    return length.isdigit() and int(length) <= REDIRECT_BODY_BYTES


def read_page(response, url, content_types, deadline) -> FetchedPage:
    """Check status and type, then read the body under the size cap and the deadline."""
    headers = dict(response.headers.items())
    content_type = response.headers.get("Content-Type", "").split(";")[0].strip().lower()
    if response.status == 304:
        return FetchedPage(b"", content_type, url, headers, 304)
    if response.status >= 500 or response.status == 429:
        raise TransientFetchError(f"The server answered HTTP {response.status} {response.reason}")
    if response.status >= 400:
        raise FetchError(f"The server answered HTTP {response.status} {response.reason}")
    if content_type not in content_types:
        raise FetchError(f"Unsupported content type {content_type or '(none)'}")
    if declared_length(response) > MAX_BYTES:
        raise FetchError(TOO_LARGE)
    body = read_capped(response, deadline)
    return FetchedPage(body, content_type, url, headers, response.status)


def declared_length(response) -> int:
    """The Content-Length the server declared, 0 when absent; a garbled one is refused."""
    value = response.headers.get("Content-Length") or "0"
    try:
        return int(value)
    except ValueError:
        raise FetchError(f"The server sent an invalid Content-Length: {value[:40]!r}") from None


def read_capped(response, deadline) -> bytes:
    """The decoded body, refused once it passes MAX_BYTES or the deadline."""
    chunks, size = [], 0
    try:
        for chunk in response.stream(CHUNK_BYTES, decode_content=True):
            size += len(chunk)
            if size > MAX_BYTES:
                raise FetchError(TOO_LARGE)
            chunks.append(chunk)
    except (ReadTimeoutError, TimeoutError) as error:
        raise deadline.error() from error
    except (ProtocolError, HTTPError, OSError) as error:
        deadline.check()
        raise TransientFetchError(f"Connection broke while reading: {reason(error)}") from error
    # A body that ends at the connection's close may have been cut short by the deadline.
    deadline.check()
    return b"".join(chunks)


class Deadline:
    """One time budget for a fetch; when it runs out, the fetch's sockets are shut down.

    Socket timeouts alone cannot bound a fetch: a server sending a byte just inside each
    one would hold it forever. A timer thread shuts the sockets, which ends any read.
    """

    def __init__(self, seconds: float):
        self.seconds = seconds
        self.ends = time.monotonic() + seconds
        self.expired = False
        self.connections = []
        self.lock = threading.Lock()
        self.timer = threading.Timer(seconds, self.expire)

    def __enter__(self):
        self.timer.start()
        return self

    def __exit__(self, *exc_info):
        self.timer.cancel()
        self.timer.join()

    def left(self) -> float:
        """Seconds left, refusing once there are none."""
        left = self.ends - time.monotonic()
        if self.expired or left <= 0:
            raise self.error()
        return left

    def check(self):
        """Refuse once the time is up."""
        self.left()

    def error(self) -> TransientFetchError:
        """The error a fetch that ran out of time fails with."""
        return TransientFetchError(f"Timed out after {self.seconds:g} s")

    def watch(self, connection):
        """Shut `connection`'s socket at the deadline, or now if it has passed."""
        with self.lock:
            self.connections.append(connection)
            if self.expired:
                shut(connection)

    def expire(self):
        """Time is up: shut every socket watched so far."""
        with self.lock:
            self.expired = True
            for connection in self.connections:
                shut(connection)


def shut(connection):
    """Shut a connection's socket down, so a read blocked on it returns at once."""
    sock = connection.sock  # read once: the fetching thread may be closing it meanwhile
    if sock is not None:
        with contextlib.suppress(OSError):
            sock.shutdown(socket.SHUT_RDWR)


def address_problem(address) -> str | None:
    """Why an IP address must not be connected to, or None when it is public."""
    embedded = embedded_ipv4(address)
    if embedded is not None:
        return address_problem(embedded)
    checks = (
        (address in METADATA_ADDRESSES, "a cloud metadata address"),
        (address.is_unspecified, "an unspecified address"),
        (address.is_loopback, "a loopback address"),
        (address.is_link_local, "a link-local address"),
        (address.is_multicast, "a multicast address"),
        (address in SHARED_ADDRESS_SPACE, "a shared (CGNAT) address"),
        (address.is_private, "a private address"),
        (address.is_reserved, "a reserved address"),
        (not address.is_global, "not a public address"),
    )
    return next((problem for failed, problem in checks if failed), None)


def embedded_ipv4(address):
    """The IPv4 address an IPv6 one carries (mapped, 6to4, Teredo, NAT64), if any."""
    if address.version != 6:
        return None
    if address.ipv4_mapped or address.sixtofour:
        return address.ipv4_mapped or address.sixtofour
    if address.teredo:
        return address.teredo[1]
    if address in NAT64_PREFIX:
        return ipaddress.IPv4Address(int(address) & 0xFFFFFFFF)
    return None


def public_addresses(host, port, seconds: float) -> list[str]:
    """Resolve `host` once; refuse unless every address is public (or allowed for tests)."""
    try:
        infos = resolve(host, port, seconds)
    except socket.gaierror as error:
        message = f"Could not resolve {host}: {error.strerror}"
        if error.errno == socket.EAI_AGAIN:
            raise TransientFetchError(message) from error
        raise FetchError(message) from error
    allowed = set(getattr(settings, "FETCH_ALLOWED_TEST_HOSTS", ()))
    addresses = list(dict.fromkeys(info[4][0] for info in infos))
    for text in addresses:
        address = ipaddress.ip_address(text.split("%")[0])
        problem = None if text in allowed else address_problem(address)
        if problem:
            shown = text if text == host.strip("[]") else f"{host} resolves to {text}, which"
            raise FetchError(f"Refused: {shown} is {problem}")
    return addresses


def resolve(host, port, seconds: float) -> list:
    """getaddrinfo, given up on after `seconds`: a lookup cannot be interrupted, so it runs in
    a thread of its own that is left to finish."""
    outcome = {}

    def lookup():
        try:
            outcome["infos"] = socket.getaddrinfo(host, port, type=socket.SOCK_STREAM)
        except OSError as error:
            outcome["error"] = error

    thread = threading.Thread(target=lookup, name=f"resolve {host}", daemon=True)
    thread.start()
    thread.join(seconds)
    if thread.is_alive():
        raise TransientFetchError(f"Timed out resolving {host} after {seconds:g} s")
    if "error" in outcome:
        raise outcome["error"]
    return outcome["infos"]


class PublicAddressMixin:
    """Connect only to the checked public address of the host, never re-resolving it."""

    def _new_conn(self):
        hostname = self._dns_host
        last_error = None
        for address in public_addresses(hostname, self.port, self.deadline.left()):
            # urllib3 connects to _dns_host; Host, SNI and certificates use self.host.
            self._dns_host = address
            self.timeout = self.deadline.left()
            try:
                return super()._new_conn()
            except NewConnectionError as error:
                last_error = error
            finally:
                self._dns_host = hostname
        raise last_error


class DeadlineMixin:
    """Hand each connected socket to the fetch's deadline, which shuts it when time is up."""

    def __init__(self, *args, deadline, **kwargs):
        super().__init__(*args, **kwargs)
        self.deadline = deadline

    def connect(self):
        super().connect()
        self.deadline.watch(self)


class PublicHTTPConnection(PublicAddressMixin, DeadlineMixin, HTTPConnection):
    pass


class PublicHTTPSConnection(PublicAddressMixin, DeadlineMixin, HTTPSConnection):
    pass


class PublicHTTPPool(HTTPConnectionPool):
    ConnectionCls = PublicHTTPConnection


class PublicHTTPSPool(HTTPSConnectionPool):
    ConnectionCls = PublicHTTPSConnection
