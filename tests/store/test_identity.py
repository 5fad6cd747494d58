"""Who is who across a corpus: the rules of ``store.identity.derive`` on hand-written evidence.

Each test writes what articles say of their speakers (the speaker's name as resolved in its
article, the mention, the type, the article's entities) and checks which quotes end up under
one speaker and why. No model, no database.
"""

from __future__ import annotations

from itertools import count

import pytest

from onrecord.language.names import TITLES
from onrecord.language.roles import ROLE_WORDS
from onrecord.store.identity import Authority, Correction, EntityEvidence, QuoteEvidence, derive
from onrecord.store.names import org_key, parse_person, person_key

_ids = count(1)


class Corpus:
    """Articles with their entities, and quotes by the speakers they name."""

    def __init__(self) -> None:
        self.quotes: list[QuoteEvidence] = []
        self.entities: dict[str, dict[str, EntityEvidence]] = {}

    def entity(self, article: str, local: str, name: str, kind: str = "PERSON", *aliases: str) -> None:
        self.entities.setdefault(article, {})[local] = EntityEvidence(local, name, kind, (name, *aliases))

    def quote(self, article: str, name: str | None, mention: str | None = None, kind: str = "person",
              entity: str | None = None, gender: str = "unknown") -> int:
        qid = next(_ids)
        start = 100 * len(self.quotes)
        self.quotes.append(QuoteEvidence(qid, article, name, mention or name, entity, kind, gender, start, start + 50))
        self.entities.setdefault(article, {})
        return qid

    def derive(self, corrections=(), authorities=()):
        return derive(self.quotes, self.entities, corrections, authorities)


def speaker(result, qid):
    key = result.quote_key[qid]
    return key, result.rows[key].name


# -- keys without titles or roles -------------------------------------------------------------------
@pytest.mark.parametrize("written, key", [
    ("Prime Minister Theresa May", "theresa may"),
    ("Sen. John McCain, R-Ariz.", "john mccain"),
    ("Rep. Nancy Pelosi (D-Calif.)", "nancy pelosi"),
    ("Former Pennsylvania Gov. Ed Rendell", "ed rendell"),
    ("Conservative Leader Andrew Scheer", "andrew scheer"),
    ("Clinton's top foreign policy aide Jake Sullivan", "jake sullivan"),
    ("Secretary of State John Kerry", "john kerry"),
    ("Democrat Hillary Clinton", "hillary clinton"),
    ("Dr. Jane A. Roe", "jane roe"),
    ("Donald Trump Jr.", "donald trump jr"),
    ("Rob Bishop", "rob bishop"),  # a surname that is also a title stays a surname
    ("Steve King", "steve king"),
])
def test_a_persons_key_leaves_out_titles_roles_and_party_tags(written, key):
    assert person_key(written) == key
    corpus = Corpus()
    q = corpus.quote("a1", written)
    found, _ = speaker(corpus.derive(), q)
    assert found == f"person:{key}"
    assert not {*TITLES, *ROLE_WORDS} & set(found.split(":")[1].split()[:-1])


@pytest.mark.parametrize("written, first, last", [
    ("Bashar al-Assad", "bashar", "assad"), ("al-Assad", "", "assad"), ("Ursula von der Leyen", "ursula", "leyen"),
    ("von der Leyen", "", "leyen"), ("Ocasio-Cortez", "", "cortez"), ("Pro-Clinton", "", "clinton"),
    ("Democrats Hillary Clinton", "hillary", "clinton"), ("Cruz's Iowa", "", "iowa"), ("Mr. Obama", "", "obama"),
    ("ROME - Bernie Sanders", "bernie", "sanders"), ("WASHINGTON (AP) - Jane Roe", "jane", "roe"),
])
def test_given_name_and_surname(written, first, last):
    parsed = parse_person(written)
    assert (parsed.first, parsed.last) == (first, last)


@pytest.mark.parametrize("written", ["a campaign official", "Clinton aides", "A Clinton campaign official", "he",
                                     "the senator", "Cruz or Ben Carson", "A Clinton", "One Trump"])
def test_descriptions_are_no_names(written):
    assert parse_person(written) is None


