"""MkDocs hooks (a built-in MkDocs feature, not a plugin): the few things configuration cannot say.

- Every page gets `lang` and `dir` on <html> (Material puts `dir` on <body> only).
- The checker page gets the checker's own `describe(lang)`, so its form is complete before
  Python has booted and cannot drift from the rules.
- Every page carries the site's Content-Security-Policy as a <meta> (`extra.csp`), and the
  build stops if a page has an inline script the policy does not allow by hash.
- The protocol's version and date, kept once in mkdocs.yml (`extra.protocol`), replace
  `{{ protocol.version }}` and `{{ protocol.date }}` in any page (the date written the language's way).
- Each page's search entries get their index-only `words` (tools/search_index.py: dictionary
  forms, the protocol's everyday words), right after the search plugin made them; the search
  worker gets its lunr plugin (search-query.js, as assets/javascripts/lunr/min/lunr.tvo.min.js).
- The page "How the checker reads the protocol" (`checker/reading.md`) is generated here, from
  the rules themselves (`checker/reading.py`), and each article on the protocol page links to
  its reading.
"""

from __future__ import annotations

import base64
import functools
import hashlib
import html
import json
import re
import sys
from datetime import date
from pathlib import Path

from babel.dates import format_date
from mkdocs.exceptions import PluginError
from mkdocs.structure.files import File

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from checker import describe  # noqa: E402
from checker.i18n import translator  # noqa: E402
from checker.reading import LINK_FROM_PROTOCOL, weave  # noqa: E402
from tools import approval, fingerprints, search_index  # noqa: E402

RTL = {"ar"}
DATE_LOCALE = {"en": "en_GB"}  # 24 November 2026, as the school writes it


OFFLINE_POLYFILL = "assets/javascripts/iframe-worker-shim.js"  # vendored from npm by tools/build_site.py


def on_config(config):
    lang = config.theme["language"]
    offline = config.plugins.get("material/offline")
    config.extra["offline"] = bool(offline and offline.config.enabled)
    if config.extra["offline"]:
        # The offline plugin names iframe-worker's shim on unpkg (for the search worker, which
        # cannot start from file://); this copy is the same shim from disk.
        config.extra["polyfills"] = [OFFLINE_POLYFILL]
    config.extra["lang"] = lang
    config.extra["direction"] = "rtl" if lang in RTL else "ltr"
    config.extra["checker"] = describe(lang)
    # Whether the school approved the reading built now (tools/approval.py): the reading page says
    # so, and every checker answer carries a notice until it has.
    config.extra["approval"] = approval_state()
    config.extra["checker"]["approved"] = config.extra["approval"]["approved"]
    protocol = config.extra["protocol"]
    protocol["written_date"] = written(protocol["date"], lang)
    config.extra["contact_html"] = contact_html(config)
    return config


CONTACT_MARKER = "<!-- school-contact -->"  # in the guides, where the school's contact goes


def contact_set(contact: dict) -> bool:
    return any(str(contact.get(field) or "").strip() for field in ("name", "email", "phone", "url"))


def contact_html(config) -> str:
    """The school's contact (extra.contact in mkdocs.yml) as a box, in this build's language: whom
    to ask first, then the school's details. Until a school fills them in, only whom to ask first."""
    ui, contact = config.extra["ui"], config.extra.get("contact") or {}
    value = {field: str(contact.get(field) or "").strip() for field in ("name", "email", "phone", "url")}
    lines = [f"<p>{html.escape(ui['contact_mentor'])}</p>"]
    if contact_set(contact):
        details = []
        if value["name"]:
            details.append(f"<li>{html.escape(value['name'])}</li>")
        if value["email"]:
            details.append(f'<li>{html.escape(ui["contact_email"])}: <a href="mailto:{html.escape(value["email"])}">'
                           f"{html.escape(value['email'])}</a></li>")
        if value["phone"]:
            dial = re.sub(r"[^\d+]", "", value["phone"])
            details.append(f'<li>{html.escape(ui["contact_phone"])}: <a href="tel:{dial}" dir="ltr">'
                           f"{html.escape(value['phone'])}</a></li>")
        if value["url"]:
            details.append(f'<li>{html.escape(ui["contact_web"])}: <a href="{html.escape(value["url"])}">'
                           f"{html.escape(value['url'])}</a></li>")
        lines.append(f"<p>{html.escape(ui['contact_school'])}</p><ul>{''.join(details)}</ul>")
    return (
        '<div class="admonition info school-contact">'
        f'<p class="admonition-title">{html.escape(ui["contact_title"])}</p>{"".join(lines)}</div>'
    )


