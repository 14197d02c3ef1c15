"""JupyterLab starts from this environment and serves the start-here notebook (the harness's server,
over its copy of notebooks/)."""

import json
import urllib.request

from tests.browser.lab import ROOT, Lab

NOTEBOOK = "00_start_here.ipynb"


def fetch(url: str) -> tuple[int, str, str]:
    """Status, content type and body of a GET request."""
    with urllib.request.urlopen(url, timeout=10) as response:
        return response.status, response.headers.get("Content-Type", ""), response.read().decode()


def test_start_notebook_exists() -> None:
    assert (ROOT / "notebooks" / NOTEBOOK).is_file(), f"notebooks/{NOTEBOOK} is missing"


def test_contents_api_serves_start_notebook(lab: Lab) -> None:
    status, _, body = fetch(f"{lab.base}/api/contents/{NOTEBOOK}?token={lab.token}")
    model = json.loads(body)
    assert status == 200
    assert (model["type"], model["format"], model["path"]) == ("notebook", "json", NOTEBOOK)
    assert model["content"]["cells"]


def test_lab_page_opens_start_notebook(lab: Lab) -> None:
    status, content_type, body = fetch(f"{lab.base}/lab/tree/{NOTEBOOK}?token={lab.token}")
    assert status == 200 and content_type.startswith("text/html")
    assert "<title>JupyterLab</title>" in body and "jupyter-config-data" in body
