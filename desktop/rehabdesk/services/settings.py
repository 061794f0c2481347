"""Station details and business settings (kept in the encrypted database; they migrate with it)."""

from __future__ import annotations

from dataclasses import dataclass, fields, replace
from pathlib import Path

from rehabdesk.domain.errors import ValidationError
from rehabdesk.domain.people import parse_choice
from rehabdesk.domain.roles import Permission
from rehabdesk.domain.safety import DEFAULT_KEY_SCENARIOS, DrillScenario
from rehabdesk.domain.training import DEFAULT_ANNUAL_HOURS
from rehabdesk.services.context import StationContext
from rehabdesk.services.registry import service
from rehabdesk.services.station_setup import StationDetails
from rehabdesk.storage.repositories import station as station_repository


@dataclass(frozen=True)
class StationSettings:
    idle_lock_minutes: int = 10
    backup_dir: str = ""  # empty: the station folder's own backups/ (warned about: same disk as the data)
    backups_to_keep: int = 10
    lockout_threshold: int = 10  # kept in the slot file: it must be known before the database is open
    agreement_warning_days: int = 30  # agreements ending within this many days appear on the due list
    training_annual_hours: int = DEFAULT_ANNUAL_HOURS  # per direct-service worker and calendar year
    drill_scenarios: tuple[str, ...] = tuple(scenario.value for scenario in DEFAULT_KEY_SCENARIOS)

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
)


def read_settings(ctx: StationContext) -> StationSettings:
    """Any logged-in account may read them: the idle lock and backups need them for everyone."""
    with ctx.store.unit_of_work(ctx.actor, read_only=True) as uow:
        stored = station_repository.read_settings(uow.session)
        threshold = ctx.store.current_slot_file(uow.session).lockout_threshold
    known = {f.name for f in fields(StationSettings)}
    values = {key: tuple(value) if isinstance(value, list) else value for key, value in stored.items() if key in known}
    return replace(StationSettings(**values), lockout_threshold=threshold)


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
