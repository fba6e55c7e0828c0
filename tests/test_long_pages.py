"""A long page (a day's live blog, a full hearing transcript) must not stall a run: what an analysis asks of a whole
article is found once per article, and what it asks of each token, cue or quotation is found by bisection, not by
scanning the article again (each scan made the sourcing of a 400 KB page quadratic or worse: ten minutes)."""

from __future__ import annotations

from analysis import nlp, source_typing, speakers
from analysis.corpus import load_corpus
from analysis.quotes import QuoteSpan
from analysis.sourcing import analyse

TOWNS = ["Brennick", "Talvora", "Osterby", "Quillan", "Marrowgate", "Fenwick", "Dunmere"]
FIRST = ["Ilse", "Tomas", "Ana", "Piet", "Mara", "Jan", "Oren", "Lise", "Edda"]
SURNAMES = [head + tail for head in ("Var", "Lor", "Ank", "Quil", "Rell", "Salt", "Dorn", "Fenn")
            for tail in ("ga", "eth", "ers", "ley", "mann", "ova", "ski", "ton")]
TEACHERS = [f"{FIRST[i % len(FIRST)]} {SURNAMES[i]}" for i in range(len(SURNAMES))]


SAID = ['"The water came up to the second floor of the school," said {name}, a teacher in {town}.',
        '{name}, who runs a bakery in {town}, said: "We lost the ovens and the flour in one night."',
        '"Nobody warned us before the levee broke," said {name}, a nurse at the {town} clinic.',
        'Farmer {name} told reporters in {town} that "every field east of the road is a lake now."',
        '"Our pumps have been running for three days without a break," said {name}, a volunteer firefighter.',
        'In {town}, {name}, a retired engineer, said the old culverts "were never cleaned, not once."',
        '"The buses took the children to the hills at dawn," said {name}, the head of a school in {town}.',
        'Shopkeeper {name} said "insurance will not cover half of this" as she swept mud from her store.']
AFTER = ["Officials counted {n} homes without power on Tuesday.", "The river peaked at {n} centimetres overnight.",
         "Rescuers moved {n} elderly residents to a sports hall.", "Volunteers filled {n} sandbags by noon.",
         "The rail line stayed closed for {n} hours.", "Some {n} cattle were lost on the lower farms.",
         "A bridge built in 19{n} was swept away.", "Forecasters expect {n} millimetres of rain this week.",
         "Roads to {n} villages remained cut off."]


def long_story(paragraphs: int) -> str:
    """An invented report of many paragraphs, each with its own named speaker, quotation, place and figure; one team
    manager, one company 'headed by' its chief and one outlet cited without a description."""
    lines = ["Floods cut off villages across the valley", ""]
    for i in range(paragraphs):
        said = SAID[i % len(SAID)].format(name=TEACHERS[i], town=TOWNS[i % len(TOWNS)])
        lines.append(said + " " + AFTER[i % len(AFTER)].format(n=i + 12))
    lines.append("Rovers manager Ned Pike said the match in Talvora was called off. The club said it would refund fans.")
    lines.append("The Harbour Ledger reported the dam had been inspected. Harbour Ledger said repairs began in March.")
    lines.append("Damwright, a company headed by Ola Brisk, said it would rebuild the bridge by June.")
    return "\n".join(lines) + "\n"


class CountingList(list):
    """A list that counts how often it is scanned from start to end."""

    scans = 0

    def __iter__(self):
        CountingList.scans += 1
        return super().__iter__()


def test_sentence_at_bisects_instead_of_scanning(write_corpus):
    article = load_corpus(write_corpus({"001_a.txt": long_story(30)}))["001"]
    naive = {offset: next((s for s in article.sentences if s.start <= offset < s.end), None)
             for offset in range(0, len(article.body), 7)}
    article.sentences = CountingList(article.sentences)
    CountingList.scans = 0
    assert {offset: article.sentence_at(offset) for offset in naive} == naive
    assert CountingList.scans <= 1  # the starts are listed once, then every look-up bisects


def test_in_quote_lists_the_quoted_stretches_once():
    spans = [QuoteSpan(10, 60, 0, "paired", words=9), QuoteSpan(30, 80, 0, "paired", words=8),  # overlapping
             QuoteSpan(80, 95, 1, "paired", words=4), QuoteSpan(120, 130, 1, "paired", words=2),  # a term: no speech
             QuoteSpan(200, 200, 2, "paired", words=5)]
    quotes = CountingList(spans)
    CountingList.scans = 0
    found = [speakers.in_quote(quotes, offset) for offset in range(0, 220)]
    assert found == [any(q.start <= o < q.end and q.words > 3 for q in spans) for o in range(0, 220)]
    assert CountingList.scans <= 1
    quotes.append(QuoteSpan(150, 160, 2, "paired", words=6))  # a list that grows is listed again
    assert speakers.in_quote(quotes, 155) and not speakers.in_quote(quotes, 149)


