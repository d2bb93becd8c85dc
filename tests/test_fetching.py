import ipaddress
import shutil
import socket
import ssl
import subprocess
import threading
import time

import pytest
import urllib3

from negotiations.fetching import (
    FEED_TYPES,
    FetchError,
    TransientFetchError,
    address_problem,
    fetch_url,
)
from tests.http_fixtures import FixtureServer

ARTICLE = "<html><head><title>Talks resume</title></head><body><p>Hello.</p></body></html>"


@pytest.mark.parametrize(
    "url, message",
    [
        ("http://127.0.0.1/", "Refused: 127.0.0.1 is a loopback address"),
        ("http://10.0.0.1/", "Refused: 10.0.0.1 is a private address"),
        ("http://192.168.1.1:8080/x", "Refused: 192.168.1.1 is a private address"),
        ("http://169.254.169.254/latest/meta-data/", "is a cloud metadata address"),
        ("http://[fd00:ec2::254]/", "Refused: fd00:ec2::254 is a cloud metadata address"),
        ("http://169.254.1.1/", "Refused: 169.254.1.1 is a link-local address"),
        ("http://[::1]/", "Refused: ::1 is a loopback address"),
        ("http://0.0.0.0/", "Refused: 0.0.0.0 is an unspecified address"),
        ("http://100.64.0.1/", "Refused: 100.64.0.1 is a shared (CGNAT) address"),
        ("http://224.0.0.1/", "Refused: 224.0.0.1 is a multicast address"),
        ("http://240.0.0.1/", "Refused: 240.0.0.1 is a private address"),
        ("http://[::ffff:10.0.0.1]/", "Refused: ::ffff:10.0.0.1 is a private address"),
        ("http://[::ffff:127.0.0.1]/", "Refused: ::ffff:127.0.0.1 is a loopback address"),
        ("http://2130706433/", "2130706433 resolves to 127.0.0.1, which is a loopback address"),
        ("http://localhost/", "Refused: localhost resolves to"),
        ("file:///etc/passwd", "only http and https URLs are fetched, not 'file'"),
        ("ftp://example.org/a.txt", "only http and https URLs are fetched, not 'ftp'"),
        ("gopher://example.org/", "only http and https URLs are fetched, not 'gopher'"),
        ("http:///no-host", "names no host"),
    ],
)
def test_refuses_non_public_targets(url, message):
    with pytest.raises(FetchError, match=message.replace("(", r"\(").replace(")", r"\)")):
        fetch_url(url)


@pytest.mark.parametrize(
    "address, problem",
    [
        ("8.8.8.8", None),
        ("2001:4860:4860::8888", None),
        ("2002:a00:1::", "a private address"),  # 6to4 wrapping 10.0.0.1
        ("64:ff9b::a9fe:a9fe", "a cloud metadata address"),  # NAT64 of 169.254.169.254
        ("fe80::1", "a link-local address"),
        ("ff02::1", "a multicast address"),
        ("198.18.0.1", "a private address"),
    ],
)
def test_address_problem(address, problem):
    assert address_problem(ipaddress.ip_address(address)) == problem


def test_fixture_server_is_refused_without_the_test_allowance(fixture_server, settings):
    url = fixture_server.serve("/a", ARTICLE)
    settings.FETCH_ALLOWED_TEST_HOSTS = []
    with pytest.raises(FetchError, match="Refused: 127.0.0.1 is a loopback address"):
        fetch_url(url)
    assert fixture_server.requests == []


def test_fetches_a_page_with_the_test_allowance(fixture_server):
    url = fixture_server.serve("/a", ARTICLE, headers={"X-Extra": "1"})
    page = fetch_url(url)
    assert page.body == ARTICLE.encode()
    assert page.content_type == "text/html"
    assert page.final_url == url
    assert page.headers["X-Extra"] == "1"
    assert fixture_server.requests[0].headers["Host"] == fixture_server.base_url[7:]


def test_follows_redirects_and_reports_the_final_url(fixture_server):
    final = fixture_server.serve("/final", "plain words", content_type="text/plain")
    fixture_server.serve("/one", redirect="/two")
    fixture_server.serve("/two", redirect=final, status=301)
    page = fetch_url(fixture_server.url("/one"))
    assert page.body == b"plain words"
    assert page.final_url == final


