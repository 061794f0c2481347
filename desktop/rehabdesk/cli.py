"""The `rehabdesk` command: no subcommand opens the GUI; headless subcommands work on a station folder.

Errors print a clear, translated message and never a traceback."""

from __future__ import annotations

import argparse
import getpass
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING

from rehabdesk.cli_options import EXIT_ERROR, EXIT_FAULTS, EXIT_OK, add_common_options, read_secret
from rehabdesk.hardening import harden_process
from rehabdesk.locations import default_station_dir, demo_station_dir

if TYPE_CHECKING:
    from rehabdesk.services.sync import BundleInfo, Waiting
    from rehabdesk.ui.console import Console


def _add_common_options(parser: argparse.ArgumentParser, *, suppress: bool) -> None:
    add_common_options(parser, suppress=suppress, folder_help="station folder (default: the per-user data folder)")


def _parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(prog="rehabdesk", description="RehabDesk (精康工作台)")
    _add_common_options(parser, suppress=False)
    parser.add_argument("--demo", action="store_true", help="open the demo station, creating it on first use")
    parser.add_argument("--exit-after-paint", action="store_true", help=argparse.SUPPRESS)
    common = argparse.ArgumentParser(add_help=False)
    _add_common_options(common, suppress=True)
    subparsers = parser.add_subparsers(dest="command")

    def command(name: str, help: str) -> argparse.ArgumentParser:
        return subparsers.add_parser(name, help=help, parents=[common])

    init = command("init", help="create a new station")
    init.add_argument("--station-name", required=True)
    init.add_argument("--station-code", required=True)
    init.add_argument("--county-code", required=True, help="6-digit county division code")
    init.add_argument("--admin-name", default="", help="the first admin's full name")
    init.add_argument("--recovery-sheet", type=Path, required=True, help="where to write the recovery sheet PDF")

    demo = command("demo", help="create a demo station")
    demo.add_argument("--seed", type=int, default=1)
    demo.add_argument("--clients", type=int, default=300, help="how many clients (default 300)")
    demo.add_argument("--staff", type=int, default=12, help="how many staff members, each with an account")
    demo.add_argument(
        "--training-years", type=int, default=3, help="years of training records and drills (default 3; 0 for none)"
    )
    demo.add_argument(
        "--services-per-client",
        type=int,
        default=20,
        help="service records per client on average (default 20; 0 for none); one case always has 2000",
    )

    command("check", help="verify encryption, integrity, schema, key file and audit chain")

    backup = command("backup", help="write an encrypted, verified backup")
    backup.add_argument("--to", type=Path, required=True, dest="target")

    restore = command("restore", help="restore a backup into the station folder")
    restore.add_argument("file", type=Path)
    restore.add_argument("--recovery-code", action="store_true", help="the secret read is the recovery code")

    printing = command(
        "print", "print a consent form, service agreement, the fee schedule or a case file to a PDF file"
    )
    printing.add_argument("document", choices=("consent", "agreement", "fees", "case"))
    whose = printing.add_mutually_exclusive_group()
    whose.add_argument(
        "--client", metavar="CASE_NO", help="the client's case number: prints their latest document or case file"
    )
    whose.add_argument("--blank", action="store_true", help="a blank form to fill in by hand")
    printing.add_argument("--number", help="print the document with this number instead of the latest")
    printing.add_argument(
        "--from", dest="period_from", metavar="YYYY-MM-DD", help="case file: first day (default: 12 months before --to)"
    )
    printing.add_argument("--to", dest="period_to", metavar="YYYY-MM-DD", help="case file: last day (default: today)")
    printing.add_argument(
        "--own-copy", action="store_true", help="case file: the client's own copy (right of access), ID numbers masked"
    )
    printing.add_argument("--out", type=Path, required=True, help="the PDF file to write")

    report = command("report", help="write the station's indicators for a period to a PDF or Excel file")
    when = report.add_mutually_exclusive_group(required=True)
    when.add_argument("--period", metavar="PERIOD", help="2026Q3, 2026H1, 2026 or 2026-07")
    when.add_argument("--year", type=int, metavar="YYYY", help="a calendar year")
    when.add_argument("--from", dest="period_from", metavar="YYYY-MM-DD", help="first day (with --to)")
    report.add_argument("--to", dest="period_to", metavar="YYYY-MM-DD", help="last day (with --from)")
    report.add_argument("--out", type=Path, required=True, help="the .pdf or .xlsx file to write")
    sync = command(
        "sync", help="sync with the county: enrol, registration request, export, acknowledgements, push, status"
    )
    actions = sync.add_subparsers(dest="sync_action", required=True)
    enrol = actions.add_parser("enrol", help="import the county's enrolment file (admin)", parents=[common])
    enrol.add_argument("file", type=Path)
    enrol.add_argument("--fingerprint", help="the digits the county read out by phone (asked for when not given)")
    enrol.add_argument("--reenrol", action="store_true", help="replace the county key trusted until now")
    request = actions.add_parser("request", help="write this computer's registration request", parents=[common])
    request.add_argument("--out", type=Path, required=True)
    export = actions.add_parser("export", help="write the next bundle, e.g. to a USB stick", parents=[common])
    export.add_argument("--to", type=Path, required=True, dest="target")
    ack = actions.add_parser("import-ack", help="import the county's acknowledgement of a bundle", parents=[common])
    ack.add_argument("file", type=Path)
    actions.add_parser("status", help="enrolment and bundles sent", parents=[common])
    actions.add_parser(
        "push", help="send the bundles the county has not acknowledged to its server (HTTPS)", parents=[common]
    )
    command(
        "selftest",
        help="after installing: create a throw-away station, work it through one day, paint the window, delete it",
    )
    return parser


