"""Web debris: decide, line by line, what is not article text, and say why.

In: the normalized lines of one file. Out: for each line either None (article text) or a `Debris` with the
reason, plus what a stripped line tells about the article (a date line's date, a source line's outlet).
The rules describe kinds of debris (navigation, captions, counters, disclaimers, promos, source and date
lines), never the sentences of particular articles.
"""

from __future__ import annotations

import calendar
import csv
import re
from dataclasses import dataclass
from functools import lru_cache
from importlib import resources

NAVIGATION = "navigation"
CAPTION = "photo caption or credit"
COUNTER = "view/comment counter"
MT_DISCLAIMER = "machine-translation disclaimer"
PROMO = "promotional line"
SOURCE_LINE = "source line"
DATE_LINE = "date/header line"
UPDATED_LINE = "date/header line (updated)"
SEPARATOR = "separator"
FRAGMENT = "fragment cut off at the page's end"
SECTION_LABEL = "section label in the page header"
SHARE = "share/social buttons"
BYLINE = "byline"
OUTLET_LINE = "outlet name line"
LINK_LIST = "links or tags under a promo header"
CREDITS = "reporting/editing credits"
COPYRIGHT = "copyright notice"
AUTHOR_BLURB = "author blurb"
CODE = "script or markup"
SYNDICATION = "syndication notice"
END_MARK = "end-of-story mark"
COMMENT_POLICY = "comment box text"
STANDFIRST = "standfirst (summary between headline and byline)"
PAGE_TITLE = "page title with the site's name"
MENU = "menu bar or breadcrumb"
SITE_HEADER = "site header above the menu"
WIDGET_DATA = "page widget (prices, quotes, reading time, text size, icons)"
DISCLAIMER = "site disclaimer"
CORRECTION = "correction notice"
VERSION_NOTE = "wire story's version note"
REPEATED_TITLE = "headline repeated"
READER_COMMENT = "reader comment thread"
EMBEDDED_POST = "embedded social-media post"
SITE_FURNITURE = "line printed on the corpus's other pages too"
GARBLED = "text garbled by a wrong decoding"

KEYWORD_WORDS = 12  # a line of keywords or tags above the headline: words at most
TITLE_WORDS = 25  # a headline's words at most (two short sentences: "... colonies. Those who refuse are punished")
_I = re.IGNORECASE
_NAV = re.compile(
    r"skip to (?:main )?content|^(?:menu|home|search|sign in|log in|subscribe|advertisement|ad feedback|close|"
    r"toggle navigation|main menu|back to top|print|sections?|connect with us|follow us|view gallery|weather forecast|"
    r"(?:this|the) video (?:can ?not|cannot|could not) be played|watch (?:the )?video|live updates?|"
    r"link copied(?: to clipboard)?|copy link|copied(?: to (?:the )?clipboard)?!?|bookmark|save(?: article| for later)?|listen(?: to article)?|"
    r"gift (?:this )?article|reply|report|more|next|previous|loading\W*|open in app|read in app|my account|log out|"
    r"sign out|register|subscribe now|start (?:your )?free trial|(?:open|close) menu|all topics|newsletters?|"
    r"reklama|реклама|anzeige|werbung|publicité|pubblicità|publicidad|advertentie|reklam|mainos|annonce|"
    r"get (?:the|our) app|(?:sign|log) in(?: or (?:register|sign up|subscribe|(?:get|create) an account))?"
    r"(?: to (?:comment|reply|continue|read))?|"
    r"get in touch|contact us|(?:read )?our privacy (?:notice|policy)|about cookies(?: on this (?:site|website))?|"
    r"cookie (?:settings|preferences)|this (?:article|story|page) is (?:more than|over) (?:\d+|an?|one|two|three) "
    r"(?:years?|months?|days?) old|print(?: this)? (?:page|article|story)|advertise with us|read (?:this )?(?:article |"
    r"story )?in [^\W\d_]+|читать на [^\W\d_]+ языке|(?:see|view) all (?:photos|images|pictures|videos)|(?:the )?(?:article|story|text|content) "
    r"continues (?:below|after)(?: (?:this )?(?:ad|advert|advertisement))?|(?:article|story) content continued|"
    r"(?:post comments|posts) \(atom\)|scroll (?:down )?to continue(?: with "
    r"content| reading)?|(?:hi,? )?what are you looking for|type (?:here |above )?and (?:hit|press) enter(?: to search)?|"
    r"^search or enter\b.{0,80}|^enter (?:a |your )?(?:keywords?|search terms?|article url)\b.{0,60}|"
    r"search for|press enter to search|read on|search (?:this|the) (?:blog|site|website)|add interest|"
    r"(?:click|tap|touch) (?:here |on (?:the )?(?:image|photo|picture) )?to (?:enlarge|expand|zoom(?: in)?|"
    r"view (?:larger|full[- ]?size|the full image)(?: (?:image|photo|picture|version))?)|"
    r"(?:enlarge|expand) (?:this )?(?:image|photo|picture)|view (?:larger|full[- ]?size) (?:image|photo|picture))\W*$|"
    r"^you are here\s*:|^(?:comment|comments) on this (?:story|article|post|report)\W*$|"
    r"^click to (?:share|email|print|tweet)\b|^click to follow\W*$|^print friendly\b|"
    r"^jump to\b|^pin it(?: on pinterest)?\W*$|^\W*(?:prev(?:ious)?|next|older|newer) post\W*$|"
    r"^advertisment\W*$|^watch (?:the )?video (?:below|here)\W*$|"
    r"accept (?:all )?cookies|we use cookies|enable javascript|(?:your|this) browser does not support|"
    r"^loading (?:video|player|content|comments|more|gallery)\W*$|"
    r"(?:using|disable|turn off|whitelist|pause) (?:an?|your) ad[- ]?blocker|"
    r"^(?:this )?ad(?:vert(?:isement)?)? (?:will )?(?:auto[- ]?)?close[sd]? in \d+ (?:seconds?|secs?)\W*$|^skip (?:this )?ad\W*$|^\d{1,3}\s?/\s?\d{1,3}$", _I)  # a gallery's "1 / 42"
# a link to the page in another language, written in that language: "Leer en español", "Auf Deutsch lesen",
# "Versión en español", "English version", "Deutsch" (each language by its own name)
_OWN_LANGUAGE = (r"(?:español|espanol|castellano|français|francais|deutsch|italiano|português|portugues|"
                 r"русском|русский|українською|українська|polsku|polski|nederlands|türkçe|turkce|english|"
                 r"ελληνικά|română|românește|magyarul|magyar|čeština|česky|svenska|suomeksi|suomi|dansk|norsk|"
                 r"hrvatski|srpski|slovenčina|lietuvių|latviešu|eesti|қазақша|中文|简体中文|繁體中文|日本語|한국어|"
                 r"العربية|עברית|فارسی|हिन्दी|bahasa indonesia|tiếng việt)")
_LANGUAGE_LINK = re.compile(
    rf"^(?:(?:leer|lea|léelo|ver|read|lire|lisez|lesen|ler|leia|leggi|czytaj|читать|читайте|читати|lees|läs|les|lue|"
    rf"olvass|citește|číst|pročitajte)\b[^.!?]{{0,12}}?\s)?(?:(?:en|in|auf|em|na|po|на|az|în)\s+)?(?:het\s+)?"
    rf"{_OWN_LANGUAGE}(?:\s+(?:lesen|version|versión|versão|versione|edition|edición|édition|ausgabe))?\W*$|"
    rf"^(?:versión|version|versão|versione|édition|edición|ausgabe)\s+(?:en|in|em|auf)\s+{_OWN_LANGUAGE}\W*$", re.I)
# a notice that the page is an archived copy: "This archived news story is available only for your personal,
# non-commercial use ...", "This is an archived article and the information in the article may be outdated"
_ARCHIVE_NOTICE = re.compile(r"\barchived? (?:news )?(?:article|story|page|content|report|item|version)\b.{0,200}?"
                             r"(?:\boutdated\b|\bout of date\b|\bsuperseded\b|\bpersonal,? non-?commercial use\b|"
                             r"\btime ?stamp\b|\bno longer (?:be )?(?:accurate|current|up[- ]to[- ]date)\b|"
                             r"\bmay not reflect\b)|^this (?:article|story|page|report) is from (?:our|the) archives?\b",
                             re.I)
ARCHIVE_WORDS = 80  # an archive notice: words at most
# an icon's label or description left as text: "Chevron icon It indicates an expandable section ...", "Close icon"
_ICON_TEXT = re.compile(r"^(?:[\w-]+ ){1,3}icon\b", re.I)
# a no-break or zero-width space garbled by a wrong decoding, alone on its line: "Â", "â€‹"
_GARBLED_SPACE = re.compile(r"^(?:\u00c2|\u00c3\u201a|\u00e2\u20ac[\u2039\u00af\u0160]|[\s\u00a0\u200b])+$")
# a source's label whose name or link the page lost: "According to", "Via" alone on a line
_EMPTY_ATTRIBUTION = re.compile(r"^(?:according to|via|courtesy(?: of)?|credits?)\s*:?$", re.I)
# a link's label over a bare web address: "Content Original Link:", "Source link:" (words at most)
LINK_LABEL_WORDS = 4
# where a copy's text was printed: "The Valley Ledger, Lenz, 10 June 2011, p.C14" (a publication, a date and a page)
_PRINT_CITATION = re.compile(r"^(?:[^.!?]{2,60},\s)?[^.!?]{0,40}?\b(?:p|pp|page|pg)\.?\s?[A-Z]?\d{1,4}[A-Z]?\W*$", re.I)
PRINT_CITATION_WORDS = 15  # such a line: words at most
# an archive's or a site's number for the item: "Archive file 23359", "Story ID: 48211", "Item #5512"
_ITEM_NUMBER = re.compile(r"^(?:[A-Z][\w-]*\s)?(?i:file|item|story|article|document|doc|record|ref|reference|entry|post)"
                          r"\s?(?i:no\.?|number|#|id)?\s*:?\s*#?\d{3,}$|^(?i:id|ref)\s*:\s*\d{3,}$")
# a link to the story on the site it was copied from: "Read more at The Valley Ledger", "Continue reading on ..."
_READ_MORE_AT = re.compile(r"^(?:read (?:more|the (?:full|rest of the|original) (?:story|article|report))|continue "
                           r"reading|full (?:story|article|report)|see more|more)\s+(?:at|on|from|via)\s+(?:the\s+)?"
                           r"(?-i:[A-Z])[\w&.'-]*(?:\s[\w&.'-]+){0,4}\W*$", re.I)
# a call to read or follow the site on a news app or aggregator, in any language: "Read in Google News!", "Follow us
# on Apple News", "Читай у Google News!" (a few words ending on the app's name)
_NEWS_APP = re.compile(r"^\W*(?:\S+\s+){1,3}(?:google news|apple news|flipboard|msn|yahoo news|newsbreak|smartnews|"
                       r"feedly|dzen|google discover|google showcase|news360)\W*$", re.I)
# a page template's field label whose value is missing: "Author :", "Posted by:", "Filed under :" (a date's,
# a photo's and a tag list's labels have rules of their own)
_EMPTY_FIELD = re.compile(r"^(?:authors?|by|posted by|written by|reporters?|editors?|source|category|categories|"
                          r"filed under)\s*:\s*\|?$", re.IGNORECASE)
# ... a date's label without its date, perhaps with the writer's role glued before it: "EditorLast Update :"
_EMPTY_DATE_FIELD = re.compile(r"^(?:(?:authors?|editors?|admin|reporters?|staff)\s*)?(?:(?:last )?update[ds]?|"
                               r"(?:first )?published|posted(?: on)?|date|modified)\s*:\s*\|?$", re.IGNORECASE)
# a notice that the reader's browser is not supported: "IE 11 is not supported. For an optimal experience visit our
# site on another browser.", "Ваш браузер устарел" (and the list of browsers offered under it)
_BROWSER_NOTICE = re.compile(r"\b(?:internet explorer|ie) ?\d*,? (?:is |are )?(?:not|no longer) supported\b|\byour (?:web )?"
                             r"browser is (?:out of date|outdated|not (?:fully )?supported|no longer supported)\b|"
                             r"\b(?:update|upgrade) your (?:web )?browser\b|\b(?:on|with|in|use) (?:another|a different|a "
                             r"modern|a newer|a supported) browser\b|\bбраузер\b.{0,60}\bустарел|"
                             r"^(?:unsupported|outdated|old|incompatible) browser(?: detected)?\W*$|"  # a notice's heading
                             r"^browser (?:not supported|unsupported|out of date|outdated)\W*$|"
                             r"\bbest (?:viewed|experienced) (?:in|with|on|using)\b.{0,40}\b(?:chrome|firefox|safari|edge|"
                             r"opera|explorer|browser)\b", _I)
# ... in other languages: "Ihr Browser wird nicht unterst\u00fctzt", "Votre navigateur est obsol\u00e8te", "Tu navegador no es
# compatible", "Il tuo browser non \u00e8 supportato", "Seu navegador est\u00e1 desatualizado", "Twoja przegl\u0105darka jest nieaktualna"
_FOREIGN_BROWSER_NOTICE = re.compile(
    r"\b(?:ihr|dein) browser (?:wird nicht (?:mehr )?unterst\u00fctzt|ist (?:veraltet|nicht (?:mehr )?aktuell))|"
    r"\b(?:votre|ton) navigateur (?:n'est (?:pas|plus) (?:pris en charge|support\u00e9|compatible)|est (?:obsol\u00e8te|"
    r"d\u00e9pass\u00e9|trop ancien))|\b(?:tu|su) navegador (?:no es compatible|no est\u00e1 soportado|est\u00e1 desactualizado|"
    r"es (?:antiguo|obsoleto))|\b(?:il tuo|il vostro) browser (?:non \u00e8 (?:supportato|compatibile|aggiornato)|\u00e8 obsoleto)|"
    r"\b(?:seu|o seu|teu|o teu) navegador (?:n\u00e3o \u00e9 (?:suportado|compat\u00edvel)|est\u00e1 desatualizado)|"
    r"\b(?:twoja|wasza) przegl\u0105darka (?:jest (?:nieaktualna|przestarza\u0142a)|nie jest (?:obs\u0142ugiwana|wspierana))|"
    r"\b(?:uw|je) browser (?:wordt niet (?:meer )?ondersteund|is verouderd)", _I)
# a notice's advice naming two browsers or more: "For the best experience, we recommend Edge, Chrome or
# Opera.", "This site is best viewed in Chrome or Edge" (a story's sentence on browsers names whose advice it is)
_BROWSER_NAMES = re.compile(r"\b(?:chrome|firefox|safari|edge|opera|brave|vivaldi)\b", _I)
_BROWSER_ADVICE = re.compile(r"\b(?:we|please) (?:recommend|suggest|advise)|\brecommended browsers?\b|\bbest viewed (?:in|with|on|using)\b|"
                             r"\b(?:optimal|best|better|full) (?:browsing|experience|viewing|performance)\b|\bplease (?:use|switch|download|"
                             r"upgrade|update)\b", _I)
BROWSER_ADVICE_WORDS = 25  # such advice: words at most
# ... addressed to the reader (a story's sentence on a browser is not): "your", "our site", "please"
_TO_THE_READER = re.compile(r"\b(?:you|your|please|(?:our|this) (?:web)?site)\b|\b(?:вы|ваш)", _I)
BROWSER_NOTICE_WORDS = 50  # a browser notice: words at most
BROWSER_HEADING_WORDS = 6  # a notice's heading, not addressed to the reader: "Internet Explorer 10 Not Supported"
_BROWSERS = {"google", "chrome", "mozilla", "firefox", "safari", "opera", "microsoft", "edge", "yandex", "browser",
             "brave", "vivaldi", "internet", "explorer"}  # a notice's list of browsers: "Google Chrome Firefox Safari"
# a cookie banner: "This website uses cookies to improve your experience. ... Accept Read More", "Valley Media uses
# cookies for personalization ... change your cookie preferences" (the site's company by name)
_COOKIE_NOTICE = re.compile(r"^(?:this (?:web)?site|we|(?-i:[A-Z][\w&.'-]*)(?: (?-i:[A-Z])[\w&.'-]*){0,3}) uses? "
                            r"cookies\b.{0,200}\b(?:experience|consent|accept|agree|opt[- ]?out|browsing|privacy|"
                            r"settings|preferences|personali[sz]ation)\b", _I)
_SOCIAL_WORDS = {"share", "on", "facebook", "twitter", "x", "whatsapp", "telegram", "linkedin", "email", "e-mail",
                 "copy", "link", "viber", "reddit", "print", "pinterest", "messenger", "vk", "ok", "mail", "this",
                 "article", "story", "page", "save", "comment", "comments", "tweet", "with", "friends", "to", "via"}
_NETWORKS = {"facebook", "twitter", "whatsapp", "telegram", "linkedin", "viber", "reddit", "pinterest", "messenger",
             "vk", "tweet"}
# words of a sharing button ("Share this", "Email", "Reprints"), and how many bulleted buttons make a list of them
_SHARING = _NETWORKS | {"share", "email", "e-mail", "link", "print", "reprints", "digg", "bookmark", "permalink",
                        "save", "tweet", "mail"}
SHARE_ITEMS = 3
_BULLET = re.compile(r"^[-\u2022*\u2013\u00b7]\s+(?P<item>.+)$")  # a bulleted line: "- Email", "\u2022 Floods cut off ..."
# a promo line that heads no list of links: a button's call to act, a newsletter box, an advertisement or video
# label, a "continues below" marker, a promo with its item after a colon or bar ("Watch: Rescuers reach Lenz")
_NO_LIST = re.compile(r"^(?:(?:sign up|subscribe|follow|join|listen|enable|turn on|allow|support|donate|download|get|"
                      r"register|log in|sign in|become|connect|like us|find us|stay connected|keep in touch|already|enjoying|your support|settings|for daily|for breaking|"
                      r"advertisement|sponsored|bonus video|watch(?: the)? video|video|reuse this content|"
                      r"(?:story|article) continues|continue reading|show more|load more|scroll)\b|newsletters?\W*$|"
                      r"[^:|]+[:|]\s*\S)", re.IGNORECASE)
# a social box's call to follow the site: "Connect With Us On Social Media", "Like us on Facebook", "Stay connected"
_SOCIAL_CALL = re.compile(r"^(?:(?:connect|follow|like|find|join|keep in touch)(?: with)? us|"
                          r"stay connected(?: with us)?)(?P<where>\b.*)$", re.IGNORECASE)
_SOCIAL_PLACES = _NETWORKS | {"on", "at", "via", "and", "social", "media", "networks", "channels", "instagram",
                              "youtube", "tiktok", "x", "threads", "bluesky", "mastodon", "ok", "google", "news"}
_COUNTER = re.compile(r"^(?:(?:view|see|open)(?: all)?\s+|(?:photo |image |video )?gallery\s*[:(]?\s*)?\(?\d{1,4}\s+"
                      r"(?:photos?|images?|pictures?|pics|videos?|slides?)\)?\W*$|"  # a gallery's "9 photos"
                      r"^\s*(?:[-\u2013\u2014\u2022\u00b7]\s*)?[\d.,\s]+\s*(?:views?|reads?|comments?|comment\(s\)|"
                      r"shares?|likes?)(?:\s*[\d.,]+\s*(?:views?|comments?|comment\(s\)|shares?|likes?))*\s*\.?$|"
                      r"^(?:(?:by |reader |user )(?:views?|reads?|comments?|shares?|likes?)|views?|reads?)\s*\([\d.,]+\)$",
                      _I)
