"""The walkthrough notebooks, one per document, made by one template (above site, below the top
level): template.walkthrough_notebook builds a document's notebook from the template and its prose
file (prose), or plain prose from its metadata (defaults); files finds, compares and writes them.

May import: every layer below the top level.
"""
