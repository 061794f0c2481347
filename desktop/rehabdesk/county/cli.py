"""The `rehabdesk-county` command: the county's headless commands on a county folder. The station CLI's
conventions: --data-dir, --user, --password-stdin, --lang en, messages in Chinese, no tracebacks; exit 0 when all
went well, 1 when something needs attention (a refused or quarantined bundle, a failed check), 2 on an error."""

from __future__ import annotations

import argparse
import getpass
import sys
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING, Any

from rehabdesk.cli_options import EXIT_ERROR, EXIT_FAULTS, EXIT_OK, add_common_options, read_secret
from rehabdesk.hardening import harden_process
from rehabdesk.locations import default_station_dir

if TYPE_CHECKING:
    from rehabdesk.ui.console import Console

_OPEN_COMMANDS = {"init", "demo", "restore"}  # the others need an existing county


def _add_common_options(parser: argparse.ArgumentParser, *, suppress: bool) -> None:
    add_common_options(parser, suppress=suppress, folder_help="county folder (default: the per-user data folder)")
    parser.add_argument(
        "--database",
        metavar="postgresql+psycopg://USER@HOST:PORT/DB",
        help="keep the county's records on a PostgreSQL server (the folder still holds the key slots)",
        **({"default": argparse.SUPPRESS} if suppress else {}),
    )


def _parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(prog="rehabdesk-county", description="RehabDesk County (精康工作台 · 县级)")
    _add_common_options(parser, suppress=False)
    parser.add_argument("--demo", action="store_true", help="open the demo county, creating it on first use")
    common = argparse.ArgumentParser(add_help=False)
    _add_common_options(common, suppress=True)
    subparsers = parser.add_subparsers(dest="command")  # none: the window

    def command(name: str, help: str) -> argparse.ArgumentParser:
        return subparsers.add_parser(name, help=help, parents=[common])

    init = command("init", "create a county: its keys and an encrypted database")
    init.add_argument("--county-name", required=True)
    init.add_argument("--county-division", required=True, help="6-digit division code")
    command("demo", "create a demo county with three demo stations' bundles received")
    enrolment = command("enrolment", "write the signed enrolment file for stations (confidential)")
    enrolment.add_argument("--out", type=Path, required=True)
    enrolment.add_argument(
        "--server", help="https://HOST:PORT where `serve` runs on the county LAN: stations then send by network too"
    )
    keys = command("keys", "show the county's key generations, or rotate its keys (a new enrolment file follows)")
    keys.add_argument("action", choices=("show", "rotate"), help="show: the generations kept; rotate: new keys")
    keys.add_argument("--yes", action="store_true", help="confirm the rotation (without it, what it means is said)")
    serving = command("serve", "receive bundles over HTTPS on the county LAN until stopped (Ctrl+C)")
    serving.add_argument("--host", default="0.0.0.0", help="the address to listen on (default: every address)")
    serving.add_argument("--port", type=int, default=8443)
    register = command("register", "read a station's registration request and keep it pending")
    register.add_argument("file", type=Path)
    register.add_argument("--fingerprint", help="the digits the station read out by phone: approves at once")
    approve = command("approve", "approve a pending station computer once its fingerprint is confirmed")
    approve.add_argument("device")
    approve.add_argument("--fingerprint", required=True, help="the digits the station read out by phone")
    revoke = command("revoke", "revoke a station computer (lost or replaced)")
    revoke.add_argument("device")
    command("stations", "list stations, last bundle received and whether overdue")
    importing = command("import", "import a folder of bundles (or one) and write their acknowledgements")
    importing.add_argument("source", type=Path)
    importing.add_argument("--acks-to", type=Path, required=True, dest="acks_to")
    command("quarantine", "list quarantined bundles and records, and bundles held for a gap")
    figures = command("figures", "show or set the county's own figures of the summary table")
    figures.add_argument("--division", required=True)
    figures.add_argument("--period", required=True, help="2026Q3, 2026H1 or 2026")
    figures.add_argument("--set", nargs="+", default=[], metavar="NAME=VALUE", dest="assignments")
    summary = command("summary", "write the 推进情况汇总表 of a quarter, half-year or year (.xlsx or .pdf)")
    summary.add_argument("--period", required=True, help="2026Q3, 2026H1 or 2026")
    summary.add_argument("--out", type=Path, required=True, help="FILE.xlsx or FILE.pdf")
    account = command("account-add", "add a named account (admin); its first password is changed at first use")
    account.add_argument("login")
    account.add_argument("--role", choices=("admin", "staff"), default="staff")
    account.add_argument("--name", default="", help="the person's name")
    command("passwd", "change your own password")
    command("check", "verify encryption, integrity, schema, keys and audit chain")
    backup = command("backup", "write an encrypted, verified backup (it holds the county's keys)")
    backup.add_argument("--to", type=Path, required=True, dest="target")
    restore = command("restore", "restore a backup into the county folder")
    restore.add_argument("file", type=Path)
    restore.add_argument("--recovery-code", action="store_true", help="the secret read is the recovery code")
    return parser


