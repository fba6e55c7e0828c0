"""Machine translation told from the wording of one article, with no original in the corpus."""

from __future__ import annotations

import pytest

from analysis.corpus import load_corpus
from analysis.translationese import find_signs

# Invented: a news item machine-translated from Russian, fluent, with no punctuation slips: Russian news formulas
# and one slip of the machine ('on friday').
MACHINE_TRANSLATED = """Volunteers from colonies sent to the front

The Ministry of Justice of the Republic of Varna began to recruit convicts from the colonies of the Tavra region. \
It is reported that the first group of prisoners was sent to the training ground on friday.

According to the source, the prisoners are promised 150 thousand rubles a month and a pardon after six months.

Within the framework of the program, the convicts undergo two weeks of training on the territory of a military \
unit near the city of Ostrin.

Recall that earlier the human rights activist Marta Kovel reported about the recruitment in the colonies of \
the neighboring region.
"""

# Invented: an English original with the near misses clean news is full of.
ORIGINAL = """Hospital opens new wing after flood

The hospital in Del Rio Springs reopened its east wing on Monday, a day before the governor's visit.

"We were ready the day before the storm hit," said Ana del Rosario, the hospital's director. The county \
paid for new generators, according to a statement.

The wing had been closed since January, when about 10,000 gallons of water flooded the ground floor, \
officials said.

Ursula von Brandt, a nurse on the ward, said staff worked through the weekend. "It was hard, but we did it."
"""


def _status(write_corpus, text: str):
    article = load_corpus(write_corpus({"001_item.txt": text})).articles[0]
    return article.meta["translation_status"]


def test_a_fluent_machine_translation_is_told_by_its_wording(write_corpus):
    status = _status(write_corpus, MACHINE_TRANSLATED)
    assert status.value == "machine_translation", status.evidence
    assert "It is reported that" in status.evidence and "'friday'" in status.evidence


def test_news_formulas_without_a_machines_error_are_a_newsrooms_english(write_corpus):
    """English written at a desk in Kyiv or Moscow keeps the formulas ('It is reported that', 'Within the framework
    of', 'Recall that'): with no error of a machine beside them the text stays original, the formulas its evidence."""
    status = _status(write_corpus, MACHINE_TRANSLATED.replace("on friday", "on Friday"))
    assert status.value == "original", status.evidence
    assert status.evidence.startswith("phrasings only") and "Within the framework of" in status.evidence


def test_an_english_original_with_near_misses_stays_original(write_corpus):
    status = _status(write_corpus, ORIGINAL)
    assert status.value == "original", status.evidence


def test_one_calque_alone_is_no_sign(write_corpus):
    text = ORIGINAL.replace("officials said.", "officials said. It is reported that repairs cost $2 million.")
    assert _status(write_corpus, text).value == "original"


def test_a_sites_german_quotation_marks_on_every_quotation_are_one_weak_habit(write_corpus):
    """An English page whose site sets every quotation in „...“ (a house style, as some Balkan and Central
    European sites writing English do), with one 'In her words,': the marks count once, and weakly."""
    text = ORIGINAL.replace('"We were ready the day before the storm hit,"', "„We were ready the day before "
                            "the storm hit,“").replace('"It was hard, but we did it."', "„It was hard, "
                            "but we did it.“ In her words, the staff deserve a bonus.")
    text = text.replace("officials said.", "officials said, calling it „a flood of the century“.")
    status = _status(write_corpus, text)
    assert status.value == "original", status.evidence


def test_one_habit_repeated_counts_at_most_twice(write_corpus):
    figures = " ".join(f"About {n} thousand people lived in district {n}." for n in (10, 20, 30, 40, 50))
    text = ORIGINAL.replace("officials said.", f"officials said. {figures}")
    assert _status(write_corpus, text).value == "original"


