"""Fill a web-benchmark database with synthetic records, generated in SQL (1M statements in
about a minute): actors, articles, statements, meetings, proposals, answers, positions and one
evidence row per record, in the proportions of the original 100k set."""

import time
from datetime import timedelta

PHRASES = [
    "the ceasefire must hold",
    "a humanitarian corridor would open",
    "prisoner exchange talks continue",
    "sanctions relief is premature",
    "monitoring mission is welcome",
    "the energy truce was violated",
    "the grain deal should be extended",
    "withdrawal of heavy weapons is needed",
    "elections cannot be held under fire",
    "the peace plan is a starting point",
]
LOCATIONS = ["Geneva", "Doha", "Istanbul", "Riyadh"]
ISSUES, DAYS = 20, 1095
# Per 100,000 statements, as the benchmark had them before sizes were configurable.
PER_100K = {"actors": 1000, "articles": 20_000, "meetings": 10_000, "proposals": 2_000}

# Columns every extracted record carries, with the values the loader gives them.
RECORD_COLUMNS = "negotiation_id, merge_key, confidence, verified, created_at, updated_at"


def sizes(statements: int) -> dict[str, int]:
    """How many of each record type go with `statements` statements."""
    scale = statements / 100_000
    return {"statements": statements} | {
        kind: max(10, round(n * scale)) for kind, n in PER_100K.items()
    }


def fill(conn, statements: int, today) -> dict[str, int]:
    """Insert the records into an empty, migrated database in one transaction; return sizes."""
    from negotiations.extraction import normalize_alias

    n = sizes(statements)
    started = time.perf_counter()
    first_day = today - timedelta(days=DAYS)
    params = {
        "phrases": PHRASES,
        "locations": LOCATIONS,
        "first_day": first_day,
        "today": today,
        "span": DAYS + 30,
        **n,
    }
    with conn.transaction(), conn.cursor() as cur:
        cur.execute("SELECT setseed(0.7)")
        cur.execute(
            "INSERT INTO negotiations_negotiation (name, slug, description, keywords, created_at) "
            "VALUES ('Bench talks', 'bench-talks', '', '', now())"
        )
        names = [f"Bench Actor {i:05d}" for i in range(n["actors"])]
        with cur.copy(
            "COPY negotiations_actor (name, slug, kind, role, description, reviewed, created_at) "
            "FROM STDIN"
        ) as copy:
            for name in names:
                slug = name.lower().replace(" ", "-")
                copy.write_row((name, slug, "person", "", "", False, "now"))
        actors = cur.execute("SELECT id, name FROM negotiations_actor").fetchall()
        with cur.copy("COPY negotiations_actoralias (actor_id, name, normalized) FROM STDIN") as c:
            for pk, name in actors:
                c.write_row((pk, name, normalize_alias(name)))
        for sql in FILL_SQL:
            cur.execute(sql, params)
    print(f"filled {statements:,} statements in {time.perf_counter() - started:.0f} s", flush=True)
    return n


