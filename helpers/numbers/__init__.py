"""Numbers: every quoted quantity found, valued and placed in both the raw and the normalised text,
the extractor's precision and recall against hand annotation, the curated key figures
(corpus/claims.toml) and their cross-source checks.

    units       units and scale words
    numerals    the values of written numbers (colloquial, financial, digit-by-digit, vague)
    patterns    the regular expressions, built from small named pieces
    builders    from a pattern's match to a valued quantity
    dates       the same for dates and ranks
    extract     find_quantities (any text) and quantities (a corpus document)
    annotation  the development and frozen annotations under corpus/annotations/, validated
    quality     precision and recall against them
    claims      the key figures of corpus/claims.toml, each pointing at an extracted quantity
    cross_checks  the same figure in two sources compared

May import: helpers.core, helpers.corpus, helpers.language.
"""
