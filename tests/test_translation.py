"""Translation quality: alignment merges, injected errors in invented pairs, reference-free checks, the seeds."""

from __future__ import annotations

import pandas as pd
import pytest

from analysis import translation
from analysis.alignment import align
from analysis.corpus import load_corpus

ORIGINAL = """Prisoners offered freedom to fight

The prisoners at the penal colony near Omsk were expecting a visit by officials. Instead, men in uniform arrived \
and offered them a pardon if they agreed to fight in Ukraine.

Over the next days, about 40 men left the colony, according to the wife of one inmate. She said her husband \
could not stop thinking about the offer.

Ivan Petrov, a lawyer who runs the Prisoners' Rights Foundation, said the Defense Ministry had sent recruiters \
to six regions.

The recruiters promised monthly salaries of 200,000 rubles and a clean criminal record.

Relatives say that many of the men have not been heard from since they left for the front.

The ministry did not respond to a request for comment on Tuesday.
"""

# A faithful rewording: other words, same meaning. No check may call anything here major or critical.
TRANSLATION = """Prisoners offered freedom to fight

The inmates of the penal colony near Omsk were waiting for a visit from officials. Instead, men in uniform came \
and offered them a pardon if they agreed to fight in Ukraine.

In the days that followed, about 40 men left the colony, according to the wife of one prisoner. She said her \
husband could not stop thinking about the offer.

Ivan Petrov, a lawyer who heads the Prisoners' Rights Foundation, said the Defense Ministry had sent recruiters \
to six regions.

The recruiters promised monthly salaries of 200,000 rubles and a clean criminal record.

Relatives say that many of the men have not been heard from since they went to the front.

The ministry did not answer a request for comment on Tuesday.
"""


NO_FLAGS = pd.DataFrame()  # the numbers analysis has its own tests; invented pairs skip it


def _analyse_pair(write_corpus, translated: str, *, manifest: bool = True):
    files = {"001_original.txt": ORIGINAL, "002_translation.txt": translated}
    if manifest:
        files["manifest.csv"] = "file,translation_of\n002_translation.txt,001\n"
    return translation.analyse(load_corpus(write_corpus(files)), number_flags=NO_FLAGS)


def _serious(result):
    issues = result.issues
    return issues[(issues["reference_id"] == "001") & issues["severity"].isin(["critical", "major"])]


def test_faithful_rewording_has_no_serious_divergence(write_corpus):
    result = _analyse_pair(write_corpus, TRANSLATION)
    assert list(result.pairs["pair"]) == ["002~001"]
    assert _serious(result).empty, _serious(result)[["category", "text", "explanation"]]
    assert set(result.alignment["kind"]) == {"1-1"}


