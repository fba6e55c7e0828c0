"""Work over several processes gives what one process gives: the fork map itself (order, errors, the parent's
memory, the fallbacks) and the whole analysis pass with one and two workers on an invented corpus."""

from __future__ import annotations

import os
import random
import time
from pathlib import Path

import pandas as pd
import pytest

from analysis import nlp, parallel, run as analysis_run
from analysis.bench import generate_corpus
from conftest import SEEDS


def slow_square(number: int) -> int:
    """Later items take longer, so a map that returned results as they finish would reorder them."""
    total = sum(range(number * 2_000))
    return number * number + 0 * total


def test_fork_map_keeps_the_order_of_the_items():
    numbers = list(range(40, 0, -1))
    expected = [n * n for n in numbers]
    assert parallel.fork_map(slow_square, numbers, workers=1) == expected
    assert parallel.fork_map(slow_square, numbers, workers=2) == expected
    assert parallel.fork_map(slow_square, numbers, workers=3, min_items=1) == expected


def test_workers_see_the_parents_memory_and_run_elsewhere():
    held = {"key": object()}  # cannot be pickled: only the forked memory can hand it to a worker
    pids = parallel.fork_map(lambda _: (os.getpid(), "key" in held), range(8), workers=2, min_items=1)
    assert all(seen for _, seen in pids)
    assert os.getpid() not in {pid for pid, _ in pids}


def test_few_items_or_no_fork_stay_in_this_process(monkeypatch):
    assert parallel.fork_map(lambda _: os.getpid(), range(5), workers=2, min_items=3) == [os.getpid()] * 5
    monkeypatch.setattr(parallel, "can_fork", lambda: False)
    assert parallel.fork_map(lambda _: os.getpid(), range(20), workers=2) == [os.getpid()] * 20


@pytest.mark.parametrize("workers", [1, 2])
def test_a_failing_item_is_named(workers):
    def check(path: Path) -> str:
        if path.name == "003_broken.txt":
            raise ValueError("no closing quotation mark")
        return path.name

    paths = [Path(f"corpus/{index:03d}_{'broken' if index == 3 else 'fine'}.txt") for index in range(10)]
    with pytest.raises(parallel.ItemFailed, match=r"corpus/003_broken\.txt: ValueError: no closing quotation mark"):
        parallel.fork_map(check, paths, workers=workers, min_items=1)


def test_work_beside_returns_its_result_and_leaves_this_process_as_it_was():
    held = {"count": 1}

    def change() -> tuple[int, int]:
        held["count"] += 1
        return os.getpid(), held["count"]

    later = parallel.beside(change, name="the counting")
    pid, count = later()
    assert count == 2 and pid != os.getpid()
    assert held["count"] == 1  # a change made beside stays there: the result carries back what is needed


def test_work_beside_that_fails_is_named():
    later = parallel.beside(lambda: 1 / 0, name="the timeline stage")
    with pytest.raises(parallel.ItemFailed, match="the timeline stage: ZeroDivisionError"):
        later()


def test_the_parse_forks_only_with_a_batch_for_each_process():
    assert nlp.processes_for(10, n_process=4, batch_size=32) == 1
    assert nlp.processes_for(63, n_process=2, batch_size=32) == 1
    assert nlp.processes_for(64, n_process=2, batch_size=32) == 2
    assert nlp.processes_for(100, n_process=4, batch_size=32) == 3
    assert nlp.processes_for(1_000, n_process=2, batch_size=32) == 2
    assert nlp.processes_for(1_000, n_process=1, batch_size=32) == 1


SAID = [("Olga Petrova", "Monday", 40, "Perm"), ("Ivan Orlov", "Tuesday", 12, "Tver"),
        ("Anna Belova", "Friday", 300, "Omsk"), ("Pavel Zaitsev", "Sunday", 7, "Kursk"),
        ("Vera Novikova", "Monday", 95, "Tula"), ("Roman Kozlov", "Monday", 18, "Kazan")]
TEXTS = [f"{name} said on {day} that {count} men from the colony near {place} had signed contracts."
         for name, day, count, place in SAID]


def cached_parses(folder: Path) -> dict[str, bytes]:
    return {path.name: path.read_bytes() for path in sorted(folder.glob("*.spacy"))}


def test_a_parse_over_two_processes_caches_the_same_docs(tmp_path, monkeypatch):
    for processes in (1, 2):
        monkeypatch.setenv("ANALYSIS_CACHE", str(tmp_path / f"cache-{processes}"))
        nlp._parsed.clear()
        assert nlp.parse_all(TEXTS, n_process=processes, batch_size=2) == (6, 0)
    assert cached_parses(tmp_path / "cache-1") == cached_parses(tmp_path / "cache-2") != {}


