"""The report pipeline on a tiny invented corpus: sections, figures, escaping, incremental and failing builds;
plus the pieces (settings, sanitiser, findings) on invented inputs."""

from __future__ import annotations

import re
import shutil

import nbformat
import pandas as pd
import pytest

from analysis.report import BuildError, build
from analysis.report.findings import corpus_summary, key_findings, main_subject
from analysis.report.assemble import PRINT_ROWS, readme_sections
from analysis.report.sanitise import sanitise
from analysis.report.settings import SettingsError, read_settings, resolve
from conftest import ROOT

SCRIPT = "<script>alert(1)</script>"
ARTICLE = """{title}

MOSCOW (AP) — Russia has recruited thousands of prisoners to fight in Ukraine, officials said on Tuesday.
"We were promised freedom after six months," said Ivan Petrov, a former inmate, in an interview. {extra}
The Defense Ministry did not respond to a request for comment. Rights groups said at least 500 men had died.
Families of the men said they had not been told where their relatives were sent or when they would return.
"""
CORPUS = {
    "001_script.txt": ARTICLE.format(title=f"Prisoners sent to the front {SCRIPT}", extra=f"He wrote {SCRIPT} twice."),
    "002_plain.txt": ARTICLE.format(title="Convicts recruited for the war", extra="Another man agreed."),
    "003_empty.txt": "",
}


def write_notebook(path, cells) -> None:
    nb = nbformat.v4.new_notebook()
    nb.metadata["kernelspec"] = {"name": "python3", "display_name": "Python 3", "language": "python"}
    for kind, source, *tags in cells:
        cell = (nbformat.v4.new_markdown_cell if kind == "md" else nbformat.v4.new_code_cell)(source)
        if tags:
            cell.metadata["tags"] = tags
        nb.cells.append(cell)
    nbformat.write(nb, path)


@pytest.fixture(scope="module")
def frozen_code(tmp_path_factory):
    """Others may commit or edit the library and README while the tests run: pin the code version, the library
    digest and the README the build reads."""
    readme = tmp_path_factory.mktemp("readme") / "README.md"
    shutil.copy(ROOT / "README.md", readme)
    with pytest.MonkeyPatch.context() as patch:
        patch.setattr("analysis.report.pipeline.README", readme)
        patch.setattr("analysis.report.pipeline.library_digest", lambda: "library-under-test")
        patch.setattr("analysis.report.pipeline.drawing_code", lambda notebook: "drawing-code-under-test")
        patch.setattr("analysis.report.provenance.git_commit", lambda root: "commit-under-test")
        yield


@pytest.fixture(scope="module")
def site(tmp_path_factory, frozen_code):
    """One build of the real corpus notebook on the invented corpus: (corpus, notebooks, out, result, html)."""
    root = tmp_path_factory.mktemp("report")
    corpus, notebooks, out = root / "corpus", root / "notebooks", root / "out"
    corpus.mkdir()
    for name, text in CORPUS.items():
        (corpus / name).write_text(text, encoding="utf-8")
    notebooks.mkdir()
    shutil.copy(ROOT / "notebooks" / "00_corpus.ipynb", notebooks)
    result = build(corpus=corpus, out=out, notebooks=notebooks, echo=lambda message: None)
    return corpus, notebooks, out, result, (out / "report.html").read_text(encoding="utf-8")


def test_build_writes_html_pdf_data_and_executed_notebooks(site):
    _, _, out, result, _ = site
    assert result.ran.keys() == {"analysis", "00_corpus"}  # the analysis pass, then the notebook drawing from it
    assert (out / "report.pdf").read_bytes().startswith(b"%PDF")
    assert (out / "data" / "articles.csv").is_file()
    assert (out / "notebooks" / "00_corpus.ipynb").is_file()
    assert not (out / ".building").exists()


@pytest.mark.parametrize("marker", ['class="report-title"', 'id="contents"', 'id="findings"', 'id="nb-00_corpus"',
                                    'id="methods"', 'id="provenance"', "Figure 1.", "Table 1."])
def test_report_has_every_section_and_numbered_captions(site, marker):
    assert marker in site[4]


def test_report_is_self_contained_and_shows_no_code(site):
    html = site[4]
    assert "data:image/png;base64," in html
    assert not re.search(r"<(script|link|iframe)\b", html, flags=re.IGNORECASE)
    assert "load_corpus(" not in html  # code cells are not rendered
    assert "injected-parameters" not in html


def test_article_text_is_escaped(site):
    html = site[4]
    assert "&lt;script&gt;alert(1)" in html
    assert SCRIPT not in html and "<script" not in html


def test_every_input_file_is_listed_with_its_status(site):
    provenance = site[4].split('id="provenance"', 1)[1]
    for name in CORPUS:
        assert name in provenance
    assert re.search(r"003_empty\.txt.*?<td>empty</td>", provenance, flags=re.DOTALL)


def test_unchanged_build_is_a_no_op(site):
    corpus, notebooks, out, _, html = site
    result = build(corpus=corpus, out=out, notebooks=notebooks, echo=lambda message: None)
    assert result.up_to_date and not result.ran
    assert (out / "report.html").read_text(encoding="utf-8") == html


def test_forced_rebuild_gives_identical_data_and_html_but_the_build_time(site):
    corpus, notebooks, out, _, html = site
    before = {p.name: p.read_bytes() for p in sorted((out / "data").glob("*.csv"))}
    executed = (out / "notebooks" / "00_corpus.ipynb").read_bytes()
    build(corpus=corpus, out=out, notebooks=notebooks, force=True, echo=lambda message: None)
    assert {p.name: p.read_bytes() for p in sorted((out / "data").glob("*.csv"))} == before
    assert (out / "notebooks" / "00_corpus.ipynb").read_bytes() == executed
    strip = re.compile(r'<td class="build-time">[^<]*</td>')
    assert strip.sub("", (out / "report.html").read_text(encoding="utf-8")) == strip.sub("", html)


def test_failing_notebook_names_notebook_and_cell_and_keeps_previous_report(site, tmp_path):
    corpus, notebooks, out, _, _ = site
    broken_notebooks, broken_out = tmp_path / "notebooks", tmp_path / "out"
    shutil.copytree(notebooks, broken_notebooks)
    shutil.copytree(out, broken_out)
    write_notebook(broken_notebooks / "01_broken.ipynb", [
        ("md", "# Does it break?"),
        ("code", 'corpus_dir: str = "../seeds"\nout_dir: str = "../reports"', "parameters"),
        ("code", "raise ValueError('boom in the analysis')"),
        ("code", "x = 1"),
    ])
    previous = {name: (broken_out / name).read_bytes() for name in ("report.html", "report.pdf")}
    with pytest.raises(BuildError) as failure:
        build(corpus=corpus, out=broken_out, notebooks=broken_notebooks, echo=lambda message: None)
    message = str(failure.value)
    assert "01_broken.ipynb failed in cell 3, line 1 (`raise ValueError" in message
    assert "boom in the analysis" in message
    assert {name: (broken_out / name).read_bytes() for name in previous} == previous
    assert not (broken_out / "notebooks" / "01_broken.ipynb").exists()