@pytest.mark.parametrize("location", ["/final", "absolute"])
@pytest.mark.parametrize("options", [{}, {"chunked": True}], ids=["sized", "chunked"])
def test_same_host_redirects_reuse_the_kept_alive_connection(fixture_server, location, options):
    final = fixture_server.serve("/final", ARTICLE)
    fixture_server.serve("/r", redirect=final if location == "absolute" else location, **options)
    page = fetch_url(fixture_server.url("/r"))
    assert (page.body, page.final_url) == (ARTICLE.encode(), final)
    assert [r.connection for r in fixture_server.requests] == [1, 1]


def test_a_long_redirect_body_is_not_read_but_hung_up_on(fixture_server):
    final = fixture_server.serve("/final", ARTICLE)
    fixture_server.serve("/r", "x" * 1024 * 1024, redirect=final)
    assert fetch_url(fixture_server.url("/r")).body == ARTICLE.encode()
    assert [r.connection for r in fixture_server.requests] == [1, 2]


def test_a_redirect_whose_body_has_no_end_is_hung_up_on(fixture_server, settings):
    settings.FETCH_TIMEOUT_SECONDS = 3
    final = fixture_server.serve("/final", ARTICLE)
    fixture_server.serve("/r", b"", redirect=final, unsized=True)
    assert fetch_url(fixture_server.url("/r")).body == ARTICLE.encode()
    assert [r.connection for r in fixture_server.requests] == [1, 2]


def test_a_redirect_chain_across_hosts_keeps_each_host_pinned(fixture_server, resolver):
    answers, asked = resolver
    answers["news.test"] = ["127.0.0.1"]
    port = fixture_server.httpd.server_address[1]
    fixture_server.serve("/a", redirect=f"http://news.test:{port}/b")
    fixture_server.serve("/b", redirect="/c")
    fixture_server.serve("/c", ARTICLE)
    page = fetch_url(fixture_server.url("/a"))
    assert page.final_url == f"http://news.test:{port}/c"
    hosts = [(r.path, r.headers["Host"], r.connection) for r in fixture_server.requests]
    assert hosts == [
        ("/a", f"127.0.0.1:{port}", 1),
        ("/b", f"news.test:{port}", 2),
        ("/c", f"news.test:{port}", 2),
    ]
    assert asked == ["news.test"]


@pytest.mark.parametrize(
    "target, message",
    [
        ("http://10.0.0.1/", "Refused: 10.0.0.1 is a private address"),
        ("http://169.254.169.254/latest/", "Refused: 169.254.169.254 is a cloud metadata"),
        ("http://[::1]:8000/admin", "Refused: ::1 is a loopback address"),
        ("file:///etc/passwd", "only http and https URLs are fetched, not 'file'"),
    ],
)
def test_each_redirect_hop_is_checked(fixture_server, target, message):
    url = fixture_server.serve("/r", redirect=target)
    with pytest.raises(FetchError, match=message):
        fetch_url(url)


def test_stops_after_three_redirects(fixture_server):
    for hop in range(4):
        fixture_server.serve(f"/{hop}", redirect=f"/{hop + 1}")
    fixture_server.serve("/4", ARTICLE)
    with pytest.raises(FetchError, match=r"Too many redirects \(more than 3\)"):
        fetch_url(fixture_server.url("/0"))
    assert fetch_url(fixture_server.url("/1")).body == ARTICLE.encode()


@pytest.mark.parametrize(
    "options",
    [{"stream": 6 * 1024 * 1024}, {"headers": {"Content-Length": str(6 * 1024 * 1024)}}],
    ids=["streamed", "declared"],
)
def test_refuses_bodies_over_5_mb(fixture_server, options):
    url = fixture_server.serve("/big", **options)
    with pytest.raises(FetchError, match="Too large: over 5 MB"):
        fetch_url(url)


def test_a_garbled_content_length_is_a_readable_error(fixture_server):
    url = fixture_server.serve("/odd", ARTICLE, headers={"Content-Length": "lots"})
    with pytest.raises(FetchError, match="invalid Content-Length: 'lots'"):
        fetch_url(url)


def test_a_body_just_under_the_cap_is_read(fixture_server):
    url = fixture_server.serve("/fits", stream=5 * 1024 * 1024, content_type="text/plain")
    assert len(fetch_url(url).body) == 5 * 1024 * 1024


def test_times_out_as_a_transient_error(fixture_server, settings):
    settings.FETCH_TIMEOUT_SECONDS = 0.3
    url = fixture_server.serve("/slow", ARTICLE, delay=5)
    with pytest.raises(TransientFetchError, match="Timed out after 0.3 s"):
        fetch_url(url)