# -- middle names and initials ------------------------------------------------------------------------
def test_middle_names_and_initials_fold_when_no_one_else_has_the_name():
    corpus = Corpus()
    qs = [corpus.quote("a1", "Hillary Clinton"), corpus.quote("a2", "Hillary Rodham Clinton"),
          corpus.quote("a3", "Hillary R. Clinton"), corpus.quote("a4", "Democratic nominee Hillary Clinton"),
          corpus.quote("a5", "Hilary Clinton")]
    bill = corpus.quote("a6", "Bill Clinton")
    result = corpus.derive()
    assert {speaker(result, q) for q in qs} == {("person:hillary clinton", "Hillary Clinton")}
    assert speaker(result, bill) == ("person:bill clinton", "Bill Clinton")
    assert result.quote_reason[qs[1]][0] == "middle-name"
    assert result.quote_reason[qs[3]][0] == "titles"
    assert result.quote_reason[qs[4]][0] == "spelling"


def test_two_bushes_stay_apart_and_a_plain_george_bush_stays_in_its_article():
    corpus = Corpus()
    w = [corpus.quote("a1", "George W. Bush"), corpus.quote("a2", "President George W. Bush"),
         corpus.quote("a3", "George Walker Bush")]
    hw = [corpus.quote("a4", "George H. W. Bush"), corpus.quote("a5", "George H.W. Bush"),
          corpus.quote("a6", "George Herbert Walker Bush")]
    plain = corpus.quote("a7", "George Bush")
    jeb = corpus.quote("a8", "Jeb Bush")
    result = corpus.derive()
    assert {speaker(result, q)[0] for q in w} == {"person:george w bush"}
    assert {speaker(result, q)[0] for q in hw} == {"person:george h w bush"}
    key, _ = speaker(result, plain)
    assert key.startswith("local:a7:")
    rule, reason = result.quote_reason[plain]
    assert rule == "ambiguous" and "George W. Bush" in reason
    assert result.rows["person:george h w bush"].name in reason  # "George H. W. Bush" or "George H.W. Bush"
    assert speaker(result, jeb)[0] == "person:jeb bush"


def test_different_given_names_and_generations_are_different_people():
    corpus = Corpus()
    people = ["Donald Trump", "Donald Trump Jr.", "Eric Trump", "Ivanka Trump", "Bill Clinton", "Hillary Clinton"]
    qs = [corpus.quote(f"a{i}", name) for i, name in enumerate(people)]
    result = corpus.derive()
    assert len({result.quote_key[q] for q in qs}) == len(people)


def test_short_given_names_are_the_long_ones():
    corpus = Corpus()
    qs = [corpus.quote("a1", "Joseph R. Biden"), corpus.quote("a2", "Joe Biden"), corpus.quote("a3", "Joseph Biden"),
          corpus.quote("a4", "Joseph R. Biden")]
    result = corpus.derive()
    assert len({result.quote_key[q] for q in qs}) == 1
    assert result.rows[result.quote_key[qs[0]]].name == "Joseph R. Biden"  # the name written most
    assert result.quote_reason[qs[1]][0] == "nickname"
    assert result.quote_reason[qs[2]][0] == "middle-name"


# -- partial names ---------------------------------------------------------------------------------------
def test_a_surname_joins_a_person_only_through_its_articles_full_name():
    corpus = Corpus()
    full = corpus.quote("a1", "Jane Roe")
    corpus.entity("a2", "e1", "Jane Roe", "PERSON", "Ms. Roe")
    through = corpus.quote("a2", "Ms. Roe", entity="e1")
    corpus.entity("a3", "e4", "Jane Roe")
    named_elsewhere = corpus.quote("a3", "Roe")  # no entity, but the article names one Roe in full
    alone = corpus.quote("a4", "Roe")
    result = corpus.derive()
    assert speaker(result, through)[0] == speaker(result, full)[0] == "person:jane roe"
    assert speaker(result, named_elsewhere)[0] == "person:jane roe"
    assert result.quote_reason[through] == ("article-name", "'Ms. Roe' is 'Jane Roe' in this article (its entity e1)")
    assert speaker(result, alone)[0].startswith("local:a4:person:roe")
    assert result.quote_reason[alone][0] == "unresolved"


