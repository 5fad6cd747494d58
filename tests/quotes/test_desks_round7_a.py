"""Business desks: earnings, markets, central banks, energy and labour (issue: unseen news,
round 7, helper a).

Each text was written for these tests, in the style of one desk (Reuters, Bloomberg, FT, AP
business, CNBC, Economic Times, BusinessDay, Globe and Mail); the expected values were worked out
by reading it. The whole pipeline runs (the model is loaded once per session).
"""

from __future__ import annotations

from annotated import article_quotes as quotes
from onrecord.types import Quote


def named(found: list[Quote]) -> list[tuple[str, str | None]]:
    return [(q.text, q.speaker.name if q.speaker else None) for q in found]


# -- a business's epithet is never the regulator, the regulator's never the company ------------

FINE = ("LONDON (Reuters) - Harrow Bank Plc will pay a fine of 12 million pounds for failings in its "
        "anti-money laundering controls.\n\n"
        "The Financial Conduct Authority said the failings had lasted eight years. "
        "The lender said it had since overhauled its systems.")


def test_the_lender_is_the_bank_not_the_authority_that_fined_it(nlp):
    assert named(quotes(nlp, FINE)) == [
        ("the failings had lasted eight years", "Financial Conduct Authority"),
        ("it had since overhauled its systems", "Harrow Bank Plc")]


REFUND = ("Castlemere Energy Ltd will refund 40,000 customers after the Energy Markets Authority found "
          "it had overcharged them for two years.\n\n"
          "Castlemere Energy Ltd said it was sorry for the errors. "
          "The regulator said the refunds would be paid by March.")


def test_the_regulator_is_the_authority_not_the_company(nlp):
    found = [q for q in quotes(nlp, REFUND) if q.cue == "said"]
    assert named(found) == [
        ("it was sorry for the errors", "Castlemere Energy Ltd"),
        ("the refunds would be paid by March", "Energy Markets Authority")]


# -- a participle after a closing attribution is the source's, not the report's ----------------

SOURCES = ("Brightwater Inc plans to close its plant in Ohio, people familiar with the matter said on "
           "Tuesday.\n\n"
           "The closure will affect about 600 workers, one of the people said, speaking on condition "
           "of anonymity because the plans are not public.")


def test_speaking_on_condition_of_anonymity_is_left_out_of_the_report(nlp):
    assert named(quotes(nlp, SOURCES)) == [
        ("Brightwater Inc plans to close its plant in Ohio", "people familiar with the matter"),
        ("The closure will affect about 600 workers", "one of the people")]


# -- a bare plural is many, never the one organisation named with its head ----------------------

SUMMIT = ("BAKU (Reuters) - Talks at the climate summit stalled on Saturday as rich and poor nations "
          "remained divided over finance.\n\n"
          "The Alliance of Small Island States said the draft was a step backwards. Its chair, Marcus "
          "Ferreira, told reporters that the group would not accept it.\n\n"
          "Environmental groups said the text was \"weak and unacceptable\".")


def test_environmental_groups_are_not_the_group_named_before(nlp):
    found = quotes(nlp, SUMMIT)
    assert named(found)[-1] == ('the text was "weak and unacceptable"', "Environmental groups")


# -- where a company is based does not speak: "The San Jose, California-based company said" ---

BASED = ("Veltrane Corp raised its full-year revenue forecast on Wednesday.\n\n"
         "The San Jose, California-based company said it expects fourth-quarter revenue of about "
         "$4.2 billion.")


def test_the_city_a_company_is_based_in_is_not_its_speaker(nlp):
    assert named(quotes(nlp, BASED)) == [
        ("it expects fourth-quarter revenue of about $4.2 billion", "Veltrane Corp")]


# -- one person's two posts: "Chairman and chief executive Ingrid Solberg" ---------------------

TWO_POSTS = ("Halden Foods reported a 9% rise in quarterly sales on Tuesday.\n\n"
             "Chairman and chief executive Ingrid Solberg told analysts on a conference call that "
             "demand for its frozen meals had held up.")