def _station_dir(args: argparse.Namespace) -> Path:
    if args.data_dir:
        return args.data_dir.expanduser().resolve()
    return demo_station_dir() if args.demo else default_station_dir()


def _run_init(args: argparse.Namespace, console: Console) -> int:
    from rehabdesk.services.recovery import write_recovery_sheet
    from rehabdesk.services.station_setup import FirstAdmin, StationDetails, create_station
    from rehabdesk.storage.keys import KeyPolicy
    from rehabdesk.storage.paths import StationPaths

    if not args.user:
        console.error(console.tr("Name the first admin account with --user."))
        return EXIT_ERROR
    password = read_secret(args, console.tr("Password for the new admin account: "))
    if not args.password_stdin and getpass.getpass(console.tr("Repeat the password: ")) != password:
        console.error(console.tr("The two passwords are not the same."))
        return EXIT_ERROR
    details = StationDetails(name=args.station_name, code=args.station_code, county_code=args.county_code)
    result = create_station(
        StationPaths(_station_dir(args)), details, FirstAdmin(args.user, args.admin_name, password), KeyPolicy()
    )
    try:
        write_recovery_sheet(result.ctx, result.recovery_code, args.recovery_sheet)
    finally:
        result.ctx.close()
    print(console.tr("Station created in {folder}").format(folder=_station_dir(args)))
    print(console.tr("Recovery code (shown only this once; keep the printed sheet locked away):"))
    print(f"    {result.recovery_code}")
    print(console.tr("Recovery sheet written to {path}").format(path=args.recovery_sheet))
    return EXIT_OK


def _run_demo(args: argparse.Namespace, console: Console) -> int:
    from rehabdesk.demo.cases import HEAVY_CASE_SERVICES
    from rehabdesk.demo.station import DEMO_LOGIN, DEMO_PASSWORD, create_demo_station
    from rehabdesk.storage.paths import StationPaths

    folder = _station_dir(args)
    if args.clients < 0 or args.staff < 1 or not 0 <= args.training_years <= 30:
        console.error(console.tr("--clients must be 0 or more, --staff at least 1, --training-years 0 to 30."))
        return EXIT_ERROR
    if not 0 <= args.services_per_client <= 1000:
        console.error(console.tr("--services-per-client must be 0 to 1000."))
        return EXIT_ERROR

    class _PrintProgress:
        """One line per tenth of the work, not one per client."""

        shown = -1

        def step(self, done: int, total: int, note: str = "") -> None:
            tenth = done * 10 // max(total, 1)
            if tenth != self.shown:
                self.shown = tenth
                print(console.tr("Creating demo station: {percent}%").format(percent=tenth * 10), flush=True)

    result = create_demo_station(
        StationPaths(folder),
        seed=args.seed,
        clients_count=args.clients,
        staff_count=args.staff,
        training_years=args.training_years,
        services_per_client=args.services_per_client,
        progress=_PrintProgress(),
    )
    result.ctx.close()
    print(console.tr("Demo station ready in {folder}").format(folder=folder))
    print(console.tr("Log in as {login} with password {password}").format(login=DEMO_LOGIN, password=DEMO_PASSWORD))
    if result.heavy_case_number is not None:
        print(
            console.tr("Case {case_number} has {count} service records (the largest case file).").format(
                case_number=result.heavy_case_number, count=HEAVY_CASE_SERVICES
            )
        )
    return EXIT_OK


