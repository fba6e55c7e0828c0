"""The corpus layer: loading, statuses for bad input, normalization, debris, duplicates, metadata, relations."""

from __future__ import annotations

import textwrap
import unicodedata

import numpy as np
import pandas as pd
import pytest

from analysis import debris, embeddings, metadata
from analysis.corpus import ARTICLE_COLUMNS, load_corpus
from analysis.textnorm import fold, lookup_key, normalize, split_sentences

STORY = (
    "Prison officials in the region of Tver confirmed on Tuesday that recruiters had visited two colonies.\n"
    "The recruiters promised the inmates a pardon after six months of service, a lawyer for one inmate said.\n"
    "“They came at night and spoke to everyone in the yard,” the lawyer told Reuters by telephone.\n"
    "The regional prison service did not respond to a request for comment on the visits.\n"
)


# --- normalization -------------------------------------------------------------------------------

@pytest.mark.parametrize("text_in, expected", [
    ("Cafe\u0301 society", "Café society"),             # NFC composes
    ("a\u00a0b\t\tc  d", "a b c d"),                       # odd spaces collapse
    ("line one  \r\nline two\r", "line one\nline two\n"),  # Windows and old Mac newlines
    ("zero\u200bwidth soft\u00adhyphen", "zerowidth softhyphen"),
    ("we knew\u201a watching videos\u201a that", "we knew, watching videos, that"),  # a low mark as a comma
    ("\u201cWell done\u201a\u201d he said", "\u201cWell done,\u201d he said"),
    ("sagte \u201anein\u2018 dazu", "sagte \u201anein\u2018 dazu"),  # a low mark that opens a quotation stays
])
def test_normalize(text_in, expected):
    assert normalize(text_in) == expected
    assert unicodedata.is_normalized("NFC", normalize(text_in))


@pytest.mark.parametrize("word, key", [("\u0130stanbul", "istanbul"), ("AUGU\u017fT", "august"),
                                       ("\u0131nstitute", "institute"), ("Lenz", "lenz")])
def test_lookup_key_gives_the_key_a_case_blind_pattern_matched(word, key):
    assert lookup_key(word) == key


def test_a_page_with_turkish_capitals_is_analysed_not_crashed(sourcing_of):
    result = sourcing_of("Ferry talks\n\n\u0130stanbul'da yeni ofis a\u00e7\u0131ld\u0131 \u0130NST\u0130TUTE\n\n"
                         "Officials in \u0130stanbul said the ferry would run again, the port authority said.\n")
    assert len(result.sources)


def test_fold_keeps_length_and_maps_quotes_and_dashes():
    text = "“It’s over” — he said… «да»"
    folded = fold(text)
    assert len(folded) == len(text)
    assert folded == "\"It's over\" - he said. \"да\""


@pytest.mark.parametrize("text_in, expected", [
    ("He lives in St. Petersburg now. She does not.", ["He lives in St. Petersburg now.", "She does not."]),
    ("U.S. officials said so. Mr. Smith agreed.", ["U.S. officials said so.", "Mr. Smith agreed."]),
    ("“It is hard,” she said. “We wait.” Then silence.", ["“It is hard,” she said.", "“We wait.”", "Then silence."]),
    ("Vladimir V. Putin spoke. Nobody answered!", ["Vladimir V. Putin spoke.", "Nobody answered!"]),
    ("Two died in the blast.Hundreds fled. None came back.", ["Two died in the blast.", "Hundreds fled.",
                                                             "None came back."]),  # a full stop glued by the page
    ("He joined the U.S.Army in St.Petersburg, said News.Az and North.Realities.",
     ["He joined the U.S.Army in St.Petersburg, said News.Az and North.Realities."]),  # names with a dot
])
def test_split_sentences(text_in, expected):
    spans = split_sentences(text_in, offset=10)
    assert [s.text for s in spans] == expected
    assert all(text_in[s.start - 10:s.end - 10] == s.text for s in spans)


# --- debris ----------------------------------------------------------------------------------------

@pytest.mark.parametrize("line, reason", [
    ("Skip to main content", debris.NAVIGATION),
    ("12,045 views 3 comments", debris.COUNTER),
    ("Destroyed tanks near Izium, Photo: AFP", debris.CAPTION),
    ("FILE - A soldier walks past a ruined school in Bakhmut, March 3, 2023.", debris.CAPTION),
    ("AP Photo/Evgeniy Maloletka", debris.CAPTION),
    ("Disclaimer: this article was translated automatically and may contain errors.", debris.MT_DISCLAIMER),
    ("This text was machine-translated from Serbian.", debris.MT_DISCLAIMER),
    ("Translated from Lusatian by DeepL/ab", debris.MT_DISCLAIMER),
    ("This article was translated with the help of artificial intelligence and checked by an editor.",
     debris.MT_DISCLAIMER),
    ("AI-assisted translation", debris.MT_DISCLAIMER),
    ("Dieser Text ist eine maschinelle \u00dcbersetzung.", debris.MT_DISCLAIMER),
    ("Este art\u00edculo es una traducci\u00f3n autom\u00e1tica.", debris.MT_DISCLAIMER),
    ("\u041c\u0430\u0448\u0438\u043d\u043d\u044b\u0439 \u043f\u0435\u0440\u0435\u0432\u043e\u0434 \u0441\u0442\u0430\u0442\u044c\u0438", debris.MT_DISCLAIMER),
    ("\u672c\u6587\u4e3a\u673a\u5668\u7ffb\u8bd1", debris.MT_DISCLAIMER),
    ("Bonus video:", debris.PROMO),
    ("Read also: Wagner's new recruits", debris.PROMO),
    ("You May Also Like", debris.PROMO),
    ("Follow Reuters coverage of the war at https://reuters.com/world", debris.PROMO),
    ("Source: Meduza", debris.SOURCE_LINE),
    ("Published: 12 March 2023", debris.DATE_LINE),
    ("---", debris.SEPARATOR),
    ("Share on Facebook Twitter", debris.SHARE),
    ("This aerial photo taken using a drone shows flooded fields near the river, Wednesday, May 4, 2022.",
     debris.CAPTION),
    ("In this image from video released by the city council, the mayor speaks to reporters.", debris.CAPTION),
    ("\u2022 Oops!", debris.PROMO),
    ("Something went wrong.", debris.PROMO),
    ("Spread the love", debris.PROMO),
    ("News from Telegram. Subscribe to our channel", debris.PROMO),
])
def test_debris_lines(line, reason):
    found = debris.classify_line(line)
    assert found is not None and found.reason == reason


@pytest.mark.parametrize("line", [
    "Sources said the plan had been approved in March.",
    "Video shows inmates boarding a bus outside the colony.",
    "Photographers were not allowed into the courtroom.",
    "He said he would follow the coverage closely.",
    "Manpower Shortage",
    "\u201cThe least protected part of the population\u201d",
    "This photo of her son is all she has left, she said.",
    "Oops, the minister said, was not an apology.",
    "The novel was translated from Lusatian by Ana Holm in 1990.",
])
def test_article_text_is_not_debris(line):
    assert debris.classify_line(line) is None


def test_a_translators_credit_is_no_machine_translation_disclaimer():
    assert debris.classify_line("Translated by Maria Lenz").reason != debris.MT_DISCLAIMER


def test_caption_twin_is_caught_by_the_credited_line_that_follows():
    twin = "Rescuers at the site of the strike in Odesa"
    found = debris.classify_line(twin, twin + "photo: Reuters")
    assert found is not None and found.reason == debris.CAPTION


def test_given_date_and_outlet_from_header_lines():
    assert debris.classify_line("date 2023-05-02 Skip to main content").given_date == "2023-05-02"
    assert debris.classify_line("Source : RFERL").given_outlet == "RFERL"


# --- one article end to end ------------------------------------------------------------------------

PAGE = (
    "Skip to main content\n"
    "Inmates recruited in Tver colonies\n"
    "World News\n"
    "A guard tower at a prison colony, Photo: Reuters\n"
    + STORY +
    "The recruiters promised the inmates a pardon after six months of service, a lawyer for one inmate said\n"
    "You May Also Like\n"
)


def test_article_body_title_debris_and_duplicates(write_corpus):
    corpus = load_corpus(write_corpus({"010_tver.txt": PAGE}))
    article = corpus["010"]
    assert article.status == "ok"
    assert article.title == "Inmates recruited in Tver colonies"
    reasons = {r.text: r.reason for r in article.removed}
    assert reasons["Skip to main content"] == debris.NAVIGATION
    assert reasons["World News"] == debris.SECTION_LABEL
    assert reasons["A guard tower at a prison colony, Photo: Reuters"] == debris.CAPTION
    assert reasons["You May Also Like"] == debris.PROMO
    assert "Skip to" not in article.body and "Photo:" not in article.body
    assert [p.is_duplicate for p in article.paragraphs] == [False, False, False, False, True]
    assert article.paragraphs[4].duplicate_of == 1
    for p in article.paragraphs:
        assert article.body[p.start:p.end] == p.text
    for s in article.sentences:
        assert article.body[s.start:s.end] == s.text
        assert article.folded[s.start:s.end] == fold(s.text)


