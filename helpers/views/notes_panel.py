"""The reader's note controls (NotesPanel): pick a sentence or a span of it, add a note, a
highlight or tags, edit and delete them; the reader widget shows the page through it.

Annotations are written with helpers.notes.annotations (the store in reader_home()); what the page
shows is drawn by helpers.views.reader_notes. Refusals (a quote not in the sentence, a note too
long, a store that cannot be opened) are said in the reader's status line, never raised.
"""

from __future__ import annotations

from collections.abc import Callable

import ipywidgets as widgets

from helpers.core.errors import CorpusError
from helpers.notes.annotations import add_annotation, delete_annotation, edit_annotation
from helpers.views.reader_notes import (
    PageNotes,
    annotated_body,
    annotated_static,
    by_id,
    page_choices,
    page_notes,
    split_tags,
)
from helpers.views.reader_pages import ReaderPage, find_sentence

WIDE = {"description_width": "initial"}
FIT = {"width": "auto"}
WRAP = {"flex_flow": "row wrap"}
NO_CHOICE = ("—", "")


class NotesPanel(widgets.VBox):
    """Note controls under the reader's page controls.

    Controls: note_ref (Sentence: the references on the page), note_quote (Quote: exact words of
    the sentence, blank for all of it), note_text (Note), note_tags (Tags: commas or spaces),
    add_note ("Add note"), add_highlight ("Highlight"), note_choice (Edit: the annotations of the
    page and the document's orphans), save_note ("Save changes"), delete_note ("Delete").

    Args:
        say: shows lines in the reader's status line (problem=True for a refusal).
        redraw: draws the reader's page again after a change.
    """

    def __init__(self, say: Callable[..., None], redraw: Callable[[], None]) -> None:
        self._say, self._redraw = say, redraw
        self.loaded = PageNotes()
        self.note_ref = widgets.Dropdown(description="Sentence", style=WIDE, layout=FIT)
        self.note_quote = widgets.Text(
            description="Quote",
            placeholder="exact words of the sentence (blank: all of it)",
            style=WIDE,
            layout={"width": "30em"},
        )
        self.note_text = widgets.Textarea(
            description="Note", style=WIDE, layout={"width": "40em", "height": "4em"}
        )
        self.note_tags = widgets.Text(
            description="Tags", placeholder="ai, question", style=WIDE, layout={"width": "20em"}
        )
        self.add_note = widgets.Button(description="Add note", layout=FIT)
        self.add_highlight = widgets.Button(description="Highlight", layout=FIT)
        self.note_choice = widgets.Dropdown(
            description="Edit", options=[NO_CHOICE], style=WIDE, layout={"width": "36em"}
        )
        self.save_note = widgets.Button(description="Save changes", layout=FIT)
        self.delete_note = widgets.Button(description="Delete", layout=FIT)
        self.add_note.on_click(lambda _: self.add())
        self.add_highlight.on_click(lambda _: self.add("highlighting"))
        self.note_choice.observe(lambda _: self._fill(), "value")
        self.save_note.on_click(lambda _: self.save())
        self.delete_note.on_click(lambda _: self.delete())
        super().__init__(
            [
                widgets.HBox([self.note_ref, self.note_quote, self.note_tags], layout=WRAP),
                widgets.HBox([self.note_text, self.add_note, self.add_highlight], layout=WRAP),
                widgets.HBox([self.note_choice, self.save_note, self.delete_note], layout=WRAP),
            ]
        )

    def body(self, view: ReaderPage) -> str:
        """The page with the reader's notes (loaded once here); the controls follow the page.

        Args:
            view: the page shown.

        Returns:
            annotated_body of the page; without notes, and the reason said, when the store
            cannot be read.
        """
        try:
            self.loaded = page_notes(view.doc, view.page_rows["ref"])
        except CorpusError as error:
            self.loaded = PageNotes()
            self._say([f"notes are not shown: {error}"], problem=True)
        refs = list(view.page_rows["ref"])
        keep = self.note_ref.value if self.note_ref.value in refs else None
        self.note_ref.options = refs
        self.note_ref.value = keep or (refs[0] if refs else None)
        choices = [NO_CHOICE, *page_choices(refs, self.loaded)]
        chosen = self.note_choice.value
        self.note_choice.options = choices
        self.note_choice.value = chosen if chosen in {value for _, value in choices} else ""
        return annotated_body(view, self.loaded)

    def static_html(self, view: ReaderPage) -> str:
        """The page as body() last drew it, for reading without a kernel (annotated_static)."""
        return annotated_static(view, self.loaded)

    def add(self, motivation: str | None = None) -> None:
        """Add an annotation from the controls: on the sentence chosen, or the quote in it.

        Args:
            motivation: "highlighting" for the Highlight button; None lets the store choose
                (commenting with a note, highlighting without).
        """
        ref = self.note_ref.value
        if not ref:
            self._say(["choose a sentence first"], problem=True)
            return
        quote = self.note_quote.value.strip() or None
        if quote is not None and quote not in find_sentence(ref).text:
            self._say([f"«{quote}» is not in {ref}: type or paste words of that sentence"], True)
            return
        try:
            added = add_annotation(
                ref,
                note=self.note_text.value,
                tags=split_tags(self.note_tags.value),
                quote=quote,
                motivation=motivation,  # type: ignore[arg-type]
            )
        except CorpusError as error:
            self._say([str(error)], problem=True)
            return
        self.note_quote.value = self.note_text.value = self.note_tags.value = ""
        self._redraw()
        self._say([f"added a {added.motivation} annotation to {ref}"])

    def save(self) -> None:
        """Save the note and tags boxes into the annotation chosen under Edit."""
        if not self.note_choice.value:
            self._say(["choose an annotation under Edit first"], problem=True)
            return
        try:
            edited = edit_annotation(
                self.note_choice.value,
                note=self.note_text.value,
                tags=split_tags(self.note_tags.value),
            )
        except CorpusError as error:
            self._say([str(error)], problem=True)
            return
        self._redraw()
        self._say([f"saved the annotation on {edited.ref}"])

    def delete(self) -> None:
        """Delete the annotation chosen under Edit."""
        chosen = by_id(self.loaded).get(self.note_choice.value)
        if chosen is None:
            self._say(["choose an annotation under Edit first"], problem=True)
            return
        try:
            delete_annotation(chosen.annotation.id)
        except CorpusError as error:
            self._say([str(error)], problem=True)
            return
        self.note_choice.value = ""
        self._redraw()
        self._say([f"deleted the annotation on {chosen.annotation.ref}"])

    def _fill(self) -> None:
        """Put the chosen annotation's note and tags into their boxes to edit."""
        chosen = by_id(self.loaded).get(self.note_choice.value)
        if chosen is not None:
            self.note_text.value = chosen.annotation.note
            self.note_tags.value = ", ".join(chosen.annotation.tags)