@pytest.mark.parametrize("old, new, category, severity, translated_words, original_words", [
    # a dropped negation reverses the meaning
    ("could not stop thinking", "could stop thinking", "negation", "critical", "could stop", "not stop"),
    # an added negation too
    ("men in uniform came", "men in uniform never came", "negation", "critical", "never came", "arrived"),
    # a negative predicate added (a verb with its complement)
    ("The recruiters promised monthly", "The recruiters refused to promise monthly", "negation", "critical",
     "refused", "promised"),
    # a number changed is a fact changed
    ("about 40 men", "about 14 men", "number", "critical", "14", "40"),
    # a number dropped, or made vague
    ("to six regions", "to several regions", "number", "major", "several", "six"),
    ("to six regions", "to the regions", "number", "major", "regions", "six"),
    # a name split and lowercased by the translation
    ("the Prisoners' Rights Foundation", "the prisoners. rights fund", "entity", "major", "prisoners",
     "Prisoners' Rights Foundation"),
    # a name transliterated another way
    ("Ivan Petrov, a lawyer", "Iwan Petrow, a lawyer", "entity", "minor", "Iwan Petrow", "Ivan Petrov"),
    # ... also when every word is respelled (same consonants up to transliteration), not a broken name
    ("Ivan Petrov, a lawyer", "Iwan Pietrow, a lawyer", "entity", "minor", "Iwan Pietrow", "Ivan Petrov"),
    # a person's name replaced
    ("Ivan Petrov, a lawyer", "Pavel Smirnov, a lawyer", "entity", "major", "Pavel Smirnov", "Ivan Petrov"),
    # one institution put for another (lexicon)
    ("the Defense Ministry had sent", "the Department of Defense had sent", "term", "major",
     "Department of Defense", "Defense Ministry"),
    # one legal process put for another (lexicon)
    ("offered them a pardon", "offered them an amnesty", "term", "major", "amnesty", "pardon"),
    # a head noun in the same slot replaced by an unrelated one (general rule, not in the lexicon)
    ("had sent recruiters to", "had sent musicians to", "term", "minor", "musicians", "recruiters"),
    # a whole sentence left out
    ("The recruiters promised monthly salaries of 200,000 rubles and a clean criminal record.\n\n", "",
     "omission", "major", "", "The recruiters promised"),
    # a name missing from the translation altogether
    ("Ivan Petrov, a lawyer who heads", "A lawyer who heads", "entity", "major", "", "Ivan Petrov"),
    # a clause left out of a sentence
    ("the colony, according to the wife of one prisoner.", "the colony.", "omission", "major", "",
     "according to the wife of one inmate"),
    # a clause made up by the translation
    ("the colony, according to the wife of one prisoner.",
     "the colony, according to the wife of one prisoner, under heavy armed guard by night.", "addition",
     "major", "heavy armed guard by night", ""),
    # a stray full stop inside a sentence
    ("since they went to the front.", "since they went. to the front.", "punctuation", "minor", "went. to", ""),
])
def test_injected_error_is_found_and_classified(write_corpus, old, new, category, severity, translated_words,
                                                original_words):
    assert old in TRANSLATION
    result = _analyse_pair(write_corpus, TRANSLATION.replace(old, new))
    issues = result.issues[result.issues["reference_id"] == "001"]
    hits = issues[(issues["category"] == category) & (issues["severity"] == severity)]
    assert not hits.empty, issues[["category", "severity", "text", "explanation"]]
    assert any(translated_words in text for text in hits["text"])
    assert any(original_words in text for text in hits["reference_text"])
    others = _serious(result)
    others = others[~((others["category"] == category) & (others["severity"] == severity))]
    assert others.empty, others[["category", "severity", "text", "explanation"]]


@pytest.mark.parametrize("old, new", [
    ("to fight in Ukraine", "to fight in the Ukrainian war"),  # a name inflected, not broken
    ("about 40 men", "about forty men"),  # a number in words
    ("The ministry did not answer", "The ministry declined to answer"),  # a negation reworded
    ("The ministry did not answer a request for comment on Tuesday.",
     "The ministry was unavailable for comment on Tuesday."),  # a negation by prefix
    ("The recruiters promised", "The recruiters of the Defense Ministry promised"),  # a name repeated
    ("near Omsk were", "near Omsk, in colony No. 2, were"),  # 'No.' labels a number, it negates nothing
])
def test_rewording_is_not_a_serious_divergence(write_corpus, old, new):
    assert old in TRANSLATION
    serious = _serious(_analyse_pair(write_corpus, TRANSLATION.replace(old, new)))
    assert serious.empty, serious[["category", "severity", "text", "explanation"]]


def test_several_injected_errors_in_one_translation(write_corpus):
    translated = (TRANSLATION.replace("could not stop thinking", "could stop thinking")
                  .replace("about 40 men", "about 14 men")
                  .replace("the Defense Ministry had sent", "the Department of Defense had sent")
                  .replace("The recruiters promised monthly salaries of 200,000 rubles and a clean criminal "
                           "record.\n\n", ""))
    found = _serious(_analyse_pair(write_corpus, translated))
    assert sorted(zip(found["severity"], found["category"])) == [
        ("critical", "negation"), ("critical", "number"), ("major", "omission"), ("major", "term")]


def test_issue_spans_are_body_offsets(write_corpus):
    folder = write_corpus({"001_original.txt": ORIGINAL,
                           "002_translation.txt": TRANSLATION.replace("about 40 men", "about 14 men"),
                           "manifest.csv": "file,translation_of\n002_translation.txt,001\n"})
    corpus = load_corpus(folder)
    issue = translation.analyse(corpus, number_flags=NO_FLAGS).issues.query("category == 'number'").iloc[0]
    assert corpus["002"].body[issue["start"]:issue["end"]] == "14"
    assert corpus["001"].body[issue["reference_start"]:issue["reference_end"]] == "40"


def test_pair_comes_from_relations_and_status_without_a_manifest(write_corpus):
    """No manifest: the pair is found (same story), but with two originals there is no direction to set."""
    result = _analyse_pair(write_corpus, TRANSLATION, manifest=False)
    assert result.pairs.empty
    assert result.alignment.empty


