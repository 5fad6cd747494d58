"""Speakers across a corpus (SQLite): derive them, find them by name, correct them, link them.

``Speakers`` is mixed into ``SQLiteStore``. It feeds ``identity.derive`` the evidence every
article left in the store (each quote's speaker as written, the article's entities) with the
user's corrections and authority entries, and writes what comes back: ``speakers`` (kept by key,
so a speaker keeps its id while its key stays), ``speaker_aliases``, ``speaker_merges`` (one
reason per speaker, article and name as written, with its rule) and each quote's
``speaker_id``. Nothing is extracted again: ``reidentify`` runs after every ingest that added
articles, whenever the rules changed (``identity.RULES_VERSION``), and after every correction.

``speaker_match(text)`` is what ``--speaker`` means: an id, a name or any alias; a name that fits
several corpus speakers ("Clinton") is an ``AmbiguousSpeaker`` error that carries them.
"""

from __future__ import annotations

import json
import sqlite3
from collections import Counter, defaultdict
from collections.abc import Iterable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from typing import Any

from ..errors import StoreError
from ..language.names import fold
from ..search import QueryError, is_id
from . import identity
from .identity import Authority, Correction, EntityEvidence, QuoteEvidence
from .names import middles_compatible, parse_person, surname_key

OPS = ("merge", "split", "rename", "reassign")
#: what a correction holds, in the order it is exported and imported
CORRECTION_FIELDS = ("op", "speaker_key", "speaker_name", "other_key", "other_name", "article_id", "quote_start",
                     "quote_end", "quote_text", "value", "note")


class AmbiguousSpeaker(QueryError):
    """A speaker name that fits several corpus speakers; ``candidates`` lists them with their quotes."""

    def __init__(self, text: str, candidates: list[dict[str, Any]], local: dict[str, int] | None = None) -> None:
        self.text, self.candidates, self.local = text, candidates, local or {"speakers": 0, "quotes": 0}
        shown = "; ".join(f"{c['name']} (id {c['id']}, {_n(c['quotes'], 'quote')})" for c in candidates[:8])
        more = f"; and {len(candidates) - 8} more" if len(candidates) > 8 else ""
        unresolved = (f"; {_n(self.local['quotes'], 'more quote')} under '{text}' in articles that do not say which "
                      f"one ({_n(self.local['speakers'], 'speaker')}, each kept to its article)") \
            if self.local["quotes"] else ""
        super().__init__(f"{text!r} fits {len(candidates)} speakers: {shown}{more}{unresolved}. "
                         "Give one of them: its full name or its id")

    def to_dict(self) -> dict[str, Any]:
        return {"speaker": self.text, "candidates": self.candidates, "unresolved": self.local}


@dataclass
class SpeakerMatch:
    """What a --speaker value selects: speaker ids, and a note when that needs saying."""

    ids: list[int] = field(default_factory=list)
    note: str | None = None