def test_two_posts_before_a_name_are_one_speaker(nlp):
    assert named(quotes(nlp, TWO_POSTS)) == [
        ("that demand for its frozen meals had held up", "Ingrid Solberg")]


# -- a name ending in its trade is a company: "Nordhavn Shipping" ------------------------------

SHIPPING = ("Nordhavn Shipping warns on profit as freight rates slump\n\n"
            "COPENHAGEN (Bloomberg) -- Nordhavn Shipping A/S cut its profit outlook for the year, "
            "blaming a slump in container freight rates.\n\n"
            "The Copenhagen-based company now expects earnings before interest and tax of as much as "
            "$1.5 billion, down from a previous forecast of $2 billion, it said in a statement on Friday.")


def test_it_said_is_the_shipping_company_not_the_forecast(nlp):
    found = quotes(nlp, SHIPPING)
    assert [q.speaker.name for q in found if q.cue == "said"] == ["Nordhavn Shipping"]


# -- the Nigerian press names the analyst after the firm: "an analyst at X, Name, said" --------

ANALYST = ("Zenith Bank Plc has reported a 60 per cent rise in half-year profit.\n\n"
           "Speaking on the results, an analyst at Cordros Securities, Tunde Bakare, said the numbers "
           "were driven by currency gains.")


def test_the_name_after_the_analyst_s_firm_is_the_analyst(nlp):
    assert named(quotes(nlp, ANALYST)) == [("the numbers were driven by currency gains", "Tunde Bakare")]


# -- the other hyphened participles of a company's description: "the Bengaluru-headquartered" -

HEADQUARTERED = ("IT services major Infosys on Thursday raised its revenue growth guidance for the fiscal "
                 "year.\n\n"
                 "\"Our large deal wins reflect the strength of our digital capabilities,\" CEO Salil "
                 "Parekh said in a statement.\n\n"
                 "The Bengaluru-headquartered company said its net profit rose 4.7 per cent to Rs 6,506 "
                 "crore.\n\n"
                 "Brokerage firm Kotak Institutional Equities said in a note that the guidance upgrade was "
                 "better than expected.")


def test_the_headquartered_company_is_the_one_named_before_not_the_broker_after(nlp):
    found = [q for q in quotes(nlp, HEADQUARTERED) if q.kind == "indirect"]
    assert named(found) == [
        ("its net profit rose 4.7 per cent to Rs 6,506 crore", "Infosys"),
        ("that the guidance upgrade was better than expected", "Kotak Institutional Equities")]


# -- a name with its legal form is a company whatever the NER says: "Walmart Inc." ------------

LEGAL_FORM = ("Walmart Inc. beat Wall Street estimates for quarterly sales on Thursday and raised its "
              "annual forecast.\n\n"
              "The Bentonville, Arkansas-based retailer said comparable sales in the U.S. rose 5.3%.")


def test_a_name_ending_in_inc_is_the_retailer(nlp):
    assert named(quotes(nlp, LEGAL_FORM)) == [("comparable sales in the U.S. rose 5.3%", "Walmart Inc.")]


# -- a participle of another's doing after the attribution stays in the report ----------------

INTERFERENCE = ("Meanwhile, Russia is playing interference, they say, imposing new import restrictions "
                "on Chinese goods.")


def test_a_participle_that_is_not_the_source_s_doing_stays(nlp):
    assert [q.text for q in quotes(nlp, INTERFERENCE)] == [
        "Meanwhile, Russia is playing interference imposing new import restrictions on Chinese goods"]


# -- the Nigerian press opens with what the source was doing: "Reacting, X said" ---------------

REACTING = ("Workers of the Nigerian Ports Authority on Monday began a strike over unpaid allowances.\n\n"
            "Reacting, the authority's spokesperson, Mrs. Funmi Adeyemi, said management was committed "
            "to resolving the dispute.\n\n"
            "Commenting, the union's secretary, Comrade Okon Effiong, said the workers would not return "
            "until they were paid.")


def test_reacting_is_no_speaker(nlp):
    assert [q.speaker.name for q in quotes(nlp, REACTING)] == ["Funmi Adeyemi", "Okon Effiong"]