def test_a_rewrite_is_compared_with_its_closest_original_only():
    """A text retelling three versions of its story is set against the closest one; a text with a translation
    pair is not also compared as a rewrite; a pair with no direction is never compared."""
    from types import SimpleNamespace

    def article(article_id):
        return SimpleNamespace(article_id=article_id, value=lambda key: "")  # no `translation_of` link

    relations = pd.DataFrame({  # r retells o1, o2 and o3 (closest: o2); t translates o1 and retells o2
        "a_id": ["r", "r", "o3", "t", "t", "x"], "b_id": ["o1", "o2", "r", "o1", "o2", "o1"],
        "derived": ["r", "r", "r", "t", "t", ""], "kind": ["rewrite"] * 3 + ["translation", "rewrite", "rewrite"],
        "similarity": [0.41, 0.73, 0.52, 0.60, 0.90, 0.99], "direction_evidence": "invented"})
    corpus = SimpleNamespace(analysable=[article(i) for i in ("r", "o1", "o2", "o3", "t", "x")], relations=relations)
    pairs = translation.translation_pairs(corpus)
    assert [(p.translation.article_id, p.original.article_id, p.relation) for p in pairs] == [
        ("r", "o2", "rewrite"), ("t", "o1", "translation")]
    assert translation.translation_pairs(corpus, include_same_story=False)[0].original.article_id == "o1"


def test_no_pair_gives_empty_tables(write_corpus):
    corpus = load_corpus(write_corpus({"001_a.txt": ORIGINAL}))
    result = translation.analyse(corpus, number_flags=NO_FLAGS)
    assert result.alignment.empty and result.pairs.empty
    assert list(result.alignment.columns[:9]) == ["pair", "a_id", "b_id", "a_index", "b_index", "a_text",
                                                  "b_text", "chrf", "bleu"]
    assert list(result.issues.columns[:9]) == ["article_id", "reference_id", "category", "severity", "text",
                                               "reference_text", "start", "end", "explanation"]
    assert list(result.scorecard["article_id"]) == ["001"]


@pytest.mark.parametrize("a_sentences, b_sentences, expected", [
    # the translation splits one sentence in two: a 2-1 bead
    (["The men were offered amnesty.", "They had to fight in Ukraine for six months.", "Many agreed at once."],
     ["The men were offered amnesty if they fought in Ukraine for six months.", "Many agreed at once."],
     [((0, 1), (0,)), ((2,), (1,))]),
    # the translation joins two sentences: a 1-2 bead
    (["The colony was visited by officials who offered the inmates freedom.", "Nobody refused."],
     ["The colony was visited by officials.", "They offered the inmates freedom.", "Nobody refused."],
     [((0,), (0, 1)), ((1,), (2,))]),
    # the translation cuts one long sentence in three: a 3-1 bead
    (["The men were offered amnesty.", "They had to fight in Ukraine.", "The term was six months.",
      "Many agreed at once."],
     ["The men were offered amnesty if they fought in Ukraine for a term of six months.", "Many agreed at once."],
     [((0, 1, 2), (0,)), ((3,), (1,))]),
    # one sentence of the original left out, one added at the end
    (["The prisoners left the colony in May.", "Their families were not told.",
      "The weather in the region was unusually warm that spring."],
     ["The prisoners left the colony in May.", "A lawyer said the offer was illegal.",
      "Their families were not told."],
     [((0,), (0,)), ((), (1,)), ((1,), (2,)), ((2,), ())]),
    # a sentence with little in common with its neighbour is left out, not merged into the neighbour's bead
    (["Ukrainian officials describe the assaults of Wagner as tactics of the meat grinder, in which waves of "
      "lightly armed convicts are sent forward.",
      "Russia had more than 420,000 prisoners in its penal system, according to official data."],
     ["Ukrainian officials describe the Wagner assaults as meat grinder tactics, in which waves of lightly armed "
      "convicts are sent forward.", "The recruitment has drawn criticism even from some Russian officials.",
      "A lawmaker said the practice was a time bomb for Russian society.",
      "Russia had more than 420,000 prisoners in its penal system, according to official data."],
     [((0,), (0,)), ((), (1,)), ((), (2,)), ((1,), (3,))]),
])
def test_alignment_merges_and_gaps(a_sentences, b_sentences, expected):
    beads = align(a_sentences, b_sentences)
    assert [(bead.a, bead.b) for bead in beads] == expected


