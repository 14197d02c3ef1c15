"""Classroom walkthroughs: exercises generated from the project's data, checking and
feedback, answers kept in the reader's store, teacher and student copies, the teacher's guide.

    model            an exercise and the feedback on an answer
    checking         reading a typed answer (spaces, full-width forms, empty); multiple choice
    registry         every exercise of a document, in a fixed order; one by id; checking an answer
    vocabulary       glossary terms ↔ English, mainland ↔ Taiwan forms (corpus/glossary.toml)
    script           a sentence converted to the other script, typed, wrong characters marked
    polyphones       the reading of a polyphone (多音字) in its sentence, from the glossary
    english_amounts  reading a typed English amount with its unit ("US$38 trillion")
    number_reading   a quoted quantity read into English units (helpers.numbers)
    chart_reading    a value read off a key-figure chart (corpus/claims.toml)
    comprehension    reading-comprehension questions on each section (corpus/comprehension.toml)
    answers          answers kept per attempt in the reader's store; history, section scores, reset
    answer_files     a student's answers exported as CSV; a folder of exports collected
    feedback         exercises, feedback, check cells and the teacher's answer key as HTML
    widget           ExerciseWidget: one exercise at a time, feedback at once, a score per section
    nbgrader         nbgrader's cell metadata (schema 3), checked
    student          a student copy of one notebook: solutions, teacher cells and outputs removed
    release          teacher and student copies of every notebook
    guide            the teacher's guide: HSK level per document, lesson plans, nbgitpuller links

May import: every layer below it: core, corpus, language, glossary, numbers, notes and views.
"""
