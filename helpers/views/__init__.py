"""What a reader sees: HTML views of metadata, text and aligned sentences, glossary and number
tables, the reader, glossary and number widgets, and matplotlib charts.

All CSS is in page.py. The charts share chart_style.py, which imports fonts.py: importing any chart
module makes the bundled CJK font matplotlib's default for the whole process.

May import: every layer below (helpers.core, corpus, language, glossary, numbers).
"""