def _with_session(args: argparse.Namespace, console: Console, work: Callable) -> int:
    from rehabdesk.services.sessions import log_out, unlock
    from rehabdesk.storage.keys import KeyPolicy
    from rehabdesk.storage.paths import StationPaths

    if not args.user:
        console.error(console.tr("Name your account with --user."))
        return EXIT_ERROR
    password = read_secret(args, console.tr("Password: "))
    ctx = unlock(StationPaths(_station_dir(args)), args.user, password, KeyPolicy())
    try:
        return work(ctx)
    finally:
        log_out(ctx)


def _run_check(args: argparse.Namespace, console: Console) -> int:
    from rehabdesk.services.checks import check_station
    from rehabdesk.ui.text.messages import check_fault_text

    def work(ctx) -> int:
        report = check_station(ctx)
        print(console.tr("Schema version: {revision}").format(revision=report.schema_revision))
        print(
            console.tr("Key file generation: {slot} (database expects {database})").format(
                slot=report.slot_generation, database=report.database_generation
            )
        )
        print(console.tr("Audit entries: {count}").format(count=report.audit_entries))
        for fault in report.faults:
            print(check_fault_text(fault))
        print(console.tr("All checks passed.") if report.ok else console.tr("Problems were found."))
        return EXIT_OK if report.ok else EXIT_FAULTS

    return _with_session(args, console, work)


def _run_backup(args: argparse.Namespace, console: Console) -> int:
    from rehabdesk.services.backups import backup_now

    def work(ctx) -> int:
        result = backup_now(ctx, args.target.expanduser().resolve())
        print(console.tr("Backup written and verified: {path}").format(path=result.path))
        if result.same_disk_warning:
            print(console.tr("Warning: the backup is on the same disk as the data. Copy it to a USB stick too."))
        return EXIT_OK

    return _with_session(args, console, work)


def _run_restore(args: argparse.Namespace, console: Console) -> int:
    from rehabdesk.services.backups import restore
    from rehabdesk.storage.keys import KeyPolicy
    from rehabdesk.storage.paths import StationPaths

    if not args.recovery_code and not args.user:
        console.error(console.tr("Give --user (an account of the time of the backup) or --recovery-code."))
        return EXIT_ERROR
    prompt = console.tr("Recovery code: ") if args.recovery_code else console.tr("Password: ")
    secret = read_secret(args, prompt)
    result = restore(
        StationPaths(_station_dir(args)),
        args.file.expanduser().resolve(),
        login=None if args.recovery_code else args.user,
        secret=secret,
        policy=KeyPolicy(),
    )
    print(console.tr("Backup from {created} restored and verified.").format(created=result.backup_created_at))
    if result.kept_database:
        print(console.tr("The database it replaced is kept as {path}").format(path=result.kept_database))
    return EXIT_OK


