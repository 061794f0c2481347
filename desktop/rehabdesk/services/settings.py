"""Station details and business settings (kept in the encrypted database; they migrate with it)."""

from __future__ import annotations

from dataclasses import dataclass, field, fields, replace
from pathlib import Path
from typing import Any

from rehabdesk.domain.case_due import DEFAULT_RETENTION_YEARS, DEFAULT_WAITLIST_DAYS, STAGE_REVIEW_MONTHS
from rehabdesk.domain.errors import ValidationError
from rehabdesk.domain.indicators import DEFAULT_TARGETS, StandardRule, parse_targets
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
class SettingSpec:
    """A whole-number setting's name, default and allowed range (for a tuple setting: each of its distinct values)."""

    name: str
    default: int | tuple[int, ...]
    minimum: int
    maximum: int


def _ranged(default: int | tuple[int, ...], minimum: int, maximum: int) -> Any:
    # The range rides on the field itself, so a setting is declared on one line that validation and the settings
    # page's spin boxes both read.
    return field(default=default, metadata={"range": (minimum, maximum)})


@dataclass(frozen=True)
class StationSettings:
    idle_lock_minutes: int = _ranged(10, 1, 240)
    backup_dir: str = ""  # empty: the station folder's own backups/ (warned about: same disk as the data)
    backups_to_keep: int = _ranged(10, 1, 365)
    lockout_threshold: int = _ranged(10, 3, 100)  # kept in the slot file: it must be known before the database is open
    agreement_warning_days: int = _ranged(30, 1, 365)  # agreements ending within this many days appear on the due list
    training_annual_hours: int = _ranged(DEFAULT_ANNUAL_HOURS, 1, 200)  # per direct-service worker and calendar year
    drill_scenarios: tuple[str, ...] = tuple(scenario.value for scenario in DEFAULT_KEY_SCENARIOS)
    # A waiting client is asked again after this many days.
    waitlist_reconfirm_days: int = _ranged(DEFAULT_WAITLIST_DAYS, 7, 365)
    stage_review_months: int = _ranged(STAGE_REVIEW_MONTHS, 1, 24)  # an active client is reassessed this often
    follow_up_months: tuple[int, ...] = _ranged(DEFAULT_FOLLOW_UP_MONTHS, 1, 24)  # after closing, in months, distinct
    # Closed cases older than this are listed for review.
    retention_years: int = _ranged(DEFAULT_RETENTION_YEARS, 1, 100)
    # The 规范服务 rule (domain.indicators.StandardRule): each part may be switched off; 0 services a month is off.
    standard_consent: bool = True
    standard_agreement: bool = True
    standard_baseline: bool = True
    standard_plan: bool = True
    standard_services_per_month: int = _ranged(1, 0, 31)
    standard_stage_review: bool = True
    standard_targets: str = DEFAULT_TARGETS  # year=per cent, e.g. "2023=30,2024=45,2025=60"
    suppress_small_counts: bool = True  # "<5" in exported lists by profession or diagnosis
    # Sending to the county server (issue 15): how often, and after how long a failure is shown.
    push_interval_hours: int = _ranged(4, 1, 48)
    push_alert_hours: int = _ranged(24, 1, 336)
    # Where bundles go on a USB stick: the day of the month after each quarter by which the county wants them.
    county_deadline_day: int = _ranged(15, 1, 28)

    def standard_rule(self) -> StandardRule:
        return StandardRule(
            consent=self.standard_consent,
            agreement=self.standard_agreement,
            baseline=self.standard_baseline,
            plan=self.standard_plan,
            services_per_month=self.standard_services_per_month,
            stage_review=self.standard_stage_review,
            stage_review_months=self.stage_review_months,
        )

    def validated(self) -> StationSettings:
        for spec in SETTING_SPECS.values():
            value = getattr(self, spec.name)
            values = value if isinstance(value, tuple) else (value,)
            if not all(spec.minimum <= v <= spec.maximum for v in values) or len(set(values)) != len(values):
                raise ValidationError("out_of_range", spec.name, minimum=spec.minimum, maximum=spec.maximum)
        if not self.drill_scenarios:
            raise ValidationError("required", "drill_scenarios")
        for scenario in self.drill_scenarios:
            parse_choice(DrillScenario, scenario, "drill_scenarios")
        if not self.follow_up_months:
            raise ValidationError("required", "follow_up_months")
        parse_targets(self.standard_targets)
        if self.backup_dir and not Path(self.backup_dir).is_absolute():
            raise ValidationError("path_not_absolute", "backup_dir")
        return self


SETTING_SPECS: dict[str, SettingSpec] = {
    f.name: SettingSpec(f.name, f.default, *f.metadata["range"])
    for f in fields(StationSettings)
    if "range" in f.metadata
}


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
    "standard_consent",
    "standard_agreement",
    "standard_baseline",
    "standard_plan",
    "standard_services_per_month",
    "standard_stage_review",
    "standard_targets",
    "suppress_small_counts",
    "push_interval_hours",
    "push_alert_hours",
    "county_deadline_day",
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