def test_gzip_bodies_are_decoded(fixture_server):
    url = fixture_server.serve("/z", ARTICLE, gzip=True)
    assert fetch_url(url).body == ARTICLE.encode()
    assert "gzip" in fixture_server.requests[0].headers["Accept-Encoding"]


def test_a_gzip_body_is_capped_once_decoded(fixture_server):
    url = fixture_server.serve("/bomb", b"x" * 6 * 1024 * 1024, gzip=True)
    with pytest.raises(FetchError, match="Too large: over 5 MB"):
        fetch_url(url)


@pytest.mark.parametrize("chunked", [False, True], ids=["sized", "chunked"])
def test_a_slow_drip_is_cut_at_the_deadline(fixture_server, settings, chunked):
    settings.FETCH_TIMEOUT_SECONDS = 2
    # 120 bytes at one every 0.5 s: each read gets a byte in time, the whole body takes 60 s.
    url = fixture_server.serve("/drip", "x" * 120, drip=(1, 0.5), chunked=chunked)
    started = time.monotonic()
    with pytest.raises(TransientFetchError, match="Timed out after 2 s"):
        fetch_url(url)
    assert time.monotonic() - started < 30


def test_slow_headers_on_each_hop_share_one_deadline(fixture_server, settings):
    settings.FETCH_TIMEOUT_SECONDS = 2
    fixture_server.serve("/r", redirect="/late", delay=1.5)
    fixture_server.serve("/late", ARTICLE, delay=1.5)
    with pytest.raises(TransientFetchError, match="Timed out after 2 s"):
        fetch_url(fixture_server.url("/r"))


def test_slow_headers_are_cut_at_the_deadline(fixture_server, settings):
    settings.FETCH_TIMEOUT_SECONDS = 2
    url = fixture_server.serve("/late", ARTICLE, delay=60)
    started = time.monotonic()
    with pytest.raises(TransientFetchError, match="Timed out after 2 s"):
        fetch_url(url)
    assert time.monotonic() - started < 30


def test_no_deadline_timer_outlives_its_fetch(fixture_server, settings):
    settings.FETCH_TIMEOUT_SECONDS = 0.5
    fetch_url(fixture_server.serve("/a", ARTICLE))
    with pytest.raises(TransientFetchError):
        fetch_url(fixture_server.serve("/drip", "x" * 100, drip=(1, 0.2)))
    assert not [t for t in threading.enumerate() if isinstance(t, threading.Timer)]


@pytest.mark.parametrize(
    "status, transient", [(404, False), (403, False), (500, True), (503, True), (429, True)]
)
def test_error_statuses(fixture_server, status, transient):
    url = fixture_server.serve("/e", "no", status=status)
    with pytest.raises(FetchError, match=f"HTTP {status}") as raised:
        fetch_url(url)
    assert isinstance(raised.value, TransientFetchError) is transient


def test_refused_connection_is_transient(fixture_server):
    url = fixture_server.url("/gone")
    fixture_server.close()
    with pytest.raises(TransientFetchError, match="Connection failed"):
        fetch_url(url)


@pytest.mark.parametrize("content_type", ["application/pdf", "image/png", "application/json"])
def test_refuses_unsupported_content_types(fixture_server, content_type):
    url = fixture_server.serve("/doc", b"%PDF-1.4", content_type=content_type)
    with pytest.raises(FetchError, match=f"Unsupported content type {content_type}"):
        fetch_url(url)


def test_feed_types_are_accepted_only_when_asked_for(fixture_server):
    url = fixture_server.serve("/feed", "<rss/>", content_type="application/rss+xml")
    with pytest.raises(FetchError, match="Unsupported content type application/rss\\+xml"):
        fetch_url(url)
    assert fetch_url(url, content_types=FEED_TYPES).body == b"<rss/>"


@pytest.fixture
def resolver(monkeypatch):
    """Stand-in DNS: names in `answers` resolve to the listed addresses, in turn."""
    real = socket.getaddrinfo
    answers, asked = {}, []

    def getaddrinfo(host, port, *args, **kwargs):
        if host not in answers:
            return real(host, port, *args, **kwargs)
        asked.append(host)
        address = answers[host].pop(0)
        return [(socket.AF_INET, socket.SOCK_STREAM, 6, "", (address, port))]

    monkeypatch.setattr(socket, "getaddrinfo", getaddrinfo)
    return answers, asked


