"""Station details and business settings (kept in the encrypted database; they migrate with it)."""

from __future__ import annotations

from dataclasses import dataclass, fields, replace
from pathlib import Path

from rehabdesk.domain.case_due import DEFAULT_RETENTION_YEARS, DEFAULT_WAITLIST_DAYS, STAGE_REVIEW_MONTHS
from rehabdesk.domain.errors import ValidationError
from rehabdesk.domain.people import parse_choice
from rehabdesk.domain.referrals import DEFAULT_FOLLOW_UP_MONTHS
from rehabdesk.domain.roles import Permission
from rehabdesk.domain.safety import DEFAULT_KEY_SCENARIOS, DrillScenario
from rehabdesk.domain.training import DEFAULT_ANNUAL_HOURS
from rehabdesk.services.context import StationContext
from rehabdesk.services.registry import service
from rehabdesk.services.station_setup import StationDetails
from rehabdesk.storage.repositories import station as station_repository
from rehabdesk.storage.unit_of_work import UnitOfWork


@dataclass(frozen=True)
class StationSettings:
    idle_lock_minutes: int = 10
    backup_dir: str = ""  # empty: the station folder's own backups/ (warned about: same disk as the data)
    backups_to_keep: int = 10
    lockout_threshold: int = 10  # kept in the slot file: it must be known before the database is open
    agreement_warning_days: int = 30  # agreements ending within this many days appear on the due list
    training_annual_hours: int = DEFAULT_ANNUAL_HOURS  # per direct-service worker and calendar year
    drill_scenarios: tuple[str, ...] = tuple(scenario.value for scenario in DEFAULT_KEY_SCENARIOS)
    waitlist_reconfirm_days: int = DEFAULT_WAITLIST_DAYS  # a waiting client is asked again after this many days
    stage_review_months: int = STAGE_REVIEW_MONTHS  # an active client is reassessed this often
    follow_up_months: tuple[int, ...] = DEFAULT_FOLLOW_UP_MONTHS  # follow-ups after closing, in months
    retention_years: int = DEFAULT_RETENTION_YEARS  # closed cases older than this are listed for review

    def validated(self) -> StationSettings:
        if not 1 <= self.idle_lock_minutes <= 240:
            raise ValidationError("out_of_range", "idle_lock_minutes", minimum=1, maximum=240)
        if not 1 <= self.backups_to_keep <= 365:
            raise ValidationError("out_of_range", "backups_to_keep", minimum=1, maximum=365)
        if not 3 <= self.lockout_threshold <= 100:
            raise ValidationError("out_of_range", "lockout_threshold", minimum=3, maximum=100)
        if not 1 <= self.agreement_warning_days <= 365:
            raise ValidationError("out_of_range", "agreement_warning_days", minimum=1, maximum=365)
        if not 1 <= self.training_annual_hours <= 200:
            raise ValidationError("out_of_range", "training_annual_hours", minimum=1, maximum=200)
        if not self.drill_scenarios:
            raise ValidationError("required", "drill_scenarios")
        for scenario in self.drill_scenarios:
            parse_choice(DrillScenario, scenario, "drill_scenarios")
        if not 7 <= self.waitlist_reconfirm_days <= 365:
            raise ValidationError("out_of_range", "waitlist_reconfirm_days", minimum=7, maximum=365)
        if not 1 <= self.stage_review_months <= 24:
            raise ValidationError("out_of_range", "stage_review_months", minimum=1, maximum=24)
        if not self.follow_up_months:
            raise ValidationError("required", "follow_up_months")
        if any(not 1 <= months <= 24 for months in self.follow_up_months) or len(set(self.follow_up_months)) != len(
            self.follow_up_months
        ):
            raise ValidationError("out_of_range", "follow_up_months", minimum=1, maximum=24)
        if not 1 <= self.retention_years <= 100:
            raise ValidationError("out_of_range", "retention_years", minimum=1, maximum=100)
        if self.backup_dir and not Path(self.backup_dir).is_absolute():
            raise ValidationError("path_not_absolute", "backup_dir")
        return self


_DATABASE_SETTINGS = (
    "idle_lock_minutes",
    "backup_dir",
    "backups_to_keep",
    "agreement_warning_days",
    "training_annual_hours",
    "drill_scenarios",
    "waitlist_reconfirm_days",
    "stage_review_months",
    "follow_up_months",
    "retention_years",
)


def read_settings(ctx: StationContext) -> StationSettings:
    """Any logged-in account may read them: the idle lock and backups need them for everyone."""
    with ctx.store.unit_of_work(ctx.actor, read_only=True) as uow:
        stored = settings_in(uow)
        threshold = ctx.store.current_slot_file(uow.session).lockout_threshold
    return replace(stored, lockout_threshold=threshold)


def settings_in(uow: UnitOfWork) -> StationSettings:
    """The database-kept settings inside the caller's unit of work (the lock-out threshold lives in the slot file)."""
    stored = station_repository.read_settings(uow.session)
    known = {f.name for f in fields(StationSettings)}
    values = {key: tuple(value) if isinstance(value, list) else value for key, value in stored.items() if key in known}
    return StationSettings(**values)


@service(Permission.MANAGE_SETTINGS, mutating=True)
def update_settings(ctx: StationContext, new: StationSettings) -> None:
    new = new.validated()
    old = read_settings(ctx)
    changed = [f.name for f in fields(StationSettings) if getattr(old, f.name) != getattr(new, f.name)]
    with ctx.store.unit_of_work(ctx.actor) as uow:
        for key in _DATABASE_SETTINGS:
            if key in changed:
                station_repository.write_setting(uow.session, key, getattr(new, key), ctx.actor.account_id)
        if "lockout_threshold" in changed:
            ctx.store.update_slot_file(
                uow.session, lambda current: current.next_generation(lockout_threshold=new.lockout_threshold)
            )
        uow.audit("settings_update", detail={"changed": changed})
        uow.commit()


def read_station(ctx: StationContext) -> StationDetails:
    with ctx.store.unit_of_work(ctx.actor, read_only=True) as uow:
        record = station_repository.the_station(uow.session)
        return StationDetails(**{f.name: getattr(record, f.name) for f in fields(StationDetails)})


@service(Permission.MANAGE_SETTINGS, mutating=True)
def update_station(ctx: StationContext, details: StationDetails) -> None:
    details = details.validated()
    with ctx.store.unit_of_work(ctx.actor) as uow:
        record = station_repository.the_station(uow.session)
        if details.code != record.code:
            raise ValidationError("station_code_fixed", "station_code")
        changed = [f.name for f in fields(StationDetails) if getattr(record, f.name) != getattr(details, f.name)]
        for name in changed:
            setattr(record, name, getattr(details, name))
        # Named as the form's fields are, so the audit viewer can say which ones changed.
        audited = ["station_name" if name == "name" else name for name in changed]
        uow.audit("station_update", entity_type="station", entity_id=record.id, detail={"changed": audited})
        uow.commit()
