"""DomainError codes → translated text a station worker can act on. The core never carries user-facing text."""

from __future__ import annotations

import re
from collections.abc import Callable

from PySide6.QtCore import QCoreApplication

from rehabdesk.domain.errors import DomainError, ValidationError
from rehabdesk.ui.text.paperwork_text import reason_text, refusal_line
from rehabdesk.ui.text.punctuation import labelled


def _messages() -> dict[str, Callable[[], str]]:
    translate = QCoreApplication.translate
    return {
        "wrong_password": lambda: translate(
            "messages",
            "The password is wrong ({failures} of {threshold} attempts before the account locks). "
            "Check Caps Lock and the keyboard language, then try again.",
        ),
        "unknown_account": lambda: translate(
            "messages", "There is no account with this name at this station. Check the spelling or ask an admin."
        ),
        "account_locked_out": lambda: translate(
            "messages",
            "This account is locked after {failures} failed logins. An admin, or the recovery code, can unlock it.",
        ),
        "login_delay": lambda: translate(
            "messages", "Too many failed attempts. Wait {seconds} seconds, then try again."
        ),
        "login_required": lambda: translate("messages", "Enter your account name."),
        "account_disabled": lambda: translate(
            "messages", "This account is disabled. Ask an admin to enable it or to create a new one."
        ),
        "slot_file_missing": lambda: translate(
            "messages",
            "The station's key file (keyslots.json) is missing. Copy it back or restore a backup. "
            "Nothing has been created or overwritten.",
        ),
        "slot_file_corrupt": lambda: translate(
            "messages",
            "The station's key file is damaged and its copy cannot be used either. Restore a backup. "
            "Nothing has been changed.",
        ),
        "slot_file_stale": lambda: translate(
            "messages",
            "The key file is older than the database (generation {file_generation}, the database "
            "expects {database_generation}). An old copy could bring back removed accounts or old passwords, so it "
            "is refused. Put back the current key file or restore a backup.",
        ),
        "slot_file_foreign": lambda: translate(
            "messages", "The key file belongs to a different station than this database. Check the station folder."
        ),
        "slot_kdf_too_weak": lambda: translate(
            "messages", "This key file uses test-strength key protection, which RehabDesk refuses for real data."
        ),
        "database_missing": lambda: translate(
            "messages",
            "The station's database file (station.db) is missing. Restore a backup. Nothing has been "
            "created or overwritten.",
        ),
        "database_url_invalid": lambda: translate(
            "messages",
            "The database address is not one RehabDesk can use. Write it as "
            "postgresql+psycopg://USER@HOST:PORT/DATABASE.",
        ),
        "database_server_unreachable": lambda: translate(
            "messages",
            "The database server {server} cannot be reached or refused the sign-in. Check that it is running, the "
            "address, and the user's password (in ~/.pgpass or PGPASSWORD). Nothing has been changed.",
        ),
        "database_on_server": lambda: translate(
            "messages",
            "This county's records are on a PostgreSQL server. Give it with every command: --database {server}",
        ),
        "database_not_empty": lambda: translate(
            "messages",
            "That database already holds tables. A new county needs an empty database: ask the server's operator "
            "for one (createdb). Nothing has been changed.",
        ),
        "database_server_empty": lambda: translate(
            "messages",
            "That database holds no county. Check the database address; to bring a county back, restore its "
            "pg_dump into it first. Nothing has been created.",
        ),
        "backup_needs_database_server": lambda: translate(
            "messages",
            "This backup holds only the key file of a county whose records are on a PostgreSQL server. Restore "
            "the server's dump first, then this file with --database.",
        ),
        "sealed_value_corrupt": lambda: translate(
            "messages",
            "The county's keys in the database cannot be opened with this key file: they were altered or belong "
            "to another county. Restore the database and the key file of the same county.",
        ),
        "database_key_mismatch": lambda: translate(
            "messages",
            "The database cannot be decrypted with this station's key. It may belong to another station "
            "or be damaged. Restore a backup; nothing has been changed.",
        ),
        "database_damaged": lambda: translate(
            "messages",
            "The station's database file (station.db) is damaged, so it was not opened and nothing was written to "
            "it. Restore the newest backup, {backup}: choose “Restore from backup…” on the sign-in screen, or run "
            "“rehabdesk restore” with that file.",
        ),
        "database_damaged_no_backup": lambda: translate(
            "messages",
            "The station's database file (station.db) is damaged, so it was not opened and nothing was written to "
            "it. There is no backup in {folder}: restore the newest backup you have (on a USB stick, perhaps) with "
            "“Restore from backup…” on the sign-in screen.",
        ),
        "database_damaged_found": lambda: translate(
            "messages",
            "Part of the station's database file turned out to be damaged, so this was not saved. Sign out and "
            "restore the newest backup with “Restore from backup…” on the sign-in screen.",
        ),
        "database_busy": lambda: translate(
            "messages",
            "Another program is using the station database (a backup, or RehabDesk open a second time). Wait a "
            "moment and try again.",
        ),
        "database_cannot_open": lambda: translate(
            "messages",
            "The database file cannot be opened. Check that the station folder is on this computer's "
            "own disk and that you may write to it.",
        ),
        "database_pragma_failed": lambda: translate(
            "messages",
            "The database could not be opened safely (setting {pragma} is {actual}). Keep the station "
            "folder on this computer's own disk, not a network drive.",
        ),
        "schema_newer": lambda: translate(
            "messages",
            "This station was saved by a newer version of RehabDesk. Install that version or a newer "
            "one; this version will not touch the data.",
        ),
        "station_exists": lambda: translate("messages", "This folder already holds a station. Choose an empty folder."),
        "station_missing": lambda: translate("messages", "There is no station in this folder yet. Create one first."),
        "station_in_use": lambda: translate(
            "messages", "This station is already open in RehabDesk on this computer ({holder}). Close it there first."
        ),
        "recovery_code_malformed": lambda: translate(
            "messages", "A recovery code has 28 letters and digits in 7 groups of 4. Check what you typed."
        ),
        "permission_denied": lambda: translate(
            "messages", "Your account may not do this. Ask a coordinator or an admin."
        ),
        "disk_full": lambda: translate(
            "messages",
            "The disk is full, so nothing was saved. Free some space and try again; what you entered is still here.",
        ),
        "audit_anchor_tampered": lambda: translate(
            "messages", "The record of the audit log's last entry has been changed outside RehabDesk."
        ),
        "backup_missing": lambda: translate("messages", "The backup file cannot be found."),
        "backup_corrupt": lambda: translate(
            "messages",
            "This backup file is damaged or incomplete (perhaps it was copied before it was finished). "
            "Nothing was changed. Try another backup.",
        ),
        "backup_tampered": lambda: translate(
            "messages",
            "This backup file has been altered since it was made and cannot be trusted. Nothing was "
            "changed. Try another backup.",
        ),
        "backup_check_failed": lambda: translate(
            "messages", "The database inside this backup fails its checks. Nothing was changed. Try another backup."
        ),
        "backup_folder_unwritable": lambda: translate(
            "messages",
            "Cannot write to the backup folder {folder}: the USB stick may have been pulled out or be write-"
            "protected, or the folder is read-only. No backup was written; plug the stick in again or choose another "
            "folder.",
        ),
        "export_unmasked_refused": lambda: translate(
            "messages", "Only coordinators and admins may export full ID numbers. Export the list as shown instead."
        ),
        "export_unwritable": lambda: translate(
            "messages", "The file {path} could not be written. Choose a folder you can write to; nothing was exported."
        ),
        "export_period_reversed": lambda: translate(
            "messages", "The period ends before it starts: choose an end date on or after the start."
        ),
        "export_period_too_long": lambda: translate(
            "messages", "Export at most three years at a time: choose a shorter period."
        ),
        "backup_target_missing": lambda: translate(
            "messages",
            "The folder {folder} is not there any more (was the USB stick pulled out?). Plug it in again and "
            "choose “Look for drives again”, or choose another folder. No backup was written.",
        ),
        "backup_credential_refused": lambda: translate(
            "messages",
            "This password does not open this backup. Use the password this account had when the backup was made, "
            "or the recovery code of that time. Nothing was changed.",
        ),
        "backup_disk_full": lambda: translate(
            "messages",
            "The disk that holds the backup folder {folder} is full, so no backup was written. Free some space "
            "there or choose another folder; the station's data is unchanged.",
        ),
        "account_not_found": lambda: translate("messages", "That account no longer exists."),
        "cannot_disable_self": lambda: translate("messages", "You cannot disable the account you are using."),
        "last_admin": lambda: translate(
            "messages", "This is the last admin account. Give another account the admin role first."
        ),
        "recovery_has_no_password": lambda: translate(
            "messages", "You are signed in with the recovery code, which has no password to change."
        ),
        "passwords_differ": lambda: translate("messages", "The two passwords are not the same."),
        "client_duplicate_id": lambda: translate(
            "messages",
            "A client with this ID number is already registered (case {case_number}). Open that file "
            "instead of registering again.",
        ),
        "client_possibly_duplicate": lambda: translate(
            "messages",
            "A client with the same name and birth date is already registered (case {case_number}). "
            "If this is a different person, confirm to save.",
        ),
        "client_changed_meanwhile": lambda: translate(
            "messages",
            "Someone else saved this file after you opened it. Your changes are still in the form: "
            "reopen the file in another window, compare, and save again.",
        ),
        "client_not_found": lambda: translate("messages", "This client file no longer exists."),
        "import_has_problems": lambda: translate(
            "messages", "{rows} rows have problems, so nothing was imported. Fix them and try again."
        ),
        "staff_not_found": lambda: translate("messages", "This staff member no longer exists."),
        "staff_has_left": lambda: translate(
            "messages", "{name} has left the station; an account cannot be linked to a former staff member."
        ),
        "import_file_unreadable": lambda: translate(
            "messages",
            "This file cannot be read as an Excel workbook (.xlsx) or a CSV file. It may be damaged or "
            "in another format. Open it in Excel or WPS and save it again as .xlsx.",
        ),
        "import_file_empty": lambda: translate("messages", "This file has a header row but no client rows."),
        "import_file_too_large": lambda: translate(
            "messages",
            "This file has more than {maximum} rows. Split it into smaller files and import them one by one.",
        ),
        "import_file_bloated": lambda: translate(
            "messages",
            "This file would unpack to more than {megabytes} MB, or is compressed far more than a spreadsheet is, "
            "so it was not read: it may be damaged or not a real spreadsheet. Open it in Excel or WPS, keep only "
            "the rows to import and save it as a new .xlsx.",
        ),
        "import_sheet_too_large": lambda: translate(
            "messages",
            "This sheet has content beyond row {rows} or column {columns}, or too many cells, so it was not read. "
            "Keep only the rows and columns to import (delete anything far below or to the right) and save again.",
        ),
        "import_cell_too_long": lambda: translate(
            "messages",
            "Row {row} has a cell longer than {maximum} characters (Excel's own limit), so the file was not read.",
        ),
        "import_file_old_excel": lambda: translate(
            "messages", "This is an old Excel 97-2003 file (.xls). Open it in Excel or WPS and save it as .xlsx first."
        ),
        "session_closed": lambda: translate(
            "messages", "This session was locked or signed out. Sign in again to continue."
        ),
        "consent_form_not_found": lambda: translate("messages", "This consent form no longer exists."),
        "consent_form_not_pending": lambda: translate(
            "messages", "This consent form is no longer waiting for a signature: it was signed or voided already."
        ),
        "consent_form_voided": lambda: translate(
            "messages", "This consent form was voided and cannot be printed. Create a new one."
        ),
        "consent_not_found": lambda: translate("messages", "This consent no longer exists."),
        "consent_already_withdrawn": lambda: translate("messages", "This consent has already been withdrawn."),
        "agreement_not_found": lambda: translate("messages", "This service agreement no longer exists."),
        "agreement_not_draft": lambda: translate(
            "messages", "Only a draft agreement can be changed or signed. A signed agreement stays as it was signed."
        ),
        "agreement_not_active": lambda: translate(
            "messages", "Only an agreement in force (or expired, for renewal) can be terminated or renewed."
        ),
        "agreement_already_renewed": lambda: translate(
            "messages", "This agreement has already been renewed. Open the renewal instead."
        ),
        "fee_item_not_found": lambda: translate("messages", "This fee item no longer exists."),
        "document_not_found": lambda: translate("messages", "No such document was found for this client."),
        "scan_damaged": lambda: translate(
            "messages",
            "This scan is damaged: its content no longer matches the fingerprint taken when it was attached. "
            "Scan the signed paper again and attach it.",
        ),
        "template_missing": lambda: translate(
            "messages", "Version {version} of this template is missing from the database. Run a station check."
        ),
        "account_without_staff": lambda: translate(
            "messages",
            "This account does not belong to a staff member, so it has no training record of its own. Ask an "
            "admin to link the account to your entry in the staff register.",
        ),
        "own_training_only": lambda: translate("messages", "You can see and record only your own training."),
        "training_not_found": lambda: translate("messages", "This training record no longer exists."),
        "staff_not_employed_in_year": lambda: translate("messages", "This worker was not employed in {year}."),
        "plan_not_found": lambda: translate("messages", "This emergency plan no longer exists."),
        "drill_not_found": lambda: translate("messages", "This drill record no longer exists."),
        "action_not_found": lambda: translate("messages", "This corrective action no longer exists."),
        "action_already_closed": lambda: translate("messages", "This corrective action is already closed."),
        "action_not_closed": lambda: translate("messages", "Only a closed corrective action can be reopened."),
        "service_refused": lambda: translate("messages", "{name} ({case_number}) cannot be served now:"),
        "services_refused": lambda: translate("messages", "{count} clients cannot be served now:"),
        "service_not_found": lambda: translate("messages", "This service record no longer exists."),
        "referral_needs_consent": lambda: translate(
            "messages", "A referral out sends the client's information to another organisation, which needs consent:"
        ),
        "referral_not_found": lambda: translate("messages", "This referral no longer exists."),
        "follow_up_not_found": lambda: translate("messages", "This follow-up no longer exists."),
        "follow_up_done": lambda: translate("messages", "This follow-up has already been recorded."),
        "not_waitlisted": lambda: translate("messages", "This client is not on the waiting list."),
        "episode_missing": lambda: translate("messages", "This client has no case episode yet. Run a station check."),
        "transition_refused": lambda: translate("messages", "This step cannot be taken yet:"),
        "episode_still_open": lambda: translate(
            "messages",
            "The current episode is still open. Close it, or record the withdrawal, before a new application.",
        ),
        "assessment_kind_not_now": lambda: translate(
            "messages", "This kind of assessment does not fit the client's present stage of the case."
        ),
        "plan_missing": lambda: translate("messages", "This rehabilitation plan no longer exists."),
        "plan_not_draft": lambda: translate("messages", "Only a draft plan can be approved."),
        "plan_not_now": lambda: translate(
            "messages", "A rehabilitation plan is made once the client is enrolled (consent and agreement signed)."
        ),
        "recovery_code_unconfirmed": lambda: translate(
            "messages",
            "The station has been created. Confirm that the recovery code is written down or printed "
            "before you continue.",
        ),
        # Sync with the county (issue 14): station-side refusals and the named reasons of docs/sync-bundle.md.
        "file_unreadable": lambda: translate("messages", "The file could not be read ({error})."),
        "folder_missing": lambda: translate("messages", "The folder does not exist. Is the USB stick plugged in?"),
        "sync_fingerprint_mismatch": lambda: translate(
            "messages",
            "The fingerprint typed is not the one in the enrolment file. Confirm it with the county by phone and "
            "type it again.",
        ),
        "sync_county_mismatch": lambda: translate(
            "messages", "This enrolment file is for county {file}, but this station belongs to county {station}."
        ),
        "sync_already_enrolled": lambda: translate(
            "messages", "This station is already enrolled with the county. Replacing the county key is a re-enrolment."
        ),
        "sync_same_county_key": lambda: translate("messages", "This station already trusts this county key."),
        "sync_not_enrolled": lambda: translate(
            "messages",
            "This station is not enrolled with the county yet. An admin imports the county's enrolment file first.",
        ),
        "sync_nothing_to_send": lambda: translate("messages", "There is nothing new to send to the county."),
        "sync_target_full": lambda: translate(
            "messages",
            "The USB stick or folder {folder} is full, so the bundle was not copied there. It is kept on this "
            "computer: free some space (or use another stick) and export again.",
        ),
        "sync_target_unwritable": lambda: translate(
            "messages",
            "The bundle could not be written to {folder} (the stick was removed or is read-only). It is kept on "
            "this computer: plug the stick in again and export again.",
        ),
        "sync_device_revoked": lambda: translate(
            "messages", "This computer's sync key has been revoked. Enrol it again as a new device."
        ),
        "county_enrolment_malformed": lambda: translate("messages", "This is not a valid county enrolment file."),
        "county_enrolment_unsupported_version": lambda: translate(
            "messages", "This enrolment file is from a newer version. Update RehabDesk."
        ),
        "county_enrolment_signature_invalid": lambda: translate(
            "messages",
            "The enrolment file's signature does not match: it has been altered. Ask the county for a new one.",
        ),
        "county_ack_malformed": lambda: translate("messages", "This is not a valid acknowledgement from the county."),
        "county_ack_unsupported_version": lambda: translate(
            "messages", "This acknowledgement is from a newer version. Update RehabDesk."
        ),
        "county_ack_signature_invalid": lambda: translate(
            "messages", "The acknowledgement is not signed by this station's county: it was not imported."
        ),
        "ack_unknown_bundle": lambda: translate(
            "messages", "The acknowledgement is for a bundle this station did not send: it was not imported."
        ),
        "ack_replayed": lambda: translate("messages", "This acknowledgement has already been imported."),
        "ack_mismatch": lambda: translate(
            "messages", "The acknowledgement does not match the bundle it names: it was not imported."
        ),
        "keyring_timeout": lambda: translate(
            "messages", "The system keyring did not answer within {seconds} seconds (it may be waiting to be unlocked)."
        ),
        "keyring_failed": lambda: translate("messages", "The system keyring could not be used."),
        "keyring_none": lambda: translate("messages", "This computer has no secure keyring."),
        "keyring_insecure": lambda: translate(
            "messages", "The system keyring stores secrets in plain text and is not used."
        ),
        "device_key_missing": lambda: translate(
            "messages", "This computer's sync key cannot be found. Enrol the computer again as a new device."
        ),
        "bundle_truncated": lambda: translate("messages", "The bundle file is incomplete."),
        "bundle_malformed": lambda: translate("messages", "This is not a valid bundle file."),
        "bundle_trailing_data": lambda: translate("messages", "The bundle file has extra data at its end."),
        "bundle_unknown_device": lambda: translate(
            "messages", "The bundle comes from a computer that is not registered."
        ),
        "bundle_signature_invalid": lambda: translate(
            "messages", "The bundle's signature does not match: it has been altered."
        ),
        "manifest_invalid": lambda: translate("messages", "The bundle's manifest is not valid."),
        "manifest_unsupported_version": lambda: translate(
            "messages", "The bundle is in a newer format. Update RehabDesk."
        ),
        "payload_size_mismatch": lambda: translate("messages", "The bundle's encrypted data has the wrong size."),
        "payload_hash_mismatch": lambda: translate("messages", "The bundle's encrypted data has been altered."),
        "payload_header_mismatch": lambda: translate("messages", "The bundle's content belongs to another bundle."),
        "payload_record_invalid": lambda: translate("messages", "The bundle holds an invalid record."),
        "payload_counts_mismatch": lambda: translate(
            "messages", "The bundle's record counts do not match its content."
        ),
        "age_header_invalid": lambda: translate("messages", "The encrypted data's header is not valid."),
        "age_wrong_key": lambda: translate("messages", "The data is not encrypted to this key."),
        "age_header_mac_invalid": lambda: translate("messages", "The encrypted data's header has been altered."),
        "age_payload_invalid": lambda: translate("messages", "The encrypted data has been altered or reordered."),
        "age_payload_truncated": lambda: translate("messages", "The encrypted data is incomplete."),
        "bundle_device_revoked": lambda: translate(
            "messages", "The bundle comes from a computer whose key has been revoked."
        ),
        "bundle_wrong_station": lambda: translate(
            "messages", "The bundle names another station than the one its computer is registered to."
        ),
        "bundle_wrong_county": lambda: translate("messages", "The bundle is encrypted for another county."),
        "bundle_replayed": lambda: translate("messages", "This bundle has already been received."),
        "bundle_sequence_conflict": lambda: translate(
            "messages", "Another bundle with this sequence number has already been received."
        ),
        "bundle_sequence_gap": lambda: translate(
            "messages", "An earlier bundle from this computer is missing (expected number {expected}, got {got})."
        ),
        "bundle_chain_broken": lambda: translate(
            "messages", "The bundle does not follow the last one received from this computer."
        ),
        "minisign_signature_invalid": lambda: translate("messages", "The signature does not match."),
        "minisign_signature_malformed": lambda: translate("messages", "The signature file is not valid."),
        "minisign_wrong_key": lambda: translate("messages", "The file is signed by another key."),
        "minisign_public_key_invalid": lambda: translate("messages", "The public key is not valid."),
        "age_recipient_invalid": lambda: translate("messages", "The encryption key is not valid."),
        "age_identity_invalid": lambda: translate("messages", "The decryption key is not valid."),
        "registration_request_malformed": lambda: translate("messages", "This is not a valid registration request."),
        "registration_request_signature_invalid": lambda: translate(
            "messages", "The registration request's signature does not match: it has been altered."
        ),
        "sync_device_id_invalid": lambda: translate("messages", "The device number is not valid."),
        "age_trailing_data": lambda: translate("messages", "The encrypted data has extra bytes at its end."),
        # Sending over the network (issue 15).
        "sync_no_server": lambda: translate(
            "messages",
            "The county's enrolment file names no server: bundles go to the county on a USB stick. Ask the county "
            "for a new enrolment file if it has a server.",
        ),
        "county_server_url_invalid": lambda: translate(
            "messages", "The county server's address in the enrolment file is not a valid https:// address."
        ),
        "county_server_certificate_mismatch": lambda: translate(
            "messages",
            "The server that answered is not the county's: its certificate is not the one in the enrolment file. "
            "Nothing was sent. Tell the county; if it has a new server certificate, import its new enrolment file.",
        ),
        "county_server_unreachable": lambda: translate(
            "messages",
            "The county server could not be reached, or the connection broke off. Nothing was marked as sent; "
            "it is sent again next time. Check the network, or take the bundle to the county on a USB stick.",
        ),
        "county_server_error": lambda: translate(
            "messages", "The county server gave an answer RehabDesk does not understand (status {status})."
        ),
        "county_internal_error": lambda: translate(
            "messages", "The county server had a problem of its own. Nothing was marked as sent; try again later."
        ),
        "bundle_too_large": lambda: translate(
            "messages",
            "The bundle is larger than the county server accepts. Take it to the county on a USB stick instead.",
        ),
        "bundle_incomplete": lambda: translate("messages", "The bundle did not arrive in full. Send it again."),
        "county_send_cancelled": lambda: translate(
            "messages", "Sending to the county was broken off. Nothing was marked as sent; it is sent again next time."
        ),
    }


