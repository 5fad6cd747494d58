"""The SQLite schema, in one place, with its version and the migrations that reach it.

``PRAGMA user_version`` holds the version of a database file. ``migrate`` applies every
migration above it, in order, each in its own transaction, so an old database is brought up
to date on open and a database written by a newer onrecord is refused with a clear message.
Add a change as a new entry at the end of ``MIGRATIONS``; never edit an entry that shipped.
"""

from __future__ import annotations

import sqlite3
from collections.abc import Callable

from ..errors import StoreError

# Version 1: articles, quotes (+ FTS5), speakers with aliases and merge reasons, per-article
# and global entities, boilerplate spans, quote reuse groups (MinHash LSH bands), skipped inputs.
_V1 = """
CREATE TABLE articles (
    id          TEXT PRIMARY KEY,          -- content hash: onrecord.pipeline.document_id(text)
    doc_id      TEXT NOT NULL,             -- the id the input gave (file stem, JSONL id)
    url         TEXT UNIQUE,               -- NULL when unknown; a second article with a known URL is a duplicate
    title       TEXT,
    outlet      TEXT,
    date        TEXT,                      -- ISO 8601 date (YYYY-MM-DD) or NULL
    source      TEXT NOT NULL,
    text        TEXT NOT NULL,
    meta        TEXT NOT NULL DEFAULT '{}',-- JSON
    n_quotes    INTEGER NOT NULL DEFAULT 0,
    ingested_at TEXT NOT NULL DEFAULT (datetime('now'))
);
CREATE INDEX articles_date ON articles(date);
CREATE INDEX articles_outlet ON articles(outlet COLLATE NOCASE);

CREATE TABLE speakers (
    id      INTEGER PRIMARY KEY,
    key     TEXT NOT NULL UNIQUE,          -- person:jane roe | org:reuters | local:<article>:<name>
    name    TEXT NOT NULL,                 -- canonical name
    type    TEXT NOT NULL
);
CREATE TABLE speaker_aliases (
    speaker_id INTEGER NOT NULL REFERENCES speakers(id),
    alias      TEXT NOT NULL,
    alias_norm TEXT NOT NULL,
    UNIQUE (speaker_id, alias)
);
CREATE INDEX speaker_aliases_norm ON speaker_aliases(alias_norm);
CREATE TABLE speaker_merges (
    speaker_id INTEGER NOT NULL REFERENCES speakers(id),
    article_id TEXT NOT NULL REFERENCES articles(id),
    written    TEXT NOT NULL,              -- the name as the article gave it
    reason     TEXT NOT NULL,
    UNIQUE (speaker_id, article_id, written)
);
CREATE INDEX speaker_merges_article ON speaker_merges(article_id);

CREATE TABLE quote_groups (
    id             INTEGER PRIMARY KEY,
    first_quote_id INTEGER NOT NULL        -- the member ingested first (the earliest by date is computed on read)
);

CREATE TABLE quotes (
    id            INTEGER PRIMARY KEY,
    article_id    TEXT NOT NULL REFERENCES articles(id),
    local_id      TEXT NOT NULL,           -- Quote.id inside its article
    kind          TEXT NOT NULL,
    text          TEXT NOT NULL,
    start         INTEGER NOT NULL,
    "end"         INTEGER NOT NULL,
    cue           TEXT,
    cue_start     INTEGER,
    cue_end       INTEGER,
    confidence    REAL NOT NULL,
    fragments     TEXT NOT NULL,           -- JSON [[start, end], ...]
    flags         TEXT NOT NULL,           -- JSON ["boilerplate", ...]
    speaker_name  TEXT,                    -- Speaker.name as the article resolved it
    speaker_mention TEXT,
    speaker_start INTEGER,
    speaker_end   INTEGER,
    speaker_entity TEXT,                   -- Entity.id inside the article
    speaker_type  TEXT NOT NULL,
    speaker_id    INTEGER REFERENCES speakers(id),
    norm_hash     TEXT NOT NULL,           -- hash of the normalised text (exact reuse)
    group_id      INTEGER REFERENCES quote_groups(id),
    UNIQUE (article_id, local_id)
);
CREATE INDEX quotes_speaker ON quotes(speaker_id);
CREATE INDEX quotes_group ON quotes(group_id);
CREATE INDEX quotes_norm_hash ON quotes(norm_hash);
CREATE INDEX quotes_kind ON quotes(kind);

CREATE VIRTUAL TABLE quotes_fts USING fts5(
    text, speaker_name, content='quotes', content_rowid='id',
    tokenize='unicode61 remove_diacritics 2'
);

CREATE TABLE quote_bands (                 -- MinHash LSH bands for near-identical quotes
    band     TEXT NOT NULL,
    quote_id INTEGER NOT NULL REFERENCES quotes(id)
);
CREATE INDEX quote_bands_band ON quote_bands(band);

CREATE TABLE entities (                    -- global: one row per entity across articles
    id    INTEGER PRIMARY KEY,
    key   TEXT NOT NULL UNIQUE,
    name  TEXT NOT NULL,
    type  TEXT NOT NULL
);
CREATE TABLE article_entities (
    id         INTEGER PRIMARY KEY,
    article_id TEXT NOT NULL REFERENCES articles(id),
    local_id   TEXT NOT NULL,
    entity_id  INTEGER NOT NULL REFERENCES entities(id),
    name       TEXT NOT NULL,
    type       TEXT NOT NULL,
    aliases    TEXT NOT NULL,              -- JSON
    mentions   TEXT NOT NULL,              -- JSON [[start, end], ...]
    gender     TEXT,
    UNIQUE (article_id, local_id)
);
CREATE INDEX article_entities_entity ON article_entities(entity_id);
CREATE TABLE quote_entities (              -- an entity mentioned inside a quote's span
    quote_id  INTEGER NOT NULL REFERENCES quotes(id),
    entity_id INTEGER NOT NULL REFERENCES entities(id),
    PRIMARY KEY (quote_id, entity_id)
) WITHOUT ROWID;
CREATE INDEX quote_entities_entity ON quote_entities(entity_id);

CREATE TABLE boilerplate (
    article_id TEXT NOT NULL REFERENCES articles(id),
    start      INTEGER NOT NULL,
    "end"      INTEGER NOT NULL,
    reason     TEXT NOT NULL
);
CREATE INDEX boilerplate_article ON boilerplate(article_id);

CREATE TABLE skipped (
    id      TEXT NOT NULL,
    source  TEXT NOT NULL,
    reason  TEXT NOT NULL,
    at      TEXT NOT NULL DEFAULT (datetime('now')),
    UNIQUE (source, id, reason)
);
"""