def _folder(args: argparse.Namespace) -> Path:
    if args.data_dir:
        return args.data_dir.expanduser().resolve()
    return default_station_dir().parent / ("demo-county" if args.demo else "county")


def _paths(args: argparse.Namespace) -> Any:
    from rehabdesk.county.storage.paths import CountyPaths

    return CountyPaths(_folder(args), database_url=args.database)


def _run_init(args: argparse.Namespace, console: Console) -> int:
    from rehabdesk.county.services.setup import create_county
    from rehabdesk.storage.keys import KeyPolicy

    if not args.user:
        console.error(console.tr("Name the first admin account with --user."))
        return EXIT_ERROR
    password = read_secret(args, console.tr("Password for the new admin account: "))
    if not args.password_stdin and getpass.getpass(console.tr("Repeat the password: ")) != password:
        console.error(console.tr("The two passwords are not the same."))
        return EXIT_ERROR
    result = create_county(
        _paths(args), name=args.county_name, division=args.county_division, admin_login=args.user,
        admin_password=password, policy=KeyPolicy(),
    )  # fmt: skip
    result.ctx.close()
    print(console.tr("County created in {folder}").format(folder=_folder(args)))
    print(console.tr("Recovery code (shown only this once; write it down and lock it away):"))
    print(f"    {result.recovery_code}")
    print(console.tr("The county's key fingerprint, to read out to stations by phone:"))
    print(f"    {result.fingerprint}")
    return EXIT_OK


def _run_demo(args: argparse.Namespace, console: Console) -> int:
    from rehabdesk.county.demo import DEMO_LOGIN, DEMO_PASSWORD, create_demo_county

    def note(done: int, total: int, text: str = "") -> None:
        if done < total:  # the station being made, counted from 1
            line = console.tr("Creating the demo county: station {done} of {total}")
            print(line.format(done=done + 1, total=total), flush=True)

    result = create_demo_county(_paths(args), progress=note)
    result.close()
    print(console.tr("Demo county ready in {folder}").format(folder=_folder(args)))
    print(console.tr("Log in as {login} with password {password}").format(login=DEMO_LOGIN, password=DEMO_PASSWORD))
    return EXIT_OK


def _with_session(args: argparse.Namespace, console: Console, work: Callable[[Any], int]) -> int:
    from rehabdesk.county.services.sessions import log_out, unlock
    from rehabdesk.storage.keys import KeyPolicy

    if not args.user:
        console.error(console.tr("Name your account with --user."))
        return EXIT_ERROR
    password = read_secret(args, console.tr("Password: "))
    ctx = unlock(_paths(args), args.user, password, KeyPolicy())
    try:
        if ctx.must_change_password and args.command != "passwd":
            console.error(console.tr("Change your first password before anything else: rehabdesk-county passwd"))
            return EXIT_ERROR
        return work(ctx)
    finally:
        log_out(ctx)