def test_notebooks_run_side_by_side_and_one_that_writes_a_table_is_refused(site, tmp_path):
    """Notebooks read the pass's tables and write none, so two run at once; one writing into data/ stops the build
    (the table belongs in the analysis pass) and the previous report stays."""
    corpus, notebooks, out, _, _ = site
    more, more_out = tmp_path / "notebooks", tmp_path / "out"
    shutil.copytree(notebooks, more)
    shutil.copytree(out, more_out)
    parameters = ("code", 'corpus_dir: str = "../seeds"\nout_dir: str = "../reports"', "parameters")
    write_notebook(more / "01_second.ipynb", [("md", "# How many files?"), parameters,
                                              ("code", "import os\nprint(len(os.listdir(corpus_dir)))")])
    said = []
    result = build(corpus=corpus, out=more_out, notebooks=more, echo=said.append)
    assert result.ran.keys() == {"01_second"} and result.reused == ["00_corpus"]
    assert (more_out / "notebooks" / "01_second.ipynb").is_file()
    write_notebook(more / "02_writer.ipynb", [("md", "# Writes a table"), parameters,
                                              ("code", "import pathlib\n(pathlib.Path(out_dir) / 'data' / 'extra.csv')"
                                                       ".write_text('x\\n1\\n')")])
    previous = (more_out / "report.html").read_bytes()
    with pytest.raises(BuildError, match="extra.csv"):
        build(corpus=corpus, out=more_out, notebooks=more, echo=lambda message: None)
    assert (more_out / "report.html").read_bytes() == previous and not (more_out / "data" / "extra.csv").exists()


def test_missing_corpus_folder_is_a_clear_error(tmp_path):
    with pytest.raises(BuildError, match="does not exist"):
        build(corpus=tmp_path / "nowhere", out=tmp_path / "out", echo=lambda message: None)


@pytest.mark.parametrize("fragment, kept, escaped", [
    ('<table class="dataframe"><tr><td>&lt;b&gt;</td></tr></table>', "<td>&lt;b&gt;</td>", ""),
    ("<p>a <script>alert(1)</script></p>", "<p>a ", "&lt;script&gt;alert(1)&lt;/script&gt;"),
    ('<b onclick="steal()">x</b>', "<b>x</b>", ""),
    ("<style>td {color: red}</style><table><tr><td>1</td></tr></table>", "<td>1</td>", ""),
    ('<style>#T_ab_r0 {background-color: #f00; position: fixed}</style><table id="T_ab"><tr><td id="T_ab_r0">1'
     "</td></tr></table>", '<td style="background-color: #f00;">1</td>', ""),
])
def test_sanitise_keeps_tables_and_escapes_active_content(fragment, kept, escaped):
    cleaned = sanitise(fragment)
    assert kept in cleaned and escaped in cleaned
    assert "onclick" not in cleaned and "<style" not in cleaned and "<script" not in cleaned
    assert "position" not in cleaned and "id=" not in cleaned


PLAIN = ('<table class="dataframe readable"><thead><tr><th>Article</th><th>Says</th></tr></thead><tbody><tr>'
         '<td>7</td><td>the mayor&#x27;s &quot;plan&quot; &lt;b&gt; &amp; more</td></tr></tbody></table>')


@pytest.mark.parametrize("fragment, plain", [
    (PLAIN, True),
    (PLAIN.replace("<td>7</td>", '<td onclick="x()">7</td>'), False),  # an attribute other than class
    (PLAIN.replace("<td>7</td>", "<td>7<script>x()</script></td>"), False),
    (PLAIN.replace("&amp; more", "& more"), False),  # a bare '&'
    (PLAIN.replace("<tr><td>7", "<tr>loose<td>7"), False),  # text outside a cell moves before the table
    (PLAIN.replace("</td></tr></tbody>", "</tr></tbody>"), False),  # a cell left open
    (PLAIN + "<p>after</p>", False), (PLAIN + PLAIN, False), ("<td>7</td>", False),
])
def test_a_plain_table_skips_the_sanitiser_and_reads_as_if_sanitised(fragment, plain):
    """A table of escaped text in table tags only is returned as it is, and parses as the sanitiser's output
    does; anything else goes through the sanitiser."""
    from bs4 import BeautifulSoup

    from analysis.report import sanitise as module

    assert module.plain_table(fragment) is plain
    if plain:
        assert sanitise(fragment) == fragment
        bleached = module.bleach_clean(fragment)
        assert str(BeautifulSoup(fragment, "html.parser")) == str(BeautifulSoup(bleached, "html.parser"))
    else:
        assert "<script" not in sanitise(fragment) and "onclick" not in sanitise(fragment)


def test_settings_resolve_per_notebook_and_all(tmp_path):
    path = tmp_path / "params.yaml"
    path.write_text("01_sourcing:\n  min_mentions: 2\nall:\n  max_rows: 40\n", encoding="utf-8")
    settings = read_settings(path, ["02_numbers:window=3"])
    declared = {"01_sourcing": {"corpus_dir", "out_dir", "min_mentions", "max_rows"},
                "02_numbers": {"corpus_dir", "out_dir", "window"}}
    assert resolve(settings, declared) == {"01_sourcing": {"min_mentions": 2, "max_rows": 40},
                                           "02_numbers": {"window": 3}}


@pytest.mark.parametrize("settings, error", [
    ({"99_missing": {"x": 1}}, "unknown notebooks"),
    ({"01_sourcing": {"min_mentons": 2}}, "has no parameter 'min_mentons'"),
    ({"01_sourcing": {"corpus_dir": "x"}}, "has no parameter 'corpus_dir'"),
    ({"all": {"nowhere": 1}}, "declared by no notebook"),
])
def test_settings_typos_are_errors(settings, error):
    with pytest.raises(SettingsError, match=error):
        resolve(settings, {"01_sourcing": {"corpus_dir", "out_dir", "min_mentions"}})


def test_findings_skip_missing_files_and_columns(tmp_path):
    pd.DataFrame({"article_id": ["1", "2", "3"], "status": ["ok", "ok", "empty"], "words": [100, 50, 0],
                  "outlet": ["AP", "", ""], "published": ["2022-08-01", "2022-09-01", ""]}
                 ).to_csv(tmp_path / "articles.csv", index=False)
    pd.DataFrame({"article_id": ["1"], "no_speaker_column": ["x"]}).to_csv(tmp_path / "quotes.csv", index=False)
    (tmp_path / "numbers.csv").write_text("", encoding="utf-8")
    assert key_findings(tmp_path) == []
    assert corpus_summary(tmp_path) == ("2 analysable articles (150 words) of 3 input files from 1 publisher (AP), "
                                        "published 2022-08-01 to 2022-09-01.")


def test_findings_name_translation_errors_with_both_wordings_first(tmp_path):
    pd.DataFrame({"article_id": ["2", "2", "2"], "reference_id": ["1", "1", ""],
                  "severity": ["major", "critical", "minor"], "category": ["term", "negation", "punctuation"],
                  "text": ["cannery", "was closed", ". ,"], "reference_text": ["canning plant", "was never closed", ""],
                  "start": [40, 10, 70], "end": [47, 20, 73],
                  "explanation": ["term mistranslated: original 'canning plant'", "negation lost: 'never' dropped",
                                  "stray punctuation"]}).to_csv(tmp_path / "translation_issues.csv", index=False)
    pd.DataFrame({"a_id": ["2"], "b_id": ["1"], "a_start": [0], "a_end": [60],
                  "a_text": ["The library was closed in May."], "b_text": ["The library was never closed in May."]}
                 ).to_csv(tmp_path / "alignment.csv", index=False)
    findings = key_findings(tmp_path)
    assert [f.kind for f in findings] == ["critical translation error", "major translation errors"]
    assert findings[0].sentence == "2 reads “was closed” where its original 1 says “was never closed” (negation lost)."
    assert findings[0].evidence == [("2", "The library was closed in May."),
                                    ("1 (original)", "The library was never closed in May.")]
    assert findings[0].spot == ("2", 10)
    assert "“cannery” for “canning plant” (term mistranslated)" in findings[1].sentence