# Version 2: what a journalist asks of the store. Speaker gender (per quote as the article
# says it, per speaker from the quotes of every article, conflicting articles -> 'unknown');
# quote length in words (short records rank last); article authors; and the FTS table
# recreated with content="quotes" in double quotes, the spelling Datasette detects (see fts.py);
# a view, quote_sources, with one readable row per quote (speaker, gender, outlet, date, headline).
_V2 = """
ALTER TABLE articles ADD COLUMN author TEXT;
ALTER TABLE quotes ADD COLUMN speaker_gender TEXT NOT NULL DEFAULT 'unknown';
ALTER TABLE quotes ADD COLUMN words INTEGER NOT NULL DEFAULT 0;
UPDATE quotes SET words = length(trim(text)) - length(replace(trim(text), ' ', '')) + (trim(text) != '');
ALTER TABLE speakers ADD COLUMN gender TEXT NOT NULL DEFAULT 'unknown';
ALTER TABLE speakers ADD COLUMN female_quotes INTEGER NOT NULL DEFAULT 0;
ALTER TABLE speakers ADD COLUMN male_quotes INTEGER NOT NULL DEFAULT 0;
CREATE INDEX quotes_article ON quotes(article_id);
DROP TABLE quotes_fts;
CREATE VIRTUAL TABLE quotes_fts USING fts5(
    text, speaker_name, content="quotes", content_rowid="id",
    tokenize="unicode61 remove_diacritics 2"
);
INSERT INTO quotes_fts(quotes_fts) VALUES ('rebuild');
CREATE VIEW quote_sources AS       -- one readable row per quote, for Datasette and SQL users
SELECT q.id AS quote_id, q.text AS quote, q.kind, q.cue, round(q.confidence, 2) AS confidence,
       COALESCE(s.name, q.speaker_name) AS speaker, COALESCE(s.type, q.speaker_type) AS speaker_type,
       CASE WHEN s.id IS NULL THEN q.speaker_gender ELSE s.gender END AS speaker_gender,
       a.outlet, a.date, a.title AS headline, a.url, a.id AS article_id
FROM quotes q JOIN articles a ON a.id = q.article_id LEFT JOIN speakers s ON s.id = q.speaker_id;
"""

