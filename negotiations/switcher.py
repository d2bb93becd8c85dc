"""The negotiation switcher every page carries: the negotiations, and the one chosen."""

from .models import Negotiation

# Query parameters that belong to one page of results, not to the view a reader chose.
PAGING = {"negotiation", "before", "since"}


def negotiation_switcher(request) -> dict:
    """Template context for the switcher: choices, the current one, and the other filters."""
    if request.path.startswith("/admin/"):
        return {}
    chosen = request.GET.get("negotiation", "")
    kept = [
        (key, value)
        for key, values in request.GET.lists()
        if key not in PAGING
        for value in values
        if value
    ]
    choices = Negotiation.objects.order_by("name").values_list("slug", "name")
    return {"switcher": {"choices": list(choices), "chosen": chosen, "kept": kept}}