# a page's own statement that its text is a machine's translation, in English in any phrasing ("Translated from
# German by DeepL", "translated with the help of artificial intelligence", "AI-assisted translation") or in the
# source language, which a site translating its pages often leaves in place ("maschinelle \u00dcbersetzung",
# "traducci\u00f3n autom\u00e1tica", "\u043c\u0430\u0448\u0438\u043d\u043d\u044b\u0439 \u043f\u0435\u0440\u0435\u0432\u043e\u0434", "\u673a\u5668\u7ffb\u8bd1")
_MACHINES = (r"(?:an? )?(?:ai\b|artificial intelligence|machine|automat(?:ic|ed)|google|deepl|chatgpt|gpt|software|"
             r"(?:a |an? )?(?:automatic |machine |online |ai )?translation (?:tool|program|engine|app|software|service))")
_FOREIGN_MT = (r"maschinell\w* \u00fcbersetz|automatisch(?:e)? \u00fcbersetz|traducci[o\u00f3]n autom\u00e1tica|"
               r"traducid[oa] autom\u00e1ticamente|traduction automatique|traduit automatiquement|traduzione automatica|"
               r"tradott[oa] automaticamente|tradu\u00e7\u00e3o autom\u00e1tica|traduzid[oa] automaticamente|"
               r"traducere automat|g\u00e9pi ford\u00edt\u00e1s|strojov\w* p\u0159eklad|automatisch vertaald|"
               r"maskin(?:\u00f6|o)vers|t\u0142umaczeni\w* maszynow|przet\u0142umaczon\w* automatycznie|"
               r"otomatik (?:olarak )?\u00e7evr|makine \u00e7evirisi|"
               r"\u043c\u0430\u0448\u0438\u043d\u043d\w* \u043f\u0435\u0440\u0435\u0432\u043e\u0434|\u0430\u0432\u0442\u043e\u043c\u0430\u0442\u0438\u0447\u0435\u0441\u043a\w* \u043f\u0435\u0440\u0435\u0432\u043e\u0434|"
               r"\u043f\u0435\u0440\u0435\u0432\u0435\u0434\w* \u0430\u0432\u0442\u043e\u043c\u0430\u0442\u0438\u0447\u0435\u0441\u043a\u0438|\u043c\u0430\u0448\u0438\u043d\u043d\w* \u043f\u0435\u0440\u0435\u043a\u043b\u0430\u0434|"
               r"\u0430\u0432\u0442\u043e\u043c\u0430\u0442\u0438\u0447\u043d\w* \u043f\u0435\u0440\u0435\u043a\u043b\u0430\u0434|\u043f\u0435\u0440\u0435\u043a\u043b\u0430\u0434\u0435\u043d\w* \u0430\u0432\u0442\u043e\u043c\u0430\u0442\u0438\u0447\u043d\u043e|"
               r"\u6a5f\u5668\u7ffb\u8b6f|\u673a\u5668\u7ffb\u8bd1|\u81ea\u52d5\u7ffb\u8b6f|\u81ea\u52a8\u7ffb\u8bd1|\u81ea\u52d5\u7ffb\u8a33|\u6a5f\u68b0\u7ffb\u8a33|"
               r"\uae30\uacc4 ?\ubc88\uc5ed|\uc790\ub3d9 ?\ubc88\uc5ed|\u062a\u0631\u062c\u0645\u0629 \u0622\u0644\u064a\u0629|\u0627\u0644\u062a\u0631\u062c\u0645\u0629 \u0627\u0644\u0622\u0644\u064a\u0629")
_DISCLAIMER = re.compile(
    r"(?:disclaimer|note)\b.*\btranslat|\b(?:machine|automatic(?:ally)?|automated|computer|ai)[- ]translat|"
    r"\bai-(?:assisted|powered|generated|based) translat|\bgoogle[- ]translated\b|"
    rf"translat\w*(?: from (?:the )?[a-z]+)? (?:by|with|through|using|via) (?:the (?:help|aid|assistance) of )?{_MACHINES}|"
    r"translat\w*\s+(?:automatically|by (?:a )?computer|mechanically)|\bauto-translat|" + _FOREIGN_MT, _I)
# a story's sentence that reports what someone says or shows about machine translation is no disclaimer of the text
_REPORTED = re.compile(r"\b(?:said|says|told|tells|according to|shows?|showed|shown|warned|warns|argued|argues)\b", _I)
# a line naming the technology ("Towns Bring Automated Translation to Council Hearings", a headline) is about machine
# translation, not a disclaimer, which says that this text was translated ("translated ...", "this article ...",
# "Note:", "Disclaimer:", or a short label: "Machine translation", "(AI translation)")
_TECHNOLOGY = re.compile(r"\b(?:machine|automatic|automated|computer|ai)[- ]translations?\b", _I)
_THIS_TEXT = re.compile(r"\btranslat(?:ed|es)\b|\b(?:this|the|our) (?:article|text|story|page|post|content|report|news|"
                        r"version|translation)s?\b|\b(?:disclaimer|note)\b|:", _I)


def _about_translation(text: str) -> bool:
    """A line of more than three words that names machine translation (_TECHNOLOGY) and says nothing else a
    disclaimer says (_THIS_TEXT, another phrasing of `_DISCLAIMER`)."""
    if len(text.split()) <= 3 or not _TECHNOLOGY.search(text):
        return False
    rest = _TECHNOLOGY.sub(" ", text)
    return not _THIS_TEXT.search(rest) and not _DISCLAIMER.search(rest)


_PROMO = re.compile(
    r"^(?:bonus video|watch(?: the)? video|video|read (?:also|more|next)|see also|related(?: articles?| stories)?|"
    r"you may also like|recommended(?: for you)?|more from \w+|most (?:read|popular)|also (?:read|watch)|check also|"
    r"must (?:read|watch|see)|"
    r"trending(?: now| topics| stories| news)?|"
    r"advertisement|sponsored(?: content)?|related topics|more on this story|explore more on these topics|"
    r"reuse this content|related articles|top stories|more stories|latest news|most watched|more to explore|"
    r"read more on this|features|editor's picks|most (?:viewed|shared|commented|read stories)|"
    r"popular(?: now| stories| articles| posts| news)?|more articles(?: (?:on|about) (?:the|this) (?:subject|topic))?|"
    r"similar (?:news|articles|stories|posts)|leave a (?:reply|comment)(?: cancel reply)?|cancel reply|"
    r"(?:post|submit|add) (?:a |your )?comment|"
    r"more (?:coverage|news|stories|videos?|like this|in [\w ]{2,20})|further reading|what to read next|"
    r"more (?:[\w-]+ ){0,2}(?:news|stories|articles)(?: (?:in|from|on|about) [\w ]{2,30})?|source link|other (?:news|stories)|"
    r"related (?:coverage|content|news|links|reading|posts?)|(?:read|up|watch) next|don'?t miss|in other news|"
    r"around the web|from (?:our|the) partners?|promoted (?:stories|content|links)|paid (?:partner )?content|"
    r"latest(?: stories| videos?)?|top picks|you (?:might|may) (?:also )?(?:like|be interested in)|"
    r"comments?(?:\s*\(\d+\))?|join the conversation|(?:show|view|load|read) (?:all )?comments|"
    r"leave a (?:reply|comment)|post a comment|add a comment|about the authors?|tags|topics|filed under|"
    r"categories|keywords|more about|no comments?|\d+ comments?|"
    # "Keep reading…", "We suggest you read:", "Suggested reading"
    r"(?:other )?stories (?:of interest|you (?:may|might) (?:like|have missed))|don'?t miss (?:a|any|another) "
    r"(?:story|stories|thing|update)|(?:now )?read on|keep reading|we (?:also )?(?:recommend|suggest)(?: (?:that )?you)?(?: (?:to )?read| reading)?|"
    r"recommended reading|suggested (?:reading|articles|stories|posts)|you (?:may|might) (?:also )?want to read)"
    r"\s*(?::|\.{2,3}|\u2026)?$|"  # "Read more..."
    # a paywall's call: "Register free to read this report", "Sign in to continue reading", "Subscribe to unlock this article"
    r"^(?:register|sign up|subscribe|sign in|log in)(?: now| today| free| for free)? (?:to|and) (?:read|continue|sample|"
    r"access|unlock|view|see|get)\b[^.!?]{0,60}$|"
    r"^(?:bonus video|read (?:also|more|next)|see also|related|watch|listen|more|also read|up next|tags|topics|"
    r"(?:article )?topics? follows?|filed under|categories|keywords|more about|live (?:briefing|updates?|blog)|"
    r"similar (?:news|articles|stories))\s*:|"
    r"^advertisement\b.{0,40}$|"
    r"^(?:also read|also watch|also see|must read|read|read more|watch|see also)\s*\|\s*\S|"  # "ALSO READ | ..."
    r"^catch all the\b.{0,120}\bnews\b|^download (?:the|our) (?:[\w-]+ ){0,4}app\b|\ball the news on your phone\b|"
    r"^get (?:real-time|instant|breaking news|the latest) (?:news )?(?:alerts|updates|notifications)\b|"
    r"^(?:view|read|see) (?:the )?(?:full |original )(?:article|story|post|report)(?: here)?\W*$|"
    r"^(?:view|read|see) the (?:original|full (?:text|version)|rest)(?: here| below| at)?\s*:?$|"  # "Read the original here:"
    r"^(?:for (?:more|further) (?:details|information|info)|more (?:details|information|info)|"
    r"full (?:story|report|text)|"
    r"(?:read|see|view|watch) (?:the )?(?:full|original|more|whole))\b.{0,100}(?:https?://|www\.)|"
    r"\b(?:get|getting|try|download) (?:our|the) free\b|"
    r"(?:\blearn more|\bexplore now|\bfind out more|\bshop now|\bbuy now|\bsubscribe now|\btry (?:it )?(?:now|free)|"
    r"\b(?:listen|watch|read|stream|play|download|register|sign up|book|order|tune in) (?:now|today|here)|"
    r"\s[\u00bb\u203a])\W*$|"
    r"^editor'?s note\s*:|"
    r"^[*\u2022\u00b7\s]*(?:sign up for|subscribe to|download (?:the|our) app|click here)\b|"
    r"^join (?:us on|our)\b.{0,30}\b(?:channel|group|community|telegram|whatsapp|discord)\W*$|"
    r"^(?:читайте|подписывайтесь|подпишитесь)\b|^рассылка\b[^.!?]{0,40}$|"  # "read us", "subscribe", "newsletter"
    r"^(?:listen to (?:this|the) (?:article|story)|story continues below|continue reading|show more|load more|"
    r"read (?:this|the (?:full|original)) (?:story|article|report)\b.{0,80}(?:https?://|\bon\b|\bat\b))|"
    r"^follow\b.*\b(?:coverage|on twitter|on facebook|on telegram|us)\b|\bnewsletter\b|"
    r"your email address will not be published|required fields are marked|already (?:a subscriber|have an account)|"
    r"support (?:our|independent|quality) journalism|become (?:our |an? )?(?:member|subscriber|supporter|patron)s?\b|"
    r"\b(?:subscribe|sign up|register) (?:now|today|for free)\b|delivered (?:straight )?to your inbox|"
    r"^(?:privacy policy|terms of (?:use|service)|cookie policy|privacy (?:&|and) cookies? policy)\b|\b(?:you|subscribers|users|readers) agree to "
    r"(?:our|the) (?:terms|privacy)|"
    r"free articles? (?:left|remaining)|^to continue reading\b|^thank you for (?:reading|signing up|subscribing)|"
    r"\bwe (?:rely|depend) on (?:our )?readers\b|^donate\b|^report (?:an error|a typo|a correction)|"
    r"\b(?:is|are) (?:only )?available (?:only )?to (?:subscribers|members)\b|"
    r"(?:https?://|www\.)\S+\s+for more\b|\bfor more (?:coverage|news|updates)\b.{0,60}(?:https?://|www\.)|"
    r"\byour (?:support|donation|contribution|subscription)s? (?:helps|allows|makes|keeps|enables|means|funds)\b|"
    r"\byour (?:support|donations?|contributions?) (?:can|will|could) help\b|^enjoying (?:our )?ad-free\b|"
    r"\bwe (?:have )?disabled (?:all )?(?:the )?ads\b|^our (?:journalism|website|site|media) is (?:banned|blocked) in\b|"
    r"^we need your (?:help|support)\W*$|"
    r"\bclear all (?:the |your )?notifications\b|^settings(?:\s+[x\u00d7\u2715])?$|"
    r"^for (?:daily|breaking|instant|latest|real-time) (?:news )?(?:alerts|updates|notifications)\W*$|"
    r"^stay up[- ]to[- ]date with\b|\bnotifications can be managed\b|\b(?:turn on|enable|allow) (?:browser |push )?"
    r"notifications\b", _I)
# a paywall's offer box: "You've reached your limit of one free article", "Get unlimited access to ...", "Free
# trial", "30-days free access, then $2.90", "per month.", a feature with its badge ("Ad-free experience NEW")
_PAYWALL = re.compile(r"\byou(?:'ve| have) reached your (?:limit|maximum|quota)\b|^get unlimited (?:digital )?access\b|"
                      r"\bwhile we verify (?:your )?access\b|^want all of .{1,40}\? subscribe\W*$|"
                      r"\bcancel any ?time\W*$|^(?:start (?:your |a )?)?free trial\W*$|^\d+[- ]days? (?:of )?free\b|"
                      r"^per (?:month|year|week)\W*$|\bcompared to (?:monthly|annual|yearly) billing\b|"
                      r"^ad-free (?:experience|reading|access|version)\b|^\d+ (?:[\w&]+ ){0,3}newsletters\W*$|"
                      r"^access to (?:[\w'-]+ ){1,3}archives?\W*$|^exclusive (?:[\w'-]+ ){0,3}coverage\W*$|"
                      r"\s(?-i:NEW|BEST VALUE|MOST POPULAR)$", _I)
PAYWALL_WORDS = 20  # a paywall box's line: words at most
_CLICK_HERE = re.compile(r"\bclick here\W*$|\b(?:for (?:all|more) of|read more of) \S+ coverage\b", _I)  # a promo box
_SYNDICATED = re.compile(
    r"\b(?:(?:has|have) not been edited by|auto-?generated (?:story |content |text )?from|"
    r"(?:from|via) (?:an? |the )?syndicated (?:news )?feed|may not have (?:modified|edited)\b|"
    r"published from an? (?:wire |news )?(?:agency )?feed|without modifications? to (?:the )?text|"
    r"only the (?:headline|image) (?:has been|was|may have been) changed|"
    r"\bthis article appeared in the .{1,40}\b(?:section|edition)\b|\bprint edition under the headline\b|"
    # a note that the text is rewritten from another: "The material in this article is written on the basis of
    # another article.", "This post is based on an article published by ..."
    r"\b(?:written|prepared|based) on the basis of (?:another|an?|the original) (?:article|story|report|text)\b|"
    r"^this (?:article|story|post|text) (?:is|was) based on (?:an?|the|another) (?:article|story|report) "
    r"(?:by|from|in|published|that appeared)\b)", _I)
# a comment box's own text: its call, its rules, its invitation to send tips
# a site's prompt to allow push notifications ("Web Notifications", "Valley.com would like to send you notifications
# for breaking news alerts.", "Activate notifications?")
_PUSH_PROMPT = re.compile(r"^(?:web|push|browser|desktop) notifications?\W*$|"
                          r"\bwould like to (?:send|show) you (?:push |browser )?notifications\b|"
                          r"^(?:activate|allow|enable|turn on|subscribe to) (?:push |browser |web |desktop )?"
                          r"notifications\W*$", re.I)
_VIDEO_EMBED = re.compile(r"^(?:watch|view|play) (?:it |this )?on (?:youtube|vimeo|facebook|x|twitter|tiktok)(?![\w-])",
                          re.I)
_ICON_GLYPH = re.compile(r"^[\u203a\u00bb\u2192\u25b8\u25b6\u2022>]+\s*")  # an arrow or bullet before a link
_COMMENT_BOX = re.compile(
    r"\b(?:be part of the conversation|forum for (?:civil|constructive|respectful)|civil and constructive|"
    r"^(?:name|e-?mail(?: address)?|website|comment)\s*\*$|\bsave my name,? e-?mail\b|"
    r"thank you for your comment|your comment (?:is awaiting moderation|will be (?:published|posted|visible))|"
    r"merci pour votre commentaire|votre commentaire sera publi|"
    r"community (?:guidelines|standards|rules)|keep (?:your )?comments|comments? (?:respectful|civil|on[- ]topic)|"
    r"(?:share|send us|submit) (?:a |your )?(?:story idea|news tip)s?\b|submit (?:it|a tip|your story) here|"
    r"^send us your (?:story|stories|tips?|news|photos?)\W*$|"
    r"\b(?:not|no longer) (?:currently )?(?:accepting|taking|open(?:ed)? (?:for|to)) comments\b|"
    r"^comments (?:are|have been) (?:closed|disabled|turned off)\b|"
    r"\buses akismet to reduce spam\b|\bhow your comment data is processed\b|"  # a blog platform's comment form
    r"^(?:laisser|laissez) un commentaire\b|^deja (?:un|tu) comentario\b|^(?:einen )?kommentar (?:hinterlassen|schreiben)\b|"
    # a blog's "Leave a Reply" and "Cancel reply" in other languages, alone on their line
    r"^(?:deja una respuesta|dejar una respuesta|deja tu respuesta|cancelar (?:la )?respuesta|laisser une r\u00e9ponse|"
    r"annuler (?:la )?r\u00e9ponse|schreibe einen kommentar|hinterlasse einen kommentar|antworten abbrechen|"
    r"lascia una risposta|annulla (?:la )?risposta|deixe uma resposta|deixe um coment\u00e1rio|cancelar resposta|"
    r"geef een reactie|laat een reactie achter|reactie annuleren|zostaw (?:odpowied\u017a|komentarz)|"
    r"anuluj (?:pisanie )?odpowied\u017a|dodaj komentarz|"
    r"\u043e\u0441\u0442\u0430\u0432\u0438\u0442\u044c \u043a\u043e\u043c\u043c\u0435\u043d\u0442\u0430\u0440\u0438\u0439|"
    r"\u0434\u043e\u0431\u0430\u0432\u0438\u0442\u044c \u043a\u043e\u043c\u043c\u0435\u043d\u0442\u0430\u0440\u0438\u0439|"
    r"\u0437\u0430\u043b\u0438\u0448\u0438\u0442\u0438 \u043a\u043e\u043c\u0435\u043d\u0442\u0430\u0440|bir yan\u0131t yaz\u0131n|"
    r"tinggalkan balasan|batalkan balasan)\W*$|"
    r"^lascia un commento\b|^deixe (?:um|seu) coment\u00e1rio\b|\bne sera pas publi\u00e9e\b|\bno ser\u00e1 publicad[ao]\b|"
    r"\bwird nicht ver\u00f6ffentlicht\b|\bnon sar\u00e0 pubblicat[oa]\b|\bn\u00e3o ser\u00e1 publicad[oa]\b|"
    r"\bchamps obligatoires sont\b|\bcampos obligatorios est\u00e1n\b|\berforderliche felder sind\b|"
    r"\bcampi obbligatori sono\b|\bcampos obrigat\u00f3rios s\u00e3o\b|"
    r"^please enter (?:your|a valid) (?:comment|name|e-?mail(?: address)?|website)(?: here)?\W*$|"  # a theme's form
    r"^you have entered an incorrect e-?mail address\W*$|"
    r"^you are commenting using your\b|\bthere are no comments yet\b|\bbe the first to (?:comment|speak your mind)\b|^you may use these html tags and attributes\b|^fill in your details below or click an icon to log in\b)", _I)
# a comment box's longer policy text: "... committed to maintaining a lively but civil forum for discussion ...",
# "Comments may take up to an hour for moderation"
_COMMENT_POLICY = re.compile(r"\b(?:civil|respectful|constructive) forum for (?:discussion|debate)\b|"
                             r"\bcomments? (?:may|can|will) take (?:up to )?(?:an?|\d+) \w+ (?:for|to be) moderat", _I)
