"""The feedback HTML on real exercises (the widget's and the check cells' shape)."""

import re
from html import unescape

from helpers.classroom.feedback import feedback_html, question_html
from helpers.classroom.registry import check, exercise


def test_a_wrong_script_answer_says_not_yet_once() -> None:
    # 000.script.p0.s0: the Simplified form of 000:p0.s0 with 債 left in Traditional (債务).
    item = exercise("000.script.p0.s0")
    typed = "【新智元导读】马斯克放出豪言:3年内,AI+机器人能解决美国債务!"
    shown = unescape(re.sub(r"<[^>]+>", "", feedback_html(item, typed, check(item, typed))))
    assert shown.startswith("Not yet.1 character wrong or extra, in brackets:")
    assert shown.count("Not yet") == 1


def test_an_answer_in_the_other_script_is_tagged_with_its_own_language() -> None:
    # 000 is Taiwan Traditional (zh-TW); its script exercises ask for zh-Hans, and its
    # mainland-form exercises for the Simplified mainland word (輝達 → 英伟达).
    typed = exercise("000.script.p8.s0")
    assert (typed.lang, typed.choice_lang) == ("zh-TW", "zh-Hans")
    wrong = "经济学家把这种局面归因于财政失衡,但马斯克换了一個清奇的角度。"  # 個 left as it was
    html = feedback_html(typed, wrong, check(typed, wrong))
    assert '<span lang="zh-Hans">经济学家' in html and 'lang="zh-TW">经' not in html
    regional = exercise("000.mainland-form.nvidia")
    assert regional.choice_lang == "zh-Hans"
    assert '<li><span lang="zh-Hans">英伟达</span></li>' in question_html(regional)
