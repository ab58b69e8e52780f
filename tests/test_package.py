"""The wheel: pure Python (py3-none-any), the package, its compiled catalogues and the school's
choices as the build checked them, nothing else; and it works from the wheel alone, in every language."""

import json
import subprocess
import sys
import zipfile

from conftest import ROOT


def test_wheel(tmp_path):
    subprocess.run(
        [sys.executable, "-m", "build", "--wheel", "--no-isolation", "--outdir", str(tmp_path), str(ROOT)],
        check=True, capture_output=True, cwd=tmp_path,
    )
    [wheel] = tmp_path.glob("*.whl")
    assert wheel.name.endswith("-py3-none-any.whl")
    names = zipfile.ZipFile(wheel).namelist()
    payload = [name for name in names if ".dist-info/" not in name]
    assert all(name.startswith("checker/") for name in payload), payload
    assert all(name.endswith((".py", ".mo")) or name == "checker/chosen.json" for name in payload), payload
    assert "checker/chosen.json" in names, "the school's choices (tools/choices.py writes them at make site)"
    for lang in ("nl", "tr", "ar", "pl", "uk"):
        assert f"checker/locale/{lang}/LC_MESSAGES/checker.mo" in names

    unpacked = tmp_path / "unpacked"
    zipfile.ZipFile(wheel).extractall(unpacked)
    code = (
        "import json, checker;"
        "print(json.dumps([checker.evaluate({'role': 'parent', 'action': 'post'}, l)['findings'][0]['text']"
        " for l in checker.LANGUAGES]))"
    )
    done = subprocess.run([sys.executable, "-I", "-c", f"import sys; sys.path.insert(0, {str(unpacked)!r}); {code}"],
                          capture_output=True, text=True, cwd=tmp_path)
    assert done.returncode == 0, done.stderr
    texts = json.loads(done.stdout)
    assert len(set(texts)) == 6, texts
