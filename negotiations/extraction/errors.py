"""The one exception the extraction package raises on bad input."""


class ExtractionError(ValueError):
    """Input that cannot be read as an article (binary data, empty text, broken markup)."""
