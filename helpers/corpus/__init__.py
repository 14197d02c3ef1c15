"""The corpus: documents and their metadata, logged repairs into the normalised text, curated
structure (headings, speakers), lossless segmentation into sections, paragraphs, sentences and
speaker turns, and overview tables; a new document's intake: its bytes checked and decoded
(intake), its id, slug and file name chosen and checked (taken), its structure detected (detection)
and its metadata and structure rows written (writers).

May import: helpers.core.
"""