@functools.lru_cache(maxsize=None)
def approval_state_cached() -> str:
    return json.dumps(approval.status())


def approval_state() -> dict:
    return json.loads(approval_state_cached())


def translation_state(names: dict[str, str]) -> dict[str, tuple[str, bool]]:
    """Each language -> (its name, whether its protocol page and its checker texts are translated
    from the current Dutch texts: every article's fingerprint matches, no message is untranslated)."""
    from babel.messages.pofile import read_po

    current = fingerprints.dutch_fingerprints()
    state = {}
    for lang, name in names.items():
        if lang == "nl":
            state[lang] = (name, True)
            continue
        if lang == "en":  # the checker's source language: its texts are the msgids themselves
            state[lang] = (name, fingerprints.recorded(lang) == current)
            continue
        with open(ROOT / "checker" / "locale" / lang / "LC_MESSAGES" / "checker.po", "rb") as file:
            complete = all(message.string and not message.fuzzy for message in read_po(file) if message.id)
        state[lang] = (name, complete and fingerprints.recorded(lang) == current)
    return state


# Arabic readers in the Netherlands know the month by one of two names: Babel's «نوفمبر» (Egypt,
# the Gulf; close to the Moroccan «نونبر») or «تشرين الثاني» (Syria, Iraq). Arabic dates show both,
# with Western digits, as on Dutch documents: «24 نوفمبر (تشرين الثاني) 2026».
LEVANTINE_MONTHS = (
    "كانون الثاني", "شباط", "آذار", "نيسان", "أيار", "حزيران",
    "تموز", "آب", "أيلول", "تشرين الأول", "تشرين الثاني", "كانون الأول",
)


def written(day, lang: str) -> str:
    day = date.fromisoformat(str(day))
    text = format_date(day, "long", locale=DATE_LOCALE.get(lang, lang))
    if lang == "ar":
        month = format_date(day, "MMMM", locale="ar")
        text = text.replace(month, f"{month} ({LEVANTINE_MONTHS[day.month - 1]})", 1)
    return text


def offline_paragraph(page, config) -> str:
    """The about page's `{{ offline }}`: in the offline copy, when it was made (so a school can
    tell an outdated copy); online, the link to download it (tools/build_site.py provides both)."""
    ui, lang = config.extra["ui"], config.extra["lang"]
    if config.extra["offline"]:
        return ui["offline_built"].format(date=written(config.extra.get("build_date", date.today()), lang))
    download = config.extra.get("offline_zip")
    if not download:
        return ""
    up = "../" * (page.url.count("/") + 1)  # from this language's page to the site root
    # Megabytes and "zip" as each language writes them (UK-20: Cyrillic; AR-23: Arabic words and comma).
    unit = {"uk": "МБ", "ar": "ميغابايت"}.get(lang, "MB")
    size = f"{download['bytes'] / 1e6:.1f} {unit}".replace(".", "," if lang in ("nl", "tr", "pl", "uk") else ".")
    kind = "ملف مضغوط، " if lang == "ar" else "zip, "
    return f'<a href="{up}download/{download["name"]}" download>{html.escape(ui["offline_download"])}</a> ({kind}{size})'


SOURCE = ROOT / "protocol" / "protocol-nl.txt"  # the binding Dutch text (CONTRIBUTING.md)
SECTIONS = {"Uitgangspunten": "U", "Doelgroep en reikwijdte": "D", "A.": "A", "B.": "B", "C.": "C", "Sancties": "S"}
READING_PAGE = "checker/reading.md"


def dutch_articles(text: str) -> dict[str, str]:
    """The binding text of every numbered article, by id (U1, ..., S5), from protocol-nl.txt."""
    articles, prefix = {}, None
    for line in text.splitlines():
        line = line.strip()
        for heading, letter in SECTIONS.items():
            if line.startswith(heading):
                prefix = letter
        numbered = re.match(r"(\d)\. (.*)", line)
        if numbered and prefix:
            articles[f"{prefix}{numbered[1]}"] = numbered[2]
    return articles


# The search worker's lunr plugin "tvo": search-query.js itself, where Material's worker imports a
# search language from (the page tells it to load "tvo"; see the script's comment).
SEARCH_SCRIPT = ROOT / "overrides" / "assets" / "javascripts" / "search-query.js"
SEARCH_PLUGIN = "assets/javascripts/lunr/min/lunr.tvo.min.js"


