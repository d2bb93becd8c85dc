import http.client
import socket
import threading
import time

from tests.http_fixtures import FixtureServer


def get(connection, path) -> bytes:
    connection.request("GET", path)
    return connection.getresponse().read()


def test_close_hangs_up_on_kept_alive_connections_and_drips():
    threads = threading.active_count()
    server = FixtureServer()
    server.serve("/a", "hi")
    server.serve("/drip", "x" * 100, drip=(1, 1))
    port = server.httpd.server_address[1]
    idle = http.client.HTTPConnection("127.0.0.1", port, timeout=5)
    assert get(idle, "/a") == b"hi"
    dripping = socket.create_connection(("127.0.0.1", port))
    dripping.sendall(b"GET /drip HTTP/1.1\r\nHost: fixture\r\n\r\n")
    while len(server.requests) < 2:
        time.sleep(0.01)
    started = time.monotonic()
    server.close()
    assert time.monotonic() - started < 5
    assert threading.active_count() <= threads + 1  # only the serving thread may still be ending
    assert idle.sock.recv(4096) == b""
    idle.close()
    dripping.close()


def test_requests_on_one_connection_share_its_number():
    server = FixtureServer()
    server.serve("/a", "hi")
    port = server.httpd.server_address[1]
    first = http.client.HTTPConnection("127.0.0.1", port, timeout=5)
    second = http.client.HTTPConnection("127.0.0.1", port, timeout=5)
    assert [get(first, "/a"), get(first, "/a"), get(second, "/a")] == [b"hi"] * 3
    first.close()
    second.close()
    server.close()
    assert [r.connection for r in server.requests] == [1, 1, 2]