@pytest.mark.parametrize("sentence, sign", [
    ("The talks in berlin ended on tuesday without a deal.", "berlin"),
    ("The state is increase spending To deal with the shortage.", "To"),
    ("The agency media group However, the figures were not confirmed.", "However"),
    ("\u201cWe will give everything, even 150%. \u00bb", " \u00bb"),
    ("The mayor called it \u201eeine Schande\u201c on Sunday.", "\u201eeine Schande\u201c"),
    ("Prices rose by 2,5 percent in May.", "2,5 percent"),
    ("Why did nobody warn us ? the farmer asked.", " ?"),
    ("The rally took place on 24.02.2022 in the capital.", "24.02.2022"),
    ("The chairman und his deputy resigned.", "und"),
    ("The minister spoke with Omid Rahimi \u0627\u0645\u06cc\u062f at the stadium.",
     "\u0627\u0645\u06cc\u062f"),
    ("\u2013 We knew about it for months, and we warned you.", "\u2013 "),
    ("Was quick to deny that it would cut jobs, and today it turns out otherwise.", "Was quick to deny that it "
     "would cut jobs, and today it turns out otherwise."),
    ("The fighters of the private military company (PMC) \u201cOrion\u201d left the town.",
     "company (PMC) \u201cOrion\u201d"),
    ('The lists were published by the "Committee for Fair Trials" on Friday.', 'the "Committee for Fair Trials"'),
    ("More than 500 convicts took part in the SVO last year.", "SVO"),
    ("The strike began on 3. March and ended a week later.", "3. March"),
    ("The mayor resigned the past Monday after the vote.", "the past Monday"),
    ("The bridge will cost 3,5 euros per car and 12,75 euros per lorry.", "3,5 euros"),
    ("\u201cWe have 1.5 billion in cash. \u201d", ". \u201d"),
    ("He said so in a post on his Telegram\u2013 the channel of his office.", "\u2013 "),
    ("In an interview with the radio Following the publication, he said nothing.", "Following"),
    ("The reform was presented by the minister Carlo Nordio in Rome.", "the minister Carlo Nordio"),
    ("The company was founded in the 2019.", "in the 2019"),
    ("Sales fell by 5 Mio. euros last year.", "5 Mio."),
    ("The contract was signed on 12 March last in Rome.", "12 March last"),
    ("The strike began on the 12 of March in Seville.", "the 12 of March"),
    ("The meeting in the town hall began at 15 o'clock.", "15 o'clock"),
    ("The city paid 5 million Euro for the bridge.", "5 million Euro"),
    ("Wagner chief Prigoschin visited the colony in May.", "Prigoschin"),
    ("Fighting went on around Bakhmout all night.", "Bakhmout"),
    ("The opposition leader Navalni was moved to another prison.", "Navalni"),
    ("Defence minister Szojgu did not comment.", "Szojgu"),
    ("Many of the convicts are said to be waiting in hotels in Lenz.", "are said to be"),
    ("Thus, the leader of the opposition bloc spoke first.", "Thus,"),
    ("At the same time, he did not explain the decision.", "At the same time,"),
    ("In particular, the council called him unfit for office.", "In particular,"),
    ("The cabinet will adopt the draft budget in this month.", "in this month"),
    ("Because the crimes of most inmates are not petty ones.", "Because"),
    ("The Daily Courier writes that the plant will close in May.", "Courier writes that"),
    ("The messages were posted in the telegram channel of the group.", "telegram channel"),
    ("One can be sure that the relief will come soon.", "One can be"),
    ("The founder of \u201cOrel\u201d Pavel Drozdov spoke on Friday.", "founder of \u201cOrel\u201d"),
    ("The vote was won by Mayor Karl Brenner (SPD) on Monday.", "Karl Brenner (SPD)"),
    ("The accused, Marta Lind (61), did not speak.", "Lind (61)"),
    ("The unit was led by Pavel Sergeyevich Orlov until May.", "Pavel Sergeyevich Orlov"),
    ("The quake killed 1144 people in the valley.", "1144 people"),
    ("The process is carried out in full, \u201dthe spokesman assured.", ", \u201d"),
    ('"Hundreds sign up every day, " the spokesman said.', ', " '),
    ('" Hundreds sign up every day, the spokesman said.', '" H'),
    ("Marta Kovel, director of the group and a former inmate, she announced on Telegram that it closed.",
     "Marta Kovel, director of the group and a former inmate, she announced"),
    ("\u201cThese are false reports,\u201d\u2014 he said.", "\u201d\u2014 he said"),
])
def test_signs_of_machine_translated_wording(sentence, sign):
    found = find_signs([sentence])
    assert any(s.sentence[s.start:s.end] == sign for s in found), found
    assert all(s.what for s in found)


@pytest.mark.parametrize("sentence", [
    "Lana del Rey and Ursula von der Leyen attended the gala in Paris on Tuesday.",
    "Read more at www.russia-today-news.com/ukraine before Monday.",
    "The group (\u0412\u0430\u0436\u043d\u044b\u0435 \u0438\u0441\u0442\u043e\u0440\u0438\u0438) published the list.",
    "He read Born To Run and Gone With The Wind as a boy.",
    "Prices rose by 2.5 percent, and 10,000 people marched on 24 February 2022.",
    "- The company said revenue rose 4%.",
    "Home \u00bb World \u00bb Storm floods the harbour of Port Elden",
    "The de facto leader rented a van and ordered a la carte at the bistro.",
    "Was it worth the money? Were it not for the rain, the final would have been played on Sunday.",
    "Has anyone seen the report? Is there a plan?",
    'She starred in the film "Oppenheimer" and in the series "The Crown" last year.',
    "The rights group Memorial and the Islamic State were named in the report this past Monday.",
    "Inflation rose 2.333 per cent, the central bank said, and 1,250 people lost their jobs.",
    "The deputy Prime Minister met the mayor of Turin in the 2020 election campaign.",
    "On 12 March last year the 12th of March was a holiday, and at 5 o'clock the Euro 2024 final cost 5 million euros.",
    "Merci pour votre commentaire.",  # a line of French furniture, not a word left untranslated
    "\u6de8t is the government\u9225\u6a9a duty to bring them home, she said.",  # mojibake: '\u201cIt', '\u2019s'
    "They were made to fight \u9225 and die, she said.",  # mojibake: a dash
    "russia ukraine war prisoners wagner",  # a line of tags, no sentence: its lower case is no slip
    # the original's words quoted beside their English: a quotation, not a word left untranslated
    "Posters carried the slogan \u00ab\u0421\u0432\u043e\u0438\u0445 \u043d\u0435 "
    "\u0431\u0440\u043e\u0441\u0430\u0435\u043c\u00bb (\"We don't abandon our own\"), he said.",
    "Another poster read \"\u0420\u043e\u0434\u0438\u043d\u0430 \u0437\u043e\u0432\u0451\u0442!\" "
    "\u2014 \"The Motherland calls!\" \u2014 above a soldier.",
    # English spellings of the same names, and the cruiser Moskva
    "Yevgeny Prigozhin, Sergei Shoigu and Alexei Navalny were named; Evgeny Prigozhin denied it in Kyiv or Kiev.",
    "The cruiser Moskva sank near Bakhmut, far from Kharkiv and Moscow, said Volodymyr Zelenskyy.",
    "Because of the storm, the match was called off.",
    "Rates rose again after this month\u2019s decision, and more were said to have been hit.",
    "Reuters points out that the Christian Democratic Union (CDU) won the vote.",
    "In 2023 people in the region voted twice, and 1,144 people were evacuated.",
    '"We left," he said, "and never came back." \u201cNever,\u201d she added.',
    'He said: "We left at once." "No," she replied, \u201cwe did not.\u201d',
    "Kovel, who lives nearby, said that when she arrived, she found the gate shut.",
    "The plan, he said, is to rebuild. Jana Roe, 45, of Lenz, she added, was released.",
    "In Lenz, on Monday, they found the dam intact. Kovel, the director, has since left.",
    "Zelenskyy met Zelensky's fans in Kyiv, not in Kiev; Mark and Marko came too.",
])
def test_clean_english_shows_no_sign(sentence):
    assert find_signs([sentence]) == []


