"""The timeline page: full and htmx renders, filters, keyset paging, search, polling."""

import re
from datetime import date, timedelta

import pytest
from django.urls import reverse

from negotiations.models import Statement
from negotiations.page_cache import bump_scopes
from tests import factories

pytestmark = pytest.mark.django_db
HTMX = {"HTTP_HX_REQUEST": "true"}


def say(text, speaker=None, **fields):
    """A statement whose reported words are `text`."""
    return factories.statement(speaker, text=text, content=text, **fields)


def htmx(target):
    return {**HTMX, "HTTP_HX_TARGET": target}


def test_empty_timeline_says_what_to_do(client):
    response = client.get(reverse("timeline"))
    assert response.status_code == 200
    assert "No records yet — ingest an article" in response.content.decode()


def test_timeline_lists_every_type_grouped_by_day_newest_first(client):
    minister = factories.actor("Foreign Minister")
    say(speaker=minister, text="The minister said talks would resume.", said_on=date(2025, 3, 16))
    factories.meeting([minister], title="Call with envoy", date=date(2025, 3, 18))
    proposal = factories.proposal("Energy truce", proposer=minister, first_seen=date(2025, 3, 11))
    factories.response(proposal, minister, responded_on=date(2025, 3, 17))
    html = client.get(reverse("timeline")).content.decode()
    order = [
        html.index(s) for s in ("18 March 2025", "17 March 2025", "16 March 2025", "11 March 2025")
    ]
    assert order == sorted(order)
    assert "Call with envoy" in html and "Energy truce" in html
    assert "talks progressing" not in html
    assert 'href="/actors/foreign-minister/"' in html
    assert "1 source" in html
    assert response_vary(client.get(reverse("timeline")))


def response_vary(response):
    return "HX-Request" in response["Vary"]


def test_htmx_filter_request_gets_only_the_results_region(client):
    say(text="Envoy said the border should reopen.")
    factories.index_statements()
    response = client.get(reverse("timeline"), {"q": "border"}, **htmx("results"))
    html = response.content.decode()
    assert html.lstrip().startswith('<div id="results"')
    assert "<form" not in html and "border should reopen" in html


def test_history_restore_gets_the_whole_page(client):
    response = client.get(reverse("timeline"), **HTMX, HTTP_HX_HISTORY_RESTORE_REQUEST="true")
    assert "<html" in response.content.decode()


def test_actor_filter_shows_only_that_actors_items(client):
    alice, bob = factories.actor("Alice Envoy"), factories.actor("Bob Minister")
    say(speaker=alice, text="Alice said yes.")
    say(speaker=bob, text="Bob said no.")
    factories.meeting([bob], title="Bob's call")
    html = client.get(reverse("timeline"), {"actor": "alice-envoy"}).content.decode()
    assert "Alice said yes." in html
    assert "Bob said no." not in html and "Bob&#x27;s call" not in html


def test_several_actors_by_slug_or_name(client):
    alice, bob = factories.actor("Alice Envoy"), factories.actor("Bob Minister")
    carol = factories.actor("Carol Mediator")
    for person in (alice, bob, carol):
        say(speaker=person, text=f"{person.name} spoke.")
    html = client.get(reverse("timeline"), {"actor": ["alice-envoy", "Bob Minister", ""]})
    html = html.content.decode()
    assert "Alice Envoy spoke." in html and "Bob Minister spoke." in html
    assert "Carol Mediator spoke." not in html


@pytest.mark.parametrize(
    "params, shown, hidden",
    [
        ({"type": "meeting"}, ["Summit in Geneva"], ["Spokesman said calm."]),
        ({"type": ["statement", "proposal"]}, ["Spokesman said calm.", "Grain deal"], ["Summit"]),
        ({"date_from": "2025-03-17", "date_to": "2025-03-19"}, ["Summit"], ["Spokesman said"]),
        ({"verified": "on"}, ["Grain deal"], ["Spokesman said calm.", "Summit"]),
        ({"issue": "prisoners"}, ["Spokesman said calm."], ["Grain deal", "Summit"]),
        ({"negotiation": "black-sea"}, ["Summit"], ["Spokesman said calm.", "Grain deal"]),
        ({"q": "Geneva"}, ["Summit in Geneva"], ["Grain deal"]),
    ],
)
def test_filters(client, params, shown, hidden):
    black_sea = factories.negotiation("Black Sea")
    issue = factories.issue("Prisoners")
    statement = say(text="Spokesman said calm.", said_on=date(2025, 3, 16))
    statement.issues.add(issue)
    factories.meeting(title="Summit in Geneva", date=date(2025, 3, 18), negotiation=black_sea)
    factories.proposal("Grain deal", verified=True)
    html = client.get(reverse("timeline"), params).content.decode()
    for text in shown:
        assert text in html
    for text in hidden:
        assert text not in html