def test_outlet_inferred_from_interview_cue(write_corpus):
    article = load_corpus(write_corpus({"020_a.txt": STORY}))["020"]
    assert article.meta["original_outlet"].value == "Reuters"
    assert article.meta["original_outlet"].provenance == "inferred"
    assert "told Reuters" in article.meta["original_outlet"].evidence
    assert article.value("outlet") == "Reuters"
    assert article.value("translation_status") == "original"


def test_rewrite_citing_outlet_in_third_person_has_unknown_publisher(write_corpus):
    text = ("CNN writes that recruiters visited prisons across Russia in July and promised pardons.\n"
            "According to CNN, some inmates were taken from a colony in Mordovia where an American is held.\n"
            "Relatives told CNN that they had not heard from the men since they left the colony.\n")
    article = load_corpus(write_corpus({"030_b.txt": text}))["030"]
    assert article.value("original_outlet") == "" and article.value("retold_outlet") == "CNN"  # a rewrite of CNN's
    assert article.value("outlet") == ""
    assert "third person" in article.meta["outlet"].evidence


def test_source_line_is_given_and_canonical(write_corpus):
    article = load_corpus(write_corpus({"040_c.txt": STORY + "Source : RFERL\n"}))["040"]
    assert article.meta["original_outlet"].value == "RFE/RL"
    assert article.meta["original_outlet"].provenance == "given"
    assert article.value("outlet") == ""  # a copy that names its source: the publisher is not named


def test_manifest_values_are_given(write_corpus):
    folder = write_corpus({"050_d.txt": STORY})
    (folder / "manifest.csv").write_text("file,outlet,published\n050_d.txt,Meduza,2023-03-01\n")
    corpus = load_corpus(folder)
    row = corpus.table().iloc[0]
    assert row.outlet == "Meduza" and row.published == "2023-03-01" and row.published_provenance == "given"
    assert len(corpus.articles) == 1  # the manifest itself is not an article


@pytest.mark.parametrize("extra, status", [
    ("Disclaimer: The translations are mostly done through AI translator and might not be 100% accurate.\n",
     "machine_translation"),
    ("They offered 100.000 rubles a month. officials say nothing. The offer was repeated. , in Tver.\n",
     "machine_translation"),
    ("", "original"),
])
def test_machine_translation_status(write_corpus, extra, status):
    article = load_corpus(write_corpus({"060_e.txt": STORY + extra}))["060"]
    assert article.value("translation_status") == status


def test_a_state_abbreviation_before_a_comma_is_no_stray_punctuation(write_corpus):
    """AP's state abbreviations ('Calif.,' the longest of them) keep their full stop before a comma."""
    page = STORY + "About 40 percent of the people in Alder Falls, Calif., speak Spanish at home, officials said.\n"
    article = load_corpus(write_corpus({"062_g.txt": page}))["062"]
    assert article.value("translation_status") == "original"


@pytest.mark.parametrize("headline", [
    "Towns Bring Automated Translation to Council Hearings",
    "Library adds AI translation for its story hours",
])
def test_a_headline_about_translation_technology_is_no_disclaimer(write_corpus, headline):
    """A page about machine translation (a town's new captioning service) names the technology; a disclaimer
    says that this text was translated. The headline stays the page's text and the page an original."""
    page = headline + "\n\n" + STORY.replace("Tver", "Alder Falls")
    article = load_corpus(write_corpus({"061_f.txt": page}))["061"]
    assert article.value("translation_status") == "original"
    assert not [r for r in article.removed if r.reason == debris.MT_DISCLAIMER]


# --- relations -------------------------------------------------------------------------------------

ORIGINAL = (
    "Prison officials in the region of Tver confirmed on Tuesday that recruiters had visited two colonies.\n"
    "The recruiters promised the inmates a pardon after six months of service, a lawyer for one inmate said.\n"
    "Most of the men who signed up had served less than half of their sentences, according to the lawyer.\n"
    "The regional prison service did not respond to a request for comment on the visits.\n"
    "Rights groups say at least 300 men left the two colonies in the following weeks.\n"
)
TRANSLATION = (
    "Prison officials in the Tver region confirmed on Tuesday that recruiters had been visiting two colonies.\n"
    "Recruiters promised the prisoners a pardon after six months of service, said a lawyer for one prisoner.\n"
    "Most men who signed had served less than half their sentences, according to the lawyer. in Tver.\n"
    "The regional prison service did not answer a request for comment about the visits.\n"
    "Rights groups say at least 300.000 men left the two colonies in the following weeks.\n"
)
UNRELATED = (
    "The city council of Kazan approved a new budget for public transport on Monday evening.\n"
    "Bus fares will rise by ten percent from January, the mayor said in a statement.\n"
    "Opposition deputies said the increase would hit pensioners hardest.\n"
)


def test_translation_pair_found_and_directed(write_corpus):
    corpus = load_corpus(write_corpus({"100_en.txt": ORIGINAL, "101_mt.txt": TRANSLATION, "102_x.txt": UNRELATED}))
    assert len(corpus.relations) == 1
    row = corpus.relations.iloc[0]
    assert {row.a_id, row.b_id} == {"100", "101"} and row.kind == "translation"
    assert row.shared_sentences >= 4 and row.similarity > 0.6
    assert corpus["101"].value("translation_of") == "100"
    assert corpus["100"].value("translation_of") == ""
    assert corpus["102"].value("translation_of") == ""


PARAPHRASE = (  # the ORIGINAL story retold: sentences merged, reworded, reordered inside
    "Recruiters visited two penal colonies in the Tver region and offered inmates pardons in return for six "
    "months at the front, prison officials confirmed on Tuesday, according to one inmate's lawyer.\n"
    "The lawyer said most of the men who enlisted had not yet served half of their sentence.\n"
    "Asked about the visits, the regional prison service gave no comment.\n"
    "In the weeks after, at least 300 men are said by rights groups to have left both colonies.\n"
)
SAME_TOPIC = (  # another story on the same subject: shares words, not sentences
    "Rights groups in Tver said on Friday that prison officials had stopped answering their letters.\n"
    "A lawyer for several inmates said families had not heard from the men for weeks.\n"
    "The regional prison service said the colonies were operating normally.\n"
    "Lawyers say recruitment in colonies across Russia has slowed since the spring.\n"
)


def test_paraphrased_rewrite_is_a_version_and_same_topic_is_not(write_corpus):
    corpus = load_corpus(write_corpus({"100_en.txt": ORIGINAL, "101_re.txt": PARAPHRASE, "102_t.txt": SAME_TOPIC,
                                       "103_x.txt": UNRELATED}))
    pairs = {frozenset((r.a_id, r.b_id)): r.kind for r in corpus.relations.itertuples()}
    assert pairs == {frozenset(("100", "101")): "rewrite"}


def test_a_faithful_copy_is_a_copy_not_a_machine_translation(write_corpus):
    copy = ORIGINAL.replace("on the visits.", "on the visits. .")  # a stray mark from the copying site
    copy = copy.replace("in the following weeks.", "in the following weeks , officials said.")
    corpus = load_corpus(write_corpus({"100_en.txt": ORIGINAL, "101_copy.txt": copy}))
    row = corpus.relations.iloc[0]
    assert row.kind == "copy"
    assert corpus["101"].value("translation_status") == "original"
    assert "a copy of article 100" in corpus["101"].meta["translation_status"].evidence


def test_a_hard_wrapped_copy_is_joined_into_its_paragraphs_and_is_a_copy(write_corpus):
    """A wire copy wrapped at a fixed width: each line breaks off inside its sentence and joins the next; a line
    ending its sentence ends the paragraph."""
    wrapped = "\n".join(textwrap.fill(paragraph, 45) for paragraph in ORIGINAL.splitlines()) + "\n"
    corpus = load_corpus(write_corpus({"100_en.txt": ORIGINAL, "101_wrapped.txt": wrapped}))
    assert [p.text for p in corpus["101"].paragraphs] == ORIGINAL.splitlines()
    assert corpus.relations.iloc[0].kind == "copy"


@pytest.mark.parametrize("notice", [
    "Note: This article was originally written in English and has been machine-translated into other languages.",
    "Automatically translated versions of this article are available in 12 languages.",
    "Select Language Powered by Google Translate",
    "Automatically translate this page",
])
def test_a_notice_of_translations_into_other_languages_leaves_the_english_page_original(write_corpus, notice):
    """A site's notice that its other-language editions are machine translated, or its translation widget,
    says nothing of the English page: it is furniture, not a machine-translation disclaimer."""
    article = load_corpus(write_corpus({"100_en.txt": "Tver prison visits\n\n" + ORIGINAL + "\n" + notice}))["100"]
    assert article.value("translation_status") == "original", article.meta["translation_status"].evidence
    assert notice in {r.text for r in article.removed}