def _v3(conn: sqlite3.Connection) -> None:
    """Output contract 2: a direct quote's text is its quoted words, fragment by fragment, joined
    by one space. Quotes stored before are rewritten from their fragments (words, hash and
    near-duplicate bands follow; reuse groups are kept), and the full-text index rebuilt."""
    import json

    from ..types import quote_text
    from . import fts, reuse

    rows = conn.execute(
        "SELECT q.id, q.kind, q.start, q.\"end\", q.fragments, q.text, a.text FROM quotes q"
        " JOIN articles a ON a.id = q.article_id WHERE q.kind = 'direct'").fetchall()
    for quote_id, kind, start, end, fragments, old, article_text in rows:
        new = quote_text(article_text, kind, start, end, json.loads(fragments))
        if new == old:
            continue
        text_hash, bands = reuse.fingerprint(new)
        conn.execute("UPDATE quotes SET text = ?, words = ?, norm_hash = ? WHERE id = ?",
                     (new, len(new.split()), text_hash, quote_id))
        conn.execute("DELETE FROM quote_bands WHERE quote_id = ?", (quote_id,))
        conn.executemany("INSERT INTO quote_bands (band, quote_id) VALUES (?, ?)", [(b, quote_id) for b in bands])
    fts.rebuild(conn)


# Version 4: one person, one speaker across a corpus (store/identity.py). Speakers are derived
# from the stored evidence of every article (so they can be derived again without extracting
# anything again): their lookup key and middle initials (for --speaker), the authority id a
# user's file links them to; each merge reason names its rule; the user's corrections and
# authority entries are tables of their own, which survive every derivation; store_state
# records under which rules the identities were derived.
_V4 = """
ALTER TABLE speakers ADD COLUMN lookup TEXT NOT NULL DEFAULT '';
ALTER TABLE speakers ADD COLUMN middles TEXT NOT NULL DEFAULT '';
ALTER TABLE speakers ADD COLUMN authority_id TEXT;
ALTER TABLE speakers ADD COLUMN authority TEXT;
CREATE INDEX speakers_lookup ON speakers(lookup);
CREATE INDEX speakers_authority ON speakers(authority_id);
ALTER TABLE speaker_merges ADD COLUMN rule TEXT NOT NULL DEFAULT '';
CREATE TABLE corrections (                 -- the user's corrections, applied after the rules, in id order
    id           INTEGER PRIMARY KEY,
    op           TEXT NOT NULL CHECK (op IN ('merge', 'split', 'rename', 'reassign')),
    speaker_key  TEXT NOT NULL DEFAULT '', -- the speaker corrected (its key then, and its name then)
    speaker_name TEXT NOT NULL DEFAULT '',
    other_key    TEXT,                     -- merge: the other speaker; split --as / reassign: where to
    other_name   TEXT,
    article_id   TEXT,                     -- split: the article; reassign: the quote's article
    quote_start  INTEGER,                  -- reassign: the quote by its place in the article (a new
    quote_end    INTEGER,                  -- extraction gives quotes new ids, not new places)
    quote_text   TEXT,
    value        TEXT,                     -- rename: the new name
    note         TEXT,
    status       TEXT NOT NULL DEFAULT '', -- what the last derivation made of it
    created_at   TEXT NOT NULL DEFAULT (datetime('now'))
);
CREATE TABLE authorities (                 -- a user's authority file (speakers link FILE)
    id          TEXT PRIMARY KEY,
    name        TEXT NOT NULL,
    aliases     TEXT NOT NULL DEFAULT '[]',-- JSON
    description TEXT,
    source      TEXT,
    added_at    TEXT NOT NULL DEFAULT (datetime('now'))
);
CREATE TABLE store_state (key TEXT PRIMARY KEY, value TEXT NOT NULL);
INSERT INTO store_state (key, value) VALUES ('identity_rules', '');
DROP VIEW quote_sources;
CREATE VIEW quote_sources AS       -- one readable row per quote, for Datasette and SQL users
SELECT q.id AS quote_id, q.text AS quote, q.kind, q.cue, round(q.confidence, 2) AS confidence,
       COALESCE(s.name, q.speaker_name) AS speaker, COALESCE(s.type, q.speaker_type) AS speaker_type,
       CASE WHEN s.id IS NULL THEN q.speaker_gender ELSE s.gender END AS speaker_gender,
       s.authority_id AS speaker_authority_id,
       a.outlet, a.date, a.title AS headline, a.url, a.id AS article_id
FROM quotes q JOIN articles a ON a.id = q.article_id LEFT JOIN speakers s ON s.id = q.speaker_id;
"""


