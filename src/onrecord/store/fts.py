"""The full-text index of quotes, in one place: what it indexes and how a quote gets into it.

``quotes_fts`` is an FTS5 table with external content (``content="quotes"``): it stores only
the index, and reads the words back from the ``quotes`` table (for ``highlight()`` and for
``'rebuild'``). So what is searchable is exactly two columns of ``quotes``:

- ``text``: the quote's ``Quote.text`` as stored;
- ``speaker_name``: the speaker's name as the article resolved it ("" when unknown).

``index_quote`` is the only writer, called once per stored quote. If what is searched should
change (e.g. when ``Quote.text`` becomes the quoted words only, the index simply follows the
column), change ``COLUMNS`` here and add a migration that recreates the table and runs
``rebuild``: the content table's columns must keep the same names as the index's.
"""

from __future__ import annotations

import sqlite3

TABLE = "quotes_fts"
#: the columns of ``quotes`` that are indexed, in index column order
COLUMNS: tuple[str, ...] = ("text", "speaker_name")
#: column numbers for highlight()/snippet()
TEXT_COLUMN = 0


def index_quote(conn: sqlite3.Connection, quote_id: int, text: str, speaker_name: str | None) -> None:
    """Add one stored quote (its ``quotes`` row ``quote_id``) to the index."""
    conn.execute(f"INSERT INTO {TABLE} (rowid, text, speaker_name) VALUES (?, ?, ?)",
                 (quote_id, text, speaker_name or ""))


def rebuild(conn: sqlite3.Connection) -> None:
    """Re-index every quote from the ``quotes`` table (after a change to what is indexed)."""
    conn.execute(f"INSERT INTO {TABLE} ({TABLE}) VALUES ('rebuild')")
