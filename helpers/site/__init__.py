"""The static site: every notebook with its stored outputs as HTML pages, and a search index over
the corpus sentences (`python -m helpers site --out site/`, what `make site` runs).

Notebooks are read, never executed. lang tags Chinese text in HTML, cells renders a notebook's
cells, search_index builds the search data, template holds the markup around each page and build
writes the files; search.js is the pages' search box.

May import: core, corpus, language, glossary, numbers, notes, views and classroom (a page shows
a notebook's student copy).
"""
