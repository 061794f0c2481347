"""Translated names of roles and audit actions."""

from __future__ import annotations

from datetime import datetime
from enum import StrEnum

from PySide6.QtCore import QCoreApplication

from rehabdesk.domain.consent import ConsentKind, Signer
from rehabdesk.domain.errors import DomainError
from rehabdesk.domain.people import ClientStatus
from rehabdesk.domain.referrals import ReferralDirection
from rehabdesk.domain.roles import Role
from rehabdesk.domain.safety import DrillScenario
from rehabdesk.domain.service_kinds import ServiceForm
from rehabdesk.domain.training import TrainingType
from rehabdesk.ui.text import labels as enum_labels
from rehabdesk.ui.text.messages import field_label, message_for

# Stored codes in an audit detail are shown by their names: which enumeration a key's value belongs to.
_ENUM_OF_KEY: dict[str, tuple[type[StrEnum], ...]] = {
    "scenario": (DrillScenario,),
    "form": (ServiceForm,),
    "kind": (TrainingType,),
    "direction": (ReferralDirection,),
    "from": (ClientStatus,),
    "to": (ClientStatus,),
    "granted": (ConsentKind,),
    "signer": (Signer,),
}
# Record ids mean nothing to a person reading the log: the entry's record column says what it is about.
_HIDDEN_KEYS = frozenset({"client_id", "scan_id", "renews", "device_id", "sha256"})


def _local_time(stamp: str) -> str:
    """A stored UTC time (ISO 8601) as the station's clock shows it."""
    try:
        return datetime.fromisoformat(stamp).astimezone().strftime("%Y-%m-%d %H:%M")
    except ValueError:
        return stamp


def role_name(role: Role) -> str:
    translate = QCoreApplication.translate
    return {
        Role.STAFF: translate("roles", "Staff"),
        Role.COORDINATOR: translate("roles", "Coordinator"),
        Role.ADMIN: translate("roles", "Admin"),
    }[role]


def roles_text(roles: frozenset[Role]) -> str:
    order = [Role.ADMIN, Role.COORDINATOR, Role.STAFF]
    separator = QCoreApplication.translate("roles", ", ")
    return separator.join(role_name(role) for role in order if role in roles)


def action_name(action: str) -> str:
    translate = QCoreApplication.translate
    names = {
        "login": lambda: translate("audit", "Login"),
        "login_failed": lambda: translate("audit", "Failed login"),
        "login_records_missing": lambda: translate("audit", "Failed-login records missing"),
        "logout": lambda: translate("audit", "Sign out"),
        "unlock": lambda: translate("audit", "Unlock"),
        "lock": lambda: translate("audit", "Lock"),
        "recovery_unlock": lambda: translate("audit", "Opened with recovery code"),
        "view": lambda: translate("audit", "View"),
        "create": lambda: translate("audit", "Create"),
        "update": lambda: translate("audit", "Update"),
        "delete": lambda: translate("audit", "Delete"),
        "print": lambda: translate("audit", "Print"),
        "export": lambda: translate("audit", "Export"),
        "backup": lambda: translate("audit", "Backup"),
        "restore": lambda: translate("audit", "Restore"),
        "backup_drill": lambda: translate("audit", "Backup checked (restore drill)"),
        "check": lambda: translate("audit", "Check"),
        "denied": lambda: translate("audit", "Denied"),
        "station_create": lambda: translate("audit", "Station created"),
        "station_update": lambda: translate("audit", "Station details changed"),
        "settings_update": lambda: translate("audit", "Settings changed"),
        "account_create": lambda: translate("audit", "Account created"),
        "account_update": lambda: translate("audit", "Account roles changed"),
        "account_staff_link": lambda: translate("audit", "Account linked to a staff member"),
        "account_disable": lambda: translate("audit", "Account disabled"),
        "account_unlock": lambda: translate("audit", "Account unlocked"),
        "password_change": lambda: translate("audit", "Password changed"),
        "password_reset": lambda: translate("audit", "Password reset"),
        "key_rotate": lambda: translate("audit", "Master key rotated"),
        "recovery_regenerate": lambda: translate("audit", "Recovery code replaced"),
        "reveal": lambda: translate("audit", "Masked field shown"),
        "consent_signed": lambda: translate("audit", "Consent form recorded signed"),
        "consent_withdrawn": lambda: translate("audit", "Consent withdrawn"),
        "void": lambda: translate("audit", "Voided"),
        "agreement_signed": lambda: translate("audit", "Agreement recorded signed"),
        "agreement_terminated": lambda: translate("audit", "Agreement terminated"),
        "agreement_renewed": lambda: translate("audit", "Agreement renewed"),
        "scan_attached": lambda: translate("audit", "Scan attached"),
        "view_scan": lambda: translate("audit", "Scan viewed"),
        "template_save": lambda: translate("audit", "Template saved"),
        "retire": lambda: translate("audit", "Withdrawn from the fee schedule"),
        "restore_item": lambda: translate("audit", "Published again"),
        "staff_leaving": lambda: translate("audit", "Staff member left"),
        "plan_reviewed": lambda: translate("audit", "Plan reviewed"),
        "action_closed": lambda: translate("audit", "Corrective action done"),
        "action_reopened": lambda: translate("audit", "Corrective action reopened"),
        "import": lambda: translate("audit", "Import"),
        "status_change": lambda: translate("audit", "Case status changed"),
        "new_episode": lambda: translate("audit", "New application"),
        "risk_recorded": lambda: translate("audit", "Risk level recorded"),
        "plan_approved": lambda: translate("audit", "Plan approved"),
        "follow_up_done": lambda: translate("audit", "Follow-up recorded"),
        "waitlist_confirmed": lambda: translate("audit", "Waiting list place confirmed"),
        "sync_enrol": lambda: translate("audit", "Enrolled with the county"),
        "sync_reenrol": lambda: translate("audit", "Enrolled with the county again"),
        "sync_request": lambda: translate("audit", "Registration request written"),
        "sync_export": lambda: translate("audit", "Records exported for the county"),
        "sync_ack": lambda: translate("audit", "County acknowledgement imported"),
    }
    name = names.get(action)
    return name() if name else action


