"""The SQLite back end of ``Store``: one file, WAL mode, FTS5 search, a transaction per batch."""

from __future__ import annotations

import json
import sqlite3
from collections.abc import Iterable, Iterator
from pathlib import Path
from typing import Any

from .. import settings
from ..errors import StoreError
from ..search import SearchQuery
from ..text import content_hash as document_id
from ..types import Article, Quote, Skipped
from . import names, reuse
from .base import IngestStats, Progress, Store
from .records import article_fields
from .schema import migrate

_QUOTE_ROW = """
    q.id, q.article_id, q.local_id, q.kind, q.text, q.start, q."end", q.cue, q.confidence,
    q.fragments, q.flags, q.speaker_name, q.speaker_mention, q.speaker_type, q.speaker_id,
    q.group_id, s.name AS speaker, a.title, a.outlet, a.date, a.url
"""
_QUOTE_FROM = """
    quotes q JOIN articles a ON a.id = q.article_id LEFT JOIN speakers s ON s.id = q.speaker_id
"""


RANK_LIMIT = 10_000  # above this many matches, results come newest-stored first instead of by bm25


def _until(value: str) -> str:
    """An exclusive upper bound for an inclusive YYYY[-MM[-DD]] date ('~' sorts after digits)."""
    return value + "~"


def _quote_dict(row: sqlite3.Row) -> dict[str, Any]:
    data = dict(row)
    for key in ("fragments", "flags"):
        if key in data:
            data[key] = json.loads(data[key])
    return data