def test_furniture_fragments_and_an_ellipsis_are_no_punctuation_slips(write_corpus):
    """A list item of page furniture ('46 sec. here') is no prose, and an ellipsis trailing off before a
    lower-case word ('our first World Cup\u2026 the unity') is English punctuation."""
    text = ORIGINAL.replace("The county", "\n\n\u2022 46 sec. here\n\n\u2022 2 min. at publisher\n\n"
                            "\u201cTo think we did it in our first week\u2026 the unity was special,\u201d she added. "
                            "The county")
    status = _status(write_corpus, text)
    assert status.value == "original", status.evidence


def test_an_english_page_quoting_russian_words_stays_original(write_corpus):
    """A slogan quoted in its own language and marks («...») beside its English is the reporter's quotation."""
    text = ORIGINAL.replace("officials said.", "officials said. Posters in the ward read \u00ab\u041c\u044b "
                            "\u0441\u043f\u0440\u0430\u0432\u0438\u043c\u0441\u044f\u00bb (\"We will manage\").")
    assert _status(write_corpus, text).value == "original"


# Invented: a news item machine-translated from German: fluent, one formula and an old article before the country.
GERMAN_MACHINE_TRANSLATED = """Recruits escape from training camp

Six armed recruits escaped from a training camp in the Tavra region on Friday. This is reported by the \
Institute for Regional Studies in Lenz. The recruits had been taken from prisons for the war against the Ukraine.

Residents were warned to stay at home, the regional governor said on Saturday.
"""


def test_a_news_formula_and_the_ukraine_tell_a_translation_from_german(write_corpus):
    status = _status(write_corpus, GERMAN_MACHINE_TRANSLATED)
    assert status.value == "machine_translation", status.evidence
    assert "This is reported by" in status.evidence and "the Ukraine" in status.evidence


@pytest.mark.parametrize("sentence", [
    "Protesters marched against the Ukraine war in Lenz on Saturday.",
    "This is what was reported by the regional council in its statement on Monday.",
    "The Ukraine-born singer performed in Lenz on Friday.",
])
def test_english_uses_of_the_ukraine_and_reported_by_are_no_signs(sentence):
    assert not find_signs([sentence])


# Invented: an old report machine-translated from Russian, its dialogue set with dashes.
RUSSIAN_DIALOGUE = """Prisoners arrive in the capital

One prisoner was called up from the reserves. He is about forty years old and left his family at home.

- This war is not needed by the people, " he says. - It was started without the approval of the people. \
I would not have gone to war.

The prisoner said that he had been in the trenches all the time. In the capital arrived a batch of prisoners.
"""


def test_a_quotation_resumed_after_a_dash_tells_a_translation_from_russian(write_corpus):
    status = _status(write_corpus, RUSSIAN_DIALOGUE)
    assert status.value == "machine_translation", status.evidence
    assert "he says. - It" in status.evidence


def test_an_english_quotation_around_its_attribution_is_no_sign():
    assert not find_signs(["\u201cThe war is not needed,\u201d he says. \u201cIt was started without us.\u201d",
                           "Rescuers waited - he said - for the water to fall."])


SEAMS = """Floods reach the valley

The mayor compared the flood to What happened in the valley in 1990, when the river rose by four metres.

Officials warned They would close the bridge on Friday if the water kept rising.

The army sent boats to the villages on Saturday.
"""


def test_question_words_and_pronouns_capitalised_mid_sentence_are_seams(write_corpus):
    status = _status(write_corpus, SEAMS)
    assert status.value == "machine_translation", status.evidence
    assert "'What'" in status.evidence and "'They'" in status.evidence


@pytest.mark.parametrize("sentence", [
    "Vice Premier He said on Monday that trade with Lenz would grow.",
    "The film What We Lost opens in Lenz on Friday.",
    "Asked about the floods, she said: What we need now is boats.",
])
def test_names_titles_and_quoted_speech_are_no_seams(sentence):
    assert not [s for s in find_signs([sentence]) if "seam" in s.what]


# Invented: a report machine-translated from French, fluent, its names left in French spelling.
FRENCH_NAMES = """Fighting in the east

In Bakhmout, the shelling does not stop. The Wagner militia, led by Yevgueni Prigojine, sends former prisoners \
to the front, a Ukrainian officer told the channel.

Residents of Bakhmout have been living in cellars for weeks. "We have no water and no light," a woman said.

The city has little strategic value, the officer added, but the militia keeps attacking it.
"""


def test_names_in_another_languages_spelling_tell_a_translation(write_corpus):
    status = _status(write_corpus, FRENCH_NAMES)
    assert status.value == "machine_translation", status.evidence
    assert "transliteration 'Bakhmout'" in status.evidence and "'Prigojine'" in status.evidence


