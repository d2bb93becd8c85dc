"""Text handed in as bytes, by upload or to the ingest command: one size limit, one decoding."""

from __future__ import annotations

from django.core.exceptions import ValidationError

from .limits import MAX_BYTES, TOO_LARGE

# Text may hold tabs, newlines and form feeds; other control characters mean binary.
CONTROL_CHARACTERS = {chr(c) for c in range(32)} - set("\t\n\r\f") | {"\x7f"}


def read_text(file) -> str:
    """The text of a binary file object, refused unread past MAX_BYTES."""
    raw = file.read(MAX_BYTES + 1)
    if len(raw) > MAX_BYTES:
        raise ValidationError(TOO_LARGE)
    return decode_text(raw)


def decode_text(raw: bytes) -> str:
    """Decode UTF-8 (with or without BOM), UTF-16 with BOM, or Windows-1252 text."""
    if raw.startswith((b"\xff\xfe", b"\xfe\xff")):
        candidates = ["utf-16"]
    else:
        candidates = ["utf-8-sig", "cp1252"]
    for encoding in candidates:
        try:
            text = raw.decode(encoding)
        except UnicodeDecodeError:
            continue
        if CONTROL_CHARACTERS.intersection(text):
            raise ValidationError("This looks like a binary file, not text or HTML.")
        return text
    raise ValidationError("This is not UTF-8, UTF-16 or Windows-1252 text.")
