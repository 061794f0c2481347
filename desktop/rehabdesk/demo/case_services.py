"""Demo service records over the station's history (demo.cases): individual and group services day by day, in
bulk; the heavy case's records first."""

from __future__ import annotations

import random
from collections.abc import Callable
from datetime import date

from rehabdesk.demo.case_story import S, Served, Staffing, days
from rehabdesk.demo.case_words import ABSENT_NOTES, FORM_DETAILS, MEDICATION, NEXT_STEPS, RESPONSES
from rehabdesk.domain.lifecycle import check_service
from rehabdesk.domain.service_records import AttendeeInput, ServiceInput, validate_service
from rehabdesk.services.context import StationContext
from rehabdesk.services.service_records import record_values
from rehabdesk.storage.bulk import insert_new_rows
from rehabdesk.storage.schema import ServiceAttendee, ServiceRecord, ServiceStaff
from rehabdesk.storage.schema.base import new_id

HEAVY_CASE_SERVICES = 2000
_SERVICES_PER_UNIT = 20_000
_GROUP_SHARE = 0.35


class _Pool:
    """Clients who may be served today, for drawing attendees: constant-time add, remove and draw."""

    def __init__(self) -> None:
        self.items: list[Served] = []
        self.index: dict[int, int] = {}

    def __len__(self) -> int:
        return len(self.items)

    def add(self, item: Served) -> None:
        self.index[id(item)] = len(self.items)
        self.items.append(item)

    def remove(self, item: Served) -> None:
        position = self.index.pop(id(item))
        last = self.items.pop()
        if last is not item:
            self.items[position] = last
            self.index[id(last)] = position