COMMENT_POLICY_WORDS = 120  # a comment box's policy text: words at most
_END_MARK = re.compile(r"^(?:ENDS?|END OF STORY|\(?END\)?|-+\s*30\s*-+|#{3})$")
# the wire's own end mark: "(END) Valley Newswires"
_END_WIRE = re.compile(r"^\(END\)\s+(?P<outlet>[A-Z][\w&.' -]{1,40}?)\.?$")
# a ticker's or shop's widget: "+7.77%", "opening:61.4", "$300/Month"; a text-size control "- A A A +"
_WIDGET_DATA = re.compile(r"^[+\-\u2212]\d[\d.,]*\s?%$|^[A-Za-z]+:[+\-]?\d[\d.,]*%?$|"
                          r"^[\u20b9$\u20ac\u00a3\u00a5]\s?\d[\d,.]*(?:\s?/\s?(?:month|mo|year|yr|week|day))?$|"
                          r"^[^\w]*(?:A[\s+\-\u2212]*){2,}$|^\d{1,2} (?:months?|years?|weeks?)$|"
                          r"^[\W_]*\d+\s?(?:sec|secs|seconds|min|mins|minutes?)\.?(?: \w+){0,2}$|"  # reading time
                          r"^(?:estimated )?(?:reading|read) time\s*:?\s*(?:about |approx\.? )?\d+(?:\s?[-\u2013]\s?\d+)?\s?"
                          r"(?:sec|secs|seconds|min|mins|minutes?)\.?$|"  # "Estimated read time: 4-5 minutes"
                          # the reading time after a section's name, glued or not: "Politics2 min read", "World · 3 min read"
                          r"^(?:(?-i:[A-Z])[\w&'.-]*(?: [\w&'.-]+){0,2}?\s?[\u00b7|\u2022-]?\s?)?\d+(?:\s?[-\u2013]\s?\d+)?[- ]?"
                          r"(?:min|mins|minutes?)\.? read$|"
                          r"^listen\W*\d+\s?(?:sec|secs|seconds|min|mins|minutes)\.?$|^(?:text|font) size\b|"
                          r"^[\u2022\u00b7]\s*\w+(?: \w+)?\s?:\s?\d+(?:\.\d+)?\s?%$|"  # "• Quality: 86%"
                          r"^[\u2022\u00b7]?\s*(?-i:[A-Z]{3,5})\s?[+\-]?\d+[.,]\d+%?$|^[\u2022\u00b7]\s*\d[\d.,]*$|"  # "• USD89.07"
                          r"^[^\w\"'\u201c(]*[\u2300-\u23ff\u2600-\u27bf\U0001f300-\U0001faff]", re.IGNORECASE)  # an icon
# a call to support the site ("Support Us", "Support The Valley Ledger!") and a donation box's opening
_SUPPORT_CALL = re.compile(r"^support (?:us|(?P<outlet>[\w&.' -]{2,40}?))\W*$", re.IGNORECASE)
_SMALL_FAVOUR = re.compile(r"\bwe have a small favou?r to ask\b", re.IGNORECASE)
# a donation box in the site's voice: "Dear reader," over "... we ask for the support of our readers ... Become a
# member" (a promo's words and the site asking for help), or its salutation alone
_APPEAL = re.compile(r"\bwe (?:ask|need|rely on|depend on|appeal to)\b.{0,80}\b(?:support|help|donat\w*|contribut\w*)\b|"
                     r"\b(?:support|help) us\b", re.IGNORECASE)
_SALUTATION = re.compile(r"^dear (?:readers?|subscribers?)\W*$", re.IGNORECASE)
APPEAL_WORDS = 120  # a donation box's text: words at most
# a donation box ending the page, under its heading ("A Message from the Ledger:") or salutation: at most this many
# lines, the first in the site's voice, and the heading or a word of the appeal
_MESSAGE_FROM = re.compile(r"^an? (?:message|note|letter|word) from (?:the |our )?[\w&.' -]{2,40}:?$", re.IGNORECASE)
_OUR_VOICE = re.compile(r"\b(?:we|our|us)\b", re.IGNORECASE)
_APPEAL_WORD = re.compile(r"\b(?:support|donat\w*|contribut\w*|subscri\w*|members?(?:hip)?)\b", re.IGNORECASE)
APPEAL_LINES = 8
STORY_PARAGRAPHS = 3  # full paragraphs of the story above a box that ends the page, at least
# a site's footer of links: "Editor in chief - Jane Roe. Terms of use. Privacy policy."
# (each link an item of its own between stops, bars or bullets)
_FOOTER_LINK = re.compile(r"(?:^|[.|\u2022\u00b7/]\s*)(?P<link>terms (?:of (?:use|service)|and conditions)|privacy (?:policy|notice)|"
                          r"cookie policy|contact us|about us)\s*(?=[.|\u2022\u00b7/]|$)", _I)
FOOTER_WORDS = 30  # a footer's line of links: words at most
# a widget to follow a topic: "Add Lenz floods as an interest to stay up to date ...", and its heading
# "Interested in Lenz floods?" over a line that names the topic again
_FOLLOW_TOPIC = re.compile(r"^add .{1,60} as an? (?:interest|topic|favou?rite)\b|^(?:follow|add) (?:this )?topic\W*$",
                           re.IGNORECASE)
_INTERESTED_IN = re.compile(r"^interested in (?P<topic>[^.?!]{2,60})\?$", re.IGNORECASE)
# a site's app promotion: "Get the Valley Ledger app", "Download our app" (the site's name, perhaps a known outlet)
_APP_PROMO = re.compile(r"^(?:get|download|install|try) (?:the|our) (?:(?P<name>[\w&.'-]+(?: [\w&.'-]+){0,3}) )?app\W*$",
                        re.IGNORECASE)
_APP_WORDS = {"free", "new", "mobile", "official", "news", "latest", "best", "iphone", "android", "ios"}  # no site's name
# a link to another story: "See also Floods in the valley - News - Ledger" (no sentence's full stop)
_SEE_ALSO = re.compile(r"^(?:see also|read also|also read|also see)\s+\S.*(?<![.!?])$", re.IGNORECASE)
SEE_ALSO_WORDS = 15  # a link to another story: words at most
# a donation button in the reader's voice ("I want to support the Valley Ledger"): no comma, no full stop
_SUPPORT_BUTTON = re.compile(r"^i (?:want|would like|'d like) to (?:support|help|donate to) [^.,;:?]{2,40}!?$", re.I)
# a newsletter box's blurb: "Our weekly newsletter contains ... You will receive it in your mailbox every Friday"
_NEWSLETTER_BOX = re.compile(r"\bin your (?:mail ?box|inbox)\b|\bnever miss (?:the latest|a story|an? (?:update|issue))\b|"
                             r"^(?:our|the) (?:[\w-]+ ){0,2}newsletter (?:contains|brings|delivers|is)\b", re.I)
NEWSLETTER_WORDS = 60  # a newsletter box's blurb: words at most
# a price tag of a shop or freelance site ("$25/hr Starting at $25", "From \u20ac40 per hour"): prices and these words
_PRICE = re.compile(r"[$\u20ac\u00a3\u20b9\u00a5]\s?\d[\d,.]*(?:\s?/\s?[a-z]+)?", re.I)
_PRICE_WORDS = {"starting", "from", "at", "only", "just", "per", "hour", "hr", "month", "year", "week", "day", "price",
                "rate", "hourly", "budget", "fixed", "avg", "average", "up", "to"}
# a wire story's note on what this version changed: "(Updates with details)", "(Adds quotes from minister)"
_VERSION_NOTE = re.compile(r"^\((?:updates?|adds?|recasts?|rewrites?|re-?leads?|corrects?|refiles?|repeats?|"
                           r"changes?|removes?|fixes?|inserts?)\b[^()]{0,80}\)$", re.IGNORECASE)
# a news site's section named alone ("World", "US News"): a label in the page header, never the headline
_SECTION_NAMES = {"world", "news", "world news", "us news", "uk news", "politics", "business", "economy", "markets",
                  "europe", "asia", "africa", "americas", "middle east", "opinion", "sport", "sports", "tech",
                  "technology", "science", "health", "culture", "entertainment", "lifestyle", "local", "national",
                  "international", "breaking news", "latest news", "analysis", "features", "live"}
# a site's category of posts: capitalised words joined by "&", ending in a kind of post
_CATEGORY = re.compile(r"^(?=.* & )(?:[A-Z][\w'-]*,? (?:& )?){1,6}(?:Articles|News|Stories|Posts|Blogs?|Features|Resources)"
                       r"(?: & [A-Z][\w'-]*)?$")
_SECTION_WORDS = {word for name in _SECTION_NAMES for word in name.split()} | {"stories", "top", "home"}
BREADCRUMB_SECTIONS = 3  # section names after "Home" in a breadcrumb glued to the headline: at most
# a picture's note: a stock label ("Representational image", "File picture"), a credits line ("Photo Credits: A (1),
# B (2)"), or the picture's file name left as its caption (words joined by underscores: "calf_with Ellie_4-29-13_(1)_sm")
_PICTURE_NOTE = re.compile(r"^(?:representational (?:image|picture|photo|pic)|file (?:photo|picture|image|pic))\b"
                           r"[^.!?]{0,40}(?:[.!?][^.!?]{0,40})?$|^photo credits?\s*:|"
                           r"^(?=(?:.*?[\w)]_[\w(]){2})(?=.*\s)[^.!?]*$", _I)
# the signature line under a social-media post embedded in a page: "— Lenz Police (@LenzPolice) March 18, 2019"
_POST_SIGNATURE = re.compile(r"^[\u2014\u2013-]\s*[^()]{1,60}\(@\w{1,30}\)\s+(?:(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|"
                             r"Nov|Dec)[a-z]*\.? \d{1,2},? \d{4}|\d{1,2} (?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|"
                             r"Dec)[a-z]* \d{4})$")
POST_WORDS = 60  # an embedded post's text over its signature line: words at most (a post is short)
# ... the post's text with its signature on one line: "... pic.twitter.com/x1 — Lenz Police (@LenzPolice) March 18, 2019"
_POST_SIGNED = re.compile(r"\s" + _POST_SIGNATURE.pattern.lstrip("^"))
# a site's notice over the story: "Disclaimer: ...", "Content warning: this article contains descriptions of ..."
_SITE_DISCLAIMER = re.compile(r"^disclaimer\s*:|^(?:content |trigger )?warning\s*[:-]\s*(?:this|the following) (?:article|story|"
                              r"report|piece|page|video|content|interview) (?:contains|includes|features|describes|has)\b",
                              re.IGNORECASE)
# a machine-translation notice about the page's other-language editions: it says nothing of this text
# ("originally written in English and machine-translated into other languages", "available in 12 languages")
_OTHER_EDITIONS = re.compile(r"\b(?:into|in) (?:other|several|many|multiple|\d+) languages\b|"
                             r"\boriginally (?:written|published) in English\b", re.IGNORECASE)
# a translation widget: "Select Language Powered by Google Translate", "Translate this page"
_TRANSLATE_WIDGET = re.compile(r"^(?:select|choose) (?:a |your )?language\b.{0,40}$|\bpowered by google translate\W*$|"
                               r"^(?:automatically )?translate(?: (?:this|the) (?:page|article|story|site))?\W*$",
                               re.IGNORECASE)
# a page's script or markup that leaked into the text: "(function(d, s, id) { var js ...", "<div><p>...</p></div>",
# "// perform ...", a bare identifier "close_game"
_CODE = re.compile(
    r"^\s*(?://|/\*|<!--)|\bfunction\s*\(|\bvar\s+\w+\s*[=,;]|\b(?:document|window)\.\w+|getElementsBy|"
    r"\b\w+\.\w+\.\w+\(|^<(?:div|p|span|a|img|image|picture|source|video|script|figure|figcaption|iframe)\b[^>]*>|"
    r"^[a-z]+(?:_[a-z]+)+$|\bdata:image/|^\S+\.(?i:png|jpe?g|gif|webp|svg|avif|bmp)$|"
    r"^\[/?[a-z]+(?:_\d+)?\]$")  # a blog's shortcode left in: "[ad_1]", "[/caption]"
# a bar of menu items ("World | Defence | Trade | Search") or a breadcrumb ("News / World News / Driver dead, ...")
_MENU_BAR = re.compile(r"^(?:[^|.!?\d]{1,30}\|){2,}[^|.!?\d]{1,30}$")
# menu items glued together by a scraper ("FinancialGovernment SolutionsLegalReuters News AgencyRisk ..."): a
# capitalised word run into the next; three such joins (a brand such as "YouTube" or "BlackRock" has one)
_GLUED_ITEMS = re.compile(r"[A-Z][a-z]{3,}(?=[A-Z][a-z]{3,})")
_BREADCRUMB = re.compile(r"^(?:[\w&'-]+(?: [\w&'-]+){0,2}\s(?:/|>|\u00bb|\u203a)\s){2,}\S|"
                         r"^(?i:home)\s(?:/|>|\u00bb|\u203a)\s[\w&'-]+(?: [\w&'-]+){0,2}$")  # "Home / World"
# a byline that names a desk, not a person ("DH Web Desk", "Staff Reporter", "News Bureau")
_DESK_BYLINE = re.compile(r"^(?:[Bb]y\s+)?(?:[A-Z][\w&.-]*\s){0,3}(?i:web|news|online|digital|metro|city|foreign|national|"
                          r"world|sports?|business|political|wire|newsroom) (?i:desk)$|^(?:[A-Z][\w&.-]*\s){0,2}(?:Staff|Special) "
                          r"(?:Reporter|Correspondent|Writer)s?$|^(?:[A-Z][\w&.-]*\s){0,2}(?:News )?Bureau$|^(?:[A-Z][\w&.-]*\s){1,3}Newsroom$|"
                          # a writer's beat and post alone under the byline: "Court correspondent", "Political Editor"
                          r"^(?:Senior |Chief |Deputy )?(?:[A-Z][a-z]+ ){1,2}(?i:correspondent|reporter|editor|columnist|"
                          r"writer)$")
_OUTLETS_DESK = re.compile(r"^(?P<outlet>[A-Z][\w&.-]*(?: [A-Z][\w&.-]*){0,2}) (?:Newsroom|Web Desk|News Desk)$")
# a copy's source in brackets: "SOURCE (NSS)", "Source (Valley News Agency)"
_SOURCE_BRACKETED = re.compile(r"^(?:source|sources|via)\s*\((?P<outlet>[^()]{2,40})\)\W*$", re.IGNORECASE)
# a notice that the story is developing: "This is a developing news story. More information will be posted as it
# becomes available.", "This story will be updated.", "Check back for updates."
_DEVELOPING = re.compile(r"^(?:this is an? )?(?:developing|breaking)(?: news)? (?:story|report)\b|\bthis (?:story|article|"
                         r"report|post) (?:is developing|will be updated|may be updated|is being updated)\b|^check back "
                         r"(?:later |soon )?for (?:more |further )?updates\W*$|\bmore (?:information|details) will be "
                         r"(?:posted|added|provided|released) (?:as|when) (?:it|they) becomes? available\b", re.IGNORECASE)
DEVELOPING_WORDS = 30  # such a notice: words at most
_SOURCE = re.compile(r"^(?:/\s*)?(?:(?:source|sources|via|источник)\s*:|originally published (?:by|in|on)|"
                     r"this (?:article|story) (?:was |has been |first |originally )+(?:published|appeared) (?:by|in|on))"
                     r"\s*:?\s*"
                     r"(?P<outlet>.+?)\.?$", _I)
# a copy's note of where it ran first: "The post ... appeared first on Lenz Daily.", "All copyrights for this article
# are reserved to lenz daily" (the site's name, in any case), "Republished with permission from ...", "Originally
# published at ..." (a known outlet)
_REPUBLISHED = re.compile(r"^(?:the post .{3,200}? appeared first on|all (?:copy)?rights (?:for|of|to|in) this "
                          r"(?:article|story|post|content) (?:are|is) reserved (?:to|by|for)|(?:re)?published with "
                          r"permission (?:from|of)|reprinted (?:with permission )?from|originally published at)\s+"
                          r"(?P<outlet>.+?)\.?$", _I)
_SOURCE_LINK = re.compile(r"[-\u2013\u2014]\s*\[(?:source|link|original)\]$", _I)
SOURCE_LINK_WORDS = 16  # a repost's credit, the writers' names and "[source]": words at most
# the original's language opening a source line ("originally published in Russian [by Meduza]"): no outlet's name
_SOURCE_LANGUAGE = re.compile(r"^(?:the )?(?:[A-Z][a-z]+ian|English|German|French|Spanish|Polish|Czech|Dutch|"
                              r"Greek|Turkish|Persian|Arabic|Hebrew|Chinese|Japanese|Kazakh|Uzbek|Swedish|Finnish|"
                              r"Portuguese)(?: language)?(?:$|\s+(?:by|on|in|at)\s+)")
_DATE_WORD = r"(?:date|published|updated|posted|last updated|first published|last modified|modified|created)"


@lru_cache(maxsize=1)
def foreign_months() -> dict[str, int]:
    """Month names of other languages as date lines write them ('7 августа 2023', '3. März 2021'), lower case ->
    month number, from data/month_names.csv (Russian, Ukrainian, German, French, Spanish, Italian, Portuguese,
    Polish; those that begin like an English month's name are read as English)."""
    with resources.files("analysis.data").joinpath("month_names.csv").open(encoding="utf-8") as f:
        return {row["name"]: int(row["month"]) for row in csv.DictReader(f)}


def in_english_months(value: str) -> str:
    """A date with another language's month name written with the English one: '7 августа 2023' -> '7 August 2023'."""
    names = foreign_months()
    return re.sub(r"[^\W\d_]+", lambda m: calendar.month_name[names[m[0].lower()]] if m[0].lower() in names else m[0],
                  value)


_MONTH = (r"(?:(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\.?|(?:"
          + "|".join(sorted(foreign_months(), key=len, reverse=True)) + r")\b)")
_ORDINAL = r"(?:st|nd|rd|th)?"  # "16th June 2010", "June 16th, 2010"
_DATE_VALUE = (rf"(?:\d{{4}}-\d{{2}}-\d{{2}}|\d{{1,2}}[./-]\d{{1,2}}[./-]\d{{4}}|\d{{1,2}}{_ORDINAL} {_MONTH},? \d{{4}}|"
               rf"{_MONTH} (?:\d{{1,2}}{_ORDINAL}(?:,? |,))?\d{{4}})")  # also "October 12,2022" (no space)
_WEEKDAY = r"(?:mon|tue|wed|thu|fri|sat|sun)[a-z]*\.?"
# a full date, also a site's "May, Friday 3, 2024" and "Jan.12 - 2024"
_FULL_DATE = re.compile(rf"\d{{4}}-\d{{2}}-\d{{2}}|\d{{1,2}}[./-]\d{{1,2}}[./-]\d{{4}}|\d{{1,2}}{_ORDINAL} {_MONTH},? \d{{4}}|"
                        rf"{_MONTH}(?:,? |(?<=\.))(?:{_WEEKDAY},? )?\d{{1,2}}{_ORDINAL}(?:[.,]? | [-\u2013] )\d{{4}}", _I)
_DATE_LABEL = re.compile(rf"^(?:{_FULL_DATE.pattern})\s*[:|\u2013\u2014-]\s+", _I)  # "26.07.2024: " over a headline
_DATE_LINE = re.compile(rf"^(?:(?:this )?(?:page|story|article|post)(?: was)? )?(?P<word>{_DATE_WORD})\b[^\n]{{0,40}}?"
                        rf"(?P<date>{_DATE_VALUE})", _I)  # "Last updated at ...", "Page last updated at ..."