def test_findings_name_contradicting_figures_with_who_says_which(tmp_path):
    pd.DataFrame({"flag": ["differs_by_date_and_source", "order_of_magnitude"], "article_id": ["3", "2"],
                  "text": ["200", "around 12"], "claim_group": ["jobs lost", "jobs lost"], "start": [5, 30],
                  "compared_with": ["1: '900' (900; 2024-03; the union)",
                                    "1: 'some 12,000' (12,000; 2024-03; the union); 3: '9,000' (9,000; 2024-04; "
                                    "Harbour Times itself)"],
                  "explanation": ["different dates", "about 3 orders of magnitude smaller"],
                  "sentence": ["", "The mayor said around 12 jobs would go."]}
                 ).to_csv(tmp_path / "number_flags.csv", index=False)
    pd.DataFrame({"claim_group": ["jobs lost"], "article_id": ["2"], "start": [30], "source": ["the mayor"]}
                 ).to_csv(tmp_path / "claims.csv", index=False)
    findings = key_findings(tmp_path)
    assert findings[0].kind == "figure out of scale"
    assert findings[0].sentence == ("2 gives “around 12” for “jobs lost” (the mayor), against "
                                    "“some 12,000” in 1 (the union, 2024-03) and “9,000” in 3 (Harbour Times itself, "
                                    "2024-04).")
    assert findings[0].evidence == [("2", "The mayor said around 12 jobs would go.")]
    assert findings[-1].kind == "figures differ" and "“jobs lost”: “200” in 3 against “900” in 1 (the union, " \
        "2024-03)" in findings[-1].sentence


def test_two_figures_flagged_against_each_other_are_one_finding_and_sources_that_disagree_are_named(tmp_path):
    pd.DataFrame({"flag": ["order_of_magnitude", "order_of_magnitude", "differs_by_source"],
                  "article_id": ["q1", "q2", "q1"], "text": ["12", "about 4,000", "at least 217"],
                  "claim_group": ["people rescued", "people rescued", "people killed"], "start": [10, 40, 70],
                  "compared_with": ["q2: 'about 4,000' (4,000; 2024-03-04; the fire service)",
                                    "q1: '12' (12; 2024-03-04; Civil Defence)",
                                    "q2: '2,250' (2,250; 2024-03-04; the health ministry)"],
                  "explanation": ["far smaller", "far larger", "different sources"], "sentence": ["", "", ""]}
                 ).to_csv(tmp_path / "number_flags.csv", index=False)
    pd.DataFrame({"claim_group": ["people rescued", "people killed"], "article_id": ["q1", "q1"], "start": [10, 70],
                  "source": ["Civil Defence", "Civil Defence"], "refers_to_date": ["2024-03-04", "2024-03-04"]}
                 ).to_csv(tmp_path / "claims.csv", index=False)
    sentences = [f.sentence for f in key_findings(tmp_path)]
    assert sentences == [
        "Figures for “people rescued” are orders of magnitude apart: “12” in q1 (Civil Defence, 2024-03-04) against "
        "“about 4,000” in q2 (the fire service, 2024-03-04); one of them is likely a translation or typing error, "
        "or counts something narrower.",
        "Sources disagree for “people killed” for the same date: “at least 217” in q1 (Civil Defence, 2024-03-04) "
        "against “2,250” in q2 (the health ministry, 2024-03-04); check which is right."]


def test_findings_name_the_sources_the_coverage_rests_on(tmp_path):
    pd.DataFrame({"article_id": ["1", "2", "2", "3"], "source": ["Ann Lee", "Ann Lee", "a worker", "Bo Chan"],
                  "source_type": ["union", "union", "anonymous person", "official"],
                  "anonymous": [False, False, True, False], "quotes": [2, 3, 1, 0], "paraphrases": [1, 0, 1, 2],
                  "evidence": ["“We were not told,” said Ann Lee.", "", "", ""]}
                 ).to_csv(tmp_path / "sources.csv", index=False)
    [finding] = key_findings(tmp_path)
    assert finding.sentence.startswith("The coverage rests on Ann Lee (union, 6 statements in 2 articles), Bo Chan "
                                       "(official, 2 statements in 1 article) and a worker (anonymous person, 2 "
                                       "statements in 1 article), the only 3 sources it attributes.")
    assert "20% of the statements are from anonymous sources" in finding.sentence
    assert finding.evidence == [("1", "“We were not told,” said Ann Lee.")]


def test_findings_name_counts_of_one_thing_far_apart_that_no_claim_group_holds(tmp_path):
    pd.DataFrame({"article_id": ["1", "2", "2", "3"], "start": [4, 9, 30, 2], "text": ["300", "45", "12", "310"],
                  "value": [300, 45, 12, 310], "kind": ["count"] * 4, "what": ["jobs", "jobs", "boats", "job"],
                  "source": ["", "the mayor", "", ""], "sentence": ["About 300 jobs go.", "Only 45 jobs go.", "", ""]}
                 ).to_csv(tmp_path / "numbers.csv", index=False)
    [finding] = key_findings(tmp_path)
    assert finding.sentence.startswith("Figures for jobs differ 7-fold across articles: 3 says “310” job, 2 says "
                                       "“45” jobs (the mayor)")
    assert finding.evidence == [("2", "Only 45 jobs go.")] and finding.spot == ("2", 9)
    pd.DataFrame({"article_id": ["2"], "start": [9]}).to_csv(tmp_path / "claims.csv", index=False)
    assert key_findings(tmp_path) == []  # a claim group holds the 45: the numbers analysis compares it


def test_main_subject_is_the_most_reported_quantity_else_the_most_named_name(tmp_path):
    pd.DataFrame({"claim_group": ["jobs lost", "jobs lost", "fish landed"], "article_id": ["1", "2", "1"]}
                 ).to_csv(tmp_path / "claims.csv", index=False)
    assert main_subject(tmp_path) == "jobs lost"
    pd.DataFrame({"claim_group": ["fish landed"], "article_id": ["1"]}).to_csv(tmp_path / "claims.csv", index=False)
    pd.DataFrame({"article_id": ["1", "2", "2", "3"],
                  "text": ["Ferry fares rise for the plan of Harbour Road.", "Ferry users of Harbour Road met on Monday.",
                           "Then Ann spoke.", "Ferry timetable: Monday complaints"]}
                 ).to_csv(tmp_path / "paragraphs.csv", index=False)
    assert main_subject(tmp_path) == "ferry"  # in three leads; 'monday' (two) is no subject
    pd.DataFrame({"article_id": ["1", "2"], "title": ["Fares rise", "Residents meet"]}
                 ).to_csv(tmp_path / "articles.csv", index=False)
    assert main_subject(tmp_path) == "Harbour Road"  # titles share no word: the name in the most articles