@pytest.mark.parametrize("a_text, b_text", [
    ("The court sentenced him to 14 years.", "The court gave him fourteen years in prison."),
    ("Wagner recruited 50,000 prisoners, Prigozhin said.", "Prigozhin said Wagner had recruited about 50 000 convicts."),
    ("Ça va? «Élysée» répond.", "Ca va? 'Elysee' replies."),
    ("ab", "xyz"),  # too short for the longer n-grams: those orders count as missing on both sides
    ("One short line", "One short line and a much longer second clause that the other text lacks entirely"),
])
def test_symmetric_chrf_is_sacrebleus_chrf_both_ways(a_text, b_text):
    from sacrebleu.metrics import CHRF

    from analysis.alignment import similarities

    chrf = CHRF()
    expected = (chrf.sentence_score(a_text, [b_text]).score + chrf.sentence_score(b_text, [a_text]).score) / 2
    assert similarities([((a_text,), (b_text,))]) == [pytest.approx(expected, abs=1e-9)]
    assert similarities([((a_text,), ("  ",))]) == [0.0]


def test_similarities_of_many_pairs_at_once_are_each_pairs_own():
    """Pairs scored together (sharing sentences and n-grams, repeated n-grams, a blank text, texts joining
    sentences shorter than the longest n-gram) score as sacrebleu scores each joined text alone."""
    from sacrebleu.metrics import CHRF

    from analysis.alignment import similarities

    texts = [("Wagner recruited 50,000 prisoners, Prigozhin said.",), ("Prigozhin said Wagner had recruited 50 000.",),
             ("aaaa aa",), ("aa",), ("",), ("The court sentenced him to 14 years.", "He appealed."),
             ("Yes.", "No", "", "Wagner recruited 50,000 prisoners, Prigozhin said."), ("He appealed.", "aa")]
    pairs = [(a, b) for a in texts for b in texts]
    chrf = CHRF()
    joined = [(" ".join(a), " ".join(b)) for a, b in pairs]
    expected = [0.0 if not a.strip() or not b.strip() else
                (chrf.sentence_score(a, [b]).score + chrf.sentence_score(b, [a]).score) / 2 for a, b in joined]
    assert similarities(pairs) == [pytest.approx(value, abs=1e-9) for value in expected]
    assert similarities(pairs) == [similarities([pair])[0] for pair in pairs]
    assert similarities(pairs) == similarities([((a,), (b,)) for a, b in joined])


SCORED_PAIRS = [  # (translation, original), invented
    ("The court sentenced him to 14 years.", "The court gave him fourteen years in prison."),
    ("Wagner recruited 50,000 prisoners, Prigozhin said.", "Prigozhin said Wagner had recruited about 50 000 convicts."),
    ("Ça va? «Élysée» répond .", "Ca va? 'Elysee' replies."),
    ("He said so.", "He said so."),
    ("ab", "xyz"),
    ("Convicts were sent to the front in waves of lightly armed men, officials in Kyiv said on Monday.",
     "Officials in Kyiv said on Monday that convicts had been sent to the front, in waves, with light arms."),
]


def test_pair_and_corpus_scores_are_sacrebleus():
    """Each segment's statistics are counted once and added up for the sentence and the corpus scores: the
    same numbers as sacrebleu's `sentence_score` and `corpus_score`, also for a segment scored before."""
    from sacrebleu.metrics import BLEU, CHRF, TER

    from analysis.alignment import chrf, score_corpus, score_pair

    sentence_metrics = {"chrf": CHRF(), "bleu": BLEU(effective_order=True), "ter": TER()}
    for hypothesis, reference in SCORED_PAIRS + SCORED_PAIRS[:2]:
        expected = {name: round(metric.sentence_score(hypothesis, [reference]).score, 1)
                    for name, metric in sentence_metrics.items()}
        assert score_pair(hypothesis, reference) == expected
        assert chrf(hypothesis, reference) == CHRF().sentence_score(hypothesis, [reference]).score
    hypotheses, references = [h for h, _ in SCORED_PAIRS], [r for _, r in SCORED_PAIRS]
    for chosen in (slice(None), slice(1, 2), slice(2, None)):
        expected = {name: round(metric.corpus_score(hypotheses[chosen], [references[chosen]]).score, 1)
                    for name, metric in {"chrf": CHRF(), "bleu": BLEU(), "ter": TER()}.items()}
        assert score_corpus(hypotheses[chosen], references[chosen]) == expected