_DATE_FURNITURE = re.compile(
    rf"{_DATE_VALUE}|\b\d{{1,2}}[:.]\d{{2}}(?:\s*[ap]\.?m\.?)?|"
    r"\b(?:[ECMP][SD]T|ET|BST|GMT|UTC|CET|CEST|EET|EEST|MSK|IST|PKT|JST|KST|HKT|SGT|AE[SD]T|NZ[SD]T|SAST|EAT|WAT|"
    r"[AH]ST|AKST)\b|"
    r"\b(?:mon|tue|wed|thu|fri|sat|sun)[a-z]*\.?|\b(?:last |first )?(?:updated|published|posted|modified|created|on|at|"
    r"ago|comments?)\b|"
    r"T\d{2}:\d{2}(?::\d{2})?(?:\.\d+)?(?:Z|[+-]\d{2}:?\d{2})?|\b(?:\d+|an?)\s*(?:min|mins|minutes?|hours?|hrs?|days?|"
    r"weeks?|months?|years?)\s*(?:ago|read)\b|"
    r"\bin (?:a|an|\d+) (?:min|mins|minutes?|hours?|days?|months?|years?)\b|\bread\b|[\W_]+", _I)
_DATE_PREFIX = re.compile(rf"^(?P<prefix>(?P<word>date|published|posted|first published)\s*:?\s*(?P<date>{_DATE_VALUE}))"
                          r"\s+(?P<rest>[\"'\u201c\u2018(]?[A-Z0-9].*)$", _I)
_DATE_WORD_ONLY = re.compile(rf"^{_DATE_WORD}\s*:?$|^(?:on|at)$|^(?:updated|published|posted|time|clock)?\s*\d+\s*"
                             r"(?:min|mins|minutes?|hours?|days?|weeks?)\s+ago$", _I)  # "time3 days ago": an icon's name
_BYLINE = re.compile(r"^(?:[Bb]y\s+|By(?=[A-Z][a-z]))(?:[A-Z][\w.'-]+\s*)(?:(?:(?:the|of)\s+)?[A-Z][\w.'-]+\s*){0,3}"
                     r"(?:(?:,|\band\b|&)\s*(?:the\s+)?(?:[A-Z][\w.'/-]+\s*){1,4})*$")
# a byline with its outlet in brackets: "By JANE ROE and JOHN DOE (Associated Press)"
# an aggregator's header over each item: the headline, its outlet, the date and the poster ("Floods cut off villages -
# Valley Ledger - January 3, 2021 by Jane Roe"): a date and a byline ending the line after a dash
_DATED_BY_END = re.compile(rf"\s[-\u2013\u2014]\s(?P<date>{_FULL_DATE.pattern})\s+by\s+(?:(?-i:[A-Z])[\w.'-]*\s?){{1,4}}$",
                           re.I)
DATED_HEADER_WORDS = 45  # such a line: words at most
_BYLINE_OUTLET = re.compile(r"^(?P<byline>[Bb][Yy]\s.+?)\s*\((?P<outlet>[A-Z][^()]{1,40})\)$")
_CREDITS = re.compile(r"^(?:\(?(?:additional )?(?:reporting|writing|written|editing|compiled|translated|produced) "
                      r"by\b)|"
                      r"^(?:write to|contact|e-?mail|reach)\s.{2,60}?\s(?:at|on|via)\s+\S+@\S+\.\w+\W*$|"
                      r"^\S+@\S+\.[a-z]{2,}$|"  # the writer's address
                      r"^translated from (?:the )?[^\W\d_]+(?: by [^,.;]{2,60})?\.?$|"
                      # a translated copy's credit naming its original: "Edited translation from Valley Daily"
                      r"^(?:edited |machine[- ]|unofficial )?translat(?:ion|ed) (?:and edited )?from (?:the )?"
                      r"(?-i:[A-Z])[\w'.-]*(?: (?-i:[A-Z])[\w'.-]*){0,4}\.?$|"
                      r"^(?:published|edited|curated|reviewed|posted|written) by\s*:\s*\S|"  # "Published By: Jane Roe"
                      r"\bcontributed (?:to )?(?:this )?(?:report|reporting|story|article)"
                      r"(?: (?:from|in) (?-i:[A-Z])[\w.'-]*(?:,? (?-i:[A-Z])[\w.'-]*){0,3})?\W*$|"
                      r"^[\W_]*with assistance from (?-i:(?:[A-Z][\w.'-]*\s?){1,4}"
                      r"(?:(?:,|and)\s(?:[A-Z][\w.'-]*\s?){1,4})*)\W*$", _I)
# a story's correction note: "Correction: An earlier version ...", "This article was amended on 6 May 2024 to ..."
_CORRECTION = re.compile(r"^(?:correction|clarification)s?\s*:|^this (?:article|story|report) (?:was|has been) "
                         r"(?:amended|corrected) (?:on|to)\b|^an earlier version of this (?:article|story|report)\b",
                         _I)
_COPYRIGHT = re.compile(r"^(?:copyright|\u00a9|\(c\))|all rights reserved|may not be (?:published|reproduced|"
                        r"redistributed)|^our standards\b|\btrust principles\b", _I)
# "Jane Roe is a reporter at the Ledger covering crime", "John Doe is a senior correspondent based in Rome": who
# wrote it, said of the writer as a job with the beat, base or outlet (a person in the story is introduced
# in passing, "Roe, a reporter at the Ledger, said")
_AUTHOR_BLURB = re.compile(
    r"^(?:[A-Z][\w.'\u2019-]+\s){1,3}(?:is|was|has been|writes|reports|covers)\s(?:an?\s|the\s|our\s)?"
    r"(?:[\w-]+\s){0,5}?"
    r"(?:reporter|correspondent|journalist|editor|writer|columnist|producer|contributor|photographer|"
    r"photojournalist|freelancer|bureau chief|news editor|fellow|for|about|on)s?\b"
    r"(?=.{0,200}\b(?:covering|covers|cover|based in|focus(?:es|ing)? on|is the author of|follow (?:him|her|them)|"
    r"reach (?:him|her|them)|email|e-mail|@\w|previously (?:worked|reported|wrote)|joined (?:the|[A-Z])|"
    r"has (?:written|reported) (?:for|on|about)|writes (?:about|on|for)|reports on))", 0)
# the writer introducing themselves: "I am Jane Roe, a professional writer and journalist for the Ledger. I ..."
_FIRST_PERSON_BLURB = re.compile(r"^I(?: am|'m|\u2019m) (?:[A-Z][\w.'\u2019-]+ ){0,2}[A-Z][\w.'\u2019-]+, (?:an? |the )?"
                                 r"(?:[\w'\u2019-]+ ){0,4}?(?:reporter|correspondent|journalist|editor|writer|columnist|"
                                 r"blogger|contributor)\b")
_FROM_OUTLET = re.compile(r"^(?:by\s+(?:[A-Z][\w.'-]+\s+){1,4})?(?:from|via)\s+(?:the\s+)?(?P<outlet>[\w .&/-]{2,40}?)"
                          r"(?:\s+news\s+wire|\s+wire|\s+news\s+service)?\W*$", _I)
_COMMENT_LINK = re.compile(r"^\d*\s*comments?$", re.IGNORECASE)  # "9:46 AM, Mar 11, 2013 | comments"
# "date | byline", "byline · date", a byline glued to the time before it ("12:18 pmby The Lenz Daily news desk") or
# after the year ("September 7, 2021 by Jane Roe")
_HEADER_JOIN = re.compile(r"\s*[|\u00b7\u2022]\s*|(?<=\d[ap]m)(?=by\s)|(?<=\d [ap]m)(?=by\s)|(?<=\d{4})\s+(?=by\s)",
                          re.IGNORECASE)
_SEPARATOR = re.compile(r"^[\W_]+$")  # punctuation, bullets and rules only
_CREDIT = re.compile(
    r"(?:\bphoto\s*(?:by)?\s*:|\bphoto(?:graph)?\s*(?:credit)?\s*:|\(photo\b|\bimage\s*:|\bcredit\s*:|"
    r"\b(?:AP|AFP|Reuters|Getty|EPA|TASS|Sputnik|Anadolu)\s+(?:Photo|Images)\b|/\s*(?:AP|AFP|Reuters|Getty Images|EPA)\s*$|"
    r"photo\s*:\s*\w+|\((?:video|photo|image|graphic)s?\s*:|\bvia getty\b|\bshutterstock\b|\b(?:photo|photograph|picture|image)s? by [A-Z]|"
    r"(?:Getty Images|Shutterstock|EPA-EFE|Alamy|/\s*Pool)\s*(?:\d+\s*/\s*\d+)?\s*$|"
    r"^(?:picture|pictures|illustration|graphic|foto|photos?|image|quelle|bild|fuente|fonte|\u017ar\u00f3d\u0142o|"
    r"art|artwork|collage|drawing|infographic|"
    r"zdj\u0119cie|cr\u00e9dito|cr\u00e9dit|\u0444\u043e\u0442\u043e|kuva)\s*:|^credit\s*(?:\.{2,}|\u2026)|^epa\d{5,}\b|"
    r"^(?:photo|image|picture) credits?\s+(?:https?://|www\.)\S+$)", _I)
# a picture's caption ending in the site's label for it ("Soldiers at the front /Collage Valley Channel", "...
# Photo: Lenz Daily"): no headline
_PICTURE_LABEL = re.compile(r"(?:/\s*(?:photo|collage|illustration|image|picture|graphic|infographic|video)s?\s*:?\s*|"
                            r"\b(?:photo|collage|illustration|image|picture|graphic|infographic|video)s?\s*(?:/|:|by\b)"
                            r"\s*)(?-i:[A-Z0-9])[\w&.'-]*(?:\s+[\w&.'-]+){0,3}\s*$", re.I)


def picture_label(line: str) -> bool:
    """A caption ending in a picture's label, after three words or more (not "In photos: Floods hit the valley")."""
    return bool((match := _PICTURE_LABEL.search(line)) and len(line[:match.start()].split()) >= 3)


# a credit alone on its line: "Jane Roe / Valley News Agency" (a person, a slash, an agency's name)
_NAME_AND_AGENCY = re.compile(r"^[A-Z][\w'\u2019-]+(?: [A-Z][\w'\u2019-]+){1,2}\s?/\s?(?:[A-Z][\w&'-]*\s){0,4}"
                              r"(?:Agency|Press|Media|Images|Photos?|Pictures|Wire|News Service)$")
# a credit closing a caption: "... REUTERS/Jane Roe", "... Photograph: Jane Roe/AP", "Jane Roe / TASS", "via Reuters",
# "Picture: Getty", "[Jane Roe/Reuters]", "\u00a9 Reuters"; a caption may run long before it, a sentence of the story
# never ends so
_AGENCY = (r"(?:REUTERS|Reuters|AFP|AP|PA|PA Wire|PA Media|EPA|EPA-EFE|TASS|TASR|Sputnik|SPUTNIK|Xinhua|XINHUA|Anadolu|ANADOLU|AAP|dpa|DPA|"
           r"ANSA|UPI|ZUMA|Pool|POOL|Handout|HANDOUT|Getty|GETTY|Getty Images|Imago|IMAGO|Alamy|Bloomberg|NurPhoto|"
           r"Shutterstock|Kremlin|KREMLIN|Ria Novosti|RIA Novosti)")
_NAME = r"[A-Z][\w.'\u2019-]*(?:\s+(?:[A-Z][\w.'\u2019-]*|de|van|von|al|el|da|di)){0,3}"
_CREDIT_END = re.compile(
    rf"(?:\b{_AGENCY}\s?/\s?{_NAME}(?:\s?/\s?{_NAME})?|"  # "REUTERS/Jane Roe/Valley Ledger": a pool picture
    rf"\b[A-Z][a-z]+(?:\s[A-Z][\w'\u2019-]+){{1,2}}\s?(?:/|,)\s?{_AGENCY}(?:\s+via\s+{_AGENCY})?|"
    r"/\s?(?:Facebook|Twitter|X|Instagram|Telegram|YouTube|TikTok|VK|Social Media)\)*|\bvia\s+" + _AGENCY + "|"
    rf"\b(?i:picture|photo|photograph|image|credit|foto)\s*:\s*{_NAME}(?:\s?/\s?{_NAME})?|"
    rf"\[(?:File(?: photo)?:\s*)?(?:{_NAME}\s?/\s?{_NAME}(?:\s+via\s+{_NAME})?|{_AGENCY})\]|"  # "[File: Jane Roe/AP]"
    rf"(?:\u00a9|\b(?i:image copyright)\s*:?)\s*(?:{_NAME}|[a-z]{{2,5}})(?:\s?/\s?(?:{_NAME}|[a-z]{{2,5}}))?)(?:,\s*(?i:file|handout|pool))?\)?"
    r"(?:\s+Show (?:More|Less))*\s*$")
# a short caption closed by its credit in square brackets: "... outside the town hall. [Source: Valley TV]"
_SQUARE_CREDIT = re.compile(rf"\[(?i:source|photo|image|picture|credit)s?\s*:\s*{_NAME}(?:\s?/\s?{_NAME})?\]\s*$")
SQUARE_CREDIT_WORDS = 25  # such a caption's words at most: a paragraph may close with its source so
CAPTION_WORDS = 45  # a caption closed by a credit that could close a sentence too: words at most
# a wire photo's caption by its form: the AP's ", Wednesday, March 9, 2022." (a story says "on Wednesday" and no
# year), Getty's "KYIV, UKRAINE - MARCH 9:" header, a gallery's "3 of 8" before the caption
_MONTH_NAME = r"(?:January|February|March|April|May|June|July|August|September|October|November|December|" \
              r"Jan\.|Feb\.|Aug\.|Sept?\.|Oct\.|Nov\.|Dec\.)"
_WIRE_CAPTION = re.compile(
    rf",\s(?:on\s)?(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day,\s{_MONTH_NAME}\s\d{{1,2}},\s\d{{4}}\.(?:\s|$)|"
    r"^[A-Z][A-Z .'-]+(?:, [A-Z][A-Z .'-]+)? - (?:JANUARY|FEBRUARY|MARCH|APRIL|MAY|JUNE|JULY|AUGUST|SEPTEMBER|"
    r"OCTOBER|NOVEMBER|DECEMBER) \d{1,2}(?:, \d{4})?:|^\d{1,3} of ?\d{1,3}(?:\s+[A-Z\d]|\s*$)")
# a picture's caption written as a sentence in the present tense or with a participle, its subject named, dated as a
# picture is ("Jane Roe speaks at a news conference in Lenz on Tuesday.", "Jane Roe, center, arriving at court on
# Monday."): a story tells what happened in the past tense
_PICTURE_FORMS = (r"(?:speaks?|speaking|gestures?|gesturing|poses?|posing|stands?|standing|sits?|sitting|walks?|walking|"
                  r"waves?|waving|smiles?|smiling|listens?|listening|looks? on|looking on|reacts?|reacting|holds?(?: up)?|"
                  r"holding(?: up)?|talks?|talking|greets?|greeting|shakes? hands|shaking hands|embraces?|embracing|"
                  r"hugs?|hugging|prays?|praying|mourns?|mourning|weeps?|weeping|cries|crying|watch(?:es)?|watching|"
                  r"kneels?|kneeling|chats?|chatting|lays? a wreath|laying a wreath|carr(?:y|ies)|carrying|rides?|riding|"
                  r"inspects?|inspecting|gathers?|gathering|queues?|queuing|queueing|wades?|wading|rests?|resting|"
                  r"pauses?|pausing|sings?|singing|dances?|dancing|salutes?|saluting|march(?:es)?|marching|protests?|"
                  r"protesting|arriving|leaving|attending|addressing|delivering|visiting|playing|celebrating|signing|"
                  r"casting|voting|waiting)")  # "arrives" or "leaves" may tell a visit to come; "arriving" does not
_PLACEMENT_WORDS = r"(?:left|right|centre|center|second (?:from )?(?:left|right)|far (?:left|right)|front|rear|top|bottom)"
_PICTURE_SENTENCE = re.compile(
    rf"^(?!(?:He|She|They|It|We|I|You|This|That|These|Those|There|Here)\b)(?:(?:An?|The) )?(?-i:[A-Z])[\w.'\u2019-]*"
    rf"(?: [\w.'\u2019-]+){{0,6}}?(?: \((?:{_PLACEMENT_WORDS}|[lcr])\)|, {_PLACEMENT_WORDS}(?: row)?,)? {_PICTURE_FORMS}\b"
    rf"[^.!?\"\u201c\u201d]{{3,200}}[.]?$")
# the same as a picture's alt text over its caption: a name and a participle, "Jane Roe walking"
_NAME_DOING = re.compile(rf"^(?-i:[A-Z])[\w.'\u2019-]+(?: (?-i:[A-Z])[\w.'\u2019-]+){{0,3}} {_PICTURE_FORMS}"
                         r"(?: [a-z][\w'-]*){0,3}$")
# a picture's alt text describing who is in it, with no full stop: "A police officer wearing a gas mask", "An elderly
# woman holding a candle"
_ALT_DESCRIPTION = re.compile(r"^(?:An?|Two|Three|Several|Many) (?:[\w'-]+ ){1,4}(?:wearing|holding(?: up)?|standing|"
                              r"sitting|walking|posing|waving|carrying|gesturing|smiling|kneeling|wading|queuing|queueing|"
                              r"looking (?:at|on|out))\b[^.!?:;]{0,80}$")
ALT_DESCRIPTION_WORDS = 15  # such an alt text: words at most
_PICTURE_DAY = re.compile(rf"\b(?:on )?(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day\b|{_MONTH_NAME} \d{{1,2}}\b|"
                          rf"\b\d{{1,2}} {_MONTH_NAME}")
# a caption without a verb: who or what, where and the day with its year ("Soldiers in Lenz, Valdoria, on February 22,
# 2024."); a story's sentence has its verb ("... took effect on January 1, 2024.")
_PLACE_AND_DAY = re.compile(rf"^(?:(?:An?|The|Two|Three|Several|Many) )?(?-i:[A-Z])[\w'\u2019-]*(?: [\w'\u2019-]+){{0,6}}? "
                            rf"(?:in|at|near|outside) (?-i:[A-Z])[\w'\u2019-]*(?:,? (?-i:[A-Z])[\w'\u2019-]*){{0,3}},? "
                            rf"(?:on )?(?:{_MONTH_NAME} \d{{1,2}},? \d{{4}}|\d{{1,2}} {_MONTH_NAME},? \d{{4}})\.?$")
_HAS_VERB = re.compile(r"\b(?:\w+ed|said|says|took|takes|came|went|made|gave|got|held|met|began|left|brought|told|found|"
                       r"fled|fell|ran|saw|sent|spent|stood|won|lost|hit|cut|put|set|shot|fought|built|broke|kept|led|"
                       r"paid|sold|struck|wrote|drove|rose|flew|grew|knew|threw|wore|is|are|was|were|be|been|has|have|"
                       r"had|will|would|can|could|may|might|must|should|does|did|do)\b", re.I)
PLACE_DAY_WORDS = 14  # such a caption: words at most
# a placement in the picture anywhere in a caption: "Mayor Jane Roe, to her right, also spoke."
_PLACED = re.compile(rf"\((?:{_PLACEMENT_WORDS}|[lcr])\)|, {_PLACEMENT_WORDS}(?: row)?,|\bto (?:his|her|their) "
                     r"(?:left|right)\b|\bfrom (?:left|right)\b")
PICTURE_SENTENCE_WORDS = 30  # such a caption: words at most ...
PICTURE_MORE_WORDS = 15  # ... and a sentence after it, in a caption placing people in the picture
# a person's post and name alone ("Castelo Town Supervisor Mila Varga", "Police Chief Ivo Marek"): a portrait's caption,
# caught only between two paragraphs, one of them naming the person
_ROLE_NAME = re.compile(r"^(?!The\s)(?:[A-Z][\w.'-]*\s){0,4}?(?:Mayor|Commissioner|Administrator|Director|President|Minister|"
                        r"Governor|Senator|Representative|Rep\.|Sen\.|Gov\.|Councilman|Councilwoman|Councillor|"
                        r"Councilor|Council Member|Chief|Sheriff|Superintendent|Secretary|Chairman|Chairwoman|Chair|"
                        r"Manager|Judge|Spokesman|Spokeswoman|Spokesperson|Coach|Principal|Professor|Dr\.|Ambassador|"
                        r"Prosecutor|Attorney|Trustee|Supervisor|Clerk|Treasurer|Deputy|Officer)\s+"
                        r"[A-Z][\w'-]+(?:\s[A-Z]\.)?\s[A-Z][\w'-]+$")
