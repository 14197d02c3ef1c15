"""The curated bilingual glossary (corpus/glossary.toml): entries, where their terms occur, search
and the cross-script concordance, CC-CEDICT look-up with jieba, and the classroom export (CSV and
Anki).

May import: helpers.core, helpers.corpus, helpers.language.
"""