def entity_name(entity_type: str) -> str:
    translate = QCoreApplication.translate
    names = {
        "account": lambda: translate("audit", "Account"),
        "station": lambda: translate("audit", "Station"),
        "client": lambda: translate("audit", "Client"),
        "staff": lambda: translate("audit", "Staff member"),
        "consent_form": lambda: translate("audit", "Consent form"),
        "consent": lambda: translate("audit", "Consent"),
        "agreement": lambda: translate("audit", "Service agreement"),
        "fee_item": lambda: translate("audit", "Fee item"),
        "fee_schedule": lambda: translate("audit", "Fee schedule"),
        "document_template": lambda: translate("audit", "Document template"),
        "training_course": lambda: translate("audit", "Training"),
        "emergency_plan": lambda: translate("audit", "Emergency plan"),
        "drill": lambda: translate("audit", "Drill"),
        "corrective_action": lambda: translate("audit", "Corrective action"),
        "assessment": lambda: translate("audit", "Assessment"),
        "rehab_plan": lambda: translate("audit", "Rehabilitation plan"),
        "referral": lambda: translate("audit", "Referral"),
        "service_record": lambda: translate("audit", "Service record"),
        "indicators": lambda: translate("audit", "Indicators"),
        "sync_bundle": lambda: translate("audit", "County bundle"),
        "sync_device": lambda: translate("audit", "This computer's sync key"),
        "sync_enrolment": lambda: translate("audit", "Enrolment with the county"),
        # Kinds of record in a county bundle.
        "episode": lambda: translate("audit", "Episode"),
        "follow_up": lambda: translate("audit", "Follow-up"),
        "service": lambda: translate("audit", "Service record"),
        "status_change": lambda: translate("audit", "Status change"),
        "erase": lambda: translate("audit", "Erasure"),
    }
    name = names.get(entity_type)
    return name() if name else entity_type


