"""Translations: complete, placeholders kept, .ts in step with the code, .qm in step with the .ts,
every error code the core raises has a message, and no Latin text left in the Chinese UI."""

from __future__ import annotations

import re
import shutil
import subprocess
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest

from rehabdesk.ui.text import messages

ROOT = Path(__file__).resolve().parents[2]
I18N = ROOT / "i18n"
PACKAGE = ROOT / "desktop" / "rehabdesk"
BIN = Path(sys.executable).parent
PLACEHOLDER = re.compile(r"\{[a-z_]+\}|%\d")


def _messages(ts_file: Path) -> list[tuple[str, str, ET.Element]]:
    root = ET.parse(ts_file).getroot()
    return [
        (context.findtext("name"), message.findtext("source"), message.find("translation"))
        for context in root.iter("context")
        for message in context.iter("message")
    ]


def _text(translation: ET.Element) -> str:
    """A translation's text; plural messages keep theirs in <numerusform> children."""
    forms = translation.findall("numerusform")
    return " ".join(form.text or "" for form in forms) if forms else (translation.text or "")


def _sources() -> list[str]:
    files = [
        *sorted((PACKAGE / "ui").rglob("*.py")),
        PACKAGE / "app.py",
        PACKAGE / "cli.py",
        *sorted((PACKAGE / "county" / "ui").rglob("*.py")),
        PACKAGE / "county" / "cli.py",
    ]
    return sorted(str(path.relative_to(ROOT)) for path in files)


@pytest.mark.parametrize("language", ["zh_CN", "en"])
def test_every_message_is_translated(language: str) -> None:
    entries = _messages(I18N / f"rehabdesk_{language}.ts")
    assert len(entries) > 200
    unfinished = [
        source for _, source, translation in entries if translation.get("type") or not _text(translation).strip()
    ]
    assert unfinished == []


def test_placeholders_survive_translation() -> None:
    lost = [
        (source, translation.text)
        for _, source, translation in _messages(I18N / "rehabdesk_zh_CN.ts")
        if sorted(set(PLACEHOLDER.findall(source))) != sorted(set(PLACEHOLDER.findall(_text(translation))))
    ]
    assert lost == []


def test_chinese_translations_are_chinese() -> None:
    untranslated = [
        source
        for _, source, translation in _messages(I18N / "rehabdesk_zh_CN.ts")
        if re.search(r"[A-Za-z]{3,}", PLACEHOLDER.sub("", source))
        and not re.search(r"[\u4e00-\u9fff]", _text(translation))
    ]
    assert untranslated == []


def test_ts_files_match_the_code(tmp_path: Path) -> None:
    """Rerunning lupdate must change nothing: a string added in code but never extracted fails here."""
    for language in ("zh_CN", "en"):
        copy = tmp_path / f"rehabdesk_{language}.ts"
        shutil.copy(I18N / copy.name, copy)
        subprocess.run(
            [str(BIN / "pyside6-lupdate"), "-locations", "none", "-no-obsolete", *_sources(), "-ts", str(copy)],
            cwd=ROOT,
            check=True,
            capture_output=True,
        )
        assert copy.read_text("utf-8") == (I18N / copy.name).read_text("utf-8"), f"run i18n/update.sh ({language})"


def test_committed_qm_files_are_built_from_the_ts(tmp_path: Path) -> None:
    for language in ("zh_CN", "en"):
        built = tmp_path / f"rehabdesk_{language}.qm"
        subprocess.run(
            [str(BIN / "pyside6-lrelease"), str(I18N / f"rehabdesk_{language}.ts"), "-qm", str(built)],
            check=True,
            capture_output=True,
        )
        assert built.read_bytes() == (I18N / built.name).read_bytes(), f"run i18n/update.sh ({language})"


def test_every_error_code_raised_in_the_core_has_a_message() -> None:
    """A ValidationError's text is looked up among the field messages, a DomainError's among the others."""
    raised: dict[str, set[str]] = {"DomainError": set(), "ValidationError": set()}
    pattern = re.compile(r"(DomainError|ValidationError)\(\s*\"([a-z0-9_]+)\"")
    for path in PACKAGE.rglob("*.py"):
        for kind, code in pattern.findall(path.read_text("utf-8")):
            raised[kind].add(code)
    assert raised["DomainError"] and raised["ValidationError"], "the scan found no error codes at all"
    assert raised["DomainError"] - messages.domain_codes() == set()
    assert raised["ValidationError"] - messages.validation_codes() == set()