@pytest.mark.parametrize("line", [
    "The manifesto has been translated into 12 languages, the party said.",
    "The memoir, originally written in English, was banned in Russia last year.",
    "Choose your language carefully when you speak to the prison guards, the lawyer told the men.",
])
def test_story_lines_about_languages_stay(line):
    assert debris.classify_line(line) is None


def test_a_rewrite_citing_the_other_outlet_derives_from_it(write_corpus):
    original = "Tver prison visits\n\n" + ORIGINAL.replace("a lawyer for one inmate said.",
                                                              "a lawyer for one inmate told Meduza.")
    rewrite = ("Recruiters in Tver colonies\n\nMeduza reports that recruiters had visited two colonies in the "
               "region of Tver, prison officials confirmed on Tuesday.\n" + "\n".join(ORIGINAL.splitlines()[1:]))
    corpus = load_corpus(write_corpus({"100_en.txt": original, "101_re.txt": rewrite}))
    row = corpus.relations.iloc[0]
    assert row.derived == "101" and "cites Meduza" in row.direction_evidence


# Two independent reports of one press conference carry the mayor's three quotations word for word; their own
# sentences differ. A rewrite of the first keeps its quotations and its reporter's sentences.
DAM_QUOTES = [
    "\u201cThe old dam at Lorvik will not hold another winter, and we will not wait for it to fail,\u201d Mayor Edda Stranvik said.",
    "\u201cWe have asked the province for 14 million crowns, and we expect an answer before the first snow,\u201d she said.",
    "\u201cNobody who lives below the dam should have to sleep with their boots on,\u201d Stranvik added.",
]
DAM_HARBOR = "\n".join([
    "Lorvik to replace its dam",
    "",
    "The town of Lorvik will tear down its century-old dam and build a new one, its mayor announced on Monday at a crowded press conference in the town hall.",
    "Engineers found cracks in the dam's western wall during an inspection in September, according to a report seen by the Harbor Post.",
    DAM_QUOTES[0],
    "About 900 households live in the flood zone below the reservoir, most of them in the old fishing quarter.",
    DAM_QUOTES[1],
    "The provincial water board has not yet commented on the request.",
    DAM_QUOTES[2],
    "Residents of the fishing quarter have complained about the dam for years, a local shopkeeper told the Harbor Post.",
])
DAM_COURIER = "\n".join([
    "Mayor seeks money for new Lorvik dam",
    "",
    "Lorvik's mayor said on Monday that the town would need help from the province to pay for a new dam on the Lorva river.",
    "Speaking to reporters, Edda Stranvik described an inspection that had revealed damage to the structure last autumn.",
    DAM_QUOTES[0],
    "The dam, built in 1921, holds back a reservoir that supplies drinking water to three villages.",
    DAM_QUOTES[1],
    "Opposition councillors said the town should have acted sooner.",
    DAM_QUOTES[2],
    "The council is expected to vote on the plan next month, the Valley Courier understands.",
])
DAM_REWRITE = "\n".join([
    "Lorvik dam to be replaced",
    "",
    "The town of Lorvik is to tear down its century-old dam and build a new one, the mayor said on Monday at a press conference in the town hall.",
    "Engineers found cracks in the western wall of the dam during a September inspection, according to a report.",
    DAM_QUOTES[0],
    "Some 900 households live in the flood zone below the reservoir, most of them in the old fishing quarter.",
    DAM_QUOTES[1],
    "The provincial water board has not commented on the request yet.",
    DAM_QUOTES[2],
])


def test_two_reports_sharing_only_quotations_are_no_versions_and_a_rewrite_is(write_corpus):
    """Sentences aligned around a quotation both reports carry count only for their words outside the marks:
    the two reports of one statement are not versions; the rewrite shares the reporter's sentences and is."""
    corpus = load_corpus(write_corpus({"001_harbor.txt": DAM_HARBOR, "002_courier.txt": DAM_COURIER,
                                       "003_rewrite.txt": DAM_REWRITE}))
    assert {frozenset((r.a_id, r.b_id)) for r in corpus.relations.itertuples()} == {frozenset(("001", "003"))}


# Invented: a plant's lockout, and a scraper's copy of its second half, mostly the union president's quotations
LOCKOUT_QUOTES = [
    "\u201cThe workers came in for the morning shift and found guards at the gate,\u201d said Sam Nadir, the union's "
    "president.",
    "\u201cEach of them got an envelope with the termination papers in it.\u201d",
    "Nadir said the closure came as a complete surprise to the union.",
    "\u201cWe had some trouble with them over the years,\u201d he said.",
    "\u201cBut nothing like this, nothing unusual at all.\u201d",
    "\u201cWe will keep the blockade at the gate until the company talks to us.\u201d",
]
LOCKOUT = "\n".join([
    "Workers locked out of Lenz parts plant", "",
    "Workers at a Lenz parts plant found the gates locked on Friday morning and were told the plant had closed.",
    "The company, which makes seats for two car makers, employs about 300 people at the site.",
    "The plant had operated in the city's east end for more than 30 years.",
    "Union officials said they had received no notice of the closure before Friday.",
    *LOCKOUT_QUOTES,
    "The company did not respond to a request for comment.",
])
# the copy goes on past the story's opening excerpt, so the two are not in lockstep
LOCKOUT_SCRAPED = "\n".join(["[ad_1]", *LOCKOUT_QUOTES,
                              "The union sent a notice to begin bargaining about ten days ago, Nadir said.",
                              "A closure agreement will now have to be negotiated with the owners.",
                              "Until that happens, the union vows that the blockade will remain in place.",
                              "Several workers brought tents and a barbecue to the gate on Saturday.",
                              "The city's mayor said she would meet both sides early next week.",
                              "[ad_2]", "Source link"])


def test_a_copied_stretch_of_quotations_and_the_reporters_words_is_a_copy(write_corpus):
    """Six sentences in a row copied word for word, one of them in the reporter's own words, make a copy however
    much of them is quoted (two reports of one statement quote it between sentences of their own)."""
    corpus = load_corpus(write_corpus({"001_story.txt": LOCKOUT, "002_scraped.txt": LOCKOUT_SCRAPED}))
    kinds = {frozenset((r.a_id, r.b_id)): r.kind for r in corpus.relations.itertuples()}
    assert kinds == {frozenset(("001", "002")): "copy"}


def test_own_words_count_each_aligned_sentence_by_its_share_outside_quotation_marks(write_corpus):
    from analysis import quotes
    from analysis.relations import own_words

    corpus = load_corpus(write_corpus({"001_harbor.txt": DAM_HARBOR, "002_courier.txt": DAM_COURIER}))
    a, b = corpus["001"], corpus["002"]
    quoted = {x.article_id: [(q.start, q.end) for q in quotes.find_quotes(x)] for x in (a, b)}
    index = {x.article_id: {s.text: s.index for s in x.sentences} for x in (a, b)}
    shared = [(index["001"][q], index["002"][q], 100.0) for q in DAM_QUOTES]
    assert own_words(a, b, shared, quoted["001"], quoted["002"]) < 1  # three quoted sentences, little else
    prose = a.sentences[index["001"][DAM_QUOTES[0]] + 1]  # "About 900 households ...": no quotation marks
    assert own_words(a, a, [(prose.index, prose.index, 100.0)], quoted["001"], quoted["001"]) == 1


def test_candidate_pairs_are_blocked_to_nearest_neighbours(write_corpus):
    """Every article has NEIGHBOURS candidates at most: the work grows with articles, not with pairs."""
    from analysis.relations import NEIGHBOURS, candidate_pairs

    stories = [ORIGINAL.replace("Tver", town).replace("300", str(n)) for n, town in
               enumerate(["Tver", "Perm", "Omsk", "Kazan", "Tula", "Orel", "Kursk", "Penza", "Ryazan", "Kaluga",
                          "Vologda", "Kostroma", "Ivanovo", "Tambov"], start=100)]
    corpus = load_corpus(write_corpus({f"{100 + i}_s.txt": text for i, text in enumerate(stories)}))
    candidates = candidate_pairs(corpus.analysable)
    assert 0 < len(candidates) <= NEIGHBOURS * len(stories) < len(stories) * (len(stories) - 1) / 2


# --- bad input never crashes the load --------------------------------------------------------------

