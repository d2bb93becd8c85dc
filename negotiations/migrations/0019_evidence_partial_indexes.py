"""Evidence's record keys indexed only where set, and its report key without a pattern index.

Only the indexes change on the database: the new ones are built before the old ones go, on
PostgreSQL concurrently, so that a large evidence table stays readable and writable meanwhile
(altering the fields would drop and check again every foreign key, locking the record tables).
"""

import django.db.models.deletion
from django.db import migrations, models

RECORDS = {
    "statement": "6c32cede",
    "proposal": "e2eb3238",
    "response": "9d92e4bc",
    "meeting": "3136da58",
    "position": "08170575",
}
NEW = {
    **{
        f"evidence_of_{record}": f'("{record}_id") WHERE "{record}_id" IS NOT NULL'
        for record in RECORDS
    },
    "evidence_report_key": '("report_key")',
}
# The indexes the fields' db_index made (their names are the same on every database).
OLD = {
    **{
        f"negotiations_evidence_{record}_id_{digest}": f'("{record}_id")'
        for record, digest in RECORDS.items()
    },
    "negotiations_evidence_report_key_771f4714": '("report_key")',
}
OLD_POSTGRESQL = {
    "negotiations_evidence_report_key_771f4714_like": '("report_key" varchar_pattern_ops)'
}


def swap(schema_editor, build: dict, drop: list) -> None:
    concurrently = " CONCURRENTLY" if schema_editor.connection.vendor == "postgresql" else ""
    for name, columns in build.items():
        schema_editor.execute(
            f'CREATE INDEX{concurrently} IF NOT EXISTS "{name}" ON "negotiations_evidence" {columns}'
        )
    for name in drop:
        schema_editor.execute(f'DROP INDEX{concurrently} IF EXISTS "{name}"')


def forwards(apps, schema_editor):
    swap(schema_editor, NEW, [*OLD, *OLD_POSTGRESQL])


def backwards(apps, schema_editor):
    old = dict(OLD)
    if schema_editor.connection.vendor == "postgresql":
        old |= OLD_POSTGRESQL
    swap(schema_editor, old, list(NEW))


class Migration(migrations.Migration):
    atomic = False

    dependencies = [
        ("negotiations", "0018_ingestjob_run_by"),
    ]

    operations = [
        migrations.SeparateDatabaseAndState(
            database_operations=[migrations.RunPython(forwards, backwards)],
            state_operations=[
                migrations.AlterField(
                    model_name="evidence",
                    name="meeting",
                    field=models.ForeignKey(
                        blank=True,
                        db_index=False,
                        null=True,
                        on_delete=django.db.models.deletion.CASCADE,
                        related_name="evidence",
                        to="negotiations.meeting",
                    ),
                ),
                migrations.AlterField(
                    model_name="evidence",
                    name="position",
                    field=models.ForeignKey(
                        blank=True,
                        db_index=False,
                        null=True,
                        on_delete=django.db.models.deletion.CASCADE,
                        related_name="evidence",
                        to="negotiations.position",
                    ),
                ),
                migrations.AlterField(
                    model_name="evidence",
                    name="proposal",
                    field=models.ForeignKey(
                        blank=True,
                        db_index=False,
                        null=True,
                        on_delete=django.db.models.deletion.CASCADE,
                        related_name="evidence",
                        to="negotiations.proposal",
                    ),
                ),
                migrations.AlterField(
                    model_name="evidence",
                    name="report_key",
                    field=models.CharField(
                        blank=True,
                        help_text="The key of the extracted report it came with; the article's report of the same key goes to the same record again.",
                        max_length=200,
                    ),
                ),
                migrations.AlterField(
                    model_name="evidence",
                    name="response",
                    field=models.ForeignKey(
                        blank=True,
                        db_index=False,
                        null=True,
                        on_delete=django.db.models.deletion.CASCADE,
                        related_name="evidence",
                        to="negotiations.proposalresponse",
                    ),
                ),
                migrations.AlterField(
                    model_name="evidence",
                    name="statement",
                    field=models.ForeignKey(
                        blank=True,
                        db_index=False,
                        null=True,
                        on_delete=django.db.models.deletion.CASCADE,
                        related_name="evidence",
                        to="negotiations.statement",
                    ),
                ),
                migrations.AddIndex(
                    model_name="evidence",
                    index=models.Index(
                        condition=models.Q(("statement__isnull", False)),
                        fields=["statement"],
                        name="evidence_of_statement",
                    ),
                ),
                migrations.AddIndex(
                    model_name="evidence",
                    index=models.Index(
                        condition=models.Q(("proposal__isnull", False)),
                        fields=["proposal"],
                        name="evidence_of_proposal",
                    ),
                ),
                migrations.AddIndex(
                    model_name="evidence",
                    index=models.Index(
                        condition=models.Q(("response__isnull", False)),
                        fields=["response"],
                        name="evidence_of_response",
                    ),
                ),
                migrations.AddIndex(
                    model_name="evidence",
                    index=models.Index(
                        condition=models.Q(("meeting__isnull", False)),
                        fields=["meeting"],
                        name="evidence_of_meeting",
                    ),
                ),
                migrations.AddIndex(
                    model_name="evidence",
                    index=models.Index(
                        condition=models.Q(("position__isnull", False)),
                        fields=["position"],
                        name="evidence_of_position",
                    ),
                ),
                migrations.AddIndex(
                    model_name="evidence",
                    index=models.Index(fields=["report_key"], name="evidence_report_key"),
                ),
            ],
        ),
    ]
