"""The search index's hidden `words` field (issues 13 and 22; called from tools/hooks.py).

Material's search worker matches each query word as a *prefix* of the index's words, unstemmed.
overrides/assets/javascripts/search-query.js hands it every query word folded (no accents, one
alef, Ukrainian і as и, ...) and stemmed (a suffix stripper: it only shortens), and, loaded into the
worker as lunr's plugin, folds every word of the index the same way. So a section is found when
one of its words, folded, *starts with* what that script makes of the query. This module adds, per
section, the words whose folded form no folded word of the text already starts with:

- the dictionary form of each word of the text (simplemma's lemma: "policji" → "policja",
  "друзями" → "друг", "أصدقاء" → "صديق"), so a parent who types the dictionary form finds it;
- for the protocol's articles, the everyday words of docs/<lang>/protocol.words.yml (people type
  "filmpje", not "film- en geluidsopnamen"), with their dictionary forms.

The words are written as they are (the worker folds them, as it folds the text): folding twice is
not always folding once (Arabic "الالكتروني" would lose a second "ال").

The field is in the index only (mkdocs.yml, `plugins.search.fields`): Material never renders it,
so nothing is shown on the page or read out by a screen reader.

FOLD and STEM below mirror search-query.js rule for rule; tests/test_search.py runs both on the
same words and requires the same answers.
"""

from __future__ import annotations

import html
import re
import unicodedata
from functools import lru_cache
from pathlib import Path

import yaml

AR_MARKS = re.compile("[\u0610-\u061a\u064b-\u065f\u0670\u06d6-\u06ed\u0640]")
AR_ALEFS = re.compile("[\u0622\u0623\u0625\u0671]")
AR_PREFIXES = ("وال", "بال", "كال", "فال", "لل", "ال")
SUFFIXES = {
    "nl": ["ingen", "etjes", "tjes", "jes", "tje", "ing", "je", "en", "s", "e", "d", "t"],
    "en": ["ings", "ing", "ies", "ied", "ers", "er", "ed", "es", "s"],
    "pl": ["ościami", "ościach", "ować", "ywać", "iwać", "ami", "ach", "ego", "emu", "ymi", "imi", "ich",
           "ych", "owi", "om", "ów", "ej", "ym", "im", "ie", "iu", "ią", "ię", "ać", "eć", "ić", "yć",
           "ę", "ą", "a", "y", "i", "u", "o", "e"],
    "uk": ["увати", "ювати", "ться", "ами", "ями", "ові", "еві", "ого", "ому", "ими", "ати", "яти",
           "ити", "іти", "ють", "ять", "ах", "ях", "ом", "ем", "ою", "ею", "ів", "їв", "ий", "ій", "ої",
           "их", "им", "а", "я", "у", "ю", "і", "ї", "и", "о", "е", "ь", "й"],
    "tr": ["lerinden", "larından", "lerinde", "larında", "lerini", "larını", "lerine", "larına", "lerin",
           "ların", "leri", "ları", "ler", "lar", "ndan", "nden", "dan", "den", "tan", "ten", "nın", "nin",
           "nun", "nün", "yla", "yle", "da", "de", "ta", "te", "ya", "ye", "yı", "yi", "yu", "yü", "ı", "i",
           "u", "ü", "a", "e"],
    "ar": ["ها", "ان", "ات", "ون", "ين", "يه", "ه", "ي"],
}
LATIN_MARKS = re.compile("([a-z])[\u0300-\u036f]+")  # accents on a Latin letter (after NFD); not Cyrillic й
LETTERS = str.maketrans({"ł": "l", "ı": "i", "ø": "o",  # no accent to take off
                         "і": "и", "ї": "и", "є": "е", "ґ": "г",  # Ukrainian, as a Russian layout types it
                         "ы": "и", "э": "е", "ё": "е"})
MIN_STEM = {"nl": 4, "en": 4, "tr": 3, "pl": 4, "uk": 4, "ar": 4}  # ar: "شرطه" (police) is no "شرط" (condition)
TR_PREFIX = 5
APOSTROPHES = "'’ʼ"  # inside a word (foto's, пов'язаних), they keep it whole for the lemmatizer
TAG = re.compile(r"<[^>]*>")
# The protocol's articles (their anchors): what a search is for first. The guides quote and explain
# them in plainer words, so without a boost a guide's paragraph outranks the article it explains.
ARTICLES = {f"{letter}{n}" for letter, count in (("u", 5), ("d", 2), ("a", 7), ("b", 4), ("c", 3), ("s", 5))
            for n in range(1, count + 1)}
ARTICLE_BOOST = 3


def fold(word: str) -> str:
    """The same for every language (the worker folds the index without knowing its language)."""
    word = unicodedata.normalize("NFC", word).lower()
    word = unicodedata.normalize("NFC", LATIN_MARKS.sub(r"\1", unicodedata.normalize("NFD", word)))
    word = word.translate(LETTERS)
    word = AR_MARKS.sub("", word)
    word = AR_ALEFS.sub("ا", word).replace("ى", "ي").replace("ة", "ه")
    for prefix in AR_PREFIXES:
        if word.startswith(prefix) and len(word) - len(prefix) >= 2:
            return word[len(prefix):]
    return word