def test_bad_inputs_each_get_a_status_and_the_rest_loads(write_corpus, tmp_path):
    russian = "Заключённых вербуют в колониях по всей стране, сообщают правозащитники и родственники."
    french_english = "The café owner in Lyon said the résumé of the recruiter was false. " * 3
    files = {
        "001_good.txt": STORY,
        "002_empty.txt": "",
        "003_blank.txt": "   \n\n  ",
        "004_binary.txt": b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR" + bytes(range(256)),
        "005_cp1251.txt": (russian + "\n") .encode("cp1251"),
        "006_latin1.txt": french_english.encode("latin-1"),
        "007_html.txt": ("<html><head><script>var x = 1;</script><title>Recruits | Site</title>"
                         "<meta property=\"article:published_time\" content=\"2023-04-12T08:00:00Z\"></head>"
                         "<body><nav>Home | World | Europe</nav><h1>Recruits in Tver</h1>"
                         "<p>Prison officials in Tver confirmed that recruiters had visited two colonies this week.</p>"
                         "<p>The recruiters promised the inmates a pardon after six months of service.</p>"
                         "</body></html>"),
        "008_german.txt": ("Die Gefangenen wurden in den Kolonien angeworben, berichten Menschenrechtler. "
                           "Sie versprachen den Männern eine Begnadigung nach sechs Monaten Dienst an der Front."),
        "009_nobody.txt": "Skip to main content\nYou May Also Like\n1,200 views\n",
    }
    folder = write_corpus(files)
    (folder / "010_huge.txt").write_bytes(b"a" * (50 * 1024 * 1024))
    corpus = load_corpus(folder)
    table = corpus.table().set_index("file")
    assert len(table) == len(files) + 1
    expected = {"001_good.txt": "ok", "002_empty.txt": "empty", "003_blank.txt": "empty",
                "004_binary.txt": "binary", "005_cp1251.txt": "non_english", "006_latin1.txt": "ok",
                "007_html.txt": "ok", "008_german.txt": "non_english", "009_nobody.txt": "no_body",
                "010_huge.txt": "too_large"}
    assert table.status.to_dict() == expected
    for file, status in expected.items():
        if status != "ok":
            assert table.loc[file, "message"].startswith(file)
    assert table.loc["005_cp1251.txt", "encoding"] == "cp1251"
    assert "Заключённых" in corpus["005"].body
    assert table.loc["006_latin1.txt", "encoding"] == "cp1252" and "café" in corpus["006"].body
    html = corpus["007"]
    assert "<p>" not in html.body and "var x" not in html.body and "recruiters had visited" in html.body
    assert "HTML markup removed" in html.message and "Home | World" not in html.body
    assert html.title == "Recruits in Tver" and html.published.best == "2023-04-12"
    assert all(len(sha) == 64 for sha in table.sha256)


def test_wide_and_damaged_utf8_files_are_read_not_called_binary(write_corpus):
    """A Windows "Unicode" text (UTF-16 with or without its byte-order mark, UTF-32) is text, not a binary file; a
    UTF-8 page with one character cut off at its end keeps its curly quotes instead of turning into cp1252
    mojibake; a page of several lines in Japanese is `non_english`, not `no_body`."""
    story = ("\u201cThe ferry left without us,\u201d said Ilse Varga, a teacher in Dornholm. The harbour master, "
             "Piet Anker, told reporters on Monday that 40 passengers had been turned away at the quay.\n")
    files = {
        "001_utf16.txt": story.encode("utf-16"),
        "002_utf16le.txt": story.encode("utf-16-le"),
        "003_utf32.txt": story.encode("utf-32"),
        "004_cut.txt": story.encode("utf-8") + "Later on \u201d".encode("utf-8")[:-1],
        "006_samples.txt": bytes(b for v in range(4000) for b in (v % 31 + 1, 0)),  # 16-bit data: still binary
        "005_japanese.txt": "\u6e2f\u306e\u8239\u304c\u51fa\u822a\u3057\u305f\u3002\u4e57\u5ba2\u306f40\u4eba\u3060\u3063\u305f\u3002\n" * 3,
    }
    corpus = load_corpus(write_corpus(files))
    table = corpus.table().set_index("file")
    assert table.status.to_dict() == {"001_utf16.txt": "ok", "002_utf16le.txt": "ok", "003_utf32.txt": "ok",
                                      "004_cut.txt": "ok", "005_japanese.txt": "non_english",
                                      "006_samples.txt": "binary"}
    assert table.encoding.to_dict()["002_utf16le.txt"] == "utf-16-le"
    for article_id in ("001", "002", "003", "004"):
        assert "\u201cThe ferry left without us,\u201d said Ilse Varga" in corpus[article_id].body
    assert table.loc["004_cut.txt", "message"].startswith("004_cut.txt: 1 byte sequence(s) not valid UTF-8")
    assert table.loc["005_japanese.txt", "message"].startswith("005_japanese.txt: the text is in 'ja'")


def test_missing_folder_is_a_clear_error(tmp_path):
    with pytest.raises(FileNotFoundError, match="nowhere"):
        load_corpus(tmp_path / "nowhere")


# --- the seeds (expected values read from the texts) ----------------------------------------------

def test_seed_table(seed_corpus, tmp_path):
    table = seed_corpus.table().set_index("article_id")
    assert list(table.index) == ["000", "001", "002", "003", "004"]
    assert (table.status == "ok").all()
    assert table.loc["001", "published"] == "2022-08-11" and table.loc["001", "published_provenance"] == "given"
    assert table.loc["003", "original_outlet"] == "RFE/RL" and table.loc["003", "outlet"] == ""  # "Source : RFERL"
    assert table.loc["002", "translation_status"] == "machine_translation"  # carries a disclaimer
    assert table.loc["001", "translation_status"] == "original"
    assert table.loc["000", "translation_of"] == "001"                    # a reworded copy of the AP story
    assert table.loc["002", "original_outlet"] == ""  # a rewrite of CNN's story ("CNN writes"): not CNN's copy
    assert seed_corpus["002"].value("retold_outlet") == "CNN"
    assert table.loc["001", "title"].startswith("Russia struggles to replenish")
    assert table.loc["002", "duplicate_paragraphs"] >= 1
    seed_corpus.write_csvs(tmp_path)
    written = pd.read_csv(tmp_path / "articles.csv", dtype=str, keep_default_na=False)
    assert list(written.columns) == ARTICLE_COLUMNS and len(written) == 5


def test_seed_debris(seed_corpus):
    reasons = {(r.reason) for r in seed_corpus["002"].removed}
    assert {debris.COUNTER, debris.CAPTION, debris.MT_DISCLAIMER, debris.PROMO} <= reasons
    body = seed_corpus["002"].body
    assert "views" not in body and "Photo: Reuters" not in body and "Bonus video" not in body
    assert "Skip to main content" not in seed_corpus["001"].body
    assert "AP Photo" not in seed_corpus["001"].body
    assert "Follow AP" not in seed_corpus["000"].body and "Source : RFERL" not in seed_corpus["003"].body
    assert "You May Also Like" not in seed_corpus["004"].body


def test_pull_quote_and_heading_are_not_duplicates_and_the_shorter_copy_is_flagged(write_corpus):
    text = (
        "Officials say the new registry will list every inmate who could be drafted into the army.\n"
        "\u201cThe least protected part of the population\u201d\n"
        "\u201cThey are the least protected part of the population,\u201d said a lawyer who works with inmates.\n"
        "Analysts say the army depends on convicts to fill its ranks in the east of the country\n"
        "Analysts say the army, which has lost a third of its strength, depends on convicts to fill its ranks "
        "in the east of the country.\n"
    )
    paragraphs = load_corpus(write_corpus({"070_f.txt": text}))["070"].paragraphs
    assert [p.duplicate_of for p in paragraphs] == [None, None, None, 4, None]


@pytest.mark.parametrize("text_in, language", [
    ("Recruiters came to the colony on Tuesday and left with twelve men.", "en"),
    ("Вербовщики приехали в колонию во вторник и увезли двенадцать человек с собой на фронт.", "ru"),
    ("Les recruteurs sont venus à la colonie mardi et sont repartis avec douze hommes au front.", "fr"),
])
def test_language(write_corpus, text_in, language):
    article = load_corpus(write_corpus({"080_g.txt": text_in}))["080"]
    assert article.value("language") == language
    assert article.status == ("ok" if language == "en" else "non_english")


@pytest.mark.parametrize("line, reason, date, outlet", [
    ("Updated 3:45 PM EDT, Mon August 8, 2022", debris.UPDATED_LINE, "August 8, 2022", None),
    ("Mon 8 Aug 2022 06.00 BST", debris.DATE_LINE, "8 Aug 2022", None),
    ("11.08.2022 14:33", debris.DATE_LINE, "11.08.2022", None),
    ("By Anna Petrova and Tim Lewis, CNN", debris.BYLINE, None, "CNN"),
    ("Reporting by Guy Faulkner; Editing by Alex Rich", debris.CREDITS, None, None),
    ("Copyright 2022 The Associated Press. All rights reserved.", debris.COPYRIGHT, None, "The Associated Press"),
    ("March 14, 2019|by JANE ROE", debris.DATE_LINE, "March 14, 2019", None),
    ("By Tom Reed, CNN · 4 May 2021", debris.DATE_LINE, "4 May 2021", "CNN"),
])
def test_header_and_footer_lines_give_dates_and_outlets(line, reason, date, outlet):
    found = debris.classify_line(line)
    assert (found.reason, found.given_date, found.given_outlet) == (reason, date, outlet)


