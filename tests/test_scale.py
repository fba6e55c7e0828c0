"""The analysis pass on corpora nobody wrote by hand: random mixes of the seeds' paragraphs, near-duplicates,
truncated copies and articles with no sentence, each run through every analysis; plus the pass's pieces
(batch parse, tables read back with their types, staleness) on invented inputs. Speed is measured by
`analysis.bench`, not here."""

from __future__ import annotations

import json
import os
import random
import re
import subprocess
import sys
from dataclasses import asdict, fields
from types import SimpleNamespace

import nbformat
import pandas as pd
import pytest

from analysis import nlp, run as analysis_run
from analysis.corpus import load_article, load_corpus
from analysis.fingerprint import library_first
from analysis.results import read_results, read_table
from analysis.textnorm import fold
from analysis.translation import _find_name
from conftest import ROOT, SEEDS

OFFSET_COLUMNS = {  # table -> (start, end) columns that are body offsets of the row's article
    "quotes": ("start", "end"), "attributions": ("start", "end"), "timex": ("start_char", "end_char"),
    "paragraphs": ("start", "end"),
}


def seed_paragraphs() -> list[str]:
    corpus = load_corpus(SEEDS)
    return [p.text for a in corpus.analysable for p in a.paragraphs if len(p.text.split()) > 3]