def test_a_parse_beside_other_work_leaves_the_rest_to_parse_all(tmp_path, monkeypatch):
    monkeypatch.setenv("ANALYSIS_CACHE", str(tmp_path / "plain"))
    nlp._parsed.clear()
    nlp.parse_all(TEXTS)
    monkeypatch.setenv("ANALYSIS_CACHE", str(tmp_path / "beside"))
    nlp._parsed.clear()
    beside = nlp.ParseBeside(TEXTS[:4], batch_size=1)
    deadline = time.monotonic() + 120
    while len(cached_parses(tmp_path / "beside")) < 4 and time.monotonic() < deadline:
        time.sleep(0.1)
    assert beside.stop() == 4
    assert nlp.parse_all(TEXTS) == (2, 4)  # the two it was not given, parsed here
    assert cached_parses(tmp_path / "beside") == cached_parses(tmp_path / "plain")
    again = nlp.ParseBeside(TEXTS, batch_size=1)
    again._process.join(timeout=120)  # let it run to its end: every text is in the cache already
    assert again.stop() == 0


def translated_copy(text: str, rng: random.Random) -> str:
    """A clumsy word-for-word rendering of `text`: the same sentences, a few words swapped for awkward ones."""
    swaps = {"said": "has declared", "the": "the", "prisoners": "the imprisoned ones", "were": "have been",
             "men": "males", "told": "has told to"}
    return " ".join(swaps.get(word, word) if rng.random() < 0.7 else word for word in text.split(" "))


@pytest.fixture
def invented_corpus(tmp_path) -> Path:
    """Eighteen invented articles (the benchmark's templates) and, for the translation stage, six clumsy copies
    of six of them marked as machine translations."""
    folder = generate_corpus(18, tmp_path / "corpus", seed=7)
    rng = random.Random(7)
    for index in range(6):
        original = (folder / f"{index:04d}_bench.txt").read_text(encoding="utf-8")
        copy = translated_copy(original, rng)
        (folder / f"{100 + index:04d}_translated.txt").write_text(
            copy.replace("\n\n", "\n\nThis text was translated automatically.\n\n", 1), encoding="utf-8")
    return folder


def test_the_pass_writes_the_same_tables_with_one_and_two_workers(invented_corpus, tmp_path, monkeypatch):
    monkeypatch.setattr(analysis_run, "MIN_ITEMS_PER_WORKER", 1)  # fork every map, however small the corpus
    monkeypatch.setattr(nlp, "BATCH_SIZE", 4)  # and the parse: a cold cache for each run, both processes busy
    outputs = {}
    for workers in (1, 2):
        monkeypatch.setenv("ANALYSIS_CACHE", str(tmp_path / f"cache-{workers}"))
        nlp._parsed.clear()
        lines: list[str] = []
        done = analysis_run.run(invented_corpus, tmp_path / f"out-{workers}", workers=workers, echo=lines.append)
        outputs[workers] = {name: pd.read_csv(path, keep_default_na=False) for name, path in done.tables.items()}
        parse = next(line for line in lines if line.startswith("analysis: parse "))
        assert "24 articles" in parse and ("1 process(es)" in parse) == (workers == 1)
    assert len(outputs[1]["translation_pairs"]) >= 1, "the corpus should exercise the translation stage"
    for name, table in outputs[1].items():
        pd.testing.assert_frame_equal(outputs[2][name], table, obj=name)
    cached = {workers: sorted(p.name for p in (tmp_path / f"cache-{workers}").glob("*.spacy")) for workers in (1, 2)}
    assert cached[1] == cached[2] and cached[1]
    for name in cached[1]:  # the same parses, whichever process made them
        assert (tmp_path / "cache-1" / name).read_bytes() == (tmp_path / "cache-2" / name).read_bytes()


def test_the_pass_on_the_seeds_is_the_same_with_two_workers(tmp_path, monkeypatch):
    monkeypatch.setattr(analysis_run, "MIN_ITEMS_PER_WORKER", 1)
    single = analysis_run.run(SEEDS, tmp_path / "one", workers=1, echo=lambda line: None)
    double = analysis_run.run(SEEDS, tmp_path / "two", workers=2, echo=lambda line: None)
    for name, path in single.tables.items():
        assert double.tables[name].read_bytes() == path.read_bytes(), name