def _validation_messages() -> dict[str, Callable[[], str]]:
    translate = QCoreApplication.translate
    return {
        "required": lambda: translate("messages", "This field is required."),
        "too_long": lambda: translate("messages", "Too long: at most {maximum} characters."),
        "station_code_invalid": lambda: translate("messages", "Use 2 to 20 letters or digits, as given by the county."),
        "county_code_invalid": lambda: translate(
            "messages", "Enter the 6-digit administrative division code of the county, e.g. 110105."
        ),
        "login_invalid": lambda: translate(
            "messages", "Use 2 to 32 lower-case letters, digits, dots or dashes, starting with a letter."
        ),
        "login_taken": lambda: translate("messages", "This account name is already taken."),
        "password_too_short": lambda: translate("messages", "Use at least {minimum} characters."),
        "password_is_login": lambda: translate("messages", "The password must not be the account name."),
        "password_too_common": lambda: translate(
            "messages", "This password is too common and easy to guess. Choose another."
        ),
        "password_unchanged": lambda: translate("messages", "The new password must differ from the old one."),
        "roles_required": lambda: translate("messages", "Choose at least one role."),
        "out_of_range": lambda: translate("messages", "Enter a number from {minimum} to {maximum}."),
        "period_invalid": lambda: translate(
            "messages", "Write the period as 2026Q3, 2026H1, 2026, 2026-07 or 2026-07-01..2026-09-30."
        ),
        "period_reversed": lambda: translate("messages", "The period ends before it starts."),
        "targets_invalid": lambda: translate(
            "messages", "Write the targets as year=per cent, separated by commas, e.g. 2024=45,2025=60."
        ),
        "export_format": lambda: translate("messages", "Save the file as {formats}."),
        "path_not_absolute": lambda: translate("messages", "Choose a complete folder path."),
        "station_code_fixed": lambda: translate(
            "messages", "The station code cannot be changed: backups and reports are filed under it."
        ),
        "passwords_differ": lambda: translate("messages", "The two passwords are not the same."),
        "id_required": lambda: translate("messages", "Enter the ID number."),
        "choice_invalid": lambda: translate("messages", "Choose one of the values offered."),
        "text_control_character": lambda: translate(
            "messages",
            "This field cannot hold control characters (a line break, a tab, NUL …). Remove them and try again.",
        ),
        "text_invisible_character": lambda: translate(
            "messages",
            "This field holds invisible characters (zero-width or text-direction marks) that can disguise what "
            "is shown. Type it again instead of pasting it.",
        ),
        "text_stacked_marks": lambda: translate(
            "messages", "A letter here carries more than {maximum} accent marks stacked. Remove the extra marks."
        ),
        "import_formula_like": lambda: translate(
            "messages",
            "This value starts with = + - or @, so a spreadsheet would run it as a formula. Check it in the file, "
            "remove the leading sign and load the file again.",
        ),
        "import_number_lost_digits": lambda: translate(
            "messages",
            "Excel stored this number as a number and dropped its last digits. Format the column as "
            "text, type the number again, and reload the file.",
        ),
        "contact_required": lambda: translate("messages", "Add at least one guardian or contact person."),
        "legal_guardian_required": lambda: translate(
            "messages",
            "A minor, or a client without full legal capacity, needs a legal guardian: tick "
            "“legal guardian” for one of the contacts.",
        ),
        "onset_before_birth": lambda: translate("messages", "The onset date cannot be before the birth date."),
        "case_number_taken": lambda: translate("messages", "This case number is already used by another file."),
        "case_number_fixed": lambda: translate("messages", "A file's case number cannot be changed."),
        "import_duplicate_in_file": lambda: translate(
            "messages", "The same ID number appears earlier in this file (row {row})."
        ),
        "staff_number_invalid": lambda: translate("messages", "Use up to 20 letters, digits or dashes."),
        "staff_number_taken": lambda: translate("messages", "This staff number is already used."),
        "end_before_start": lambda: translate("messages", "The end date cannot be before the start date."),
        "id_characters": lambda: translate("messages", "An ID number has only digits, and an X as its last character."),
        "id_15_digits": lambda: translate(
            "messages", "This is an old 15-digit ID number. Enter the 18-digit number on the current card."
        ),
        "id_length": lambda: translate("messages", "An ID number has {expected} characters; this one has {length}."),
        "id_province": lambda: translate(
            "messages", "The first two digits are not a province code. Check the number against the card."
        ),
        "id_birth_date": lambda: translate(
            "messages", "The birth date inside this ID number (digits 7 to 14) is not a real date. Check the number."
        ),
        "id_birth_future": lambda: translate(
            "messages", "The birth date inside this ID number is in the future. Check the number."
        ),
        "id_birth_too_old": lambda: translate(
            "messages", "The birth date inside this ID number is before 1900. Check the number."
        ),
        "id_check_digit": lambda: translate(
            "messages",
            "The last character does not fit the rest of the number, so a digit was probably mistyped. "
            "Check the number against the card.",
        ),
        "id_birth_mismatch": lambda: translate("messages", "This differs from the birth date in the ID number."),
        "id_gender_mismatch": lambda: translate("messages", "This differs from the gender in the ID number."),
        "id_other_format": lambda: translate(
            "messages", "Enter 5 to 20 letters and digits, as printed on the document."
        ),
        "phone_invalid": lambda: translate(
            "messages", "Enter an 11-digit mobile number, or a landline with its area code such as 010-12345678."
        ),
        "date_invalid": lambda: translate("messages", "Enter a real date, for example 2024-03-05."),
        "date_in_future": lambda: translate("messages", "This date cannot be later than {latest}."),
        "date_too_early": lambda: translate("messages", "This date cannot be earlier than {earliest}."),
        "consent_service_required": lambda: translate(
            "messages", "A consent form always includes consent to services."
        ),
        "consent_kind_not_offered": lambda: translate("messages", "Tick only consents this form offered."),
        "signer_needs_legal_guardian": lambda: translate(
            "messages",
            "This client is a minor or lacks full legal capacity: the legal guardian must sign, alone or "
            "together with the client.",
        ),
        "signer_legal_guardian_missing": lambda: translate(
            "messages", "Choose the legal guardian: for this client, another contact cannot sign."
        ),
        "term_end_before_start": lambda: translate("messages", "The term cannot end before it starts."),
        "term_too_long": lambda: translate(
            "messages", "A term longer than three years is not accepted. Check the year."
        ),
        "quantity_invalid": lambda: translate("messages", "Enter a whole number from 1 to 10000."),
        "money_invalid": lambda: translate(
            "messages", "Enter an amount in yuan of zero or more, with at most two decimals, e.g. 12.50."
        ),
        "signed_after_term": lambda: translate("messages", "The agreement's term ended on {date}, before this date."),
        "terminated_after_term": lambda: translate(
            "messages", "The agreement ends on {date} anyway: terminate it on or before that day."
        ),
        "fee_item_retired": lambda: translate(
            "messages", "This fee item is no longer published. Remove it or choose a published one."
        ),
        "scan_type_unsupported": lambda: translate(
            "messages", "Attach a scan as a PDF, PNG or JPEG file. Other file types are not accepted."
        ),
        "scan_too_large": lambda: translate(
            "messages",
            "This file is {size_mb} MB; the limit is {limit_mb} MB. Scan at a lower resolution (200 dpi, "
            "black and white is enough) and attach it again.",
        ),
        "scan_empty": lambda: translate("messages", "This file is empty."),
        "scan_duplicate": lambda: translate("messages", "This very file is already attached."),
        "template_unchanged": lambda: translate("messages", "Nothing was changed, so no new version was saved."),
        "template_placeholder_unknown": lambda: translate(
            "messages", "{{{name}}} is not a placeholder this template knows. Check the spelling against the list."
        ),
        "template_block_unknown": lambda: translate(
            "messages", "[[{name}]] is not a block this template knows. Check the spelling against the list."
        ),
        "template_block_missing": lambda: translate(
            "messages", "The template must contain the block [[{name}]] on a line of its own."
        ),
        "template_empty": lambda: translate("messages", "The template is empty."),
        "hours_invalid": lambda: translate(
            "messages", "Enter the hours as a number greater than 0, e.g. 2 or 2.5 (whole minutes only)."
        ),
        "hours_exceed_days": lambda: translate(
            "messages", "A course of {days} day(s) can have at most {maximum} hours. Check the hours or the dates."
        ),
        "attendees_required": lambda: translate("messages", "Choose at least one person who took part."),
        "attendee_twice": lambda: translate("messages", "The same person is listed twice."),
        "staff_unknown": lambda: translate("messages", "This staff member is not in the staff register."),
        "training_outside_employment": lambda: translate(
            "messages", "{name} was not employed at the station on these dates. Check the dates or the person."
        ),
        "staff_number_unknown": lambda: translate("messages", "No staff member has this staff number."),
        "staff_name_mismatch": lambda: translate(
            "messages", "This staff number belongs to {name}. Check the number or the name."
        ),
        "staff_name_unknown": lambda: translate(
            "messages", "No staff member has this name. Add a staff number column, or register the person first."
        ),
        "staff_name_ambiguous": lambda: translate(
            "messages", "Several staff members have this name: give the staff number to say which one."
        ),
        "import_column_missing": lambda: translate(
            "messages", "The file has no such column. Add it to the header row (the first row) and load the file again."
        ),
        "own_training_only": lambda: translate("messages", "Record only your own training: choose yourself alone."),
        "plan_not_found": lambda: translate("messages", "This emergency plan no longer exists. Choose another."),
        "time_invalid": lambda: translate("messages", "Enter a time such as 9:30 or 14:05."),
        "service_end_not_after_start": lambda: translate("messages", "The end time must be later than the start time."),
        "service_too_long": lambda: translate(
            "messages", "A service lasts at most {hours} hours. Record a longer day as separate services."
        ),
        "group_needs_two": lambda: translate(
            "messages", "A group session needs at least two clients. For one client, record individual work."
        ),
        "individual_needs_one": lambda: translate(
            "messages", "Individual work is for exactly one client. For several, record a group session."
        ),
        "nobody_attended": lambda: translate("messages", "Tick at least one client who came."),
        "item_missing": lambda: translate("messages", "Answer this item."),
        "client_unknown": lambda: translate("messages", "This client is not in the station's files."),
        "goal_after_plan": lambda: translate(
            "messages", "The plan ends on {date}: set the goal's date on or before it."
        ),
        "plan_too_long": lambda: translate("messages", "A plan covers at most {months} months."),
        "item_value_invalid": lambda: translate("messages", "Choose one of the answers the scale offers."),
        "score_required": lambda: translate("messages", "Enter the overall score."),
        "score_out_of_range": lambda: translate("messages", "The score must be from {minimum} to {maximum}."),
        "psp_score_outside_band": lambda: translate(
            "messages",
            "With these domain ratings the overall score must be from {minimum} to {maximum}. Check the ratings "
            "or choose a score in that band.",
        ),
        "import_duplicate_row": lambda: translate(
            "messages", "The same person and course appear earlier in this file (row {row})."
        ),
    }


