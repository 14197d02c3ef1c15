"""Classroom walkthroughs: exercises generated from the project's data, checking and
feedback, answers kept in the reader's store, teacher and student copies, the teacher's guide.

    model      an exercise and the feedback on an answer
    checking   reading a typed answer (spaces, full-width forms, empty) and multiple-choice answers
    registry   every exercise of a document, in a fixed order; one by id; checking an answer
    answers    answers kept per attempt in the reader's store; history, section scores, reset
    answer_files  a student's answers exported as CSV; a folder of exports collected
    feedback   exercises, feedback, check cells and the teacher's answer key as HTML
    widget     ExerciseWidget: one exercise at a time, feedback at once, a score per section

May import: every layer below it: core, corpus, language, glossary, numbers, notes and views.
"""
