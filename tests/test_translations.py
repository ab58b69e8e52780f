"""A translation cannot stay behind the Dutch text: each translated article records the
fingerprint of the Dutch text it was translated from (tools/fingerprints.py)."""

import sys

import pytest

from conftest import CONTRACT_IDS, LANGUAGES, ROOT

sys.path.insert(0, str(ROOT / "tools"))
import fingerprints  # noqa: E402

TRANSLATIONS = [lang for lang in LANGUAGES if lang != "nl"]


def test_the_dutch_page_has_every_article():
    assert list(fingerprints.articles("nl")) == CONTRACT_IDS


@pytest.mark.parametrize("lang", TRANSLATIONS)
def test_every_translated_article_follows_the_current_dutch_text(lang):
    current = fingerprints.dutch_fingerprints()
    recorded = fingerprints.recorded(lang)
    assert list(recorded) == CONTRACT_IDS, f"docs/{lang}/protocol.md: articles missing or out of order"
    behind = [
        f"{article}: the Dutch text changed since docs/{lang}/protocol.md translated it (recorded "
        f"{recorded[article]}, now {current[article]}). Revise the {lang} translation of {article}, then run "
        f"`.venv/bin/python tools/fingerprints.py --stamp {lang} {article}`."
        for article in CONTRACT_IDS if recorded[article] != current[article]
    ]
    assert not behind, "\n".join(behind)


def test_a_changed_dutch_article_is_caught(tmp_path, monkeypatch):
    """The check itself: change one Dutch word of A5 and the translations fall behind on A5 only."""
    docs = tmp_path / "docs"
    for lang in ("nl", "en"):
        (docs / lang).mkdir(parents=True)
        (docs / lang / "protocol.md").write_text(fingerprints.protocol_page(lang).read_text(encoding="utf-8"))
    dutch = docs / "nl" / "protocol.md"
    dutch.write_text(dutch.read_text().replace("uitdrukkelijk toestemming", "schriftelijk toestemming"))
    monkeypatch.setattr(fingerprints, "ROOT", tmp_path)
    current, recorded = fingerprints.dutch_fingerprints(), fingerprints.recorded("en")
    assert [a for a in CONTRACT_IDS if current[a] != recorded[a]] == ["A5"]