@pytest.mark.parametrize("text_in, expected", [
    ("He works at the conscript school. help group in Moscow.", ["school. help"]),
    ("It opened at a Siberian half marathon. in May.", ["marathon. in"]),
    ("The assault on the city of Bakhmut. , in Ukraine.", [". ,"]),
    ("He lives in St. Petersburg and writes for Gulagu.net. in 2022 he left.", []),
    ("The U.S. embassy said so, and e.g. nothing else.", []),
    ("As a govt. we are bringing a law, and the mills in Lenz, SC. and Arco, ID. will close.", []),  # abbreviations
])
def test_punctuation_artifacts(text_in, expected):
    found = [text_in[start:end].strip() for start, end, _ in translation.punctuation_artifacts(text_in)]
    assert found == expected


@pytest.mark.parametrize("text_in, expected", [
    ("He denied it in a written statement that his representatives sent month released.", ["month"]),
    ("He denied it last month. Day by day, month after month, they came for a month-long stay.", []),
    ("He served one year in prison and left earlier this week, each month paid.", []),
])
def test_bare_time_words(write_corpus, text_in, expected):
    article = load_corpus(write_corpus({"001_a.txt": f"Title\n\n{text_in}"}))["001"]
    assert [t.text for t in translation.bare_time_words(article)] == expected


@pytest.mark.parametrize("text_in, unbalanced", [
    ("\u201cWe will go,\u201d he said. But in the end there isn\u2019t much they can do.\u201d", True),
    ("He reported: \u201cThey said, keep going. He has since fled to Norway.", True),
    ("\u201cWe will go,\u201d he said, \u201cand soon.\u201d", False),
    ('"We will go," he said. And then "soon."', False),
    ('"We will go," he said. And then soon."', True),
    ("\u201eWir gehen\u201c, sagte er, \u00abet vite\u00bb.", False),  # other languages' quotation marks
    ("\u201cWe will go,\u201c he said.", True),  # two opening marks
    # a page that lost the spaces between sentences: its marks were curled with none to tell, so a mark glued
    # between a full stop and a capital may open a quotation ('fees.\u201dIf you') as well as close one
    ("The mayor said the plan would \u201ccut costs.\u201dThe council voted on Monday. Tenants objected to the "
     "fees.\u201dIf you stay, you pay,\u201d one tenant wrote.", False),
    ("The mayor said the plan would \u201ccut costs.\u201d The council voted on Monday. \u201dIf you stay, you pay,"
     "\u201d one tenant wrote.\u201d", True),
])
def test_unbalanced_quotes(text_in, unbalanced):
    assert bool(translation.unbalanced_quotes(text_in)) is unbalanced


@pytest.mark.parametrize("text_in, expected", [
    ("One should not underestimate Russia's ability to mud through with half measures.", ["muddle through"]),
    ("Authorities are pulling out all the stops to bolster enlistment.", []),
    ("He directs the Center for Naval Analyzes' Russia program.", ["Center for Naval Analyses"]),
    ("He directs the Center for Naval Analyses' Russia program.", []),
    ("In the days that followed, they left in the dark.", []),
])
def test_broken_idioms_and_garbled_names(text_in, expected):
    assert [phrase for _, _, phrase, _ in translation.broken_phrases(text_in)] == expected


def test_lowercased_names_across_corpus(write_corpus):
    corpus = load_corpus(write_corpus({
        "001_a.txt": "Lawyers\n\nIvan Petrov runs the Prisoners' Rights Foundation in Moscow. The Defense Ministry "
                     "did not comment on the claims. The prisoners were told to fight for six months.",
        "002_b.txt": "Recruiters\n\nA lawyer of the prisoners rights foundation said the defense ministry had "
                     "lied. Officials refused to comment on the claims made by the foundation.",
    }))
    found = translation.lowercased_names(corpus["002"], translation.capitalized_names(corpus))
    assert [(corpus["002"].body[start:end], spelling) for start, end, spelling, _ in found] == [
        ("prisoners rights foundation", "Prisoners' Rights Foundation")]


def test_spelling_variants_across_corpus(write_corpus):
    corpus = load_corpus(write_corpus({
        "001_a.txt": "Wagner chief\n\nYevgeny Prigozhin visited the prison in Luhansk on Monday. He offered "
                     "the inmates freedom. The prisoners were told to fight for six months.",
        "002_b.txt": "Recruiters\n\nThe businessman Ievgeni Prigozhin spoke in Lugansk on Tuesday. Officials "
                     "refused to comment on the claims. Vladimir Putin did not comment either.",
    }))
    variants = translation.spelling_variants(corpus)
    pairs = {(v["text"], other) for v in variants for other, _ in v["others"]}
    assert ("Yevgeny Prigozhin", "Ievgeni Prigozhin") in pairs
    assert ("Lugansk", "Luhansk") in pairs
    assert not any("putin" in other for _, other in pairs)


