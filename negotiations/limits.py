"""The one set of input limits: uploads, pastes, the ingest command and fetched pages share it."""

MEGABYTE = 1024 * 1024
MAX_BYTES = 5 * MEGABYTE
# Decoded text never has more characters than its bytes, so the text limit follows the byte one.
MAX_CHARS = MAX_BYTES
MAX_URL_LENGTH = 2000

# How the limits read on the forms and in every refusal, so people see one number each.
BYTES_STATED = f"{MAX_BYTES / MEGABYTE:g} MB ({MAX_BYTES:,} bytes)"
CHARS_STATED = f"{MAX_CHARS:,} characters"
TOO_LARGE = f"Too large: over {BYTES_STATED}."
TOO_LONG = f"Too long: over {CHARS_STATED}."
