"""What a reader sees: HTML views of metadata, text and aligned sentences, glossary and number tables, the
reader, glossary and number widgets, and matplotlib charts with a CJK font. All CSS is in page.py.

May import: every layer below (helpers.core, corpus, language, glossary, numbers).
"""