def selected_in_filters(response) -> list[str]:
    """The values chosen in the filter form's lists."""
    form = re.search(r'<form class="filters".*?</form>', response.content.decode(), re.S)
    return re.findall(r'<option value="([^"]*)" selected>', form.group())


def test_the_chosen_negotiation_and_issue_stay_selected(client):
    factories.negotiation("Black Sea")
    factories.negotiation("Nile Basin")
    say(text="Spokesman said calm.").issues.add(factories.issue("Prisoners"))
    chosen = client.get(reverse("timeline"), {"negotiation": "nile-basin", "issue": "prisoners"})
    assert selected_in_filters(chosen) == ["nile-basin", "prisoners"]
    unknown = client.get(reverse("timeline"), {"negotiation": "no-such"})
    assert selected_in_filters(unknown) == [""]  # the issue's "All"; no negotiation is


@pytest.mark.parametrize(
    "params",
    [
        {"date_from": "yesterday"},
        {"date_from": "2025-03-20", "date_to": "2025-03-01"},
        {"actor": "nobody-at-all"},
        {"negotiation": "no-such"},
        {"type": "tweet"},
        {"before": "not-a-cursor"},
        {"before": "2025-13-45.1.2"},
        {"since": "9999999999999999999999.1.1"},
        {"issue": "\x00"},
    ],
)
def test_bad_filter_values_are_reported_not_500(client, params):
    say(text="Still listed.")
    response = client.get(reverse("timeline"), params)
    assert response.status_code == 200
    html = response.content.decode()
    assert "Some filters were ignored" in html
    assert "Still listed." in html


@pytest.mark.parametrize(
    "q",
    [
        '"unbalanced',
        "&|!",
        "a & | ! ( ) :* <->",
        "x" * 10_000,
        "nul\x00byte",
        "' OR 1=1 --",
        "%_\\",
    ],
)
def test_hostile_search_strings_never_error(client, q):
    say(text="Ordinary words.")
    assert client.get(reverse("timeline"), {"q": q}).status_code == 200
    assert client.get(reverse("timeline"), {"q": q}, **htmx("results")).status_code == 200


def test_search_finds_statements_and_titles(client):
    say(text="The envoy said the corridor would open.")
    say(text="Nothing related.")
    factories.proposal("Humanitarian corridor plan")
    factories.index_statements()
    html = client.get(reverse("timeline"), {"q": "corridor"}).content.decode()
    assert "corridor would open" in html and "Humanitarian corridor plan" in html
    assert "Nothing related." not in html