def on_files(files, config):
    """The reading page, woven from the rules in this build's language; the search worker's plugin."""
    lang = config.extra["lang"]
    markdown = weave(
        lang,
        dutch_articles(SOURCE.read_text(encoding="utf-8")),
        link=lambda article: f"../protocol.md#{article.lower()}",
        approval=config.extra["approval"],
        translations=translation_state({item["lang"]: item["name"] for item in config.extra["languages"]}),
        protocol_version=str(config.extra["protocol"]["version"]),
        built=written(date.today(), lang),
        contact=config.extra["contact_html"],
    )
    files.append(File.generated(config, READING_PAGE, content=markdown))
    files.append(File.generated(config, SEARCH_PLUGIN, content=SEARCH_SCRIPT.read_text(encoding="utf-8")))
    return files


ARTICLE_HEADING = re.compile(r"^### ([A-Z]\d) \{:[^}]*\.article[^}]*\}[ \t]*$", re.M)


def with_reading_links(markdown: str, lang: str) -> str:
    """Under each article heading of the protocol page, a small link to how the checker reads it
    (the article's text itself is left as it is)."""
    text = translator(lang)(LINK_FROM_PROTOCOL)
    return ARTICLE_HEADING.sub(
        lambda heading: f"{heading[0]}\n\n[{text.format(article=heading[1])}]"
                        f"({READING_PAGE}#{heading[1].lower()}){{: .reading-link }}\n"
                        # not indexed: 26 times the same words would crowd the articles out of search
                        f"{{: data-search-exclude }}\n",
        markdown,
    )


def on_page_markdown(markdown: str, page, config, files) -> str:
    if page.file.src_uri == "protocol.md":
        markdown = with_reading_links(markdown, config.extra["lang"])
    protocol = config.extra["protocol"]
    markdown = markdown.replace("{{ protocol.version }}", str(protocol["version"]))
    markdown = markdown.replace("{{ protocol.date }}", protocol["written_date"])
    if CONTACT_MARKER in markdown:
        markdown = markdown.replace(CONTACT_MARKER, config.extra["contact_html"])
    if "{{ offline }}" in markdown:
        markdown = markdown.replace("{{ offline }}", offline_paragraph(page, config))
    return markdown


def on_page_context(context, page, config, nav):
    # Runs after the search plugin's own on_page_context (hooks come after plugins).
    search_index.enrich(page, config)
    return context


def on_template_context(context, template_name, config):
    # The 404 page is served for any missing path, so its links must be absolute: MkDocs makes
    # them absolute from the server root, and each language's 404 lives in /<lang>/.
    if template_name == "404.html":
        context["base_url"] = f"/{config.extra['lang']}"
    return context


def with_lang_and_dir(output: str, config) -> str:
    lang, direction = config.extra["lang"], config.extra["direction"]
    return output.replace(f'<html lang="{lang}" class="no-js">', f'<html lang="{lang}" dir="{direction}" class="no-js">', 1)


# Every script the page runs from its own text: any <script> without src, but data (JSON).
INLINE_SCRIPT = re.compile(r'<script(?![^>]*\bsrc=)(?![^>]*type="application/json")[^>]*>(.*?)</script>', re.S)


def with_content_security_policy(output: str, config) -> str:
    policy = config.extra["csp"]
    for script in INLINE_SCRIPT.findall(output):
        digest = "'sha256-" + base64.b64encode(hashlib.sha256(script.encode()).digest()).decode() + "'"
        if digest not in re.split(r"[\s;]+", policy):
            raise PluginError(
                f"an inline script is not allowed by the CSP: review it, then add {digest} to "
                f"extra.csp in mkdocs.yml and to deploy/nginx.conf\n{script[:200]}"
            )
    meta = f'<meta http-equiv="Content-Security-Policy" content="{html.escape(policy)}">'
    return output.replace('<meta charset="utf-8">', f'<meta charset="utf-8">\n      {meta}', 1)


def on_post_page(output: str, page, config) -> str:
    return with_content_security_policy(with_lang_and_dir(output, config), config)


def on_post_template(output: str, template_name: str, config) -> str:
    if not template_name.endswith(".html"):
        return output
    return with_content_security_policy(with_lang_and_dir(output, config), config)