# The suffixes as a folded word ends ("ów" is "ow" once folded), each once, in their order.
SUFFIXES = {lang: list(dict.fromkeys(fold(s) for s in suffixes)) for lang, suffixes in SUFFIXES.items()}


def stem(word: str, lang: str) -> str:
    for suffix in SUFFIXES.get(lang, ()):
        if len(word) - len(suffix) >= MIN_STEM[lang] and word.endswith(suffix):
            word = word[: -len(suffix)]
            break
    return word[:TR_PREFIX] if lang == "tr" else word


def is_word_char(char: str) -> bool:
    return unicodedata.category(char)[0] in "LMN"  # JavaScript's [\p{L}\p{M}\p{N}]


def runs(text: str, inner: str = "") -> list[tuple[int, int]]:
    """(start, end) of each run of letters, marks and digits (`inner` characters between two)."""
    spans, start = [], None
    for i, char in enumerate(text + " "):
        word = is_word_char(char) or (
            char in inner and start is not None and i + 1 < len(text) and is_word_char(text[i + 1]))
        if word and start is None:
            start = i
        elif not word and start is not None:
            spans.append((start, i))
            start = None
    return spans


def query_form(query: str, lang: str) -> str:
    """What search-query.js sends the worker for `query` (its `transform`)."""
    out, last = [], 0
    for start, end in runs(query):
        out += [query[last:start], stem(fold(query[start:end]), lang)]
        last = end
    return "".join(out + [query[last:]])


@lru_cache(maxsize=None)
def lemma(word: str, lang: str) -> str:
    import simplemma

    try:
        found = simplemma.lemmatize(word, lang=lang)
    except ValueError:
        return word
    return found.replace("_", "")  # Dutch separable verbs: "toe_staan" is typed "toestaan"


def words_of(text: str) -> list[str]:
    text = html.unescape(TAG.sub(" ", text))
    return [text[start:end] for start, end in runs(text, APOSTROPHES)]


@lru_cache(maxsize=None)
def everyday_words(docs_dir: str) -> dict[str, list[str]]:
    """docs/<lang>/protocol.words.yml: article id → the words people use for it."""
    path = Path(docs_dir) / "protocol.words.yml"
    if not path.exists():
        return {}
    data = yaml.safe_load(path.read_text(encoding="utf-8")) or {}
    return {str(key).lower(): [str(w) for w in value] for key, value in data.items()}


def hidden_words(title: str, text: str, extra: list[str], lang: str, separator: re.Pattern,
                 lemmas: bool = True) -> str:
    """The words a section needs in its hidden field: none whose folded form a folded word of the
    text already starts with.

    Without `lemmas` (pages other than the protocol), nothing: the worker folds the text itself."""
    if not lemmas:
        return ""
    visible = [fold(t) for t in separator.split(html.unescape(TAG.sub(" ", f"{title} {text}"))) if t]

    def tokens_of(words: list[str], shortest: int) -> dict[str, str]:
        """folded form → the form to write (tokens as the worker will make them: it splits with
        the same separator)."""
        found = {}
        for word in words:
            for form in sorted({word, lemma(word, lang), lemma(word.lower(), lang)}):
                for token in separator.split(form.lower()):
                    if len(token) >= shortest:
                        found.setdefault(fold(token), token)
        return found

    # Of the text's words, none of one or two letters (mostly function words); of the everyday
    # words, all (Arabic رد, reply, has two letters).
    tokens = {**tokens_of(words_of(text), 3), **tokens_of(extra, 2)}
    kept: list[str] = []
    for key in sorted(tokens, key=len, reverse=True):
        if not any(v.startswith(key) for v in visible) and not any(k.startswith(key) for k in kept):
            kept.append(key)
    return " ".join(sorted(tokens[key] for key in kept))


def enrich(page, config) -> None:
    """Add `words` to the search entries Material's search plugin has just made for `page`, and
    the protocol's articles their boost."""
    plugin = config.plugins.get("material/search") or config.plugins.get("search")
    if plugin is None or not plugin.config.enabled:
        return
    lang = config.theme["language"]
    separator = re.compile(plugin.config.separator)
    protocol = page.file.src_uri == "protocol.md"
    everyday = everyday_words(config.docs_dir) if protocol else {}
    for entry in plugin.search_index.entries:
        path, _, anchor = entry["location"].partition("#")
        if path != page.url or "words" in entry:
            continue
        words = hidden_words(entry["title"], entry["text"], everyday.get(anchor, []), lang, separator,
                             lemmas=protocol)
        if words:
            entry["words"] = words
        if protocol and anchor in ARTICLES:
            entry["boost"] = ARTICLE_BOOST
