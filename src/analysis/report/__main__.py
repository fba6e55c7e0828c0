"""Command line of the report build: `python -m analysis.report --corpus seeds --out reports [--params FILE]`.

Exit status 0 when the report is written or already up to date, 1 with a message naming the notebook and the
cell when a notebook fails (the previous report is left as it was), 2 for bad arguments or settings.
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from ..parallel import usable_cores
from .pipeline import NOTEBOOKS, BuildError, build
from .settings import SettingsError, read_settings


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m analysis.report",
                                     description="Run the notebooks and render OUT/report.html and OUT/report.pdf.")
    parser.add_argument("--corpus", type=Path, default=Path("seeds"), help="folder of article files (default seeds)")
    parser.add_argument("--out", type=Path, default=Path("reports"), help="output folder (default reports)")
    parser.add_argument("--notebooks", type=Path, default=NOTEBOOKS, help="folder of NN_name.ipynb notebooks")
    parser.add_argument("--params", type=Path, help="YAML file of settings per notebook (see analysis.report.settings)")
    parser.add_argument("-p", "--set", dest="overrides", action="append", default=[], metavar="NOTEBOOK:NAME=VALUE",
                        help="one setting, e.g. -p 01_sourcing:min_mentions=2 (NOTEBOOK may be 'all'); repeatable")
    parser.add_argument("--workers", type=int, default=usable_cores(),
                        help="processes the build may use at once: the analysis pass's workers and the notebooks "
                             f"run side by side (default: the cores this process may use, {usable_cores()} here; "
                             "results are the same for any number)")
    parser.add_argument("--force", action="store_true", help="run every notebook even if nothing changed")
    parser.add_argument("--log-output", action="store_true", help="stream the notebooks' cell output (for CI logs)")
    args = parser.parse_args(argv)
    if args.workers < 1:
        parser.error("--workers must be 1 or more")
    try:
        settings = read_settings(args.params, args.overrides)
    except (OSError, SettingsError) as error:
        print(f"report: {error}", file=sys.stderr)
        return 2
    try:
        build(corpus=args.corpus, out=args.out, notebooks=args.notebooks, settings=settings, force=args.force,
              log_output=args.log_output, workers=args.workers)
    except BuildError as error:
        print(f"report FAILED: {error}", file=sys.stderr)
        return 1
    return 0


if __name__ == "__main__":
    sys.exit(main())
