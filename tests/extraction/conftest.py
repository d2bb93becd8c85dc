import pytest

from negotiations.extraction import default_registry


@pytest.fixture(autouse=True)
def celery_in_process():
    """Extraction is plain Python: no Celery or Django settings to arrange."""
    yield


@pytest.fixture(scope="session")
def registry():
    return default_registry()


@pytest.fixture(autouse=True)
def empty_cache():
    """Extraction uses no cache; this keeps the suite runnable without Django."""
    yield