def test_scrolling_pages_by_keyset_until_the_end(client, settings):
    speaker = factories.actor("Speaker")
    start = date(2025, 1, 1)
    for i in range(70):
        say(speaker=speaker, text=f"Item number {i:03d}.", said_on=start + timedelta(days=i // 3))
    seen, url, pages = [], reverse("timeline"), 0
    while url:
        response = client.get(url, **(htmx("load-more") if pages else {}))
        html = response.content.decode()
        seen += [f"{n:03d}" for n in range(70) if f"Item number {n:03d}." in html]
        url = response.context_data["page"].next_cursor and reverse("timeline") + "?before=" + str(
            response.context_data["page"].next_cursor
        )
        pages += 1
    assert pages == 3
    assert sorted(seen) == [f"{n:03d}" for n in range(70)] and len(seen) == 70


def test_load_more_link_works_without_javascript(client):
    speaker = factories.actor("Speaker")
    for i in range(31):
        say(speaker=speaker, text=f"Line {i}.", said_on=date(2025, 1, 1) + timedelta(days=i))
    html = client.get(reverse("timeline")).content.decode()
    assert 'id="load-more"' in html and 'href="?before=2025-01-02.1.' in html
    assert 'hx-trigger="revealed, click"' in html


def test_load_more_fragment_continues_a_day_without_repeating_its_heading(client):
    speaker = factories.actor("Speaker")
    for i in range(35):
        say(speaker=speaker, text=f"Same day {i}.", said_on=date(2025, 2, 2))
    first = client.get(reverse("timeline"))
    cursor = first.context["page"].next_cursor
    more = client.get(reverse("timeline"), {"before": str(cursor)}, **htmx("load-more"))
    html = more.content.decode()
    assert "<form" not in html and "day-heading" not in html
    assert html.count('class="entry entry-statement"') == 5


def test_poll_counts_new_items_above_the_readers_newest(client, settings):
    settings.PAGE_COALESCE_SECONDS = 0  # the poll answers each write at once
    speaker = factories.actor("Speaker")
    factories.statement(speaker, said_on=date(2025, 3, 1))
    since = client.get(reverse("timeline")).context["since"]
    nothing = client.get(reverse("timeline"), {"since": str(since)}, **htmx("poller"))
    assert "new item" not in nothing.content.decode()
    factories.statement(speaker, said_on=date(2025, 3, 2))
    factories.statement(speaker, said_on=date(2025, 2, 1))
    bump_scopes([])  # as the ingestion service does when it stores records
    polled = client.get(reverse("timeline"), {"since": str(since)}, **htmx("poller"))
    html = polled.content.decode()
    assert html.lstrip().startswith('<div id="poller"')
    assert "1 new item — show" in html


def test_chart_bars_link_to_their_day(client):
    factories.statement(said_on=date(2025, 3, 16))
    factories.statement(said_on=date(2025, 3, 16))
    factories.meeting(date=date(2025, 3, 18))
    html = client.get(reverse("timeline")).content.decode()
    assert "<svg" in html
    assert 'href="?date_from=2025-03-16&amp;date_to=2025-03-16"' in html
    assert "16 Mar 2025: 2 records" in html
    narrowed = client.get(reverse("timeline"), {"type": "meeting", "date_to": "2025-03-31"})
    bar = 'href="?type=meeting&amp;date_from=2025-03-18&amp;date_to=2025-03-18"'
    assert bar in narrowed.content.decode()


def test_a_searched_chart_loads_after_the_list(client):
    say("Both sides agreed on a corridor for grain.", said_on=date(2025, 3, 16))
    say("The envoy spoke of prisoners.", said_on=date(2025, 3, 17))
    factories.index_statements()
    html = client.get(reverse("timeline"), {"q": "corridor"}).content.decode()
    assert "grain" in html and "<svg" not in html
    assert 'hx-get="?q=corridor" hx-trigger="load"' in html
    assert 'href="?q=corridor&amp;chart=show"' in html  # without JavaScript

    region = client.get(reverse("timeline"), {"q": "corridor"}, **htmx("chart")).content.decode()
    assert region.lstrip().startswith('<div id="chart">') and "<svg" in region
    assert "16 Mar 2025: 1 record" in region and "grain" not in region

    shown = client.get(reverse("timeline"), {"q": "corridor", "chart": "show"}).content.decode()
    assert "16 Mar 2025: 1 record" in shown and "grain" in shown


def test_sources_partial_and_page(client):
    statement = say(text="The envoy said <b>yes</b>.")
    url = reverse("record_sources", args=["statement", statement.pk])
    partial = client.get(url, **HTMX).content.decode()
    assert "<html" not in partial and "Example News" in partial
    assert "&lt;b&gt;yes&lt;/b&gt;" in partial
    assert "<html" in client.get(url).content.decode()
    assert client.get(reverse("record_sources", args=["tweet", 1])).status_code == 404
    assert client.get(reverse("record_sources", args=["statement", 999999])).status_code == 404


def test_timeline_escapes_extracted_text(client):
    factories.statement(
        text="<script>alert(1)</script> said",
        content="<img src=x onerror=alert(1)>",
        mode=Statement.Mode.DIRECT,
    )
    factories.statement(text="<script>alert(2)</script> said, reportedly")
    html = client.get(reverse("timeline")).content.decode()
    assert "<img src=x" not in html and "&lt;img src=x" in html
    assert "<script>alert(2)" not in html and "&lt;script&gt;alert(2)" in html


def test_statement_count_is_independent_of_ordering_of_ties(client):
    speaker = factories.actor("Speaker")
    for _ in range(3):
        factories.statement(speaker, said_on=None)
    html = client.get(reverse("timeline")).content.decode()
    assert Statement.objects.count() == 3
    assert "No records yet" in html


def test_filtered_results_push_a_clean_shareable_url(client):
    params = {"q": "", "actor": ["", "nobody"], "type": "meeting", "date_from": ""}
    response = client.get(reverse("timeline"), params, **htmx("results"))
    assert response["HX-Push-Url"] == "/timeline/?actor=nobody&type=meeting"


@pytest.mark.parametrize("q", ["corridor closed", "closed corridor", "Bob corridor"])
def test_a_search_of_several_words_finds_records_with_all_of_them(client, q):
    bob = factories.actor("Bob Minister")
    factories.statement(
        bob, text="Bob said the corridor is closed.", content="the corridor is closed"
    )
    factories.statement(bob, text="Bob said the border is closed.", content="the border is closed")
    factories.index_statements()
    html = client.get(reverse("timeline"), {"q": q}).content.decode()
    assert "the corridor is closed" in html and "the border is closed" not in html