def test_article_wide_facts_of_the_typing_are_found_once_per_article(write_corpus, monkeypatch):
    calls = {"cited": 0, "sports": 0, "headed": 0}
    cited, cues, headed_by = source_typing.cited_outlets, source_typing.cue_matches, source_typing._HEADED_BY

    def counting_cited(article):
        calls["cited"] += 1
        return cited(article)

    def counting_cues(low):
        calls["sports"] += len(low) > 2000  # the whole body, not one description
        return cues(low)

    class CountingPattern:
        def finditer(self, text):
            calls["headed"] += 1
            return headed_by.finditer(text)

    monkeypatch.setattr(source_typing, "cited_outlets", counting_cited)
    monkeypatch.setattr(source_typing, "cue_matches", counting_cues)
    monkeypatch.setattr(source_typing, "_HEADED_BY", CountingPattern())
    result = analyse(load_corpus(write_corpus({"001_a.txt": long_story(40)})))
    assert len(result.sources) >= 40
    assert calls == {"cited": 1, "sports": 1, "headed": 1}


def test_a_leader_noun_types_only_the_sources_its_words_do_not_settle(write_corpus, monkeypatch):
    """'the company's founder' is compared with the persons described as a founder, head ... only: typing every
    source of the article at every such noun made a long page quadratic."""
    typed: list[str] = []
    original = speakers.Resolver.__init__

    def counting_init(self, *args, type_of, **kwargs):
        def counting_type_of(source, resolver, country):
            typed.append(source.key)
            return type_of(source, resolver, country)
        original(self, *args, type_of=counting_type_of, **kwargs)

    monkeypatch.setattr(speakers.Resolver, "__init__", counting_init)
    story = long_story(30) + ("Hana Weir, the founder of Weir Boats, a company in Talvora, said boats were on their "
                              'way. "We need more engines," the company\'s founder said on Wednesday. '
                              "The company's founder also thanked the army.\n")
    result = analyse(load_corpus(write_corpus({"001_a.txt": story})))
    assert "Hana Weir" in set(result.sources.source)
    heads = {TEACHERS[i] for i in range(30) if SAID[i % len(SAID)].startswith('"The buses')}  # 'the head of ...'
    assert heads and {key for key in typed if key in TEACHERS} == heads  # not every teacher at every leader noun


def test_the_organisations_named_in_full_are_listed_once_per_article(write_corpus, monkeypatch):
    """'Lenz Pipes' after 'Lenz Pipes Ltd': the doc's organisations are listed once, not at every name."""
    inside = {"calls": 0, "cleaned": 0, "depth": 0}
    clean, named_in_full = speakers.clean_name, speakers.Resolver._organisation_named_in_full

    def counting_clean(text):
        inside["cleaned"] += inside["depth"] > 0
        return clean(text)

    def counting_named_in_full(self, name_range):
        inside["calls"] += 1
        inside["depth"] += 1
        try:
            return named_in_full(self, name_range)
        finally:
            inside["depth"] -= 1

    monkeypatch.setattr(speakers, "clean_name", counting_clean)
    monkeypatch.setattr(speakers.Resolver, "_organisation_named_in_full", counting_named_in_full)
    boards = [f"The {town} Water Board said the pumps were working." for town in TOWNS]
    analyse(load_corpus(write_corpus({"001_a.txt": long_story(30) + "\n".join(boards) + "\n"})))
    # the name looked up at each call, and each organisation of the doc once (not once per name)
    assert inside["calls"] > 10 and inside["cleaned"] <= inside["calls"] + 3 * len(TOWNS)


def test_a_role_held_no_longer_is_read_in_the_words_before_the_cue_only(monkeypatch):
    """'former mayor' is no voice of the government; the words before each cue are read, not all the text
    before it (a copy and a search of the whole text before every cue of a long page)."""
    from analysis import source_types

    spans: list[int] = []
    former = source_types._FORMER

    class MeasuringPattern:
        def search(self, text, pos=0, endpos=None):
            endpos = len(text) if endpos is None else endpos
            spans.append(endpos - pos)
            return former.search(text, pos, endpos)

    monkeypatch.setattr(source_types, "_FORMER", MeasuringPattern())
    text = " " + " ".join(f"the mayor of {town} met the minister." for town in TOWNS * 40) + \
        " the former mayor of Arlow spoke. "
    found = source_types.cue_matches(text)
    assert found and not any(text[start:end] == "mayor" and text[:start].endswith("former ") for start, end, _ in found)
    assert max(spans) <= source_types.FORMER_REACH