class SQLiteStore(Store):
    """A Store in one SQLite file (created with its schema when missing).

    path: the database file; readonly: open for reading only (the web app does), which also
    refuses a file that does not exist yet.
    """

    def __init__(self, path: str | Path, *, readonly: bool = False) -> None:
        self.path = str(path)
        # Write-side caches of rows this connection has seen (rows are never deleted, so an entry
        # stays true); cleared when a batch rolls back, since its rows are gone then.
        self._speakers: dict[str, tuple[int, str]] = {}
        self._aliases: set[tuple[int, str]] = set()
        if readonly and not Path(self.path).exists():
            raise StoreError(f"{self.path}: no such database; create it with 'onrecord ingest INPUTS --db {self.path}'")
        try:
            self.conn = sqlite3.connect(self.path, isolation_level=None, check_same_thread=False, timeout=30)
            self.conn.row_factory = sqlite3.Row
            self.conn.execute("PRAGMA busy_timeout = 30000")
            if readonly:
                self.conn.execute("PRAGMA query_only = ON")
            else:
                self.conn.execute("PRAGMA journal_mode = WAL")
                self.conn.execute("PRAGMA synchronous = NORMAL")
                migrate(self.conn, self.path)
            self.conn.execute("PRAGMA foreign_keys = ON")
            self._check_schema()
        except sqlite3.DatabaseError as exc:
            raise StoreError(f"{self.path}: cannot open as an onrecord database ({exc}); "
                             "check the path, or give a new file name") from exc

    def _check_schema(self) -> None:
        from .schema import SCHEMA_VERSION, version

        found = version(self.conn)
        if found != SCHEMA_VERSION:
            raise StoreError(f"{self.path} has schema version {found}, expected {SCHEMA_VERSION}; "
                             "open it once with 'onrecord ingest' to upgrade it")

    def close(self) -> None:
        self.conn.close()

    def _all(self, sql: str, params: Iterable[Any] = ()) -> list[dict[str, Any]]:
        return [dict(r) for r in self.conn.execute(sql, tuple(params))]

    def _one(self, sql: str, params: Iterable[Any] = ()) -> dict[str, Any] | None:
        row = self.conn.execute(sql, tuple(params)).fetchone()
        return dict(row) if row else None

    # -- writing -------------------------------------------------------------------------
    def has_article(self, text: str, url: str | None = None) -> bool:
        sql = "SELECT 1 FROM articles WHERE id = ?" + (" OR url = ?" if url else "")
        return self.conn.execute(sql, (document_id(text), url) if url else (document_id(text),)).fetchone() is not None

    def add_articles(
        self, items: Iterable[Article | Skipped], batch_size: int = 100, progress: Progress | None = None
    ) -> IngestStats:
        total = IngestStats()
        batch: list[Article | Skipped] = []
        for item in items:
            batch.append(item)
            if len(batch) >= batch_size:
                total.merge(self._write_batch(batch))
                batch = []
                if progress:
                    progress(total)
        if batch:
            total.merge(self._write_batch(batch))
            if progress:
                progress(total)
        return total

    def _write_batch(self, batch: list[Article | Skipped]) -> IngestStats:
        stats = IngestStats()
        try:
            self.conn.execute("BEGIN IMMEDIATE")
            for item in batch:
                if isinstance(item, Skipped):
                    self.conn.execute("INSERT OR IGNORE INTO skipped (id, source, reason) VALUES (?, ?, ?)",
                                      (item.id, item.source, item.reason))
                    stats.skipped += 1
                    if len(stats.reasons) < 100:
                        stats.reasons.append(item.reason)
                elif self._insert_article(item):
                    stats.added += 1
                    stats.quotes += len(item.quotes)
                else:
                    stats.duplicates += 1
            self.conn.execute("COMMIT")
        except BaseException as exc:
            self._speakers.clear()
            self._aliases.clear()
            if self.conn.in_transaction:
                self.conn.execute("ROLLBACK")
            if isinstance(exc, sqlite3.Error):
                raise StoreError(f"{self.path}: could not store a batch of {len(batch)} articles ({exc}); "
                                 "nothing of that batch was kept: fix the cause and run the ingest again") from exc
            raise
        return stats

    def _insert_article(self, article: Article) -> bool:
        key = document_id(article.text)
        fields = article_fields(article.meta)
        if self.has_article(article.text, fields["url"]):
            return False
        self.conn.execute(
            "INSERT INTO articles (id, doc_id, url, title, outlet, date, source, text, meta, n_quotes)"
            " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
            (key, article.id, fields["url"], fields["title"], fields["outlet"], fields["date"], article.source,
             article.text, json.dumps(article.meta, ensure_ascii=False, default=str), len(article.quotes)),
        )
        entity_ids = self._insert_entities(article, key)
        self.conn.executemany(
            'INSERT INTO boilerplate (article_id, start, "end", reason) VALUES (?, ?, ?, ?)',
            [(key, b.start, b.end, b.reason) for b in article.boilerplate],
        )
        for quote in article.quotes:
            self._insert_quote(article, key, quote, entity_ids)
        return True

    def _insert_entities(self, article: Article, key: str) -> dict[str, tuple[int, tuple[tuple[int, int], ...]]]:
        """Store the article's entities, linked to global ones; return local id -> (global id, mentions)."""
        out = {}
        for entity in article.entities:
            global_key = names.entity_key(entity, key)
            self.conn.execute("INSERT OR IGNORE INTO entities (key, name, type) VALUES (?, ?, ?)",
                              (global_key, entity.name, entity.type))
            global_id = self.conn.execute("SELECT id FROM entities WHERE key = ?", (global_key,)).fetchone()[0]
            self.conn.execute(
                "INSERT OR IGNORE INTO article_entities (article_id, local_id, entity_id, name, type, aliases, mentions,"
                " gender) VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
                (key, entity.id, global_id, entity.name, entity.type, json.dumps(list(entity.aliases)),
                 json.dumps([list(m) for m in entity.mentions]), entity.gender),
            )
            out[entity.id] = (global_id, entity.mentions)
        return out

    def _speaker_id(self, article: Article, key: str, quote: Quote) -> int | None:
        identity = names.speaker_identity(quote.speaker, article, key)
        if identity is None:
            return None
        known = self._speakers.get(identity.key)
        if known is None:
            row = self.conn.execute(
                "SELECT s.id, (SELECT article_id FROM speaker_merges m WHERE m.speaker_id = s.id ORDER BY m.rowid"
                " LIMIT 1) FROM speakers s WHERE s.key = ?", (identity.key,)).fetchone()
            known = (row[0], row[1] or key) if row else None
        if known is None:
            new_id = self.conn.execute("INSERT INTO speakers (key, name, type) VALUES (?, ?, ?)",
                                       (identity.key, identity.name, identity.type)).lastrowid
            assert new_id is not None  # an INSERT always sets it
            speaker_id, known = new_id, (new_id, key)
            reason = f"first seen: {identity.reason}"
        else:
            speaker_id, first = known
            reason = identity.reason if first == key else f"merged: {identity.reason} (as in article {first})"
        self._speakers[identity.key] = known
        written = quote.speaker.name or quote.speaker.mention or identity.name
        self.conn.execute("INSERT OR IGNORE INTO speaker_merges (speaker_id, article_id, written, reason)"
                          " VALUES (?, ?, ?, ?)", (speaker_id, key, written, reason))
        aliases = [(speaker_id, a, names.fold(a)) for a in (identity.name, *identity.aliases)
                   if (speaker_id, a) not in self._aliases]
        self._aliases.update((speaker_id, a) for _, a, _ in aliases)
        self.conn.executemany("INSERT OR IGNORE INTO speaker_aliases (speaker_id, alias, alias_norm) VALUES (?, ?, ?)",
                              aliases)
        return speaker_id

    def _group_id(self, quote: Quote, text_hash: str, bands: list[str]) -> int | None:
        """The reuse group of an equal or near-identical stored quote, or None for a new one."""
        row = self.conn.execute("SELECT group_id FROM quotes WHERE norm_hash = ? LIMIT 1", (text_hash,)).fetchone()
        if row:
            return row[0]
        if not bands:
            return None
        marks = ",".join("?" * len(bands))
        candidates = self.conn.execute(
            f"SELECT DISTINCT q.group_id, q.text FROM quote_bands b JOIN quotes q ON q.id = b.quote_id"
            f" WHERE b.band IN ({marks}) LIMIT 50", bands,
        ).fetchall()
        for group_id, text in candidates:
            if reuse.is_near_duplicate(quote.text, text):
                return group_id
        return None

    def _insert_quote(self, article: Article, key: str, quote: Quote,
                      entity_ids: dict[str, tuple[int, tuple[tuple[int, int], ...]]]) -> None:
        s = quote.speaker
        text_hash, bands = reuse.fingerprint(quote.text)
        group_id = self._group_id(quote, text_hash, bands)
        quote_id = self.conn.execute(
            'INSERT INTO quotes (article_id, local_id, kind, text, start, "end", cue, cue_start, cue_end, confidence,'
            " fragments, flags, speaker_name, speaker_mention, speaker_start, speaker_end, speaker_entity,"
            " speaker_type, speaker_id, norm_hash, group_id) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?,"
            " ?, ?, ?, ?, ?)",
            (key, quote.id, quote.kind, quote.text, quote.start, quote.end, quote.cue, quote.cue_start, quote.cue_end,
             quote.confidence, json.dumps([list(f) for f in quote.fragments]), json.dumps(list(quote.flags)),
             s.name, s.mention, s.start, s.end, s.entity, s.type, self._speaker_id(article, key, quote),
             text_hash, group_id),
        ).lastrowid
        if group_id is None:
            group_id = self.conn.execute("INSERT INTO quote_groups (first_quote_id) VALUES (?)", (quote_id,)).lastrowid
            self.conn.execute("UPDATE quotes SET group_id = ? WHERE id = ?", (group_id, quote_id))
        self.conn.execute("INSERT INTO quotes_fts (rowid, text, speaker_name) VALUES (?, ?, ?)",
                          (quote_id, quote.text, s.name or ""))
        self.conn.executemany("INSERT INTO quote_bands (band, quote_id) VALUES (?, ?)",
                              [(band, quote_id) for band in bands])
        mentioned = {
            global_id
            for global_id, mentions in entity_ids.values()
            if any(fs <= ms and me <= fe for ms, me in mentions for fs, fe in quote.fragments)
        }
        self.conn.executemany("INSERT OR IGNORE INTO quote_entities (quote_id, entity_id) VALUES (?, ?)",
                              [(quote_id, e) for e in sorted(mentioned)])

    # -- reading -------------------------------------------------------------------------
    def data_version(self) -> int | None:
        return self.conn.execute("PRAGMA data_version").fetchone()[0]

    def stats(self) -> dict[str, int]:
        tables = ("articles", "quotes", "speakers", "entities", "quote_groups", "skipped")
        return {t: self.conn.execute(f"SELECT count(*) FROM {t}").fetchone()[0] for t in tables}

    def _group(self, group_id: int | None) -> dict[str, Any] | None:
        if group_id is None:
            return None
        members = self._all(
            f"SELECT q.id, q.article_id, a.title, a.outlet, a.date, a.url, q.speaker_id, s.name AS speaker"
            f" FROM {_QUOTE_FROM} WHERE q.group_id = ? ORDER BY a.date IS NULL, a.date, q.id LIMIT 200",
            (group_id,),
        )
        outlets = sorted({m["outlet"] for m in members if m["outlet"]})
        return {"id": group_id, "size": len(members), "outlets": outlets, "n_outlets": len(outlets),
                "first": members[0] if members else None, "members": members}

    def quote(self, quote_id: int) -> dict[str, Any] | None:
        row = self.conn.execute(f"SELECT {_QUOTE_ROW} FROM {_QUOTE_FROM} WHERE q.id = ?", (quote_id,)).fetchone()
        if row is None:
            return None
        data = _quote_dict(row)
        data["entities"] = self._all(
            "SELECT e.id, e.name, e.type FROM quote_entities qe JOIN entities e ON e.id = qe.entity_id"
            " WHERE qe.quote_id = ? ORDER BY e.name", (quote_id,))
        data["group"] = self._group(data["group_id"])
        return data

    def article(self, article_id: str) -> dict[str, Any] | None:
        data = self._one("SELECT * FROM articles WHERE id = ?", (article_id,))
        if data is None:
            return None
        data["meta"] = json.loads(data["meta"])
        data["quotes"] = [_quote_dict(r) for r in self.conn.execute(
            f"SELECT {_QUOTE_ROW} FROM {_QUOTE_FROM} WHERE q.article_id = ? ORDER BY q.start, q.id", (article_id,))]
        data["entities"] = [
            {**e, "aliases": json.loads(e["aliases"]), "mentions": json.loads(e["mentions"])}
            for e in self._all("SELECT local_id, entity_id, name, type, aliases, mentions FROM article_entities"
                               " WHERE article_id = ? ORDER BY id", (article_id,))
        ]
        data["boilerplate"] = self._all('SELECT start, "end", reason FROM boilerplate WHERE article_id = ?'
                                        ' ORDER BY start', (article_id,))
        return data

    def _page(self, sql: str, params: tuple[Any, ...], page: int, page_size: int | None) -> list[dict[str, Any]]:
        page_size = page_size or settings.get("page_size")
        return [_quote_dict(r) for r in self.conn.execute(f"{sql} LIMIT ? OFFSET ?",
                                                          (*params, page_size, (page - 1) * page_size))]

    def speaker(self, speaker_id: int, page: int = 1, page_size: int | None = None) -> dict[str, Any] | None:
        data = self._one("SELECT * FROM speakers WHERE id = ?", (speaker_id,))
        if data is None:
            return None
        data.pop("key")
        data["aliases"] = [r["alias"] for r in self._all(
            "SELECT alias FROM speaker_aliases WHERE speaker_id = ? ORDER BY alias", (speaker_id,))]
        data["merges"] = self._all(
            "SELECT m.article_id, m.written, m.reason, a.title, a.outlet, a.date FROM speaker_merges m"
            " JOIN articles a ON a.id = m.article_id WHERE m.speaker_id = ? ORDER BY m.rowid", (speaker_id,))
        data["outlets"] = self._all(
            "SELECT a.outlet, count(*) AS quotes FROM quotes q JOIN articles a ON a.id = q.article_id"
            " WHERE q.speaker_id = ? GROUP BY a.outlet ORDER BY quotes DESC, a.outlet", (speaker_id,))
        data["months"] = self._all(
            "SELECT substr(a.date, 1, 7) AS month, count(*) AS quotes FROM quotes q JOIN articles a"
            " ON a.id = q.article_id WHERE q.speaker_id = ? AND a.date IS NOT NULL GROUP BY month ORDER BY month",
            (speaker_id,))
        data["total"] = self.conn.execute("SELECT count(*) FROM quotes WHERE speaker_id = ?",
                                          (speaker_id,)).fetchone()[0]
        data["page"] = page
        data["quotes"] = self._page(
            f"SELECT {_QUOTE_ROW} FROM {_QUOTE_FROM} WHERE q.speaker_id = ? ORDER BY a.date DESC, q.id",
            (speaker_id,), page, page_size)
        return data

    def entity(self, entity_id: int, page: int = 1, page_size: int | None = None) -> dict[str, Any] | None:
        data = self._one("SELECT id, name, type FROM entities WHERE id = ?", (entity_id,))
        if data is None:
            return None
        data["aliases"] = sorted({a for r in self._all("SELECT name, aliases FROM article_entities WHERE entity_id = ?",
                                                        (entity_id,)) for a in [r["name"], *json.loads(r["aliases"])]})
        data["articles"] = self._all(
            "SELECT a.id, a.title, a.outlet, a.date FROM article_entities ae JOIN articles a ON a.id = ae.article_id"
            " WHERE ae.entity_id = ? ORDER BY a.date DESC LIMIT 200", (entity_id,))
        data["speakers"] = self._all(
            "SELECT s.id, s.name, s.type, count(*) AS quotes FROM quote_entities qe JOIN quotes q ON q.id = qe.quote_id"
            " JOIN speakers s ON s.id = q.speaker_id WHERE qe.entity_id = ? GROUP BY s.id"
            " ORDER BY quotes DESC, s.name LIMIT 200", (entity_id,))
        data["total"] = self.conn.execute("SELECT count(*) FROM quote_entities WHERE entity_id = ?",
                                          (entity_id,)).fetchone()[0]
        data["page"] = page
        data["quotes"] = self._page(
            f"SELECT {_QUOTE_ROW} FROM {_QUOTE_FROM} WHERE q.id IN (SELECT quote_id FROM quote_entities"
            " WHERE entity_id = ?) ORDER BY a.date DESC, q.id", (entity_id,), page, page_size)
        return data

    def _speaker_ids(self, speaker: str) -> list[int]:
        if speaker.isdigit():
            return [int(speaker)]
        return [r[0] for r in self.conn.execute(
            "SELECT DISTINCT speaker_id FROM speaker_aliases WHERE alias_norm = ?", (names.fold(speaker),))]

    def _entity_ids(self, entity: str) -> list[int]:
        if entity.isdigit():
            return [int(entity)]
        return [r[0] for r in self.conn.execute(
            "SELECT DISTINCT ae.entity_id FROM article_entities ae WHERE ae.name = ? COLLATE NOCASE"
            " UNION SELECT id FROM entities WHERE name = ? COLLATE NOCASE", (entity, entity))]

    def search(self, query: SearchQuery) -> dict[str, Any]:
        # Three cheap steps instead of one wide query: (1) the ranked ids of the page, touching
        # only the tables the filters need; (2) the rows of those ids; (3) highlights for those
        # ids only (highlight() in a sorted query would run on every match, not just the page).
        match = query.match
        message = None
        if query.q.strip() and not match:
            message = f"the query {query.q!r} has no words to search for; showing all quotes that match the filters"
        where: list[str] = ["quotes_fts MATCH ?"] if match else []
        params: list[Any] = [match] if match else []
        for value, lookup, template in (
            (query.speaker, self._speaker_ids, "q.speaker_id IN ({})"),
            (query.entity, self._entity_ids, "q.id IN (SELECT quote_id FROM quote_entities WHERE entity_id IN ({}))"),
        ):
            if value is not None:
                ids = lookup(value)
                where.append(template.format(",".join("?" * len(ids)) or "NULL"))
                params.extend(ids)
        for value, condition in ((query.outlet, "a.outlet = ? COLLATE NOCASE"), (query.since, "a.date >= ?"),
                                 (query.until and _until(query.until), "a.date < ?"), (query.kind, "q.kind = ?")):
            if value:
                where.append(condition)
                params.append(value)
        if match and not query.filtered:  # words only: rank inside the FTS index
            source, order = "quotes_fts", "bm25(quotes_fts), rowid"
            id_column = "rowid"
        else:
            needs_article = not match or any((query.outlet, query.since, query.until))
            source = "quotes q" + (" JOIN articles a ON a.id = q.article_id" if needs_article else "") + (
                " JOIN quotes_fts ON quotes_fts.rowid = q.id" if match else "")
            order = "bm25(quotes_fts), q.id" if match else "a.date DESC, q.id DESC"
            id_column = "q.id"
        base = f"{source}{' WHERE ' + ' AND '.join(where) if where else ''}"
        try:
            total = self.conn.execute(f"SELECT count(*) FROM {base}", params).fetchone()[0]
            if match and total > RANK_LIMIT:  # bm25 over every match would take 100s of ms
                order = f"{id_column} DESC"
                message = (f"{total:,} quotes match: too many to rank by relevance, so the most recently stored "
                           "come first; add words or filters to rank them")
            ids = [r[0] for r in self.conn.execute(
                f"SELECT {id_column} FROM {base} ORDER BY {order} LIMIT ? OFFSET ?",
                (*params, query.page_size, (query.page - 1) * query.page_size))]
            marks = ",".join("?" * len(ids))
            rows = {r["id"]: _quote_dict(r) for r in self.conn.execute(
                f"SELECT {_QUOTE_ROW} FROM {_QUOTE_FROM} WHERE q.id IN ({marks})", ids)} if ids else {}
            marked = dict(self.conn.execute(
                f"SELECT rowid, highlight(quotes_fts, 0, char(57344), char(57345)) FROM quotes_fts"
                f" WHERE quotes_fts MATCH ? AND rowid IN ({marks})", (match, *ids))) if ids and match else {}
        except sqlite3.OperationalError as exc:  # fts_query should make this unreachable; never a traceback
            raise StoreError(f"search failed for {query.q!r} ({exc}); put the words in double quotes "
                             "to search for them literally") from exc
        results = [{**rows[i], "text_marked": marked.get(i, rows[i]["text"])} for i in ids if i in rows]
        pages = max(1, -(-total // query.page_size))
        return {"query": query.to_dict(), "match": match, "total": total, "page": query.page, "pages": pages,
                "message": message, "results": results}

    def top_speakers(self, limit: int = 20) -> list[dict[str, Any]]:
        rows = self._all(
            "SELECT s.id, s.name, s.type, count(*) AS quotes, count(DISTINCT q.article_id) AS articles"
            " FROM quotes q JOIN speakers s ON s.id = q.speaker_id GROUP BY s.id"
            " ORDER BY quotes DESC, s.name LIMIT ?", (limit,))
        for row in rows:
            row["outlets"] = self._all(
                "SELECT a.outlet, count(*) AS quotes FROM quotes q JOIN articles a ON a.id = q.article_id"
                " WHERE q.speaker_id = ? AND a.outlet IS NOT NULL GROUP BY a.outlet ORDER BY quotes DESC, a.outlet",
                (row["id"],))
        return rows

    def iter_quotes(self) -> Iterator[dict[str, Any]]:
        cursor = self.conn.execute(
            f"SELECT {_QUOTE_ROW}, q.cue_start, q.cue_end, q.speaker_start, q.speaker_end, a.source"
            f" FROM {_QUOTE_FROM} ORDER BY q.id")
        for row in cursor:
            yield _quote_dict(row)
