"""Benchmark: the report against the bare spaCy pass, side by side in one run, on invented corpora of N articles.

In: corpus sizes. Out: `reports/bench.json` with, per size: words and tokens; the bare spaCy pass (a fresh
process that loads the model and runs `nlp.pipe` over the texts: the floor any such analysis pays); a cold
`analysis.report` build (empty parse cache: the analysis pass, each notebook, the rendering; `--workers` processes
at once, the usable cores by default, while the spaCy pass stays one process) with the seconds and
rate of each analysis stage; a warm build (nothing changed); the peak memory of each; and the ratios of the
report and of the analysis pass to the bare spaCy pass, in wall seconds and in CPU seconds (a busy machine
stretches the first, not the second). Across sizes, `growth` (and `growth_cpu`) gives each stage's seconds per
article at the largest size over the smallest (1.0 is linear growth). `--analysis-only` times the analysis pass
alone (no notebooks, no rendering), for sizes a full build would take too long on.

The articles are generated, not copied: template sentences about prisoner recruitment with varied names,
places, numbers (digits, words, vague amounts), dates, outlets and quotation styles, drawn by a seeded random
generator so a size always gives the same corpus. `--mix FOLDER` instead mixes 8-20 paragraphs of the
articles in FOLDER (e.g. seeds/) into each article, which makes many versions of the same stories.

    python -m analysis.bench --generate 100 --into /tmp/corpus100   # just write a corpus
    python -m analysis.bench --sizes 200,1000 --output reports/bench.json
    python -m analysis.bench --sizes 1000,5000 --analysis-only --output /tmp/growth.json
"""

from __future__ import annotations

import argparse
import json
import os
import platform
import random
import resource
import subprocess
import sys
import tempfile
import time
from datetime import date, timedelta
from pathlib import Path

from .report.pipeline import ANALYSIS, STATE
from .fingerprint import library_first
from .parallel import usable_cores

ROOT = Path(__file__).resolve().parents[2]
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


def mixed_article(index: int, rng: random.Random, paragraphs: list[str]) -> str:
    """One article of 8-20 paragraphs drawn from `paragraphs`."""
    return f"Report {index}\n\n" + "\n\n".join(rng.sample(paragraphs, min(len(paragraphs), rng.randint(8, 20)))) + "\n"


def generate_corpus(n: int, folder: Path, *, seed: int = 0, mix: Path | None = None) -> Path:
    """Write `n` articles into `folder` (same seed, n and mix -> same files): invented from templates, or mixed
    from the paragraphs of the articles in `mix`."""
    folder.mkdir(parents=True, exist_ok=True)
    rng = random.Random(seed)
    paragraphs = []
    if mix is not None:
        texts = [p.read_text(encoding="utf-8", errors="replace") for p in sorted(mix.iterdir()) if p.is_file()]
        paragraphs = [p.strip() for t in texts for p in t.split("\n\n") if len(p.split()) > 3]
    for index in range(n):
        text = mixed_article(index, rng, paragraphs) if paragraphs else invented_article(index, rng)
        (folder / f"{index:04d}_bench.txt").write_text(text, encoding="utf-8")
    return folder


def measured(command: list[str], env: dict) -> dict:
    """Run `command` through `--measure` (a process of its own, so the peak memory is that command's): wall
    seconds, CPU seconds of it and its children, peak memory of its largest process and its stderr."""
    wrapper = [sys.executable, "-m", "analysis.bench", "--measure", *command]
    done = subprocess.run(wrapper, env=env, capture_output=True, text=True)
    if done.returncode:
        raise RuntimeError(f"{' '.join(command)} failed:\n{done.stderr[-3000:]}")
    return json.loads(done.stdout.strip().splitlines()[-1])


def cost(run: dict) -> dict:
    """Wall seconds, CPU seconds and peak memory of a `measured` run."""
    return {key: run[key] for key in ("seconds", "cpu_seconds", "peak_mb")}