def _run_enrolment(args: argparse.Namespace, console: Console) -> int:
    from rehabdesk.county.services import network
    from rehabdesk.county.services.keys import write_enrolment

    def work(ctx: Any) -> int:
        target = args.out.expanduser().resolve()
        server = tls = None
        if args.server:
            server = network.check_server_url(args.server)
            tls = network.server_certificate(ctx).sha256
        enrolment = write_enrolment(ctx, target, server=server, tls_sha256=tls)
        print(console.tr("Enrolment file written: {path}").format(path=target))
        print(console.tr("It holds the county's pseudonym key: hand it to stations only, like a key."))
        print(console.tr("Fingerprint to read out by phone:"))
        print(f"    {enrolment.fingerprint}")
        return EXIT_OK

    return _with_session(args, console, work)


def _run_keys(args: argparse.Namespace, console: Console) -> int:
    from rehabdesk.county.services import keys

    if args.action == "rotate" and not args.yes:
        # The password may come on stdin, so the confirmation is a flag rather than a question.
        console.error(console.tr(
            "Rotating makes a new encryption and signing key for the county. Bundles made with the old enrolment "
            "file still open and get acknowledgements the station accepts, but every station must import a new "
            "enrolment file (and compare its new fingerprint by phone) to use the new key. The pseudonym key "
            "does not change. Run again with --yes to rotate."))  # fmt: skip
        return EXIT_ERROR

    def work(ctx: Any) -> int:
        if args.action == "rotate":
            rotation = keys.rotate_keys(ctx)
            print(console.tr("The county's keys were rotated (generation {generation}); the old ones are kept "
                             "to open bundles made with them.").format(generation=rotation.generation))  # fmt: skip
            print(console.tr("New fingerprint, to read out to stations by phone:"))
            print(f"    {rotation.fingerprint}")
            print(console.tr("Next: write a new enrolment file (rehabdesk-county enrolment --out FILE) and have "
                             "every station import it."))  # fmt: skip
            return EXIT_OK
        for generation in keys.key_generations(ctx):
            state = (
                console.tr("current")
                if generation.retired_at is None
                else console.tr("retired {at}").format(at=f"{generation.retired_at:%Y-%m-%d %H:%M} UTC")
            )
            print(console.tr("generation {number}: encryption key {key_id}, {state}").format(
                number=generation.number, key_id=generation.age_key_id, state=state))  # fmt: skip
        return EXIT_OK

    return _with_session(args, console, work)


def _print_registration(console: Console, registration: Any) -> None:
    print(console.tr("Station: {name} ({code}), division {division}").format(
        name=registration.station_name, code=registration.station_code, division=registration.division))  # fmt: skip
    print(console.tr("Computer: {device}").format(device=registration.device_id))
    print(console.tr("Fingerprint (the station reads it out by phone; compare every digit):"))
    print(f"    {registration.fingerprint}")


def _run_register(args: argparse.Namespace, console: Console) -> int:
    from rehabdesk.county.services.registry import register

    def work(ctx: Any) -> int:
        registration = register(ctx, args.file.expanduser().resolve(), fingerprint=args.fingerprint)
        _print_registration(console, registration)
        if registration.status == "approved":
            print(console.tr("Approved: bundles from this computer are accepted."))
        else:
            print(console.tr("Kept pending. Once the digits are confirmed by phone, approve it with:"))
            print(f'    rehabdesk-county approve {registration.device_id} --fingerprint "…"')
        return EXIT_OK

    return _with_session(args, console, work)


def _run_approve(args: argparse.Namespace, console: Console) -> int:
    from rehabdesk.county.services.registry import approve

    def work(ctx: Any) -> int:
        registration = approve(ctx, args.device, args.fingerprint)
        _print_registration(console, registration)
        print(console.tr("Approved: bundles from this computer are accepted."))
        return EXIT_OK

    return _with_session(args, console, work)


