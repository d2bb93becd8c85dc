"""The cache backends: Redis that degrades while unreachable, and files for the default setup.

While Redis is unreachable, `DegradingRedisCache` answers as an empty cache instead of failing,
and pages render uncached. After a failure it leaves Redis alone for a few seconds rather than
paying a connection attempt on every call, and on the first success after an outage it sends
`cache_recovered`, since writes made meanwhile could not invalidate anything.
"""

from __future__ import annotations

import contextlib
import logging
import os
import tempfile
import time

from django.core.cache.backends.base import DEFAULT_TIMEOUT
from django.core.cache.backends.filebased import FileBasedCache
from django.core.cache.backends.redis import RedisCache
from django.dispatch import Signal
from redis.exceptions import RedisError

log = logging.getLogger(__name__)

# Unreachable, timed out, or refusing (out of memory, a read-only replica): a cache never
# takes a page down.
UNAVAILABLE = (RedisError, OSError)
RETRY_AFTER_SECONDS = 5.0
# Django's file cache lists its folder on every write to see whether it is full: milliseconds
# per write with thousands of pages, and one write for each scope a stored article bumps.
CULL_EVERY_WRITES = 200

cache_recovered = Signal()


class DegradingRedisCache(RedisCache):
    """RedisCache whose calls fall back to "nothing cached" while Redis is down."""

    def __init__(self, server, params):
        super().__init__(server, params)
        self._down_until = 0.0
        self._outage = False

    def ping(self) -> bool:
        """Whether Redis answers now (for the health check; ignores the back-off)."""
        try:
            self._cache.get_client().ping()
        except UNAVAILABLE:
            return False
        return True

    def _call(self, method, fallback, *args, read=False):
        if time.monotonic() < self._down_until:
            return fallback
        try:
            result = method(self, *args)
        except UNAVAILABLE as error:
            if not self._outage:
                log.warning("cache unavailable, serving uncached: %s", error)
            self._outage = True
            self._down_until = time.monotonic() + RETRY_AFTER_SECONDS
            return fallback
        if self._outage:
            self._outage = False
            log.warning("cache reachable again")
            cache_recovered.send(sender=type(self), cache=self)
            if read:  # what it read may predate the outage's writes, now accounted for
                return self._call(method, fallback, *args)
        return result

    def get(self, key, default=None, version=None):
        return self._call(RedisCache.get, default, key, default, version, read=True)

    def get_many(self, keys, version=None):
        return self._call(RedisCache.get_many, {}, keys, version, read=True)

    def has_key(self, key, version=None):
        return self._call(RedisCache.has_key, False, key, version, read=True)

    def add(self, key, value, timeout=DEFAULT_TIMEOUT, version=None):
        return self._call(RedisCache.add, False, key, value, timeout, version)

    def set(self, key, value, timeout=DEFAULT_TIMEOUT, version=None):
        return self._call(RedisCache.set, None, key, value, timeout, version)

    def set_many(self, data, timeout=DEFAULT_TIMEOUT, version=None):
        return self._call(RedisCache.set_many, list(data), data, timeout, version)

    def touch(self, key, timeout=DEFAULT_TIMEOUT, version=None):
        return self._call(RedisCache.touch, False, key, timeout, version)

    def incr(self, key, delta=1, version=None):
        return self._call(RedisCache.incr, None, key, delta, version)

    def delete(self, key, version=None):
        return self._call(RedisCache.delete, False, key, version)

    def delete_many(self, keys, version=None):
        return self._call(RedisCache.delete_many, None, keys, version)

    def clear(self):
        return self._call(RedisCache.clear, None)


class SharedFileCache(FileBasedCache):
    """A file cache that checks whether it is full once every `CULL_EVERY_WRITES` writes, and
    writes an entry without renaming over the one it replaces."""

    _writes = 0

    def set(self, key, value, timeout=DEFAULT_TIMEOUT, version=None):
        """Write the entry to a file of its own, remove the old entry, then rename the file in.

        A rename over an existing file makes ext4 flush the new file to disk first (its
        auto_da_alloc guard), about a millisecond a write, and an article bumps dozens of
        scopes. A reader between the two steps finds no entry: a miss, which every entry here
        allows (a missing scope version starts anew, and no page was stored with it).
        """
        self._createdir()  # the folder may be deleted at any time
        path = self._key_to_file(key, version)
        self._cull()
        descriptor, written = tempfile.mkstemp(dir=self._dir)
        try:
            with open(descriptor, "wb") as file:
                self._write_content(file, timeout, value)
            with contextlib.suppress(FileNotFoundError):
                os.remove(path)
            os.rename(written, path)
        except BaseException:
            with contextlib.suppress(FileNotFoundError):
                os.remove(written)
            raise

    def _cull(self):
        self._writes += 1
        if self._writes % CULL_EVERY_WRITES == 0:
            super()._cull()