def measure(command: list[str]) -> int:
    """The `--measure` side: run the command, print {seconds, cpu_seconds, peak_mb, stderr} as one JSON line."""
    started = time.perf_counter()
    done = subprocess.run(command, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, text=True)
    seconds = time.perf_counter() - started
    usage = resource.getrusage(resource.RUSAGE_CHILDREN)  # the command and every process it waited for
    if done.returncode:
        print(done.stderr, file=sys.stderr)
        return done.returncode
    print(json.dumps({"seconds": round(seconds, 2), "cpu_seconds": round(usage.ru_utime + usage.ru_stime, 2),
                      "peak_mb": round(usage.ru_maxrss / 1024), "stderr": done.stderr}))
    return 0


def spacy_pass(corpus: Path) -> int:
    """The bare spaCy pass: load the model, `nlp.pipe` every file's text; prints the token count."""
    import spacy

    from analysis.nlp import MODEL

    texts = [p.read_text(encoding="utf-8") for p in sorted(corpus.iterdir()) if p.is_file()]
    nlp = spacy.load(MODEL)
    print(sum(len(doc) for doc in nlp.pipe(texts)), file=sys.stderr)
    return 0


def bench_size(n: int, work: Path, *, mix: Path | None, workers: int, analysis_only: bool = False) -> dict:
    """One size: the bare spaCy pass, then a cold and a warm report build (or, `analysis_only`, the analysis
    pass alone), each measured in a process of its own, with the ratios to the spaCy pass."""
    corpus, out = work / "corpus", work / "out"
    generate_corpus(n, corpus, mix=mix)
    texts = [p.read_text(encoding="utf-8") for p in sorted(corpus.iterdir())]
    env = os.environ | {"ANALYSIS_CACHE": str(work / "parse-cache"), "PYTHONPATH": library_first(os.environ.get("PYTHONPATH"))}
    bare = measured([sys.executable, "-m", "analysis.bench", "--spacy-pass", str(corpus)], env)
    found = {"articles": n, "words": sum(len(t.split()) for t in texts),
             "tokens": int(bare["stderr"].strip().splitlines()[-1]),
             "spacy_pass": cost(bare)}
    if analysis_only:
        timings = work / "stages.json"
        done = measured([sys.executable, "-m", "analysis.run", "--corpus", str(corpus), "--out", str(out / "data"),
                         "--workers", str(workers), "--timings", str(timings)], env)
        stages = stage_timings(json.loads(timings.read_text(encoding="utf-8")))
        return found | {"analysis_run": cost(done),
                        "analysis_stages": stages, **ratios(stages, bare, analysis=done)}
    report = [sys.executable, "-m", "analysis.report", "--corpus", str(corpus), "--out", str(out),
              "--workers", str(workers)]
    cold = measured(report, env)
    warm = measured(report, env)
    stages, notebooks, render = build_timings(json.loads((out / STATE).read_text(encoding="utf-8")))
    return found | {
        "report_cold": cost(cold),
        "analysis_stages": stages, "analysis_seconds": round(sum(stage["seconds"] for stage in stages.values()), 2),
        "notebook_seconds": notebooks, "render_seconds": render,
        "report_warm": {"seconds": warm["seconds"], "up_to_date": "report up to date" in warm["stderr"]},
        "ratio_report_to_spacy": round(cold["seconds"] / bare["seconds"], 2),
        "ratio_report_to_spacy_cpu": round(cold["cpu_seconds"] / bare["cpu_seconds"], 2), **ratios(stages, bare),
        "report_bytes": {name: (out / name).stat().st_size for name in ("report.html", "report.pdf")},
    }


def ratios(stages: dict, bare: dict, *, analysis: dict | None = None) -> dict:
    """The analysis pass over the bare spaCy pass: wall seconds (the stages' sum, or the whole process when
    measured alone) and CPU seconds (which a busy machine does not stretch)."""
    wall = analysis["seconds"] if analysis else sum(stage["seconds"] for stage in stages.values())
    cpu = analysis["cpu_seconds"] if analysis else sum(stage["cpu_seconds"] for stage in stages.values())
    return {"ratio_analysis_to_spacy": round(wall / bare["seconds"], 2),
            "ratio_analysis_to_spacy_cpu": round(cpu / bare["cpu_seconds"], 2)}


