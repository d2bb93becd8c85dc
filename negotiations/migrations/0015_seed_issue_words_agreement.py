"""The peace plan issue takes "agreement" and "deal" from the seeds; an edited issue stays."""

from importlib import import_module

from django.db import migrations

# Name: (words as the seeds gave them before, words the seeds give now), one per line.
WIDENED = {
    "peace plan": (
        "peace plan\npeace deal\npeace agreement\npeace proposal\npeace treaty\n"
        "framework\nroad map\nroadmap\ntreaty",
        "peace plan\npeace deal\npeace agreement\npeace proposal\npeace treaty\n"
        "framework\nroad map\nroadmap\ntreaty\nagreement\ndeal",
    ),
}


widen, narrow = import_module("negotiations.migrations.0014_seed_issue_words").words_widening(
    WIDENED
)


class Migration(migrations.Migration):
    dependencies = [("negotiations", "0014_seed_issue_words")]

    operations = [migrations.RunPython(widen, narrow)]
