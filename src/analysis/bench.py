"""Benchmark: invented corpora of N articles, timed through the report, each notebook and each analysis.

In: corpus sizes. Out: `reports/bench.json` with, per size: words and tokens, a bare spaCy `nlp.pipe` over the
texts (the floor any analysis pays), `make report` cold (empty parse cache) and warm (nothing changed), the
seconds of each notebook in the cold build, and `load_corpus` plus each analysis entry point that exists
(`analysis.<name>.analyse(corpus)`, imported here only, so the report itself imports no analysis).

The articles are generated, not copied: template sentences about prisoner recruitment with varied names,
places, numbers (digits, words, vague amounts), dates, outlets and quotation styles, drawn by a seeded random
generator so a size always gives the same corpus.

    python -m analysis.bench --generate 100 --into /tmp/corpus100   # just write a corpus
    python -m analysis.bench --sizes 5,100,1000 --output reports/bench.json
"""

from __future__ import annotations

import argparse
import importlib
import json
import os
import platform
import random
import subprocess
import sys
import tempfile
import time
from datetime import date, timedelta
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
ANALYSES = ("sourcing", "numbers", "timeline", "translation")
FIRST = ["Ivan", "Olga", "Dmitri", "Yulia", "Sergei", "Anna", "Mikhail", "Natalia", "Pavel", "Irina", "Alexei",
         "Svetlana", "Viktor", "Maria", "Oleg", "Elena", "Andrei", "Tatiana", "Boris", "Ksenia", "Roman", "Vera"]
LAST = ["Petrov", "Sokolova", "Ivanov", "Kuznetsova", "Smirnov", "Volkova", "Morozov", "Lebedeva", "Novikov",
        "Kozlova", "Orlov", "Belova", "Zaitsev", "Pavlova", "Semyonov", "Golubeva", "Vinogradov", "Bogdanova"]
ROLES = ["a lawyer who represents inmates", "a former prisoner", "a human rights activist", "the mother of a convict",
         "a military analyst", "a regional official", "a spokesperson for the prison service", "a defence expert",
         "a researcher at a university in Berlin", "a former guard at the colony"]
PLACES = ["Rostov", "Krasnodar", "St. Petersburg", "Yekaterinburg", "Novosibirsk", "Perm", "Tver", "Omsk",
          "Kazan", "Samara", "Chelyabinsk", "Irkutsk", "Voronezh", "Saratov", "Ryazan", "Tula", "Kursk"]
OUTLETS = ["The Associated Press", "Reuters", "the BBC", "Meduza", "Mediazona", "CNN", "The New York Times",
           "Radio Free Europe", "Novaya Gazeta", "The Guardian"]
GROUPS = ["the Wagner Group", "the Defense Ministry", "a private military company", "the Storm-Z units",
          "the regional recruitment office"]
VAGUE = ["hundreds of", "thousands of", "dozens of", "about a dozen", "several hundred", "tens of thousands of"]
WORDS = ["two", "three", "five", "seven", "ten", "twelve", "fifteen", "twenty", "forty", "a hundred"]
MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October",
          "November", "December"]
SENTENCES = [
    '"{quote_a}," said {person}, {role}.',
    '{person}, {role}, told {outlet} that {claim}.',
    'According to {outlet}, {claim}.',
    '"{quote_b}" {person2} said. "{quote_c}"',
    'Officials in {place} said {count} inmates had signed contracts since {month} {year}.',
    'A source close to {group} said on condition of anonymity that {claim}.',
    'The recruits were promised {money} rubles a month and a pardon after {duration}.',
    'By {month} {day}, {vague} men from the colony near {place} had been sent to the front, relatives said.',
    'In {month} {year}, {group} began visiting prisons in {place} and {place2}.',
    '{percent} percent of those recruited in {place} were killed or wounded within {duration}, {person} said.',
    'Last week {person2} wrote on Telegram that {claim}.',
    'The prison service declined to comment when contacted by {outlet} on {weekday}.',
    '"{quote_a}," {person} told reporters in {place} on {weekday}.',
    'Human rights groups estimate that {count} convicts have been recruited, though the figure cannot be verified.',
    'The {ordinal} group of recruits left {place} on {month} {day}, according to {person2}.',
    'Relatives of {count2} men say they have received no news since {month}.',
    'Earlier this year, {group} said it had paid compensation to {count2} families.',
    '{person} said the recruiters arrived at the colony {days} days before the deadline.',
    'Some of the men returned to {place} after {duration} and were pardoned, {outlet} reported.',
    'The Kremlin has not confirmed the recruitment, and {group} did not respond to questions.',
]
QUOTES_A = ["They told us we would be free in six months", "Nobody explained what the contract meant",
            "My son called once and then disappeared", "We were given a week of training",
            "It is a way out for people with no other way out", "The numbers are much higher than anyone admits"]
