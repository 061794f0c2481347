"""What a template may contain, per kind: the placeholders and blocks an admin can use. Pure data, so the
settings screen can list them without loading reportlab."""

from __future__ import annotations

from rehabdesk.domain.consent import ConsentKind

KINDS = ("consent", "agreement", "fees")

_STATION = frozenset({"station_name", "station_address", "station_phone", "station_head", "station_operator", "today"})
_PEOPLE = frozenset(
    {
        "client_name",
        "client_gender",
        "client_birth_date",
        "client_id_number",
        "client_phone",
        "client_address",
        "case_number",
        "guardian_name",
        "guardian_relation",
        "guardian_role",
        "guardian_phone",
    }
)
_AGREEMENT = frozenset(
    {"term_start", "term_end", "place", "schedule", "service_types", "service_forms", "renews_number"}
)

PLACEHOLDERS: dict[str, frozenset[str]] = {
    "consent": _STATION | _PEOPLE | {"document_number"},
    "agreement": _STATION | _PEOPLE | _AGREEMENT | {"document_number"},
    "fees": _STATION,
}

CHOICE_PREFIX = "choice:"
# Service consent is given by the form's main signatures; every other kind has its own box.
SEPARATE_CONSENTS = tuple(kind for kind in ConsentKind if kind is not ConsentKind.SERVICE)
CHOICE_KINDS = {f"{CHOICE_PREFIX}{kind.value}": kind for kind in SEPARATE_CONSENTS}
CHOICE_BLOCKS = tuple(CHOICE_KINDS)

# Required blocks first, in the order their absence is reported.
REQUIRED_BLOCKS: dict[str, tuple[str, ...]] = {
    "consent": ("consent_choices", *CHOICE_BLOCKS, "signatures"),
    "agreement": ("fee_table", "signatures"),
    "fees": ("fee_table",),
}
BLOCKS: dict[str, frozenset[str]] = {
    "consent": frozenset(REQUIRED_BLOCKS["consent"]),
    "agreement": frozenset({"parties", "services", *REQUIRED_BLOCKS["agreement"]}),
    "fees": frozenset(REQUIRED_BLOCKS["fees"]),
}