def _run_revoke(args: argparse.Namespace, console: Console) -> int:
    from rehabdesk.county.services.registry import revoke

    def work(ctx: Any) -> int:
        revoke(ctx, args.device)
        print(console.tr("Computer {device} revoked: its bundles are refused from now on.").format(
            device=args.device.strip().upper()))  # fmt: skip
        return EXIT_OK

    return _with_session(args, console, work)


def _run_stations(args: argparse.Namespace, console: Console) -> int:
    from rehabdesk.county.services.registry import list_stations

    def work(ctx: Any) -> int:
        lines = list_stations(ctx)
        if not lines:
            print(console.tr("No stations registered yet."))
        for line in lines:
            last = line.last_received.isoformat() if line.last_received else console.tr("never")
            since = "" if line.days_since is None else console.tr(" ({days} days ago)").format(days=line.days_since)
            flag = console.tr("  OVERDUE for this quarter") if line.overdue else ""
            print(f"{line.code}  {line.name}  {line.division}  " + console.tr("last bundle: {last}").format(
                last=last) + since + flag)  # fmt: skip
        return EXIT_FAULTS if any(line.overdue for line in lines) else EXIT_OK

    return _with_session(args, console, work)


def _outcome_text(console: Console, outcome: Any) -> str:
    from rehabdesk.county.ui.messages import county_message, reason_text
    from rehabdesk.domain.errors import DomainError

    if outcome.state == "applied":
        return console.tr("received: {committed} new or newer, {already} already held, {rejected} quarantined").format(
            committed=outcome.committed, already=outcome.already, rejected=outcome.rejected)  # fmt: skip
    if outcome.state == "already":
        return console.tr("already received; nothing imported again, its acknowledgement written again")
    if outcome.state == "held":
        return console.tr("held: an earlier bundle from this computer has not arrived yet")
    if outcome.state == "quarantined":
        return console.tr("QUARANTINED, not applied: {reason}").format(reason=reason_text(outcome.reason))
    return console.tr("REFUSED, nothing imported: {reason}").format(
        reason=county_message(DomainError(outcome.reason, **outcome.params)))  # fmt: skip


def _run_import(args: argparse.Namespace, console: Console) -> int:
    from rehabdesk.county.services.receiving import import_bundles

    class _Progress:
        def step(self, done: int, total: int, note: str = "") -> None:
            if done < total:
                print(console.tr("[{done}/{total}] {file}").format(done=done + 1, total=total, file=note), flush=True)

    def work(ctx: Any) -> int:
        report = import_bundles(
            ctx, args.source.expanduser().resolve(), args.acks_to.expanduser().resolve(), progress=_Progress()
        )
        for outcome in report.outcomes:
            where = f"{outcome.station_code}-{outcome.device_id}-{outcome.sequence}" if outcome.sequence else ""
            print(f"  {outcome.source} {where}: {_outcome_text(console, outcome)}")
            if outcome.ack_path is not None:
                print("    " + console.tr("acknowledgement: {path}").format(path=outcome.ack_path))
        if report.cancelled:
            print(console.tr("Cancelled; the bundles imported so far are kept."))
        return EXIT_FAULTS if report.alerts or report.cancelled else EXIT_OK

    return _with_session(args, console, work)