def test_a_surname_in_an_article_naming_two_people_of_that_name_stays_there():
    corpus = Corpus()
    corpus.quote("a0", "Bill Clinton")
    corpus.quote("a0", "Hillary Clinton")
    corpus.entity("a1", "e1", "Bill Clinton")
    corpus.entity("a1", "e2", "Hillary Clinton")
    bare = corpus.quote("a1", "Clinton")
    she = corpus.quote("a1", "Clinton", mention="she", gender="female")  # the article says who: a woman
    result = corpus.derive()
    assert speaker(result, bare)[0].startswith("local:a1:")
    assert "Bill Clinton and Hillary Clinton" in result.quote_reason[bare][1]
    assert speaker(result, she)[0] == "person:hillary clinton"


def president_clinton_corpus() -> Corpus:
    corpus = Corpus()
    for i in range(3):  # Bill Clinton is written "President Clinton" where he is named in full
        corpus.entity(f"bill{i}", "e1", "Bill Clinton", "PERSON", "President Clinton", "Mr. Clinton")
        corpus.quote(f"bill{i}", "Bill Clinton", entity="e1")
    for i in range(3):
        corpus.entity(f"hillary{i}", "e1", "Hillary Clinton", "PERSON", "Mrs. Clinton", "Secretary Clinton")
        corpus.quote(f"hillary{i}", "Hillary Clinton", entity="e1")
    return corpus


def test_president_clinton_in_an_article_that_names_only_hillary_stays_unresolved():
    corpus = president_clinton_corpus()
    # the entity stage put "President Clinton" into Hillary Clinton's cluster
    corpus.entity("mixed", "e1", "Hillary Clinton", "PERSON", "President Clinton")
    q = corpus.quote("mixed", "President Clinton", entity="e1")
    result = corpus.derive()
    key, _ = speaker(result, q)
    assert key.startswith("local:mixed:person:clinton")
    rule, reason = result.quote_reason[q]
    assert rule == "ambiguous" and "Bill Clinton" in reason and "Hillary Clinton" in reason
    hillary = result.rows["person:hillary clinton"]
    assert "President Clinton" not in hillary.aliases  # another person's title is not her alias
    assert "President Clinton" in result.rows["person:bill clinton"].aliases


def test_president_clinton_goes_to_the_one_its_article_names_or_the_one_the_title_fits():
    corpus = president_clinton_corpus()
    corpus.entity("named", "e1", "Bill Clinton", "PERSON", "President Clinton")
    in_article = corpus.quote("named", "President Clinton", entity="e1")
    nobody = corpus.quote("nobody", "President Clinton")  # the article names no Clinton in full
    mrs = corpus.quote("nobody2", "Mrs. Clinton")
    result = corpus.derive()
    assert speaker(result, in_article)[0] == "person:bill clinton"
    assert speaker(result, nobody)[0] == "person:bill clinton"
    assert result.quote_reason[nobody][0] == "title"
    assert "the only Clinton written 'President Clinton' in this corpus is Bill Clinton" in \
        result.quote_reason[nobody][1]
    assert speaker(result, mrs)[0] == "person:hillary clinton"


def test_a_title_written_with_two_people_fits_neither():
    corpus = president_clinton_corpus()
    for i in range(2):  # Hillary Clinton written "President Clinton" in two articles too
        corpus.entity(f"future{i}", "e1", "Hillary Clinton", "PERSON", "President Clinton")
        corpus.quote(f"future{i}", "Hillary Clinton", entity="e1")
    q = corpus.quote("nobody", "President Clinton")
    result = corpus.derive()
    assert speaker(result, q)[0].startswith("local:nobody:")
    assert result.quote_reason[q][0] == "ambiguous"


def test_a_gendered_title_that_contradicts_the_person_stays_unresolved():
    corpus = Corpus()
    corpus.entity("a1", "e1", "Hillary Clinton", "PERSON", "Mr. Clinton")
    q = corpus.quote("a1", "Mr. Clinton", entity="e1")
    result = corpus.derive()
    assert speaker(result, q)[0].startswith("local:a1:")


# -- unnamed sources ---------------------------------------------------------------------------------------
def test_anonymous_group_and_document_sources_never_merge():
    corpus = Corpus()
    qs = [corpus.quote(f"a{i}", "a US official", kind="anonymous") for i in range(3)]
    qs += [corpus.quote(f"b{i}", "protesters", kind="group") for i in range(2)]
    qs += [corpus.quote(f"c{i}", "The Campaign Official Said", kind="anonymous") for i in range(2)]
    result = corpus.derive()
    assert len({result.quote_key[q] for q in qs}) == len(qs)
    assert all(result.quote_key[q].startswith("local:") for q in qs)