def _run_print(args: argparse.Namespace, console: Console) -> int:
    from rehabdesk.documents.output import write_pdf
    from rehabdesk.services import case_printout, printing

    if args.document == "case" and not args.client:
        console.error(console.tr("A case file is printed for one client: give --client CASE_NO."))
        return EXIT_ERROR
    if args.document != "fees" and not (args.client or args.blank):
        console.error(console.tr("Give --client CASE_NO or --blank."))
        return EXIT_ERROR

    target = args.out.expanduser().resolve()
    # Before printing, so a bad --out is reported before the print is audited.
    target.parent.mkdir(parents=True, exist_ok=True)

    def work(ctx) -> int:
        if args.document == "case":
            printed = case_printout.print_case_file(
                ctx,
                case_printout.client_id_of(ctx, args.client),
                period_from=args.period_from,
                period_to=args.period_to,
                copy="client" if args.own_copy else "station",
            )
        elif args.document == "fees":
            printed = printing.print_fee_schedule(ctx)
        elif args.blank:
            blank = printing.print_blank_consent_form if args.document == "consent" else printing.print_blank_agreement
            printed = blank(ctx)
        else:
            document_id = printing.latest_document_id(ctx, args.document, args.client, args.number)
            print_one = printing.print_consent_form if args.document == "consent" else printing.print_agreement
            printed = print_one(ctx, document_id)
        write_pdf(target, printed.pdf)
        print(console.tr("Written: {path}").format(path=target))
        return EXIT_OK

    return _with_session(args, console, work)


def _run_report(args: argparse.Namespace, console: Console) -> int:
    from datetime import date

    from rehabdesk.domain.indicators import Period
    from rehabdesk.services.indicators_reports import export_indicators

    if bool(args.period_from) != bool(args.period_to):
        console.error(console.tr("Give both --from and --to."))
        return EXIT_ERROR
    if args.year is not None:
        period = Period.year(args.year)
    elif args.period_from:
        try:
            period = Period.between(date.fromisoformat(args.period_from), date.fromisoformat(args.period_to))
        except ValueError:
            console.error(console.tr("Write the dates as YYYY-MM-DD."))
            return EXIT_ERROR
    else:
        period = Period.parse(args.period)
    target = args.out.expanduser().resolve()
    if target.suffix.lower() not in (".pdf", ".xlsx"):
        console.error(console.tr("The report is written as .pdf or .xlsx: name the file so."))
        return EXIT_ERROR
    target.parent.mkdir(parents=True, exist_ok=True)

    def work(ctx) -> int:
        export_indicators(ctx, period, target)
        print(console.tr("Written: {path}").format(path=target))
        return EXIT_OK

    return _with_session(args, console, work)