def test_a_folder_of_unrelated_stories_has_no_main_subject(tmp_path):
    pd.DataFrame({"claim_group": ["people wounded", "people wounded", "jobs lost"], "article_id": ["1", "2", "3"]}
                 ).to_csv(tmp_path / "claims.csv", index=False)
    pd.DataFrame({"article_id": [str(i) for i in range(1, 10)],
                  "text": ["Storm hits coast.", "Storm floods town.", "Bank cuts jobs.", "Team wins cup.",
                           "Court jails mayor.", "Lichen found in park.", "Rates held.", "Ferry sinks.",
                           "Museum reopens."]}).to_csv(tmp_path / "paragraphs.csv", index=False)
    assert main_subject(tmp_path) == ""  # 'people wounded' and 'storm' are in two of nine articles only


def test_methods_come_from_the_readme_without_data_dictionary_or_placeholders():
    readme = ("# T\n\n## Numbers (`notebooks/02_numbers.ipynb`)\n\nWe count.\n\n### Data dictionary\n\ncols\n\n"
              "### Limits\n\nSome.\n\n## Timeline (`notebooks/03_timeline.ipynb`)\n\n(being written)\n\n"
              "## Limitations\n\n- English only.\n")
    methods, limitations = readme_sections(readme, ["02_numbers", "03_timeline"])
    assert methods == {"02_numbers": "We count.\n\n#### Limits\n\nSome."}
    assert limitations == "- English only."


def test_styler_ids_are_numbered_so_executed_notebooks_repeat():
    from analysis.report.execute import fixed_styler_ids

    html = '<style>#T_5930d_row0 {color: red}</style><table id="T_5930d"><td id="T_5930d_row0">1</td></table>'
    assert fixed_styler_ids(html) == ('<style>#T_00000_row0 {color: red}</style><table id="T_00000">'
                                      '<td id="T_00000_row0">1</td></table>')


def test_settings_rerun_the_notebook_show_in_provenance_and_stale_data_goes(site, tmp_path):
    corpus, notebooks, out, _, _ = site
    shutil.copytree(out, tmp_path / "out")
    (tmp_path / "out" / "data" / "stale_from_an_old_notebook.csv").write_text("x\n1\n", encoding="utf-8")
    result = build(corpus=corpus, out=tmp_path / "out", notebooks=notebooks,
                   settings={"00_corpus": {"max_bars": 3}}, echo=lambda message: None)
    assert result.ran.keys() == {"00_corpus"}  # a display setting: the analysis pass's tables are reused
    assert not (tmp_path / "out" / "data" / "stale_from_an_old_notebook.csv").exists()
    provenance = (tmp_path / "out" / "report.html").read_text(encoding="utf-8").split('id="provenance"', 1)[1]
    assert "max_bars = 3 (set for this build)" in provenance
    with pytest.raises(BuildError, match="has no parameter 'max_brs'"):
        build(corpus=corpus, out=tmp_path / "out", notebooks=notebooks, settings={"00_corpus": {"max_brs": 40}},
              echo=lambda message: None)


@pytest.mark.parametrize("text_in, expected", [
    ("Which `translation_status` does each article have?", "Which translation_status does each article have?"),
    ("**Bold**, *italic* and _emphasis_ around snake_case_words", "Bold, italic and emphasis around snake_case_words"),
])
def test_plain_heading_text_keeps_identifiers(text_in, expected):
    from analysis.report.structure import plain

    assert plain(text_in) == expected


@pytest.mark.parametrize("prose, expected", [
    ("Undated figures sit at the right. Log scale when a group spans 20.", "Undated figures sit at the right."),
    ("One line without a full stop", "One line without a full stop"),
    ("A very long first sentence " + "that goes on " * 20 + ".", ""),
])
def test_caption_note_is_a_short_first_sentence(prose, expected):
    from analysis.report.structure import caption_note

    assert caption_note(prose) == expected


def test_captions_number_outputs_under_their_question_and_subheading():
    from analysis.report.structure import Chapter, Counters, structure

    table = {"output_type": "display_data", "metadata": {},
             "data": {"text/html": "<table><tr><td>1</td></tr></table>", "text/plain": "t"}}
    figure = {"output_type": "display_data", "metadata": {}, "data": {"image/png": "iVBOR", "text/plain": "f"}}
    bold = {"output_type": "display_data", "metadata": {}, "data": {"text/markdown": "**pay offered**"}}
    nb = {"cells": [
        {"cell_type": "markdown", "metadata": {}, "source": "# The title\n\nIntro."},
        {"cell_type": "code", "metadata": {"tags": ["parameters"]}, "source": "x = 1", "outputs": []},
        {"cell_type": "markdown", "metadata": {}, "source": "## Who is quoted?\n\nCounts per speaker. More text."},
        {"cell_type": "code", "metadata": {}, "source": "", "outputs": [table, figure]},
        {"cell_type": "markdown", "metadata": {}, "source": "## Which figures?"},
        {"cell_type": "code", "metadata": {}, "source": "", "outputs": [bold, table, table]},
        {"cell_type": "markdown", "metadata": {}, "source": "## Caveats\n\n- Only English."},
    ]}
    chapter = Chapter(number=2, notebook="01_x", title="01_x", anchor="nb-01_x")
    structure(nb, chapter, Counters())
    assert chapter.title == "The title"
    assert [(c.kind, c.number, c.text) for c in chapter.captions] == [
        ("Table", 1, "Who is quoted? Counts per speaker."), ("Figure", 1, "Who is quoted? Counts per speaker."),
        ("Table", 2, "Which figures? (pay offered)"), ("Table", 3, "Which figures? (pay offered) (part 2)")]
    assert [h.number for h in chapter.headings] == ["2", "2.1", "2.2"]
    assert chapter.caveats == ["- Only English."]


def test_pdf_layout_keeps_every_box_inside_the_page(site):
    import weasyprint  # the layout the PDF is printed from; `_page_box` is WeasyPrint's laid-out page tree

    for number, page in enumerate(weasyprint.HTML(string=site[4]).render().pages, start=1):
        html_box = page._page_box.children[0]
        right_edge = html_box.content_box_x() + html_box.width
        boxes = [html_box]
        while boxes:
            box = boxes.pop()
            boxes.extend(getattr(box, "children", []))
            assert box.position_x + box.margin_width() <= right_edge + 1, f"page {number}: {box} is cut off"


def test_long_markdown_outputs_are_shortened_with_a_pointer_to_the_notebook():
    from analysis.report.structure import MAX_MARKDOWN, shortened

    listing = "\n".join(f"- flag {i}: something to check" for i in range(2000))
    short = shortened(listing, notebook="02_numbers")
    assert len(short) < MAX_MARKDOWN + 200 and short.startswith("- flag 0:")
    assert "more lines not shown here: see `notebooks/02_numbers.ipynb`" in short
    assert shortened("- one flag", notebook="02_numbers") == "- one flag"


