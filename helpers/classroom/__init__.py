"""Classroom walkthroughs: exercises generated from the project's data, checking and
feedback, answers kept in the reader's store, teacher and student copies, the teacher's guide.

    model      an exercise and the feedback on an answer
    checking   reading a typed answer (spaces, full-width forms, empty) and multiple-choice answers
    registry   every exercise of a document, in a fixed order; one by id; checking an answer
    guide      the teacher's guide: HSK level per document, lesson plans, nbgitpuller links

May import: every layer below it: core, corpus, language, glossary, numbers, notes and views.
"""