def stage_timings(stages: list[dict]) -> dict:
    """The analysis pass's stages (as `analysis.run --timings` writes them) by name: seconds, CPU seconds, count,
    peak memory and what it found ("2670 quantities, 394 flags")."""
    return {stage["name"]: {"seconds": stage["seconds"], "cpu_seconds": stage["cpu_seconds"],
                            stage["unit"]: stage["items"], "peak_mb": stage["peak_mb"], "note": stage["note"]}
            for stage in stages}


def build_timings(state: dict) -> tuple[dict, dict, float | None]:
    """From a build's state (`OUT/.report-state.json`): each stage of the analysis pass, each notebook's seconds
    and the rendering's."""
    notebooks = {stem: record["seconds"] for stem, record in state.get("notebooks", {}).items()}
    return stage_timings(state.get(ANALYSIS, {}).get("stages", [])), notebooks, state.get("render_seconds")


def growth(runs: list[dict], *, key: str = "seconds") -> dict:
    """Each analysis stage's seconds (`key`: or CPU seconds) per article at the largest size over the smallest
    (1.0: linear)."""
    if len(runs) < 2:
        return {}
    small, large = min(runs, key=lambda r: r["articles"]), max(runs, key=lambda r: r["articles"])
    per_article = lambda run, name: run["analysis_stages"][name].get(key, 0) / run["articles"]  # noqa: E731
    return {name: round(per_article(large, name) / per_article(small, name), 2)
            for name in small["analysis_stages"] if name in large["analysis_stages"]
            and per_article(small, name) > 0}


def main(argv: list[str] | None = None) -> int:
    argv = sys.argv[1:] if argv is None else argv
    if argv[:1] == ["--measure"]:  # internal: run the rest of the line as a command, measured
        return measure(argv[1:])
    parser = argparse.ArgumentParser(prog="python -m analysis.bench", description=__doc__.split("\n\n")[0])
    parser.add_argument("--sizes", default="200,1000", help="comma-separated corpus sizes")
    parser.add_argument("--output", type=Path, default=ROOT / "reports" / "bench.json")
    parser.add_argument("--mix", type=Path, help="mix the paragraphs of this folder's articles instead of templates")
    parser.add_argument("--workers", type=int, default=usable_cores(),
                        help="processes for the report's build (default: the usable cores, "
                             f"{usable_cores()} here); the bare spaCy pass is always one process")
    parser.add_argument("--analysis-only", action="store_true",
                        help="time the analysis pass alone against the spaCy pass (no notebooks, no rendering)")
    parser.add_argument("--generate", type=int, metavar="N", help="only write a corpus of N articles (see --into)")
    parser.add_argument("--into", type=Path, help="folder for --generate")
    parser.add_argument("--spacy-pass", type=Path, help=argparse.SUPPRESS)
    args = parser.parse_args(argv)
    if args.spacy_pass is not None:
        return spacy_pass(args.spacy_pass)
    if args.generate is not None:
        if args.into is None:
            parser.error("--generate needs --into FOLDER")
        print(generate_corpus(args.generate, args.into, mix=args.mix))
        return 0
    runs = []
    for n in (int(size) for size in args.sizes.split(",")):
        print(f"bench: {n} articles ...", file=sys.stderr, flush=True)
        with tempfile.TemporaryDirectory(prefix=f"bench-{n}-") as work:
            runs.append(bench_size(n, Path(work), mix=args.mix, workers=args.workers,
                                   analysis_only=args.analysis_only))
        print(json.dumps(runs[-1]), file=sys.stderr, flush=True)
    record = {"machine": {"python": platform.python_version(), "cpus": os.cpu_count(), "workers": args.workers,
                          "platform": platform.platform(), "load_average": os.getloadavg()},
              "corpus": f"mixed from {args.mix}" if args.mix else "invented from templates",
              "runs": runs, "growth": growth(runs), "growth_cpu": growth(runs, key="cpu_seconds")}
    args.output.parent.mkdir(parents=True, exist_ok=True)
    args.output.write_text(json.dumps(record, indent=1) + "\n", encoding="utf-8")
    print(f"bench written to {args.output}", file=sys.stderr)
    return 0


if __name__ == "__main__":
    sys.exit(main())