# -- organisations -----------------------------------------------------------------------------------------
def test_organisations_fold_legal_suffixes_and_acronyms_their_articles_spell_out():
    corpus = Corpus()
    corpus.entity("a1", "e1", "Huawei Technologies", "ORG")
    huawei = [corpus.quote("a1", "Huawei Technologies", kind="organization", entity="e1"),
              corpus.quote("a2", "Huawei", kind="organization"),
              corpus.quote("a3", "Huawei Technologies Co., Ltd.", kind="organization")]
    corpus.entity("a4", "e1", "Federal Bureau of Investigation", "ORG", "FBI")
    fbi = [corpus.quote("a4", "Federal Bureau of Investigation", kind="organization", entity="e1"),
           corpus.quote("a5", "FBI", kind="organization"), corpus.quote("a6", "the F.B.I.", kind="organization")]
    described = corpus.quote("a7", "Huawei CFO", kind="organization")
    result = corpus.derive()
    assert {result.quote_key[q] for q in huawei} == {"org:huawei"}
    assert {result.quote_key[q] for q in fbi} == {"org:federal bureau of investigation"}
    assert result.quote_reason[fbi[1]][0] == "acronym"
    assert result.quote_key[described].startswith("local:a7:anonymous:")  # a person described, not Huawei
    assert org_key("The New York Times") == "new york times"


def test_an_acronym_with_two_meanings_in_the_corpus_joins_neither():
    corpus = Corpus()
    corpus.entity("a1", "e1", "Associated Press", "ORG", "AP")
    corpus.entity("a2", "e1", "Arkansas Police", "ORG", "AP")
    ap = corpus.quote("a3", "AP", kind="organization")
    press = corpus.quote("a1", "Associated Press", kind="organization", entity="e1")
    result = corpus.derive()
    assert result.quote_key[ap] == "org:ap" != result.quote_key[press]


def test_a_person_is_never_an_organisations_alias_and_a_persons_name_typed_organisation_is_the_person():
    corpus = Corpus()
    corpus.quote("a1", "Carly Fiorina")
    corpus.entity("a2", "e1", "Hewlett-Packard", "ORG", "HP", "Carly Fiorina")
    hp = corpus.quote("a2", "Hewlett-Packard", kind="organization", entity="e1")
    retyped = corpus.quote("a3", "Carly Fiorina", kind="organization")
    corpus.entity("a4", "e1", "Carly Fiorina", "PERSON")
    surname = corpus.quote("a4", "Fiorina", kind="organization")
    result = corpus.derive()
    assert "Carly Fiorina" not in result.rows[result.quote_key[hp]].aliases
    assert result.quote_key[retyped] == result.quote_key[surname] == "person:carly fiorina"
    assert result.quote_reason[retyped][0] == result.quote_reason[surname][0] == "retyped"


# -- the user's word ---------------------------------------------------------------------------------------
def test_corrections_apply_in_order_and_say_what_became_of_them():
    corpus = Corpus()
    a = corpus.quote("a1", "Jane Roe")
    b = corpus.quote("a2", "Janie Roe")
    c = corpus.quote("a3", "Jane Roe")
    d = corpus.quote("a4", "Peter Roe")
    fixes = [Correction(1, "merge", "person:jane roe", "Jane Roe", "person:janie roe", "Janie Roe"),
             Correction(2, "split", "person:jane roe", "Jane Roe", article_id="a3"),
             Correction(3, "rename", "person:jane roe", "Jane Roe", value="Jane Q. Roe"),
             Correction(4, "reassign", other_key="person:jane roe", other_name="Jane Roe", article_id="a4",
                        quote_start=300, quote_end=350),
             Correction(5, "merge", "person:nobody", "Nobody", "person:jane roe", "Jane Roe")]
    result = corpus.derive(fixes)
    assert result.quote_key[a] == result.quote_key[b] == result.quote_key[d] == "person:jane roe"
    assert result.rows["person:jane roe"].name == "Jane Q. Roe"
    assert result.quote_key[c] == "split:a3:person:jane roe"
    assert result.quote_reason[b] == ("correction", "user correction #1: 'Janie Roe' merged into 'Jane Roe'")
    assert result.corrections[4].startswith("applied")
    assert result.corrections[5] == "not applied: no speaker 'Nobody' now"
    assert "person:peter roe" not in result.rows  # no quote left


