"""The scorer on records written by hand: fragment matching, precision by record, name accuracy."""

from __future__ import annotations

import json

import pytest

from onrecord.eval import GoldQuote, Score, format_score, match, name_key, read_gold, score_article
from onrecord.types import Article, Quote, Speaker

TEXT = '"We cannot wait," said Mayor Ana Ruiz. "Every family knows it." The council met.'
#        0         1         2         3         4         5         6         7
A = (1, 16)   # We cannot wait,
B = (40, 62)  # Every family knows it.


def quote(start, end, fragments=(), name=None, kind="direct", flags=()) -> Quote:
    return Quote("q", kind, TEXT[start:end], start, end, speaker=Speaker(name=name, mention=name),
                 fragments=tuple(fragments), flags=tuple(flags))


def gold(span, names=(), kind="direct", hard=False, speaker_type="person") -> GoldQuote:
    return GoldQuote(span[0], span[1], kind, names=tuple(names), speaker_type=speaker_type, hard=hard, has_names=True)


def test_the_spans_are_what_the_test_says():
    assert TEXT[A[0]:A[1]] == "We cannot wait," and TEXT[B[0]:B[1]] == "Every family knows it."


def test_one_record_with_two_fragments_matches_two_gold_quotes():
    record = quote(A[0], B[1], [A, B], name="Ana Ruiz")
    assert sorted(match([record], [gold(A), gold(B)])) == [(0, 0), (0, 1)]
    score = Score()
    score_article(Article("a", "s", TEXT, (record,)), [gold(A, ["Ana Ruiz"]), gold(B, ["Ana Ruiz"])], ("direct",), score)
    assert (score.found, score.gold, score.matched, score.predicted) == (2, 2, 1, 1)
    assert (score.precision, score.recall, score.name_accuracy, score.end_to_end_accuracy) == (1.0, 1.0, 1.0, 1.0)


def test_short_records_do_not_match_a_long_gold_quote():
    whole = gold((A[0], B[1]))  # 61 characters; A overlaps 15 of them and B 22: under half each
    score = Score()
    score_article(Article("a", "s", TEXT, (quote(*A), quote(*B))), [whole], ("direct",), score)
    assert (score.found, score.matched, score.predicted) == (0, 0, 2)


def test_a_record_kept_whole_by_the_gold_matches_through_its_whole_span():
    record = quote(A[0], B[1], [A, B])
    assert match([record], [gold((A[0], B[1]))]) == [(0, 0)]  # no fragment is half of the gold span
    # fragments first: a record that matched through a fragment is not matched again as a whole
    assert match([record], [gold(B), gold((A[0], B[1]))]) == [(0, 0)]


@pytest.mark.parametrize("predicted, gold_names, right", [
    ("Ana Ruiz", ["Ana Ruiz"], True),
    ("Mayor Ana Ruiz", ["Ana Ruiz"], True),  # titles and roles fold
    ("ana ruiz", ["Ana Ruiz"], True),  # case folds
    ("the Environment Agency", ["Environment Agency"], True),  # a leading article folds
    ("“Ana Ruiz”", ["Ana Ruiz"], True),  # quote marks fold
    ("Ruiz", ["Ana Ruiz", "Mayor Ana Ruiz"], False),  # a bare surname is no resolved name
    ("she", ["Ana Ruiz"], False),
    (None, ["Ana Ruiz"], False),
    ("Tom Baker", ["Ana Ruiz"], False),
])
def test_name_accuracy(predicted, gold_names, right):
    score = Score()
    score_article(Article("a", "s", TEXT, (quote(*A, name=predicted),)), [gold(A, gold_names)], ("direct",), score)
    assert (score.name_right, score.name_total) == (int(right), 1)
    assert name_key("Chief Executive Maggie Oldham") == "maggie oldham"


def test_end_to_end_counts_every_gold_quote_and_a_speaker_nobody_names():
    golds = [gold(A, ["Ana Ruiz"]), gold(B, []), gold((67, 82), ["The council"])]  # B: never named; the last: missed
    score = Score()
    score_article(Article("a", "s", TEXT, (quote(*A, name="Ana Ruiz"), quote(*B))), golds, ("direct",), score)
    assert (score.end_to_end, score.named_gold) == (2, 3)
    assert score.names_by == {"not hard": [1, 1], "type:person": [1, 1]}


def test_belief_records_can_be_left_out_and_boilerplate_always_is():
    records = (quote(*A, flags=("belief",)), quote(*B, flags=("boilerplate",)))
    with_beliefs, without = Score(), Score()
    score_article(Article("a", "s", TEXT, records), [gold(A)], ("direct",), with_beliefs)
    score_article(Article("a", "s", TEXT, records), [gold(A)], ("direct",), without, beliefs=False)
    assert (with_beliefs.predicted, with_beliefs.found) == (1, 1)
    assert (without.predicted, without.found) == (0, 0)


def test_precision_by_kind_and_the_report():
    score = Score()
    records = (quote(*A, kind="direct"), quote(67, 82, kind="indirect"))
    score_article(Article("a", "s", TEXT, records), [gold(A), gold(B)], ("direct", "indirect"), score)
    assert score.precision_by_kind() == {"direct": 1.0, "indirect": 0.0}
    report = format_score(score, "t")
    assert "precision indirect 0.000   (0 of 1)" in report and "recall direct      0.500   (1 of 2)" in report


def test_gold_files_with_and_without_resolved_names(tmp_path):
    path = tmp_path / "gold.jsonl"
    rows = [{"id": "n1", "text": TEXT, "quotes": [{"start": 1, "end": 16, "kind": "direct", "names": ["Ana Ruiz"],
                                                 "speaker_type": "person", "hard": True}]},
            {"id": "p1", "text": TEXT, "quotes": [{"start": 1, "end": 16, "kind": "direct", "speaker_start": 23,
                                                 "speaker_end": 37}]}]
    path.write_text("\n".join(json.dumps(r) for r in rows) + "\n")
    (_, [named]), (_, [spans]) = read_gold(path)
    assert (named.names, named.hard, named.has_names) == (("Ana Ruiz",), True, True)
    assert (spans.names, spans.has_names, spans.speaker_start) == ((), False, 23)