ROLE_NAME_WORDS = 8  # such a caption: words at most
# an alt text of a name and a place ("Mayor Jane Roe, Lenz"), caught only between two paragraphs
_NAME_PLACE = re.compile(r"^(?:[A-Z][\w.'\u2019-]+ ){1,4}?[A-Z][\w.'\u2019-]+, [A-Z][\w.'\u2019-]+(?: [A-Z][\w.'\u2019-]+){0,2}$")
# an agency credit line closing a story: "mkg/hc (Reuters, AFP, dpa, AP)", "(Reuters)", "- AFP"
_AGENCY_CREDIT = re.compile(
    r"^(?:[a-z]{1,4}(?:/[a-z]{1,4})*\s*)?[-\u2013\u2014]?\s*\(?\s*(?:AP|AFP|Reuters|dpa|DPA|AAP|EFE|KNA|epd|ANSA|"
    r"Xinhua|TASS|Interfax|UPI|PA|IANS|PTI|Anadolu|Bloomberg)(?:\s*[,/&]\s*(?:AP|AFP|Reuters|dpa|DPA|AAP|EFE|KNA|epd|"
    r"ANSA|Xinhua|TASS|Interfax|UPI|PA|IANS|PTI|Anadolu|Bloomberg))*\s*\)?\s*$")
# editors' initials alone in brackets ending a wire story: "(jh)", "(mkg/hc)"
_EDITOR_INITIALS = re.compile(r"^\((?:[a-z]{2,3})(?:/[a-z]{2,3}){0,3}\)$")
# the agencies a story was written with: "With AFP", "(With inputs from PTI)", "With inputs from agencies"
_WITH_AGENCIES = re.compile(rf"^\(?[Ww]ith (?:inputs? from )?(?:agencies|agency inputs|(?:{_AGENCY}|PTI|IANS|ANI)"
                            rf"(?:(?:,| and) (?:{_AGENCY}|PTI|IANS|ANI))*(?: inputs?)?)\)?\.?$")  # "With PTI inputs"
_FILE_CAPTION = re.compile(r"^FILE\s*[-\u2013\u2014]\s", 0)
# a credit in brackets after the caption's sentence: "... on Tuesday. (Jane Roe/for The Valley Ledger)", "((Jane
# Roe/Associated Press))", "(Photo: Jane Roe / Valley Ledger)"
_BRACKETED_CREDIT = re.compile(rf"[.!?][\"'\u201d\u2019]?\s*\(+\s*(?:(?i:photo|image|picture|foto)s?(?: by)?\s*:?\s*)?"
                               rf"{_NAME}\s?/\s?(?:(?i:for)\s+)?(?:the\s+|The\s+)?[A-Z][\w&.'-]*(?:\s[A-Z][\w&.'-]*){{0,4}}"
                               r"\s*\)+\s*$")
# a caption closed by where its picture is from, no full stop after it: "... in Lenz Photo from the council video"
_PHOTO_FROM = re.compile(r"\s(?i:photo|photograph|image|picture|screenshot|video still)s?\s+(?i:from|courtesy of|via)\s+"
                         r"[^.!?]{2,40}$")
# ... or by a sentence saying where its picture is from, its full stop kept: "... in Lenz. Screenshot from video
# posted by Lenz Police.", "... Photo courtesy of the Lenz Fire Department."
_PICTURE_SOURCE = re.compile(r"(?:^|[.!?]\s+)(?:Screenshot|Screen ?grab|Photo(?:graph)?|Image|Picture|Video still|Still|"
                             r"Footage)s?\s+(?:taken\s+)?(?i:from|courtesy of|courtesy|via|provided by|supplied by)\s+"
                             r"(?:[a-z][\w-]*\s+){0,3}?(?:(?:provided|supplied|released|posted) (?:by|from|on)\s+)?(?:the\s+)?"
                             r"[A-Z][\w&.'-]*(?:\s+[A-Z][\w&.'-]*){0,4}\.?$")
# a picture's credit alone: "Screengrab/Courtesy Lenz Council", "Photo courtesy of Jane Roe", "Courtesy Lenz Police"
_COURTESY_CREDIT = re.compile(r"^(?:(?:screenshot|screen ?grab|photo(?:graph)?|image|picture|video still|video|still|"
                              r"submitted photo|contributed photo)s?\s*[/:,|-]?\s*)?courtesy(?: of)?\s*:?\s+(?:the\s+)?"
                              r"(?-i:[A-Z])[\w&.'-]*(?:\s+[\w&.'-]+){0,5}$|"
                              r"^(?:screenshot|screen ?grab)s?\s*(?:/|:|via|from)\s*(?:the\s+)?(?-i:[A-Z])[\w&.'-]*"
                              r"(?:\s+[\w&.'-]+){0,5}$", _I)
# an alt text describing the shot: "Wide shot of two men pushing a car through a flooded street ...", "Close-up of a ballot"
_SHOT_OF = re.compile(r"^(?:[\w'-]+ ){0,4}(?:shot|photo(?:graph)?|image|picture|close-?up|view|illustration|screenshot|"
                      r"rendering|still|portrait) of (?:an?|the|two|three|four|several|many|people|[a-z]+s)\b", _I)
SHOT_DESCRIPTION_WORDS = 60  # such an alt text: words at most
COURTESY_WORDS = 8  # a courtesy credit alone: words at most
# a caption that says what kind of picture it is: "File photo of rescuers in Lenz.", "Representative image"
_PICTURE_KIND = re.compile(r"^(?:(?:file|archive|stock) (?:photo|image|picture)s? of\s|"
                           r"representati(?:ve|onal) (?:photo|image|picture)s?\W*$)|"
                           r"[,(\u2013\u2014-]\s*(?:generic|stock|archive|file)(?: (?:file|stock))? (?:photo|image|picture)\)?$",
                           _I)  # "Police lights, generic file photo"
# a picture's credit in brackets ending its caption: "(CNA photo)", "(AP Photo)", "(Taiwan News photo)"
_BRACKET_CREDIT = re.compile(r"\((?:[A-Z][\w&.'-]*\s){1,3}(?i:photo|image|picture|file photo)s?\)\W*$")
# a caption's credit for its drawing: "... Dam chief Jana Kovic. Illustration by Pieter Haan."
_DRAWN_BY = re.compile(rf"[.!?]\s+(?:Illustration|Graphic|Artwork|Drawing|Cartoon)s? by {_NAME}\.?$")
# a caption closed by a credit in another form: "... in Lenz. Credits Jana Kovic", "... in Lenz (Reuters)"
_CREDIT_AFTER = re.compile(rf"[.!?]\s+Credits?\s*:?\s+{_NAME}(?<!\.)$|[^.!?\"'\u201d\s]\s*"
                           rf"\((?:(?:Photo|Image|Picture)s?:?\s*)?{_AGENCY}\)$")
# a caption opened by its picture agency's credit glued on ("APA man rowing a boat near his home ...": "AP" and "A
# man rowing ..."), the caption a scene told with a participle
_CREDIT_BEFORE = re.compile(rf"^{_AGENCY}(?=(?:An?|The|[A-Z][a-z]+)(?: [a-z]+){{0,3}} [a-z]{{2,}}ing\b)")
# a byline glued to its outlet ("By Jana KovicReuters"): a name whose last word runs into the outlet's capital
_GLUED_BYLINE = re.compile(r"^(?:[Bb]y\s*)?(?P<name>(?:[A-Z][\w'.-]*\s){1,3}[A-Z][a-z'-]*[a-z])"
                           r"(?P<outlet>[A-Z][\w&./' -]{1,40})$")
# a wire photo caption: "This aerial photo taken ... shows ...", "In this image from video released by ..."
_PHOTO_CAPTION = re.compile(r"^(?:in )?this (?:[\w-]+ ){0,2}(?:photo|image|picture|photograph|video grab|frame grab)"
                            r"\b.{0,200}?\b(?:shows?|taken|released|provided|made available|distributed|from video)\b",
                            _I)
# a page widget's own text: an error box, a share plugin, a channel promo
_WIDGET = re.compile(r"^[\W_]*(?:oops|something went wrong|please try again(?: later)?|spread the love)[\W_]*$|"
                     r"\bsubscribe to our (?:\w+ )?channel\b", _I)
_CAPTION_LABEL = re.compile(r"^(?:image|photo|video|media) (?:caption|source|credit)\b[\s,:]*(?:[^.]{0,60})$|"
                            # a credit naming where the picture is from: "Photograph from The Valley Ledger"
                            r"^(?:photo(?:graph)?s?|images?|pictures?|pics?) (?:from|courtesy(?: of)?|via) "
                            r"(?-i:[A-Z])[\w&.'-]*(?: [\w&.'-]+){0,4}$", _I)
_CELL_CAPTION = re.compile(r"^[^|]+\s\|$")  # one table cell's text and its closing bar, nothing after it
_CAPTION_INTRO = re.compile(r"^(?:image|photo|video|media) caption\W*$", _I)
# two to four people's names joined by commas or 'and', nothing else: the writers, in the page header
_PERSON = r"[A-Z][\w'.-]+(?: [A-Z][\w'.-]+){1,2}"
_WRITERS = re.compile(rf"^{_PERSON}(?:(?:,| and| &) {_PERSON}){{1,3}}$")
_URL_ONLY = re.compile(r"^(?:https?://|www\.)\S+$", _I)
_ALT_TEXT = re.compile(r"^(?:photo|image|picture|photograph|illustration) of\s", _I)  # a picture's alt text
# an image's alt text naming the picture: "Valley News Foundation profile image", "Site icon Valley News"
_IMAGE_NAME = re.compile(r"\b(?:profile|author|avatar) (?:image|picture|photo)$|^site (?:icon|logo)\b", _I)
_HASHTAGS = re.compile(r"^#[^\W\d_]\w*(?:\s+#\w+)+$")  # "#floods #lenz": a post's tags
# a site's hashtag alone or glued to its name, no sentence: "#LenzRadioLenz Radio fm", "#LenzFloods"
_HASHTAG_LINE = re.compile(r"^#[^\W\d_][\w.-]*(?:\s+[\w.-]+){0,4}$")
ALT_TEXT_ENDING = 4  # words a caption shares with the end of the alt text above it
ICON_LABEL_CHARS = 20  # an icon's label glued before a caption ("Camera Icon"): characters at most
CAPTION_SLUG_WORDS = 4  # a wire photo's slug over its caption: words at most
# an author box's name with the site's handle ("Team @ ValleyLedger", "@jroe")
_HANDLE_BYLINE = re.compile(r"^(?:[A-Z][\w.'-]*\s){0,3}@\s?[A-Za-z][\w.]{2,30}$")
# a blog platform's notes under a post: "jroe reblogged this from valleyledger", "jroe liked this"
_BLOG_NOTE = re.compile(r"^[\w.-]{2,40} (?:reblogged this(?: from [\w.-]{2,40})?|liked this|posted this)$")
# a header's labelled line ending in the date: "Publication Type: Announcement 07/05/2023"
_LABEL_AND_DATE = re.compile(rf"^[A-Z][\w ]{{2,30}}:\s*(?:[\w-]+ ){{0,3}}(?P<date>{_FULL_DATE.pattern})$", _I)
# a print replica's byline: "- Jane Roe" alone on its line (not an item of a list, not a quotation's author)
_DASH_BYLINE = re.compile(r"^[-\u2013\u2014]\s*(?:By\s+)?[A-Z][\w'.-]+(?: [A-Z][\w'.-]+){1,2}"
                          r"(?:(?:,| and| &) [A-Z][\w'.-]+(?: [A-Z][\w'.-]+){1,2})*$")
_ITEM_OR_QUOTE = re.compile(r"^\s*[-\u2013\u2014\u2022*]|[\"\u201d\u2019']\s*$")
# the date of the print edition: "First print: March 3, 2023", "First printed on page 3"
_FIRST_PRINT = re.compile(r"^first print(?:ed)?\b\s*:?.{0,80}$", _I)
# a byline glued to its date line: "Jane Roe Published January 09, 2023 | 03:20 PM"
_NAME_AND_DATE = re.compile(rf"^[A-Z][\w'.-]+(?: [A-Z][\w'.-]+){{1,3}},? (?:published|updated|posted)(?: on)?:? "
                            rf"(?P<date>{_FULL_DATE.pattern})(?:\s*[|,]?\s*\d{{1,2}}[:.]\d{{2}}(?:\s*[ap]\.?m\.?)?"
                            r"(?:\s*[A-Z]{2,4})?)?$", _I)
# a site's tagline, with its full stop: "Current information about Valdoria's foreign policy and foreign relations."
# ("Latest updates on the floods in Lenz" is a headline)
_TAGLINE = re.compile(r"^(?:current|latest|daily|independent|breaking) (?:news|information|updates|analysis|reporting)"
                      r"(?: and [\w ]{2,20})? (?:about|on|from|for) [^.!?]{3,80}\.$", _I)
_VERB = re.compile(r"\b(?:is|are|was|were|has|have|had|will|would|can|could|said|says)\b", _I)
# a newspaper's masthead: "Milwaukee Journal Sentinel", "The Valley Evening Sentinel", "The Lenz Daily Telegram", "Valley
# Post-Gazette"
NEWSPAPER_WORDS = ("Times", "Post", "Journal", "Sentinel", "Herald", "Gazette", "Tribune", "Chronicle", "Observer",
                   "Telegraph", "Courier", "Express", "Record", "Star", "Mail", "Daily", "Review", "Standard", "Examiner",
                   "Inquirer", "Enquirer", "Dispatch", "Bulletin", "Register", "Press", "Ledger", "Globe", "Monitor",
                   "Reporter", "Recorder", "Leader", "Advocate", "Citizen", "Mirror", "Argus", "Echo", "Courant",
                   "Telegram", "Advertiser", "Enterprise", "Messenger", "Banner", "Beacon", "Clarion", "Pioneer",
                   "Statesman", "Intelligencer", "Vindicator", "Picayune", "Constitution", "Bee", "Blade", "Mercury")
_MASTHEAD = re.compile(r"^(?:The )?(?:[A-Z][\w'.-]*\s){1,4}(?:[A-Z][a-z]+-)?(?:" + "|".join(NEWSPAPER_WORDS) +
                       r"|(?<=Record )News|(?<=Daily )News|(?<=Morning )News|(?<=Evening )News)$")
# a kicker in capitals and a headline after it on one line ("LOOK: Dam repairs begin in Lenz"); an update or an
# editor's note is the story's own
_CAPS_PROMO = re.compile(r"^(?!(?:UPDATED?|EDITOR'?S NOTE|CORRECTION|CLARIFICATION|NOTE)\b)[A-Z]{2,}(?: [A-Z]{2,}){0,2}"
                         r"\s*[:|]\s+(?P<item>[\"'\u2018\u201c]?[A-Z0-9].*)$")
_PUNCTUATED_END = re.compile(r"[.!?:;][\"'\u201d\u2019)\]]*$")
_CAPS_KICKER = re.compile(r"^[A-Z][A-Z0-9&.'-]*(?: [A-Z0-9&.'-]+){0,3}:$")  # "LEDGER EXCLUSIVE:"
# a label above the headline that opens with a preposition, in lower case after it ("In the spotlight", "In focus")
_LABEL = re.compile(r"^(?:In|On|At|From|Inside|Under|Behind|Beyond|Across)(?: [a-z][\w'-]*){1,2}$")
# a place in capitals and an agency joined by a dash: "DONETSK - The Associated Press" (the outlet is checked)
_PLACE_AND_AGENCY = re.compile(r"^[A-Z][A-Z.'-]+(?: [A-Z][A-Z.'-]+){0,2}(?:, [A-Z][\w.'-]+(?: [A-Z][\w.'-]+)?)?"
                               r"\s*[-\u2013\u2014]+\s*(?P<outlet>[A-Z][\w&.' -]{1,40})$")
# a wire dateline opening the lead: "KYIV, UKRAINE - ", "LENZ (Reuters) - ", "PORT ALDER, March 3 (AP) \u2014 "
# a place in capitals, a dash and the date: "LENZ \u2014 Jan 10, 2019, 2:05 PM ET" (a wire copy's header)
_PLACE_AND_DATE = re.compile(r"^[A-Z][A-Z.'-]+(?: [A-Z][A-Z.'-]+){0,3}(?:, [A-Z][\w.'-]+(?: [A-Z][\w.'-]+){0,2})?"
                             r"\s*[-\u2013\u2014]+\s*(?P<rest>.+)$")
PLACE_DATE_WORDS = 14  # a place and date line: words at most
# a caption placing a person in the picture: "Jana Kovic (left) at the dam", "The mayor (pictured) in Lenz"
_PLACEMENT = re.compile(r"\((?:(?:far |second |top |bottom )?(?:left|right)|cent(?:re|er)|pictured|above|below|inset)"
                        r"\)", re.IGNORECASE)
PLACEMENT_WORDS = 35  # such a caption: words at most (with no sentence's full stop)
_DATELINE = re.compile(r"^[A-Z][A-Z.'-]+(?: [A-Z][A-Z.'-]+){0,3}(?:, [A-Z][\w.'-]+(?: [A-Z][\w.'-]+){0,2})?"
                       r"(?:,? (?:[A-Z][a-z]{2,8}\.? \d{1,2}|\d{1,2} [A-Z][a-z]{2,8}))?\s*(?:\([^()]{2,40}\))?\s*"
                       r"(?:[-\u2013\u2014]{1,2}|:)\s")


# a reader's name alone on a bulleted line of a comment thread: "\u2022 Reader_42", "\u2022 NightOwlFan"
# a blog platform's header over its comment thread, naming the post: "One Comment on “<title>”", "12 thoughts on
# “<title>”", "3 Responses to “<title>”" (the thread runs from it to the page's end)
_COMMENT_COUNT = re.compile(r"^(?:no|one|two|three|four|five|\d{1,4}) (?:comments?|thoughts?|responses?|repl(?:y|ies)) "
                            r"(?:on|to) [\"\u201c\u2018'].+[\"\u201d\u2019']$", _I)
# ... or naming it without quotation marks, when a line above is that title: "One Response to <the headline>"
_COMMENT_COUNT_BARE = re.compile(r"^(?:no|one|two|three|four|five|\d{1,4}) (?:comments?|thoughts?|responses?|"
                                 r"repl(?:y|ies)) (?:on|to) (?P<post>.+)$", _I)
_COMMENTER = re.compile(r"^[\u2022\u00b7*-]\s*(?P<name>[\w.-]{2,30})$")
# a blog platform's commenter over the comment: "Jane Roe said...", "Anonymous said..."; its tally above: "2 comments:"
_SAID = re.compile(r"^[\w.'\u2019-]+(?: [\w.'\u2019-]+){0,3} said\s*(?:\.\.\.|\u2026|:)$")
_COMMENT_TALLY = re.compile(r"^(?:\d{1,4}|one|two|three) comments?:?$", _I)
_HANDLE = re.compile(r"\d|_|[a-z][A-Z]")  # a user name's own form: a digit, an underscore, a capital inside
COMMENTERS = 2  # readers' names in a thread: at least
COMMENT_WORDS = 150  # a reader's comment: words per line at most
# a breadcrumb printed before the headline again: "News - <headline>", "World \u00bb <headline>"
_CRUMB_SEPARATOR = re.compile(r"\s+(?:[-\u2013\u2014/>|]|\u00bb|\u203a)\s+")


@dataclass(frozen=True)
class Debris:
    """Why a line is not article text, and any fact the line gives about the article."""

    reason: str
    given_date: str | None = None
    given_outlet: str | None = None


