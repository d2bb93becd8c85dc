"""Fetch a URL from the public internet only, safe against server-side request forgery.

Each connection resolves its host once, refuses unless every resolved address is public,
and connects to exactly that address (so DNS rebinding cannot swap in a private one), while
the Host header, TLS SNI and certificate checks keep using the URL's hostname.
"""

from __future__ import annotations

import ipaddress
import socket
import time
from dataclasses import dataclass, field
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

PAGE_TYPES = frozenset({"text/html", "application/xhtml+xml", "text/plain"})
FEED_TYPES = frozenset(
    {"application/rss+xml", "application/atom+xml", "application/xml", "text/xml"}
)
MAX_BYTES = 5 * 1024 * 1024
MAX_REDIRECTS = 3
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
    timeout = timeout_seconds()
    deadline = time.monotonic() + timeout
    # A pool per fetch: no kept-alive connection outlives the address check it passed.
    with urllib3.PoolManager(
        retries=False, timeout=urllib3.Timeout(connect=timeout, read=timeout)
    ) as pool:
        pool.pool_classes_by_scheme = {"http": PublicHTTPPool, "https": PublicHTTPSPool}
        for _hop in range(MAX_REDIRECTS + 1):
            check_scheme(url)
            response = request(pool, url, headers, timeout)
            try:
                location = response.headers.get("Location")
                if response.status not in REDIRECT_STATUSES or not location:
                    return read_page(response, url, content_types, deadline, timeout)
                url = urljoin(url, location)
            finally:
                response.release_conn()
    raise FetchError(f"Too many redirects (more than {MAX_REDIRECTS})")


def timeout_seconds() -> float:
    """The connect/read timeout, and the budget for the whole fetch."""
    return float(getattr(settings, "FETCH_TIMEOUT_SECONDS", 10))


def check_scheme(url):
    """Refuse anything but an http(s) URL with a host, redirect targets included."""
    scheme = urlsplit(url).scheme.lower()
    if scheme not in {"http", "https"}:
        raise FetchError(f"Refused: only http and https URLs are fetched, not {scheme or url!r}")
    if not urlsplit(url).hostname:
        raise FetchError(f"Refused: {url!r} names no host")


def request(pool, url, headers, timeout):
    """Send one GET without following redirects, translating network errors."""
    sent = {"User-Agent": USER_AGENT, "Accept-Encoding": "gzip, deflate", **(headers or {})}
    try:
        return pool.request(
            "GET", url, headers=sent, redirect=False, preload_content=False, decode_content=True
        )
    # NewConnectionError subclasses ConnectTimeoutError in urllib3, so it is caught first.
    except (NewConnectionError, ProtocolError, ConnectionError) as error:
        raise TransientFetchError(f"Connection failed: {reason(error)}") from error
    except (ConnectTimeoutError, ReadTimeoutError, TimeoutError) as error:
        raise TransientFetchError(f"Timed out after {timeout:g} s") from error
    except SSLError as error:
        raise FetchError(f"TLS error talking to {urlsplit(url).hostname}: {error}") from error
    except (HTTPError, OSError, ValueError) as error:
        raise FetchError(f"Could not fetch {url}: {reason(error)}") from error


def reason(error) -> str:
    """The last, readable part of a urllib3 error message."""
    return str(getattr(error, "reason", None) or error).rsplit(": ", 1)[-1]


def read_page(response, url, content_types, deadline, timeout) -> FetchedPage:
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
        raise FetchError(too_large())
    body = read_capped(response, deadline, timeout)
    return FetchedPage(body, content_type, url, headers, response.status)


def declared_length(response) -> int:
    """The Content-Length the server declared, 0 when absent; a garbled one is refused."""
    value = response.headers.get("Content-Length") or "0"
    try:
        return int(value)
    except ValueError:
        raise FetchError(f"The server sent an invalid Content-Length: {value[:40]!r}") from None


def read_capped(response, deadline, timeout) -> bytes:
    """The decoded body, refused once it passes MAX_BYTES or the deadline."""
    chunks, size = [], 0
    try:
        for chunk in response.stream(CHUNK_BYTES, decode_content=True):
            size += len(chunk)
            if size > MAX_BYTES:
                raise FetchError(too_large())
            if time.monotonic() > deadline:
                raise TransientFetchError(f"Timed out after {timeout:g} s")
            chunks.append(chunk)
    except (ReadTimeoutError, TimeoutError) as error:
        raise TransientFetchError(f"Timed out after {timeout:g} s") from error
    except (ProtocolError, HTTPError, OSError) as error:
        raise TransientFetchError(f"Connection broke while reading: {reason(error)}") from error
    return b"".join(chunks)


def too_large() -> str:
    """The error message for a body over the size cap."""
    return f"Too large: over {MAX_BYTES // (1024 * 1024)} MB"


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


def public_addresses(host, port) -> list[str]:
    """Resolve `host` once; refuse unless every address is public (or allowed for tests)."""
    try:
        infos = socket.getaddrinfo(host, port, type=socket.SOCK_STREAM)
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


class PublicAddressMixin:
    """Connect only to the checked public address of the host, never re-resolving it."""

    def _new_conn(self):
        hostname = self._dns_host
        last_error = None
        for address in public_addresses(hostname, self.port):
            # urllib3 connects to _dns_host; Host, SNI and certificates use self.host.
            self._dns_host = address
            try:
                return super()._new_conn()
            except NewConnectionError as error:
                last_error = error
            finally:
                self._dns_host = hostname
        raise last_error


class PublicHTTPConnection(PublicAddressMixin, HTTPConnection):
    pass


class PublicHTTPSConnection(PublicAddressMixin, HTTPSConnection):
    pass


class PublicHTTPPool(HTTPConnectionPool):
    ConnectionCls = PublicHTTPConnection


class PublicHTTPSPool(HTTPSConnectionPool):
    ConnectionCls = PublicHTTPSConnection
