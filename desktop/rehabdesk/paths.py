"""Where bundled resources and translations live, in a source checkout and in an installed wheel."""

from __future__ import annotations

from pathlib import Path

_PACKAGE_DIR = Path(__file__).resolve().parent


def _first_existing(*candidates: Path) -> Path:
    for candidate in candidates:
        if candidate.is_dir():
            return candidate
    return candidates[-1]


def resources_dir() -> Path:
    # A wheel carries resources inside the package; a source checkout keeps them at the top level.
    return _first_existing(_PACKAGE_DIR / "resources", _PACKAGE_DIR.parent.parent / "resources")


def i18n_dir() -> Path:
    return _first_existing(_PACKAGE_DIR / "i18n", _PACKAGE_DIR.parent.parent / "i18n")


def resource_path(*parts: str) -> Path:
    return resources_dir().joinpath(*parts)
