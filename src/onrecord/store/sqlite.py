"""The SQLite back end of ``Store``: one file, WAL mode, FTS5 search, a transaction per batch."""

from __future__ import annotations

import json
import sqlite3
import threading
import time
from collections.abc import Iterable, Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any

from .. import settings
from ..errors import StoreError
from ..search import MAX_ID_DIGITS, QueryError, QueryTimeout, SearchQuery, is_id
from ..text import content_hash as document_id
from ..types import Article, Quote, Skipped
from . import fts, names, reuse
from .base import IngestStats, Progress, Store
from .browse import DEMOTED_SQL, GENDER_SQL, QUOTE_FROM, SOURCE_SQL, Browse
from .context import add_context, citation, window_sql
from .records import FIELDS, article_fields, given_fields
from .schema import migrate
from .speakers import AmbiguousSpeaker, Speakers

_QUOTE_ROW = f"""
    q.id, q.article_id, q.local_id, q.kind, q.text, q.start, q."end", q.cue, q.confidence,
    q.fragments, q.flags, q.speaker_name, q.speaker_mention, q.speaker_type, q.speaker_id,
    q.speaker_gender, {GENDER_SQL} AS gender, q.words, q.group_id, s.name AS speaker,
    s.authority_id AS speaker_authority_id, a.title, a.outlet, a.date, a.url, a.author, {window_sql()}
"""
_QUOTE_FROM = QUOTE_FROM


#: meta keys that name an article field, and the field each names
FIELD_OF = {key: ("outlet" if name == "site" else name) for name, keys in FIELDS.items() for key in keys}
FIELD_KEYS = frozenset(FIELD_OF)
RANK_LIMIT = 10_000  # above this many matches, results come newest-stored first instead of by bm25
PROGRESS_STEPS = 4_000  # SQLite VM steps between two checks of a time limit (about 1 ms of search work)
LANE_AFTER_CPU = 0.25  # seconds of CPU after which a request under a lane waits for its turn


#: what ``text_marked`` holds around the words a search matched (the web page turns them into <mark>)
MARK_START, MARK_END = "\ue000", "\ue001"


def _unmarked(text: str) -> str:
    """``text`` with the highlight markers it holds itself replaced by U+FFFD, so an article
    cannot write its own <mark> tags into a page of results."""
    return text.replace(MARK_START, "\ufffd").replace(MARK_END, "\ufffd")


def _free_markers(texts: list[str]) -> tuple[str, str]:
    """Two private-use characters none of ``texts`` holds: highlight() inserts them, then they
    become MARK_START/MARK_END once the text's own copies of those are neutralised."""
    free = (chr(c) for c in range(0xE002, 0xF8FF) if not any(chr(c) in t for t in texts))
    return next(free), next(free)


def _quote_dict(row: sqlite3.Row) -> dict[str, Any]:
    data = dict(row)
    for key in ("fragments", "flags"):
        if key in data:
            data[key] = json.loads(data[key])
    return add_context(data) if "ctx_window" in data else data


