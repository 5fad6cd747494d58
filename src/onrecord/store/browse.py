"""Looking across the store (SQLite): search filters, facets, index pages, sources by gender.

``Filters`` turns a ``SearchQuery`` into one WHERE clause that search, facets, timelines,
export and stats share, so every view of "these quotes" counts the same records. ``Browse`` is
mixed into ``SQLiteStore``; its methods return plain JSON-ready dicts, as every store read does.

Gender of a quote's speaker (``GENDER_SQL``): the cross-article speaker's (``speakers.gender``:
what the articles that name that person say, 'unknown' when they disagree), or for a speaker
with no identity (an unresolved "she") the article's own word (``quotes.speaker_gender``).
People are cross-article speakers of type person; the share of women is female / (female +
male): people or quotes whose gender the text does not give are counted apart, as unknown.
"""

from __future__ import annotations

import sqlite3
from collections.abc import Iterable
from dataclasses import dataclass, field
from datetime import date, timedelta
from typing import Any, ClassVar

from ..search import QueryError, SearchQuery

QUOTE_FROM = "quotes q JOIN articles a ON a.id = q.article_id LEFT JOIN speakers s ON s.id = q.speaker_id"
GENDER_SQL = "(CASE WHEN s.id IS NULL THEN q.speaker_gender ELSE s.gender END)"
TYPE_SQL = "COALESCE(s.type, q.speaker_type)"
#: records that rank last: two words or fewer, confidence under DEMOTE_BELOW, or flagged
#: (boilerplate: in a teaser list; unattributed: no speaker found)
DEMOTE_BELOW = 0.6
DEMOTED_SQL = f"(q.words <= 2 OR q.confidence < {DEMOTE_BELOW} OR q.flags != '[]')"
MONTH_SQL = "substr(a.date, 1, 7)"
WEEK_SQL = "date(a.date, '-' || ((CAST(strftime('%w', a.date) AS INTEGER) + 6) % 7) || ' days')"  # its Monday
#: speakers worth listing as who talks about something: a person or an organisation whose name
#: starts with a capital, or an unnamed source described in two words or more ("a US official");
#: never a name with a digit ("63 percent"), a document ("Poll"), a lone "who" or "police"
SOURCE_SQL = ("((s.type IN ('person', 'organization') AND s.name GLOB '[A-Z]*') OR (s.type = 'anonymous'"
              " AND s.name LIKE '% %')) AND s.name NOT GLOB '*[0-9]*'")
FACET_LIMIT = 50_000  # above this many matches, facets are not counted (each is a GROUP BY over them)
FACETS = ("outlet", "speaker", "kind", "gender", "month")


def until(value: str) -> str:
    """An exclusive upper bound for an inclusive YYYY[-MM[-DD]] date ('~' sorts after digits)."""
    return value + "~"


def share(part: int, other: int) -> float | None:
    """part / (part + other), rounded to 3 places; None when both are 0."""
    return round(part / (part + other), 3) if part + other else None


@dataclass
class Filters:
    """The WHERE clause of a query, its parameters, and the tables it needs joined."""

    where: list[str] = field(default_factory=list)
    params: list[Any] = field(default_factory=list)
    joins: set[str] = field(default_factory=set)  # "a" (articles), "s" (speakers), "fts"
    notes: list[str] = field(default_factory=list)  # what the user should know about the filters

    def add(self, condition: str, *params: Any, joins: Iterable[str] = ()) -> None:
        self.where.append(condition)
        self.params.extend(params)
        self.joins.update(joins)

    def also(self, condition: str, *params: Any, joins: Iterable[str] = ()) -> Filters:
        """A copy with one more condition."""
        copy = Filters(list(self.where), list(self.params), set(self.joins), list(self.notes))
        copy.add(condition, *params, joins=joins)
        return copy

    def source(self, *extra: str, fts_first: bool = False) -> str:
        """FROM ... WHERE ... for these filters (``extra``: joins the caller needs as well).

        fts_first: the FTS index is the outer loop (a CROSS JOIN keeps SQLite from reordering),
        so that ``ORDER BY quotes_fts.rowid DESC LIMIT n`` stops after n matches instead of
        sorting them all."""
        joins = self.joins | set(extra)
        if fts_first:
            sql = "quotes_fts CROSS JOIN quotes q ON q.id = quotes_fts.rowid"
            joins.discard("fts")
        else:
            sql = "quotes q"
        if "a" in joins:
            sql += " JOIN articles a ON a.id = q.article_id"
        if "s" in joins:
            sql += " LEFT JOIN speakers s ON s.id = q.speaker_id"
        if "fts" in joins:
            sql += " JOIN quotes_fts ON quotes_fts.rowid = q.id"
        return sql + (" WHERE " + " AND ".join(self.where) if self.where else "")


