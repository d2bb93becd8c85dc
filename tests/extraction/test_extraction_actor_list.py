"""The actors an extraction lists for its article: those that play a part in its records,
then the people and bodies it names in passing, but no venue's or demonym's state, no outlet
and no name the article only seems to give."""

from datetime import date

from negotiations.extraction import Document, extract

TEXT = (
    "BOGOTA - Colombian and ELN negotiators resumed talks in Caracas on Monday.\n"
    "Colombia's chief negotiator, Vera Grabe, said a bilateral ceasefire was within reach.\n"
    "The United Nations verification mission, led by Carlos Ruiz Massieu, will monitor any "
    "truce, and Norwegian Foreign Minister Espen Barth Eide is expected in Bogota next week.\n"
    "The talks were first reported by El Tiempo on Sunday.\n"
    "Meanwhile, in the Catatumbo region, Arauca Valley farmers said the fighting had eased."
)


def listed(registry):
    extraction = extract(Document(text=TEXT, published=date(2025, 6, 2)), registry)
    return [actor.name for actor in extraction.actors]


def test_the_actors_that_play_a_part_come_first(registry):
    assert set(listed(registry)[:3]) == {"Colombia", "ELN", "Vera Grabe"}


def test_people_and_bodies_named_in_passing_follow(registry):
    assert {"United Nations", "Espen Barth Eide"} <= set(listed(registry)[3:])


def test_no_state_named_only_as_a_venue_or_demonym_no_outlet_and_no_guessed_name(registry):
    names = set(listed(registry))
    assert not names & {"Venezuela", "Norway", "El Tiempo", "Arauca Valley"}