def test_page_template_escapes_findings_and_provenance():
    from analysis.report.assemble import finding_view
    from analysis.report.findings import Finding
    from analysis.report.render import page

    evil = "<script>alert(1)</script>"
    provenance = {"build_time": "t", "commit": evil, "corpus": evil, "corpus_digest": "d", "library_digest": "d",
                  "notebooks": [{"name": evil, "sha256": "s", "parameters": {"x": evil}}],
                  "files": [{"file": evil, "bytes": 1, "status": evil, "message": evil, "sha256": "s"}],
                  "outputs": [{"file": evil, "bytes": 1, "sha256": "s"}], "packages": [(evil, evil)]}
    finding = finding_view(Finding(0, evil, evil, [(evil, evil)], evil, evil), tables={}, anchors=set())
    html = page({"title": evil, "subtitle": evil, "summary": evil, "provenance": provenance, "toc": [],
                 "findings": [finding], "chapters": [], "reading": [], "reading_number": 2, "methods": [],
                 "limitations": "", "print_rows": PRINT_ROWS})
    assert "<script" not in html and html.count("&lt;script&gt;alert(1)&lt;/script&gt;") >= 10


def test_the_annotated_reading_is_capped_with_the_articles_findings_point_to_first_and_says_so():
    from analysis.report.annotate import Reading
    from analysis.report.assemble import annotated_selection
    from analysis.report.findings import Finding
    from analysis.report.render import page

    ids = list("abcdef")
    findings = [Finding(0, "Translation error", "e lost a negation", [("e", "x"), ("c (original)", "y")],
                        spot=("e", 3)), Finding(5, "Sources", "d is quoted", [("d", "z")])]
    assert annotated_selection(ids, findings, limit=3) == ["c", "d", "e"]  # pointed to, kept in article order
    assert annotated_selection(ids, [], limit=2) == ["a", "b"]
    assert annotated_selection(ids, findings, limit=10) == ids
    chosen = [Reading(article_id, f"Story {article_id}", paragraphs=["<p>text</p>"]) for article_id in "cde"]
    provenance = {"build_time": "t", "commit": "c", "corpus": "x", "corpus_digest": "d", "library_digest": "d",
                  "notebooks": [], "files": [], "outputs": [], "packages": []}
    html = page({"title": "t", "subtitle": "s", "summary": "s", "provenance": provenance, "toc": [],
                 "findings": [], "chapters": [], "reading": chosen, "reading_number": 2, "methods": [],
                 "limitations": "", "not_annotated": ["a", "b", "f"], "print_rows": PRINT_ROWS})
    assert "Annotated here: 3 of 6" in html and "Not annotated: a, b, f" in html
    assert 'id="reading-e"' in html and 'id="reading-a"' not in html


def test_print_lists_the_first_findings_and_input_files_and_points_to_the_html_for_the_rest():
    """On a large corpus the findings and the input files number in the thousands: print lays out the first ones."""
    from analysis.report.assemble import finding_view
    from analysis.report.findings import Finding
    from analysis.report.render import page

    findings = [finding_view(Finding(k, "Figure out of scale", f"Harbor Gazette story {k} gives 9 jobs", [], "", ""),
                             tables={}, anchors=set()) for k in range(PRINT_ROWS["findings"] + 3)]
    files = [{"file": f"{k:03d}_harbor.txt", "bytes": 10, "status": "ok", "message": "", "sha256": "s"}
             for k in range(PRINT_ROWS["files"] + 2)]
    provenance = {"build_time": "t", "commit": "c", "corpus": "x", "corpus_digest": "d", "library_digest": "d",
                  "notebooks": [], "files": files, "outputs": [], "packages": []}
    html = page({"title": "t", "subtitle": "s", "summary": "s", "provenance": provenance, "toc": [],
                 "findings": findings, "chapters": [], "reading": [], "reading_number": 2, "methods": [],
                 "limitations": "", "print_rows": PRINT_ROWS})
    assert html.count('<li class="finding') == PRINT_ROWS["findings"] + 3 and html.count("[data-print-cut] {") == 1
    assert len(re.findall(r'<li class="finding[^>]*data-print-cut', html)) == 3 and "… 3 more\n  findings" in html
    assert html.index("story 0 gives") < html.index(" data-print-cut><span")  # the first (most urgent) are printed
    assert len(re.findall(r'<tr class="status-ok" data-print-cut', html)) == 2 and "… 2 more files" in html


def test_print_lays_out_the_first_annotated_articles_and_points_to_the_html_for_the_rest():
    from analysis.report.annotate import Reading
    from analysis.report.render import page, print_html

    reading = [Reading(f"{k:03d}", f"Story {k}", paragraphs=[f"<p>Body of story {k}.</p>"])
               for k in range(PRINT_ROWS["reading"] + 2)]
    provenance = {"build_time": "t", "commit": "c", "corpus": "x", "corpus_digest": "d", "library_digest": "d",
                  "notebooks": [], "files": [], "outputs": [], "packages": []}
    html = page({"title": "t", "subtitle": "s", "summary": "s", "provenance": provenance, "toc": [],
                 "findings": [], "chapters": [], "reading": reading, "reading_number": 2, "methods": [],
                 "limitations": "", "not_annotated": [], "print_rows": PRINT_ROWS})
    last = PRINT_ROWS["reading"] - 1
    assert f"Body of story {last + 2}." in html and "… 2 more\n  annotated articles" in html  # all on screen
    printed = print_html(html)
    assert f"Body of story {last}." in printed and f"Body of story {last + 1}." not in printed
    assert f'id="reading-{last + 2:03d}"' not in printed and "… 2 more" in printed


def test_print_html_drops_exactly_the_elements_print_hides():
    """What the print stylesheet hides is cut before WeasyPrint parses and styles it; nested and unclosed
    elements inside a cut element go with it, and what follows is kept."""
    from analysis.report.render import print_html

    html = ('<style>[data-print-cut] { display: none; }</style><ol><li>one</li><li data-print-cut>two<ul><li>2a'
            '</li></ul></li><li>three</li></ol><table><tr><td>r1</td></tr><tr data-print-cut><td>r2<br></td></tr>'
            '</table><div class="cell celltag_screen-only-section"><p>wide<div><p>table</div></div><p class="cut '
            'screen-only">more</p><p class="cut print-only">… more in the HTML</p><img src="x.png"><p>end</p>')
    assert print_html(html) == ('<style>[data-print-cut] { display: none; }</style><ol><li>one</li><li>three</li>'
                                '</ol><table><tr><td>r1</td></tr></table><p class="cut print-only">… more in the '
                                'HTML</p><img src="x.png"><p>end</p>')


def test_print_cuts_read_tags_not_quoted_text_style_or_comments():
    """A '>' inside a quoted attribute, markup-like text in a style block or a comment, a stray end tag and a
    self-closed void element do not move the cut."""
    from analysis.report.render import print_html

    html = ('<style>p.x::after { content: "<div data-print-cut>"; }</style><!-- <p data-print-cut> -->'
            '<p title="a > b" class=\'cut screen-only\'>gone<br/></p></span><p>kept</p>'
            '<div data-print-cut="">gone<img src="y.png"/></div><p>end</p>')
    assert print_html(html) == ('<style>p.x::after { content: "<div data-print-cut>"; }</style>'
                                '<!-- <p data-print-cut> --></span><p>kept</p><p>end</p>')