def _marks(values: list[Any]) -> str:
    return ",".join("?" * len(values)) or "NULL"


def _sort_sql(sort: str | None, allowed: dict[str, str], default: str) -> str:
    """ORDER BY for a ``sort`` parameter: a key of ``allowed``, '-key' for descending."""
    sort = sort or default
    key = sort.lstrip("-")
    if key not in allowed:
        choices = ", ".join(f"{k} or -{k}" for k in allowed)
        raise QueryError(f"sort {sort!r} is not one of {choices}")
    direction = "DESC" if sort.startswith("-") else "ASC"
    nulls = allowed[key].split(",")[0]
    return f"{nulls} IS NULL, " + ", ".join(f"{part} {direction}" for part in allowed[key].split(","))


class Browse:
    """Index pages, facets, timelines and source statistics over ``self.conn`` (an SQLiteStore)."""

    conn: sqlite3.Connection

    def _all(self, sql: str, params: Iterable[Any] = ()) -> list[dict[str, Any]]:
        return [dict(r) for r in self.conn.execute(sql, tuple(params))]

    def _count(self, sql: str, params: Iterable[Any] = ()) -> int:
        return int(self.conn.execute(sql, tuple(params)).fetchone()[0])

    # -- filters --------------------------------------------------------------------------
    def outlets_matching(self, outlet: str) -> list[str]:
        """The stored outlets an ``--outlet`` value means: those with exactly that name (any
        case), else those whose name contains it, case-insensitively."""
        exact = [r[0] for r in self.conn.execute(
            "SELECT DISTINCT outlet FROM articles WHERE outlet = ? COLLATE NOCASE", (outlet,))]
        if exact:
            return exact
        needle = outlet.casefold()
        return [r[0] for r in self.conn.execute("SELECT DISTINCT outlet FROM articles WHERE outlet IS NOT NULL")
                if needle in r[0].casefold()]

    def speaker_match(self, speaker: str) -> Any:
        raise NotImplementedError  # Speakers' (store/speakers.py)

    def _entity_ids(self, entity: str) -> list[int]:
        raise NotImplementedError  # SQLiteStore's

    def filters(self, query: SearchQuery, *, words: bool = True) -> Filters:
        """The WHERE clause that selects the quotes ``query`` asks for (its words too when ``words``)."""
        f = Filters()
        if words and query.match:
            f.add("quotes_fts MATCH ?", query.match, joins=["fts"])
        if query.speaker is not None:  # AmbiguousSpeaker when the name fits several people
            match = self.speaker_match(query.speaker)
            f.add(f"q.speaker_id IN ({_marks(match.ids)})", *match.ids)
            if match.note:
                f.notes.append(match.note)
        if query.entity is not None:
            ids = self._entity_ids(query.entity)
            f.add(f"q.id IN (SELECT quote_id FROM quote_entities WHERE entity_id IN ({_marks(ids)}))", *ids)
        if query.outlet:  # COLLATE NOCASE: the articles_outlet index answers it
            names = self.outlets_matching(query.outlet)
            f.add(f"a.outlet COLLATE NOCASE IN ({_marks(names)})", *names, joins=["a"])
        if query.since:
            f.add("a.date >= ?", query.since, joins=["a"])
        if query.until:
            f.add("a.date < ?", until(query.until), joins=["a"])
        if query.kinds:
            f.add(f"q.kind IN ({_marks(list(query.kinds))})", *query.kinds)
        if query.gender:
            f.add(f"{GENDER_SQL} = ?", query.gender, joins=["s"])
        if query.min_confidence > 0:
            f.add("q.confidence >= ?", query.min_confidence - 1e-9)
        return f

    # -- facets and timelines ---------------------------------------------------------------
    def facets(self, query: SearchQuery, limit: int = 10) -> dict[str, Any]:
        """Counts of the quotes ``query`` selects by outlet, speaker, kind, gender and month.

        Each list holds {"value", "label", "count"}, largest first (month: in date order, every
        month); at most ``limit`` outlets and speakers. Not counted above FACET_LIMIT matches
        ({"skipped": reason}).
        """
        f = self.filters(query)
        total = self._count(f"SELECT count(*) FROM {f.source()}", f.params)
        if total > FACET_LIMIT:
            return {"skipped": f"{total:,} quotes match: too many to count by outlet, speaker and month; "
                               "add words or filters"}
        base = f.source("a", "s")
        out: dict[str, Any] = {}
        out["outlet"] = self._all(
            f"SELECT a.outlet AS value, a.outlet AS label, count(*) AS count FROM"
            f" {f.also('a.outlet IS NOT NULL').source('a', 's')} GROUP BY a.outlet ORDER BY count DESC, value LIMIT ?",
            (*f.params, limit))
        out["speaker"] = self._all(
            f"SELECT q.speaker_id AS value, s.name AS label, count(*) AS count FROM"
            f" {f.also('q.speaker_id IS NOT NULL').source('a', 's')} GROUP BY q.speaker_id"
            " ORDER BY count DESC, label LIMIT ?", (*f.params, limit))
        out["kind"] = self._all(f"SELECT q.kind AS value, q.kind AS label, count(*) AS count FROM {base}"
                                " GROUP BY q.kind ORDER BY count DESC, value", f.params)
        out["gender"] = self._all(f"SELECT {GENDER_SQL} AS value, {GENDER_SQL} AS label, count(*) AS count"
                                  f" FROM {base} GROUP BY value ORDER BY count DESC, value", f.params)
        out["month"] = self._all(
            f"SELECT {MONTH_SQL} AS value, {MONTH_SQL} AS label, count(*) AS count FROM"
            f" {f.also('a.date IS NOT NULL').source('a', 's')} GROUP BY value ORDER BY value", f.params)
        return out

    def timeline(self, query: SearchQuery) -> dict[str, Any]:
        """Quotes per month of what ``query`` selects, or per week (Monday to Sunday) when the dated
        ones span three months or less: {"interval": "month"|"week", "counts": [{"period", "quotes"}],
        "undated": n}, every period between the first and the last included (empty ones as 0)."""
        f = self.filters(query)
        span = self.conn.execute(f"SELECT min(a.date), max(a.date), sum(a.date IS NULL) FROM {f.source('a')}",
                                 f.params).fetchone()
        first, last, undated = span[0], span[1], int(span[2] or 0)
        if not first:
            return {"interval": "month", "counts": [], "undated": undated}
        weekly = (date.fromisoformat(last) - date.fromisoformat(first)).days <= 92
        period = WEEK_SQL if weekly else MONTH_SQL
        counts = {r["period"]: r["quotes"] for r in self._all(
            f"SELECT {period} AS period, count(*) AS quotes FROM {f.also('a.date IS NOT NULL').source('a')}"
            " GROUP BY period ORDER BY period", f.params)}
        periods = _weeks(min(counts), max(counts)) if weekly else _months(min(counts), max(counts))
        return {"interval": "week" if weekly else "month",
                "counts": [{"period": p, "quotes": counts.get(p, 0)} for p in periods], "undated": undated}

    # -- index pages ------------------------------------------------------------------------
    def _index(self, select: str, source: str, params: list[Any], order: str, page: int,
               page_size: int) -> dict[str, Any]:
        total = self._count(f"SELECT count(*) FROM (SELECT 1 FROM {source})", params)
        rows = self._all(f"SELECT {select} FROM {source} ORDER BY {order} LIMIT ? OFFSET ?",
                         (*params, page_size, (page - 1) * page_size))
        return {"total": total, "page": page, "pages": max(1, -(-total // page_size)), "rows": rows}

    SPEAKER_SORTS: ClassVar[dict[str, str]] = {"quotes": "quotes", "name": "s.name COLLATE NOCASE",
                                               "articles": "articles", "outlets": "outlets", "last": "last",
                                               "first": "first", "gender": "s.gender"}

    def speakers_index(self, page: int = 1, page_size: int = 50, sort: str | None = None, name: str | None = None,
                       type: str | None = None, gender: str | None = None) -> dict[str, Any]:
        """Speakers with their counts, paged; ``name`` filters by a part of the name, ``type`` and
        ``gender`` by their values; sort by quotes (default: most first), name, articles, outlets,
        first or last date quoted."""
        where, params = ["1"], []
        if name:
            where.append("s.name LIKE ? ESCAPE '\\'")
            params.append("%" + name.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%")
        if type:
            where.append("s.type = ?")
            params.append(type)
        if gender:
            where.append("s.gender = ?")
            params.append(gender)
        source = (f"speakers s JOIN quotes q ON q.speaker_id = s.id JOIN articles a ON a.id = q.article_id"
                  f" WHERE {' AND '.join(where)} GROUP BY s.id")
        select = ("s.id, s.name, s.type, s.gender, s.authority_id, count(*) AS quotes,"
                  " count(DISTINCT q.article_id) AS articles,"
                  " count(DISTINCT a.outlet) AS outlets, min(a.date) AS first, max(a.date) AS last")
        order = _sort_sql(sort, self.SPEAKER_SORTS, "-quotes") + ", s.id"
        return self._index(select, source, params, order, page, page_size)

    OUTLET_SORTS: ClassVar[dict[str, str]] = {"outlet": "outlet COLLATE NOCASE", "articles": "articles", "quotes": "quotes",
                    "people": "people", "share_women": "share_women", "last": "last", "first": "first"}

    def outlets_index(self, page: int = 1, page_size: int = 50, sort: str | None = None,
                      query: SearchQuery | None = None) -> dict[str, Any]:
        """Outlets with articles, quotes, people quoted by gender and the share of women among
        them (people whose gender the text gives), over the quotes ``query`` selects (default: the
        min_confidence setting), paged; sort by quotes (default), outlet, articles, people,
        share_women, first or last date."""
        rows = self.source_stats(("outlet",), query or SearchQuery())
        articles = {r["outlet"]: r for r in self._all(
            "SELECT outlet, count(*) AS articles, min(date) AS first, max(date) AS last FROM articles"
            " WHERE outlet IS NOT NULL GROUP BY outlet")}
        out = []
        for outlet, info in articles.items():
            stat = next((r for r in rows if r["outlet"] == outlet), None) or _empty_stats({"outlet": outlet})
            out.append({**stat, "articles": info["articles"], "first": info["first"], "last": info["last"],
                        "share_women": stat["share_female_people"]})
        key = (sort or "-quotes").lstrip("-")
        if key not in self.OUTLET_SORTS:
            _sort_sql(sort, self.OUTLET_SORTS, "-quotes")  # raises the QueryError naming the choices
        reverse = (sort or "-quotes").startswith("-")
        present = [r for r in out if r[key] is not None]
        present.sort(key=lambda r: (r[key].casefold() if isinstance(r[key], str) else r[key]), reverse=reverse)
        ordered = present + [r for r in out if r[key] is None]
        total = len(ordered)
        return {"total": total, "page": page, "pages": max(1, -(-total // page_size)),
                "rows": ordered[(page - 1) * page_size: page * page_size]}

    ENTITY_SORTS: ClassVar[dict[str, str]] = {"quotes": "quotes", "articles": "articles", "speakers": "speakers",
                                              "name": "e.name COLLATE NOCASE"}

    def entities_index(self, page: int = 1, page_size: int = 50, sort: str | None = None, name: str | None = None,
                       type: str | None = None) -> dict[str, Any]:
        """Entities (people, organisations, places, ...) with the articles that mention them and
        the quotes that do, paged; sort by articles (default), quotes, speakers or name."""
        where, params = ["1"], []
        if name:
            where.append("e.name LIKE ?")
            params.append(f"%{name}%")
        if type:
            where.append("e.type = ?")
            params.append(type.upper())
        source = (f"entities e JOIN article_entities ae ON ae.entity_id = e.id WHERE {' AND '.join(where)}"
                  " GROUP BY e.id")
        select = ("e.id, e.name, e.type, count(DISTINCT ae.article_id) AS articles,"
                  " (SELECT count(*) FROM quote_entities qe WHERE qe.entity_id = e.id) AS quotes,"
                  " (SELECT count(DISTINCT q.speaker_id) FROM quote_entities qe JOIN quotes q ON q.id = qe.quote_id"
                  " WHERE qe.entity_id = e.id) AS speakers")
        order = _sort_sql(sort, self.ENTITY_SORTS, "-articles") + ", e.id"
        return self._index(select, source, params, order, page, page_size)

    ARTICLE_SORTS: ClassVar[dict[str, str]] = {"date": "a.date", "title": "a.title COLLATE NOCASE",
                                               "outlet": "a.outlet COLLATE NOCASE", "quotes": "a.n_quotes"}

    def articles_index(self, page: int = 1, page_size: int = 50, sort: str | None = None,
                       outlet: str | None = None, since: str | None = None, until_: str | None = None) -> dict[str, Any]:
        """Articles with outlet, date, title, URL and number of quotes, paged; filter by outlet
        (as search does) and dates; sort by date (default: newest first), title, outlet or quotes."""
        where, params = ["1"], []
        if outlet:
            names = self.outlets_matching(outlet)
            where.append(f"a.outlet COLLATE NOCASE IN ({_marks(names)})")
            params.extend(names)
        if since:
            where.append("a.date >= ?")
            params.append(since)
        if until_:
            where.append("a.date < ?")
            params.append(until(until_))
        source = f"articles a WHERE {' AND '.join(where)}"
        select = "a.id, a.title, a.outlet, a.date, a.author, a.url, a.n_quotes AS quotes, a.source"
        order = _sort_sql(sort, self.ARTICLE_SORTS, "-date") + ", a.id"
        return self._index(select, source, params, order, page, page_size)

    # -- sources by gender -------------------------------------------------------------------
    def source_stats(self, by: Iterable[str] = ("outlet",), query: SearchQuery | None = None) -> list[dict[str, Any]]:
        """Quotes by people, and the people quoted, by gender, grouped ``by`` any of "outlet",
        "month", "year", "kind" (none: one row of totals), over the quotes ``query`` selects.

        Each row: the group values, ``quotes`` (by people), ``quotes_female``/``_male``/``_unknown``,
        ``share_female_quotes``; ``people`` (distinct speakers of type person), ``people_female``/
        ``_male``/``_unknown``, ``share_female_people``. Shares are of those whose gender is known.
        Quotes of an unnamed person ("she said", resolved to nobody) count as quotes, not as people.
        """
        columns = {"outlet": "a.outlet", "month": MONTH_SQL, "year": "substr(a.date, 1, 4)", "kind": "q.kind"}
        by = tuple(by)
        unknown = [b for b in by if b not in columns]
        if unknown:
            raise QueryError(f"cannot group by {', '.join(map(repr, unknown))}; use any of {', '.join(columns)}")
        f = self.filters(query or SearchQuery())
        f.add(f"{TYPE_SQL} = 'person'", joins=["s"])
        keys = [f"{columns[b]} AS {b}" for b in by]
        group = f" GROUP BY {', '.join(by)} ORDER BY {', '.join(f'{b} IS NULL, {b}' for b in by)}" if by else ""
        select = ", ".join([*keys, "count(*) AS quotes",
                            *(f"sum({GENDER_SQL} = '{g}') AS quotes_{g}" for g in ("female", "male", "unknown")),
                            "count(DISTINCT q.speaker_id) AS people",
                            *(f"count(DISTINCT CASE WHEN s.gender = '{g}' THEN s.id END) AS people_{g}"
                              for g in ("female", "male", "unknown"))])
        rows = self._all(f"SELECT {select} FROM {f.source('a')}{group}", f.params)
        out = []
        for row in rows:
            if not by and not row["quotes"]:
                row = _empty_stats({})
            for kind in ("quotes", "people"):
                row[f"share_female_{kind}"] = share(row[f"{kind}_female"] or 0, row[f"{kind}_male"] or 0)
                for g in ("female", "male", "unknown"):
                    row[f"{kind}_{g}"] = row[f"{kind}_{g}"] or 0
            out.append(row)
        return out

    def outlet(self, name: str, query: SearchQuery | None = None) -> dict[str, Any] | None:
        """One outlet (its exact stored name, any case): counts, sources by gender in total and
        per month, its most quoted people with their gender, over the quotes ``query`` selects
        (default: the min_confidence setting); None when no article has it."""
        row = self.conn.execute("SELECT outlet, count(*), min(date), max(date) FROM articles"
                                " WHERE outlet = ? COLLATE NOCASE GROUP BY outlet", (name,)).fetchone()
        if row is None:
            return None
        outlet = row[0]
        base = query or SearchQuery()
        scoped = SearchQuery(**{**base.to_dict(), "outlet": outlet, "kinds": base.kinds, "kind": None})
        total = self.source_stats((), scoped)[0]
        months = self.source_stats(("month",), scoped)
        f = self.filters(scoped)
        speakers = self._all(
            f"SELECT s.id, s.name, s.type, s.gender, count(*) AS quotes FROM {f.also(SOURCE_SQL).source('s')}"
            " GROUP BY s.id ORDER BY quotes DESC, s.name LIMIT 20", f.params)
        return {"outlet": outlet, "articles": row[1], "first": row[2], "last": row[3], "totals": total,
                "months": [m for m in months if m["month"]], "speakers": speakers,
                "quotes_all": self._count(f"SELECT count(*) FROM {f.source()}", f.params)}


def _empty_stats(keys: dict[str, Any]) -> dict[str, Any]:
    row = {**keys, "quotes": 0, "people": 0}
    for kind in ("quotes", "people"):
        row.update({f"{kind}_{g}": 0 for g in ("female", "male", "unknown")})
        row[f"share_female_{kind}"] = None
    return row


def _months(first: str, last: str) -> list[str]:
    year, month = int(first[:4]), int(first[5:7])
    out = []
    while True:
        key = f"{year:04d}-{month:02d}"
        out.append(key)
        if key >= last:
            return out
        year, month = (year + 1, 1) if month == 12 else (year, month + 1)


def _weeks(first: str, last: str) -> list[str]:
    day, end = date.fromisoformat(first), date.fromisoformat(last)
    out = []
    while day <= end:
        out.append(day.isoformat())
        day += timedelta(days=7)
    return out