def _run_sync(args: argparse.Namespace, console: Console) -> int:
    from rehabdesk.services import sync, sync_ack, sync_export, sync_push

    def enrol(ctx) -> int:
        preview = sync.preview_enrolment(ctx, args.file.expanduser().resolve())
        print(
            console.tr("County: {name} ({division})").format(name=preview.county_name, division=preview.county_division)
        )
        print(console.tr("County key fingerprint: {fingerprint}").format(fingerprint=preview.fingerprint))
        if preview.replaces:
            print(
                console.tr("This replaces the county key trusted until now: {fingerprint}").format(
                    fingerprint=preview.replaces
                )
            )
        confirmed = args.fingerprint
        if confirmed is None:
            confirmed = input(console.tr("Type the fingerprint the county read out to you by phone: "))
        result = sync.enrol(ctx, args.file.expanduser().resolve(), confirmed, reenrol=args.reenrol)
        print(console.tr("Enrolled. This computer is device {device}.").format(device=result.device_id))
        print(console.tr("Device key fingerprint: {fingerprint}").format(fingerprint=result.device_fingerprint))
        if result.key_location == sync.KEY_IN_DATABASE:
            print(
                console.tr(
                    "No secure system keyring is available, so the device key is kept inside the encrypted station "
                    "database."
                )
            )
        return EXIT_OK

    def request(ctx) -> int:
        target = sync.write_registration_request(ctx, args.out.expanduser().resolve())
        print(console.tr("Written: {path}").format(path=target))
        return EXIT_OK

    def export(ctx) -> int:
        result = sync_export.export_bundle(ctx, args.target.expanduser().resolve())
        print(console.tr("Bundle written and verified: {path}").format(path=result.path))
        for kind, count in sorted(result.record_counts.items()):
            print(f"    {kind}: {count}")
        for earlier in result.also_copied:
            print(console.tr("Not yet acknowledged, copied again: {path}").format(path=earlier))
        return EXIT_OK

    def import_ack(ctx) -> int:
        result = sync_ack.import_ack(ctx, args.file.expanduser().resolve())
        print(
            console.tr(
                "Acknowledgement imported for bundle {sequence}: {committed} committed, {already} already held, "
                "{rejected} rejected."
            ).format(
                sequence=result.sequence, committed=result.committed, already=result.already, rejected=result.rejected
            )
        )
        return EXIT_OK

    def status(ctx) -> int:
        state = sync.sync_status(ctx)
        if not state.enrolled:
            print(console.tr("Not enrolled with a county."))
            return EXIT_OK
        print(console.tr("County: {name} ({division})").format(name=state.county_name, division=state.county_division))
        print(console.tr("County key fingerprint: {fingerprint}").format(fingerprint=state.fingerprint))
        print(console.tr("This computer is device {device}.").format(device=state.device_id))
        if state.server:
            print(console.tr("County server: {server}").format(server=state.server))
        print(
            console.tr("Bundles sent: {sent}, acknowledged: {acknowledged}, last sequence: {sequence}").format(
                sent=state.bundles_sent, acknowledged=state.bundles_acknowledged, sequence=state.last_sequence
            )
        )
        _print_waiting(console, sync.waiting_changes(ctx))
        _print_history(console, sync.bundle_history(ctx)[:HISTORY_SHOWN])
        return EXIT_OK

    def push(ctx) -> int:
        print(console.tr("Sending to the county server…"), flush=True)
        result = sync_push.push(ctx)
        for sequence in result.already_held:
            print(console.tr("Bundle {sequence} had already reached the county.").format(sequence=sequence))
        for ack in result.acknowledged:
            print(
                console.tr(
                    "Acknowledgement imported for bundle {sequence}: {committed} committed, {already} already held, "
                    "{rejected} rejected."
                ).format(sequence=ack.sequence, committed=ack.committed, already=ack.already, rejected=ack.rejected)
            )
        if result.nothing_to_send:
            print(console.tr("Nothing new to send: the county has everything."))
        return EXIT_OK

    work = {
        "enrol": enrol,
        "request": request,
        "export": export,
        "import-ack": import_ack,
        "status": status,
        "push": push,
    }[args.sync_action]
    return _with_session(args, console, work)


HISTORY_SHOWN = 5  # bundles listed by `sync status`, newest first


def _print_waiting(console: Console, waiting: Waiting) -> None:
    """What the Sync page says is waiting: changed records by type since the county's last acknowledgement."""
    from rehabdesk.ui.text.county_text import record_type_text

    if not waiting.counts:
        print(console.tr("Nothing waiting: the county has acknowledged every change."))
        return
    counts = console.tr(", ").join(
        console.tr("{kind} {count}").format(kind=record_type_text(kind), count=count)
        for kind, count in sorted(waiting.counts.items(), key=lambda item: (-item[1], item[0]))
    )
    print(console.tr("Changed since the county's last acknowledgement: {counts}.").format(counts=counts))
    if waiting.oldest is not None:
        oldest = waiting.oldest.astimezone().strftime("%Y-%m-%d %H:%M")
        print(console.tr("Oldest change: {oldest}.").format(oldest=oldest))
    print(console.tr("Records of clients without the consent to provide data to others stay at the station."))


def _print_history(console: Console, bundles: list[BundleInfo]) -> None:
    """The last bundles as the Sync page lists them: records sent, then what the county's acknowledgement said."""
    if not bundles:
        return
    print(console.tr("Last bundles (newest first):"))
    for bundle in bundles:
        if bundle.status == "sent":
            state = console.tr("sent, not yet acknowledged")
        elif bundle.committed is None:
            state = console.tr("acknowledged together with a later bundle")
        else:
            state = console.tr("acknowledged: {committed} received, {rejected} rejected").format(
                committed=bundle.committed, rejected=bundle.rejected
            )
        line = console.tr("Bundle {sequence}: {file}, {created}, {records} records, {state}").format(
            sequence=bundle.sequence, file=bundle.file_name, created=bundle.created_at, records=bundle.records,
            state=state,
        )  # fmt: skip
        print("  " + line)