def test_of_two_marks_on_one_span_the_first_given_is_kept_whatever_the_hash_seed():
    """Two translation errors of one severity on the same words: the reading keeps the first of the table, so
    two builds write the same page."""
    from analysis.report.annotate import Mark, nested

    first = Mark(10, 18, "major", "Translation, major: name dropped", "")
    second = Mark(10, 18, "major", "Translation, major: term changed", "")
    assert nested([first, second]) == ([first], 1)
    assert nested([second, first]) == ([second], 1)


def test_the_annotated_reading_size_is_a_whole_number_setting():
    from analysis.report.settings import page_settings

    assert page_settings({"report": {"annotated_articles": "40"}}) == {"annotated_articles": 40}
    with pytest.raises(SettingsError, match="annotated_articles must be a whole number"):
        page_settings({"report": {"annotated_articles": "many"}})


def test_long_tables_are_cut_with_a_pointer_to_the_notebook():
    from analysis.report.structure import MAX_ROWS, shortened_table

    rows = "".join(f"<tr><td>{i}</td></tr>" for i in range(MAX_ROWS + 30))
    table = f"<table><thead><tr><th>n</th></tr></thead><tbody>{rows}</tbody></table>"
    short = shortened_table(table, notebook="04_translation_quality")
    assert short.count("<tr") == MAX_ROWS and short.endswith("and the tables in <code>data/</code>.</p>")
    assert "</tbody></table>" in short and "31 more rows not shown" in short
    assert shortened_table("<table><tbody><tr><td>1</td></tr></tbody></table>", notebook="x").count("<tr") == 1


def test_print_shows_fewer_rows_of_a_long_table_and_points_to_the_html():
    from analysis.report.structure import PRINT_ROWS, shortened_table

    rows = "".join(f"<tr><td>{i}</td></tr>" for i in range(PRINT_ROWS + 4))
    short = shortened_table(f"<table><thead><tr><th>n</th></tr></thead><tbody>{rows}</tbody></table>", notebook="x")
    assert short.count("<tr") == PRINT_ROWS + 5  # every row stays in the HTML
    assert short.count("<tr data-print-cut") == 5  # the header and PRINT_ROWS - 1 rows print
    assert short.endswith('<p class="cut print-only">… 5 more rows in the HTML report.</p>')
    assert "screen-only" not in short


def test_report_title_and_subtitle_come_from_the_settings_and_other_keys_are_errors(tmp_path):
    from analysis.report.settings import page_settings

    path = tmp_path / "params.yaml"
    path.write_text("report:\n  title: Cannery closures\n00_corpus:\n  text_width: 80\n", encoding="utf-8")
    settings = read_settings(path, ["report:subtitle=Three articles"])
    assert page_settings(settings) == {"title": "Cannery closures", "subtitle": "Three articles"}
    assert resolve(settings, {"00_corpus": {"corpus_dir", "text_width"}}) == {"00_corpus": {"text_width": 80}}
    with pytest.raises(SettingsError, match="the report has no setting"):
        page_settings({"report": {"titel": "x"}})


def test_library_change_runs_the_analysis_pass_once_and_no_notebook_when_the_tables_stay(site, tmp_path, monkeypatch):
    corpus, notebooks, out, _, _ = site
    shutil.copytree(out, tmp_path / "out")
    tables = {p.name: p.read_bytes() for p in sorted((out / "data").glob("*.csv"))}
    monkeypatch.setattr("analysis.report.pipeline.library_digest", lambda: "library-after-a-change")
    said = []
    result = build(corpus=corpus, out=tmp_path / "out", notebooks=notebooks, echo=said.append)
    assert result.ran.keys() == {"analysis"} and result.reused == ["00_corpus"]
    assert sum(line.startswith("analysis: corpus ") for line in said) == 1  # one pass, with its progress lines
    assert {p.name: p.read_bytes() for p in sorted((tmp_path / "out" / "data").glob("*.csv"))} == tables
    assert "rendering report.html and report.pdf ..." in said  # the provenance names the new library


def test_a_change_to_the_code_a_notebook_imports_runs_that_notebook_and_not_the_pass(site, tmp_path, monkeypatch):
    corpus, notebooks, out, _, _ = site
    shutil.copytree(out, tmp_path / "out")
    monkeypatch.setattr("analysis.report.pipeline.drawing_code", lambda notebook: "display-after-a-change")
    result = build(corpus=corpus, out=tmp_path / "out", notebooks=notebooks, echo=lambda message: None)
    assert result.ran.keys() == {"00_corpus"}


def test_the_pass_record_naming_the_library_is_no_input_of_a_notebook(tmp_path):
    from analysis.report.pipeline import RECORD, notebook_fingerprint

    notebook = tmp_path / "01_x.ipynb"
    write_notebook(notebook, [("code", "import analysis.results")])
    inputs = {"library": "new", "corpus": "c"}
    tables = {"quotes.csv": "q1", RECORD: "record naming library 1"}
    key = notebook_fingerprint(notebook, {}, inputs, analysis={"outputs": tables})
    assert notebook_fingerprint(notebook, {}, inputs | {"library": "old"},
                                analysis={"outputs": tables | {RECORD: "record naming library 2"}}) == key
    assert notebook_fingerprint(notebook, {}, inputs, analysis={"outputs": tables | {"quotes.csv": "q2"}}) != key
    assert notebook_fingerprint(notebook, {}, inputs | {"corpus": "d"}, analysis={"outputs": tables}) != key


def test_a_notebooks_code_is_the_library_modules_it_imports_at_top_level_and_theirs():
    from analysis.fingerprint import imported_modules, module_files

    source = ("import pandas as pd\nimport analysis.labels\nfrom analysis import display, results\n"
              "from analysis.run import VERIFIED_INPUTS\n\ndef later():\n    from analysis import nlp\n")
    assert imported_modules(source) == {"labels", "display", "results", "run"}  # not nlp: imported when called
    assert imported_modules("from . import run as analysis_run\nfrom .fingerprint import file_sha256\n"
                            "from .. import elsewhere\n") == {"run", "fingerprint"}
    files = {path.name for path in module_files({"results"})}
    assert {"results.py", "run.py", "fingerprint.py"} <= files  # results imports run, run imports fingerprint
    assert "sourcing.py" not in files and "nlp.py" not in files  # run imports the analyses inside functions


UNRELATED = {  # an invented corpus on another subject: a cannery closing and a library reopening
    "101_cannery.txt": """Harbour cannery to close in June

PORT ELLEN, March 4, 2024 — The Harbour cannery will close in June, putting about 300 jobs at risk, the owners said
on Monday. "We were told on Friday that the line stops for good," said Maria Lopez, a shift leader at the plant.
The union said last week that about 450 workers would lose their jobs. Maria Lopez said the workers had not been
consulted. The town council will meet next Tuesday to discuss the closure.
""",
    "102_library.txt": """Library reopens after flood repairs

PORT ELLEN, March 12, 2024 — The town library reopened on Saturday after eight months of repairs, the council
said. "Children were queuing at the door before nine," said librarian Tom Okafor. Repairs cost 1.2 million pounds,
according to the council. About 40 volunteers helped move 20,000 books back to the shelves, Okafor said.
""",
    "103_cannery_jobs.txt": """Cannery closure: 45 jobs, says mayor

PORT ELLEN, March 20, 2024 — Mayor Ruth Adeyemi said on Wednesday that around 45 jobs would be lost when the
Harbour cannery closes. The union has said 450 workers are affected. "This is a hard spring for the town," the
mayor said. Maria Lopez, a shift leader, said the owners had offered no help to the workers.
""",
}
SEED_PHRASES = ("prisoner", "russia", "ukrain", "wagner", "kremlin", "inmate", "convict", "penal colony",
                "mobilization", "the seeds", "seeds/", "prison", "invasion")


