"""Filters for pages that list many records: what Django's own give, without redoing per
record the work that is the same for all of them."""

from datetime import date
from functools import cache, lru_cache

from django import template
from django.template.defaultfilters import date as date_filter
from django.utils.translation import get_language

register = template.Library()


@register.filter(expects_localtime=True)
def day(value, arg: str) -> str:
    """`value|date:arg`, remembered for plain dates: a list formats the same few days often."""
    if type(value) is not date:
        return date_filter(value, arg)
    return _formatted_day(value, arg, get_language())


@lru_cache(maxsize=4096)
def _formatted_day(value: date, arg: str, language: str) -> str:
    return date_filter(value, arg)


@register.filter
def label(record, field_name: str):
    """What `get_<field>_display` shows, from the field's choices read once (that method
    reads them anew for every record)."""
    value = getattr(record, field_name)
    return _choice_labels(type(record), field_name).get(value, value)


@cache
def _choice_labels(model, field_name: str) -> dict:
    return dict(model._meta.get_field(field_name).flatchoices)