def test_repeated_paragraphs_are_found_without_reading_every_pair(write_corpus, monkeypatch):
    """A page of hundreds of lines (a data dump, a list) compares only the paragraphs that share their rarest
    words; the repeated and the nearly repeated ones are still found."""
    from analysis import corpus as corpus_module

    compared = []

    def counting_min(*args, **kwargs):
        compared.append(1)
        return min(*args, **kwargs)

    monkeypatch.setattr(corpus_module, "min", counting_min, raising=False)
    pool = [head + tail for head in ("bar", "cor", "dun", "fel", "gra", "hol", "mir", "nost", "pel", "ruv", "sal")
            for tail in ("ak", "en", "ish", "ol", "ump", "ter", "wy", "ix", "on", "ab", "eb", "ib", "ob", "ub", "ad",
                         "ed", "id", "od", "ud", "ag", "eg", "ig", "og", "ug", "am", "em", "im", "om", "um")]  # 319 words
    lines = [" ".join(pool[(i * k + k * k) % len(pool)] for k in range(1, 9)).capitalize() + f" {i}."
             for i in range(300)]
    lines[200] = lines[40]  # a copy
    lines[250] = lines[60].replace(f" 60.", " 60 again.")  # a near copy
    article = load_corpus(write_corpus({"001_a.txt": "\n".join(lines) + "\n"}))["001"]
    flagged = {p.index: p.duplicate_of for p in article.paragraphs if p.is_duplicate}
    assert flagged == {200: 40, 60: 250}  # of two near copies the shorter is flagged
    assert len(compared) < 2000  # not one per pair of the 300 lines (44,850)


def test_subheadings_of_a_long_page_are_compared_with_its_lines_read_once(write_corpus, monkeypatch):
    """Another story's headline between paragraphs is told from a subheading by the words it shares with the rest
    of the story; the rest is read once as lines, not re-read whole for every candidate line."""
    from analysis import page_shape

    read: list[int] = []
    stems = page_shape.content_stems

    def measuring_stems(text):
        read.append(len(text))
        return stems(text)

    monkeypatch.setattr(page_shape, "content_stems", measuring_stems)
    story = long_story(40).split("\n")
    headings = [f"{town} Rescue Crews Reach The Northern Farms By Boat At Dawn" for town in TOWNS] + \
        ["Quarterly Earnings Beat Forecasts At Two Semiconductor Makers In Osaka"]  # another story's headline
    lines = story[:2]
    for i, paragraph in enumerate(story[2:42]):
        lines += [paragraph, headings[i // 5]] if i % 5 == 4 and i < 39 else [paragraph]
    text = "\n".join(lines + story[42:])
    article = load_corpus(write_corpus({"001_a.txt": text}))["001"]
    kept = {p.text for p in article.paragraphs}
    assert headings[0] in kept and headings[-1] not in kept  # the story's subheading stays, the other one goes
    assert sum(read) <= 4 * len(text)  # not the whole story once per candidate headline


def test_pronouns_of_a_long_transcript_find_the_sentence_before_by_bisection(write_corpus, monkeypatch):
    """'..., he said' at every turn of a long page: the sentence before is found by bisection, not by a scan of
    every sentence at each pronoun, and the list of person mentions is kept in order by insertion, not sorted
    again at each mention."""
    from analysis import corpus as corpus_module

    sorts = []

    class Mentions(list):
        def sort(self, *args, **kwargs):
            sorts.append(1)
            return super().sort(*args, **kwargs)

    original_init = speakers.Resolver.__init__

    def init(self, article, *args, **kwargs):
        article.sentences = CountingList(article.sentences)
        original_init(self, article, *args, **kwargs)
        self.persons = Mentions(self.persons)

    monkeypatch.setattr(speakers.Resolver, "__init__", init)
    turns = [f'{TEACHERS[i]} spoke to the council in {TOWNS[i % len(TOWNS)]} on day {i}. "We need the bridge '
             f'back before the {i + 3}th of May," he said. She said it again.' for i in range(40)]
    CountingList.scans = 0
    result = analyse(load_corpus(write_corpus({"001_a.txt": "\n".join(turns) + "\n"})))
    assert len(result.quotes) >= 20 and set(result.quotes.speaker) <= set(TEACHERS)  # (near-copies set aside)
    assert CountingList.scans <= 10 and not sorts


def test_a_long_page_is_parsed_in_pieces_cut_after_line_breaks_that_parse_as_the_whole(tmp_path, monkeypatch):
    monkeypatch.setenv("ANALYSIS_CACHE", str(tmp_path))
    text = "\n".join(long_story(60) for _ in range(14))  # the day's reports of a live blog
    assert len(text) > nlp.LONG_TEXT_CHARS
    parts = nlp.pieces(text)
    assert len(parts) > 1 and "".join(parts) == text
    assert all(len(part) >= nlp.CHUNK_CHARS and part.endswith("\n") for part in parts[:-1])
    doc, whole = nlp.parse_text(text), nlp.pipeline()(text)
    assert doc.text == text and [t.text for t in doc] == [t.text for t in whole]
    assert [t.i for t in doc if t.is_sent_start] == [t.i for t in whole if t.is_sent_start]
    same = sum((a.dep_, a.head.i, a.ent_type_) == (b.dep_, b.head.i, b.ent_type_) for a, b in zip(doc, whole))
    assert same >= len(doc) - 5 * len(parts)  # a token or two next to each cut may parse differently


def test_a_short_page_is_one_piece():
    assert nlp.pieces("One line.\nAnother line.\n") == ["One line.\nAnother line.\n"]