def test_a_correction_finds_its_speaker_by_name_when_the_rules_give_it_another_key():
    corpus = Corpus()
    q = corpus.quote("a1", "Jane Roe")
    result = corpus.derive([Correction(1, "rename", "person:jane a roe", "Jane Roe", value="J. Roe")])
    assert result.rows[result.quote_key[q]].name == "J. Roe"


def test_an_authority_file_links_what_fits_one_entry_and_joins_what_it_gives_one_id():
    corpus = Corpus()
    jane = corpus.quote("a1", "Jane Roe")
    janie = corpus.quote("a2", "Janie Roe")
    ann = corpus.quote("a3", "Ann Lee")
    entries = [Authority("Q1", "Jane Roe", ("Janie Roe",), "a senator"),
               Authority("Q2", "Ann Lee"), Authority("Q3", "Ann Lee", ("A. Lee",))]
    result = corpus.derive(authorities=entries)
    row = result.rows[result.quote_key[jane]]
    assert row.authority_id == "Q1" and result.quote_key[janie] == result.quote_key[jane]
    assert result.quote_reason[janie][0] == "authority"
    lee = result.rows[result.quote_key[ann]]
    assert lee.authority_id is None and "2 entries" in (lee.authority or "")


@pytest.mark.parametrize("name, key", [
    ("Huawei", "ORG:huawei"), ("Huawei Technologies", "ORG:huawei"), ("Huawei Technologies Co., Ltd.", "ORG:huawei"),
    ("Huawei CFO", "local:a1:ORG:huawei cfo"), ("Huawei CFO Meng", "local:a1:PERSON:meng"),
    ("Huawei CFO Meng Wanzhou", "PERSON:meng wanzhou"), ("Department of Justice", "ORG:department of justice"),
])
def test_entities_are_keyed_as_speakers_are(name, key):
    from onrecord.store.names import entity_key
    from onrecord.types import Entity

    assert entity_key(Entity("e1", name, "ORG"), "a1") == key


def test_a_stray_word_before_a_known_name_and_headlines_taken_for_names():
    corpus = Corpus()
    known = [corpus.quote("a1", "Donald Trump"), corpus.quote("a2", "Donald Trump")]
    stray = corpus.quote("a3", "Entrusting Donald Trump")  # a sentence start the extractor kept
    corpus.entity("a4", "e1", "Hillary Clinton Slams Donald Trump")  # a headline as a person entity
    corpus.entity("a4", "e2", "Donald Trump")
    bare = corpus.quote("a4", "Trump")
    result = corpus.derive()
    assert {result.quote_key[q] for q in (*known, stray, bare)} == {"person:donald trump"}
    assert result.quote_reason[stray] == ("titles", "'Entrusting Donald Trump' is 'Donald Trump': 'Entrusting' "
                                                    "before it is no given name")


@pytest.mark.parametrize("written, key", [
    ("United Auto Workers Secretary-Treasurer Gary Casteel", "gary casteel"),
    ("President-elect Donald Trump", "donald trump"), ("Jean-Claude Juncker", "jean claude juncker"),
])
def test_a_role_written_with_hyphens_is_a_role(written, key):
    assert person_key(written) == key


def test_what_a_title_left_before_a_known_name_goes_when_the_name_is_seen_five_times_as_often():
    corpus = Corpus()
    hillary = [corpus.quote(f"a{i}", "Hillary Clinton") for i in range(10)]
    left = [corpus.quote("b1", "State Hillary Clinton"), corpus.quote("b2", "State Hillary Clinton")]
    result = corpus.derive()
    assert {result.quote_key[q] for q in (*hillary, *left)} == {"person:hillary clinton"}
    few = Corpus()
    few.quote("a1", "Hillary Clinton")
    few.quote("a2", "Hillary Clinton")
    kept = [few.quote("b1", "State Hillary Clinton"), few.quote("b2", "State Hillary Clinton")]
    assert {few.derive().quote_key[q] for q in kept} == {"person:state clinton"}  # two against two: a name