def near_duplicate(text: str, rng: random.Random) -> str:
    """The text with a few words swapped for others, as a lightly edited copy."""
    words = text.split(" ")
    for _ in range(max(1, len(words) // 40)):
        words[rng.randrange(len(words))] = rng.choice(["reportedly", "Moscow", "several", "2023", "officials"])
    return " ".join(words)


def random_corpus(rng: random.Random, paragraphs: list[str]) -> dict[str, str]:
    """Twelve to seventeen files: mixes of 8-20 paragraphs, an exact copy, a near-duplicate and a truncated copy
    of one of them, an article holding no sentence (a rule, bare numbers, a lone heading), maybe a one-sentence
    article."""
    files = {}
    for index in range(rng.randint(8, 12)):
        chosen = rng.sample(paragraphs, rng.randint(8, 20))
        files[f"{index:03d}_mix.txt"] = f"Mixed report {index}\n\n" + "\n\n".join(chosen) + "\n"
    source = files[rng.choice(sorted(files))]
    files["100_near.txt"] = near_duplicate(source, rng)
    files["104_copy.txt"] = source
    files["101_cut.txt"] = source[: rng.randint(len(source) // 3, len(source) - 1)]  # may end mid-word
    files["102_nothing.txt"] = rng.choice(["—\n\n* * *\n", "12\n\n34 56\n", "UPDATE\n", "...\n\n!!!\n"])
    if rng.random() < 0.5:
        files["103_one_line.txt"] = rng.choice(paragraphs).split(". ")[0]
    return files


@pytest.mark.parametrize("seed", range(1, 6))
def test_every_analysis_runs_on_a_random_corpus(seed, tmp_path):
    rng = random.Random(seed)
    folder = tmp_path / "corpus"
    folder.mkdir()
    files = random_corpus(rng, seed_paragraphs())
    for name, text in files.items():
        (folder / name).write_text(text, encoding="utf-8")

    done = analysis_run.run(folder, tmp_path / "data", echo=lambda line: None)

    assert [s.name for s in done.stages] == ["corpus", "parse", "sourcing", "numbers", "timeline", "translation",
                                             "write"]
    results = read_results(folder, tmp_path)
    articles = results.corpus.table()
    assert sorted(articles.file) == sorted(files)  # every file has a row, whatever its state
    nothing = articles.loc[articles.file == "102_nothing.txt", "article_id"].item()
    assert nothing not in set(results.sourcing.attributions.article_id) | set(results.numbers.numbers.article_id)
    lengths = {row.article_id: len(results.corpus[row.article_id].body)
               for row in results.corpus.analysable.itertuples()}
    tables = {"quotes": results.sourcing.quotes, "attributions": results.sourcing.attributions,
              "timex": results.timeline.timex, "paragraphs": results.corpus.paragraphs}
    for name, (start, end) in OFFSET_COLUMNS.items():
        table = tables[name]
        table = table[table.article_id.isin(lengths)]
        assert ((table[start] >= 0) & (table[start] <= table[end])).all(), name
        assert (table[end] <= table.article_id.map(lengths)).all(), f"{name}: an offset past its article's end"
    assert set(results.translation.scorecard.article_id) == set(lengths)


def test_find_name_match_ending_where_a_word_starts():
    """A fuzzy match that stops right before the next word ('Storm |group') is not inside a word: no crash,
    and the span keeps whole words."""
    body = "Bakhmut Storm group"
    article = SimpleNamespace(body=body, folded=fold(body))
    score, (start, end) = _find_name("of me", article, (0, len(body)))
    assert 0 <= start <= end <= len(body)
    assert start == 0 or not body[start - 1].isalnum()
    assert end == len(body) or not (body[end - 1].isalnum() and body[end].isalnum())


def test_find_name_long_partial_last_word_is_dropped():
    body = "the Prisoners Rights Foundationists said"
    article = SimpleNamespace(body=body, folded=fold(body))
    _, (start, end) = _find_name("prisoners rights found", article, (0, len(body)))
    assert body[start:end] == "Prisoners Rights"


def test_parse_all_fills_the_cache_once_per_text(tmp_path, monkeypatch):
    monkeypatch.setenv("ANALYSIS_CACHE", str(tmp_path / "cache"))
    said = "Olga Ivanova said the men left on Monday."
    texts = [said, "Nobody answered.", said]
    assert nlp.parse_all(texts) == (2, 0)  # the repeated text is parsed once
    assert len(list((tmp_path / "cache").glob("*.spacy"))) == 2
    assert nlp.parse_all(texts) == (0, 3)
    doc = nlp.parse_text(texts[0])
    assert doc.text == texts[0] and [e.text for e in doc.ents if e.label_ == "PERSON"] == ["Olga Ivanova"]


def test_tables_read_back_with_their_types(tmp_path):
    frame = pd.DataFrame({"article_id": ["007", "NA", ""], "low": [1.5, float("nan"), 3.0], "n": [1, 2, 3],
                          "named": [True, False, True], "mixed": ["", 4, "x"], "score": [None, 61.5, 7],
                          "unscored": [None, None, None]})
    analysis_run.write_tables({"t": frame}, tmp_path, inputs={}, result=analysis_run.Run(out=tmp_path))
    back = read_table(tmp_path, json.loads((tmp_path / analysis_run.RECORD).read_text()), "t")
    assert back.article_id.tolist() == ["007", "NA", ""]  # text stays text: no NaN, no number
    assert back.low.isna().tolist() == [False, True, False] and back.low.dtype == float
    assert back.n.dtype == "int64" and back.named.tolist() == [True, False, True]
    assert back.mixed.tolist() == ["", "4", "x"]
    assert back.score.isna().tolist() == [True, False, False] and back.score.dtype == float  # numbers and blanks
    assert back.unscored.isna().all() and back.unscored.dtype == float


def test_results_run_the_pass_only_when_stale(tmp_path, monkeypatch):
    folder = tmp_path / "corpus"
    folder.mkdir()
    (folder / "001_a.txt").write_text("Recruits sent\n\nOfficials in Tver said 300 inmates had signed contracts "
                                      "in May 2023, a lawyer said.\n", encoding="utf-8")
    passes = []
    real_run = analysis_run.run
    monkeypatch.setattr(analysis_run, "run", lambda *a, **k: passes.append(k["settings"]) or real_run(
        *a, **k, echo=lambda line: None))
    read_results(folder, tmp_path)
    read_results(folder, tmp_path, default_country="")  # the default it ran with: fresh
    assert len(passes) == 1
    read_results(folder, tmp_path, magnitude_factor=10.0)
    assert len(passes) == 2 and passes[-1]["magnitude_factor"] == 10.0
    (folder / "002_b.txt").write_text("Another report\n\nNobody came back, relatives said.\n", encoding="utf-8")
    results = read_results(folder, tmp_path)
    assert len(passes) == 3 and passes[-1]["magnitude_factor"] == 10.0  # settings carried over, corpus changed
    assert sorted(results.corpus.table().file) == ["001_a.txt", "002_b.txt"]


def test_notebook_defaults_are_the_analysis_defaults():
    """A notebook passes its parameter to the reader: the default must be the pass's, or every build would
    run the pass again inside the notebook."""
    seen = set()
    for path in sorted((ROOT / "notebooks").glob("[0-9][0-9]_*.ipynb")):
        cell = next(c for c in nbformat.read(path, as_version=4).cells if "parameters" in c.metadata.get("tags", []))
        for name, value in re.findall(r"^(\w+)\s*:[^=]*=\s*([^#\n]+)", cell.source, flags=re.MULTILINE):
            if name in analysis_run.SETTINGS:
                assert eval(value) == analysis_run.SETTINGS[name], (path.name, name)  # noqa: S307 - our own file
                seen.add(name)
    assert seen == set(analysis_run.SETTINGS)


def test_bench_reads_the_build_state_and_computes_growth():
    from analysis.bench import build_timings, growth

    stage = analysis_run.Stage("sourcing", 12.5, 1000, "articles", 1234, 11.0, "9,000 attributions")
    state = {"analysis": {"stages": [asdict(stage)]}, "notebooks": {"00_corpus": {"seconds": 3.5}},
             "render_seconds": 9.0}
    assert build_timings(state) == ({"sourcing": {"seconds": 12.5, "cpu_seconds": 11.0, "articles": 1000,
                                                  "peak_mb": 1234, "note": "9,000 attributions"}},
                                    {"00_corpus": 3.5}, 9.0)
    runs = [{"articles": 200, "analysis_stages": {"parse": {"seconds": 10.0}, "numbers": {"seconds": 4.0}}},
            {"articles": 1000, "analysis_stages": {"parse": {"seconds": 50.0}, "numbers": {"seconds": 100.0}}}]
    assert growth(runs) == {"parse": 1.0, "numbers": 5.0}  # linear, and five times the cost per article


def test_notebook_reader_imports_no_nlp():
    """The notebooks' read-and-draw path: `analysis.results` (and the labels) import neither spaCy nor
    scikit-learn, and its tables mirror the fields of the analyses' result objects."""
    heavy = "('spacy', 'sklearn', 'analysis.nlp', 'analysis.corpus', 'analysis.sourcing')"
    code = ("import sys, analysis.results, analysis.labels, analysis.display, analysis.citations; "
            f"print(sorted(m for m in {heavy} if m in sys.modules)); "
            "import analysis.corpus; print('sklearn' in sys.modules)")  # a body read again: no scikit-learn
    done = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True,
                          env=os.environ | {"PYTHONPATH": library_first(os.environ.get("PYTHONPATH"))})
    assert done.stdout.split() == ["[]", "False"]
    from analysis import numbers, results, sourcing, timeline, translation

    for real, light in ((sourcing.SourcingResult, results.SourcingTables), (numbers.NumbersResult, results.NumbersTables),
                        (timeline.TimelineResult, results.TimelineTables),
                        (translation.TranslationResult, results.TranslationTables)):
        assert [f.name for f in fields(real)] == [f.name for f in fields(light)], light.__name__


def test_results_trust_a_record_the_build_verified(tmp_path, monkeypatch):
    """Launched by the build (`VERIFIED_INPUTS` names this corpus and the record's digest), the reader trusts
    the record without hashing the corpus and the library; for another folder or another record, it hashes."""
    from analysis.fingerprint import file_sha256

    folder = tmp_path / "corpus"
    folder.mkdir()
    (folder / "001_a.txt").write_text("Recruits sent\n\nOfficials in Tver said 300 inmates left, a lawyer said.\n",
                                      encoding="utf-8")
    analysis_run.run(folder, tmp_path / "data", echo=lambda line: None)
    record = file_sha256(tmp_path / "data" / analysis_run.RECORD)
    digests = analysis_run.input_digests(folder)
    hashed = []
    monkeypatch.setattr(analysis_run, "input_digests", lambda corpus: hashed.append(corpus) or digests)
    monkeypatch.setattr(analysis_run, "run", lambda *a, **k: pytest.fail("the tables are fresh"))
    monkeypatch.setenv(analysis_run.VERIFIED_INPUTS, json.dumps({"corpus": str(folder), "record": record}))
    assert read_results(folder, tmp_path).corpus.table().file.tolist() == ["001_a.txt"]
    assert hashed == []
    for verified in ({"corpus": str(tmp_path), "record": record}, {"corpus": str(folder), "record": "another"}):
        monkeypatch.setenv(analysis_run.VERIFIED_INPUTS, json.dumps(verified))
        read_results(folder, tmp_path)
    assert hashed == [folder, folder]
    monkeypatch.setenv(analysis_run.VERIFIED_INPUTS, json.dumps({"corpus": str(folder), "record": record}))
    with pytest.raises(pytest.fail.Exception):  # a setting the pass did not run with: stale whatever the build said
        read_results(folder, tmp_path, magnitude_factor=7.0)


def test_an_article_read_again_without_its_metadata_has_the_same_text(tmp_path):
    """The notebooks' reader reads a body again without telling its language (which loads spaCy): body,
    paragraphs and sentences are those of the full load."""
    path = tmp_path / "001_a.txt"
    path.write_text("Recruits sent\n\nBy Olga Ivanova\n\nOfficials in Tver said 300 inmates had signed contracts "
                    "in May 2023. \"We had no choice,\" a convict said.\n\nShare this article\n", encoding="utf-8")
    full, text_only = load_article(path), load_article(path, describe=False)
    assert full.ok and text_only.ok and "language" in full.meta and "language" not in text_only.meta
    assert (text_only.body, text_only.title, text_only.sha256) == (full.body, full.title, full.sha256)
    assert [(s.start, s.end) for s in text_only.sentences] == [(s.start, s.end) for s in full.sentences]
    assert [(p.start, p.end) for p in text_only.paragraphs] == [(p.start, p.end) for p in full.paragraphs]


def test_the_pass_keeps_torch_out_and_spacy_still_parses():
    """thinc imports torch when it is installed (seconds per process); the pass marks it absent before spaCy loads."""
    code = ("import sys; from analysis.run import without_torch; without_torch(); import spacy; "
            "print(len(spacy.blank('en')('Inmates left Tver.')), 'torch' in sys.modules)")
    done = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True,
                          env=os.environ | {"PYTHONPATH": library_first(os.environ.get("PYTHONPATH"))})
    assert done.stdout.split() == ["4", "False"]