def detail_text(detail: dict, action: str = "") -> str:
    """An audit entry's detail in words; keys this version does not know are shown as they are. ``action`` tells
    apart the same code in different entries (a backup's reason "manual" is not a lock's)."""
    translate = QCoreApplication.translate
    labels = {
        "roles": lambda: translate("audit", "Roles"),
        "reason": lambda: translate("audit", "Reason"),
        "file": lambda: translate("audit", "File"),
        "changed": lambda: translate("audit", "Changed"),
        "document": lambda: translate("audit", "Document"),
        "permission": lambda: translate("audit", "Permission"),
        "service": lambda: translate("audit", "Function"),
        "faults": lambda: translate("audit", "Problems"),
        "rows": lambda: translate("audit", "Rows"),
        "what": lambda: translate("audit", "What"),
        "at": lambda: translate("audit", "At"),
        "created_at": lambda: translate("audit", "Backup made"),
        "client_id": lambda: translate("audit", "Client record"),
        "kind": lambda: translate("audit", "Kind"),
        "granted": lambda: translate("audit", "Consents given"),
        "signer": lambda: translate("audit", "Signed by"),
        "template_version": lambda: translate("audit", "Template version"),
        "blank": lambda: translate("audit", "Blank form"),
        "price_fen": lambda: translate("audit", "Price (fen)"),
        "old_price_fen": lambda: translate("audit", "Old price (fen)"),
        "part": lambda: translate("audit", "Part"),
        "fields": lambda: translate("audit", "Fields"),
        "attendees": lambda: translate("audit", "Attendees"),
        "own": lambda: translate("audit", "Own record"),
        "scenario": lambda: translate("audit", "Scenario"),
        "accounts_closed": lambda: translate("audit", "Accounts closed"),
        "year": lambda: translate("audit", "Year"),
        "courses": lambda: translate("audit", "Courses"),
        "from": lambda: translate("audit", "From"),
        "to": lambda: translate("audit", "To"),
        "episode": lambda: translate("audit", "Episode"),
        "version": lambda: translate("audit", "Version"),
        "instrument": lambda: translate("audit", "Scale"),
        "copy": lambda: translate("audit", "Copy"),
        "form": lambda: translate("audit", "Service form"),
        "direction": lambda: translate("audit", "Direction"),
        "field": lambda: translate("audit", "Field"),
        "clients": lambda: translate("audit", "Clients"),
        "sequence": lambda: translate("audit", "Bundle number"),
        "records": lambda: translate("audit", "Records"),
        "imported": lambda: translate("audit", "Moved into the log"),
        "found": lambda: translate("audit", "Found"),
        "format": lambda: translate("audit", "Format"),
        "list": lambda: translate("audit", "List"),
        "period": lambda: translate("audit", "Period"),
        "bytes": lambda: translate("audit", "Size (bytes)"),
        "county_division": lambda: translate("audit", "County"),
        "fingerprint": lambda: translate("audit", "County key fingerprint"),
        "key_location": lambda: translate("audit", "Device key kept in"),
        "keyring": lambda: translate("audit", "System key store"),
        "committed": lambda: translate("audit", "Accepted"),
        "already": lambda: translate("audit", "Already there"),
        "rejected": lambda: translate("audit", "Rejected"),
        "staff_number": lambda: translate("audit", "Staff number"),
    }
    period_labels = {
        "from": lambda: translate("audit", "Period from"),
        "to": lambda: translate("audit", "Period to"),
    }
    values = {
        "case_file": lambda: translate("audit", "case file"),
        "station": lambda: translate("audit", "the station's copy"),
        "client": lambda: translate("audit", "the client's own copy"),
        "training_summary": lambda: translate("audit", "training summary"),
        "demo_services": lambda: translate("audit", "demo services"),
        "demo_cases": lambda: translate("audit", "demo case files"),
        "idle": lambda: translate("audit", "idle"),
        "manual": lambda: translate("audit", "locked by the user"),
        "suspend": lambda: translate("audit", "computer going to sleep"),
        "os-lock": lambda: translate("audit", "screen locked"),
        "on-close": lambda: translate("audit", "when the app closed"),
        "recovery_sheet": lambda: translate("audit", "recovery sheet"),
        "audit_log": lambda: translate("audit", "audit log"),
        "demo_training": lambda: translate("audit", "demo training records"),
        "training": lambda: translate("audit", "training records"),
        "training_record": lambda: translate("audit", "training record"),
        "indicators": lambda: translate("audit", "indicators"),
        "keyring": lambda: translate("audit", "the system key store"),
        "database": lambda: translate("audit", "the encrypted station database"),
        "client_list": lambda: translate("audit", "client list (ID numbers masked)"),
        "client_list_unmasked": lambda: translate("audit", "client list with full ID numbers"),
        "service_records": lambda: translate("audit", "service records"),
    }

    def word(value: object) -> str:
        if isinstance(value, bool):
            return translate("audit", "yes") if value else translate("audit", "no")
        if isinstance(value, list):
            return "、".join(word(item) for item in value)
        if isinstance(value, dict):  # counts by kind of record
            return "、".join(f"{entity_name(str(key))} {word(count)}" for key, count in sorted(value.items()))
        if isinstance(value, str) and value in values:
            return values[value]()
        if isinstance(value, str) and all(part in {r.value for r in Role} for part in value.split(",")) and value:
            return roles_text(frozenset(Role(part) for part in value.split(",")))
        return str(value)

    def coded(key: str, value: object) -> str | None:
        if isinstance(value, list) and value and all(isinstance(item, str) for item in value):
            named = [coded(key, item) for item in value]
            return "、".join(named) if all(name is not None for name in named) else None  # type: ignore[arg-type]
        for kind in _ENUM_OF_KEY.get(key, ()):
            if isinstance(value, str) and value in {member.value for member in kind}:
                return enum_labels.label_of(kind, value)
        return None

    parts = []
    for key, value in sorted(detail.items()):
        if key in _HIDDEN_KEYS:
            continue
        named = coded(key, value)
        label = labels.get(key)
        if key in ("from", "to") and named is None:
            label = period_labels[key]  # a printout's period: dates, not statuses
        if key == "changed":
            shown = "、".join(field_label(str(name)) for name in value)
        elif action == "backup" and key == "reason" and value == "manual":
            shown = translate("audit", "started by hand")
        elif key == "field":
            shown = field_label(str(value))
        elif key in ("created_at", "at") and isinstance(value, str) and "T" in value:
            shown = _local_time(value)
        elif key == "keyring":  # why the system key store was not used: the refusal in words
            shown = message_for(DomainError(str(value)))
        else:
            shown = named if named is not None else word(value)
        parts.append(translate("audit", "{label}: {value}").format(label=label() if label else key, value=shown))
    return translate("audit", "; ").join(parts)