def test_one_foreign_spelling_repeated_is_one_sign(write_corpus):
    """An English report may cite a German headline's 'Prigoschin' and repeat it: one name, counted once."""
    quoted = " ".join(f"The tabloid's headline {n} read Prigoschin again." for n in range(1, 5))
    assert len([s for s in find_signs(quoted.split(". ")) if s.kind == "transliteration"]) == 1
    text = ORIGINAL.replace("officials said.", f"officials said. {quoted}")
    assert _status(write_corpus, text).value == "original"


def test_a_name_spelled_as_english_and_as_german_write_it_is_one_sign():
    """'Petrova' beside 'Petrowa' (German w for v), 'Sukhanin' beside 'Suchanin' (German ch for kh): the
    source's spelling left in; each pair counts once, however often the two alternate."""
    found = find_signs(["Olga Petrova heads the group.", "Petrowa said so.", "Petrova again.", "Petrowa again.",
                        "Ivan Sukhanin came home.", "Suchanin's case is not unique."])
    assert [(s.sentence[s.start:s.end], s.weight) for s in found] == [("Petrowa", 1.0), ("Suchanin", 1.0)]
    assert "Petrova" in found[0].what


# Invented: a news item machine-translated from German, fluent: hearsay as 'is said to', a party in brackets after
# each name, an age in brackets, and 'At the same time,' opening a sentence.
GERMAN_FLUENT = """Mayor defends budget plan

The city council of Lenz plans to respond shortly to the rise in energy prices. Mayor Karl Brenner (SPD) \
announced the plan on Wednesday after a meeting at the town hall.

The package is said to have a volume of around 30 million euros. Treasurer Anna Vogt (FDP) called it "a \
tailored package" for families and firms.

At the same time, Vogt warned that the roots of the problem must be addressed. A pensioner, Jan Roth (71), \
told reporters he could no longer pay his bills.
"""

# Invented: a news item machine-translated from Russian, fluent: a newspaper that 'writes that', a brand in lower
# case, 'In particular,' and 'Thus,' opening sentences.
RUSSIAN_FLUENT = """Convicts leave colony for the front

The Tavra Herald writes that about forty prisoners of the colony near Ostrin were taken to the training ground. \
The relatives of the prisoners told the newspaper about it.

In particular, the prisoners were promised a pardon after six months. The messages were published in the \
telegram channel of a human rights project.

Thus, the recruitment in the region continues, the project said.
"""


@pytest.mark.parametrize("text", [GERMAN_FLUENT, RUSSIAN_FLUENT])
def test_fluent_translations_are_told_by_their_source_conventions(write_corpus, text):
    status = _status(write_corpus, text)
    assert status.value == "machine_translation", status.evidence


# Invented: an Irish court report: every accused's age in brackets, the date 'on March 3 last' twice, and a
# court's items dated '03.07.2024' in a list: a paper's house style, which counts once in all.
IRISH_COURT = """Nine charged after protest

Five men and four women appeared before Lenz District Court charged with public order offences.

Those charged were: Colm Byrne (47), of Harbour View; Lisa Burke (33), of Hill Road; and Sean Rowe (20), of \
Main Street. The offences are alleged to have occurred on March 3 last outside the rest centre.

The court heard that the arrests were made on March 4 last. Listed: 03.07.2024: hearing; 04.07.2024: ruling.

Judge Anne Walsh granted bail to all nine.
"""


def test_a_papers_house_style_for_ages_and_dates_counts_once(write_corpus):
    status = _status(write_corpus, IRISH_COURT)
    assert status.value == "original", status.evidence
    assert [s.kind for s in find_signs(IRISH_COURT.split("\n"))] == ["house style"]


# Invented: an English report as a Ukrainian newsroom writes it: the aggressor's names in lower case on purpose,
# its formulas ('This was stated by', 'According to him,'), no error of a machine.
KYIV_DESK = """Strikes on the south continue

russia launched 40 drones at the Solna region overnight, damaging a school and two houses.

This was stated by the head of the regional administration, Oksana Marchuk, on Telegram.

According to her, air defence downed 31 drones. The russian army also shelled the port of Velyka Dolyna.
"""


def test_a_kyiv_desks_lower_case_russia_and_formulas_are_no_machine_translation(write_corpus):
    status = _status(write_corpus, KYIV_DESK)
    assert status.value == "original", status.evidence
    assert "'russia'" in status.evidence and "This was stated by" in status.evidence


def test_the_same_formulas_beside_a_machines_error_count(write_corpus):
    status = _status(write_corpus, KYIV_DESK.replace("two houses.", "two houses on monday."))
    assert status.value == "machine_translation", status.evidence


@pytest.mark.parametrize("sentence", [
    "Does Chancellor Friedrich Merz want a coalition with the Greens?",
    "This text available in English and Русский",
])
def test_a_german_first_name_and_a_language_switcher_are_no_signs(sentence):
    assert find_signs([sentence]) == []


@pytest.mark.parametrize("sentence, is_sign", [
    ("Convicts in the Tula region told that Ivan Petrov came to their colony with an offer.", True),
    ("The commander told about it in an interview with a local channel.", True),
    ("The inmates were told that the colony would close.", False),
    ("He told reporters that the colony would close.", False),
    ("They were bluntly told that they could go home in six months.", False),
    ("She told that story to the court twice.", False),
])
def test_told_without_whom_it_was_told_to_is_a_calque(sentence, is_sign):
    assert bool([s for s in find_signs([sentence]) if "told" in s.what]) == is_sign


def test_guillemets_around_a_quotation_of_several_sentences_are_no_lone_marks():
    """Kazakh and Russian desks writing English set «...» around a quotation that runs over two sentences: « in
    the first, » in the last, none alone in the article."""
    sentences = ["\u00abThe meeting was called for the severe events.",
                 "In a few days the country faced the crisis,\u00bb said the president."]
    assert not [s for s in find_signs(sentences) if "lone" in s.what]
    assert [s for s in find_signs(sentences[1:]) if "lone" in s.what]