def test_a_versions_own_misspelling_is_not_offered_to_other_articles(write_corpus):
    """A machine translation that misspells a name its original spells right is told so; neither its original
    nor another article is told to adopt the misspelling."""
    misspelt = TRANSLATION.replace("Ivan Petrov", "Ivan Pitrov")
    other = ("Lawyers speak out\n\nIvan Petrov said on Monday that recruiters had visited the colony near Omsk. "
             "The ministry declined to comment on his account of the visits.\n")
    corpus = load_corpus(write_corpus({"001_original.txt": ORIGINAL, "002_translation.txt": misspelt,
                                       "003_other.txt": other,
                                       "manifest.csv": "file,translation_of\n002_translation.txt,001\n"}))
    told = {(v["article"].article_id, other) for v in translation.spelling_variants(corpus) for other, _ in v["others"]}
    assert ("002", "Ivan Petrov") in told
    assert not [article_id for article_id, spelling in told if spelling == "Ivan Pitrov"]


# --- the seeds: 000 is a machine rewrite of 001 (whose text stops after its seventh paragraph). Expected values
# below come from reading both texts side by side.

@pytest.fixture(scope="module")
def seed_result(seed_corpus):
    return translation.analyse(seed_corpus)


def _seed_pair_issues(result):
    issues = result.issues
    return issues[(issues["article_id"] == "000") & (issues["reference_id"] == "001")]


def test_seed_pair_found_and_aligned(seed_result):
    assert list(seed_result.pairs["pair"]) == ["000~001"]
    aligned = seed_result.alignment[seed_result.alignment["kind"] != "addition"]
    # 001's 13 sentences are all matched; its "Speaking on condition of anonymity..., she said..." became two
    # sentences in 000, so one 2-1 bead
    assert sorted(int(i) for cell in aligned["b_index"] for i in cell.split("+")) == list(range(13))
    assert list(aligned["kind"]).count("2-1") == 1


def test_seed_pair_critical_negation(seed_result):
    issues = _seed_pair_issues(seed_result)
    critical = issues[issues["severity"] == "critical"]
    # "couldn't not think about it" became "couldn't think about it": the only critical divergence
    assert list(critical["category"]) == ["negation"]
    assert "think" in critical.iloc[0]["text"] and "not think" in critical.iloc[0]["reference_text"]


@pytest.mark.parametrize("category, translated, original", [
    ("term", "Department of Defense", "Defense Ministry"),
    ("term", "conscription", "enlistment"),
    ("term", "authorities", "professional army"),
    ("term", "labor", "manpower"),
    ("entity", "conscript school", "Conscript's School"),
])
def test_seed_pair_major_divergences(seed_result, category, translated, original):
    issues = _seed_pair_issues(seed_result)
    major = issues[(issues["severity"] == "major") & (issues["category"] == category)]
    assert any(translated in t and original in r for t, r in zip(major["text"], major["reference_text"]))


def test_seed_readability_over_the_shared_stretch(seed_result):
    table = seed_result.pair_readability.set_index("index")
    assert set(seed_result.pair_readability["pair"]) == {"000~001"}
    # the same seven paragraphs on both sides: about as many words; 000 splits one sentence of 001 in two
    assert abs(table.loc["words", "difference"]) <= 0.05 * table.loc["words", "original"]
    assert table.loc["sentences", "difference"] == 1


def test_seed_pair_has_no_false_number_or_omission(seed_result):
    issues = _seed_pair_issues(seed_result)
    # read side by side: "a dozen", "sixth month", "hundreds" all carried over; no sentence of 001 left out
    assert not set(issues["category"]) & {"number", "omission", "addition"}


def test_seed_reference_free_findings(seed_result):
    issues = seed_result.issues
    free = issues[issues["reference_id"] == ""]
    found = set(zip(free["article_id"], free["category"], free["text"]))
    assert ("000", "broken_idiom", "mud through") in found
    assert ("000", "garbled_name", "Center for Naval Analyzes") in found
    assert ("000", "inconsistent_term", "Defense Department") in found  # beyond the original's end
    assert ("000", "fragment", "month") in found  # "a written statement that his representatives sent month released"
    assert any(a == "002" and c == "mt_disclaimer" for a, c, _ in found)
    assert any(a == "002" and c == "repeated_paragraph" for a, c, _ in found)
    assert ("004", "spelling_variant", "Ievgeni Prigozhin") in found
    # 002: "around 75" Russian soldiers killed or wounded, where every other figure is in the hundreds of thousands
    assert ("002", "implausible_number", "75") in found
    assert not any(a in ("001", "003") for a, _, _ in found)  # originals get no reference-free checks