def classify_line(line: str, next_line: str = "", previous_line: str = "") -> Debris | None:
    """Classify one normalized, non-empty line; the lines around it let a caption's uncredited twin and the
    caption after an "Image caption" label be caught."""
    text = line.strip()
    words = len(text.split())
    if re.match(r"([A-Z])\1[a-z]", text) and (found := classify_line(text[1:], next_line, previous_line)) and \
            found.reason == PROMO:
        return found  # a promo header with an icon's letter glued before it ("RRelated Posts")
    if _PUSH_PROMPT.search(text) or (words <= 30 and (_VIDEO_EMBED.match(text) or
                                                   (_VIDEO_EMBED.match(next_line.strip()) and text in next_line))):
        return Debris(PROMO)  # a browser's push-notification prompt; a video embed's label and the title it repeats
    if (icon := _ICON_GLYPH.match(text)) and (found := classify_line(text[icon.end():], next_line, previous_line)) and \
            found.reason in (NAVIGATION, MENU, PROMO, SHARE):
        return found  # a menu link or button behind its arrow or bullet glyph ("\u203a Subscribe", "\u00bb Home")
    if _EMPTY_FIELD.match(text) or _EMPTY_ATTRIBUTION.match(text):
        return Debris(BYLINE)  # a header or footer field with its value missing: "Author :", "Posted by:"
    if _EMPTY_DATE_FIELD.match(text):
        return Debris(DATE_LINE)
    if _GARBLED_SPACE.match(text):
        return Debris(SEPARATOR)  # "Â": a no-break space garbled by a wrong decoding
    if is_mojibake(text):
        return Debris(GARBLED)  # Cyrillic read as Latin-1: a site's notice in another script, unreadable
    if _BACK_LINK.match(text):
        return Debris(NAVIGATION)  # "\u00ab Lenz Home", "\u2190 Back to Lenz news": a link back to the section
    if _CONTACT_LINE.match(text):
        return Debris(NAVIGATION)  # the site's address or phone numbers in its footer
    if _SUMMARY_BOX.match(text):
        return Debris(WIDGET_DATA)  # an aggregator's box labels: "Key Points", "AI Generated", "Overall sentiment"
    if _HASH_ID.match(text) and re.search(r"\d", text) and re.search(r"[a-f]", text):
        return Debris(CODE)  # a commit's or an item's hash: "3f9a0c2+4"
    if (clock := _YEARLESS_STAMP.match(text)):
        return Debris(UPDATED_LINE if clock.group("word").lower().endswith(("updated", "modified")) else DATE_LINE)
    if _ITEM_NUMBER.match(text):
        return Debris(NAVIGATION)  # "Archive file 23359": the site's number for the item
    if words <= PRINT_CITATION_WORDS and _PRINT_CITATION.match(text) and (day := _FULL_DATE.search(text)):
        return Debris(SOURCE_LINE, given_date=day.group(0))  # "The Valley Ledger, Lenz, 10 June 2011, p.C14"
    if _NEWS_APP.match(text):
        return Debris(PROMO)  # "Read in Google News!"
    if words <= 10 and _READ_MORE_AT.match(text):
        return Debris(PROMO)  # "Read more at The Valley Ledger": a link to the copy's origin
    if words <= LINK_LABEL_WORDS and text.endswith(":") and _URL_ONLY.match(next_line.strip()):
        return Debris(SOURCE_LINE)  # "Content Original Link:" over the address
    if (nxt_ := next_line.strip()) and text != nxt_ and text.endswith(nxt_) and len(nxt_.split()) >= 4 and \
            (is_section_name(text[:-len(nxt_)].strip()) or re.fullmatch(r"(?:[A-Z][a-z]+){1,3}", text[:-len(nxt_)])):
        return Debris(MENU)  # "NewsFloods cut off villages" over "Floods cut off villages": a breadcrumb glued on
    if words <= 40 and _PICTURE_NOTE.search(text):
        return Debris(CAPTION)  # "Representational image. File picture", "Photo Credits: ...", a picture's file name
    if _POST_SIGNATURE.match(text) or (_POST_SIGNATURE.match(next_line.strip()) and words <= POST_WORDS) or \
            (words <= POST_WORDS + 15 and _POST_SIGNED.search(text)):
        return Debris(EMBEDDED_POST)  # a post embedded in the page: its text over "— Name (@handle) March 18, 2019"
    if _CAPTION_LABEL.match(text) or (_CAPTION_INTRO.match(previous_line.strip()) and words <= 45):
        return Debris(CAPTION)
    if _is_outlet_name(text):
        if len(previous_line.split()) >= 8 and len(next_line.split()) >= 8:
            return Debris(CAPTION)  # between two paragraphs: the credit of a picture, not the masthead
        return Debris(OUTLET_LINE, given_outlet=text.strip(" .-\u2013\u2014"))
    if (date := _DATE_LINE.match(text)) and words <= 15:
        kind = DATE_LINE if "updat" not in date.group("word").lower() and "modif" not in date.group("word").lower() \
            else UPDATED_LINE
        return Debris(kind, given_date=date.group("date"))
    if words <= 12 and (day := _only_date(text)):
        return Debris(DATE_LINE, given_date=day)
    if words <= PLACE_DATE_WORDS and (placed := _PLACE_AND_DATE.match(text)) and (day := _only_date(placed.group("rest"))):
        return Debris(DATE_LINE, given_date=day)
    if words <= 10 and (labelled := _labelled_date(text)):
        return Debris(DATE_LINE, given_date=labelled[0], given_outlet=labelled[1])
    if words <= 10 and _TIME.search(text) and _TIME_LABEL.search(text) and not _DATE_FURNITURE.sub("", text).strip():
        return Debris(DATE_LINE)  # the time left of a header's date: "at 11:42 AM CDT|Updated: 24 minutes ago"
    if _DATE_WORD_ONLY.match(text) or (re.match(rf"{_DATE_WORD}\b", text, _I) and words <= 8
                                       and not _DATE_FURNITURE.sub("", text).strip()):
        return Debris(DATE_LINE)  # "Updated", "Last Updated IST": the label without its date
    if words <= 8 and (labelled := _LABEL_AND_DATE.match(text)):
        return Debris(DATE_LINE, given_date=labelled.group("date"))
    if (named := _NAME_AND_DATE.match(text)) and "updat" not in text.lower():
        return Debris(DATE_LINE, given_date=named.group("date"))
    if _FIRST_PRINT.match(text) and words <= 15:
        return Debris(DATE_LINE, given_date=day.group(0) if (day := _FULL_DATE.search(text)) else None)
    if _TAGLINE.match(text) and words <= 15 and not _VERB.search(text):
        return Debris(SECTION_LABEL)
    if (dated := _date_and_byline(text) or _byline_then_date(text)) is not None:
        return dated
    if (agency := _agency_and_place(text)) is not None:
        return Debris(BYLINE, given_outlet=agency)
    if (placed := _PLACE_AND_AGENCY.match(text)) and _known_outlet(placed.group("outlet")):
        return Debris(BYLINE, given_outlet=placed.group("outlet"))
    if names := _bilingual_name(text):
        return Debris(OUTLET_LINE, given_outlet=names)
    if (glued := _GLUED_BYLINE.match(text)) and _known_outlet(glued.group("outlet")):
        return Debris(BYLINE, given_outlet=glued.group("outlet"))
    if _HANDLE_BYLINE.match(text) or (_DASH_BYLINE.match(text) and not _ITEM_OR_QUOTE.search(previous_line) and
                                      not _ITEM_OR_QUOTE.match(next_line)):
        return Debris(BYLINE)
    if _BLOG_NOTE.match(text):
        return Debris(SHARE)
    if (_BYLINE.match(text) and words <= 14) or _DESK_BYLINE.match(text):
        desk = _OUTLETS_DESK.match(text)  # "Valley News Newsroom", "VNN Web Desk": the outlet's own desk
        return Debris(BYLINE, given_outlet=desk.group("outlet") if desk else _outlet_after_comma(text))
    if words <= DATED_HEADER_WORDS and (dated := _DATED_BY_END.search(text)):
        return Debris(DATE_LINE, given_date=dated.group("date"))  # "... - Valley Ledger - January 3, 2021 by Jane Roe"
    if (bracketed := _BYLINE_OUTLET.match(text)) and _BYLINE.match(bracketed.group("byline")) and words <= 16:
        outlet = bracketed.group("outlet").strip()  # "By JANE ROE and JOHN DOE (Associated Press)"
        return Debris(BYLINE, given_outlet=outlet if _known_outlet(outlet) else None)
    if (wire := _FROM_OUTLET.match(text)) and _known_outlet(wire.group("outlet")):
        return Debris(BYLINE, given_outlet=wire.group("outlet"))
    if ((words <= 30 and _CREDITS.search(text)) or _AGENCY_CREDIT.match(text) or _WITH_AGENCIES.match(text) or
            _EDITOR_INITIALS.match(text)) and not (words <= 40 and _DISCLAIMER.search(text)):  # "Translated by DeepL"
        return Debris(CREDITS)
    if words <= 60 and _CORRECTION.search(text):
        return Debris(CORRECTION)
    if (_AUTHOR_BLURB.match(text) and words <= 70) or (_FIRST_PERSON_BLURB.match(text) and words <= 120):
        return Debris(AUTHOR_BLURB)
    if words <= 30 and _COPYRIGHT.search(text):
        return Debris(COPYRIGHT, given_outlet=_named_outlet(text))
    if bracketed_source := _SOURCE_BRACKETED.match(text):  # "SOURCE (NSS)"
        outlet = bracketed_source.group("outlet").strip()
        return Debris(SOURCE_LINE, given_outlet=outlet if _known_outlet(outlet) else None)
    if words <= DEVELOPING_WORDS and _DEVELOPING.search(text):
        return Debris(DISCLAIMER)  # "This is a developing news story. More information will be posted ..."
    if _SOURCE_LINK.search(text) and words <= SOURCE_LINK_WORDS:
        return Debris(SOURCE_LINE)  # a repost's credit: "Jane Roe \u2013 [source]"
    if source := _SOURCE.match(text):
        outlet = _SOURCE_LANGUAGE.sub("", source.group("outlet").strip(" ."))
        if not outlet:
            return Debris(SOURCE_LINE)
        if 0 < len(outlet.split()) <= 6:  # "Source: Russian news outlet Mediazona": the known outlet it names
            return Debris(SOURCE_LINE, given_outlet=_named_outlet(outlet) or outlet)
        if (cited := re.match(r"([^,]{2,40}),\s+(?:citing|quoting)\b", outlet)) and _named_outlet(cited.group(1)):
            return Debris(SOURCE_LINE, given_outlet=_named_outlet(cited.group(1)))  # "Source: Reuters, citing 13 ..."
        if (named := _named_outlet(outlet)) and outlet.startswith(named):  # "... published by RFE/RL and is reprinted"
            return Debris(SOURCE_LINE, given_outlet=named)
        if len(outlet.split()) <= 20:
            return Debris(SOURCE_LINE)  # "Source: report of the General Staff on Facebook": no outlet
    if outlet := _republished_from(text):
        return Debris(SOURCE_LINE, given_outlet=outlet)
    if words <= 40 and _SYNDICATED.search(text):
        return Debris(SYNDICATION)
    if (words <= 40 and _COMMENT_BOX.search(text)) or (words <= COMMENT_POLICY_WORDS and _COMMENT_POLICY.search(text)):
        return Debris(COMMENT_POLICY)
    if _END_MARK.match(text):
        return Debris(END_MARK)
    if end := _END_WIRE.match(text):
        return Debris(END_MARK, given_outlet=end.group("outlet") if _known_outlet(end.group("outlet")) else None)
    if _WIDGET_DATA.match(text):
        return Debris(WIDGET_DATA)
    if _CODE.search(text) or (re.fullmatch(r"[a-z]{3,}", text) and words == 1):
        return Debris(CODE if not text.isalpha() else NAVIGATION)  # a lone lower-case word is a menu link
    if (_MENU_BAR.match(text) and " | " in text) or _BREADCRUMB.match(text) or \
            (len(_GLUED_ITEMS.findall(text)) >= 3 and not re.search(r"[.!?]\W*$", text)):
        return Debris(MENU)
    if (words <= 12 and (_NAV.search(text.lstrip("!*\u2022\u00b7 ")) or
                         _NAV.search(text.strip("-\u2013\u2014 ")))) or (words <= 60 and _COOKIE_NOTICE.search(text)) or \
            (words <= BROWSER_NOTICE_WORDS and _about_browsers(text) and _BROWSER_NOTICE.search(text) and
             (_TO_THE_READER.search(text) or words <= BROWSER_HEADING_WORDS)) or \
            (words <= BROWSER_NOTICE_WORDS and _FOREIGN_BROWSER_NOTICE.search(text)) or \
            (words <= BROWSER_ADVICE_WORDS and len({m.lower() for m in _BROWSER_NAMES.findall(text)}) >= 2 and
             _BROWSER_ADVICE.search(text) and not _REPORTED.search(text)) or \
            (words <= len(_BROWSERS) and {w.lower() for w in re.findall(r"[^\W\d_]+", text)} <= _BROWSERS and
             _about_browsers(previous_line) and _BROWSER_NOTICE.search(previous_line)) or \
            (words <= FOOTER_WORDS and len({m.lower() for m in _FOOTER_LINK.findall(text)}) >= 2):
        return Debris(NAVIGATION)  # "!ADVERTISEMENT!", a cookie banner
    if (words <= 6 and _LANGUAGE_LINK.match(text)) or \
            (words <= 30 and _ICON_TEXT.match(text) and not _PUNCTUATED_END.search(text)):
        return Debris(NAVIGATION)  # "Leer en español": the page in another language; "Close icon"
    if _is_social_call(text):
        return Debris(SHARE)
    social = {w.lower() for w in re.findall(r"[\w-]+", text)}
    if words <= 12 and social <= _SOCIAL_WORDS and ("share" in social or (words <= 2 and social & _NETWORKS)):
        return Debris(SHARE)  # "Share on Facebook", a lone "WhatsApp" or "Tweet" button
    if _COUNTER.match(text):
        return Debris(COUNTER)
    if _TRANSLATE_WIDGET.search(text):
        return Debris(WIDGET_DATA)
    if words <= 40 and _DISCLAIMER.search(text) and not _REPORTED.search(text) and not _about_translation(text):
        if _OTHER_EDITIONS.search(text):
            return Debris(DISCLAIMER)
        source = re.search(r"\bsource\s*:\s*(?P<outlet>[^.;|]{2,40})|\boriginal(?: article| story| text| report)? "
                           r"(?:appeared|was (?:first )?published|ran) (?:in|on|by) (?P<paper>[^.;|]{2,40})", text, _I)
        outlet = source and (source.group("outlet") or source.group("paper"))
        return Debris(MT_DISCLAIMER, given_outlet=outlet.strip() if outlet else None)
    if (_SITE_DISCLAIMER.match(text) and words <= 80) or (words <= ARCHIVE_WORDS and _ARCHIVE_NOTICE.search(text)):
        return Debris(DISCLAIMER)
    if (words <= PAYWALL_WORDS and (_PROMO.search(text) or _PAYWALL.search(text))) or (words <= 45 and _CLICK_HERE.search(text)) or \
            (words <= 12 and _WIDGET.search(text)) or (words <= 120 and _SMALL_FAVOUR.search(text)) or \
            _SALUTATION.match(text) or (words <= APPEAL_WORDS and _APPEAL.search(text) and _PROMO.search(text)):
        return Debris(PROMO)
    if (words <= 30 and _FOLLOW_TOPIC.search(text)) or (words <= SEE_ALSO_WORDS and _SEE_ALSO.match(text)) or \
            ((asked := _INTERESTED_IN.match(text)) and asked.group("topic").lower() in next_line.lower()):
        return Debris(PROMO)
    if app := _APP_PROMO.match(text):
        name = app.group("name") or ""
        site = name[:1].isupper() and not {word.lower() for word in name.split()} <= _APP_WORDS
        return Debris(PROMO, given_outlet=name if site else None)  # the site's own app: "Get the Ledger app"
    if (call := _SUPPORT_CALL.match(text)) and (not call.group("outlet") or _known_outlet(call.group("outlet"))):
        return Debris(PROMO)
    if _SUPPORT_BUTTON.match(text) or (words <= NEWSLETTER_WORDS and _NEWSLETTER_BOX.search(text)):
        return Debris(PROMO)
    if _is_price_tag(text):
        return Debris(WIDGET_DATA)
    if _VERSION_NOTE.match(text):
        return Debris(VERSION_NOTE)
    if _SEPARATOR.match(text) or _URL_ONLY.match(text):
        return Debris(SEPARATOR)
    if re.fullmatch(r"[^\W\d_]{1,2}", text) and not next_line.strip():
        return Debris(FRAGMENT)  # a page cut off after a letter or two; mid-page "AP" or "II" is text
    if _is_caption(text) or (words <= 45 and (_CREDIT_AFTER.search(text) or _DRAWN_BY.search(text) or
                                              _PICTURE_KIND.search(text) or _BRACKET_CREDIT.search(text) or
                                              _CREDIT_BEFORE.match(text) or _PHOTO_FROM.search(text) or
                                              _PICTURE_SOURCE.search(text))) or \
            (words <= 60 and _BRACKETED_CREDIT.search(text)) or _is_picture_sentence(text) or \
            (words <= 6 and _NAME_DOING.match(text) and _is_caption(next_line.strip())) or \
            (words <= ALT_DESCRIPTION_WORDS and _ALT_DESCRIPTION.match(text)) or \
            (words <= PLACE_DAY_WORDS and _PLACE_AND_DAY.match(text) and
             not _HAS_VERB.search(_FULL_DATE.sub(" ", text))):  # "Soldiers in Lenz, on February 22, 2024."
        return Debris(CAPTION)
    nxt, before = next_line.strip(), previous_line.strip()
    if nxt and nxt != text and nxt.startswith(text) and (_is_caption(nxt) or _known_outlet(nxt[len(text):].strip())):
        return Debris(CAPTION)  # the uncredited copy of the caption that follows
    if before and text != before and text.startswith(before) and _known_outlet(text[len(before):].strip()):
        return Debris(CAPTION)  # the copy with its credit glued on ("... instructionsAFP")
    if before and words >= 3 and _is_caption(before) and before.startswith(text.rstrip(" .\u2026")):
        return Debris(CAPTION)  # the caption printed again under it, whole or cut off
    if words <= 2 and not re.search(r"[.!?:;,\"\u201c\u201d]", text) and re.search(r"[.!?\"\u201d]$", before) and \
            _is_caption(nxt):
        return Debris(CAPTION)  # the caption's label above it, after a paragraph ("Ambulance"); in the header a kicker
    if before and nxt and 2 <= len(nxt.split()) <= 6 and _is_caption(nxt, credit_alone=False) and \
            not text.startswith(('"', "\u201c")) \
            and ((words <= 12 and not text.endswith((":", "?", "!"))) or
                 (words <= 40 and not text.rstrip("\"'\u201d\u2019)").endswith((".", "!", "?", ":"))) or
                 (words <= 40 and _FULL_DATE.search(text) and not _SENTENCE_BREAK.search(text))):
        # a caption over its credit line ("Credit: Reuters Photo"): short, or without a paragraph's full stop, or
        # one sentence dated with the year as a picture agency dates its pictures ("... on Sept. 28, 2024 in Lenz.");
        # never the page's first line (its title over the lead picture), and a bare label ("Image:") credits nothing
        return Debris(CAPTION)
    if words <= CAPTION_SLUG_WORDS and not re.search(r"[.!?:;,\"\u201c\u201d]", text) and \
            re.search(r"[.!?\"\u201d]$", before) and \
            (_PHOTO_CAPTION.match(nxt) or _FILE_CAPTION.match(nxt) or _WIRE_CAPTION.search(nxt)):
        return Debris(CAPTION)  # a wire photo's slug over its caption, after a paragraph: "Russia Wagner convicts"
    if _IMAGE_NAME.search(text) and words <= 8:
        return Debris(CAPTION)
    if (kicked := _CAPS_PROMO.match(text)) and len(kicked.group("item").split()) >= 4 and \
            not _PUNCTUATED_END.search(text) and _PUNCTUATED_END.search(previous_line.strip()):
        return Debris(PROMO)  # another story's headline under a kicker in capitals, between paragraphs: "LOOK: ..."
    if 4 <= words <= 45 and _CELL_CAPTION.match(text):
        return Debris(CAPTION)  # a blog's caption cell under its picture, closed by the table's bar: "... motorists |"
    if words <= PLACEMENT_WORDS and _PLACEMENT.search(text) and not _ITEM_OR_QUOTE.match(text) and \
            not text.rstrip("\"'\u201d\u2019").endswith((".", "!", "?")):
        return Debris(CAPTION)  # "Jana Kovic (left) at the dam": the picture's caption
    if _HASHTAGS.match(text) or _HASHTAG_LINE.match(text):
        return Debris(LINK_LIST)
    if _ALT_TEXT.match(text) and words <= 40 and not text.endswith("."):
        return Debris(CAPTION)  # "Photo of rescuers wading through ...": a picture's alt text
    if _ALT_TEXT.match(before) and words <= 20 and not text.endswith(".") and _shares_ending(text, before):
        return Debris(CAPTION)  # the caption under its alt text, ending as it does
    if _NAME_PLACE.match(text) and len(before.split()) >= 8 and len(nxt.split()) >= 8:
        return Debris(CAPTION)  # "Mayor Jane Roe, Lenz" between two paragraphs: a picture's alt text
    if words <= ROLE_NAME_WORDS and _ROLE_NAME.match(text) and len(before.split()) >= 8 and len(nxt.split()) >= 8 and \
            re.search(rf"\b{re.escape(text.split()[-1])}\b", before + " " + nxt):
        return Debris(CAPTION)  # "Castelo Town Supervisor Mila Varga" between two paragraphs quoting her: her portrait
    return _page_template_line(text, words, before, nxt)


