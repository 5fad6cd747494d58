"""Articles <-> flat Parquet rows: nothing lost, columns as documented."""

from __future__ import annotations

import pyarrow.parquet as pq

from onrecord.scale.records import (
    SCHEMAS,
    flatten,
    reason_kind,
    results_to_rows,
    rows_to_results,
    to_table,
)
from onrecord.types import Article, Boilerplate, Entity, Quote, Skipped, Speaker

TEXT = (
    'Mayor Ann Lee said the plan was sound. "We will build it," she said. "All of it." '
    "Related: Five things to know"
)

ARTICLE = Article(
    id="lee-plan",
    source="news/lee.txt",
    text=TEXT,
    quotes=(
        Quote(
            id="q1", kind="direct", text="We will build it,\" she said. \"All of it.", start=40, end=80,
            cue="said", cue_start=62, cue_end=66,
            speaker=Speaker(name="Ann Lee", mention="she", start=58, end=61, entity="e1", type="person"),
            confidence=0.9, fragments=((40, 57), (69, 80)),
        ),
        Quote(id="q2", kind="indirect", text="the plan was sound", start=19, end=37, cue="said",
              cue_start=14, cue_end=18, flags=("boilerplate",)),
    ),
    entities=(Entity(id="e1", name="Ann Lee", type="PERSON", aliases=("Lee", "Mayor Ann Lee"),
                     mentions=((6, 13), (58, 61))),),
    boilerplate=(Boilerplate(82, 110, "related-links"),),
    meta={"url": "https://example.org/lee", "date": "2024-05-02"},
)


def test_quote_rows_carry_article_id_and_flat_speaker():
    rows = results_to_rows([ARTICLE])
    first = rows["quotes"][0]
    assert first["article_id"] == "lee-plan"
    assert (first["speaker_name"], first["speaker_mention"], first["speaker_start"]) == ("Ann Lee", "she", 58)
    assert first["fragments"] == [[40, 57], [69, 80]]
    assert rows["quotes"][1]["speaker_name"] is None
    assert rows["quotes"][1]["flags"] == ["boilerplate"]
    assert [r["article_id"] for r in rows["entities"]] == ["lee-plan"]
    assert rows["boilerplate"] == [{"article_id": "lee-plan", "start": 82, "end": 110, "reason": "related-links"}]


def test_every_contract_field_has_a_column():
    quote = flatten(ARTICLE.quotes[0].to_dict())
    assert set(SCHEMAS["quotes"].names) == {"article_id", *quote}
    assert set(SCHEMAS["entities"].names) == {"article_id", *ARTICLE.entities[0].to_dict()}


def test_parquet_round_trip_gives_back_the_same_records(tmp_path):
    skipped = Skipped("big", "dump.jsonl#3", "dump.jsonl#3: document has 6,000,001 characters, over the limit")
    rows = results_to_rows([skipped, ARTICLE])
    tables = {}
    for name, table_rows in rows.items():
        pq.write_table(to_table(name, table_rows), tmp_path / f"{name}.parquet")
        tables[name] = pq.read_table(tmp_path / f"{name}.parquet").to_pylist()
    back = list(rows_to_results(tables))
    assert back[0] == skipped
    assert back[1].to_dict() == ARTICLE.to_dict()
    assert back[1].meta == {"url": "https://example.org/lee", "date": "2024-05-02"}


def test_empty_partition_writes_typed_tables():
    table = to_table("quotes", [])
    assert table.num_rows == 0
    assert table.schema.field("start").type == "int64"


def test_reason_kind_drops_file_numbers_and_advice():
    reason = "a/b.txt: document has 6,000,001 characters, over the limit of 5,000,000; split it"
    assert reason_kind(reason, "a/b.txt") == "document has N characters, over the limit of N"
    assert reason_kind("processing failed: KeyError: 'x'") == "processing failed: KeyError: 'x'"