class Speakers:
    """Derivation, lookup, corrections and authority links over ``self.conn`` (an SQLiteStore)."""

    conn: sqlite3.Connection
    path: str

    # -- deriving -------------------------------------------------------------------------

    @contextmanager
    def _writing(self) -> Iterator[None]:
        """One write transaction (BEGIN IMMEDIATE ... COMMIT), rolled back on any error."""
        self.conn.execute("BEGIN IMMEDIATE")
        try:
            yield
            self.conn.execute("COMMIT")
        except BaseException:
            if self.conn.in_transaction:
                self.conn.execute("ROLLBACK")
            raise

    def _state(self, key: str) -> str | None:
        row = self.conn.execute("SELECT value FROM store_state WHERE key = ?", (key,)).fetchone()
        return row[0] if row else None

    def _set_state(self, key: str, value: str) -> None:
        self.conn.execute("INSERT INTO store_state (key, value) VALUES (?, ?) ON CONFLICT (key) DO UPDATE SET"
                          " value = excluded.value", (key, value))

    def identities_stale(self) -> bool:
        """True when the speakers were not derived under the current rules, or articles came in since."""
        return self._state("identity_rules") != identity.RULES_VERSION or self._state("identity_dirty") == "1"

    def _evidence(self) -> tuple[list[QuoteEvidence], dict[str, dict[str, EntityEvidence]]]:
        quotes = [QuoteEvidence(*row) for row in self.conn.execute(
            'SELECT id, article_id, speaker_name, speaker_mention, speaker_entity, speaker_type, speaker_gender,'
            ' start, "end" FROM quotes ORDER BY id')]
        entities: dict[str, dict[str, EntityEvidence]] = defaultdict(dict)
        for article_id, local_id, name, kind, aliases in self.conn.execute(
                "SELECT article_id, local_id, name, type, aliases FROM article_entities ORDER BY id"):
            entities[article_id][local_id] = EntityEvidence(local_id, name, kind, tuple(json.loads(aliases)))
        return quotes, entities

    def _corrections_in_order(self) -> list[Correction]:
        return [Correction(**row) for row in (dict(r) for r in self.conn.execute(
            "SELECT id, op, speaker_key, speaker_name, other_key, other_name, article_id, quote_start, quote_end,"
            " quote_text, value FROM corrections ORDER BY id"))]

    def _authority_entries(self) -> list[Authority]:
        return [Authority(r[0], r[1], tuple(json.loads(r[2])), r[3]) for r in self.conn.execute(
            "SELECT id, name, aliases, description FROM authorities ORDER BY id")]

    def reidentify(self) -> dict[str, Any]:
        """Derive every speaker again from the stored evidence, the corrections and the authority
        entries (nothing is extracted again); one transaction. Returns what changed: speakers
        before and after, quotes whose speaker changed, and what became of each correction."""
        own = not self.conn.in_transaction
        if own:
            self.conn.execute("BEGIN IMMEDIATE")
        try:
            summary = self._reidentify()
            if own:
                self.conn.execute("COMMIT")
        except BaseException as exc:
            if own and self.conn.in_transaction:
                self.conn.execute("ROLLBACK")
            if isinstance(exc, sqlite3.Error):
                raise StoreError(f"{self.path}: could not derive the speakers again ({exc}); nothing was changed: "
                                 "run 'onrecord reidentify' again") from exc
            raise
        return summary

    def _reidentify(self) -> dict[str, Any]:
        conn = self.conn
        quotes, entities = self._evidence()
        result = identity.derive(quotes, entities, self._corrections_in_order(), self._authority_entries())
        before = conn.execute("SELECT count(*) FROM speakers").fetchone()[0]
        ids = {key: sid for sid, key in conn.execute("SELECT id, key FROM speakers")}
        first_quote: dict[str, int] = {}
        for qid, key in result.quote_key.items():
            first_quote.setdefault(key, qid)
        genders: dict[str, Counter[str]] = defaultdict(Counter)
        by_id = {q.id: q for q in quotes}
        for qid, key in result.quote_key.items():
            genders[key][by_id[qid].gender] += 1
        # speakers: kept by key (their ids stay), new ones in the order of their first quote
        for key in sorted(result.rows, key=lambda k: (first_quote.get(k, 0), k)):
            row = result.rows[key]
            female, male = genders[key]["female"], genders[key]["male"]
            gender = "female" if female and not male else "male" if male and not female else "unknown"
            values = (row.name, row.type, row.lookup, row.middles, row.authority_id, row.authority, gender, female,
                      male)
            if key in ids:
                conn.execute("UPDATE speakers SET name = ?, type = ?, lookup = ?, middles = ?, authority_id = ?,"
                             " authority = ?, gender = ?, female_quotes = ?, male_quotes = ? WHERE id = ?",
                             (*values, ids[key]))
            else:
                ids[key] = conn.execute(
                    "INSERT INTO speakers (key, name, type, lookup, middles, authority_id, authority, gender,"
                    " female_quotes, male_quotes) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)", (key, *values)).lastrowid
        current = dict(conn.execute("SELECT id, speaker_id FROM quotes"))
        changes = [(ids[result.quote_key[q.id]] if q.id in result.quote_key else None, q.id) for q in quotes]
        changes = [(sid, qid) for sid, qid in changes if current.get(qid) != sid]
        conn.executemany("UPDATE quotes SET speaker_id = ? WHERE id = ?", changes)
        conn.execute("DELETE FROM speaker_aliases")
        conn.executemany("INSERT OR IGNORE INTO speaker_aliases (speaker_id, alias, alias_norm) VALUES (?, ?, ?)",
                         [(ids[key], alias, fold(alias)) for key, row in result.rows.items()
                          for alias in sorted({row.name, *row.aliases}) if fold(alias)])
        conn.execute("DELETE FROM speaker_merges")
        merges: dict[tuple[int, str, str], tuple[str, str]] = {}
        for qid, key in result.quote_key.items():
            q = by_id[qid]
            written = q.name or q.mention or result.rows[key].name
            merges.setdefault((ids[key], q.article_id, written), result.quote_reason[qid])
        conn.executemany("INSERT INTO speaker_merges (speaker_id, article_id, written, rule, reason)"
                         " VALUES (?, ?, ?, ?, ?)", [(*k, *v) for k, v in merges.items()])
        keep = {ids[key] for key in result.rows}
        gone = [(sid,) for sid in ids.values() if sid not in keep]
        conn.executemany("DELETE FROM speakers WHERE id = ?", gone)
        conn.executemany("UPDATE corrections SET status = ? WHERE id = ?",
                         [(status, cid) for cid, status in result.corrections.items()])
        self._set_state("identity_rules", identity.RULES_VERSION)
        self._set_state("identity_dirty", "0")
        return {"speakers_before": before, "speakers": len(result.rows), "quotes_moved": len(changes),
                "corrections": dict(result.corrections), "notes": result.notes}

    # -- finding a speaker by what the user types ---------------------------------------------
    def _speaker_rows(self, ids: Iterable[int]) -> list[dict[str, Any]]:
        ids = sorted(set(ids))
        if not ids:
            return []
        marks = ",".join("?" * len(ids))
        return [dict(r) for r in self.conn.execute(
            f"SELECT s.id, s.name, s.type, s.key, s.middles, s.authority_id, count(q.id) AS quotes FROM speakers s"
            f" LEFT JOIN quotes q ON q.speaker_id = s.id WHERE s.id IN ({marks}) GROUP BY s.id"
            " ORDER BY quotes DESC, s.name", ids)]

    def speaker_candidates(self, text: str) -> list[dict[str, Any]]:
        """Every speaker ``text`` may mean: by id, by any alias, by the name's given name and
        surname (its middle names agreeing); each with its quotes, most quoted first."""
        text = " ".join(text.split())
        if is_id(text):
            return self._speaker_rows([int(text)])
        if text.isascii() and text.isdigit():
            return []  # digits too many for an id name no one
        ids = {r[0] for r in self.conn.execute("SELECT speaker_id FROM speaker_aliases WHERE alias_norm = ?",
                                                 (fold(text),))}
        parsed = parse_person(text)
        if parsed is not None and parsed.full:  # the same given name and surname, middle names agreeing
            for sid, middles in self.conn.execute("SELECT id, middles FROM speakers WHERE lookup = ? AND"
                                                  " type = 'person'", (" ".join(parsed.base[:2]),)):
                mine = tuple(m[0] for m in parsed.middles)
                if not middles or not mine or middles_compatible(mine, tuple(middles.split())):
                    ids.add(sid)
        elif parsed is not None and not parsed.first and (not parsed.titles or not ids):
            # a surname ("Clinton"): everyone of that surname; a title and a surname: its aliases first
            ids |= {r[0] for r in self.conn.execute(
                "SELECT id FROM speakers WHERE type = 'person' AND key LIKE 'person:%' AND lookup LIKE ? ESCAPE '\\'",
                ("% " + _like(surname_key(parsed.last)),))}
            last = _like(parsed.last)  # and those of that surname kept to their articles
            ids |= {r[0] for r in self.conn.execute(
                "SELECT id FROM speakers WHERE key LIKE 'local:%' AND (key LIKE ? ESCAPE '\\' OR key LIKE ? ESCAPE '\\')",
                (f"%:person:{last}", f"%:person:{last}#%"))}
        return self._speaker_rows(ids)

    def speaker_match(self, text: str) -> SpeakerMatch:
        """The speakers a --speaker value selects. One corpus speaker (a person or organisation
        known across articles): that one. Several: ``AmbiguousSpeaker``, unless exactly one is
        called by that very name. Only speakers kept to their articles (a surname no article
        resolved): all of them, with a note saying they are not known to be one person."""
        rows = self.speaker_candidates(text)
        corpus = [r for r in rows if not r["key"].startswith("local:")]
        local = [r for r in rows if r["key"].startswith("local:")]
        unresolved = {"speakers": len(local), "quotes": sum(r["quotes"] for r in local)}
        if len(corpus) > 1:
            exact = [r for r in corpus if fold(r["name"]) == fold(text)]
            if len(exact) == 1 and not exact[0]["middles"]:
                corpus = exact
            else:
                raise AmbiguousSpeaker(text, [_public(r) for r in corpus], unresolved)
        if corpus:
            note = None
            if local and unresolved["quotes"]:
                note = (f"{unresolved['quotes']} more quotes are under '{text}' in articles that do not say who that "
                        f"is ({len(local)} speakers, each kept to its article): not counted here")
            return SpeakerMatch([r["id"] for r in corpus], note)
        if local:
            note = None
            if len(local) > 1:
                note = (f"'{text}' is {len(local)} speakers, each kept to its article (not known to be one person): "
                        "all shown")
            return SpeakerMatch([r["id"] for r in local], note)
        return SpeakerMatch([], f"no speaker is called {text!r}; 'onrecord speakers' lists them")

    def one_speaker(self, text: str) -> dict[str, Any]:
        """The one speaker ``text`` names (an id, a name, an alias), or a StoreError / AmbiguousSpeaker."""
        rows = self.speaker_candidates(text)
        corpus = [r for r in rows if not r["key"].startswith("local:")]
        if len(corpus) > 1:
            exact = [r for r in corpus if fold(r["name"]) == fold(text)]
            if len(exact) != 1:
                raise AmbiguousSpeaker(text, [_public(r) for r in corpus])
            corpus = exact
        if corpus:
            return corpus[0]
        if len(rows) == 1:
            return rows[0]
        if rows:
            raise AmbiguousSpeaker(text, [_public(r) for r in rows])
        raise StoreError(f"no speaker is called {text!r}; 'onrecord speakers --db {self.path}' lists them "
                         "(give a name, an alias or an id)")

    def speaker_why(self, text: str) -> dict[str, Any]:
        """Why the quotes of one speaker are one speaker: its key, aliases, authority link, the
        reasons by rule (with how many articles each, and examples), and the corrections that touch it."""
        row = self.one_speaker(text)
        sid = row["id"]
        data = dict(self.conn.execute("SELECT id, key, name, type, gender, authority_id, authority FROM speakers"
                                      " WHERE id = ?", (sid,)).fetchone())
        data["quotes"] = row["quotes"]
        data["aliases"] = [r[0] for r in self.conn.execute(
            "SELECT alias FROM speaker_aliases WHERE speaker_id = ? ORDER BY alias", (sid,))]
        data["why"] = self.speaker_reasons(sid)
        data["corrections"] = [dict(r) for r in self.conn.execute(
            "SELECT * FROM corrections WHERE speaker_key = ? OR other_key = ? ORDER BY id", (data["key"], data["key"]))]
        return data

    def speaker_reasons(self, speaker_id: int, examples: int = 3) -> list[dict[str, Any]]:
        """The reasons of a speaker's merges grouped by rule: {rule, articles, names, examples}."""
        groups: dict[str, dict[str, Any]] = {}
        for rule, reason, written, article_id in self.conn.execute(
                "SELECT rule, reason, written, article_id FROM speaker_merges WHERE speaker_id = ? ORDER BY rowid",
                (speaker_id,)):
            group = groups.setdefault(rule, {"rule": rule, "articles": set(), "names": Counter(), "examples": []})
            group["articles"].add(article_id)
            group["names"][written] += 1
            if reason not in group["examples"] and len(group["examples"]) < examples:
                group["examples"].append(reason)
        out = []
        for group in sorted(groups.values(), key=lambda g: (-len(g["articles"]), g["rule"])):
            out.append({"rule": group["rule"], "articles": len(group["articles"]),
                        "names": [n for n, _ in group["names"].most_common(8)], "examples": group["examples"]})
        return out

    # -- corrections ------------------------------------------------------------------------
    def corrections(self) -> list[dict[str, Any]]:
        """The user's corrections, oldest first, with what the last derivation made of each."""
        return [dict(r) for r in self.conn.execute("SELECT * FROM corrections ORDER BY id")]

    def add_correction(self, op: str, speaker: str | None = None, other: str | None = None,
                       article: str | None = None, quote: int | None = None, value: str | None = None,
                       note: str | None = None) -> dict[str, Any]:
        """Record a correction and derive the speakers again; returns the stored correction (with its status).

        merge: ``speaker`` and ``other`` are one (``other``'s quotes join ``speaker``); split: the
        quotes of ``speaker`` in ``article`` become a speaker of their own (``other``: an existing
        speaker to give them to, or the name of a new one); rename: ``speaker`` is called ``value``;
        reassign: quote id ``quote`` is by ``other`` (a speaker, or the name of a new one).
        """
        if op not in OPS:
            raise StoreError(f"unknown correction {op!r}; use one of {', '.join(OPS)}")
        record: dict[str, Any] = dict.fromkeys(CORRECTION_FIELDS)
        record.update(op=op, note=note, speaker_key="", speaker_name="")
        if op != "reassign":
            if not speaker:
                raise StoreError(f"'{op}' needs the speaker to correct (a name, an alias or an id)")
            a = self.one_speaker(speaker)
            record.update(speaker_key=a["key"], speaker_name=a["name"])
        if op == "merge":
            if not other:
                raise StoreError("'merge' needs two speakers: onrecord speakers merge A B")
            b = self.one_speaker(other)
            if b["id"] == a["id"]:
                raise StoreError(f"{speaker!r} and {other!r} are already one speaker ({a['name']}, id {a['id']})")
            record.update(other_key=b["key"], other_name=b["name"])
        elif op == "split":
            if not article:
                raise StoreError("'split' needs the article: onrecord speakers split A --article ID")
            found = self.conn.execute("SELECT count(*) FROM quotes WHERE article_id = ? AND speaker_id = ?",
                                      (article, a["id"])).fetchone()[0]
            if not found:
                raise StoreError(f"{a['name']} (id {a['id']}) has no quote in article {article!r}; its articles are "
                                 f"on its page (/speakers/{a['id']})")
            record["article_id"] = article
            if other:
                self._target(record, other)
        elif op == "rename":
            if not value or not value.strip():
                raise StoreError("'rename' needs the new name: onrecord speakers rename A \"New Name\"")
            record["value"] = " ".join(value.split())
        elif op == "reassign":
            row = self.conn.execute('SELECT q.article_id, q.start, q."end", q.text, s.key, s.name FROM quotes q'
                                    " LEFT JOIN speakers s ON s.id = q.speaker_id WHERE q.id = ?",
                                    (quote,)).fetchone() if quote is not None else None
            if row is None:
                raise StoreError(f"no quote with id {quote!r}; search shows each quote's id (#123)")
            if not other:
                raise StoreError("'reassign' needs the speaker: onrecord quotes reassign QUOTE_ID SPEAKER")
            record.update(article_id=row[0], quote_start=row[1], quote_end=row[2], quote_text=row[3],
                          speaker_key=row[4] or "", speaker_name=row[5] or "")
            self._target(record, other)
        return self._insert_corrections([record])[0]

    def _target(self, record: dict[str, Any], other: str) -> None:
        """Where split --as / reassign send quotes: an existing speaker, else a new one of that name."""
        try:
            b = self.one_speaker(other)
        except AmbiguousSpeaker:
            raise
        except StoreError:
            if other.strip().isascii() and other.strip().isdigit():
                raise
            record.update(other_key=None, other_name=" ".join(other.split()))
            return
        record.update(other_key=b["key"], other_name=b["name"])

    def _insert_corrections(self, records: list[dict[str, Any]]) -> list[dict[str, Any]]:
        with self._writing():
            ids = [self.conn.execute(
                f"INSERT INTO corrections ({', '.join(CORRECTION_FIELDS)}) VALUES ({', '.join('?' * len(CORRECTION_FIELDS))})",
                [r.get(f) for f in CORRECTION_FIELDS]).lastrowid for r in records]
            self._reidentify()
        marks = ",".join("?" * len(ids))
        return [dict(r) for r in self.conn.execute(f"SELECT * FROM corrections WHERE id IN ({marks}) ORDER BY id", ids)]

    def remove_correction(self, correction_id: int) -> dict[str, Any]:
        """Delete one correction and derive the speakers again; returns the removed correction."""
        row = self.conn.execute("SELECT * FROM corrections WHERE id = ?", (correction_id,)).fetchone()
        if row is None:
            raise StoreError(f"no correction with id {correction_id}; 'onrecord corrections' lists them")
        with self._writing():
            self.conn.execute("DELETE FROM corrections WHERE id = ?", (correction_id,))
            self._reidentify()
        return dict(row)

    def import_corrections(self, records: Iterable[dict[str, Any]]) -> dict[str, int]:
        """Add corrections exported from a store (``onrecord corrections -o``), in their order,
        leaving out those already here; derive the speakers again. Returns {"added", "known"}."""
        have = {_fingerprint(r) for r in self.corrections()}
        new, known = [], 0
        for number, record in enumerate(records, 1):
            if record.get("op") not in OPS:
                raise StoreError(f"correction {number}: 'op' must be one of {', '.join(OPS)}, not {record.get('op')!r}")
            clean = {f: record.get(f) for f in CORRECTION_FIELDS}
            for f in ("speaker_key", "speaker_name"):
                clean[f] = clean[f] or ""
            for f in ("quote_start", "quote_end"):
                number_text = clean[f]
                clean[f] = int(number_text) if number_text not in (None, "") else None
            clean = {f: (None if v == "" and f not in ("speaker_key", "speaker_name") else v) for f, v in clean.items()}
            if _fingerprint(clean) in have:
                known += 1
                continue
            have.add(_fingerprint(clean))
            new.append(clean)
        if new:
            self._insert_corrections(new)
        return {"added": len(new), "known": known}

    # -- an authority file ---------------------------------------------------------------------
    def load_authorities(self, entries: Iterable[Authority], source: str | None = None) -> dict[str, Any]:
        """Store the entries of an authority file (an entry with a known id replaces it) and derive
        the speakers again; returns how many entries, how many speakers are linked, and the
        speakers two entries fit (not linked)."""
        entries = list(entries)
        with self._writing():
            self.conn.executemany(
                "INSERT INTO authorities (id, name, aliases, description, source) VALUES (?, ?, ?, ?, ?)"
                " ON CONFLICT (id) DO UPDATE SET name = excluded.name, aliases = excluded.aliases,"
                " description = excluded.description, source = excluded.source",
                [(e.id, e.name, json.dumps(list(e.aliases), ensure_ascii=False), e.description, source) for e in entries])
            summary = self._reidentify()
        linked = self.conn.execute("SELECT count(*), count(DISTINCT authority_id) FROM speakers"
                                   " WHERE authority_id IS NOT NULL").fetchone()
        return {"entries": len(entries), "speakers_linked": linked[0], "ids_linked": linked[1],
                "not_linked": summary["notes"]}

    def authorities(self) -> list[dict[str, Any]]:
        """The stored authority entries, each with the speakers linked to it."""
        rows = [dict(r) for r in self.conn.execute("SELECT * FROM authorities ORDER BY id")]
        linked: dict[str, list[dict[str, Any]]] = defaultdict(list)
        for sid, name, authority_id in self.conn.execute(
                "SELECT id, name, authority_id FROM speakers WHERE authority_id IS NOT NULL ORDER BY id"):
            linked[authority_id].append({"id": sid, "name": name})
        for row in rows:
            row["aliases"] = json.loads(row["aliases"])
            row["speakers"] = linked.get(row["id"], [])
        return rows


def _n(count: int, word: str) -> str:
    return f"{count} {word}{'' if count == 1 else 's'}"


def _like(text: str) -> str:
    """``text`` for a LIKE pattern with ESCAPE '\\': its own % and _ are no wildcards."""
    return text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_")


def _public(row: dict[str, Any]) -> dict[str, Any]:
    return {k: row[k] for k in ("id", "name", "type", "quotes", "authority_id")}


def _fingerprint(record: dict[str, Any]) -> tuple[Any, ...]:
    return tuple(record.get(f) for f in CORRECTION_FIELDS if f != "note")


def correction_records(rows: Iterable[dict[str, Any]]) -> list[dict[str, Any]]:
    """Corrections as exported: their fields in order, with the status and date they were made."""
    return [{**{f: row.get(f) for f in CORRECTION_FIELDS}, "status": row.get("status"),
             "created_at": row.get("created_at")} for row in rows]


__all__ = ["AmbiguousSpeaker", "Authority", "SpeakerMatch", "Speakers", "correction_records"]