def _page_template_line(text: str, words: int, before: str = "", nxt: str = "") -> Debris | None:
    """Lines of a page's template that no rule above tells (session 15): a consent notice ("By continuing to use our
    site, you agree to our ... Terms of Use."), a call to click inside a promo ("... Click here to subscribe to our
    newsletter.", "-- Need help? Click here for help --"), a TV show's time slot ("every Tuesday, 10P/9C"), a long
    list of tags in mixed case ("Lenzia, war, floods, Valdoria's army, ..."), a site's web address alone
    ("valleynews.com": the site; between two paragraphs a picture's credit), a header's time and day without its year ("11:47 19 November Lenz, Valdoria"), a
    byline naming a site in lower case ("by valley news": the site), a writer's
    field with the writer's post ("Author: Jane Roe Editor of the website"), and an article template's labelled
    fields ("Subtitle: ...", "Date: ...")."""
    from .metadata import OUTLET_NAME

    if words <= 60 and _CONSENT.match(text):
        return Debris(NAVIGATION)
    if (words <= 45 and (click := _CLICK_CALL.search(text)) and
            len(_SENTENCE_END.findall(text[:click.start() + 1])) < CLICK_AFTER_SENTENCES) or \
            (words <= 30 and _tv_slot(text)):
        return Debris(PROMO)
    if _is_long_tag_list(text):
        return Debris(LINK_LIST)
    if _WEB_NAME.match(text) and text.rsplit(".", 1)[1].islower():
        if len(before.split()) >= 8 and len(nxt.split()) >= 8:
            return Debris(CAPTION)  # between two paragraphs: a picture's credit, not the site
        return Debris(OUTLET_LINE, given_outlet=text)
    if words <= CLOCK_DAY_WORDS and _CLOCK_DAY.match(text):
        return Debris(DATE_LINE)
    if (lower := LOWER_BYLINE.match(text)) and len(lower.group("name").split()) > 1 and \
            re.fullmatch(OUTLET_NAME, lower.group("name").title()):
        return Debris(BYLINE, given_outlet=lower.group("name").title())
    if words <= AUTHOR_FIELD_WORDS and _AUTHOR_FIELD.match(text):
        return Debris(BYLINE)
    if words <= DATE_FIELD_WORDS and (field := _DATE_FIELD.match(text)):
        return Debris(DATE_LINE, given_date=_only_date(field.group("value")))
    if words <= 60 and _SUBTITLE_FIELD.match(text):
        return Debris(STANDFIRST)
    return None


# a header's time and day without the year, perhaps with the place: "11:47 19 November Lenz, Valdoria"
_CLOCK_DAY = re.compile(rf"^\d{{1,2}}[:.]\d\d\s*(?:[ap]\.?m\.?\s*)?[,|]?\s*\d{{1,2}}{_ORDINAL}\s+{_MONTH_NAME}"
                        r"(?:,?\s+(?-i:[A-Z][\w'.-]+)(?:,?\s+(?-i:[A-Z][\w'.-]+)){0,2})?$", _I)
CLOCK_DAY_WORDS = 8
# a notice that using the site means consent: "By continuing to use our site, you agree to our Privacy Policy"
_CONSENT = re.compile(r"^by (?:continuing to (?:use|browse|visit|navigate)|using|browsing|visiting|accessing)\b.{0,60}?"
                      r"\b(?:site|website|services?|app|pages?|platform)\b.{0,80}?\byou(?:'re| are)? (?:hereby )?"
                      r"(?:agree|accept|consent|acknowledge)", _I)
# a sentence calling the reader to click, inside a promo or a site's blurb: "... news and more. Click here to
# subscribe", "-- Need help? Click here for help --"
_SENTENCE_END = re.compile(r"[.!?](?:\s|$)")
CLICK_AFTER_SENTENCES = 3  # a call to click after this many sentences of a paragraph ends the writer's own text
_CLICK_CALL = re.compile(r"(?:^|[.!?]\s+|^[-\u2013\u2014*\s]+)click (?:here|this link|the link below) (?:to|for)\b", _I)
# a TV listing's time slot, Eastern over Central, an hour apart: "10P/9C", "8/7c", "9:30/8:30c" (not "1/2 c" of sugar)
_TV_SLOT = re.compile(r"\b(?P<east>\d{1,2})(?::\d\d)?\s?[ap]?\s?/\s?(?P<central>\d{1,2})(?::\d\d)?\s?c\b", _I)


def _tv_slot(text: str) -> bool:
    return any((int(slot.group("east")) - int(slot.group("central"))) % 12 == 1 for slot in _TV_SLOT.finditer(text))
TAG_LIST_ITEMS = 6  # a long tag list in mixed case: items at least, ...
TAG_ITEM_WORDS = (8, 3)  # ... each of this many words at most, and on average
# a byline in lower case naming a site, not a person ("by valley news"): the name is checked against OUTLET_NAME
# a byline in lower case: a blog's writer under the headline ("by sam", read by the corpus layer) or a site ("by
# valley news")
LOWER_BYLINE = re.compile(r"^by\s+(?P<name>[a-z][\w.&'-]*(?:\s+[a-z][\w.&'-]*){0,3})$")
# a writer's field with the writer's name and post: "Author: Jane Roe Editor of Internet resources" (a field with the
# name alone is left to the header's rules)
_ROLE = (r"(?:editor|correspondent|reporter|journalist|writer|columnist|contributor|producer|intern|photographer|"
         r"analyst|observer|presenter|host|anchor|author|blogger|staff|desk|bureau)s?")
_AUTHOR_FIELD = re.compile(r"^(?:authors?|written by|posted by|reporters?|text|byline|correspondent)\s*:\s*"
                           r"(?-i:[A-Z][\w'.-]+)(?: (?-i:[A-Z][\w'.-]+)){1,2}"
                           r",?\s+(?:[\w'-]+\s+){0,3}?" + _ROLE + r"\b[^.!?]{0,40}$", _I)
AUTHOR_FIELD_WORDS = 12
# an article template's date field: "Date: October 3, 2023" (its year perhaps a placeholder, "20XX")
_DATE_FIELD = re.compile(r"^(?:date|dated|publication date|published on)\s*:\s*(?P<value>\S.*)$", _I)
DATE_FIELD_WORDS = 8
# ... and its subtitle field over the story: "Subtitle: Soldiers of the penal units sustain heavy losses"
_SUBTITLE_FIELD = re.compile(r"^(?:sub-?title|sub-?head(?:line|ing)?|dek|standfirst)\s*:\s*\S", _I)


def _is_long_tag_list(text: str) -> bool:
    """A long list of topic tags in mixed case, anywhere on the page: `TAG_LIST_ITEMS` items or more joined by commas,
    each of one to `TAG_ITEM_WORDS[0]` words and `TAG_ITEM_WORDS[1]` on average, no sentence's punctuation, brackets or quotation marks, and no item opened
    by "and" or "or" (a sentence's enumeration closes with one)."""
    items = [item.strip() for item in text.split(",")]
    return len(items) >= TAG_LIST_ITEMS and not re.search(r"[.!?:;()\[\]\"\u201c\u201d]", text) and \
        all(0 < len(item.split()) <= TAG_ITEM_WORDS[0] for item in items) and \
        sum(len(item.split()) for item in items) <= TAG_ITEM_WORDS[1] * len(items) and \
        not any(re.match(r"(?:and|or|as well as)\b", item, _I) for item in items)


def _is_picture_sentence(text: str) -> bool:
    """A caption written as one sentence in the present tense or with a participle about a picture, its subject named
    and the day given ("Jane Roe speaks at a news conference in Lenz on Tuesday.", "Jane Roe, center, arriving at
    court on Monday."), perhaps with a short sentence after it when it places people in the picture ("Mayor John
    Doe, to his right, also spoke."); a story's sentence tells it in the past tense or reports someone's words."""
    first, *more = re.split(r"(?<=[a-z\d][.!?])\s+(?=[A-Z])", text, maxsplit=1)
    if more and not (_PLACED.search(text) and len(more[0].split()) <= PICTURE_MORE_WORDS):
        return False  # a second sentence: only a caption placing people says more ("Roe, to his right, also spoke.")
    return len(first.split()) <= PICTURE_SENTENCE_WORDS and bool(_PICTURE_SENTENCE.match(first)) and \
        bool(_PICTURE_DAY.search(first)) and not _VERB_OF_SAYING.search(first)


# someone's words, or a verb the story's own sentences use ("were wading", "has stood"): no caption's
_VERB_OF_SAYING = re.compile(r"\b(?:said|says|say|told|tells|according to|will|would|is|are|was|were|be|been|being|has|"
                             r"have|had|did|does|do|can|could|should|may|might)\b", re.I)


HEADLINE_CASE_WORDS = 5  # a headline in title case: words at least


def is_title_case(text: str) -> bool:
    """A line in a headline's title case: five words or more, most of its longer words capitalised, no final stop
    ("Valley Towns Try Automated Translation at Council Meetings")."""
    words = text.split()
    longer = [w for w in words if len(w.strip("\"'\u2018\u2019\u201c\u201d,:;")) >= 4]
    capital = sum(1 for w in longer if w.lstrip("\"'\u2018\u201c")[:1].isupper())
    return len(words) >= HEADLINE_CASE_WORDS and bool(longer) and capital >= TITLE_CASE_SHARE * len(longer) and \
        not text.rstrip().endswith(".")


TITLE_CASE_SHARE = 0.6  # a line in title case: its longer words' share capitalised at least


# a summary box's labels on an aggregator's page ("Key Points", "AI Generated", "Overall sentiment", "Critical
# Questions"), alone on their line
_SUMMARY_BOX = re.compile(r"^(?:key (?:points|takeaways|facts)|ai[- ](?:generated|summary|generated summary|summary)|"
                          r"(?:summar(?:y|ised|ized)|generated) (?:by|with|using) ai|overall sentiment|critical questions|"
                          r"at a glance|tl;?dr|story archived\b.{0,40})\W*$", _I)
# the site's contact lines in its footer: "Phone: 555.010.1234 \u2022 Fax: ...", "12 Mill Street. Lenz, OH 44503"
_CONTACT_LINE = re.compile(r"^(?:(?:main )?(?:phone|tel|telephone|fax|call us)(?: main)?\s*:?\s*[+(]?\d[\d(). -]{6,}\d\b.{0,160}|"
                           r"\d{1,5} [A-Z][\w.'-]*(?: [A-Z][\w.'-]*){0,4}\.?,? [A-Z][\w'-]+(?: [A-Z][\w'-]+)?,? "
                           r"[A-Z]{2} \d{5}(?:-\d{4})?)$", _I)
_BACK_LINK = re.compile(r"^(?:[\u00ab\u2039\u2190]+\s*(?:[\w&'-]+\s*){1,4}|back to (?:the )?(?:top|home ?page|home|"
                        r"front page|news|section|list|index|blog|articles|stories|search results|all [\w-]+)"
                        r"(?: button| page)?)$", _I)  # no "Back to school": a crosshead
_HASH_ID = re.compile(r"^[0-9a-f]{7,40}(?:\+\d+)?$")  # a hash in hexadecimal, perhaps with a count
# a stamp with the day and the time but no year: "Updated Oct 2, 6:15 pm est", "Posted: March 3 at 10:05 AM"
_YEARLESS_STAMP = re.compile(r"^(?P<word>(?:last )?(?:updated|published|posted|modified))\s*:?\s*(?:on\s+)?"
                             r"(?:(?:mon|tues|wednes|thurs|fri|satur|sun)day,?\s+)?(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\.? "
                             r"\d{1,2}(?:st|nd|rd|th)?,?"
                             r"(?:\s+(?:at\s+)?\d{1,2}[:.]\d{2}\s*(?:[ap]\.?m\.?)?\s*(?:[a-z]{2,4})?)?$", _I)  # the time may go
MOJIBAKE_SHARE = 0.6  # a garbled line: its letters' share in the Latin-1 accented range at least


def is_mojibake(text: str) -> bool:
    """A line of Cyrillic text read as Latin-1 ("\u00c2\u00e5\u00f1\u00fc \u00f2\u00e5\u00ea\u00f1\u00f2 ..." for "\u0412\u0435\u0441\u044c \u0442\u0435\u043a\u0441\u0442 ..."): two words or more, most of its letters
    accented Latin-1 ones (a French or Spanish line has a few among plain letters), and the bytes read as
    Windows-1251 give Cyrillic letters."""
    letters = [c for c in text if c.isalpha()]
    if len(text.split()) < 2 or len(letters) < 6:
        return False
    high = sum(1 for c in letters if "\u00c0" <= c <= "\u00ff")
    if high < MOJIBAKE_SHARE * len(letters):
        return False
    try:
        repaired = text.encode("latin-1").decode("cp1251")
    except (UnicodeEncodeError, UnicodeDecodeError):
        return False
    return sum(1 for c in repaired if "\u0400" <= c <= "\u04ff") >= MOJIBAKE_SHARE * len(letters)


def _about_browsers(text: str) -> bool:
    """A quick look for a browser notice's words before its pattern is tried."""
    low = text.lower()
    return "browser" in low or "supported" in low or "\u0431\u0440\u0430\u0443\u0437\u0435\u0440" in low or "best viewed" in low


def _shares_ending(caption: str, alt_text: str) -> bool:
    """A caption that ends in the alt text's last words ("... in the square of Lenz, Valdoria")."""
    ending = alt_text.split()[-ALT_TEXT_ENDING:]
    return len(ending) == ALT_TEXT_ENDING and caption.split()[-ALT_TEXT_ENDING:] == ending


def is_read_more(line: str) -> bool:
    """A teaser's "Read more" button ("Read more \u00bb")."""
    return bool(re.fullmatch(r"(?i:read more)\W*", line.strip()))


def _is_price_tag(text: str) -> bool:
    """A line of prices and price words only ("$25/hr Starting at $25")."""
    if len(text.split()) > 8 or not _PRICE.search(text):
        return False
    return set(_PRICE.sub(" ", text).lower().split()) <= _PRICE_WORDS


def _bilingual_name(text: str) -> str | None:
    """A site's name written in two scripts around a bar ("\u0414\u043e\u043b\u0438\u043d\u0430 | Valley News"): its
    Latin-script half."""
    halves = [half.strip() for half in text.split(" | ")]
    if len(halves) != 2 or re.search(r"[.!?:;,\"\u201c\u201d]", text) or any(len(h.split()) > 8 for h in halves):
        return None
    latin = [bool(re.fullmatch(r"[A-Za-z0-9&'\u2019 -]+", h)) for h in halves]
    other = [bool(re.search(r"[^\W\d_]", h)) and not re.search(r"[A-Za-z]", h) for h in halves]
    if latin[0] and other[1]:
        return halves[0]
    return halves[1] if latin[1] and other[0] else None


def date_label(line: str) -> tuple[str, str] | None:
    """The date a page prints before a headline ("26.07.2024: Floods cut off villages") and the headline."""
    label = _DATE_LABEL.match(line)
    return (label.group(0).rstrip(" :|-\u2013\u2014"), line[label.end():]) if label else None


def opens_with_dateline(line: str) -> bool:
    """A paragraph opened by a wire dateline ("KYIV, UKRAINE - ...", "LENZ (Reuters) - ...")."""
    return bool(_DATELINE.match(line))


def split_date_prefix(line: str) -> tuple[str, str, str] | None:
    """A scraped date label on the same line as the text ("date 2022-08-10 Over a month-long ...", "date
    2022-08-10 Floods cut off six villages"): the date, the label as written, and the text after it; None when the
    line is not such a line (a date line with a time, a byline or an update after its date is `classify_line`'s;
    other debris after the label, a caption, is split off so the date stays given)."""
    match = _DATE_PREFIX.match(line.strip())
    if not match or len(match.group("rest").split()) < 5:
        return None
    if classify_line(match.group("rest")) is not None and (whole := classify_line(line)) and whole.given_date:
        return None  # the date line is classify_line's; a caption after the label still leaves its date
    return match.group("date"), match.group("prefix"), match.group("rest")


def _is_outlet_name(text: str) -> bool:
    """A line that is only an outlet's name (a masthead or service label such as "BBC Russian")."""
    from .metadata import outlet_aliases

    name = text.strip(" .-\u2013\u2014")
    return name in outlet_aliases() or (name.isupper() and name.title() in outlet_aliases())  # "ASSOCIATED PRESS"


def _only_date(text: str) -> str | None:
    """The full date of a line that holds nothing but a date and its furniture (weekday, time, "Updated")."""
    day = _FULL_DATE.search(text)
    return day.group(0) if day and not _DATE_FURNITURE.sub("", text).strip() else None


_WEEKDAY_WORD = r"(?:(?:mon|tues|wednes|thurs|fri|satur|sun)day|mon|tues?|wed|thu|thurs?|fri|sat|sun)\.?,?\s"
_LEADING_DATE = re.compile(rf"^(?:(?!{_WEEKDAY_WORD})(?P<outlet>[A-Z][\w&.'-]*(?: [A-Z][\w&.'-]*){{0,3}}) )?"
                           rf"(?:{_WEEKDAY},? )?(?P<date>{_FULL_DATE.pattern})", _I)
_TIME = re.compile(r"\b\d{1,2}[:.]\d{2}\b")
# a header's own word or bar beside a time (a live blog's bare "11:05 AM" over its entry is no header)
_TIME_LABEL = re.compile(r"^(?:at|on)\b|\||\b(?:updated|published|posted|modified|ago)\b", _I)
_SENTENCE_BREAK = re.compile(r"[a-z\d][.!?][\"'\u201d\u2019]?\s+[A-Z]")  # one sentence ending and the next opening
LABEL_WORDS = 3  # words a page may write beside a header date: a section ("in Nation/World"), a desk, an edition
BYLINE_LABEL_WORDS = 6  # ... or a byline ending in its agency or naming the writer's post ("J R Correspondent PTI")
_BYLINE_WORDS = {"correspondent", "correspondents", "reporter", "reporters", "desk", "staff", "bureau", "writer",
                 "editor", "stringer", "contributor"}
_SECONDS = re.compile(r"(?<=\d:\d\d):\d\d\b")  # "19:28:37": the time's seconds


