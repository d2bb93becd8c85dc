"""Record page paths: what reverse() gives, under any script prefix."""

import pytest
from django.urls import clear_script_prefix, reverse, set_script_prefix

from negotiations.links import page_path


@pytest.mark.parametrize(
    "urlname, keys",
    [
        ("timeline", ()),
        ("actor_detail", ("hakan-fidan",)),
        ("meeting_detail", (42,)),
        ("record_sources", ("response", 7)),
    ],
)
@pytest.mark.parametrize("prefix", ["/", "/tracker/"])
def test_page_path_is_what_reverse_gives(urlname, keys, prefix):
    set_script_prefix(prefix)
    try:
        assert page_path(urlname, *keys) == reverse(urlname, args=keys)
        assert page_path(urlname, *keys).startswith(prefix)
    finally:
        clear_script_prefix()
