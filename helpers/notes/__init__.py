"""The reader's own annotations and words, kept in one SQLite database in the reader's data folder.

    store        the database file, opening it safely, the schema and its forward migrations
    annotations  W3C Web Annotation records: add, list, edit, delete
    anchoring    finding an annotation again in today's text: position, quote, fuzzy quote, orphan
    exchange     W3C JSON-LD, CSV and Markdown export, import merged by id, online backup

May import: helpers.core, helpers.corpus and helpers.language (never views, glossary or numbers).
"""
