"""The filter form: reads untrusted query parameters into `Filters`, ignoring bad values."""

from django import forms

from .models import Actor, Issue, Negotiation
from .queries import Cursor, Filters

KIND_CHOICES = [
    ("statement", "Statements"),
    ("meeting", "Meetings"),
    ("proposal", "Proposals"),
    ("response", "Responses"),
]
MAX_ACTORS = 20


class CursorField(forms.CharField):
    """A timeline position such as `2025-03-16.4.123`."""

    def clean(self, value):
        value = super().clean(value)
        if not value:
            return None
        try:
            return Cursor.parse(value)
        except (ValueError, OverflowError) as exc:
            raise forms.ValidationError("Not a position in the timeline.") from exc


class ActorsField(forms.Field):
    """Several actors, each named by slug, name or alias; empty entries are skipped."""

    widget = forms.MultipleHiddenInput

    def clean(self, value):
        names = [v.strip() for v in (value or []) if v and v.strip()]
        if not names:
            return ()
        if len(names) > MAX_ACTORS or any(len(n) > 200 or "\x00" in n for n in names):
            raise forms.ValidationError(f"Choose at most {MAX_ACTORS} actors by name.")
        actors = list(Actor.objects.resolve(names))
        known = {a.slug for a in actors} | {a.name for a in actors}
        unknown = [n for n in names if n not in known]
        if unknown and len(actors) < len(names):
            raise forms.ValidationError(f"No actor called “{unknown[0]}”.")
        return tuple(actors)


class ListedChoiceIterator(forms.models.ModelChoiceIterator):
    """Choices read with one plain query, not `iterator()`."""

    def __iter__(self):
        # On PostgreSQL iterator() opens a server-side cursor: three round trips for a few rows.
        if self.field.empty_label is not None:
            yield ("", self.field.empty_label)
        for obj in self.queryset:
            yield self.choice(obj)


class ListedChoiceField(forms.ModelChoiceField):
    """A choice of one of a short list of rows (negotiations, issues)."""

    iterator = ListedChoiceIterator

    @property
    def options(self) -> list[tuple[str, str]]:
        """(value, label) of each choice in one read, for a template to loop over (a loop over
        `choices` would count them first)."""
        return [(str(value), label) for value, label in self.choices]


class TimelineFilterForm(forms.Form):
    """Filters for the timeline and the actor page; every field optional."""

    q = forms.CharField(label="Search", max_length=200, required=False)
    negotiation = ListedChoiceField(
        Negotiation.objects.all(), to_field_name="slug", required=False, empty_label="All"
    )
    actor = ActorsField(required=False)
    type = forms.MultipleChoiceField(
        choices=KIND_CHOICES, required=False, widget=forms.CheckboxSelectMultiple
    )
    # Only issues some statement names: every choice returns records.
    issue = ListedChoiceField(
        Issue.objects.filter(pk__in=Issue.statements.through.objects.values("issue_id")),
        to_field_name="slug",
        required=False,
        empty_label="All",
    )
    date_from = forms.DateField(label="From", required=False)
    date_to = forms.DateField(label="To", required=False)
    verified = forms.BooleanField(label="Verified only", required=False)
    before = CursorField(required=False, widget=forms.HiddenInput)
    since = CursorField(required=False, widget=forms.HiddenInput)

    def clean(self):
        data = super().clean()
        start, end = data.get("date_from"), data.get("date_to")
        if start and end and start > end:
            self.add_error("date_to", "The end date is before the start date.")
            del data["date_from"]
        return data

    def filters(self) -> Filters:
        """The valid filters; invalid ones are dropped (their errors stay on the form)."""
        if not self.is_bound:
            return Filters()
        self.is_valid()
        data = self.cleaned_data
        return Filters(
            negotiation=data.get("negotiation"),
            actors=data.get("actor") or (),
            kinds=tuple(data.get("type") or ()),
            issue=data.get("issue"),
            date_from=data.get("date_from"),
            date_to=data.get("date_to"),
            verified=bool(data.get("verified")),
            q=(data.get("q") or "").strip(),
        )

    def cursor(self, name: str):
        """The valid `before`/`since` cursor, or None."""
        self.is_valid()
        return self.cleaned_data.get(name)