def field_label(field: str) -> str:
    translate = QCoreApplication.translate
    labels = {
        "station_name": lambda: translate("fields", "Station name"),
        "station_code": lambda: translate("fields", "Station code"),
        "county_code": lambda: translate("fields", "County division code"),
        "login": lambda: translate("fields", "Account name"),
        "display_name": lambda: translate("fields", "Full name"),
        "password": lambda: translate("fields", "Password"),
        "roles": lambda: translate("fields", "Roles"),
        "idle_lock_minutes": lambda: translate("fields", "Lock after idle minutes"),
        "push_interval_hours": lambda: translate("fields", "Send to the county server every (hours)"),
        "push_alert_hours": lambda: translate("fields", "Report a failed sending after (hours)"),
        "county_deadline_day": lambda: translate("fields", "County's deadline: day of the month after a quarter"),
        "period": lambda: translate("fields", "Period"),
        "path": lambda: translate("fields", "File"),
        "standard_targets": lambda: translate("fields", "Yearly targets"),
        "standard_services_per_month": lambda: translate("fields", "Services a month"),
        "backups_to_keep": lambda: translate("fields", "Backups to keep"),
        "backup_dir": lambda: translate("fields", "Backup folder"),
        "lockout_threshold": lambda: translate("fields", "Failed logins before lock-out"),
        "name": lambda: translate("fields", "Name"),
        "station_type": lambda: translate("fields", "Station type"),
        "operator_name": lambda: translate("fields", "Operator"),
        "purchased_service": lambda: translate("fields", "Government-purchased service"),
        "address": lambda: translate("fields", "Address"),
        "contact_phone": lambda: translate("fields", "Contact phone"),
        "head_name": lambda: translate("fields", "Head of station"),
        "id_number": lambda: translate("fields", "ID number"),
        "birth_date": lambda: translate("fields", "Birth date"),
        "gender": lambda: translate("fields", "Gender"),
        "phone": lambda: translate("fields", "Phone"),
        "low_income": lambda: translate("fields", "Low-income allowance"),
        "extreme_poverty": lambda: translate("fields", "Extreme poverty support"),
        "guardians": lambda: translate("fields", "Guardians and contacts"),
        "case_number": lambda: translate("fields", "Case number"),
        "onset_date": lambda: translate("fields", "Onset date"),
        "risk_level": lambda: translate("fields", "Risk level"),
        "disability_level": lambda: translate("fields", "Disability certificate level"),
        "diagnosis": lambda: translate("fields", "Diagnosis"),
        "responsible_worker_id": lambda: translate("fields", "Responsible worker"),
        "staff_number": lambda: translate("fields", "Staff number"),
        "relation": lambda: translate("fields", "Relation"),
        "id_type": lambda: translate("fields", "ID type"),
        "ethnicity": lambda: translate("fields", "Ethnicity"),
        "household_registration": lambda: translate("fields", "Household registration"),
        "current_address": lambda: translate("fields", "Current address"),
        "living_situation": lambda: translate("fields", "Living situation"),
        "diagnosing_hospital": lambda: translate("fields", "Diagnosing hospital"),
        "illness_status": lambda: translate("fields", "Illness status"),
        "medication_adherence": lambda: translate("fields", "Medication adherence"),
        "legal_capacity": lambda: translate("fields", "Legal capacity"),
        "channel": lambda: translate("fields", "Referral channel"),
        "is_legal_guardian": lambda: translate("fields", "Legal guardian"),
        "start_date": lambda: translate("fields", "Start date"),
        "end_date": lambda: translate("fields", "End date"),
        "kinds": lambda: translate("fields", "Consents offered"),
        "granted": lambda: translate("fields", "Consents ticked"),
        "signer": lambda: translate("fields", "Signed by"),
        "guardian": lambda: translate("fields", "Guardian who signed"),
        "witness": lambda: translate("fields", "Witnessing staff"),
        "signed_on": lambda: translate("fields", "Date signed"),
        "withdrawn_on": lambda: translate("fields", "Date withdrawn"),
        "terminated_on": lambda: translate("fields", "Date terminated"),
        "reason": lambda: translate("fields", "Reason"),
        "service_types": lambda: translate("fields", "Services"),
        "service_forms": lambda: translate("fields", "Forms of service"),
        "place": lambda: translate("fields", "Place"),
        "schedule": lambda: translate("fields", "Schedule"),
        "station_signatory": lambda: translate("fields", "Signed for the station by"),
        "unit": lambda: translate("fields", "Unit"),
        "price": lambda: translate("fields", "Price (yuan)"),
        "funding": lambda: translate("fields", "Funding"),
        "quantity": lambda: translate("fields", "Quantity"),
        "fee_item_id": lambda: translate("fields", "Fee item"),
        "scan": lambda: translate("fields", "Scan"),
        "body": lambda: translate("fields", "Template text"),
        "agreement_warning_days": lambda: translate("fields", "Warn about agreements ending within (days)"),
        "title": lambda: translate("fields", "Title"),
        "provider": lambda: translate("fields", "Provider"),
        "hours": lambda: translate("fields", "Hours"),
        "kind": lambda: translate("fields", "Type"),
        "attendees": lambda: translate("fields", "Who took part"),
        "counts": lambda: translate("fields", "Counts toward the yearly hours"),
        "certificate_number": lambda: translate("fields", "Certificate number"),
        "scenarios": lambda: translate("fields", "Scenarios covered"),
        "plan_version": lambda: translate("fields", "Plan version"),
        "effective_date": lambda: translate("fields", "Effective date"),
        "review_due": lambda: translate("fields", "Review due"),
        "reviewed_on": lambda: translate("fields", "Reviewed on"),
        "owner_staff_id": lambda: translate("fields", "Responsible person"),
        "contacts": lambda: translate("fields", "Emergency contacts"),
        "steps": lambda: translate("fields", "Steps"),
        "drill_date": lambda: translate("fields", "Drill date"),
        "scenario": lambda: translate("fields", "Scenario"),
        "plan_id": lambda: translate("fields", "Emergency plan"),
        "duration_minutes": lambda: translate("fields", "Duration (minutes)"),
        "staff_ids": lambda: translate("fields", "Staff present"),
        "clients_involved": lambda: translate("fields", "Clients involved"),
        "evaluation": lambda: translate("fields", "Evaluation"),
        "problems": lambda: translate("fields", "Problems found"),
        "description": lambda: translate("fields", "Corrective action"),
        "due_date": lambda: translate("fields", "Due date"),
        "closed_on": lambda: translate("fields", "Date done"),
        "closing_note": lambda: translate("fields", "What was done"),
        "training_annual_hours": lambda: translate("fields", "Training hours required per year"),
        "drill_scenarios": lambda: translate("fields", "Key drill scenarios"),
        "waitlist_reconfirm_days": lambda: translate("fields", "Ask waiting clients again after (days)"),
        "stage_review_months": lambda: translate("fields", "Stage review every (months)"),
        "follow_up_months": lambda: translate("fields", "Follow-ups after closing (months)"),
        "retention_years": lambda: translate("fields", "Keep ended case files for (years)"),
        "actions": lambda: translate("fields", "Corrective actions"),
        "service_date": lambda: translate("fields", "Date of service"),
        "start_time": lambda: translate("fields", "Start time"),
        "end_time": lambda: translate("fields", "End time"),
        "form": lambda: translate("fields", "Form of service"),
        "location": lambda: translate("fields", "Location"),
        "content": lambda: translate("fields", "Content"),
        "client_response": lambda: translate("fields", "Client's response"),
        "risks_seen": lambda: translate("fields", "Risks noticed"),
        "medication_check": lambda: translate("fields", "Medication check"),
        "next_step": lambda: translate("fields", "Next step"),
        "note": lambda: translate("fields", "Note"),
        "score": lambda: translate("fields", "Overall score"),
        "target": lambda: translate("fields", "New status"),
        "on": lambda: translate("fields", "Date"),
        "outcome": lambda: translate("fields", "Outcome"),
        "document": lambda: translate("fields", "Based on"),
        "application_date": lambda: translate("fields", "Date of application"),
        "recorded_on": lambda: translate("fields", "Date"),
        "source": lambda: translate("fields", "Source"),
        "assessed_on": lambda: translate("fields", "Date of assessment"),
        "assessor_staff_id": lambda: translate("fields", "Assessor"),
        "instrument": lambda: translate("fields", "Scale"),
        "informant": lambda: translate("fields", "Informant"),
        "needs": lambda: translate("fields", "Needs"),
        "period_start": lambda: translate("fields", "Plan starts"),
        "period_end": lambda: translate("fields", "Plan ends"),
        "goals": lambda: translate("fields", "Goals"),
        "goal": lambda: translate("fields", "Goal"),
        "term": lambda: translate("fields", "Long or short term"),
        "service_form": lambda: translate("fields", "Form of service"),
        "frequency": lambda: translate("fields", "Frequency"),
        "target_date": lambda: translate("fields", "Target date"),
        "responsible_staff_id": lambda: translate("fields", "Responsible worker"),
        "measure": lambda: translate("fields", "How it is measured"),
        "agreed_on": lambda: translate("fields", "Date agreed"),
        "direction": lambda: translate("fields", "In or out"),
        "organisation": lambda: translate("fields", "Organisation"),
        "referral_date": lambda: translate("fields", "Date of referral"),
        "condition_summary": lambda: translate("fields", "Condition summary"),
        "receipt_date": lambda: translate("fields", "Date received"),
        "feedback": lambda: translate("fields", "Feedback"),
        "done_on": lambda: translate("fields", "Date done"),
        "period_from": lambda: translate("fields", "Printed from"),
        "period_to": lambda: translate("fields", "Printed up to"),
        "copy": lambda: translate("fields", "Copy"),
    }
    if field.startswith("items."):
        return translate("fields", "Item {key}").format(key=field.removeprefix("items."))
    numbered = re.fullmatch(r"(attendees|actions|goals)\.(\d+)(?:\.(\w+))?", field)
    if numbered:
        whole, number, part = numbered.groups()
        label = translate("fields", "{list}, line {number}").format(list=field_label(whole), number=int(number) + 1)
        return translate("fields", "{line}, {field}").format(line=label, field=field_label(part)) if part else label
    fee = re.fullmatch(r"fees\.(\d+)\.(\w+)", field)
    if fee:
        return translate("fields", "Fee line {number}, {field}").format(
            number=int(fee.group(1)) + 1, field=field_label(fee.group(2))
        )
    guardian = re.fullmatch(r"guardians\.(\d+)\.(\w+)", field)
    if guardian:
        return translate("fields", "Contact {number}, {field}").format(
            number=int(guardian.group(1)) + 1, field=field_label(guardian.group(2))
        )
    label = labels.get(field)
    return label() if label else field


