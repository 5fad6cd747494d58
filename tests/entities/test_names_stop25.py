"""Names shown for speakers of a sentence the page repeats (stop 25).

Each text was written for these tests; the expected names were worked out by reading it.
"""

from __future__ import annotations

from onrecord import extract


def names(nlp, text: str) -> list[str | None]:
    return [q.speaker.name for q in extract(text, nlp=nlp).quotes]


def test_a_caption_repeating_the_lead_has_the_leads_speaker(nlp):
    # the photo caption repeats the lead word for word; the group the lead describes is named in
    # the next sentence, and the caption's copy is that group too, not "a traders' group in Hull"
    lead = "A traders' group in Hull says the new bus lanes have cost shops on the road thousands of pounds."
    text = (f"{lead}\n\nThe Hessle Road Traders Association said footfall had fallen by a third since the "
            f"lanes opened in May.\n\nBus lanes\n\n{lead} Photo: Hull Daily Mail\n\nThe city council has "
            "defended the scheme.")
    assert names(nlp, text) == ["Hessle Road Traders Association"] * 3


def test_a_group_described_by_a_word_of_its_name_is_that_body(nlp):
    # the standfirst calls the union "Teachers' group"; the body names it in full
    text = ("Pay offer an insult, says NTU\n\nTeachers’ group says the offer will not stop staff leaving.\n\n"
            "The government offered a rise of 2 per cent on Tuesday.\n\nThe National Teachers Union "
            "said the offer was below inflation.")
    assert names(nlp, text)[-2:] == ["National Teachers Union", "National Teachers Union"]


def test_a_word_any_body_may_have_ties_a_group_to_none(nlp):
    # "national" is in the union's name, but a "national group" is no one body
    text = ("A national group says the offer will not stop staff leaving.\n\nThe government offered a "
            "rise of 2 per cent on Tuesday.\n\nThe National Teachers Union said the offer was below "
            "inflation.")
    assert names(nlp, text)[0] == "a national group"


def test_the_politician_is_the_lawmaker_named_before(nlp):
    # wire copy varies its second reference by the kind of post: "Dutch lawmaker Bas Eickhout ...
    # the Green politician told reporters"
    text = ("Dutch lawmaker Bas Eickhout, who led the talks for the European Parliament, said the law "
            'would set a global benchmark. "Other regions will have to follow," the Green politician '
            "told reporters.")
    assert names(nlp, text) == ["Bas Eickhout", "Bas Eickhout"]


def test_a_post_is_not_any_politician():
    # the hypernym holds one way only: "the mayor" is no lawmaker, "the politician" may be a mayor
    from onrecord.language.nouns import same_role

    assert same_role("politician", {"mayor"})
    assert same_role("politician", {"mep"})
    assert not same_role("mayor", {"politician"})
    assert not same_role("politician", {"striker"})