@pytest.mark.parametrize("line", [
    "By the time recruiters arrived at the colony in April, he had already refused twice.",
    "By Tuesday, Moscow said it would send more men",
    "March 2024",
    "In August 2022, the ministry said it had no plans to draft inmates.",
    "Prices | March 14, 2019 | by region",
])
def test_sentences_about_dates_and_bylines_stay(line):
    assert debris.classify_line(line) is None


def test_dateline_names_the_outlet(write_corpus):
    text = ("KYIV, Ukraine (AP) \u2014 Recruiters visited two prison colonies in the Tver region this week, "
            "relatives of inmates said.\n" + STORY.split("\n", 1)[1])
    article = load_corpus(write_corpus({"090_h.txt": text}))["090"]
    assert article.value("original_outlet") == "The Associated Press"
    assert "dateline" in article.meta["original_outlet"].evidence


def test_manifest_naming_a_missing_file_warns(write_corpus):
    folder = write_corpus({"050_d.txt": STORY})
    (folder / "manifest.csv").write_text("file,outlet\n050_d.txt,Meduza\n051_gone.txt,BBC\n")
    with pytest.warns(UserWarning, match="051_gone.txt"):
        corpus = load_corpus(folder)
    assert corpus["050"].value("outlet") == "Meduza"


def test_parse_never_runs_a_sentence_across_paragraphs():
    from analysis import nlp

    doc = nlp.parse_text("Convicts were sent to fight near Bakhmut\n\nRelatives of the men said they were afraid.")
    assert [s.text.strip() for s in doc.sents][-1] == "Relatives of the men said they were afraid."
    assert all(not e.text[-1].isspace() and not e.text[0].isspace() for e in doc.ents)


BROADCASTER_PAGE = """Prison recruits: the men sent to the front
Prisons
Share
Image source, EPA
Image caption,
Inmates at a colony near Tver in a picture from last year
By Maria Volkova
BBC Russian
12 March 2024 \u00b7 4 min read
Prison officials in the region of Tver confirmed on Tuesday that recruiters had visited two colonies.
The recruiters promised the inmates a pardon after six months of service, a lawyer for one inmate said.
Related Topics
Russia-Ukraine war
Prisons
More on this story
Convicts return home from the front
Published
2 February 2024
Share on Facebook Share on Twitter
This story was translated automatically. Source: Reuters
Our Standards: The Thomson Reuters Trust Principles.
Updated 3 hours ago
"""


def test_broadcaster_page_furniture_is_stripped(write_corpus):
    article = load_corpus(write_corpus({"110_page.txt": BROADCASTER_PAGE}))["110"]
    assert article.title == "Prison recruits: the men sent to the front"
    assert [p.text[:20] for p in article.paragraphs] == ["Prison officials in ", "The recruiters promi"]
    assert [r.line for r in article.removed] == sorted(r.line for r in article.removed)
    assert {(2, debris.SECTION_LABEL), (14, debris.LINK_LIST)} <= {(r.line, r.reason) for r in article.removed}
    reasons = {r.text: r.reason for r in article.removed}
    assert reasons["Inmates at a colony near Tver in a picture from last year"] == debris.CAPTION
    assert reasons["BBC Russian"] == debris.OUTLET_LINE
    assert reasons["Convicts return home from the front"] == debris.LINK_LIST
    assert reasons["This story was translated automatically. Source: Reuters"] == debris.MT_DISCLAIMER
    assert reasons["Share on Facebook Share on Twitter"] == debris.SHARE
    assert reasons["Updated 3 hours ago"] == debris.DATE_LINE
    assert article.published.best == "2024-03-12"  # the page's own date, not the related link's
    assert article.value("translation_status") == "machine_translation"
    assert article.value("outlet") == ""  # a machine translation: the publisher is not named


@pytest.mark.parametrize("line, reason, outlet", [
    ("Ad Feedback", debris.NAVIGATION, None),
    ("CNN's Anna Petrova contributed reporting.", debris.CREDITS, None),
    ("By OLGA SMIRNOVA and the Associated Press", debris.BYLINE, "Associated Press"),
    ("Read this story in Russian on Meduza: https://meduza.io/feature/1", debris.PROMO, None),
    ("Translated automatically from German. The original article appeared in Die Zeit.", debris.MT_DISCLAIMER,
     "Die Zeit"),
])
def test_more_page_furniture(line, reason, outlet):
    found = debris.classify_line(line)
    assert (found.reason, found.given_outlet) == (reason, outlet)


@pytest.mark.parametrize("line", [
    "She contributed to the report on prisons, which was published in May.",
    "Read the full report, he said, and decide for yourself.",
])
def test_sentences_about_reports_stay(line):
    assert debris.classify_line(line) is None


# --- page furniture of common sites, wire credits -------------------------------------------------

@pytest.mark.parametrize("line, reason", [
    ("Connect with us", debris.NAVIGATION),
    ("View gallery", debris.NAVIGATION),
    ("This video can not be played", debris.NAVIGATION),
    ("To play this video you need to enable JavaScript in your browser.", debris.NAVIGATION),
    ("mkg/hc (Reuters, AFP, dpa, AP)", debris.CREDITS),
    ("(Reuters)", debris.CREDITS),
    ("January 6, 2015 / 11:05 AM / in 4 years", debris.DATE_LINE),
    ("A protest outside the court in KazanGetty Images", debris.CAPTION),
    ("Rescuers search a collapsed school on Sept. 19. Bloomberg photo by Ana Ruiz.1 / 2", debris.CAPTION),
    (".", debris.SEPARATOR),
    ("\u2022 \u2022 \u2022", debris.SEPARATOR),
    ("Heavy fighting goes on in the east as troops battle for the town. (Video: The", debris.CAPTION),
    ("Live Briefing: Russia's Invasion Of Ukraine", debris.PROMO),
    ("Our Live Briefing gives you the latest developments on the war, aid and maps. For all of our coverage of "
     "the war, click here.", debris.PROMO),
    ("Editor's note: How about the crooks in our own county court? J. Smith, Schoolmaster", debris.PROMO),
])
def test_common_page_furniture(line, reason):
    assert debris.classify_line(line).reason == reason


@pytest.mark.parametrize("line", [
    "The minister said AP was wrong about the figures.",
    "Reuters reported the figure on Monday",
    "Connect with us, the campaign's posters said, and thousands did.",
    "He said to click here if you want to leave the program, but nobody did.",
])
def test_sentences_naming_agencies_stay(line):
    assert debris.classify_line(line) is None


def test_a_letter_or_two_is_a_fragment_only_at_the_page_end():
    """A page cut off after one letter ends with a fragment; a short line inside the page ("I." opening a
    numbered section, a roman numeral heading) is text."""
    assert debris.classify_line("R", next_line="").reason == debris.FRAGMENT
    for line in ("I.", "II", "Q"):
        assert debris.classify_line(line, next_line="The court heard the case on Monday.") is None


def test_a_two_letter_line_inside_the_page_is_kept(write_corpus):
    text = ("Court frees two men\n\nThe court freed two men on Monday after a hearing that lasted six hours, their "
            "lawyer said.\n\nII\n\nThe prosecutor said the state would appeal the ruling next week, officials said.\n")
    article = load_corpus(write_corpus({"001_a.txt": text}))["001"]
    assert "II" in article.body and not any(r.text == "II" for r in article.removed)


def test_outlet_name_between_paragraphs_is_a_picture_credit_not_the_masthead(write_corpus):
    text = ("Flood waters rise again\n\nRescue teams worked through the night to reach the villages cut off by the "
            "river, officials said on Tuesday.\n\nA rescuer carries a child to safety in the flooded village of "
            "Lenz on Tuesday.\nReuters\nThe regional government said the water would not fall before the weekend "
            "and asked residents to stay on higher ground.\n")
    article = load_corpus(write_corpus({"001_flood.txt": text}))["001"]
    assert ("caption" in {r.reason for r in article.removed if r.text == "Reuters"}.pop())
    assert article.value("outlet") == ""


@pytest.mark.parametrize("dateline", ["MEXICO CITY (AP) \u2014", "MEXICO CITY, Mexico, March 18, 2024 (VNA/AP) \u2013"])
def test_wire_dateline_names_the_outlet(write_corpus, dateline):
    text = ("Quake damages old town\n\n" + dateline + " A strong earthquake shook the old town on Tuesday, "
            "damaging churches and cutting power to thousands of homes, officials said.\n\nRescue teams searched "
            "the rubble of two buildings through the night.\n")
    article = load_corpus(write_corpus({"001_quake.txt": text}))["001"]
    assert article.value("original_outlet") == "The Associated Press"
    assert article.value("outlet") == ""  # a wire copy: no page line names the site that carries it