def _run_quarantine(args: argparse.Namespace, console: Console) -> int:
    from rehabdesk.county.services.quarantine import list_held, list_quarantine
    from rehabdesk.county.ui.messages import reason_text

    def work(ctx: Any) -> int:
        rows, held = list_quarantine(ctx), list_held(ctx)
        if not rows and not held:
            print(console.tr("Nothing quarantined, nothing held."))
        for row in rows:
            what = f"{row.record_type} {row.record_id}" if row.kind == "record" else console.tr("whole bundle")
            print(f"{row.at:%Y-%m-%d %H:%M}  {row.station_code}-{row.device_id}-{row.sequence}  {what}: "
                  f"{reason_text(row.reason)}")  # fmt: skip
        for station, device, sequence in held:
            print(console.tr("held: {station}-{device}-{sequence}, waiting for the bundle before it").format(
                station=station, device=device, sequence=sequence))  # fmt: skip
        return EXIT_OK

    return _with_session(args, console, work)


def _run_figures(args: argparse.Namespace, console: Console) -> int:
    from rehabdesk.county.domain.figures import FIGURES
    from rehabdesk.county.services.figures import read_figures, set_figures

    values: dict[str, str] = {}
    for assignment in args.assignments:
        name, sign, value = assignment.partition("=")
        if not sign:
            console.error(console.tr("Write each figure as name=value, e.g. patients_total=120."))
            return EXIT_ERROR
        values[name.strip()] = value

    def work(ctx: Any) -> int:
        if values:
            current = set_figures(ctx, args.division, args.period, values)
        else:
            current = read_figures(ctx, args.division, args.period).get(
                (args.division.strip(), args.period.upper()), {}
            )
        for spec in FIGURES:
            print(f"{spec.name}  {spec.label}: {current.get(spec.name, '—')}")
        return EXIT_OK

    return _with_session(args, console, work)


def _run_serve(args: argparse.Namespace, console: Console) -> int:
    from rehabdesk.county.services import network

    def work(ctx: Any) -> int:
        certificate = network.server_certificate(ctx)
        print(console.tr("Receiving bundles on https://{host}:{port} (Ctrl+C stops).").format(
            host=args.host, port=args.port))  # fmt: skip
        print(console.tr("Certificate fingerprint (SHA-256), as in the enrolment file: {sha256}").format(
            sha256=certificate.sha256))  # fmt: skip
        network.serve(ctx, host=args.host, port=args.port)
        return EXIT_OK

    return _with_session(args, console, work)


def _run_summary(args: argparse.Namespace, console: Console) -> int:
    from rehabdesk.county.services.summary import write_summary

    def work(ctx: Any) -> int:
        written = write_summary(ctx, args.period, args.out.expanduser().resolve())
        print(console.tr("Summary table written: {path}").format(path=written))
        return EXIT_OK

    return _with_session(args, console, work)


def _run_account_add(args: argparse.Namespace, console: Console) -> int:
    from rehabdesk.county.services.accounts import add_account

    def work(ctx: Any) -> int:
        password = read_secret(args, console.tr("First password for the new account: "))
        add_account(ctx, args.login, args.name, args.role, password)
        print(console.tr("Account {login} added; the person changes the password at first sign-in.").format(
            login=args.login.strip().lower()))  # fmt: skip
        return EXIT_OK

    return _with_session(args, console, work)


def _run_passwd(args: argparse.Namespace, console: Console) -> int:
    from rehabdesk.county.services.accounts import change_own_password

    if not args.user:
        console.error(console.tr("Name your account with --user."))
        return EXIT_ERROR
    old = read_secret(args, console.tr("Password: "))
    new = read_secret(args, console.tr("New password: "))
    if not args.password_stdin and getpass.getpass(console.tr("Repeat the password: ")) != new:
        console.error(console.tr("The two passwords are not the same."))
        return EXIT_ERROR
    from rehabdesk.county.services.sessions import log_out, unlock
    from rehabdesk.storage.keys import KeyPolicy

    ctx = unlock(_paths(args), args.user, old, KeyPolicy())
    try:
        change_own_password(ctx, old, new)
    finally:
        log_out(ctx)
    print(console.tr("Password changed."))
    return EXIT_OK


