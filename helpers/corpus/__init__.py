"""The corpus: documents and their metadata, logged repairs into the normalised text, curated
structure (headings, speakers), lossless segmentation into sections, paragraphs, sentences and
speaker turns, and overview tables.

May import: helpers.core.
"""
