import pytest

from negotiations.extraction import Registry, RegistryActor, default_registry, normalize_alias


@pytest.mark.parametrize(
    "alias, expected",
    [
        ("The Kremlin", "kremlin"),
        ("  Zelenskyy's   office ", "zelenskyys office"),
        ("U.S.", "u s"),
        ("Erdoğan", "erdogan"),
        ("İbrahim Kalın", "ibrahim kalin"),
    ],
)
def test_normalize_alias(alias, expected):
    assert normalize_alias(alias) == expected


@pytest.mark.parametrize(
    "surface, expected",
    [
        ("Moscow", "Russia"),
        ("the White House", "United States"),
        ("Kiev", "Ukraine"),
        ("Doha", "Qatar"),
        ("Islamabad", "Pakistan"),
        ("Putin", "Vladimir Putin"),
    ],
)
def test_default_registry_resolves_metonyms(surface, expected):
    assert default_registry().lookup(surface).name == expected


def test_first_actor_keeps_a_shared_alias():
    registry = Registry(
        [RegistryActor("A", "state", aliases=("X",)), RegistryActor("B", "state", aliases=("X",))]
    )
    assert registry.lookup("x").name == "A"