def _run_check(args: argparse.Namespace, console: Console) -> int:
    from rehabdesk.county.services.maintenance import check_county
    from rehabdesk.ui.text.messages import check_fault_text

    def work(ctx: Any) -> int:
        report = check_county(ctx)
        print(console.tr("Schema version: {revision}").format(revision=report.schema_revision))
        print(console.tr("Audit entries: {count}").format(count=report.audit_entries))
        for fault in report.faults:
            print(check_fault_text(fault))
        print(console.tr("All checks passed.") if report.ok else console.tr("Problems were found."))
        return EXIT_OK if report.ok else EXIT_FAULTS

    return _with_session(args, console, work)


def _run_backup(args: argparse.Namespace, console: Console) -> int:
    from rehabdesk.county.services.maintenance import backup_now

    def work(ctx: Any) -> int:
        info = backup_now(ctx, args.target.expanduser().resolve())
        print(console.tr("Backup written and verified: {path}").format(path=info.path))
        return EXIT_OK

    return _with_session(args, console, work)


def _run_restore(args: argparse.Namespace, console: Console) -> int:
    from rehabdesk.county.services.maintenance import restore
    from rehabdesk.storage.keys import KeyPolicy

    if not args.recovery_code and not args.user:
        console.error(console.tr("Give --user (an account of the time of the backup) or --recovery-code."))
        return EXIT_ERROR
    secret = read_secret(args, console.tr("Recovery code: ") if args.recovery_code else console.tr("Password: "))
    created = restore(
        _paths(args), args.file.expanduser().resolve(), login=None if args.recovery_code else args.user,
        secret=secret, policy=KeyPolicy(),
    )  # fmt: skip
    print(console.tr("Backup from {created} restored and verified.").format(created=created))
    return EXIT_OK


def _run_gui(args: argparse.Namespace) -> int:
    from rehabdesk.display_libraries import missing_gui_packages

    missing = missing_gui_packages()
    if missing:
        from rehabdesk.ui.console import Console

        console = Console(args.lang or "zh_CN")
        console.error(console.tr(
            "RehabDesk cannot open its window: this computer lacks system libraries that Qt needs to draw "
            "on the screen. Install them with this command, then start RehabDesk again:"))  # fmt: skip
        console.error("sudo apt install " + " ".join(missing))
        return 3
    from rehabdesk.county.ui.app import run_gui

    return run_gui(_folder(args), demo=args.demo, language=args.lang, database=args.database)


_COMMANDS: dict[str, Callable[[argparse.Namespace, Console], int]] = {
    "init": _run_init,
    "demo": _run_demo,
    "enrolment": _run_enrolment,
    "keys": _run_keys,
    "register": _run_register,
    "approve": _run_approve,
    "revoke": _run_revoke,
    "stations": _run_stations,
    "import": _run_import,
    "quarantine": _run_quarantine,
    "figures": _run_figures,
    "summary": _run_summary,
    "serve": _run_serve,
    "account-add": _run_account_add,
    "passwd": _run_passwd,
    "check": _run_check,
    "backup": _run_backup,
    "restore": _run_restore,
}


def main(argv: list[str] | None = None) -> int:
    harden_process()
    args = _parser().parse_args(argv)
    if args.command is None:
        return _run_gui(args)
    from rehabdesk.ui.console import Console

    console = Console(args.lang or "zh_CN")
    from rehabdesk.county.ui.messages import county_message
    from rehabdesk.domain.errors import DomainError
    from rehabdesk.storage.instance_lock import InstanceLock

    paths = _paths(args)

    def work() -> int:
        if args.command not in _OPEN_COMMANDS and not paths.is_station():
            raise DomainError("station_missing")
        paths.root.mkdir(parents=True, exist_ok=True)
        with InstanceLock(paths.lock_file, holder=f"rehabdesk-county {args.command}"):
            return _COMMANDS[args.command](args, console)

    return console.run_guarded(work, message_for=county_message, logs_dir=paths.logs_dir)


if __name__ == "__main__":
    sys.exit(main())