def _format(template: str, params: dict) -> str:
    try:
        return template.format(**params)
    except (KeyError, IndexError, ValueError):
        return template


def message_for(error: DomainError) -> str:
    """The text to show for ``error``; an unknown code still gives a readable sentence with the code."""
    if isinstance(error, ValidationError):
        text = _validation_messages().get(error.code)
        body = _format(text(), error.params) if text else error.code
        return labelled(field_label(error.field), body)
    text = _messages().get(error.code)
    if text is not None and error.code == "services_refused":
        lines = [refusal_line(refusal) for refusal in error.params["refused"]]
        return "\n".join([_format(text(), error.params), *lines])
    if text is not None and "reasons" in error.params:
        # The rule names every missing piece; each becomes a line of its own.
        lines = [reason_text(reason) for reason in error.params["reasons"]]
        return "\n".join([_format(text(), error.params), *lines])
    if text is None:
        return QCoreApplication.translate("messages", "Something could not be done (code: {code}).").format(
            code=error.code
        )
    return _format(text(), error.params)


def domain_codes() -> set[str]:
    return set(_messages())


def validation_codes() -> set[str]:
    return set(_validation_messages())


def check_fault_text(fault: str) -> str:
    """One line for a `check` fault such as "audit_gap:17"."""
    translate = QCoreApplication.translate
    kind, _, where = fault.partition(":")
    texts = {
        "cipher_integrity": lambda: translate("checks", "Encrypted page check failed: {where}"),
        "integrity": lambda: translate("checks", "Database integrity check failed: {where}"),
        "foreign_keys": lambda: translate("checks", "Broken links between records: {where}"),
        "schema_revision": lambda: translate("checks", "Database schema is not the current version: {where}"),
        "audit_gap": lambda: translate("checks", "Audit log: entry {where} is missing (deleted)"),
        "audit_link_broken": lambda: translate(
            "checks", "Audit log: chain broken at entry {where} (reordered or removed)"
        ),
        "audit_entry_altered": lambda: translate("checks", "Audit log: entry {where} was altered"),
        "audit_truncated": lambda: translate("checks", "Audit log: newest entries were cut off ({where})"),
        "audit_anchor_mismatch": lambda: translate("checks", "Audit log: entry {where} differs from the recorded head"),
        "audit_anchor_missing": lambda: translate(
            "checks", "Audit log: the recorded head (audit-head.json) is missing"
        ),
        "audit_anchor_tampered": lambda: translate("checks", "Audit log: the recorded head was altered"),
        "slot_file_stale": lambda: translate("checks", "Key file is older than the database"),
        "county_key_missing": lambda: translate("checks", "The county's key is missing: {where}"),
        "county_keys_unreadable": lambda: translate(
            "checks", "The county's sealed keys cannot be opened with this key file (altered or another county's)"
        ),
    }
    text = texts.get(kind)
    return text().format(where=where) if text else fault