def _labelled_date(text: str) -> tuple[str, str | None] | None:
    """A header line that opens with a full date, after at most a known outlet's name and a weekday, and adds
    only a short label with no sentence in it ("February 3, 2011 in Nation/World", "October 7, 2023US News",
    "Reuters October 5, 2016 06:06:56 IST", "Tuesday 6 January 2015 11:05, UK"): its date and outlet. A date
    opening a sentence or a headline is no such line."""
    match = _LEADING_DATE.match(text)
    if not match or (match.group("outlet") and not _known_outlet(match.group("outlet")) and
                     not is_section_name(match.group("outlet"))):
        return None
    rest = _DATE_FURNITURE.sub(" ", _SECONDS.sub("", text[match.end("date"):])).split()
    byline = bool(rest) and (_known_outlet(rest[-1]) or any(w.lower() in _BYLINE_WORDS for w in rest))
    if len(rest) > (BYLINE_LABEL_WORDS if byline else LABEL_WORDS) or re.search(r"[.!?:]\W*$", text) or any(w[:1].islower() and w not in {"in", "of"}
                                                                         for w in rest):
        return None
    outlet = match.group("outlet")
    return match.group("date"), outlet if outlet and _known_outlet(outlet) else None  # not a section ("Europe")


def _date_and_byline(text: str) -> Debris | None:
    """A header line joining dates, a byline, an outlet and a place with bars or dots ("January 3, 2007|by Jane
    Roe", "By Jane Roe · 3 March 2021", "Reuters | Geneva | Updated: 29-03-2022 15:08 IST | Created: 29-03-2022
    14:49 IST"): a date line, with its date (the first one not marked as an update) and the outlet it names."""
    joined = [p.strip() for p in _HEADER_JOIN.split(text) if p.strip()]
    parts = [p for p in joined if not _COMMENT_LINK.match(p)]
    if len(joined) < 2 or not parts or len(text.split()) > 20:
        return None
    dates = [(p, day) for p in parts if (day := _only_date(p))]
    bylines = [p for p in parts if _BYLINE.match(p) or _DESK_BYLINE.match(p)]
    outlets = [p for p in parts if _known_outlet(p)]
    places = [p for p in parts if re.fullmatch(r"[A-Z][\w'.-]+(?: [A-Z][\w'.-]+){0,2}", p) and p not in outlets]
    if not dates or len({day for _, day in dates}) > 2 or len(places) > 1 or \
            len(dates) + len(bylines) + len(outlets) + len(places) != len(parts):
        return None
    first = [day for p, day in dates if not re.search(r"updat|modif", p, _I)] or [dates[0][1]]
    outlet = _outlet_after_comma(bylines[0]) if bylines else (outlets[0] if outlets else None)
    return Debris(DATE_LINE, given_date=first[0], given_outlet=outlet)


def _byline_then_date(text: str) -> Debris | None:
    """A byline followed by the date and time ("By Jane Roe, The Canadian Press May 29, 2013 4:40 PM"): a byline
    with its date and the outlet it ends with."""
    if not (day := _FULL_DATE.search(text)) or not (head := text[:day.start()].rstrip(" ,|-\u2013\u2014")):
        return None
    if not _BYLINE.match(head) or len(head.split()) > 14 or _only_date(text[day.start():]) != day.group(0):
        return None
    return Debris(BYLINE, given_date=day.group(0), given_outlet=_outlet_after_comma(head))


def _agency_and_place(text: str) -> str | None:
    """The outlet of a byline that is a known outlet and a place ("Press Trust of India Kathmandu", "Reuters
    Lenz")."""
    words = text.split()
    for end in range(len(words) - 1, max(len(words) - 3, 0) - 1, -1):
        place = words[end:]
        if end and _known_outlet(" ".join(words[:end])) and all(re.fullmatch(r"[A-Z][a-z'-]+", w) for w in place):
            return None if _CREDIT.search(text) else " ".join(words[:end])  # "AP Photo" is a credit
    return None


def comment_thread(lines: list[tuple[int, str]]) -> set[int]:
    """The line numbers of a reader-comment thread ending the page: from the first of `COMMENTERS` or more bulleted
    lines holding a user name alone ("\u2022 Reader_42") to the page's end, each name over its comment, one name at
    least written as a handle (a digit, an underscore, a capital inside) or given twice. A list of single words
    has no comment under each item; a list of places or names with a text under each has no handle. A blog
    platform's count header naming the post ("2 thoughts on “<title>”", or "One Response to <title>" under that
    title) opens such a thread too."""
    counted = next((i for i, (_, line) in enumerate(lines) if i and _counts_comments(line.strip(), lines[:i])), None)
    if counted is not None and all(len(line.split()) <= COMMENT_WORDS for _, line in lines[counted:]):
        return {number for number, _ in lines[counted:]}  # "2 thoughts on “<the post's title>”" and the thread
    said = [i for i, (_, line) in enumerate(lines) if i and _SAID.match(line.strip())]
    if said:  # a blog platform's thread: "Jane said..." over each comment, to the page's end
        thread = lines[said[0]:]
        counted = _COMMENT_TALLY.match(lines[said[0] - 1][1].strip())
        commented = all(i + 1 < len(thread) and not _SAID.match(thread[i + 1][1].strip())
                        for i, (_, line) in enumerate(thread) if _SAID.match(line.strip()))
        if (len(said) >= COMMENTERS or counted) and commented and \
                all(len(line.split()) <= COMMENT_WORDS for _, line in thread):
            return {number for number, _ in thread}
    names = [i for i, (_, line) in enumerate(lines) if _COMMENTER.match(line.strip())]
    for start in names:
        if start == 0:
            continue
        thread = lines[start:]
        named = [_COMMENTER.match(line.strip()).group("name") for _, line in thread if _COMMENTER.match(line.strip())]
        commented = all(not _COMMENTER.match(thread[i + 1][1].strip()) for i, (_, line) in enumerate(thread[:-1])
                        if _COMMENTER.match(line.strip()))
        handles = any(_HANDLE.search(name) for name in named) or len(set(named)) < len(named)
        if len(named) >= COMMENTERS and commented and handles and \
                all(len(line.split()) <= COMMENT_WORDS for _, line in thread):
            return {number for number, _ in thread}
    return set()


def _counts_comments(line: str, above: list[tuple[int, str]]) -> bool:
    """A comment thread's count header naming the post in quotation marks, or without them when a line above (the
    headline) is that name."""
    if _COMMENT_COUNT.match(line):
        return True
    bare = _COMMENT_COUNT_BARE.match(line)
    return bool(bare) and bare.group("post").strip().lower() in {text.strip().lower() for _, text in above}


def share_list(lines: list[tuple[int, str]]) -> set[int]:
    """The line numbers of a list of sharing buttons: `SHARE_ITEMS` or more bulleted items in a row, each of at most
    three words with no sentence end, at least two of them naming a way to share ("- Link this", "- Share this",
    "- Digg this", "- Email", "- Reprints"). A bulleted list in the story says more in each item."""
    def button(item: str) -> bool:
        return len(item.split()) <= 3 and not re.search(r"[.!?]", item)

    def sharing(item: str) -> bool:
        return bool({w.lower() for w in re.findall(r"[\w-]+", item)} & _SHARING)

    return {number for run in _bulleted_runs(lines, button) if len(run) >= SHARE_ITEMS and
            sum(sharing(item) for _, item in run) >= 2 for number, _ in run}


def _bulleted_runs(lines: list[tuple[int, str]], is_item) -> list[list[tuple[int, str]]]:
    """The runs of consecutive bulleted lines ("- ...", "\u2022 ...") whose text after the bullet `is_item`, each as
    (line number, that text)."""
    runs, run = [], []
    for number, line in lines + [(0, "")]:
        if (item := _BULLET.match(line)) and is_item(item.group("item")):
            run.append((number, item.group("item")))
            continue
        if run:
            runs.append(run)
        run = []
    return runs


def appeal_box(lines: list[tuple[int, str]]) -> set[int]:
    """The line numbers of a donation box ending the page: from its salutation ("Dear readers,"), or the heading right
    above it ("A Message from the Ledger:"), to the page's end, under three full paragraphs of the story; at most
    `APPEAL_LINES` lines, the first under the salutation in the site's voice ("We are facing ..."), and the heading
    or a word of the appeal ("support", "donate", "become a member"). A letter the story quotes has neither."""
    for i, (_, line) in enumerate(lines):
        if not _SALUTATION.match(line.strip()):
            continue
        box, story = lines[i + 1:], sum(_paragraph_length(text) for _, text in lines[:i])
        headed = i > 0 and bool(_MESSAGE_FROM.match(lines[i - 1][1].strip()))
        if box and len(box) <= APPEAL_LINES and story >= STORY_PARAGRAPHS and _OUR_VOICE.search(box[0][1]) and \
                (headed or any(_APPEAL_WORD.search(text) for _, text in box)):
            return {number for number, _ in lines[i - headed:]}
    return set()


def _paragraph_length(line: str) -> bool:
    """A full paragraph of text: 20 words, or 8 ending as a sentence."""
    words = len(line.split())
    return words >= 20 or (words >= 8 and line.rstrip("\"'\u201d\u2019").endswith((".", "!", "?")))


def repeats_headline_after_crumb(line: str, headline: str) -> bool:
    """A breadcrumb of section names ending in the headline ("News - Floods cut off villages"), both as folded
    text."""
    parts = _CRUMB_SEPARATOR.split(line, maxsplit=1)
    return len(parts) == 2 and parts[1] == headline and is_section_name(parts[0])


def caption_twins(kept: list[tuple[int, str]], captions: list[tuple[int, str]], *, reach: int = 4,
                  first_text: int = 0) -> set[int]:
    """The numbers of kept lines that a caption up to `reach` lines below repeats with its credit (a picture's
    alt text over "View gallery" and the credited caption), the caption perhaps after an icon's label ("Camera
    Icon..."). A headline above the story's first full paragraph (line `first_text`) that the caption repeats is
    the title, which the site reused for the picture, when it opens the page or a line above ends with it (a
    breadcrumb's last item, "Site.comEurope<headline>")."""
    def headline(number: int, line: str) -> bool:
        return number < first_text and looks_like_title(line) and (number == kept[0][0] or any(
            above != line and above.endswith(line) for at, above in kept if at < number))

    return {number for number, line in kept for below, caption in captions
            if 0 < below - number <= reach and len(line.split()) >= 4 and len(caption) > len(line) and
            0 <= caption.find(line.rstrip(" .")) <= ICON_LABEL_CHARS and not headline(number, line)}


def _outlet_after_comma(byline: str) -> str | None:
    """The outlet a byline ends with ("By Anna Smith, CNN"), when that tail is a known outlet."""
    tail = re.sub(r"^[Bb]y\s+", "", re.split(r",|\band\b(?: the\b)?", byline)[-1].strip())  # "By AFP" alone
    return tail if _known_outlet(tail) else None


def _republished_from(text: str) -> str | None:
    """The outlet a copy's note says the story ran on first (`_REPUBLISHED`): a known outlet as written, capitalized
    or in capitals ("bbc world" is the BBC), else the site's name of a feed or copyright note."""
    if not (copied := _REPUBLISHED.match(text)):
        return None
    name = copied.group("outlet")
    known = next(filter(None, map(_named_outlet, (name, name.title(), name.upper()))), None)
    site = re.match(r"the post|all", text, _I) and len(name.split()) <= 6
    return known or (name if site else None)


def _known_outlet(name: str) -> bool:
    """A name written as one of the outlets of `data/outlets.csv` ("Associated Press", "the Associated Press")."""
    from .metadata import outlet_aliases

    return name in outlet_aliases() or f"The {name}" in outlet_aliases()


def _named_outlet(text: str) -> str | None:
    """The first known outlet named in a line (the longest alias wins)."""
    from .metadata import outlet_aliases

    for alias in sorted(outlet_aliases(), key=len, reverse=True):
        if len(alias) > 2 and re.search(rf"\b{re.escape(alias)}\b", text):
            return alias
    return None


def is_shot_description(text: str) -> bool:
    """A picture's alt text describing the shot ("Wide shot of two men pushing a car through a flooded street ..."): caught
    only right over a caption (see corpus)."""
    return len(text.split()) <= SHOT_DESCRIPTION_WORDS and bool(_SHOT_OF.match(text.strip()))


def _is_caption(text: str, *, credit_alone: bool = True) -> bool:
    """A photo caption or credit; `credit_alone=False` leaves out a credit line alone ("Jane Roe / Valley News
    Agency"), which may stand under a headline as well as under a caption."""
    words = len(text.split())
    if _FILE_CAPTION.match(text) or (_PHOTO_CAPTION.match(text) and words <= 150):  # with a doubled "more" text
        return True
    if words <= 100 and _WIRE_CAPTION.search(text):
        return True
    if text.startswith(('"', "\u201c")):
        return False
    if words <= SQUARE_CREDIT_WORDS and _SQUARE_CREDIT.search(text):
        return True
    return (words <= CAPTION_WORDS and
            bool(_CREDIT.search(text) or (credit_alone and _NAME_AND_AGENCY.match(text)))) or \
        (words <= COURTESY_WORDS and bool(_COURTESY_CREDIT.match(text))) or \
        (words <= 100 and bool(_CREDIT_END.search(text)))


def opens_link_list(line: str) -> bool:
    """A promo header ("Related Topics", "More on this story") after which the page lists links and tags (an
    advertisement or video label lists none, nor a button's call to act, a newsletter box or a promo with its item:
    "Follow Us On Facebook", "Sign up for free", "Newsletter", "Watch: Rescuers reach Lenz")."""
    text = line.strip()
    return bool(_PROMO.match(text)) and len(line.split()) <= 6 and not _NO_LIST.match(text)


def _is_social_call(text: str) -> bool:
    """A call to follow the site on social networks, naming nothing but networks ("Connect with us on Facebook,
    Twitter and Instagram"); "Join us in remembering ..." is a sentence."""
    call = _SOCIAL_CALL.match(text)
    return bool(call) and {w.lower() for w in re.findall(r"[\w-]+", call.group("where"))} <= _SOCIAL_PLACES


def is_kicker(line: str) -> bool:
    """A topic label of one to three words, or a line of keywords, printed above the headline."""
    return (0 < len(line.split()) <= 3 and not re.search(r"[.!?:;,\"\u201c\u201d]", line)) or _is_keyword_line(line)


def is_caps_kicker(line: str) -> bool:
    """A kicker in capitals closed by a colon ("LEDGER EXCLUSIVE:", "BREAKING:")."""
    return bool(_CAPS_KICKER.match(line.strip()))


def is_masthead(line: str) -> bool:
    """A newspaper's name alone ("Milwaukee Journal Sentinel")."""
    return bool(_MASTHEAD.match(line.strip()))


def is_label(line: str) -> bool:
    """A label above the headline that opens with a preposition ("In the spotlight")."""
    return bool(_LABEL.match(line.strip()))


def is_section_name(line: str) -> bool:
    """A news site's section named alone ("World", "US News"), or in a row ("Latest Stories World"), or a site's
    category ("Writing & Translation Articles & News")."""
    words = line.strip().lower().split()
    return line.strip().lower() in _SECTION_NAMES or bool(_CATEGORY.match(line.strip())) or (
        0 < len(words) <= 4 and set(words) <= _SECTION_WORDS)


def is_section_label(line: str) -> bool:
    """A short, sentence-less label (e.g. a topic tag) that sits in the page header above the story, or the
    writers' names without 'By' ("Jane Roe, John Doe")."""
    words = line.split()
    return (0 < len(words) <= 4 and not re.search(r"[.!?:;,\"\u201c\u201d]", line) and all(
        w[0].isupper() or not w[0].isalpha() for w in words)) or bool(_WRITERS.match(line))


def bullet_links(lines: list[tuple[int, str]]) -> set[int]:
    """The line numbers of a list of linked headlines after the story: three or more bulleted items in a row
    ("- Floods cut off villages in Lenz"), each a headline."""
    return {number for run in _bulleted_runs(lines, looks_like_title) if len(run) >= 3 for number, _ in run}


def is_tag_list(line: str) -> bool:
    """Topic tags listed after the story: two or more short items joined by commas, each capitalized or each in
    lower case, no sentence ("War in Ukraine, Russia", "russia, ukraine, wagner group"), or a line of lower-case
    keywords ("russia ukraine war prisoners")."""
    items = [item.strip() for item in line.split(",")]
    return (len(items) >= 2 and not re.search(r"[.!?:;\"\u201c\u201d]", line) and all(
        0 < len(item.split()) <= 4 for item in items) and (all(item[0].isupper() for item in items) or
                                                          all(item[0].islower() for item in items))) or \
        _is_keyword_line(line)


def looks_like_title(line: str) -> bool:
    """A headline: a few words, no sentence-final period, not a quotation or a list, not a line of lower-case
    keywords."""
    words = line.split()
    return 3 <= len(words) <= TITLE_WORDS and not line.rstrip().endswith((".", ",", ":")) and not _CREDIT.search(line) \
        and not _is_keyword_line(line)


def _is_keyword_line(line: str) -> bool:
    """A page's keywords above the headline ("floods valley rescue Lenz"): it opens with a lower-case word and
    has no punctuation (a brand such as "iPhone" has its capital inside)."""
    first = line.split()[0] if line.split() else ""
    return first.isalpha() and first.islower() and not re.search(r"[.!?:;,\"\u201c\u201d]", line) and \
        len(line.split()) <= KEYWORD_WORDS


_BARS = {"|", "\u00b7", "\u2022"}  # a bar or a dot between a page's headline and its site's name


def split_site_name(title: str) -> tuple[str, str] | None:
    """A headline with the site's name after a bar or a middle dot ("... \u00b7 Valley Voices"), or after a dash when the name is a known outlet or a newspaper's
    ("Floods cut off villages | Valley Ledger", "Floods cut off villages - Reuters", "... – The Valley Post"): the
    headline and the site."""
    match = re.match(r"^(?P<head>.{10,}?)\s(?P<sep>[|\u00b7\u2022\u2013\u2014-])\s(?P<site>[^|\u00b7\u2022\u2013\u2014-]{2,40})$",
                     title.strip())
    if not match:
        return None
    site = match.group("site").strip()
    bar_site = match.group("sep") in _BARS and len(site.split()) <= 4 and all(w[:1].isupper() or not w[:1].isalpha()
                                                                           for w in site.split())
    return (match.group("head").strip(), site) if bar_site or _known_outlet(site) or is_masthead(site) or \
        _site_like(site) else None


# a site's name by its form: a web address ("Lenzpress.com", "Valley.NET") or capitalised words ending in a media
# word ("Valley News", "Lenz TV"): after a dash it names the site, where "- officials" or "- region's head" is the
# headline's own attribution
_WEB_NAME = re.compile(r"^[A-Za-z][\w-]*(?:\.[\w-]+)*\.[A-Za-z]{2,6}$")


def _site_like(site: str) -> bool:
    from .metadata import OUTLET_NAME

    return bool(_WEB_NAME.match(site) or re.fullmatch(OUTLET_NAME, site))


def split_breadcrumb(title: str) -> tuple[str, str] | None:
    """A headline with the site's breadcrumb before it, joined by spaces ("Home World More than 5,000 villagers
    ..."): the breadcrumb ("Home" and up to `BREADCRUMB_SECTIONS` section names) and the headline."""
    words = title.split()
    crumbs = 1 if words[:1] == ["Home"] else 0
    while crumbs and crumbs <= BREADCRUMB_SECTIONS and crumbs < len(words) and words[crumbs][:1].isupper() and \
            words[crumbs].lower() in _SECTION_WORDS:
        crumbs += 1
    headline = words[crumbs:]
    if crumbs < 2 or len(headline) < 4 or not headline[0][:1].isupper():
        return None
    return " ".join(words[:crumbs]), " ".join(headline)


def looks_like_heading(line: str) -> bool:
    """A subheading inside the story: short and without sentence-final punctuation."""
    words = line.split()
    return 1 <= len(words) <= 10 and not re.search(r"[.!?,;:]$", line.rstrip('"\u201d\u2019\''))