def test_a_wire_dateline_outweighs_the_other_outlets_the_story_cites(write_corpus):
    """An agency's story signed by its dateline stays the agency's however often it cites another outlet's
    interviews ("told Reuters", "according to Reuters")."""
    text = ("Dam holds as floods cut off villages\n\nKYIV, Ukraine (AP) \u2014 Floods cut off six mountain villages "
            "on Friday, the emergencies ministry said.\n\nThe mayor of Lenz told Reuters the dam had held. Two "
            "officials told Reuters more rain was due, and according to Reuters the army sent boats.\n")
    article = load_corpus(write_corpus({"001_dam.txt": text}))["001"]
    assert article.value("original_outlet") == "The Associated Press"
    assert "KYIV, Ukraine (AP)" in article.meta["original_outlet"].evidence


@pytest.mark.parametrize("header", ["By JANA KOVIC Updated 11:05 AM EST, January 6, 2015 ",
                                    "Jan 6, 2015 11:05 AM ET "])
def test_a_dateline_after_a_header_glued_to_it_names_the_outlet(write_corpus, header):
    """A scraped page that glues the byline and time to the first paragraph keeps the wire's dateline behind
    them: a place in capitals before the agency and its dash."""
    text = (f"Floods cut off villages\n\n{header}KYIV, Ukraine (AP) \u2014 Floods cut off six mountain villages on "
            "Friday, the emergencies ministry said.\n\nOfficials said the water would not fall soon.\n")
    article = load_corpus(write_corpus({"001_dam.txt": text}))["001"]
    assert article.value("original_outlet") == "The Associated Press"


@pytest.mark.parametrize("sentence", [
    "The figures were confirmed by the agency in Lenz on Monday (AP) \u2014 and by the ministry.",
    "officials in Lenz (Reuters) - the agency said - were not available.",
])
def test_an_agency_in_brackets_inside_a_sentence_is_no_dateline(write_corpus, sentence):
    text = f"Floods cut off villages\n\n{sentence}\n\nOfficials said the water would not fall soon.\n"
    article = load_corpus(write_corpus({"001_dam.txt": text}))["001"]
    assert "dateline" not in article.meta["original_outlet"].evidence


def test_a_dateline_garbled_by_a_wrong_decoding_still_names_the_outlet(write_corpus):
    text = ("Floods cut off villages\n\nKYIV, Ukraine (AP) \u00e2\u20ac\u201d Floods cut off six mountain villages "
            "on Friday, the emergencies ministry said.\n\nOfficials said the water would not fall soon.\n")
    article = load_corpus(write_corpus({"001_dam.txt": text}))["001"]
    assert article.value("original_outlet") == "The Associated Press"


def test_news_agency_named_in_the_third_person_is_a_rewrite(write_corpus):
    text = ("Minister resigns\n\nThe finance minister resigned on Friday after a week of protests, his office "
            "said.\n\n\u201cI take responsibility,\u201d the minister told the Reuters news agency in an interview "
            "before his office announced the decision.\n")
    article = load_corpus(write_corpus({"001_resign.txt": text}))["001"]
    assert article.value("original_outlet") == "" and article.value("retold_outlet") == "Reuters"
    assert article.value("outlet") == ""


# --- machine-translation signs weighed against clean English news ---------------------------------

CLEAN_NEWS = (
    "Council approves budget\n\n"
    "The city council approved a budget 2.333 per cent larger than last year's on Tuesday, with support from "
    "Salesforce Inc., Apple Inc. and two unions in the U.S., officials said.\n\n"
    "\u201cWe have worked on this for months and we believe it is fair to every part of the city,\u201d said "
    "Mayor Jane Holloway. \u201cIt will not please everyone, but it keeps the libraries open.\n\n"
    "\u201cIt also pays for the new bus lanes that residents asked for.\u201d\n\n"
    "The budget takes effect in July, when the council will also vote on a plan to hire \u201cmore"
)


def test_clean_english_news_shows_no_machine_translation_sign(write_corpus):
    """A quotation over two paragraphs, a decimal with three places, abbreviations before commas and a page cut
    off inside a quotation are all ordinary in English news."""
    article = load_corpus(write_corpus({"001_budget.txt": CLEAN_NEWS}))["001"]
    assert article.value("translation_status") == "original", article.meta["translation_status"].evidence


QUOTE_OVER_A_SUBHEADING = (
    "Prisoners sent to the front\n\nThe warden described the night to reporters on Monday.\n\n"
    "The warden said: \u201cThey came at night and took forty men from the block. Nobody was told where they "
    "were going.\n\nThe empty cells of block four\n\n\u201cBy the morning the cells were empty,\u201d he said.\n\n"
    "The ministry did not comment on the claims.\n")


def test_a_quotation_running_on_past_a_subheading_is_no_sign(write_corpus):
    """A quotation over two paragraphs stays ordinary English when a subheading (or a kept picture line) sits
    between them: the next paragraph of text opens with the quotation mark."""
    article = load_corpus(write_corpus({"001_q.txt": QUOTE_OVER_A_SUBHEADING}))["001"]
    assert [p.kind for p in article.paragraphs][2] == "heading"
    assert not [s for s in metadata.translation_signs(article) if "quotation marks" in s]


def test_program_code_left_in_a_page_shows_no_machine_translation_sign(write_corpus):
    """A share widget's script left in a scraped page is no prose: its semicolons and quotes are no sign."""
    script = ('(function(w, d) { var el = d.createElement("script"); el.src = "//widgets.example.net/share.js"; '
              'd.body.appendChild(el);})(window, document);!function(){var n=d.getElementById("x");}();\n')
    article = load_corpus(write_corpus({"001_budget.txt": CLEAN_NEWS + "\n\n" + script}))["001"]
    assert article.value("translation_status") == "original", article.meta["translation_status"].evidence


@pytest.mark.parametrize("sentence", [
    "The rouble traded at 96.125 per dollar on Friday, its weakest level since March.",
    "The rouble closed at 92.535 to the dollar on Friday, the central bank said.",
    "Inflation reached 2.333pc in May, the statistics office said on Tuesday.",
    "The yield on ten-year bonds rose to 4.125 on Friday after the central bank spoke.",
])
def test_a_decimal_with_three_places_before_a_rate_word_is_no_european_thousand(write_corpus, sentence):
    article = load_corpus(write_corpus({"001_fx.txt": "Markets\n\n" + sentence + "\n"}))["001"]
    assert not [s for s in metadata.translation_signs(article) if "thousands separator" in s]


def test_european_separator_and_guillemets_are_signs(write_corpus):
    text = ("Pardons admitted\n\nThe Kremlin said 1.500 prisoners were pardoned, calling the group a "
            "\u00abcriminal organization\u00bb.\n\nThe decision was taken in secret. .\n")
    article = load_corpus(write_corpus({"001_mt.txt": text}))["001"]
    assert article.value("translation_status") == "machine_translation"
    evidence = article.meta["translation_status"].evidence
    assert "European thousands separator '1.500 prisoners'" in evidence and "\u00ab" in evidence


# --- versions found by meaning (sentence embeddings) -----------------------------------------------

FLOODS = """Floods cut off mountain villages

Heavy rain on Sunday washed away the only road to six mountain villages in the Tarn valley, leaving about 900 residents stranded.

Helicopters dropped food, drinking water and medicine to the villages on Monday, the regional governor's office said.

"We have never seen the river rise so fast," said Marta Solis, who runs the bakery in Ostrel.

Engineers expect to rebuild a temporary bridge within ten days.

Schools in the valley will stay closed for the rest of the week.

Meteorologists forecast more storms for Thursday and urged residents to avoid the riverbanks.
"""
FLOODS_RETOLD = """Stranded after the deluge

Roughly nine hundred people are trapped after torrential downpours destroyed the sole route into half a dozen hamlets of the Tarn valley at the weekend.

Aircraft delivered supplies including meals, bottled water and medical kits on Monday, according to the provincial administration.

Ostrel baker Marta Solis said the water had climbed quicker than anyone could remember.

A makeshift crossing should be in place in under two weeks, according to road crews.

Classes across the area are cancelled until the weekend.

Forecasters predict further bad weather later this week and told locals to keep away from the water's edge.
"""
FLOODS_OTHER_STORY = """Valley council approves flood barrier

The Tarn valley council voted on Tuesday to build a flood barrier along the river, the mayor's office said.

The barrier will cost 12 million euros and should be finished in 2028, according to the council's budget.

Farmers welcomed the plan, saying the river had flooded their fields three times in ten years.

Residents of Ostrel complained that the works would close the road to the village for two summers.

Engineers said the barrier would hold back a river twice as high as the last flood.

The council will choose a builder by the end of the year.
"""


