"""Session 16 (metadata helper): page reading on invented pages written after the misses of an unseen set: browser
notices, comment forms in other languages, paywall and reading-list calls, a site's hashtag line, a garbled line,
and the title found under date lines, labels and a byline's paper."""

from __future__ import annotations

import pytest

from analysis import debris
from analysis.corpus import load_corpus

STORY = (
    "The river Tarn rose by two metres overnight and cut off six villages in the valley, the regional office "
    "said on Tuesday, as rescuers in boats reached the last families stranded on their roofs.\n"
    "Mayor Ivo Marek said the dam at Castelo had held but that the spillway had been opened to relieve it, and "
    "that the water would take at least a week to fall back to its usual level.\n"
    "Engineers from the valley authority inspected the walls of the dam on Wednesday morning and found no new "
    "cracks, according to a statement the authority published after the visit.\n"
)


@pytest.mark.parametrize("line, reason", [
    ("Internet Explorer 10 Not Supported", debris.NAVIGATION),
    ("For the best experience, we recommend Edge, Chrome or Opera.", debris.NAVIGATION),
    ("This site is best viewed in Firefox or Safari", debris.NAVIGATION),
    ("Votre navigateur est obsol\u00e8te", debris.NAVIGATION),
    ("Su navegador no es compatible", debris.NAVIGATION),
    ("Deixe uma resposta", debris.COMMENT_POLICY),
    ("Lascia una risposta", debris.COMMENT_POLICY),
    ("Schreibe einen Kommentar", debris.COMMENT_POLICY),
    ("Keep reading\u2026", debris.PROMO),
    ("Suggested reading:", debris.PROMO),
    ("Register free to read this report", debris.PROMO),
    ("#ValleyRadioValley Radio fm", debris.LINK_LIST),
    ("\u00c2\u00e5\u00f1\u00fc \u00f2\u00e5\u00ea\u00f1\u00f2 \u00e0\u00f0\u00f5\u00b3\u00e2\u00f3", debris.GARBLED),
])
def test_notices_forms_calls_and_garbled_lines(line, reason):
    found = debris.classify_line(line)
    assert found is not None and found.reason == reason


@pytest.mark.parametrize("line", [
    "Analysts said Chrome and Firefox had gained users in Lenz, and we recommend neither.",
    "The caf\u00e9 on the square re\u00e7oit des \u00e9l\u00e8ves",
    "Register of voters opens in March for the valley's new towns and villages",
    "#1 in the region for the third year",
])
def test_story_lines_like_those_stay(line):
    assert debris.classify_line(line) is None
