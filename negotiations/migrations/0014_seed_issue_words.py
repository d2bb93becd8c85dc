"""Two canonical issues take more words from the seeds; an issue an editor changed stays."""

from django.db import migrations

# Name: (words as the seeds gave them before, words the seeds give now), one per line.
WIDENED = {
    "peace plan": (
        "peace plan\npeace deal\npeace agreement\npeace proposal\npeace treaty",
        "peace plan\npeace deal\npeace agreement\npeace proposal\npeace treaty\n"
        "framework\nroad map\nroadmap\ntreaty",
    ),
    "peacekeepers and monitors": (
        "peacekeep\nmonitoring mission\nobserver mission\nmonitors",
        "peacekeep\nmonitoring mission\nobserver mission\nmonitors\n"
        "monitoring\nobservers\nverification",
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
    dependencies = [("negotiations", "0013_search_indexes")]

    operations = [migrations.RunPython(widen, narrow)]
