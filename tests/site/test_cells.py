"""Notebook cells as HTML: outputs, images and their alt text, and the errors for what cannot be
shown."""

from types import SimpleNamespace

import pytest

from helpers.core.errors import CorpusError
from helpers.site.cells import markdown_html, render_notebook


def test_links_to_notebooks_point_at_their_pages() -> None:
    html = markdown_html("[next](02_x.ipynb#top), [site](https://example.org/a.ipynb)")
    assert '<a href="02_x.html#top">next</a>' in html
    assert '<a href="https://example.org/a.ipynb">site</a>' in html


def test_a_chart_becomes_a_file_with_its_alt_text(parts: SimpleNamespace) -> None:
    rendered = render_notebook(parts.walkthrough, "01_kamath_debt_ai_robots")
    # the chart is cell 1, the first image of its cell; the PNG of conftest is 4 × 3 pixels
    path = "assets/01_kamath_debt_ai_robots-cell1-1.png"
    assert list(rendered.assets) == [path]
    assert rendered.assets[path].startswith(b"\x89PNG")
    image = f'<img class="mr-site-image" src="{path}" alt="A test chart of nothing"'
    assert f'{image} width="4" height="3">' in rendered.html


def test_outputs_are_shown_as_stored(parts: SimpleNamespace) -> None:
    html = render_notebook(parts.walkthrough, "01_x").html
    assert '<div class="mr-site-html"><p lang="zh-TW">輝達</p></div>' in html
    assert '<pre class="mr-site-stdout">晶片\n</pre>' in html
    assert '<details class="mr-site-code"><summary>Code <code>plot()</code></summary>' in html
    assert "&lt;Figure&gt;" not in html  # the image is shown, not its text form


def test_a_chart_without_alt_text_fails_naming_notebook_and_cell(parts: SimpleNamespace) -> None:
    nb = parts.notebook(parts.markdown("# T"), parts.code("plot()", [parts.chart]))
    with pytest.raises(CorpusError, match=r"08_numbers\.ipynb, cell 1: an image output has no alt"):
        render_notebook(nb, "08_numbers")


def test_one_alt_text_per_image(parts: SimpleNamespace) -> None:
    nb = parts.notebook(parts.code("plot()", [parts.chart, parts.chart], alt=["one"]))
    with pytest.raises(CorpusError, match="cell 0: 2 images but 1 alt texts"):
        render_notebook(nb, "08_numbers")
    nb = parts.notebook(parts.code("plot()", [parts.chart, parts.chart], alt=["one", "two"]))
    html = render_notebook(nb, "08_numbers").html
    assert 'src="assets/08_numbers-cell0-2.png" alt="two"' in html


def test_a_widget_without_its_static_view_fails(parts: SimpleNamespace) -> None:
    widget = parts.display(
        {"application/vnd.jupyter.widget-view+json": parts.widget, "text/plain": "W"}
    )
    nb = parts.notebook(parts.markdown("# T"), parts.markdown("x"), parts.code("w", [widget]))
    with pytest.raises(
        CorpusError, match=r"07_g\.ipynb, cell 2: a widget output has no static HTML"
    ):
        render_notebook(nb, "07_g")


def test_a_widget_with_its_static_view_shows_it(parts: SimpleNamespace) -> None:
    data = {
        "application/vnd.jupyter.widget-view+json": parts.widget,
        "text/html": "<table><tr><td>1</td></tr></table>",
        "text/plain": "W",
    }
    html = render_notebook(parts.notebook(parts.code("w", [parts.display(data)])), "07_g").html
    assert '<div class="mr-site-html"><table><tr><td>1</td></tr></table></div>' in html