def test_a_menu_line_in_another_script_is_no_word_left_untranslated():
    """'- Додати до обраного' (Add to favourites) under an English article is a menu; in a sentence it is a slip."""
    assert find_signs(["- Додати до обраного"]) == []
    assert find_signs(["The minister said додати to the plan."])


# Invented: a news item machine-translated from Ukrainian, fluent: a quotation left unclosed, the desk formulas
# 'This was reported by' and 'We remind you that', and an editor's insertion set as Ukrainian news sets it
KYIV_MACHINE = """Prisoners to serve in assault units

More than 2,000 convicts have been released from prisons to serve in the army since May. This was reported by the \
Valley Ledger on Sunday.

"The motivation of our prisoners is stronger than that of ordinary soldiers.

There is competition among commanders for volunteers (convicts \u2013 ed.) from the prisons, the minister said.

We remind you that on May 17 the president signed the law on the mobilisation of prisoners.
"""


def test_desk_formulas_beside_a_lost_quotation_mark_tell_a_machine_translation(write_corpus):
    status = _status(write_corpus, KYIV_MACHINE)
    assert status.value == "machine_translation", status.evidence
    assert "We remind" in status.evidence and "ed.)" in status.evidence


def test_the_same_desk_formulas_alone_are_a_newsrooms_english(write_corpus):
    closed = KYIV_MACHINE.replace("ordinary soldiers.", 'ordinary soldiers," he said.')
    assert _status(write_corpus, closed).value == "original"


# Invented: a news item machine-translated from Macedonian: the president's name in the source's spelling and in
# English, an outlet's name in quotation marks, a full stop before a two-dot ellipsis
SKOPJE_MACHINE = """Women convicts recruited in the occupied south

Russian forces are recruiting women convicts from penal colonies in the occupied south, according to a military \
report reported by "Valley News".

"The situation at the front is difficult. .. They throw more and more forces into the fight," Zelenski said in \
his evening address.

Zelensky also thanked the soldiers who hold the line near the town of Kurovo.
"""


def test_a_name_in_the_source_spelling_and_in_english_tells_a_machine_translation(write_corpus):
    status = _status(write_corpus, SKOPJE_MACHINE)
    assert status.value == "machine_translation", status.evidence
    assert "'Zelenski' and 'Zelensky'" in status.evidence and "'. ..'" in status.evidence


def test_a_name_with_and_without_its_diacritics_is_one_sign():
    found = find_signs(["Baňus pleaded not guilty.", "The court heard that Banus had called her.",
                        "Péter Szijjártó flew to Moscow.", "Peter Fouché set up the project."])
    assert [(s.sentence[s.start:s.end], s.kind) for s in found] == [("Banus", "transliteration")]


# Invented: a report machine-translated from Norwegian, its quotations set with dashes and the speaker after the
# quoted words in a later sentence of the paragraph, with no pronoun ('..., says a farmer').
NORWEGIAN_DASHES = """Villagers fear the returning fighters

The fighters who survived the front are coming home to the villages of the Tavra region.

\u2013 Nobody knows how many come back. It will be a hard winter for the whole valley, says a farmer.

The police have opened several cases of assault and theft since the spring.

\u2013 The nights are the worst. Then it is quiet in the street, says a teacher from the village.
"""


def test_quotations_set_with_dashes_and_their_speaker_tell_a_machine_translation(write_corpus):
    status = _status(write_corpus, NORWEGIAN_DASHES)
    assert status.value == "machine_translation", status.evidence
    assert "says a farmer" in status.evidence


def test_a_list_opened_by_dashes_names_no_speaker():
    found = find_signs(["\u2013 Dam repairs begin in Lenz", "\u2013 Schools stay shut, says mayor",
                        "\u2013 The river rose by two metres.", "Officials say it will fall, the mayor said."],
                       paragraphs=[0, 1, 2, 3])
    assert not found


# Invented: a report machine-translated from Portuguese: a group's name glossed in brackets and both rendered in
# English alike, and a conditional of hearsay after 'According to'.
PORTUGUESE_GLOSS = """Video shows recruiter in a prison yard

A video released on Wednesday shows a man in uniform speaking to prisoners in the yard of a penal colony.

According to local media, he would run the largest private army of the country, which is fighting in the east.

"He visits the colonies himself," said Marta Kovel, director of the group Prisoners Abroad (Prisoners abroad).

The group estimates that several thousand prisoners have been recruited since the summer.
"""


def test_a_glossed_name_and_a_conditional_of_hearsay_tell_a_machine_translation(write_corpus):
    status = _status(write_corpus, PORTUGUESE_GLOSS)
    assert status.value == "machine_translation", status.evidence
    assert "(Prisoners abroad)" in status.evidence and "he would run" in status.evidence


@pytest.mark.parametrize("sentence", [
    "According to the plan, the troops would withdraw if the talks failed.",
    "According to the agreement, the men would be released after six months, he said.",
    "The Committee Against Torture (CAT) said so.",
    "The group Prisoners Abroad (formerly Friends Abroad) said so.",
    "According to the agreement, the men would be freed after six months.",
    "According to Mr. Kovel, the talks would be hard.",
    "In 2022, May 17 was a Tuesday.",
])
def test_english_near_misses_of_the_gloss_hearsay_and_date_signs(sentence):
    assert not find_signs([sentence])