def _selftest_step_names(console: Console) -> dict[str, str]:
    return {
        "station": console.tr("Create a throw-away station"),
        "sign_in": console.tr("Sign in"),
        "client": console.tr("Register a client"),
        "service": console.tr("Record a service"),
        "consent_print": console.tr("Print a consent form and read it back"),
        "backup": console.tr("Back up and check the backup"),
        "window": console.tr("Open and paint the main window"),
        "cleanup": console.tr("Delete the throw-away station"),
    }


def _run_selftest(args: argparse.Namespace) -> int:
    """Runs before the console and the station folder: it needs a QApplication (offscreen) and no station."""
    import time

    from rehabdesk.selftest import prepare_offscreen, run_selftest

    started = time.perf_counter()
    prepare_offscreen()
    from rehabdesk import __version__
    from rehabdesk.ui.console import Console
    from rehabdesk.ui.offscreen import offscreen_application
    from rehabdesk.ui.text.messages import message_for

    offscreen_application()
    console = Console(args.lang or "zh_CN")
    names = _selftest_step_names(console)
    print(console.tr("RehabDesk {version} self-test").format(version=__version__), flush=True)
    for number, outcome in enumerate(run_selftest(), start=1):
        label = f"[{number}/{len(names)}] {names[outcome.step]}"
        seconds = f"{outcome.seconds:.1f} s"
        if outcome.ok:
            extra = f", {outcome.detail}" if outcome.detail else ""
            print(console.tr("{step}: passed ({seconds})").format(step=label, seconds=seconds + extra), flush=True)
            continue
        from rehabdesk.domain.errors import DomainError

        error = outcome.error
        reason = message_for(error) if isinstance(error, DomainError) else f"{type(error).__name__}: {error}"
        print(console.tr("{step}: FAILED: {reason}").format(step=label, reason=reason), flush=True)
        console.error(outcome.detail)
        print(console.tr("Self-test failed."), flush=True)
        return EXIT_FAULTS
    elapsed = f"{time.perf_counter() - started:.1f}"
    print(console.tr("Self-test passed in {seconds} s.").format(seconds=elapsed), flush=True)
    return EXIT_OK


_COMMANDS: dict[str, Callable[[argparse.Namespace, Console], int]] = {
    "init": _run_init,
    "demo": _run_demo,
    "check": _run_check,
    "backup": _run_backup,
    "restore": _run_restore,
    "print": _run_print,
    "report": _run_report,
    "sync": _run_sync,
}


def main(argv: list[str] | None = None) -> int:
    harden_process()
    args = _parser().parse_args(argv)
    if args.command == "selftest":
        return _run_selftest(args)
    if args.command is None:
        from rehabdesk.display_libraries import missing_gui_packages

        missing = missing_gui_packages()
        if missing:
            from rehabdesk.ui.console import Console

            console = Console(args.lang or "zh_CN")
            console.error(
                console.tr(
                    "RehabDesk cannot open its window: this computer lacks system libraries that Qt needs to draw "
                    "on the screen. Install them with this command, then start RehabDesk again:"
                )
            )
            console.error("sudo apt install " + " ".join(missing))
            return 3
        from rehabdesk.app import run_gui

        return run_gui(_station_dir(args), demo=args.demo, language=args.lang, exit_after_paint=args.exit_after_paint)
    from rehabdesk.ui.console import Console

    console = Console(args.lang or "zh_CN")
    from rehabdesk.domain.errors import DomainError
    from rehabdesk.storage.instance_lock import InstanceLock
    from rehabdesk.storage.paths import StationPaths
    from rehabdesk.ui.text.messages import message_for

    folder = _station_dir(args)

    def work() -> int:
        if args.command in ("check", "backup", "print", "report", "sync") and not StationPaths(folder).is_station():
            # Nothing to open: say so, and leave no folder or lock file behind where there was none.
            raise DomainError("station_missing")
        folder.mkdir(parents=True, exist_ok=True)
        with InstanceLock(StationPaths(folder).lock_file, holder=f"rehabdesk {args.command}"):
            return _COMMANDS[args.command](args, console)

    return console.run_guarded(work, message_for=message_for, logs_dir=StationPaths(folder).logs_dir)
