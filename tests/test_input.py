"""Bad input: a ScenarioError naming the key, in the requested language; the CLI exits 2 with
one line on stderr, nothing on stdout, no traceback."""

import json
import subprocess
import sys

import pytest

from checker import ScenarioError, describe, evaluate
from checker.web import answer as answer_json
from conftest import LANGUAGES, ROOT

HUGE = "x" * 1_000_000
BAD = [
    # id, scenario, the field the message must name
    ("not-an-object", ["role", "staff"], None),
    ("a-string", "staff", None),
    ("null", None, None),
    ("missing-role", {"action": "post"}, "role"),
    ("missing-action", {"role": "parent"}, "action"),
    ("unknown-key", {"role": "parent", "action": "post", "colour": "red"}, "colour"),
    ("unknown-key-huge", {"role": "parent", "action": "post", HUGE: 1}, None),
    ("role-out-of-range", {"role": "teacher", "action": "post"}, "role"),
    ("role-wrong-type", {"role": 3, "action": "post"}, "role"),
    ("action-out-of-range", {"role": "parent", "action": "like"}, "action"),
    ("setting-out-of-range", {"role": "parent", "action": "post", "setting": "home"}, "setting"),
    ("contact-role-out-of-range", {"role": "staff", "action": "connect", "contact_role": "friend"}, "contact_role"),
    ("bool-as-string", {"role": "parent", "action": "post_media", "consent": "true"}, "consent"),
    ("bool-as-number", {"role": "parent", "action": "post", "offensive": 1}, "offensive"),
    ("null-value", {"role": "parent", "action": "post", "school_related": None}, "school_related"),
    ("list-value", {"role": ["parent"], "action": "post"}, "role"),
    ("huge-string", {"role": HUGE, "action": "post"}, "role"),
]


@pytest.mark.parametrize("lang", LANGUAGES)
@pytest.mark.parametrize("scenario, field", [case[1:] for case in BAD], ids=[case[0] for case in BAD])
def test_bad_scenario(scenario, field, lang):
    with pytest.raises(ScenarioError) as raised:
        evaluate(scenario, lang)
    message = str(raised.value)
    assert isinstance(raised.value, ValueError)
    assert "\n" not in message and len(message) < 400
    if field is not None:
        assert field in message
        assert raised.value.field == field


def test_messages_are_in_the_requested_language():
    messages = {}
    for lang in LANGUAGES:
        with pytest.raises(ScenarioError) as raised:
            evaluate({"role": "parent", "action": "like"}, lang)
        messages[lang] = str(raised.value)
    assert len(set(messages.values())) == len(LANGUAGES), messages
    assert "Accepted values" in messages["en"]


def test_unknown_language():
    with pytest.raises(ScenarioError, match="lang|xx"):
        evaluate({"role": "parent", "action": "post"}, "xx")
    with pytest.raises(ScenarioError):
        describe("de")


def run(*args, stdin=""):
    return subprocess.run(
        [sys.executable, "-m", "checker", *args], input=stdin, capture_output=True, text=True, cwd=ROOT, timeout=60
    )


@pytest.mark.parametrize("lang", LANGUAGES)
def test_cli_answers_in_every_language(lang, tmp_path):
    scenario = tmp_path / "scenario.json"
    scenario.write_text(json.dumps({"role": "student", "setting": "lesson", "action": "browse", "permission": False}))
    done = run("--lang", lang, str(scenario))
    assert done.returncode == 0, done.stderr
    assert json.loads(done.stdout) == evaluate(json.loads(scenario.read_text()), lang)

    from_stdin = run("--lang", lang, "-", stdin=scenario.read_text())
    assert from_stdin.returncode == 0 and json.loads(from_stdin.stdout)["lang"] == lang

    described = run("--describe", "--lang", lang)
    assert described.returncode == 0 and json.loads(described.stdout) == describe(lang)


@pytest.mark.parametrize("lang", LANGUAGES)
@pytest.mark.parametrize(
    "stdin",
    ["", "{", "not json", "[1, 2]", '"text"', '{"role": "parent"}', '{"role": "x", "action": "post"}',
     '{"role": "parent", "action": "post", "extra": true}', "[" * 100_000],
    ids=["empty", "truncated", "not-json", "array", "string", "missing-action", "bad-role", "unknown-key", "deep"],
)
def test_cli_rejects_bad_input(stdin, lang):
    done = run("--lang", lang, stdin=stdin)
    assert done.returncode == 2
    assert done.stdout == ""
    assert "Traceback" not in done.stderr
    assert len(done.stderr.strip().splitlines()) == 1, done.stderr


def test_cli_missing_file_and_bad_options():
    for args in (["/nonexistent/scenario.json"], ["--lang", "xx"], ["--bogus"]):
        done = run(*args)
        assert done.returncode == 2 and done.stdout == "" and "Traceback" not in done.stderr
        assert len(done.stderr.strip().splitlines()) == 1, done.stderr


def test_web_entry_point_answers_json_with_result_or_error():
    assert json.loads(answer_json('{"role": "parent", "action": "post"}', "en"))["result"]["verdict"] == "conditional"
    error = json.loads(answer_json('{"role": "teacher", "action": "post"}', "pl"))
    assert error["field"] == "role" and "teacher" in error["error"]
    assert "error" in json.loads(answer_json("{not json", "en"))