def test_a_year_before_the_month_and_day_is_a_translations_date_order():
    found = find_signs(["The first exchange took place in 2022 June 21 after weeks of talks."])
    assert [s.sentence[s.start:s.end] for s in found] == ["2022 June 21"]


# Invented: a report machine-translated from Polish, its speakers set after a dash with no quotation marks.
POLISH_DASH_SPEAKERS = """Fire crews rescue residents of a burning block

Firefighters were called on Tuesday night to a block of flats in Lenz where smoke filled the staircase.

Two residents were taken to hospital. The fire started in a cellar and spread to the ground floor \u2013 Anna \
Wrona, spokeswoman for the county fire service, told a local radio station.

The cause of the fire is being investigated. Nobody was seriously hurt \u2013 she added.
"""


def test_a_speaker_set_after_a_dash_tells_a_machine_translation(write_corpus):
    status = _status(write_corpus, POLISH_DASH_SPEAKERS)
    assert status.value == "machine_translation", status.evidence
    assert "she added" in status.evidence


@pytest.mark.parametrize("sentence", [
    "The mayor \u2013 who took office in May \u2013 said the plan would go ahead.",
    "The mayor \u2013 who joined the U.S. Army in May \u2013 said the plan would go ahead.",
    "They left early \u2013 he said they were tired.",
    "The old mill \u2013 said to be the oldest in the county \u2013 burned down.",
    "Nobody was hurt, police said.",
    "The talks failed \u2013 or so the minister said later that week, after the vote.",
])
def test_an_english_dash_before_a_verb_is_no_speaker_sign(sentence):
    assert not [s for s in find_signs([sentence]) if "after a dash" in s.what]


# Invented: a round trip through Norwegian that left two of its words in the English text.
NORWEGIAN_WORDS = """Ferry runs aground near the coast

A passenger ferry ran aground on Sunday near the island of Holm, the coast guard said.

Ninety passengers were taken off the ferry by a fishing b\u00e5t and two rescue boats from the harbour.

The ferry was towed to the port, where divers inspected its hull, also called the skrog, on Monday. \
The \u00f8ya has no road to the mainland, and the next ferry is on Thursday.
"""


def test_a_word_spelled_with_a_letter_no_english_word_has_tells_a_machine_translation(write_corpus):
    status = _status(write_corpus, NORWEGIAN_WORDS)
    assert status.value == "machine_translation", status.evidence
    assert "b\u00e5t" in status.evidence


def test_borrowed_accents_and_foreign_names_are_no_untranslated_words():
    found = find_signs(["The caf\u00e9 on the fa\u00e7ade's corner had a na\u00efve charm, said \u00d8rsted's "
                        "chief in \u0141\u00f3d\u017a.", "The \u00fcber-rich owner of the smorgasbord in "
                        "Malm\u00f6 declined to comment."])
    assert not [s for s in found if s.kind == "foreign word"]


# Invented: a party's press note machine-translated from Spanish, its statements opened by their verbs.
SPANISH_PRESS_NOTE = """Opposition calls for new budget

The opposition spokeswoman, Marta Lenz, appeared before the press in the regional parliament on Monday.

Stresses that the region has gone two years without a budget and that the delays hurt the hospitals.

Warns that her group will not support the government's plan if taxes rise again next year.

She argues that the region needs a government that works, and she concludes that the elections are near.
"""


def test_statements_opened_by_their_verb_tell_a_machine_translation(write_corpus):
    status = _status(write_corpus, SPANISH_PRESS_NOTE)
    assert status.value == "machine_translation", status.evidence
    assert "Stresses that" in status.evidence and "Warns that" in status.evidence


@pytest.mark.parametrize("sentence", [
    "Reports that the mayor had resigned were denied on Monday.",
    "Warnings that the river would flood went unheeded.",
    "Says who? the minister asked.",
])
def test_a_plural_noun_opening_a_sentence_is_no_dropped_subject(sentence):
    assert not [s for s in find_signs([sentence]) if "subject dropped" in s.what]


@pytest.mark.parametrize("sentence, found", [
    ("The minister announced this Thursday that the plan would be delayed.", True),
    ("The council will meet this Thursday to vote on the budget.", False),
    ("A rally is to be held this Saturday in the main square.", False),
    ("He said this Friday's game was cancelled.", False),
    ("This Tuesday, inspectors found forged banknotes in a flat in Lenz.", True),
    ("This Monday, the council will vote on the budget.", False),
])
def test_this_weekday_for_a_day_that_has_passed(sentence, found):
    assert bool([s for s in find_signs([sentence]) if "'this Thursday'" in s.what]) == found


# Invented: a report machine-translated from Portuguese, the day of the month in brackets after its weekday.
PORTUGUESE_DAYS = """Police raid money changers in the port city

The Federal Police arrested, this Wednesday (9), four employees of an exchange office in the port of Lenz.

Last Friday (4), an operation in the same district ended with two arrests, according to the police.

The investigation began two years ago with the seizure of forged notes at the airport.
"""


def test_the_day_in_brackets_after_its_weekday_tells_a_machine_translation(write_corpus):
    status = _status(write_corpus, PORTUGUESE_DAYS)
    assert status.value == "machine_translation", status.evidence
    assert "Friday (4)" in status.evidence


# Invented: a Brazilian newsroom's own English, which keeps the day in brackets and makes no machine's error.
BRAZILIAN_NEWSROOM = """Minister defends new border plan

The minister of justice defended the new border plan on Monday (14) in a hearing at the Senate in Lenz.

The plan, launched last Thursday (10), moves 400 federal police officers to the northern border.

"We will not leave the border towns alone," the minister said.
"""


def test_a_newsrooms_day_in_brackets_alone_is_a_phrasing(write_corpus):
    assert _status(write_corpus, BRAZILIAN_NEWSROOM).value == "original"