QUOTES_B = ["I did not believe them at first.", "It was chaos.", "They took everyone who could walk.",
            "We had no choice.", "Nobody came back from that unit."]
QUOTES_C = ["Then the buses came.", "Half of them are dead now.", "I would not do it again.",
            "They never paid what they promised."]
CLAIMS = ["the recruiters offered pardons to men serving long sentences",
          "at least {count} prisoners had been killed in the fighting near {place}",
          "the men were sent to the front after only two weeks of training",
          "the families were not told where the recruits had been deployed",
          "the scheme had expanded to women's colonies in {place}",
          "the government planned to recruit another {count} convicts by {month}"]
WEEKDAYS = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"]
ORDINALS = ["first", "second", "third", "fourth", "fifth"]
DURATIONS = ["six months", "three months", "a year", "two weeks", "four months"]


def fill(template: str, rng: random.Random, day: date) -> str:
    person = lambda: f"{rng.choice(FIRST)} {rng.choice(LAST)}"  # noqa: E731
    count = lambda: rng.choice([f"{rng.randint(11, 999)}",  # noqa: E731
                                f"{rng.randint(1, 49)},{rng.randint(100, 999)}",
                                rng.choice(WORDS), f"{rng.randint(2, 9)} thousand"])
    values = {
        "person": person(), "person2": person(), "role": rng.choice(ROLES), "outlet": rng.choice(OUTLETS),
        "place": rng.choice(PLACES), "place2": rng.choice(PLACES), "group": rng.choice(GROUPS),
        "vague": rng.choice(VAGUE), "count": count(), "count2": count(), "percent": rng.randint(3, 80),
        "money": f"{rng.randint(100, 350)},000", "duration": rng.choice(DURATIONS),
        "month": MONTHS[(day.month - 1 - rng.randint(0, 5)) % 12], "year": day.year - rng.randint(0, 1),
        "day": rng.randint(1, 28), "weekday": rng.choice(WEEKDAYS), "ordinal": rng.choice(ORDINALS),
        "days": rng.randint(2, 20), "quote_a": rng.choice(QUOTES_A), "quote_b": rng.choice(QUOTES_B),
        "quote_c": rng.choice(QUOTES_C),
    }
    values["claim"] = rng.choice(CLAIMS).format(**values)
    return template.format(**values)


def invented_article(index: int, rng: random.Random) -> str:
    """One article: title, dateline, 6-14 paragraphs of one to three filled template sentences."""
    day = date(2022, 6, 1) + timedelta(days=rng.randint(0, 540))
    place = rng.choice(PLACES)
    title = (f"{rng.choice(['Convicts', 'Prisoners', 'Inmates'])} from {place} "
             f"{rng.choice(['sent to fight', 'recruited for the war', 'vanish at the front'])}")
    paragraphs = [f"{place.upper()} ({rng.choice(OUTLETS)}) — " + fill(rng.choice(SENTENCES), rng, day)]
    for _ in range(rng.randint(6, 14)):
        paragraphs.append(" ".join(fill(rng.choice(SENTENCES), rng, day) for _ in range(rng.randint(1, 3))))
    return f"{title}\n\n{day.isoformat()}\n\n" + "\n\n".join(paragraphs) + "\n"


def generate_corpus(n: int, folder: Path, *, seed: int = 0) -> Path:
    """Write `n` invented articles into `folder` (same seed and n -> same files)."""
    folder.mkdir(parents=True, exist_ok=True)
    rng = random.Random(seed)
    for index in range(n):
        (folder / f"{index:04d}_bench.txt").write_text(invented_article(index, rng), encoding="utf-8")
    return folder