class Services:
    """Service records day by day over the station's history: each day's count follows how many clients may be
    served that day (weekdays ten times weekends), so every client is served about as often while on the books;
    the heavy case's records are drawn from its own weekdays first."""

    def __init__(
        self,
        ctx: StationContext,
        rng: random.Random,
        today: date,
        staffing: Staffing,
        report: Callable[[int], None],
    ) -> None:
        self.ctx, self.rng, self.today, self.staffing, self.report = ctx, rng, today, staffing, report
        self.records: list[dict] = []
        self.attendees: list[dict] = []
        self.staff: list[dict] = []
        self.made = 0

    def add(self, served: list[Served], heavy: Served | None, wanted: int) -> int:
        heavy_slots = self.heavy_slots(heavy) if heavy is not None else {}
        others = [entry for entry in served if entry is not heavy]
        rest = wanted - sum(len(forms) for forms in heavy_slots.values())
        spans = [(span, entry) for entry in others for span in entry.spans]
        first_day = min([span[0] for span, _ in spans] + list(heavy_slots) + [self.today])
        day_count = (self.today - first_day).days + 1
        starts: list[list] = [[] for _ in range(day_count)]
        ends: list[list] = [[] for _ in range(day_count)]
        open_count = [0] * (day_count + 1)
        for (first, last, suspended), entry in spans:
            starts[(first - first_day).days].append((entry, suspended))
            ends[(last - first_day).days].append((entry, suspended))
            open_count[(first - first_day).days] += 1
            open_count[(last - first_day).days + 1] -= 1
        weights, running = [], 0
        for index in range(day_count):
            running += open_count[index]
            weekday = (first_day + days(index)).weekday() < 5
            weights.append(running * (10 if weekday else 1))
        total_weight = sum(weights)
        pools = {False: _Pool(), True: _Pool()}
        cumulative = general = 0
        for index in range(day_count):
            day = first_day + days(index)
            for entry, suspended in starts[index]:
                pools[suspended].add(entry)
            for form in heavy_slots.get(day, ()):
                self.heavy_record(day, form, heavy, pools[False])
            cumulative += weights[index]
            due = rest * cumulative // total_weight - general if rest > 0 and total_weight else 0
            for _ in range(due):
                self.general_record(day, pools)
            general += due
            for entry, suspended in ends[index]:
                pools[suspended].remove(entry)
        self.write()
        return self.made

    def heavy_slots(self, heavy: Served) -> dict[date, list[str]]:
        """HEAVY_CASE_SERVICES records on the heavy case's weekdays: day training, a talk every week or so, a home
        visit about monthly."""
        slots: list[tuple[date, str]] = []
        weekdays = [
            first + days(offset)
            for first, last, suspended in heavy.spans
            if not suspended
            for offset in range((last - first).days + 1)
            if (first + days(offset)).weekday() < 5
        ]
        for index, day in enumerate(weekdays):
            slots.append((day, "day_training"))
            if index % 7 == 3:
                slots.append((day, "case_management"))
            if index % 21 == 10:
                slots.append((day, "home_visit"))
        if len(slots) < HEAVY_CASE_SERVICES:
            raise RuntimeError("the heavy case was served on too few days")
        chosen: dict[date, list[str]] = {}
        for position in sorted(self.rng.sample(range(len(slots)), HEAVY_CASE_SERVICES)):
            day, form = slots[position]
            chosen.setdefault(day, []).append(form)
        return chosen

    def heavy_record(self, day: date, form: str, heavy: Served, active: _Pool) -> None:
        if form == "day_training" and len(active) >= 4:
            others = self.rng.sample(active.items, self.rng.randint(4, min(14, len(active))))
            self.record(day, form, [(heavy, False), *((entry, False) for entry in others)], group=True)
        else:
            self.record(day, form, [(heavy, False)], group=False)

    def general_record(self, day: date, pools: dict[bool, _Pool]) -> None:
        rng, active, suspended = self.rng, pools[False], pools[True]
        weekday = day.weekday() < 5
        if len(active) >= 5 and rng.random() < (_GROUP_SHARE if weekday else 0.3):
            form = (
                rng.choices(("day_training", "group_work", "community_activity"), (6, 3, 1))[0]
                if weekday
                else "community_activity"
            )
            people = rng.sample(active.items, rng.randint(5, min(15, len(active))))
            self.record(day, form, [(entry, False) for entry in people], group=True)
            return
        position = rng.randrange(len(active) + len(suspended))
        if position < len(active):
            form = rng.choices(("case_management", "home_visit", "phone_follow_up"), (5, 3, 2))[0]
            self.record(day, form, [(active.items[position], False)], group=False)
        else:
            form = rng.choice(("home_visit", "phone_follow_up"))
            self.record(day, form, [(suspended.items[position - len(active)], True)], group=False)

    def record(self, day: date, form: str, people: list[tuple[Served, bool]], *, group: bool) -> None:
        """One record, shaped and checked as service_records.record_service checks it."""
        rng = self.rng
        kinds, times, place, contents = FORM_DETAILS[form]
        goal = None if group else people[0][0].goal_on(day, rng)
        types = goal[1] if goal is not None else tuple(rng.sample(kinds, rng.randint(1, 2)))
        start, end = rng.choice(times)
        givers = {self.staffing.giver(day, None if group else people[0][0].worker_id)}
        if group and rng.random() < 0.5:
            givers.add(self.staffing.giver(day))
        attendees = []
        for position, (entry, _suspended) in enumerate(people):
            absent = group and position > 0 and rng.random() < 0.06
            attendees.append(AttendeeInput(entry.client_id, not absent, rng.choice(ABSENT_NOTES) if absent else ""))
        valid = validate_service(
            ServiceInput(
                service_date=day,
                start_time=start,
                end_time=end,
                form=form,
                service_types=types,
                staff_ids=tuple(sorted(givers)),
                attendees=tuple(attendees),
                group=group,
                location=place,
                content=rng.choice(contents),
                client_response=rng.choice(RESPONSES),
                risks_seen="",
                medication_check="" if group else rng.choice(MEDICATION),
                next_step=rng.choice(NEXT_STEPS),
                plan_goal_id=goal[0] if goal is not None else None,
            ),
            today=self.today,
        )
        for attendee, (_entry, suspended) in zip(valid.attendees, people, strict=True):
            verdict = check_service(S.SUSPENDED if suspended else S.ACTIVE, valid.form.value, ())
            if attendee.attended and not verdict.allowed:
                raise RuntimeError(f"demo service refused: {verdict.reasons}")
        record_id = new_id()
        self.records.append({"id": record_id, **record_values(valid), "recorded_by": self.ctx.actor.account_id})
        self.attendees += [
            {"service_id": record_id, "client_id": a.client_id, "attended": a.attended, "note": a.note}
            for a in valid.attendees
        ]
        self.staff += [{"service_id": record_id, "staff_id": staff_id} for staff_id in valid.staff_ids]
        if len(self.records) >= _SERVICES_PER_UNIT:
            self.write()

    def write(self) -> None:
        if not self.records:
            return
        with self.ctx.store.unit_of_work(self.ctx.actor) as uow:
            insert_new_rows(
                uow.session,
                [(ServiceRecord, self.records), (ServiceAttendee, self.attendees), (ServiceStaff, self.staff)],
            )
            uow.audit(
                "import", entity_type="service_record", detail={"what": "demo_services", "rows": len(self.records)}
            )
            uow.commit()
        self.made += len(self.records)
        self.records, self.attendees, self.staff = [], [], []
        self.report(self.made)