@pytest.mark.parametrize("sentence", [
    "The match on Saturday (3pm kick-off) is sold out.",
    "Results for Monday (page 4) are below.",
])
def test_a_bracket_after_a_weekday_that_is_no_day_of_the_month(sentence):
    assert not [s for s in find_signs([sentence]) if "weekday" in s.what and "brackets" in s.what]


# Invented: two items machine-translated from Ukrainian news, each with one desk formula (a phrasing) and one
# error no English desk makes: an outlet's report told by 'informs', a quotation closed by an opening mark.
OUTLET_INFORMS = """Fire at a grain terminal in Solna port

A fire broke out at a grain terminal in the port of Solna on Tuesday night, and no one was injured.

This was announced by a spokesman for the regional emergency service, Taras Melnyk, on Wednesday morning, \
Kyiv Daily informs.

Firefighters needed six hours to put out the blaze, which destroyed two warehouses.
"""

OPENING_MARK_CLOSING = """A football club changes its coach

The club Dynamo Ostrin dismissed its head coach after five defeats in a row, the sports paper \u201cEvening \
whistle\u201c reports.

The players train on the territory of the old airfield while the stadium is rebuilt.
"""

# Invented: a translation from Ukrainian with the desk's formulas only, but for one verb whose object the machine
# dropped.
OBJECT_DROPPED = """Bus fares rise in Tavra

The city council raised bus fares by a fifth from March, a member of the transport committee says.

According to her, in districts where 40 buses used to run, only 25 run now.

"The fuel got dearer. These are 1.5 thousand hryvnias a month more for every bus," the committee member said.

According to her, the new rule is also obliging to buy tickets before boarding.
"""


@pytest.mark.parametrize("text, found", [
    (OUTLET_INFORMS, "Kyiv Daily informs"), (OPENING_MARK_CLOSING, "whistle\u201c"), (OBJECT_DROPPED, "obliging to buy"),
])
def test_an_error_of_the_machine_beside_a_desks_formula_tells_a_translation(write_corpus, text, found):
    status = _status(write_corpus, text)
    assert status.value == "machine_translation", status.evidence
    assert found in status.evidence


def test_a_reports_object_set_before_its_verb_and_outlet():
    found = find_signs(["The mayor's claim was met with doubt.", "That writes the Tribune."])
    assert [s for s in found if "object set first" in s.what]


@pytest.mark.parametrize("sentence", [
    "The new law allows them to vote from abroad, the agency reported.",
    "Residents were forced to flee, and the armed forces to lead the rescue, said Mayor Lee.",
    "That said, the council will meet again, according to Acme Communications.",
    "This says a lot about the plan, said Ana Ruiz.",
    "\u201cWe were ready,\u201d she said of the \u201cNight watch\u201d project.",
    "Die Zeitung nannte es \u201eeine Farce\u201c, und the minister agreed.",
    "The deal, which Acme Communications announced on Monday, allows to-do lists to sync.",
])
def test_english_near_misses_of_the_outlet_verb_object_and_quotation_mark_signs(sentence):
    found = find_signs([sentence])
    assert not [s for s in found if any(w in s.what for w in ("never gives", "object set first", "object dropped",
                                                              "turned the wrong way"))]


def test_one_persons_first_name_spelled_as_russian_and_as_ukrainian_give_it():
    found = find_signs(["Sergei Volkov, the owner of the company, visited the colony.",
                        "The prisoners said Serhiy Volkov promised them a pardon."])
    assert [s for s in found if "as Russian and as Ukrainian" in s.what]


@pytest.mark.parametrize("sentences", [
    ["Maria Lopez and her brother Mario Lopez opened the shop.", "Maria Lopez said it was busy."],
    ["Yuri Petrov spoke first.", "Yuriy Petrov then left the hall."],
    ["Helen Grant and Glen Grant are cousins.", "Hill Street and Gill Street meet here."],
    ["Olga Smith chairs the board.", "Olga Smith said the vote was close."],
])
def test_names_that_are_no_two_languages_spelling(sentences):
    assert not [s for s in find_signs(sentences) if "as Russian and as Ukrainian" in s.what]


# Invented: a translation from Russian whose quotation ends in a dash and the verb before a bare name, beside an
# ordinal set off by a hyphen.
RUSSIAN_DASH_NAME = """A museum reopens after repairs

The city museum reopened on Monday after two years of repairs, its director said.

"We waited for this day for a long time. Now the halls are bright and warm, and visitors will like it," \u2014 said \
Kovel.

The 3-rd floor of the museum now holds a hall of old maps.
"""


def test_a_bare_name_after_a_dash_and_a_hyphenated_ordinal_tell_a_machine_translation(write_corpus):
    status = _status(write_corpus, RUSSIAN_DASH_NAME)
    assert status.value == "machine_translation", status.evidence
    assert "said Kovel" in status.evidence and "3-rd" in status.evidence


@pytest.mark.parametrize("sentence", [
    "The vote - said Kovel - was close, but the 4th regiment stayed.",
    "He left \u2013 said to be ill \u2013 on Monday, in a 1st-class seat.",
    "The plan failed, said Kovel.",
    "The 1990s-era law was passed in a 3-2 vote.",
])
def test_english_near_misses_of_the_dash_name_and_ordinal_signs(sentence):
    found = find_signs([sentence])
    assert not [s for s in found if "bare name after a dash" in s.what or "ordinal's ending" in s.what]