@pytest.fixture(scope="module")
def unrelated_report(tmp_path_factory, frozen_code):
    """Every notebook run on the invented unrelated corpus: the report's HTML."""
    root = tmp_path_factory.mktemp("unrelated")
    corpus = root / "corpus"
    corpus.mkdir()
    for name, text in UNRELATED.items():
        (corpus / name).write_text(text, encoding="utf-8")
    build(corpus=corpus, out=root / "out", echo=lambda message: None)
    return (root / "out" / "report.html").read_text(encoding="utf-8")


@pytest.mark.parametrize("phrase", SEED_PHRASES)
def test_a_report_on_an_unrelated_corpus_says_nothing_of_the_seeds_story(unrelated_report, phrase):
    assert phrase not in unrelated_report.lower()


def test_a_report_on_an_unrelated_corpus_finds_things_about_that_corpus(unrelated_report):
    findings = unrelated_report.split('id="findings"', 1)[1].split('id="contents"', 1)[0]
    assert "Maria Lopez" in findings  # the source quoted in two of its articles
    # about 450 workers losing their jobs (the union) against around 45 jobs lost (the mayor): one claim group
    assert re.search(r"“jobs cut”: “about 450” in 101 \([^)]*\) against “around 45” in 103 \(Ruth Adeyemi", findings)
    assert "News coverage: jobs cut" in unrelated_report.split("</header>", 1)[0]  # its most reported quantity


def test_findings_name_conflicting_and_low_confidence_dates(tmp_path):
    pd.DataFrame({"article_id": ["5"], "text": ["last May"], "start": ["2025-05-01"], "published": ["2024-06-02"],
                  "check": ["event described as past, dated after publication"], "other": [""],
                  "sentence": ["The pier was rebuilt last May."]}).to_csv(tmp_path / "timeline_consistency.csv",
                                                                           index=False)
    pd.DataFrame({"article_id": ["5", "6"], "published": ["2024-06-02", "2024-01-10"],
                  "earliest": ["2024-06-01", "2023-12-01"], "latest": ["2024-06-03", "2024-04-30"],
                  "provenance": ["given", "inferred"], "confidence": ["high", "low"], "conflicts": ["", "a clue"]}
                 ).to_csv(tmp_path / "publication_dates.csv", index=False)
    sentences = [f.sentence for f in key_findings(tmp_path)]
    assert sentences == [
        "Date conflict in 5 (event described as past, dated after publication): “last May” dated 2025-05-01, "
        "article published 2024-06-02.",
        "The publication date of 6 (2024-01-10) is contradicted by 1 clue in the text.",
        "Publication dates inferred from the text with low confidence: 6 (2024-01-10; possible 2023-12-01 to "
        "2024-04-30); the relative dates in these articles move with them."]


def test_an_inferred_date_with_an_open_window_and_no_confidence_is_flagged(tmp_path):
    pd.DataFrame({"article_id": ["7"], "published": ["2024-01-10"], "earliest": ["2023-12-01"], "latest": [""],
                  "provenance": ["inferred"]}).to_csv(tmp_path / "publication_dates.csv", index=False)
    sentences = [f.sentence for f in key_findings(tmp_path)]
    assert any(s.startswith("Publication dates inferred from the text with low confidence: 7 (2024-01-10")
               for s in sentences)


def test_screen_only_outputs_leave_one_pointer_for_print():
    from analysis.report.structure import Chapter, Counters, structure

    def table() -> dict:
        return {"output_type": "display_data", "metadata": {},
                "data": {"text/html": "<table><tr><td>1</td></tr></table>", "text/plain": "t"}}

    nb = {"cells": [
        {"cell_type": "markdown", "metadata": {}, "source": "## Which figures agree?"},
        {"cell_type": "code", "metadata": {"tags": ["screen-only"]}, "source": "", "outputs": [table(), table()]},
        {"cell_type": "code", "metadata": {}, "source": "", "outputs": [table()]},
    ]}
    prepared = structure(nb, Chapter(number=4, notebook="x", title="x", anchor="x"), Counters())
    first, second = prepared["cells"][1]["outputs"]
    assert first["metadata"]["report_pointer"] == "Tables 1–2 (Which figures agree?) are in the HTML report."
    assert second["metadata"]["report_screen_only"] and "report_pointer" not in second["metadata"]
    assert "report_screen_only" not in prepared["cells"][2]["outputs"][0]["metadata"]


def test_key_findings_start_on_the_first_pdf_page(site):
    import weasyprint

    def texts(box):
        yield getattr(box, "text", "") or ""
        for child in getattr(box, "children", []):
            yield from texts(child)

    first = " ".join(texts(weasyprint.HTML(string=site[4]).render().pages[0]._page_box))
    assert "Key findings" in first and "Contents" not in first.split("Key findings")[0]


def test_a_section_with_only_screen_only_outputs_is_left_out_of_print_and_named_once():
    from analysis.report.structure import Chapter, Counters, structure

    def table() -> dict:
        return {"output_type": "display_data", "metadata": {},
                "data": {"text/html": "<table><tr><td>1</td></tr></table>", "text/plain": "t"}}

    nb = {"cells": [
        {"cell_type": "markdown", "metadata": {}, "source": "## Which piers were rebuilt?\n\nAll of them."},
        {"cell_type": "code", "metadata": {"tags": ["screen-only"]}, "source": "", "outputs": [table()]},
        {"cell_type": "markdown", "metadata": {}, "source": "## Which ferries run?"},
        {"cell_type": "code", "metadata": {"tags": ["screen-only"]}, "source": "", "outputs": [table()]},
        {"cell_type": "code", "metadata": {}, "source": "", "outputs": [table()]},
    ]}
    chapter = Chapter(number=3, notebook="x", title="x", anchor="x")
    cells = structure(nb, chapter, Counters())["cells"]
    hidden = ["screen-only-section" in c["metadata"].get("tags", []) for c in cells]
    assert hidden == [True, True, False, False, False]  # the second section keeps a table in print
    assert chapter.screen_sections == ["Table 1 (Which piers were rebuilt?)"]
    assert "report_pointer" not in cells[1]["outputs"][0]["metadata"]  # named once, at the chapter's end


@pytest.mark.parametrize("phrase, expected", [
    ("casualties", "casualty"), ("Fishing Boxes", "fishing box"), ("trucks", "truck"), ("jobs", "job"),
    ("the press", "the press"), ("census", "census"), ("crisis", "crisis"), ("bus", "bus"), ("people", "people"),
])
def test_counted_things_are_compared_in_the_singular(phrase, expected):
    from analysis.report.findings import singular
    assert singular(phrase) == expected


