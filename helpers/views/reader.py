"""The live reader: a widget paging through a document's aligned sentences (ReaderWidget).

What it shows is a helpers.views.reader_pages.ReaderPage. Its layout, reading and glossary choices
and, per document, the script pair and the place last shown are kept in the settings file of
helpers.views.reader_settings, so a new reader of a document opens where the last one left off,
after a kernel restart too. Problems (a reference that names no sentence, a settings file that
cannot be read) are said in its status line, never raised from a control.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator
from contextlib import contextmanager
from html import escape

import ipywidgets as widgets
import pandas as pd

from helpers.core.errors import CorpusError, check_choice
from helpers.corpus.documents import documents
from helpers.corpus.segments import segmented
from helpers.views.notes_panel import NotesPanel
from helpers.views.page import READER_CSS, StaticFallback, style
from helpers.views.reader_pages import (
    ANY,
    LAYOUT_BUTTONS,
    PAGE_SIZE,
    PAIRS,
    READING_BUTTONS,
    PairChoice,
    ReaderPage,
    find_sentence,
    page_count,
    page_label,
    section_options,
    turn_options,
)
from helpers.views.reader_settings import (
    Place,
    Settings,
    SettingsRefusedError,
    load_settings,
    save_settings,
    settings_path,
)
from helpers.views.reading_controls import ReadingControls

WIDE = {"description_width": "initial"}
FIT = {"width": "auto"}
WRAP = {"flex_flow": "row wrap"}
CHOOSE_A_SECTION = "choose a section to list its speaker turns"


class ReaderWidget(StaticFallback, widgets.VBox):
    """Document, section, turn, script pair, layout, reading, glossary, page, reference and note
    controls (NotesPanel) over a page of the selected sentences with the reader's highlights,
    notes and known words (helpers.views.reader_notes), with a status line.

    The turn menu lists the turns of the chosen section only ("p44 · <speaker>: <opening words>");
    with all sections it is disabled. Every change is saved to the settings file (settings_path()).

    Args:
        doc_id: the document to open, at the place the settings file keeps for it, else at its
            first page.
        pair: the script pair (one of PAIRS) for a document the settings file keeps no place for.
        page_size: sentences per page.

    Raises:
        CorpusError: unknown document or pair.
    """

    def __init__(
        self, doc_id: str = "000", pair: PairChoice = "original ↔ zh-TW", page_size: int = PAGE_SIZE
    ) -> None:
        check_choice(documents(), doc_id, "document")
        check_choice(PAIRS, pair, "pair")
        self.page_size, self.page, self._quiet, self.message = page_size, 0, True, ""
        self.settings_file = settings_path()
        loaded = load_settings(self.settings_file)
        self._refusal, self._places = loaded.refused, dict(loaded.settings.places)
        self.document = widgets.Dropdown(
            options=[(f"{doc.id} · {doc.label_en}", doc.id) for doc in documents().values()],
            value=doc_id,
            description="Document",
            style=WIDE,
            layout={"width": "28em"},
        )
        self.section = widgets.Dropdown(description="Section", style=WIDE, layout={"width": "30em"})
        self.turn = widgets.Dropdown(description="Turn", style=WIDE, layout={"width": "40em"})
        self.pair = widgets.Dropdown(options=list(PAIRS), value=pair, description="Scripts")
        self.layout_choice = widgets.RadioButtons(
            options=list(LAYOUT_BUTTONS),
            value=loaded.settings.layout,
            description="Layout",
            orientation="horizontal",
        )
        self.reading = widgets.RadioButtons(
            options=list(READING_BUTTONS),
            value=loaded.settings.reading,
            description="Reading",
            orientation="horizontal",
        )
        self.ruby = ReadingControls(*loaded.settings.ruby, lambda: self._unless_quiet(self._show))
        self.glossary = widgets.Checkbox(
            value=loaded.settings.glossary, description="Glossary", indent=False
        )
        self.previous = widgets.Button(description="Previous page", layout=FIT)
        self.next = widgets.Button(description="Next page", layout=FIT)
        self.page_number = widgets.BoundedIntText(
            value=1,
            min=1,
            max=1,
            description="Page",
            continuous_update=False,
            style=WIDE,
            layout={"width": "8em"},
        )
        self.page_total = widgets.Label()
        self.ref_box = widgets.Text(
            description="Go to reference",
            placeholder="003:p2.s1",
            continuous_update=False,
            style=WIDE,
            layout={"width": "20em"},
        )
        self.go_button = widgets.Button(
            description="Go", tooltip="go to the reference typed", layout=FIT
        )
        self.status = widgets.HTML()
        self.html = widgets.HTML()
        self.notes = NotesPanel(self._say, self._show)
        self.document.observe(lambda change: self._open(change["new"]), "value")
        self.section.observe(self._section_changed, "value")
        self.turn.observe(lambda _: self._unless_quiet(lambda: self.go(0)), "value")
        for control in (self.pair, self.layout_choice, self.reading, self.glossary):
            control.observe(lambda _: self._unless_quiet(self._show), "value")
        self.previous.on_click(lambda _: self.go(self.page - 1))
        self.next.on_click(lambda _: self.go(self.page + 1))
        self.page_number.observe(
            lambda change: self._unless_quiet(lambda: self.go(change["new"] - 1)), "value"
        )
        self.ref_box.observe(lambda change: self.go_to(change["new"]), "value")
        self.go_button.on_click(lambda _: self.go_to(self.ref_box.value))
        pages = (self.previous, self.page_number, self.page_total, self.next)
        super().__init__(
            [
                widgets.HBox([self.document, self.section, self.turn], layout=WRAP),
                widgets.HBox(
                    [self.pair, self.layout_choice, self.reading, self.ruby, self.glossary],
                    layout=WRAP,
                ),
                widgets.HBox([*pages, self.ref_box, self.go_button], layout=WRAP),
                self.notes,
                self.status,
                self.html,
            ]
        )
        self._quiet = False
        self._open(doc_id, loaded.messages)

    def __repr__(self) -> str:
        return f"ReaderWidget({self.document.value}, {self.pair.value}, {self.page_label})"

    @property
    def view(self) -> ReaderPage:
        """What the controls select: document, pair, layout, readings, glossary, section, page."""
        return ReaderPage(
            self.document.value,
            PAIRS[self.pair.value],
            LAYOUT_BUTTONS[self.layout_choice.value],
            READING_BUTTONS[self.reading.value],
            self.glossary.value,
            self.section.value,
            self.turn.value,
            self.page,
            self.page_size,
            *self.ruby.values,
        )

    @property
    def rows(self) -> pd.DataFrame:
        """The rows the current document, section and turn select."""
        return self.view.rows

    @property
    def page_count(self) -> int:
        """How many pages the selected rows fill."""
        return page_count(self.rows, self.page_size)

    @property
    def page_label(self) -> str:
        """'page 3 / 298' for the current page."""
        return page_label(self.page, self.page_count)

    @property
    def page_rows(self) -> pd.DataFrame:
        """The rows on the current page."""
        return self.view.page_rows

    @property
    def refs(self) -> list[str]:
        """The sentence references on the current page."""
        return list(self.page_rows["ref"])

    def static_html(self) -> str:
        """The current page as the widget shows it, the reader's notes and marks included, under a
        header line saying what it is (NotesPanel.static_html), for a notebook read without a
        kernel."""
        return self.notes.static_html(self.view)

    def go(self, page: int) -> None:
        """Show a page of the selected rows.

        Args:
            page: the page to show, counted from 0; a page before the first shows the first,
                one after the last shows the last.
        """
        self.page = min(max(page, 0), self.page_count - 1)
        self._show()

    def go_to(self, ref: str) -> None:
        """Show the page holding a sentence, with its document and section chosen.

        Args:
            ref: a sentence reference ("003:p2.s1"); blank does nothing. One that is malformed or
                names no sentence is said in the status line, and the page stays as it was.
        """
        if not ref.strip():
            return
        try:
            sentence = find_sentence(ref)
        except CorpusError as error:
            self._say([str(error)], problem=True)
            return
        rows = ReaderPage(sentence.doc, section=sentence.section).rows
        page = list(rows["ref"]).index(sentence.ref) // self.page_size
        self._select(sentence.doc, sentence.section, ANY, page)
        self._say([f"{sentence.ref} is on {self.page_label} of {self.section.label}"])

    @contextmanager
    def _quietly(self) -> Iterator[None]:
        """Set controls without their observers acting."""
        quiet, self._quiet = self._quiet, True
        try:
            yield
        finally:
            self._quiet = quiet

    def _unless_quiet(self, action: Callable[[], None]) -> None:
        """Run an observer's action unless the controls are being set by the widget itself."""
        if not self._quiet:
            action()

    def _open(self, doc_id: str, messages: tuple[str, ...] = ()) -> None:
        """Show a document at the place the settings keep for it (with its pair), else its first
        page; a stored place the document does not have is said and replaced by the first page."""
        if self._quiet:
            return
        place, said = self._places.get(doc_id), list(messages)
        section, turn, page = ANY, ANY, 0
        if place is not None:
            with self._quietly():
                self.pair.value = place.pair
            try:
                rows = ReaderPage(doc_id, section=place.section, turn=place.turn).rows
                if place.turn not in {value for _, value in turn_options(doc_id, place.section)}:
                    raise CorpusError(f"turn {place.turn} is not in section {place.section}")
                refs = list(rows["ref"])
                if place.ref is not None and place.ref not in refs:
                    raise CorpusError(f"{place.ref} is not among the sentences chosen")
                section, turn = place.section, place.turn
                page = refs.index(place.ref) // self.page_size if place.ref else 0
            except CorpusError as error:
                said.append(f"the place kept for {doc_id} cannot be shown ({error}): first page")
        self._select(doc_id, section, turn, page)
        self._say(said, problem=bool(said))

    def _select(self, doc_id: str, section: int, turn: int, page: int) -> None:
        """Set the document, section and turn controls, then show a page."""
        with self._quietly():
            self.document.value = doc_id
            self.section.options = section_options(doc_id)
            self.section.value = section
            self._set_turns(turn)
        self.go(page)

    def _set_turns(self, turn: int) -> None:
        """The turn menu of the chosen section, one of its turns chosen; hidden without turns."""
        self.turn.options = turn_options(self.document.value, self.section.value)
        self.turn.value = turn
        self.turn.disabled = self.section.value == ANY
        self.turn.tooltip = CHOOSE_A_SECTION if self.turn.disabled else None
        self.turn.layout.display = None if segmented(self.document.value).turns else "none"

    def _section_changed(self, _: object = None) -> None:
        """New turn choices for the section, then its first page."""
        if self._quiet:
            return
        with self._quietly():
            self._set_turns(ANY)
        self.go(0)

    def _say(self, lines: list[str], problem: bool = False) -> None:
        """Put lines in the status line, and why settings are not saved if they are not
        (self.message holds them as plain text)."""
        lines = [*lines, self._refusal] if self._refusal else lines
        self.message = "\n".join(lines)
        problem = problem or self._refusal is not None
        css = "mr-reader-status mr-problem" if problem else "mr-reader-status"
        body = "<br>".join(escape(line) for line in lines)
        self.status.value = (
            f'{style(READER_CSS)}\n<div class="{css}" role="status" lang="en">{body}</div>'
        )

    def _show(self) -> None:
        """Put the current page into the HTML view and the page controls, then save settings."""
        count = self.page_count
        self.html.value = self.notes.body(self.view)
        with self._quietly():
            self.page_number.max = max(count, self.page_number.value)
            self.page_number.value = self.page + 1
            self.page_number.max = count
        self.page_total.value = f"/ {count}"
        self.previous.disabled = self.page == 0
        self.next.disabled = self.page == count - 1
        self._save()

    def _save(self) -> None:
        """Store the choices and this document's place; a failure is said and ends saving."""
        if self._refusal:
            return
        first = next(iter(self.refs), None)
        place = Place(self.pair.value, self.section.value, self.turn.value, first)
        self._places[self.document.value] = place
        settings = Settings(
            self.layout_choice.value,
            self.reading.value,
            self.glossary.value,
            {self.document.value: place},
            *self.ruby.values,
        )
        try:
            save_settings(self.settings_file, settings)
        except SettingsRefusedError as error:
            self._refusal = f"{error}: it is left as it is and settings are not saved"
            self._say([])
        except CorpusError as error:
            self._refusal = f"{error}; settings are not saved"
            self._say([])
