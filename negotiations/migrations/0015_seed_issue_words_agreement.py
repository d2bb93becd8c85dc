"""The peace plan issue takes "agreement" and "deal" from the seeds; an edited issue stays."""

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


def widen(apps, schema_editor):
    Issue = apps.get_model("negotiations", "Issue")
    for name, (before, now) in WIDENED.items():
        Issue.objects.filter(name=name, words=before).update(words=now)


def narrow(apps, schema_editor):
    Issue = apps.get_model("negotiations", "Issue")
    for name, (before, now) in WIDENED.items():
        Issue.objects.filter(name=name, words=now).update(words=before)


class Migration(migrations.Migration):
    dependencies = [("negotiations", "0014_seed_issue_words")]

    operations = [migrations.RunPython(widen, narrow)]
