"""The feedback HTML on real exercises (the widget's and the check cells' shape)."""

import re
from html import unescape

from helpers.classroom.feedback import feedback_html
from helpers.classroom.registry import check, exercise


def test_a_wrong_script_answer_says_not_yet_once() -> None:
    # 000.script.p0.s0: the Simplified form of 000:p0.s0 with 債 left in Traditional (債务).
    item = exercise("000.script.p0.s0")
    typed = "【新智元导读】马斯克放出豪言:3年内,AI+机器人能解决美国債务!"
    shown = unescape(re.sub(r"<[^>]+>", "", feedback_html(item, typed, check(item, typed))))
    assert shown.startswith("Not yet.1 character(s) wrong or extra, in brackets:")
    assert shown.count("Not yet") == 1
