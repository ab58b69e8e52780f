"""Right-to-left text displays as it reads: a Latin name followed by a Latin article reference
in brackets ("TVO (B2)") is kept apart by a right-to-left mark, and Arabic dates name the month
the ways Arabic readers in the Netherlands know it."""

import re
import sys
from datetime import date

import pytest

from conftest import ROOT

sys.path.insert(0, str(ROOT / "tools"))

# A Latin word or number, then (after spaces) an opening bracket and a Latin article id: the bidi
# algorithm joins them into one left-to-right run and shows "(B2) TVO" after the Arabic words.
LATIN_THEN_REFERENCE = re.compile(r"[A-Za-z0-9](?:\*\*)?\s*\(\[?[A-Z]\d")
RLM = ("&rlm;", "\u200f", "\u2067", "<bdi")


def test_no_latin_word_runs_into_a_bracketed_reference_on_arabic_pages():
    found = []
    for path in sorted((ROOT / "docs" / "ar").rglob("*.md")):
        for number, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1):
            found += [f"{path.relative_to(ROOT)}:{number}: …{line[max(0, m.start() - 20):m.end() + 5]}…"
                      for m in LATIN_THEN_REFERENCE.finditer(line)
                      if not any(mark in line[max(0, m.start() - 8):m.end()] for mark in RLM)]
    assert not found, "put &rlm; after the Latin word:\n" + "\n".join(found)


def test_the_check_finds_the_defect_it_is_for():
    assert LATIN_THEN_REFERENCE.search("اذكر أنك تعمل في TVO ([B2](../protocol.md#b2))")
    assert not LATIN_THEN_REFERENCE.search("اتصل برئيسك المباشر ([B4](../protocol.md#b4))")


def test_arabic_dates_name_the_month_both_ways():
    import hooks

    assert hooks.written(date(2026, 11, 24), "ar") == "24 نوفمبر (تشرين الثاني) 2026"
    assert hooks.written("2026-05-01", "ar") == "1 مايو (أيار) 2026"
    assert hooks.written(date(2026, 11, 24), "en") == "24 November 2026"


POSITIONS = """(reference) => {
    const link = [...document.querySelectorAll('td a')].find((a) => a.textContent === reference);
    const cell = link.closest('td');
    const walker = document.createTreeWalker(cell, NodeFilter.SHOW_TEXT);
    let node;
    while ((node = walker.nextNode()) && !node.textContent.includes('TVO')) {}
    const range = document.createRange();
    const start = node.textContent.indexOf('TVO');
    range.setStart(node, start);
    range.setEnd(node, start + 3);
    const tvo = range.getBoundingClientRect();
    range.setStart(node, 0);
    range.setEnd(node, start - 1);
    const words = range.getBoundingClientRect();
    const ref = link.getBoundingClientRect();
    return {tvo: [tvo.left, tvo.right], words: [words.left, words.right], ref: [ref.left, ref.right]};
}"""


def reads_right(boxes) -> bool:
    """Right to left: the Arabic words, then TVO, then the bracketed reference at the far left."""
    return boxes["ref"][1] <= boxes["tvo"][0] and boxes["tvo"][1] <= boxes["words"][0]


@pytest.mark.parametrize("reference", ["B2", "C2"])
def test_staff_table_reads_tvo_before_its_reference_in_chromium(page, site_url, reference):
    """In the Arabic staff guide, 'TVO' stands left of the Arabic words and right of '(B2)'."""
    page.goto(f"{site_url}/ar/guides/staff/")
    boxes = page.evaluate(POSITIONS, reference)
    assert reads_right(boxes), f"the cell does not read 'وضّح أنك تعمل في TVO ({reference})': {boxes}"


def test_without_the_mark_chromium_shows_the_defect(page):
    """The check itself: the same cell without the right-to-left mark shows "في (B2) TVO"."""
    page.set_content('<html lang="ar" dir="rtl"><body><table><tr><td>وضّح أنك تعمل في TVO '
                     '(<a href="#b2">B2</a>)</td></tr></table></body></html>')
    assert not reads_right(page.evaluate(POSITIONS, "B2"))
    page.set_content('<html lang="ar" dir="rtl"><body><table><tr><td>وضّح أنك تعمل في TVO&rlm; '
                     '(<a href="#b2">B2</a>)</td></tr></table></body></html>')
    assert reads_right(page.evaluate(POSITIONS, "B2"))