def test_a_paraphrased_rewrite_is_a_version_found_by_meaning(write_corpus, monkeypatch):
    """A rewrite in other words (few shared words: no TF-IDF candidate, no fuzzy anchor) is paired by its
    sentence embeddings, and the relation says which sentences only meaning matched and how closely."""
    folder = write_corpus({"001_floods.txt": FLOODS, "002_retold.txt": FLOODS_RETOLD})
    row = load_corpus(folder).relations.iloc[0]
    assert (row.a_id, row.b_id, row.kind) == ("001", "002", "rewrite")
    assert "meaning" in row.candidate_by and row.shared_sentences >= 4
    matched = dict(pair.split("=") for pair in row.meaning_matches.split())
    assert "0:0" in matched and all(0.5 <= float(c) <= 1 for c in matched.values())
    # every figure and name of the retelling is in the original, which gives 900, Sunday and Thursday besides
    assert row.derived == "002" and "a retelling of 001" in row.direction_evidence
    monkeypatch.setattr(embeddings, "encode", lambda texts: None)  # word overlap alone misses it
    assert load_corpus(folder).relations.empty


def test_a_story_on_the_same_subject_is_no_version_by_meaning(write_corpus):
    corpus = load_corpus(write_corpus({"001_floods.txt": FLOODS, "002_barrier.txt": FLOODS_OTHER_STORY}))
    assert corpus.relations.empty


def test_meaning_matches_only_a_pair_that_stands_out():
    """The margin: a pair counts when each sentence is the other's nearest and their cosine exceeds the cosine
    of either's other near sentences; uniformly alike sentences (one subject) get no margin."""
    from analysis.relations import meaning_matrix

    unit = np.eye(4)
    alike = np.full((4, 4), 0.5) + 0.5 * unit  # every sentence as close to every other: one subject
    a = alike / np.linalg.norm(alike, axis=1, keepdims=True)
    b = np.vstack([a[0] * 0.99 + 0.01 * unit[1], a[1:]])
    b = b / np.linalg.norm(b, axis=1, keepdims=True)
    cosine, margin = meaning_matrix(a, b)
    assert cosine.shape == margin.shape == (4, 4)
    assert margin[0, 0] > 1 and margin[0, 1] == 0 and margin[1, 0] == 0
    flat = np.ones((3, 4)) / 2
    _, margin = meaning_matrix(flat, flat)
    assert margin.max() <= 1


def test_without_the_embedding_model_a_warning_names_the_folder(tmp_path, monkeypatch):
    monkeypatch.setattr(embeddings, "model_dir", lambda: tmp_path / "none")
    embeddings.load.cache_clear()
    try:
        with pytest.warns(UserWarning, match="offline_data"):
            assert embeddings.encode(["A sentence."]) is None
    finally:
        embeddings.load.cache_clear()


def test_a_version_naming_the_others_outlet_as_its_original_derives_from_it(write_corpus):
    """The direction is decided once, on the relation: a republished copy (its publisher given in the manifest)
    whose source line names the outlet of the other version derives from it, and the later stages read it from
    `derived` (`relations.originals`)."""
    from analysis import relations

    original = "Meduza\n\n" + FLOODS
    copy = FLOODS.replace("Heavy rain", "Torrential rain") + "\nSource: Meduza\n"
    corpus = load_corpus(write_corpus({"001_meduza.txt": original, "002_copy.txt": copy,
                                       "manifest.csv": "file,outlet\n002_copy.txt,Valley Courier\n"}))
    row = corpus.relations.iloc[0]
    assert row.derived == "002" and "original outlet" in row.direction_evidence
    assert relations.originals(corpus.relations) == {"002": ("001", "copy")}


def test_the_outlet_pattern_reads_every_alias_whole_and_the_longest_first():
    """The aliases compiled into one trie match as the alternation of them, longest first, did."""
    import re

    names = re.compile(metadata._outlet_pattern(), re.I)
    for alias in metadata.outlet_aliases():
        found = names.search(f"as {alias} said")
        assert found and found.group(0) == alias, alias  # 'The Associated Press': its 'The' read as the article
    assert names.search("the AP News report").group("outlet") == "AP News"
    assert names.search("according to AP's count").group("outlet") == "AP"


QUOTE_MARKS_LOST_BETWEEN_PARAGRAPHS = (
    "World\n\n\u201cAfter six months you go home. There is no way back to the cells.\n\n"
    "You have five minutes to decide.\u201d\n\n"
    "The recording is grainy, but it shows the offer made to the inmates of the Lenz colony in the spring.\n\n"
    "The ministry did not comment on the recording on Monday.\n")


def test_a_quotation_whose_marks_between_two_paragraphs_were_lost_is_no_sign(write_corpus):
    """A quotation over two paragraphs with its marks between them lost (the first opens and does not close, the
    next closes and did not open) is balanced as a whole: no sign of a translation."""
    article = load_corpus(write_corpus({"001_q.txt": QUOTE_MARKS_LOST_BETWEEN_PARAGRAPHS}))["001"]
    assert not [s for s in metadata.translation_signs(article) if "quotation marks" in s]


def test_a_quotation_left_open_with_no_closing_after_it_is_still_a_sign(write_corpus):
    page = QUOTE_MARKS_LOST_BETWEEN_PARAGRAPHS.replace("decide.\u201d", "decide.")
    article = load_corpus(write_corpus({"001_q.txt": page}))["001"]
    assert [s for s in metadata.translation_signs(article) if "quotation marks" in s]


def test_a_quotation_running_on_past_the_pages_last_paragraph_is_no_sign(write_corpus):
    """A page cut after a paragraph that opens a quotation running on into the next paragraph (which the page
    lost) ends inside that quotation, as English sets a quotation over paragraphs; inside the page it is a sign."""
    page = ("Plant closes overnight\n\nWorkers found the gates locked on Friday, the union said.\n\n"
            "Its president said the closure was a surprise.\n\n"
            "\u201cWe had some trouble with them,\u201d he said. \u201cThey ran the company into the ground. But "
            "nothing really unusual.\n")
    article = load_corpus(write_corpus({"001_q.txt": page}))["001"]
    assert not [s for s in metadata.translation_signs(article) if "quotation marks" in s]
    slips = (page.replace("Workers found", "\u201cWorkers found"), page.replace("he said.", "he said, \u201cagain."))
    for slip in slips:  # a mark lost inside the page; marks scrambled before the last quotation
        article = load_corpus(write_corpus({"001_q.txt": slip}))["001"]
        assert [s for s in metadata.translation_signs(article) if "quotation marks" in s]


ONE_GLYPH_QUOTES = (
    "Rescuers battle to save flood victims\n\n"
    "Rescuers battled heavy rain in the Tavra valley on Tuesday to reach villages cut off by the floods.\n\n"
    "\u201dWe were unable to fly,\u201d said the police commissioner of the valley, Jon Amare.\n\n"
    "\u201dWe have sent more boats from the region,\u201d he told reporters by phone from Lenz.\n\n"
    "The film festival was supported by prominent directors and by the city council of Lenz .\n")


def test_one_glyph_for_both_quotation_marks_and_a_dropped_link_before_the_last_stop_are_no_signs(write_corpus):
    """A site that sets \u201d for opening and closing marks, and a space left before a paragraph's full stop where
    the scraper dropped a link, are ordinary in scraped English news."""
    article = load_corpus(write_corpus({"001_g.txt": ONE_GLYPH_QUOTES}))["001"]
    assert metadata.translation_signs(article) == []


def test_a_space_before_a_full_stop_inside_a_paragraph_is_still_a_sign(write_corpus):
    page = ONE_GLYPH_QUOTES.replace("city council of Lenz .", "city council of Lenz . It opened on Friday.")
    article = load_corpus(write_corpus({"001_g.txt": page}))["001"]
    assert [s for s in metadata.translation_signs(article) if "stray punctuation" in s]


@pytest.mark.parametrize("sentence", [
    "Using court records, Sky News reveals what is known about the men sent to the front.",
    "Sky News can reveal that forty men left the colony in March.",
])
def test_an_outlet_revealing_its_own_findings_is_the_original_outlet(write_corpus, sentence):
    page = "Men freed to fight\n\n" + sentence + "\n\nThe ministry did not answer questions about the colony on Monday.\n"
    article = load_corpus(write_corpus({"001_r.txt": page}))["001"]
    assert article.value("original_outlet") == "Sky News"


def test_two_reports_under_datelines_of_different_days_are_no_versions_unless_copied(write_corpus):
    """A follow-up report retells a few facts of the first under its own dateline: not a version of it. A copy
    word for word stays a copy, whatever date its dateline carries."""
    first = "LENZ, March 4, 2024 \u2014 " + ORIGINAL
    follow_up = "LENZ, March 20, 2024 \u2014 " + PARAPHRASE
    corpus = load_corpus(write_corpus({"100_a.txt": first, "101_b.txt": follow_up,
                                       "102_c.txt": "LENZ, March 20, 2024 \u2014 " + ORIGINAL}))
    pairs = {frozenset((r.a_id, r.b_id)): r.kind for r in corpus.relations.itertuples()}
    assert frozenset(("100", "101")) not in pairs
    assert pairs[frozenset(("100", "102"))] == "copy"
    same_day = load_corpus(write_corpus({"101_b.txt": "LENZ, March 4, 2024 \u2014 " + PARAPHRASE}))
    assert {frozenset((r.a_id, r.b_id)): r.kind for r in same_day.relations.itertuples()}[
        frozenset(("100", "101"))] == "rewrite"