class SQLiteStore(Speakers, Browse, Store):
    """A Store in one SQLite file (created with its schema when missing).

    path: the database file; readonly: open for reading only (the web app does), which also
    refuses a file that does not exist yet.
    """

    def __init__(self, path: str | Path, *, readonly: bool = False) -> None:
        self.path = str(path)
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

    @contextmanager
    def time_limit(self, seconds: float | None, lane: threading.Semaphore | None = None,
                   lane_after: float | None = None) -> Iterator[None]:
        # SQLite calls the progress handler every PROGRESS_STEPS steps of a statement; a non-zero
        # answer interrupts it (sqlite3.OperationalError), which becomes QueryTimeout below.
        # The limit is on CPU time (time.thread_time: SQLite runs in this thread), so that a request
        # that is cheap but slowed by a busy server is never cut short; only the work it does counts.
        if not seconds:
            yield
            return
        cpu_start = time.thread_time()
        after = LANE_AFTER_CPU if lane_after is None else lane_after
        state: dict[str, Any] = {"holding": False, "stopped": None}

        def check() -> int:
            used = time.thread_time() - cpu_start
            if used > seconds:
                state["stopped"] = "time"
                return 1
            if lane is not None and not state["holding"] and used >= after:
                if not lane.acquire(timeout=seconds):  # long requests take turns: wait at most as long again
                    state["stopped"] = "busy"
                    return 1
                state["holding"] = True
            return 0

        self.conn.set_progress_handler(check, PROGRESS_STEPS)
        try:
            yield
        except (sqlite3.OperationalError, StoreError) as exc:
            if state["stopped"] == "busy":
                raise QueryTimeout(f"other long searches kept the server busy for {seconds:g} s; try again in a "
                                   "moment, or add words or filters to make this one shorter", busy=True) from exc
            if state["stopped"]:
                raise QueryTimeout(f"this request took more than {seconds:g} s of work in the database, its time limit "
                                   "(ONRECORD_QUERY_TIME_LIMIT); add words or filters, or search a \"phrase\"") \
                    from exc
            raise
        finally:
            self.conn.set_progress_handler(None, 0)
            if state["holding"] and lane is not None:
                lane.release()

    def _all(self, sql: str, params: Iterable[Any] = ()) -> list[dict[str, Any]]:
        return [dict(r) for r in self.conn.execute(sql, tuple(params))]

    def _one(self, sql: str, params: Iterable[Any] = ()) -> dict[str, Any] | None:
        row = self.conn.execute(sql, tuple(params)).fetchone()
        return dict(row) if row else None

    # -- writing -------------------------------------------------------------------------
    def has_article(self, text: str, url: str | None = None) -> bool:
        sql = "SELECT 1 FROM articles WHERE id = ?" + (" OR url = ?" if url else "")
        return self.conn.execute(sql, (document_id(text), url) if url else (document_id(text),)).fetchone() is not None

    def refresh_metadata(self, text: str, meta: dict[str, Any]) -> str | None:
        """For an article already stored: bring its metadata up to date with ``meta`` and say
        "updated", or "known" when nothing changed (or it is known only by its URL); None when it
        is not stored. Fields a sidecar or the command line gave (``meta["given"]``) replace the
        stored ones; the input's own fill only what the store lacks; a URL another article holds
        is never taken."""
        key = document_id(text)
        fields = article_fields(meta)
        row = self._one("SELECT title, outlet, date, url, author, meta FROM articles WHERE id = ?", (key,))
        if row is None:
            return "known" if fields["url"] and self.has_article(text, fields["url"]) else None
        given = given_fields(meta)
        changes = {k: v for k, v in fields.items()
                   if v is not None and v != row[k] and (row[k] is None or k in given)}
        if "url" in changes and self.conn.execute("SELECT 1 FROM articles WHERE url = ? AND id != ?",
                                                  (changes["url"], key)).fetchone():
            del changes["url"]
        stored = json.loads(row["meta"])
        keys = {k for k in meta if k not in stored or k == "given"} | {k for k in stored if k in FIELD_KEYS and
                                                                        FIELD_OF.get(k, k) in changes}
        merged = json.loads(json.dumps({**stored, **{k: meta[k] for k in keys if k in meta}}, ensure_ascii=False,
                                       default=str))
        if not changes and merged == stored:
            return "known"
        columns = "".join(f", {column} = ?" for column in changes)
        self.conn.execute(f"UPDATE articles SET meta = ?{columns} WHERE id = ?",
                          (json.dumps(merged, ensure_ascii=False), *changes.values(), key))
        return "updated"

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
        if self.identities_stale():  # new articles, or new rules: who is who, over the whole store
            self.reidentify()
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
                    self._set_state("identity_dirty", "1")  # derived again once the batches are in
                elif self.refresh_metadata(item.text, item.meta) == "updated":
                    stats.updated += 1
                else:
                    stats.duplicates += 1
            self.conn.execute("COMMIT")
        except BaseException as exc:
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
            "INSERT INTO articles (id, doc_id, url, title, outlet, date, author, source, text, meta, n_quotes)"
            " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
            (key, article.id, fields["url"], fields["title"], fields["outlet"], fields["date"], fields["author"],
             article.source, article.text, json.dumps(article.meta, ensure_ascii=False, default=str),
             len(article.quotes)),
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
            " speaker_type, speaker_gender, speaker_id, norm_hash, group_id, words) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?,"
            " ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
            (key, quote.id, quote.kind, quote.text, quote.start, quote.end, quote.cue, quote.cue_start, quote.cue_end,
             quote.confidence, json.dumps([list(f) for f in quote.fragments]), json.dumps(list(quote.flags)),
             s.name, s.mention, s.start, s.end, s.entity, s.type, s.gender, None,  # speaker_id: reidentify()
             text_hash, group_id, len(quote.text.split())),
        ).lastrowid
        assert quote_id is not None  # an INSERT always sets it
        if group_id is None:
            group_id = self.conn.execute("INSERT INTO quote_groups (first_quote_id) VALUES (?)", (quote_id,)).lastrowid
            self.conn.execute("UPDATE quotes SET group_id = ? WHERE id = ?", (group_id, quote_id))
        fts.index_quote(self.conn, quote_id, quote.text, s.name)
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
        data["citation"] = citation(data)
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
        data["aliases"] = [r["alias"] for r in self._all(
            "SELECT alias FROM speaker_aliases WHERE speaker_id = ? ORDER BY alias", (speaker_id,))]
        data["merges"] = self._all(
            "SELECT m.article_id, m.written, m.rule, m.reason, a.title, a.outlet, a.date FROM speaker_merges m"
            " JOIN articles a ON a.id = m.article_id WHERE m.speaker_id = ? ORDER BY m.rowid", (speaker_id,))
        data["why"] = self.speaker_reasons(speaker_id)
        entry = self._one("SELECT name, description FROM authorities WHERE id = ?", (data["authority_id"],)) \
            if data["authority_id"] else None
        data["authority_name"] = entry["name"] if entry else None
        data["authority_description"] = entry["description"] if entry else None
        data["corrections"] = self._all("SELECT id, op, speaker_name, other_name, article_id, value, status,"
                                        " created_at FROM corrections WHERE speaker_key = ? OR other_key = ?"
                                        " ORDER BY id", (data["key"], data["key"]))
        data["outlets"] = self._all(
            "SELECT a.outlet, count(*) AS quotes FROM quotes q JOIN articles a ON a.id = q.article_id"
            " WHERE q.speaker_id = ? GROUP BY a.outlet ORDER BY quotes DESC, a.outlet", (speaker_id,))
        data["months"] = self._all(
            "SELECT substr(a.date, 1, 7) AS month, count(*) AS quotes FROM quotes q JOIN articles a"
            " ON a.id = q.article_id WHERE q.speaker_id = ? AND a.date IS NOT NULL GROUP BY month ORDER BY month",
            (speaker_id,))
        data["entities"] = self._all(  # what they talk about most (entities inside their quotes)
            "SELECT e.id, e.name, e.type, count(*) AS quotes FROM quotes q JOIN quote_entities qe ON qe.quote_id = q.id"
            " JOIN entities e ON e.id = qe.entity_id WHERE q.speaker_id = ? GROUP BY e.id"
            " ORDER BY quotes DESC, e.name LIMIT 15", (speaker_id,))
        data["total"] = self.conn.execute("SELECT count(*) FROM quotes WHERE speaker_id = ?",
                                          (speaker_id,)).fetchone()[0]
        data["page"] = page
        data["quotes"] = self._page(
            f"SELECT {_QUOTE_ROW} FROM {_QUOTE_FROM} WHERE q.speaker_id = ? ORDER BY a.date IS NULL, a.date DESC, q.id",
            (speaker_id,), page, page_size)
        return data

    def entity(self, entity_id: int, page: int = 1, page_size: int | None = None,
               speakers_page: int = 1) -> dict[str, Any] | None:
        page_size = page_size or settings.get("page_size")
        data = self._one("SELECT id, name, type FROM entities WHERE id = ?", (entity_id,))
        if data is None:
            return None
        data["aliases"] = sorted({a for r in self._all("SELECT name, aliases FROM article_entities WHERE entity_id = ?",
                                                        (entity_id,)) for a in [r["name"], *json.loads(r["aliases"])]})
        data["articles"] = self._all(
            "SELECT a.id, a.title, a.outlet, a.date FROM article_entities ae JOIN articles a ON a.id = ae.article_id"
            " WHERE ae.entity_id = ? ORDER BY a.date IS NULL, a.date DESC LIMIT 200", (entity_id,))
        talkers = (f"quote_entities qe JOIN quotes q ON q.id = qe.quote_id JOIN speakers s ON s.id = q.speaker_id"
                   f" WHERE qe.entity_id = ? AND {SOURCE_SQL}")
        data["speakers_total"] = self.conn.execute(
            f"SELECT count(DISTINCT s.id) FROM {talkers}", (entity_id,)).fetchone()[0]
        data["speakers_page"] = speakers_page
        data["speakers"] = self._all(
            f"SELECT s.id, s.name, s.type, s.gender, count(*) AS quotes FROM {talkers} GROUP BY s.id"
            " ORDER BY quotes DESC, s.name LIMIT ? OFFSET ?", (entity_id, page_size, (speakers_page - 1) * page_size))
        data["total"] = self.conn.execute("SELECT count(*) FROM quote_entities WHERE entity_id = ?",
                                          (entity_id,)).fetchone()[0]
        data["page"] = page
        data["quotes"] = self._page(
            f"SELECT {_QUOTE_ROW} FROM {_QUOTE_FROM} WHERE q.id IN (SELECT quote_id FROM quote_entities"
            " WHERE entity_id = ?) ORDER BY a.date IS NULL, a.date DESC, q.id", (entity_id,), page, page_size)
        return data

    def _entity_ids(self, entity: str) -> list[int]:
        if is_id(entity):
            return [int(entity)]
        if entity.isascii() and entity.isdigit():
            raise QueryError(f"entity {entity[:40]!r} is not an id: ids have at most {MAX_ID_DIGITS} digits; "
                             "'onrecord serve' lists entities at /entities")
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
        try:
            f = self.filters(query)
        except AmbiguousSpeaker as exc:  # say so, with the candidates, instead of mixing people
            return {"query": query.to_dict(), "match": match, "total": 0, "page": query.page, "pages": 1,
                    "message": str(exc), "ambiguous": exc.to_dict(), "results": []}
        if f.notes:
            message = "; ".join([*([message] if message else []), *f.notes])
        dated = {"newest": "a.date IS NULL, a.date DESC, q.id DESC", "oldest": "a.date IS NULL, a.date, q.id"}
        joins: tuple[str, ...]
        if query.sort in dated:
            order, joins = dated[query.sort], ("a",)
        elif match:  # short, low-confidence and flagged records last, then bm25
            order, joins = f"{DEMOTED_SQL}, bm25(quotes_fts), q.id", ()
        else:
            order, joins = f"{DEMOTED_SQL}, {dated['newest']}", ("a",)
        base = f.source(*joins)
        try:
            total = self.conn.execute(f"SELECT count(*) FROM {f.source()}", f.params).fetchone()[0]
            if match and query.sort == "relevance" and total > RANK_LIMIT:  # bm25 over every match: 100s of ms
                order, base = "quotes_fts.rowid DESC", f.source(fts_first=True)
                message = (f"{total:,} quotes match: too many to rank by relevance, so the most recently stored "
                           "come first; add words or filters to rank them")
            ids = [r[0] for r in self.conn.execute(
                f"SELECT q.id FROM {base} ORDER BY {order} LIMIT ? OFFSET ?",
                (*f.params, query.page_size, (query.page - 1) * query.page_size))]
            marks = ",".join("?" * len(ids))
            rows = {r["id"]: _quote_dict(r) for r in self.conn.execute(
                f"SELECT {_QUOTE_ROW} FROM {_QUOTE_FROM} WHERE q.id IN ({marks})", ids)} if ids else {}
            begin, end = _free_markers([r["text"] for r in rows.values()])
            marked = {i: _unmarked(text).replace(begin, MARK_START).replace(end, MARK_END) for i, text in self.conn.execute(
                f"SELECT rowid, highlight({fts.TABLE}, {fts.TEXT_COLUMN}, ?, ?) FROM {fts.TABLE}"
                f" WHERE {fts.TABLE} MATCH ? AND rowid IN ({marks})", (begin, end, match, *ids))} if ids and match else {}
        except sqlite3.OperationalError as exc:  # fts_query should make this unreachable; never a traceback
            raise StoreError(f"search failed for {query.q!r} ({exc}); put the words in double quotes "
                             "to search for them literally") from exc
        results = [{**rows[i], "text_marked": marked.get(i, _unmarked(rows[i]["text"]))} for i in ids if i in rows]
        pages = max(1, -(-total // query.page_size))
        return {"query": query.to_dict(), "match": match, "total": total, "page": query.page, "pages": pages,
                "message": message, "results": results}

    def top_speakers(self, limit: int = 20) -> list[dict[str, Any]]:
        rows = self._all(
            "SELECT s.id, s.name, s.type, s.gender, s.authority_id, count(*) AS quotes,"
            " count(DISTINCT q.article_id) AS articles FROM quotes q JOIN speakers s ON s.id = q.speaker_id GROUP BY s.id"
            " ORDER BY quotes DESC, s.name LIMIT ?", (limit,))
        for row in rows:
            row["outlets"] = self._all(
                "SELECT a.outlet, count(*) AS quotes FROM quotes q JOIN articles a ON a.id = q.article_id"
                " WHERE q.speaker_id = ? AND a.outlet IS NOT NULL GROUP BY a.outlet ORDER BY quotes DESC, a.outlet",
                (row["id"],))
        return rows

    def iter_quotes(self, query: SearchQuery | None = None) -> Iterator[dict[str, Any]]:
        f = self.filters(query) if query is not None else self.filters(SearchQuery(min_confidence=0))
        cursor = self.conn.execute(
            f"SELECT {_QUOTE_ROW}, q.cue_start, q.cue_end, q.speaker_start, q.speaker_end, a.source"
            f" FROM {_QUOTE_FROM}{' JOIN quotes_fts ON quotes_fts.rowid = q.id' if 'fts' in f.joins else ''}"
            f"{' WHERE ' + ' AND '.join(f.where) if f.where else ''} ORDER BY q.id", f.params)
        for row in cursor:
            yield _quote_dict(row)
