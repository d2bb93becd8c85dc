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


def words_widening(widened: dict) -> tuple:
    """The forward and backward steps that move each issue of `widened` (name: (words before,
    words now)) from the old seed words to the new, and back, where no editor changed them."""

    def move(apps, source: int, target: int) -> None:
        Issue = apps.get_model("negotiations", "Issue")
        for name, words in widened.items():
            Issue.objects.filter(name=name, words=words[source]).update(words=words[target])

    def widen(apps, schema_editor):
        move(apps, 0, 1)

    def narrow(apps, schema_editor):
        move(apps, 1, 0)

    return widen, narrow


widen, narrow = words_widening(WIDENED)


class Migration(migrations.Migration):
    dependencies = [("negotiations", "0013_search_indexes")]

    operations = [migrations.RunPython(widen, narrow)]