def test_methods_in_brief_cut_a_long_paragraph_at_a_sentence_end():
    from analysis.report.assemble import first_paragraphs

    long = "The piers are counted. " * 60 + "\n\nA second paragraph."
    brief = first_paragraphs(long)
    assert brief.endswith("The piers are counted. *(More in the README.)*") and len(brief) < 800
    assert first_paragraphs("Short. Two sentences.\n\nSecond.") == "Short. Two sentences."


def test_print_pointers_under_one_question_are_merged():
    from analysis.report.structure import Pointer, merged

    q = "Is it harder?"
    assert merged([Pointer("Table", 32, 32, q), Pointer("Table", 33, 33, q), Pointer("Table", 34, 35, q),
                   Pointer("Table", 37, 37, q), Pointer("Figure", 4, 4, "Who?")]) == \
        ["Tables 32–35 (Is it harder?)", "Table 37 (Is it harder?)", "Figure 4 (Who?)"]


def test_a_translation_error_that_is_the_out_of_scale_figure_already_named_is_not_told_twice(tmp_path):
    pd.DataFrame({"flag": ["order_of_magnitude"], "article_id": ["k2"], "text": ["around 60"], "start": [40],
                  "claim_group": ["boats sunk"], "compared_with": ["k1: 'some 6,000' (6,000; 2024-05; the coast guard)"],
                  "explanation": ["far smaller"], "sentence": ["Around 60 boats sank."]}
                 ).to_csv(tmp_path / "number_flags.csv", index=False)
    pd.DataFrame({"article_id": ["k2", "k3", "k3"], "severity": ["major"] * 3, "category": ["number"] * 3,
                  "text": ["60", "ferry", "pier"], "start": [40, 5, 9], "end": [42, 10, 13],
                  "reference_text": ["", "", ""], "explanation": ["order of magnitude: off", "term", "term"]}
                 ).to_csv(tmp_path / "translation_issues.csv", index=False)
    kinds = [(f.kind, f.spot[0]) for f in key_findings(tmp_path)]
    assert kinds == [("figure out of scale", "k2"), ("major translation errors", "k3")]


@pytest.mark.parametrize("rows", [10, 17, 26, 27, 300])
def test_a_long_table_cut_before_sanitising_renders_as_when_sanitised_whole(rows):
    """A corpus-sized table is cut to MAX_ROWS + 1 rows before the sanitiser sees it: the result is the same
    as sanitising it whole and cutting it, notes counting every row, for plain, styled and readable tables
    (with markup to escape in their cells)."""
    from analysis.display import table
    from analysis.report.structure import clean_table, shortened_table

    frame = pd.DataFrame({"article_id": [f"{k:03d}" for k in range(rows)], "value": [k * 1.5 for k in range(rows)],
                          "text": [f"<script>alert({k})</script> & 'quoted' <b>{k}</b>" for k in range(rows)]})
    for html in (frame.to_html(), frame.style.highlight_max(subset=["value"]).to_html(), table(frame)._repr_html_()):
        assert clean_table(html, notebook="02_numbers") == shortened_table(sanitise(html), notebook="02_numbers")
    if rows == 300:
        assert "276 more rows not shown here" in clean_table(frame.to_html(), notebook="02_numbers")  # <tr>s, header too


def test_a_kernel_that_could_not_start_is_started_again_and_a_failing_notebook_is_not(tmp_path, monkeypatch):
    import papermill

    from analysis.report import execute

    source = tmp_path / "n.ipynb"
    nbformat.write(nbformat.v4.new_notebook(cells=[nbformat.v4.new_code_cell("1 + 1")]), source)
    calls = []

    def start_fails_once(notebook, target, **_):
        calls.append(target)
        if len(calls) == 1:
            raise RuntimeError("ZMQError: Address already in use (addr='tcp://127.0.0.1:51234')")
        shutil.copyfile(notebook, target)

    monkeypatch.setattr(papermill, "execute_notebook", start_fails_once)
    execute.run_notebook(source, tmp_path / "out" / "n.ipynb", parameters={}, cwd=tmp_path)
    assert len(calls) == 2 and (tmp_path / "out" / "n.ipynb").exists()

    def always_fails(notebook, target, **_):
        raise ValueError("not a notebook")

    monkeypatch.setattr(papermill, "execute_notebook", always_fails)
    with pytest.raises(execute.NotebookFailed, match="n.ipynb could not be executed: ValueError"):
        execute.run_notebook(source, tmp_path / "out" / "n.ipynb", parameters={}, cwd=tmp_path)


def test_a_finding_names_at_most_a_few_items_and_counts_the_rest():
    from analysis.report.findings import LISTED_MOST, listing

    assert listing(["a", "b", "c"]) == "a, b and c"
    many = listing([f"article {i}" for i in range(LISTED_MOST + 12)])
    assert many.endswith(f"article {LISTED_MOST - 1} and 12 more") and f"article {LISTED_MOST}," not in many


def test_findings_of_one_kind_stay_few_in_a_large_corpus(tmp_path):
    """Key findings are a first page: past a few articles (or critical errors) one kind is counted, not listed."""
    ids = [f"a{k}" for k in range(7)]
    pd.DataFrame({"article_id": ids, "published": ["2024-06-02"] * 7,
                  "conflicts": [" | ".join(["a clue"] * (k + 1)) for k in range(7)]}
                 ).to_csv(tmp_path / "publication_dates.csv", index=False)
    pd.DataFrame({"article_id": [i for i in ids for _ in range(2)], "reference_id": ["r"] * 14,
                  "severity": ["critical", "major"] * 7, "category": ["negation", "term"] * 7,
                  "text": ["was closed", "cannery"] * 7, "reference_text": ["was never closed", "canning plant"] * 7,
                  "start": [10, 40] * 7}).to_csv(tmp_path / "translation_issues.csv", index=False)
    findings = key_findings(tmp_path)
    kinds = [f.kind for f in findings]
    assert kinds.count("critical translation error") == 6  # five told, one counting the other two
    assert "2 more critical translation errors in the translation chapter." in [f.sentence for f in findings]
    assert kinds.count("major translation errors") == 4
    assert "4 more major translation errors in 4 more articles: a3, a4, a5 and a6." in [f.sentence for f in findings]
    dated = [f.sentence for f in findings if f.table == "publication_dates.csv"]
    assert dated[:3] == [f"The publication date of a{k} (2024-06-02) is contradicted by {k + 1} clues in the text."
                         for k in (4, 5, 6)]  # the most contradicted first
    assert dated[3] == "The publication dates of 4 more articles are contradicted by clues in their text: a0, a1, a2 and a3."


def test_a_date_the_consistency_check_moved_is_told_as_moved_not_as_a_conflict(tmp_path):
    """An inferred date moved up to a past event's start no longer conflicts with it: saying 'dated 2023-11-01,
    article published 2023-11-01' would read as a contradiction."""
    pd.DataFrame({"article_id": ["5"], "text": ["By the end of 2023"], "start": ["2023-11-01"],
                  "published": ["2023-11-01"], "action": ["earliest and best moved to 2023-11-01"],
                  "check": ["event described as past, dated after publication"], "other": [""],
                  "sentence": ["By the end of 2023, the pier was rebuilt."]}
                 ).to_csv(tmp_path / "timeline_consistency.csv", index=False)
    assert [f.sentence for f in key_findings(tmp_path)] == [
        "The inferred publication date of 5 moved to 2023-11-01: “By the end of 2023” is told as past."]