def test_a_slow_name_lookup_is_cut_at_the_deadline(monkeypatch, settings):
    settings.FETCH_TIMEOUT_SECONDS = 1
    lookup_done = threading.Event()

    def slow_lookup(*args, **kwargs):
        lookup_done.wait(30)
        raise socket.gaierror(socket.EAI_AGAIN, "Temporary failure in name resolution")

    monkeypatch.setattr(socket, "getaddrinfo", slow_lookup)
    clock = time.monotonic()
    with pytest.raises(TransientFetchError, match="Timed out resolving news.example"):
        fetch_url("http://news.example/")
    assert time.monotonic() - clock < 10  # not the 30 s the lookup would take
    lookup_done.set()


def test_connecting_gets_only_the_time_left(monkeypatch, settings, resolver):
    settings.FETCH_TIMEOUT_SECONDS = 2
    settings.FETCH_ALLOWED_TEST_HOSTS = ["192.0.2.10"]
    answers, _ = resolver
    answers["slow.example"] = ["192.0.2.10"]
    real = socket.getaddrinfo
    given = []

    def slow_lookup(host, port, *args, **kwargs):
        time.sleep(1)
        return real(host, port, *args, **kwargs)

    def refuse(address, timeout=None, **kwargs):
        given.append(timeout)
        raise ConnectionRefusedError("refused")

    monkeypatch.setattr(socket, "getaddrinfo", slow_lookup)
    monkeypatch.setattr(urllib3.util.connection, "create_connection", refuse)
    with pytest.raises(TransientFetchError):
        fetch_url("http://slow.example/")
    assert given and given[0] <= 1.05


def test_connects_to_the_checked_address_with_the_original_host(fixture_server, resolver):
    answers, asked = resolver
    # A rebinding resolver: the second answer would be private, but there is no second lookup.
    answers["news.test"] = ["127.0.0.1", "10.0.0.1"]
    fixture_server.serve("/a", ARTICLE)
    port = fixture_server.httpd.server_address[1]
    page = fetch_url(f"http://news.test:{port}/a")
    assert page.body == ARTICLE.encode()
    assert asked == ["news.test"]
    assert fixture_server.requests[0].headers["Host"] == f"news.test:{port}"


def test_a_name_resolving_to_a_private_address_is_refused(resolver):
    answers, _ = resolver
    answers["intranet.test"] = ["10.1.2.3"]
    with pytest.raises(FetchError, match="intranet.test resolves to 10.1.2.3, which is a private"):
        fetch_url("https://intranet.test/")


@pytest.fixture
def tls_server(tmp_path, settings):
    """An HTTPS server on 127.0.0.1 with a self-signed certificate for news.test."""
    if not shutil.which("openssl"):
        pytest.skip("needs the openssl command to make a certificate")
    cert, key = tmp_path / "cert.pem", tmp_path / "key.pem"
    subprocess.run(
        ["openssl", "req", "-x509", "-newkey", "rsa:2048", "-nodes", "-days", "1"]
        + ["-keyout", key, "-out", cert, "-subj", "/CN=news.test"]
        + ["-addext", "subjectAltName=DNS:news.test"],
        check=True,
        capture_output=True,
    )
    settings.FETCH_ALLOWED_TEST_HOSTS = ["127.0.0.1"]
    server = FixtureServer()
    server.serve("/a", "over tls", content_type="text/plain")
    context = ssl.SSLContext(ssl.PROTOCOL_TLS_SERVER)
    context.load_cert_chain(cert, key)
    server.sni = []
    context.sni_callback = lambda _socket, name, _context: server.sni.append(name)
    server.httpd.socket = context.wrap_socket(server.httpd.socket, server_side=True)
    server.cert = cert
    yield server
    server.close()


def test_https_keeps_the_hostname_for_sni_and_certificate(tls_server, resolver, monkeypatch):
    answers, _ = resolver
    port = tls_server.httpd.server_address[1]
    answers["news.test"] = ["127.0.0.1", "127.0.0.1"]
    with pytest.raises(FetchError, match="TLS error talking to news.test: .*CERTIFICATE_VERIFY"):
        fetch_url(f"https://news.test:{port}/a")
    monkeypatch.setenv("SSL_CERT_FILE", str(tls_server.cert))
    assert fetch_url(f"https://news.test:{port}/a").body == b"over tls"
    assert tls_server.sni == ["news.test", "news.test"]
    assert tls_server.requests[-1].headers["Host"] == f"news.test:{port}"
