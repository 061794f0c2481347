"""Reading printed documents back: text with pypdf, fonts from the PDF's dictionaries, and poppler's view."""

from __future__ import annotations

import io
import re
import shutil
import subprocess
from pathlib import Path

import pypdf
import pytest


def page_texts(data: bytes) -> list[str]:
    return [page.extract_text() for page in pypdf.PdfReader(io.BytesIO(data)).pages]


def squash(text: str) -> str:
    """Without white space: Chinese lines wrap anywhere, and extractors differ in the spaces they put back."""
    return re.sub(r"\s+", "", text)


def font_dictionaries(data: bytes) -> list[pypdf.generic.DictionaryObject]:
    fonts = {}
    for page in pypdf.PdfReader(io.BytesIO(data)).pages:
        for font in page["/Resources"]["/Font"].values():
            font = font.get_object()
            fonts[str(font["/BaseFont"])] = font
    return list(fonts.values())


def assert_fonts_embedded(data: bytes) -> None:
    fonts = font_dictionaries(data)
    names = {str(font["/BaseFont"]) for font in fonts}
    assert any(name.endswith("+DroidSansFallback") for name in names)
    for font in fonts:
        assert re.fullmatch(r"/[A-Z]{6}\+\S+", str(font["/BaseFont"])), "not a subset"
        assert len(font["/FontDescriptor"].get_object()["/FontFile2"].get_object().get_data()) > 1000


def assert_pages_numbered(data: bytes) -> None:
    texts = page_texts(data)
    for number, text in enumerate(texts, start=1):
        assert f"第 {number} 页 / 共 {len(texts)} 页" in text


def assert_no_line_starts_with_closing_punctuation(data: bytes) -> None:
    lines = [line.strip() for text in page_texts(data) for line in text.splitlines()]
    assert not [line for line in lines if line[:1] in "，。、；：！？）》”」』】"]


def poppler(tool: str, data: bytes, tmp_path: Path, *args: str) -> str:
    """Output of a poppler tool (pdftotext, pdffonts) on ``data``; skips the test when poppler is absent."""
    path = shutil.which(tool)
    if path is None:
        pytest.skip(f"poppler's {tool} is not installed")
    pdf = tmp_path / "document.pdf"
    pdf.write_bytes(data)
    return subprocess.run(
        [path, *args, str(pdf), *(["-"] if tool == "pdftotext" else [])], check=True, capture_output=True, text=True
    ).stdout


def assert_poppler_embeds_every_font(data: bytes, tmp_path: Path) -> None:
    rows = poppler("pdffonts", data, tmp_path).splitlines()[2:]
    assert rows
    # Columns: name type encoding emb sub uni object ID; the name has no spaces.
    assert all(row.split()[-5:-3] == ["yes", "yes"] for row in rows), rows