# -- a post after "Chief" is no part of the name: "Chief Executive Makoto Uchida" --------------

CHIEF_EXECUTIVE = ("Kaneda Motor will cut 9,000 jobs worldwide, the Japanese automaker said on Thursday, "
                   "after reporting a 94% drop in quarterly operating profit.\n\n"
                   "Chief Executive Makoto Uchida said he would take a 50% pay cut to take "
                   "responsibility for the poor performance.")


def test_chief_executive_is_the_post_not_a_given_name(nlp):
    assert [q.speaker.name for q in quotes(nlp, CHIEF_EXECUTIVE)] == ["Kaneda Motor", "Makoto Uchida"]


# -- quoted words that are the subject of a verb of thinking are no one's speech there --------

MINUTES = ("WASHINGTON (AP) - Most Federal Reserve officials agreed at their last meeting that further "
           "rate hikes might be needed.\n\n"
           "The minutes showed that \"a number of participants\" saw inflation risks as tilted to the "
           "upside.")


def test_the_minutes_report_the_quoted_participants(nlp):
    found = [q for q in quotes(nlp, MINUTES) if "participants" in q.text]
    assert [(q.kind, q.text, q.speaker.name) for q in found] == [
        ("mixed", 'that "a number of participants" saw inflation risks as tilted to the upside', "the minutes")]


# -- a participle of saying after a mixed quote is the source's next report -------------------

WARNED = ("RIYADH (Reuters) - Saudi Arabia's energy minister Prince Faisal bin Turki warned oil "
          "speculators on Tuesday to \"watch out\", saying the kingdom would act to curb volatility.")


def test_saying_after_the_quote_is_a_record_of_its_own(nlp):
    assert [(q.kind, q.text) for q in quotes(nlp, WARNED)] == [
        ("mixed", 'to "watch out"'), ("indirect", "the kingdom would act to curb volatility")]


# -- "the bloc" of foreign desks is the European Union named before ---------------------------

BLOC = ("BRUSSELS (Reuters) - The European Union agreed on Monday to impose new sanctions on Moscow.\n\n"
        "The bloc said the measures would target banks and energy exports.")


def test_the_bloc_is_the_union(nlp):
    found = [q for q in quotes(nlp, BLOC) if q.cue == "said"]
    assert named(found) == [("the measures would target banks and energy exports", "European Union")]


# -- a programme named after "on" is no part of the quote: 'in an interview on "Squawk Box."' -

PROGRAMME = ("Harbourview Financial CEO Dana Whitfield told CNBC on Tuesday that the risk of a U.S. "
             "recession had risen.\n\n"
             "\"I think you have to be prepared for a harder landing,\" Whitfield said in an interview "
             "on \"Squawk Box.\"")

AIRED = ("\"Rates will stay higher for longer,\" Whitfield said in an interview aired Monday on "
         "\"Closing Bell.\" \"Nobody should expect cuts this year.\"")


def test_the_programme_s_name_is_no_part_of_the_quote(nlp):
    found = [q for q in quotes(nlp, PROGRAMME) if q.kind == "direct"]
    assert named(found) == [("I think you have to be prepared for a harder landing,", "Dana Whitfield")]


def test_the_programme_s_name_is_no_report_either(nlp):
    found = quotes(nlp, AIRED)
    assert [q.text for q in found] == ["Rates will stay higher for longer, Nobody should expect cuts this year."]


# -- no person's name ends in a plus: "OPEC+" ---------------------------------------------------

CARTEL = ("VIENNA (Reuters) - OPEC+ agreed on Sunday to extend its oil output cuts into next year.\n\n"
          "Saudi Arabia's energy minister told reporters after the meeting that the group would remain "
          "cautious.\n\n"
          "The cartel said in a statement that the cuts would be reviewed at its next meeting in June.")


def test_the_cartel_is_opec_plus(nlp):
    found = [q for q in quotes(nlp, CARTEL) if q.cue == "said"]
    assert named(found) == [("that the cuts would be reviewed at its next meeting in June", "OPEC+")]