@pytest.mark.parametrize("similarities, expected", [
    ([80.0, 75.0, 62.0, 90.0], True),  # a translation
    ([31.0, 28.0, 40.0, 35.0], False),  # two articles on one subject: chance alignments only
    ([85.0, 90.0], False),  # too few sentences to call it a translation
])
def test_translation_like(similarities, expected):
    from analysis.alignment import Bead
    beads = [Bead((k,), (k,), s) for k, s in enumerate(similarities)] + [Bead((9,), ())]
    assert translation.translation_like(beads) is expected


@pytest.mark.parametrize("text_in, expected", [
    ("It was unclear and impossible, unlikely even.", ["clear", "possible", "likely"]),
    ("Instead, he went inside; it was intense and indeed independent, unless it rained.", []),
])
def test_negative_roots(text_in, expected):
    from analysis import nlp
    assert [root for token in nlp.parse_text(text_in) if (root := translation._negative_root(token))] == expected


@pytest.mark.parametrize("text_in, expected", [
    # negative predicates count as verbs with a complement, or in the passive, or as predicative adjectives
    ("The ministry declined to comment.", {"decline": 1}),
    ("He denied that Wagner recruited them.", {"deny": 1}),
    ("The request was refused.", {"refuse": 1}),
    ("They were unable to leave.", {"unable": 1}),
    # a noun, or a verb of change with no complement, negates nothing
    ("The number fell by 23,000, a decline which she attributed to the recruitment.", {}),
    ("About 40 men left the colony, so its numbers declined, the guards said.", {}),
    ("There was a lack of evidence and the plan failed.", {}),
])
def test_negative_predicates(text_in, expected):
    from analysis import nlp
    doc = nlp.parse_text(text_in)
    assert dict(translation._negations(doc[:])) == expected


@pytest.mark.parametrize("text_in, expected", [
    ("U.S. National Security Council", "us national security council"),  # dotted abbreviation kept whole
    ("the US National Security Council", "us national security council"),
    ("the U.K. Ministry of Defence", "uk ministry of defence"),
    ("Russia's Defence Ministry", "russia defence ministry"),
    ("St. Petersburg", "st petersburg"),
])
def test_entity_key(text_in, expected):
    assert translation._entity_key(text_in) == expected


def test_dotted_abbreviation_is_no_spelling_variant(write_corpus):
    corpus = load_corpus(write_corpus({
        "001_a.txt": "Estimate\n\nU.S. National Security Council spokesman John Kirby said on Friday that Wagner "
                     "had about 50,000 personnel in Ukraine. He said many were convicts.",
        "002_b.txt": "Estimate\n\nThe spokesman of the US National Security Council John Kirby said on Friday "
                     "that Wagner has about 50.000 personnel in Ukraine. He said many were convicts.",
    }))
    assert not [v["text"] for v in translation.spelling_variants(corpus)]


PMC_ORIGINAL = """Wagner recruits prisoners

{first} has recruited thousands of prisoners for the war in Ukraine since last July, a rights group said on Friday.

The head of the group told reporters that the number of inmates in penal colonies fell sharply in September.

Relatives of the recruits are told that their men will be paid every month and pardoned after six months.

The {last} did not comment.
"""


@pytest.mark.parametrize("original, translated, serious", [
    # one organisation with another generic head noun ('group', 'company', 'firm'): 'military' there is an
    # adjective, not the institution 'the military'
    (("Russia's Wagner private military group", "military"),
     ("The Russian private military company Wagner", "military"), []),
    (("Russia's Wagner private military group", "military"),
     ("Russia's Wagner, a private military firm,", "military"), []),
    (("Russia's private army Wagner", "military"), ("The Russian private military company Wagner", "military"),
     []),
    # the institution itself replaced: a term error
    (("Russia's Wagner private military group", "military"),
     ("The Russian private military company Wagner", "police"), [("major", "term")]),
])
def test_terms_match_whole_phrases(write_corpus, original, translated, serious):
    files = {"001_original.txt": PMC_ORIGINAL.format(first=original[0], last=original[1]),
             "002_translation.txt": PMC_ORIGINAL.format(first=translated[0], last=translated[1]),
             "manifest.csv": "file,translation_of\n002_translation.txt,001\n"}
    found = _serious(translation.analyse(load_corpus(write_corpus(files)), number_flags=NO_FLAGS))
    assert sorted(zip(found["severity"], found["category"])) == serious, found[["text", "explanation"]]


