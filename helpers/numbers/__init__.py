"""Numbers: every quoted quantity found, valued and traced to both texts, its units, the extractor's
precision and recall against hand annotation, the curated key figures (corpus/claims.toml) and their
cross-source checks.

May import: helpers.core, helpers.corpus, helpers.language.
"""