def timed(action) -> tuple[float, object]:
    started = time.perf_counter()
    value = action()
    return round(time.perf_counter() - started, 2), value


def make_report(corpus: Path, out: Path, env: dict) -> tuple[float, bool]:
    """Seconds of `make report` and whether it found everything up to date."""
    seconds, run = timed(lambda: subprocess.run(["make", "-s", "-C", str(ROOT), "report", f"CORPUS={corpus}",
                                                 f"OUT={out}"], env=env, capture_output=True, text=True))
    if run.returncode:
        raise RuntimeError(f"make report failed on {corpus}:\n{run.stderr[-3000:]}")
    return seconds, "report up to date" in run.stderr


def bench_size(n: int, work: Path) -> dict:
    corpus, out, cache = work / "corpus", work / "out", work / "parse-cache"
    generate_corpus(n, corpus)
    texts = [p.read_text(encoding="utf-8") for p in sorted(corpus.iterdir())]
    from analysis import nlp

    pipeline = nlp.pipeline()
    spacy_seconds, tokens = timed(lambda: sum(len(doc) for doc in pipeline.pipe(texts)))
    env = os.environ | {"ANALYSIS_CACHE": str(cache)}
    result = {"articles": n, "words": sum(len(t.split()) for t in texts), "tokens": tokens,
              "spacy_pipe_seconds": spacy_seconds, "report_cold_seconds": make_report(corpus, out, env)[0]}
    state = json.loads((out / ".report-state.json").read_text(encoding="utf-8"))
    result["notebook_seconds"] = {name: record.get("seconds") for name, record in state["notebooks"].items()}
    result["report_bytes"] = {name: (out / name).stat().st_size for name in ("report.html", "report.pdf")}
    # warm: nothing changed, so nothing runs. If the code changed during the cold build, the first warm build
    # catches up and the next one is measured (the flag says whether it was a no-op).
    for _ in range(2):
        result["report_warm_seconds"], result["report_warm_up_to_date"] = make_report(corpus, out, env)
        if result["report_warm_up_to_date"]:
            break
    os.environ["ANALYSIS_CACHE"] = str(cache)  # the analyses below reuse the parses of the cold build
    from analysis.corpus import load_corpus

    result["load_corpus_seconds"], loaded = timed(lambda: load_corpus(corpus))
    result["analyse_seconds"] = {}
    for name in ANALYSES:
        try:
            entry = importlib.import_module(f"analysis.{name}").analyse
        except (ImportError, AttributeError):
            continue
        result["analyse_seconds"][name] = timed(lambda: entry(loaded))[0]
    return result


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m analysis.bench", description=__doc__.split("\n\n")[0])
    parser.add_argument("--sizes", default="5,100,1000", help="comma-separated corpus sizes")
    parser.add_argument("--output", type=Path, default=ROOT / "reports" / "bench.json")
    parser.add_argument("--generate", type=int, metavar="N", help="only write a corpus of N articles (see --into)")
    parser.add_argument("--into", type=Path, help="folder for --generate")
    args = parser.parse_args(argv)
    if args.generate is not None:
        if args.into is None:
            parser.error("--generate needs --into FOLDER")
        print(generate_corpus(args.generate, args.into))
        return 0
    runs = []
    for n in (int(size) for size in args.sizes.split(",")):
        print(f"bench: {n} articles ...", file=sys.stderr, flush=True)
        with tempfile.TemporaryDirectory(prefix=f"bench-{n}-") as work:
            runs.append(bench_size(n, Path(work)))
        print(json.dumps(runs[-1]), file=sys.stderr, flush=True)
    record = {"machine": {"python": platform.python_version(), "cpus": os.cpu_count(),
                          "platform": platform.platform()}, "runs": runs}
    args.output.parent.mkdir(parents=True, exist_ok=True)
    args.output.write_text(json.dumps(record, indent=1) + "\n", encoding="utf-8")
    print(f"bench written to {args.output}", file=sys.stderr)
    return 0


if __name__ == "__main__":
    sys.exit(main())