OPENING_MARKS_LOST = (
    "The summit ends in Lenz\n\n"
    "Speaking at the forum on Tuesday, the president of Varna warned of new threats to the region.\n\n"
    "Nine countries hold such weapons. Even one explosion may lead to a catastrophe,\" the president said.\n\n"
    "He said the country would keep its course on dialogue.\n\n"
    "We know what this means. Our region still lives with the tests,\" he added.\n\n"
    "Cooperation must be restored where it was broken,\" the president said.\n")


def test_opening_marks_a_page_drops_at_each_paragraphs_start_are_one_sign(write_corpus):
    """A site or scrape that drops the opening mark of every quotation at a paragraph's start ('Nine countries
    ... catastrophe," the president said.') shows one habit, not a translation's slip in every paragraph."""
    article = load_corpus(write_corpus({"001_q.txt": OPENING_MARKS_LOST}))["001"]
    signs = [s for s in metadata.translation_signs(article) if "quotation" in s]
    assert len(signs) == 1 and "opening mark lost" in signs[0]
    assert article.value("translation_status") != "machine_translation"


TEASER_LIST = (
    "Contents tagged with Lenz\n\n"
    "Court extends the arrest of the sailors\n\n"
    "The court in Lenz extended the arrest of all twelve sailors by three months. \"All but the wounded sailors "
    "remain in the remand prison \u2026\n\n"
    "Union calls for the release of the crew\n\n"
    "\u201cThe Union reiterates that the crew of the vessels captured on 25 November must be released. Observers "
    "must be granted full access to the \u2026\n\n"
    "Agency will try again to obtain the samples\n\n"
    "Experts of the agency will arrive in Lenz on 9 January to obtain data from the laboratory, the agency said.\n")


def test_a_teaser_the_site_cut_with_an_ellipsis_leaves_no_quotation_sign(write_corpus):
    """A tag page's teasers end where the site cut them ('... the remand prison …'): a quotation they open is
    cut, not lost by a translation."""
    article = load_corpus(write_corpus({"001_t.txt": TEASER_LIST}))["001"]
    assert not [s for s in metadata.translation_signs(article) if "quotation" in s]


def test_a_hard_wrapped_line_ending_on_a_comma_a_preposition_or_a_quotation_s_verb_runs_on(write_corpus):
    text = ("Shares of the largest regional airlines dropped on Wednesday while the\n"
            "broader market rallied, as investors again steered away from the sector.\n\n"
            "\"We think investors are nervous about holding this sector in the weeks,\" said\n"
            "Lenz Securities analyst Jane Roe.\n\n"
            "Its shares have fallen by half since the carrier's last profit during\n"
            "2019, when the shares peaked.\n\n"
            "Its founder, Petr Novak,\n"
            "61, said the board would meet on Friday to discuss the results.\n")
    article = load_corpus(write_corpus({"600_wire.txt": text}))["600"]
    assert [p.text for p in article.paragraphs] == [
        "Shares of the largest regional airlines dropped on Wednesday while the broader market rallied, as investors "
        "again steered away from the sector.",
        "\"We think investors are nervous about holding this sector in the weeks,\" said Lenz Securities analyst "
        "Jane Roe.",
        "Its shares have fallen by half since the carrier's last profit during 2019, when the shares peaked.",
        "Its founder, Petr Novak, 61, said the board would meet on Friday to discuss the results."]


def test_a_headline_ending_on_says_stays_apart_from_the_lead(write_corpus):
    text = ("More than 5,000 former convicts have been pardoned, its founder says\n"
            "The founder of the group said on Telegram that the men were pardoned after their contracts ended.\n")
    article = load_corpus(write_corpus({"601_site.txt": text}))["601"]
    assert article.title == "More than 5,000 former convicts have been pardoned, its founder says"
    assert article.body.startswith("The founder of the group")


def test_a_second_headline_ending_in_a_cut_off_separator_is_the_page_title(write_corpus):
    # the page's own title printed again with its site's name cut off after a slash
    text = ("Floods cut off six villages\n\nFloods cut off six villages in the Lenz valley on Friday, the regional "
            "office said.\n\nRiver bursts its banks in the Lenz valley /\n\nBoats reached the villages by noon, and "
            "about 300 people were taken to the school in Castelo, officials said.\n")
    article = load_corpus(write_corpus({"001_p.txt": text}))["001"]
    assert "bursts its banks" not in article.body
    assert any(r.reason == debris.PAGE_TITLE for r in article.removed)


def test_an_alt_text_over_its_caption_at_the_top_is_no_headline(write_corpus):
    # the same words twice, the second with the caption's full stop: a picture's alt text and its caption
    alt = "Volunteers carry sandbags along the flooded market square of Castelo as the water keeps rising"
    text = alt + "\n" + alt + ".\n\nFloods cut off six villages in the Lenz valley on Friday, the regional office " \
        "said on Saturday.\n\nBoats reached the villages by noon, and 300 people were taken to a school.\n"
    article = load_corpus(write_corpus({"001_p.txt": text}))["001"]
    assert article.title == "" and "sandbags along the flooded" not in article.body


def test_a_live_blog_headline_printed_twice_at_the_top_is_the_title(write_corpus):
    head = "Live updates: Storm Berta nears the coast of Lenzia"
    text = head + "\n\n" + head + "\n\nThe storm is expected to reach the coast late on Tuesday, forecasters said, " \
        "and the port of Castelo has been closed.\n\nThe mayor said schools would stay shut on Wednesday.\n"
    article = load_corpus(write_corpus({"001_p.txt": text}))["001"]
    assert article.title == head and "Live updates" not in article.body


CLOSING_MARKS_LOST = (
    "Recruiters visit the Ostrin colony\n\n"
    "\u201cAfter a year you can go home with a clean record. You will not come back here.\n\n"
    "The offer was filmed in the colony's yard in March, a former inmate told the Valley Ledger.\n\n"
    "\u201cYou are fighting for your families and for the money, not for anything else.\n\n"
    "The prison service did not answer questions about the recruiters on Monday.\n")


def test_a_page_that_lost_the_closing_marks_of_whole_paragraph_quotations_shows_one_habit(write_corpus):
    """Paragraphs that are each one quotation, opened and never closed: the page lost their closing marks, one
    habit of the page (as opening marks lost are), one sign, not one per paragraph."""
    article = load_corpus(write_corpus({"001_q.txt": CLOSING_MARKS_LOST}))["001"]
    signs = metadata.translation_signs(article)
    assert len(signs) == 1 and "closing mark lost" in signs[0]


STORY_BODY = ("The council of Lenz voted on Tuesday to spend 4 million crowns on barriers along the river, after two "
              "winters in which the old town flooded twice and shops stayed shut for weeks.\n"
              "Mayor Tomas Brill said the work would start in March and last about a year, with the first section "
              "built next to the market square where the water rose highest.\n"
              "Shop owners on the square said they had waited long enough, and several asked the council to pay for "
              "the sandbags they had bought themselves during the last two floods.\n")


def test_an_article_templates_fields_under_the_headline_are_header_lines(write_corpus):
    """A page written from a template prints "Title:", "Subtitle:" and "Date:" fields under its headline and a
    byline naming the site in lower case: the headline is the page's first line, the fields are stripped."""
    text = ("Lenz council backs river barriers after two floods\n\nby lenz daily\n\n"
            "Title: Lenz Council Votes Millions for River Barriers\n\n"
            "Subtitle: Shops on the market square waited two winters for the work\n\nDate: May 4, 20XX\n\n"
            "By Ilse Varga and Tomas Brill\n\n" + STORY_BODY)
    article = load_corpus(write_corpus({"001_a.txt": text}))["001"]
    assert article.title == "Lenz council backs river barriers after two floods"
    assert article.value("outlet") == "Lenz Daily"
    assert not any(p.text.startswith(("Title:", "Subtitle:", "Date:")) for p in article.paragraphs)


def test_a_headline_over_a_picture_credit_under_a_section_name_is_the_title_with_lines_before_the_story(write_corpus):
    text = ("News\nLenz Council Votes Millions For River Barriers\nPhoto by Stockpix\n"
            "The council wants the work done before the next winter.\nMay 4 2022 8:10 PM EST\n" + STORY_BODY)
    article = load_corpus(write_corpus({"001_a.txt": text}))["001"]
    assert article.title == "Lenz Council Votes Millions For River Barriers"
