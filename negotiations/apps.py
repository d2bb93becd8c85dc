from django.apps import AppConfig


class NegotiationsConfig(AppConfig):
    name = "negotiations"
    verbose_name = "Ceasefire Tracker"
    default_auto_field = "django.db.models.BigAutoField"