# Version 5: prefix indexes in the full-text index (issue 14). A prefix query (``a*``) read the
# index of every word it begins: 83 one-letter prefixes OR-ed took 5.8 s on 10,000 quotes, 0.6 s
# with these (one entry per prefix of 1, 2 and 3 characters; the index grows by about 15%).
# The table is recreated (FTS5 options are fixed at creation) and rebuilt from ``quotes``.
_V5 = """
DROP TABLE quotes_fts;
CREATE VIRTUAL TABLE quotes_fts USING fts5(
    text, speaker_name, content="quotes", content_rowid="id",
    tokenize="unicode61 remove_diacritics 2", prefix="1 2 3"
);
INSERT INTO quotes_fts(quotes_fts) VALUES ('rebuild');
"""

#: each migration: a SQL script, or a function for a data migration
MIGRATIONS: tuple[str | Callable[[sqlite3.Connection], None], ...] = (_V1, _V2, _v3, _V4, _V5)
SCHEMA_VERSION = len(MIGRATIONS)


def version(conn: sqlite3.Connection) -> int:
    """The schema version of an open database (0 for a new, empty file)."""
    return int(conn.execute("PRAGMA user_version").fetchone()[0])


def statements(script: str) -> list[str]:
    """Split a SQL script into complete statements (sqlite3.complete_statement decides)."""
    out: list[str] = []
    buffer = ""
    for line in script.splitlines(keepends=True):
        buffer += line
        if sqlite3.complete_statement(buffer):
            out.append(buffer.strip())
            buffer = ""
    if buffer.strip():
        out.append(buffer.strip())
    return out


def migrate(conn: sqlite3.Connection, path: str = "the database") -> int:
    """Bring the schema up to ``SCHEMA_VERSION``; return the version found before.

    ``conn`` must be in autocommit mode (``isolation_level=None``). Each migration runs in
    its own write transaction and re-reads the version inside it, so two processes opening
    a new database at once do not both create it. Raises StoreError for a database written
    by a newer onrecord, or when a migration fails (the database is left as it was).
    """
    found = version(conn)
    if found > SCHEMA_VERSION:
        raise StoreError(
            f"{path} has schema version {found}, newer than this onrecord knows ({SCHEMA_VERSION}); "
            "upgrade onrecord (pip install -U onrecord)"
        )
    for number in range(found + 1, SCHEMA_VERSION + 1):
        conn.execute("BEGIN IMMEDIATE")
        try:
            if version(conn) < number:
                step = MIGRATIONS[number - 1]
                if callable(step):
                    step(conn)
                else:
                    for statement in statements(step):
                        conn.execute(statement)
                conn.execute(f"PRAGMA user_version = {number:d}")
            conn.execute("COMMIT")
        except sqlite3.Error as exc:
            conn.execute("ROLLBACK")
            raise StoreError(f"{path}: could not upgrade the schema to version {number}: {exc}") from exc
    return found