# Each row draws its random choices once, in a subquery, so related columns agree (the
# speaker's id and the name in the sentence).
FILL_SQL = [
    """
    INSERT INTO negotiations_issue (name, slug, description, words)
    SELECT 'Issue ' || i, 'issue-' || i, '', '' FROM generate_series(0, 19) i
    """,
    """
    INSERT INTO negotiations_article (negotiation_locked, content_hash, outlet, title, author,
        published, reported_on, language, text, raw, created_at)
    SELECT false, encode(sha256(('bench-' || i)::bytea), 'hex'), 'Bench Wire',
        'Bench article ' || i, '', %(first_day)s::date + i %% 1095,
        %(first_day)s::date + i %% 1095, 'en',
        'Bench article ' || i || '. ' || array_to_string(%(phrases)s::text[], ' '), '', now()
    FROM generate_series(0, %(articles)s - 1) i
    """,
    f"""
    INSERT INTO negotiations_statement ({RECORD_COLUMNS}, speaker_id, text, content, mode,
        said_on, search_vector)
    SELECT talks.id, 'bench-s-' || i, 1.0, false, now(), now(), a.ids[k + 1],
        'Bench Actor ' || lpad(k::text, 5, '0') || ' said ' || (%(phrases)s::text[])[p] || '.',
        (%(phrases)s::text[])[p], 'indirect', %(first_day)s::date + d,
        to_tsvector('english', 'Bench Actor ' || lpad(k::text, 5, '0') || ' said '
            || (%(phrases)s::text[])[p] || '. ' || (%(phrases)s::text[])[p])
    FROM (
        SELECT i, floor(random() * %(actors)s)::int AS k, 1 + floor(random() * 10)::int AS p,
            floor(random() * %(span)s)::int AS d
        FROM generate_series(0, %(statements)s - 1) i
    ) s,
    (SELECT array_agg(id ORDER BY id) AS ids FROM negotiations_actor) a,
    (SELECT id FROM negotiations_negotiation) talks
    """,
    """
    INSERT INTO negotiations_statement_issues (statement_id, issue_id)
    SELECT s.id, iss.ids[1 + floor(random() * 20)::int]
    FROM negotiations_statement s, (SELECT array_agg(id) AS ids FROM negotiations_issue) iss
    WHERE s.id %% 3 = 0
    """,
    f"""
    INSERT INTO negotiations_meeting ({RECORD_COLUMNS}, title, kind, date, date_text,
        reported_on, status, location, text)
    SELECT talks.id, 'bench-m-' || i, 1.0, false, now(), now(), 'Talks round ' || i, 'talks',
        %(first_day)s::date + d, '', %(first_day)s::date + d,
        CASE WHEN %(first_day)s::date + d >= %(today)s THEN 'planned' ELSE 'held' END,
        (%(locations)s::text[])[1 + i %% 4], ''
    FROM (
        SELECT i, floor(random() * %(span)s)::int AS d
        FROM generate_series(0, %(meetings)s - 1) i
    ) m, (SELECT id FROM negotiations_negotiation) talks
    """,
    # Three different actors a meeting: k, k + a and k + a + b, with a + b < n.
    """
    INSERT INTO negotiations_meetingparticipant (meeting_id, actor_id, role)
    SELECT m.id, a.ids[1 + (m.k + step) %% %(actors)s], 'participant'
    FROM (
        SELECT id, floor(random() * %(actors)s)::int AS k,
            1 + floor(random() * (%(actors)s / 3))::int AS a,
            1 + floor(random() * (%(actors)s / 3))::int AS b
        FROM negotiations_meeting
    ) m
    CROSS JOIN LATERAL (VALUES (0), (m.a), (m.a + m.b)) steps(step),
    (SELECT array_agg(id ORDER BY id) AS ids FROM negotiations_actor) a
    """,
    f"""
    INSERT INTO negotiations_proposal ({RECORD_COLUMNS}, title, slug, kind, proposer_id,
        first_seen, last_seen, status, text)
    SELECT talks.id, 'bench-p-' || i, 1.0, false, now(), now(),
        'Plan ' || i || ': ' || (%(phrases)s::text[])[1 + floor(random() * 10)::int],
        'bench-plan-' || i, 'ceasefire', a.ids[1 + floor(random() * %(actors)s)::int],
        %(first_day)s::date + d, %(first_day)s::date + d + floor(random() * 60)::int,
        'proposed', ''
    FROM (
        SELECT i, floor(random() * %(span)s)::int AS d
        FROM generate_series(0, %(proposals)s - 1) i
    ) p,
    (SELECT array_agg(id ORDER BY id) AS ids FROM negotiations_actor) a,
    (SELECT id FROM negotiations_negotiation) talks
    """,
    f"""
    INSERT INTO negotiations_proposalresponse ({RECORD_COLUMNS}, proposal_id, actor_id,
        response, responded_on)
    SELECT p.negotiation_id, 'bench-r-' || p.id || '-' || j, 1.0, false, now(), now(), p.id,
        a.ids[1 + floor(random() * %(actors)s)::int],
        (ARRAY['accepted', 'rejected', 'conditional', 'considering'])[1 + floor(random() * 4)::int],
        p.first_seen + 1 + floor(random() * 19)::int
    FROM negotiations_proposal p, generate_series(0, 2) j,
        (SELECT array_agg(id ORDER BY id) AS ids FROM negotiations_actor) a
    """,
    """
    INSERT INTO negotiations_position (merge_key, confidence, verified, created_at, updated_at,
        actor_id, issue_id, stance, as_of, text)
    SELECT 'bench-pos-' || a.id || '-' || j, 1.0, false, now(), now(), a.id,
        iss.ids[1 + floor(random() * 20)::int],
        (ARRAY['support', 'oppose', 'conditional', 'neutral'])[1 + floor(random() * 4)::int],
        %(first_day)s::date + floor(random() * %(span)s)::int, ''
    FROM negotiations_actor a, generate_series(0, 4) j,
        (SELECT array_agg(id) AS ids FROM negotiations_issue) iss
    """,
    *(
        f"""
        INSERT INTO negotiations_evidence (article_id, {field}_id, sentence, start, "end",
            report_key, created_at)
        SELECT art.first + floor(random() * %(articles)s)::int, r.id,
            (%(phrases)s::text[])[1], 0, 20, '', now()
        FROM {table} r, (SELECT min(id) AS first FROM negotiations_article) art
        """
        for field, table in (
            ("statement", "negotiations_statement"),
            ("meeting", "negotiations_meeting"),
            ("proposal", "negotiations_proposal"),
            ("response", "negotiations_proposalresponse"),
            ("position", "negotiations_position"),
        )
    ),
]
