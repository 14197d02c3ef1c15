"""helpers.reload(): an edited data file is seen in a running process without restarting it."""

import json
import shutil
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent

NEW_ENTRY = """
[[entry]]
id = "reload-check"
simplified = "重载"
traditional = "重載"
pinyin = "chóng zài"
zhuyin = "ㄔㄨㄥˊ ㄗㄞˋ"
english = "reload"
category = "technology"
note = "A test entry."
surfaces = ["重载"]
hsk = ""
"""

SCRIPT = """
import json, helpers
from helpers.corpus.documents import document
from helpers.glossary.entries import glossary_entries
from helpers.glossary.search import search

def state():
    return [len(glossary_entries()), [e.id for e in search("chongzai")], document("000").label_en]

seen = [state()]
glossary = helpers.CORPUS_DIR / "glossary.toml"
glossary.write_text(glossary.read_text(encoding="utf-8") + NEW_ENTRY, encoding="utf-8")
metadata = helpers.CORPUS_DIR / "metadata.toml"
text = metadata.read_text(encoding="utf-8")
metadata.write_text(text.replace(OLD_LABEL, "Edited label", 1), encoding="utf-8")
seen.append(state())
helpers.reload()
seen.append(state())
print(json.dumps(seen))
"""


def test_reload_sees_an_edited_glossary_and_metadata(tmp_path) -> None:
    shutil.copytree(ROOT / "corpus", tmp_path / "corpus")
    old_label = "Musk on AI, robots and the U.S. debt: a write-up of his podcast with Nikhil Kamath"
    assert f'label_en = "{old_label}"' in (ROOT / "corpus" / "metadata.toml").read_text("utf-8")
    code = f"NEW_ENTRY = {NEW_ENTRY!r}\nOLD_LABEL = {old_label!r}\n{SCRIPT}"
    result = subprocess.run(
        [sys.executable, "-c", code],
        cwd=tmp_path,
        env={"READER_PROJECT_ROOT": str(tmp_path), "PATH": "/usr/bin:/bin"},
        capture_output=True,
        text=True,
    )
    assert result.returncode == 0, result.stderr
    before, edited, reloaded = json.loads(result.stdout)
    assert before == [236, [], old_label]
    assert edited == before  # cached until reload()
    assert reloaded == [237, ["reload-check"], "Edited label"]