def test_disclaimer_line_is_reported_not_aligned(write_corpus):
    """A machine-translation disclaimer naming its source is reported once, from the corpus layer's removed
    lines; it is no sentence of the translation (no 'Reuters' added, no content added)."""
    translated = TRANSLATION + "\nThis article was translated automatically. Source: Reuters\n"
    result = _analyse_pair(write_corpus, translated)
    disclaimers = result.issues[result.issues["category"] == "mt_disclaimer"]
    assert list(disclaimers["article_id"]) == ["002"]
    assert "translated automatically" in disclaimers.iloc[0]["explanation"]
    assert _serious(result).empty, _serious(result)[["category", "text", "explanation"]]
    assert not result.issues["text"].str.contains("Reuters").any()


def test_a_translation_relation_of_unknown_direction_is_not_compared(write_corpus):
    """Neither text says which is the original: comparing them would hold one's wording (perhaps a machine
    rewrite's error) up to the other as the right one."""
    corpus = load_corpus(write_corpus({"001_original.txt": ORIGINAL, "002_translation.txt": TRANSLATION}))
    assert len(corpus.relations) == 1, "precondition: the corpus layer pairs them"
    corpus.relations.loc[:, ["kind", "derived"]] = ["translation", ""]
    assert translation.translation_pairs(corpus) == []
    corpus.relations.loc[:, "derived"] = "002"
    corpus.relations.loc[:, "direction_evidence"] = "002 cites the outlet of 001"
    (pair,) = translation.translation_pairs(corpus)
    assert (pair.translation.article_id, pair.original.article_id) == ("002", "001")


def test_a_quotation_running_on_past_a_subheading_is_no_punctuation_issue(write_corpus):
    from test_corpus import QUOTE_OVER_A_SUBHEADING

    article = load_corpus(write_corpus({"001_q.txt": QUOTE_OVER_A_SUBHEADING}))["001"]
    issues = translation.reference_free_issues(article, variants=[], names={})
    assert not [i for i in issues if "quotation marks" in i["explanation"]]


def _entity_findings(result):
    issues = result.issues
    return issues[(issues["reference_id"] == "001") & (issues["category"] == "entity")]


def test_a_name_put_for_another_is_one_finding_with_both_names(write_corpus):
    """'Ivan Petrov' dropped and 'Pavel Smirnov' added in one sentence is one fact changed, not two: the
    finding holds the new name as its text and the old one as its reference."""
    found = _entity_findings(_analyse_pair(write_corpus, TRANSLATION.replace("Ivan Petrov, a lawyer",
                                                                             "Pavel Smirnov, a lawyer")))
    assert list(zip(found["text"], found["reference_text"], found["severity"])) == [
        ("Pavel Smirnov", "Ivan Petrov", "major")]
    assert "name replaced" in found.iloc[0]["explanation"]


def test_a_name_dropped_without_another_in_its_place_stays_dropped(write_corpus):
    found = _entity_findings(_analyse_pair(write_corpus, TRANSLATION.replace("Ivan Petrov, a lawyer who heads",
                                                                             "A lawyer who heads")))
    assert list(found["reference_text"]) == ["Ivan Petrov"]
    assert found.iloc[0]["explanation"].startswith("name dropped")


def test_an_agency_credit_in_the_translations_dateline_is_no_name_added(write_corpus):
    """A copy that signs the dateline with the agency ('OMSK, Russia (AP) -') while the original page does not
    differs in provenance, not in what it says."""
    original = ORIGINAL.replace("The prisoners at the penal colony", "OMSK, Russia -- The prisoners at the penal colony")
    translated = TRANSLATION.replace("The inmates of the penal colony",
                                     "OMSK, Russia (AP) \u2014 The inmates of the penal colony")
    folder = write_corpus({"001_original.txt": original, "002_translation.txt": translated,
                           "manifest.csv": "file,translation_of\n002_translation.txt,001\n"})
    result = translation.analyse(load_corpus(folder), number_flags=NO_FLAGS)
    assert not result.issues["text"].str.contains(r"\bAP\b").any(), _entity_findings(result)
    assert _serious(result).empty, _serious(result)[["category", "text", "explanation"]]
