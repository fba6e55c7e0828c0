"""Per-notebook analysis settings for a build, read from a YAML (or JSON) file and checked against the notebooks.

In: the settings file (`make report PARAMS=path/to/params.yaml`), optional `NOTEBOOK:NAME=VALUE` overrides and the
notebooks. Out: for each notebook, the parameters to pass on top of `corpus_dir` and `out_dir`.

File format: one mapping per notebook, keyed by the notebook's file name without `.ipynb`; the key `all` sets a
parameter in every notebook that declares it:

    01_sourcing:
      main_voices: 6
    all:
      text_width: 100
    report:
      title: "Cannery closures in the local press"
      subtitle: "Twelve articles, March to May 2024"
      annotated_articles: 40

The key `report` sets the report's `title` and `subtitle` (by default the corpus's most frequent subject and a
one-line summary of the corpus) and how many articles the annotated reading shows (`annotated_articles`,
default `DEFAULT_ANNOTATED`: on a large corpus, a reading of every article would be thousands of pages). A notebook, or a parameter that no targeted notebook declares in its `parameters` cell, is an error (a typo
must not be ignored silently). `corpus_dir` and `out_dir` come from CORPUS and OUT, not from this file.
"""

from __future__ import annotations

from pathlib import Path

import yaml

ALL = "all"
REPORT = "report"
PAGE_SETTINGS = ("title", "subtitle", "annotated_articles")
DEFAULT_ANNOTATED = 25  # articles in the annotated reading unless `report: annotated_articles` says otherwise
RESERVED = ("corpus_dir", "out_dir")


class SettingsError(ValueError):
    """The settings file or an override names an unknown notebook or parameter, or is malformed."""


def read_settings(path: Path | None, overrides: list[str] = ()) -> dict[str, dict]:
    """{notebook stem or 'all': {parameter: value}} from the file, then the `NOTEBOOK:NAME=VALUE` overrides."""
    settings: dict[str, dict] = {}
    if path is not None:
        loaded = yaml.safe_load(Path(path).read_text(encoding="utf-8")) or {}
        if not isinstance(loaded, dict) or not all(isinstance(v, dict) for v in loaded.values()):
            raise SettingsError(f"{path}: expected a mapping of notebook name -> mapping of parameter -> value")
        settings = {str(key).removesuffix(".ipynb"): dict(values) for key, values in loaded.items()}
    for override in overrides:
        target, sep, assignment = override.partition(":")
        name, eq, value = assignment.partition("=")
        if not (sep and eq and name):
            raise SettingsError(f"override {override!r}: expected NOTEBOOK:NAME=VALUE (NOTEBOOK may be 'all')")
        settings.setdefault(target.removesuffix(".ipynb"), {})[name.strip()] = yaml.safe_load(value)
    return settings


def resolve(settings: dict[str, dict], declared: dict[str, set[str]]) -> dict[str, dict]:
    """Parameters per notebook stem, given the parameter names each notebook declares; raises SettingsError."""
    unknown = sorted(set(settings) - set(declared) - {ALL, REPORT})
    if unknown:
        raise SettingsError(f"settings name unknown notebooks {unknown}; notebooks are {sorted(declared)}")
    resolved: dict[str, dict] = {stem: {} for stem in declared}
    for name, value in settings.get(ALL, {}).items():
        takers = [stem for stem, names in declared.items() if name in names]
        if not takers or name in RESERVED:
            raise SettingsError(f"parameter {name!r} under 'all' is declared by no notebook")
        for stem in takers:
            resolved[stem][name] = value
    for stem, values in settings.items():
        if stem in (ALL, REPORT):
            continue
        for name, value in values.items():
            if name in RESERVED or name not in declared[stem]:
                known = sorted(declared[stem] - set(RESERVED))
                raise SettingsError(f"{stem}.ipynb has no parameter {name!r} (it declares {known})")
            resolved[stem][name] = value
    return resolved


def page_settings(settings: dict[str, dict]) -> dict[str, str | int]:
    """The report's own settings (`report: {title: ..., subtitle: ..., annotated_articles: ...}`); raises
    SettingsError on another key or on a count that is not a whole number of at least 0."""
    given = settings.get(REPORT, {})
    unknown = sorted(set(given) - set(PAGE_SETTINGS))
    if unknown:
        raise SettingsError(f"the report has no setting {unknown}; it takes {list(PAGE_SETTINGS)}")
    chosen: dict[str, str | int] = {name: str(value) for name, value in given.items()
                                    if value is not None and str(value).strip()}
    if "annotated_articles" in chosen:
        count = chosen["annotated_articles"]
        if not str(count).isdigit():
            raise SettingsError(f"report: annotated_articles must be a whole number of at least 0, not {count!r}")
        chosen["annotated_articles"] = int(count)
    return chosen


def declared_parameters(notebook: Path) -> set[str]:
    """Names assigned in the notebook's cell tagged `parameters`."""
    return set(parameter_defaults(notebook))


def parameter_defaults(notebook: Path) -> dict[str, str]:
    """{name: default as written} of the notebook's cell tagged `parameters` (read by papermill's Python
    translator, so a notebook without a kernelspec can be inspected too)."""
    import nbformat
    from papermill.translators import PythonTranslator

    cells = nbformat.read(notebook, as_version=4).cells
    cell = next((c for c in cells if "parameters" in c.metadata.get("tags", [])), None)
    return {p.name: str(p.default) for p in PythonTranslator.inspect(cell)} if cell is not None else {}


def shown_parameters(notebook: Path, given: dict) -> dict[str, str]:
    """Every parameter of the notebook with the value it ran with: `given` ones marked, defaults as written."""
    values = {name: f"{default}" for name, default in parameter_defaults(notebook).items()}
    values.update({name: f"{value!r} (set for this build)" for name, value in given.items()})
    return values
