"""Six canonical issues take more words from the seeds (a pause in the fighting, electoral, a
political settlement, decommissioning, laying down arms, verify, negotiate); an edited issue
stays."""

from importlib import import_module

from django.db import migrations

# Name: (words as the seeds gave them before, words the seeds give now), one per line.
WIDENED = {
    "ceasefire": (
        "ceasefire\ncease-fire\ntruce\ncessation\nhalt to fighting\n"
        "halt to the fighting\nend to the fighting\nstop the fighting\n"
        "stop firing\nstop all firing",
        "ceasefire\ncease-fire\ntruce\ncessation\nhalt to fighting\n"
        "halt to the fighting\nend to the fighting\nstop the fighting\n"
        "stop firing\nstop all firing\npause in the fighting\n"
        "pause in fighting\narmistice",
    ),
    "elections": (
        "election",
        "election\nelectoral",
    ),
    "peace plan": (
        "peace plan\npeace deal\npeace agreement\npeace proposal\n"
        "peace treaty\nframework\nroad map\nroadmap\ntreaty\nagreement\ndeal",
        "peace plan\npeace deal\npeace agreement\npeace proposal\n"
        "peace treaty\nframework\nroad map\nroadmap\ntreaty\nagreement\ndeal\n"
        "peace accord\npolitical solution\npolitical settlement\n"
        "peace settlement",
    ),
    "disarmament": (
        "disarm",
        "disarm\ndecommission\ndemobili\nlay down arms\nlay down its\n"
        "lay down their\nlaying down arms\nlaying down its\nlaying down their\n"
        "laid down arms\nlaid down its\nlaid down their\n"
        "hand over its weapons\nhand over their weapons\n"
        "handing over its weapons\nhanding over their weapons\n"
        "surrender its weapons\nsurrender their weapons",
    ),
    "peacekeepers and monitors": (
        "peacekeep\nmonitoring mission\nobserver mission\nmonitors\n"
        "monitoring\nobservers\nverification",
        "peacekeep\nmonitoring mission\nobserver mission\nmonitors\n"
        "monitoring\nobservers\nverification\nverify",
    ),
    "talks": (
        "talks\ndialogue\nnegotiations",
        "talks\ndialogue\nnegotiations\nnegotiate\nnegotiating table\npeace process",
    ),
}


widen, narrow = import_module("negotiations.migrations.0014_seed_issue_words").words_widening(
    WIDENED
)


class Migration(migrations.Migration):
    dependencies = [("negotiations", "0015_seed_issue_words_agreement")]

    operations = [migrations.RunPython(widen, narrow)]
