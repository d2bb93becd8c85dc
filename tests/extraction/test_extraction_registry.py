import pytest

from negotiations.extraction import Registry, RegistryActor, default_registry, normalize_alias
from negotiations.extraction.actors import find_mentions, tokenize


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
        # every sovereign state is known, with its capital and its demonym's bodies
        ("Kampala", "Uganda"),
        ("Eritrean government", "Eritrea"),
        ("the Philippines", "Philippines"),
        ("Juba", "South Sudan"),
        ("Havana", "Cuba"),
        ("Whitehall", "United Kingdom"),
        # seats of government stand for their states as capitals do
        ("Casa de Nariño", "Colombia"),
        ("Ponta Vermelha", "Mozambique"),
        ("His Majesty's Government", "United Kingdom"),
        ("Bankova", "Ukraine"),
        ("Zhongnanhai", "China"),
        ("Aso Rock", "Nigeria"),
        ("Villa Somalia", "Somalia"),
        ("Quai d'Orsay", "France"),
        ("Nay Pyi Taw", "Myanmar"),
        ("Prishtina", "Kosovo"),
        # a bloc's side in talks, as a state's is
        ("the European side", "European Union"),
        # parties and mediators of negotiations a newsroom follows beyond the seeds' first ones
        ("National Liberation Army", "ELN"),
        ("TPLF", "Tigray People's Liberation Front"),
        ("Southern African Development Community", "SADC"),
        ("NUG", "National Unity Government"),
        ("SDF", "Syrian Democratic Forces"),
        ("Sudan People's Liberation Movement-in-Opposition", "SPLM-IO"),
    ],
)
def test_default_registry_resolves_metonyms(surface, expected):
    assert default_registry().lookup(surface).name == expected


def test_first_actor_keeps_a_shared_alias():
    registry = Registry(
        [RegistryActor("A", "state", aliases=("X",)), RegistryActor("B", "state", aliases=("X",))]
    )
    assert registry.lookup("x").name == "A"


def test_extended_registry_adds_without_touching_its_parent():
    parent = Registry([RegistryActor("Pakistan", "state", aliases=("Islamabad",))])
    child = parent.extended(
        [
            RegistryActor("Ishaq Dar", "person", aliases=("Dar",)),
            RegistryActor("Other", "state", aliases=("Islamabad",)),
        ]
    )
    assert child.lookup("Dar").name == "Ishaq Dar"
    assert child.lookup("Islamabad").name == "Pakistan"
    assert child.has_prefix("ishaq") and not parent.has_prefix("ishaq")
    assert parent.lookup("Dar") is None and "Ishaq Dar" not in parent.actors


LOWER_CASE_NAMES = Registry(
    [
        RegistryActor("Contact Group on Libya", "group", aliases=("contact group on Libya",)),
        RegistryActor("Ana Ruiz", "person", aliases=("foreign minister Ana Ruiz",)),
    ]
)


@pytest.mark.parametrize(
    "text, expected",
    [
        # a body's name the registry writes in lower case is found however it is capitalised
        (
            "Leaders of the contact group on Libya met in Rome.",
            [("Contact Group on Libya", "contact group on Libya")],
        ),
        (
            "The Contact Group on Libya met in Rome.",
            [("Contact Group on Libya", "Contact Group on Libya")],
        ),
        # a person's alias opens with a capital as ever: "foreign minister" begins no name
        ("The foreign minister, Ana Ruiz, spoke.", [("Ana Ruiz", "Ana Ruiz")]),
    ],
)
def test_a_body_s_name_the_registry_writes_in_lower_case_needs_no_capital(text, expected):
    mentions = find_mentions(tokenize(text), LOWER_CASE_NAMES, text)
    assert [(m.actor.name, m.surface) for m in mentions] == expected
