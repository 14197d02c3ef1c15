"""The reader's own annotations and word list, in an SQLite store in the reader's data folder.

Layer 3 (notes): may import core, corpus and language; views import it.
"""
