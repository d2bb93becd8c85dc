"""The record counts (per day, and per actor), kept by triggers, filled from the records
already stored."""

import django.db.models.deletion
from django.db import migrations, models

from negotiations import record_counts


def install(apps, schema_editor):
    record_counts.install_triggers(schema_editor)
    with schema_editor.connection.cursor() as cursor:
        record_counts.rebuild(cursor)


def uninstall(apps, schema_editor):
    record_counts.drop_triggers(schema_editor)


class Migration(migrations.Migration):

    dependencies = [
        ('negotiations', '0011_deleted_sources'),
    ]

    operations = [
        migrations.CreateModel(
            name='RecordCount',
            fields=[
                ('id', models.BigAutoField(auto_created=True, primary_key=True, serialize=False, verbose_name='ID')),
                ('kind', models.CharField(choices=[('statement', 'Statement'), ('response', 'Response'), ('proposal', 'Proposal'), ('meeting', 'Meeting'), ('article', 'Article')], max_length=10)),
                ('day', models.DateField(null=True)),
                ('verified', models.BooleanField()),
                ('n', models.IntegerField(default=0)),
                ('actor', models.ForeignKey(db_constraint=False, db_index=False, null=True, on_delete=django.db.models.deletion.DO_NOTHING, related_name='+', to='negotiations.actor')),
                ('negotiation', models.ForeignKey(db_constraint=False, db_index=False, null=True, on_delete=django.db.models.deletion.DO_NOTHING, related_name='+', to='negotiations.negotiation')),
            ],
        ),
        migrations.CreateModel(
            name='ActorCount',
            fields=[
                ('id', models.BigAutoField(auto_created=True, primary_key=True, serialize=False, verbose_name='ID')),
                ('kind', models.CharField(choices=[('statement', 'Statement'), ('response', 'Response'), ('proposal', 'Proposal (as proposer)'), ('meeting', 'Meeting')], max_length=10)),
                ('n', models.IntegerField(default=0)),
                ('actor', models.ForeignKey(db_constraint=False, db_index=False, on_delete=django.db.models.deletion.DO_NOTHING, related_name='+', to='negotiations.actor')),
                ('negotiation', models.ForeignKey(db_constraint=False, db_index=False, null=True, on_delete=django.db.models.deletion.DO_NOTHING, related_name='+', to='negotiations.negotiation')),
            ],
        ),
        migrations.RunPython(install, uninstall),
    ]