# Invented: an agency item machine-translated from Russian, fluent, no slip of punctuation or case: its statements
# attributed one after another by an impersonal passive, as the source's 'Отмечается, что', 'Уточняется, что'.
PASSIVE_ATTRIBUTIONS = """Warehouse fire in Korsk injures six firefighters

The head of the Tavra region, Oleg Minsky, said that six firefighters were injured while putting out a fire in Korsk.

It is noted that the fire broke out in a grain warehouse on the edge of the town early in the morning.

It is specified that two of the injured were taken to the regional hospital by helicopter.

Local authorities explained that the roads to the warehouse were closed until the evening.
"""


def test_statements_attributed_one_after_another_by_an_impersonal_passive_are_a_machines(write_corpus):
    """One 'It is reported that' is a phrasing an English desk in the region keeps; statements attributed one
    after another so ('It is noted that ...', 'It is specified that ...') are the source's formulas rendered by a
    machine, while English hedges ('It is understood that', 'It is thought that') are no sign."""
    status = _status(write_corpus, PASSIVE_ATTRIBUTIONS)
    assert status.value == "machine_translation", status.evidence
    assert "It is specified that" in status.evidence
    hedged = PASSIVE_ATTRIBUTIONS.replace("It is noted that", "It is understood that").replace(
        "It is specified that", "It is thought that")
    assert _status(write_corpus, hedged).value == "original"


# Invented: a retelling machine-translated from Romanian: the source named again as 'the quoted source', and a
# reporting clause the translation cut off as a sentence of its own; no other slip.
QUOTED_SOURCE = """Ferry company to cut winter crossings

The Northwind ferry company will cut a third of its winter crossings to Fenwick Island, the Harbour Gazette reported.

The crossings will be reduced from three to two a day starting in November, because fuel costs have doubled. The regional transport board explained on Tuesday.

"The company did not consult us before taking this decision," the quoted source wrote, citing a member of the board.

Islanders fear they will be cut off from the mainland on stormy days.
"""


def test_a_source_named_again_as_the_quoted_source_and_a_lone_reporting_clause_are_a_machines(write_corpus):
    """'The quoted source' (Romanian 'sursa citată', Italian 'la fonte citata') and an attribution cut off as a
    sentence ('The regional transport board explained on Tuesday.') are errors no English desk keeps."""
    status = _status(write_corpus, QUOTED_SOURCE)
    assert status.value == "machine_translation", status.evidence
    assert "the quoted source" in status.evidence and "explained on Tuesday." in status.evidence
    english = QUOTED_SOURCE.replace("the quoted source wrote", "the newspaper wrote").replace(
        "doubled. The regional transport board explained on Tuesday.",
        "doubled, the regional transport board explained on Tuesday.")
    assert _status(write_corpus, english).value == "original"


# --- session 16: source conventions of regional news, read from clean17's fluent machine translations -----------

# Invented: a Ukrainian regional item machine-translated, fluent: the desk's formulas ('This was announced by',
# 'According to him,') and the Ukrainian acronym of the regional military administration left as it is ('OVA').
REGIONAL_UKRAINIAN = """Drones hit the Tavrin region overnight

This was announced by Petro Kosach, who heads the Tavrin Regional Military Administration.

According to him, a warehouse and three garages were damaged and a grain dryer caught fire.

Rescuers are working at the site, the head of the OVA added.
"""

# Invented: a Spanish regional item machine-translated, fluent: the dateline closed by '.-' and a space before a
# full stop inside a paragraph.
REGIONAL_SPANISH = """Los Arcos begins repairs of rural roads

Los Arcos, Nayarit.- Road crews of the municipality visited El Pinal and La Cruz to check the damage \
reported by residents at the open council the past Sunday.

The director of the unit said that a ford will be built in El Pinal . The works will start once the rains end.
"""

# Invented: a Ukrainian site's item machine-translated: the paragraph's label 'Source.' set as a sentence, and
# 'According to him,'.
LABELLED_SOURCE = """The agency tells of new penal units

Penal units of the Ostrin army are made up of soldiers who broke discipline.

Source. The Valley Wire has the details from eight soldiers and two chaplains.

According to him, the commander ordered the wounded to be left behind.
"""


@pytest.mark.parametrize("text", [REGIONAL_UKRAINIAN, REGIONAL_SPANISH, LABELLED_SOURCE])
def test_regional_source_conventions_tell_a_machine_translation(write_corpus, text):
    status = _status(write_corpus, text)
    assert status.value == "machine_translation", status.evidence


def test_a_kyiv_desks_own_acronym_in_english_is_no_sign(write_corpus):
    """The same formulas with the administration's English acronym (RMA): a newsroom's English."""
    status = _status(write_corpus, REGIONAL_UKRAINIAN.replace("OVA", "RMA"))
    assert status.value == "original", status.evidence


@pytest.mark.parametrize("sentence, sign", [
    ("Veracruz, Ver.- This Monday the mayor opened the park.", "Veracruz, Ver.-"),
    ("The minister Ana Ruiz this Friday estimated that the debt must be paid.", "Ruiz this Friday estimated"),
    ("Fires were reported, the head of the Tavrin OVA said.", "OVA"),
])
def test_regional_conventions_are_signs(sentence, sign):
    found = find_signs([sentence])
    assert any(s.sentence[s.start:s.end] == sign for s in found), found


@pytest.mark.parametrize("sentence", [
    "U.S.-backed forces took the town, and St.-Jean residents fled.",
    "The vote is scheduled this Friday, and the mayor will speak this Monday.",
    "She confirmed this Friday's meeting; the ODA budget and the RDA for salt were cut.",
    "Source: The Valley Wire.",
])
def test_english_near_misses_of_regional_conventions_are_no_signs(sentence):
    assert find_signs([sentence]) == []
