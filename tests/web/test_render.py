"""The pure helpers behind the article page and the timeline chart."""

from __future__ import annotations

from onrecord.web.render import article_segments, bars, share_bar, speaker_class, timeline


def test_segments_join_back_and_mark_each_part():
    text = 'He said "A," then "B." Share this'
    quote = {"id": 7, "start": 9, "end": 21, "fragments": [[9, 11], [19, 21]], "speaker_id": 3}
    segs = article_segments(text, [quote], [{"start": 23, "end": 33, "reason": "share"}])
    assert "".join(s.text for s in segs) == text
    assert [(s.text, s.quote is not None, s.anchor, s.boilerplate) for s in segs] == [
        ('He said "', False, False, False),
        ("A,", True, True, False),
        ('" then "', False, False, False),
        ("B.", True, False, False),
        ('" ', False, False, False),
        ("Share this", False, False, True),
    ]


def test_segments_clamp_out_of_range_spans():
    segs = article_segments("abc", [{"id": 1, "start": 2, "end": 99, "fragments": [[2, 99]], "speaker_id": None}], [])
    assert [(s.text, s.quote is not None) for s in segs] == [("ab", False), ("c", True)]


def test_timeline_fills_empty_months_and_scales():
    chart = timeline([{"month": "2011-11", "quotes": 4}, {"month": "2012-02", "quotes": 2}])
    assert [(b["label"], b["value"], b["h"]) for b in chart["bars"]] == [
        ("2011-11", 4, 100.0), ("2011-12", 0, 0.0), ("2012-01", 0, 0.0), ("2012-02", 2, 50.0)]
    assert chart["ticks"] == [4, 2, 0]  # an even top, so the middle tick is a whole number
    assert chart["labels"] == ["2011-11", "2012-01", "2012-02"]  # first, middle, last
    assert chart["width"] == 40 and chart["bars"][1]["x"] == 11
    assert timeline([])["bars"] == []


def test_odd_maximum_rounds_the_scale_up():
    chart = bars([("a", 3), ("b", 1)])
    assert chart["ticks"] == [4, 2, 0]
    assert [b["h"] for b in chart["bars"]] == [75.0, 25.0]


def test_share_bar_counts_only_known_genders():
    got = share_bar({"people_female": 1, "people_male": 3, "people_unknown": 2})
    assert (got["women"], got["men"], got["share"]) == (25.0, 75.0, 0.25)
    assert got["text"] == "25% women (1 of 4 people whose gender is given; 2 unknown)"
    assert share_bar({"people_female": 0, "people_male": 0, "people_unknown": 5})["share"] is None


def test_speaker_class():
    assert speaker_class(None) == "sp-none"
    assert speaker_class(13) == "sp3"
