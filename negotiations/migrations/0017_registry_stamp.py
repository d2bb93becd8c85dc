"""The registry's stamp, kept by triggers, so that workers learn of registry changes by reading
one row instead of summing the registry tables."""

from django.db import migrations, models

from negotiations import registry_stamp


def install(apps, schema_editor):
    registry_stamp.install_triggers(schema_editor)


def uninstall(apps, schema_editor):
    registry_stamp.drop_triggers(schema_editor)


class Migration(migrations.Migration):

    dependencies = [
        ('negotiations', '0016_seed_issue_words_settlement'),
    ]

    operations = [
        migrations.CreateModel(
            name='RegistryStamp',
            fields=[
                ('id', models.BigAutoField(auto_created=True, primary_key=True, serialize=False, verbose_name='ID')),
                ('stamp', models.BigIntegerField()),
            ],
        ),
        migrations.RunPython(install, uninstall),
    ]
