"""One client's consent forms and agreements: status, whether the client may be served, and every action on
them. The Paperwork page shows it for the client found; the case file's documents tab reuses it."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtWidgets import (
    QDialog,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from rehabdesk.domain.agreements import AgreementStatus
from rehabdesk.domain.consent import ConsentFormStatus, ConsentKind, ConsentStatus
from rehabdesk.domain.money import format_yuan
from rehabdesk.domain.roles import Permission
from rehabdesk.services import agreements, client_paperwork, committed, consents, fee_schedule, printing, scans, staff
from rehabdesk.services.client_paperwork import AgreementInfo, ClientPaperwork, ConsentFormInfo
from rehabdesk.services.context import StationContext
from rehabdesk.services.printing import PrintedDocument
from rehabdesk.ui.change_follower import follow_changes
from rehabdesk.ui.dialogs.agreement_dialogs import AgreementDialog, RecordAgreementSignedDialog
from rehabdesk.ui.dialogs.consent_dialogs import (
    NewConsentFormDialog,
    RecordConsentSignedDialog,
    WithdrawConsentDialog,
)
from rehabdesk.ui.dialogs.opening import open_dialog
from rehabdesk.ui.dialogs.pdf_preview import show_printed
from rehabdesk.ui.dialogs.reason_dialog import ReasonDialog
from rehabdesk.ui.kit.colours import State, box_style
from rehabdesk.ui.kit.fields import button
from rehabdesk.ui.kit.greyed import allow, why_not
from rehabdesk.ui.kit.tables import list_table
from rehabdesk.ui.operations import Operations
from rehabdesk.ui.text import labels, paperwork_text
from rehabdesk.ui.text import why_not as why_not_text
from rehabdesk.ui.widgets.attached_files import attach, choose_file, show_file

_ALLOWED_STYLE = box_style(State.DONE)
_REFUSED_STYLE = box_style(State.OVERDUE)


class ClientPaperworkPanel(QWidget):
    def __init__(self, ctx: StationContext, ops: Operations, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._ctx = ctx
        self._ops = ops
        self._client_id: str | None = None
        self.documents: ClientPaperwork | None = None
        self.dialog: QDialog | None = None  # the last dialog opened, for tests to fill in
        self.header = QLabel()
        self.header.setObjectName("documentsHeader")
        self.header.setStyleSheet("font-size: 15px; font-weight: bold;")
        self.eligibility = QLabel()
        self.eligibility.setObjectName("eligibilityLabel")
        self.eligibility.setWordWrap(True)
        self.forms_table = list_table(
            "consentFormsTable",
            [self.tr("Number"), self.tr("State"), self.tr("Signed on"), self.tr("Scans"), self.tr("Consents")],
        )
        self.agreements_table = list_table(
            "agreementsTable",
            [
                self.tr("Number"),
                self.tr("State"),
                self.tr("Term"),
                self.tr("Fees (yuan)"),
                self.tr("Scans"),
                self.tr("Renews"),
            ],
        )
        self.new_consent = button(self.tr("New consent form…"), "newConsentButton")
        self.print_consent = button(self.tr("Preview / print…"), "printConsentButton")
        self.sign_consent = button(self.tr("Record signed…"), "signConsentButton")
        self.withdraw_consent = button(self.tr("Withdraw a consent…"), "withdrawConsentButton")
        self.void_consent = button(self.tr("Void…"), "voidConsentButton")
        self.attach_consent_scan = button(self.tr("Attach scan…"), "attachConsentScanButton")
        self.view_consent_scan = button(self.tr("View scan"), "viewConsentScanButton")
        self.new_agreement = button(self.tr("New agreement…"), "newAgreementButton")
        self.edit_agreement = button(self.tr("Edit draft…"), "editAgreementButton")
        self.print_agreement = button(self.tr("Preview / print…"), "printAgreementButton")
        self.sign_agreement = button(self.tr("Record signed…"), "signAgreementButton")
        self.terminate_agreement = button(self.tr("Terminate…"), "terminateAgreementButton")
        self.renew_agreement = button(self.tr("Renew…"), "renewAgreementButton")
        self.attach_agreement_scan = button(self.tr("Attach scan…"), "attachAgreementScanButton")
        self.view_agreement_scan = button(self.tr("View scan"), "viewAgreementScanButton")

        layout = QVBoxLayout(self)
        layout.addWidget(self.header)
        layout.addWidget(self.eligibility)
        layout.addWidget(
            self._group(
                self.tr("Informed consent (知情同意书)"),
                self.forms_table,
                [
                    self.new_consent,
                    self.print_consent,
                    self.sign_consent,
                    self.withdraw_consent,
                    self.void_consent,
                    self.attach_consent_scan,
                    self.view_consent_scan,
                ],
            )
        )
        layout.addWidget(
            self._group(
                self.tr("Service agreements (服务协议)"),
                self.agreements_table,
                [
                    self.new_agreement,
                    self.edit_agreement,
                    self.print_agreement,
                    self.sign_agreement,
                    self.terminate_agreement,
                    self.renew_agreement,
                    self.attach_agreement_scan,
                    self.view_agreement_scan,
                ],
            )
        )
        self._connect()
        self._update_buttons()

    def _group(self, title: str, table: QTableWidget, buttons: list[QPushButton]) -> QGroupBox:
        group = QGroupBox(title)
        row = QHBoxLayout()
        for widget in buttons:
            row.addWidget(widget)
        row.addStretch(1)
        layout = QVBoxLayout(group)
        layout.addLayout(row)
        layout.addWidget(table)
        return group

    def _connect(self) -> None:
        # The current row, not only the selection: tabbing into a table makes a row current without selecting it.
        for table in (self.forms_table, self.agreements_table):
            table.itemSelectionChanged.connect(self._update_buttons)
            table.currentCellChanged.connect(self._update_buttons)
        self.new_consent.clicked.connect(self._new_consent)
        self.print_consent.clicked.connect(self._print_consent)
        self.sign_consent.clicked.connect(self._sign_consent)
        self.withdraw_consent.clicked.connect(self._withdraw_consent)
        self.void_consent.clicked.connect(self._void_consent)
        self.attach_consent_scan.clicked.connect(lambda: self._pick_scan("consent_form"))
        self.view_consent_scan.clicked.connect(lambda: self._view_scan(self.selected_form()))
        self.new_agreement.clicked.connect(lambda: self._edit_agreement(None))
        self.edit_agreement.clicked.connect(lambda: self._edit_agreement(self.selected_agreement()))
        self.print_agreement.clicked.connect(self._print_agreement)
        self.sign_agreement.clicked.connect(self._sign_agreement)
        self.terminate_agreement.clicked.connect(self._terminate_agreement)
        self.renew_agreement.clicked.connect(self._renew_agreement)
        self.attach_agreement_scan.clicked.connect(lambda: self._pick_scan("agreement"))
        self.view_agreement_scan.clicked.connect(lambda: self._view_scan(self.selected_agreement()))
        self.forms_table.doubleClicked.connect(lambda _: self._print_consent())
        self.agreements_table.doubleClicked.connect(lambda _: self._print_agreement())
        follow_changes(
            self,
            self._ops,
            committed.PAPERWORK | committed.SCANS | committed.CLIENTS | committed.CASE_FILES,
            self.refresh,
        )

    # --- loading -------------------------------------------------------------------------------------------------

    def set_client(self, client_id: str | None) -> None:
        self._client_id = client_id
        self.refresh()

    def refresh(self) -> None:
        if self._client_id is None:
            self._show(None)
            return
        client_id = self._client_id
        self._ops.run(self, lambda: client_paperwork.client_paperwork(self._ctx, client_id), on_success=self._show)

    def _show(self, documents: ClientPaperwork | None) -> None:
        self.documents = documents
        self.forms_table.setRowCount(0)
        self.agreements_table.setRowCount(0)
        if documents is None:
            self.header.setText(self.tr("Find a client to see their consent forms and agreements."))
            self.eligibility.clear()
            self.eligibility.setStyleSheet("")
            self._update_buttons()
            return
        self.header.setText(f"{documents.name}　{documents.case_number}")
        if documents.eligibility.allowed:
            self.eligibility.setText(self.tr("Consent and agreement are in order: services may be recorded."))
            self.eligibility.setStyleSheet(_ALLOWED_STYLE)
        else:
            reasons = "\n".join(paperwork_text.reason_text(r) for r in documents.eligibility.reasons)
            self.eligibility.setText(self.tr("No services may be recorded yet:") + "\n" + reasons)
            self.eligibility.setStyleSheet(_REFUSED_STYLE)
        self._fill_forms(documents.forms)
        self._fill_agreements(documents.agreements)
        self._update_buttons()

    def _fill_forms(self, forms: tuple[ConsentFormInfo, ...]) -> None:
        self.forms_table.setRowCount(len(forms))
        for row, form in enumerate(forms):
            values = [
                form.number,
                labels.label_of(ConsentFormStatus, form.status),
                form.signed_on.isoformat() if form.signed_on else "—",
                str(len(form.scans)) if form.scans else self.tr("none"),
                self._consents_summary(form),
            ]
            for column, value in enumerate(values):
                item = QTableWidgetItem(value)
                item.setToolTip(value)  # the consents column is often wider than the window
                self.forms_table.setItem(row, column, item)

    def _consents_summary(self, form: ConsentFormInfo) -> str:
        if form.status != ConsentFormStatus.SIGNED:
            return self.tr("Offers: {kinds}").format(
                kinds="、".join(labels.label_of(ConsentKind, kind) for kind in form.kinds)
            )
        given = {consent.kind: consent for consent in form.consents}
        parts = []
        for kind in form.kinds:
            label = labels.label_of(ConsentKind, kind)
            consent = given.get(kind)
            if consent is None:
                parts.append(self.tr("{kind}: not given").format(kind=label))
            elif consent.status == ConsentStatus.WITHDRAWN:
                parts.append(self.tr("{kind}: withdrawn {date}").format(kind=label, date=consent.withdrawn_on))
            else:
                parts.append(self.tr("{kind}: given").format(kind=label))
        return "；".join(parts)

    def _fill_agreements(self, agreements_list: tuple[AgreementInfo, ...]) -> None:
        self.agreements_table.setRowCount(len(agreements_list))
        for row, agreement in enumerate(agreements_list):
            state = labels.label_of(AgreementStatus, agreement.status)
            if agreement.terminated_on:
                state = self.tr("{state} on {date}").format(state=state, date=agreement.terminated_on)
            values = [
                agreement.number,
                state,
                f"{agreement.start_date} – {agreement.end_date}",
                format_yuan(agreement.total_fen),
                str(len(agreement.scans)) if agreement.scans else self.tr("none"),
                agreement.renews_number or "—",
            ]
            for column, value in enumerate(values):
                self.agreements_table.setItem(row, column, QTableWidgetItem(value))

    # --- selection and permissions -------------------------------------------------------------------------------

    def selected_form(self) -> ConsentFormInfo | None:
        row = self.forms_table.currentRow()
        if self.documents is None or not 0 <= row < len(self.documents.forms):
            return None
        return self.documents.forms[row]

    def selected_agreement(self) -> AgreementInfo | None:
        row = self.agreements_table.currentRow()
        if self.documents is None or not 0 <= row < len(self.documents.agreements):
            return None
        return self.documents.agreements[row]

    def _update_buttons(self) -> None:
        may_print = self._ctx.actor.may(Permission.PRINT_DOCUMENTS)
        may_record = self._ctx.actor.may(Permission.RECORD_SERVICES)
        may_close = self._ctx.actor.may(Permission.CLOSE_CASES)
        loaded = self.documents is not None
        form = self.selected_form()
        pending = form is not None and form.status in (ConsentFormStatus.DRAFT, ConsentFormStatus.AWAITING_SIGNATURE)
        signed = form is not None and form.status == ConsentFormStatus.SIGNED
        withdrawable = signed and any(c.status == ConsentStatus.SIGNED for c in form.consents)
        printing = (may_print, why_not_text.no_permission())
        loading = (loaded, why_not_text.still_loading())
        form_chosen = (form is not None, self.tr("Select a consent form in the list first."))
        not_signed = self.tr("Only a form not yet signed (nor voided) can be recorded as signed or voided.")
        allow(self.new_consent, why_not(loading, printing))
        allow(
            self.print_consent,
            why_not(
                printing,
                form_chosen,
                (form is None or form.status != ConsentFormStatus.VOIDED, self.tr("A voided form is not printed.")),
            ),
        )
        allow(self.sign_consent, why_not(printing, form_chosen, (pending, not_signed)))
        allow(self.void_consent, why_not(printing, form_chosen, (pending, not_signed)))
        allow(
            self.withdraw_consent,
            why_not(
                (may_record, why_not_text.no_permission()),
                form_chosen,
                (withdrawable, self.tr("Only consent given on a signed form can be withdrawn.")),
            ),
        )
        allow(
            self.attach_consent_scan,
            why_not(printing, form_chosen, (signed, self.tr("Record the form as signed first, then attach its scan."))),
        )
        allow(
            self.view_consent_scan,
            why_not(form_chosen, (form is not None and bool(form.scans), why_not_text.no_file_attached())),
        )
        agreement = self.selected_agreement()
        status = agreement.status if agreement else None
        agreement_chosen = (agreement is not None, self.tr("Select an agreement in the list first."))
        draft = (
            status == AgreementStatus.DRAFT,
            self.tr("Only a draft agreement (not yet signed) can be changed or signed."),
        )
        allow(self.new_agreement, why_not(loading, printing))
        allow(self.edit_agreement, why_not(printing, agreement_chosen, draft))
        allow(self.print_agreement, why_not(printing, agreement_chosen))
        allow(self.sign_agreement, why_not(printing, agreement_chosen, draft))
        allow(
            self.terminate_agreement,
            why_not(
                (may_close, why_not_text.no_permission()),
                agreement_chosen,
                (status == AgreementStatus.ACTIVE, self.tr("Only an agreement in force can be terminated.")),
            ),
        )
        allow(
            self.renew_agreement,
            why_not(
                printing,
                agreement_chosen,
                (
                    status in (AgreementStatus.ACTIVE, AgreementStatus.EXPIRED),
                    self.tr("Only an agreement in force or expired can be renewed."),
                ),
            ),
        )
        allow(
            self.attach_agreement_scan,
            why_not(
                printing,
                agreement_chosen,
                (
                    status != AgreementStatus.DRAFT,
                    self.tr("Record the agreement as signed first, then attach its scan."),
                ),
            ),
        )
        allow(
            self.view_agreement_scan,
            why_not(
                agreement_chosen, (agreement is not None and bool(agreement.scans), why_not_text.no_file_attached())
            ),
        )

    def _set_dialog(self, dialog: QDialog) -> None:
        self.dialog = dialog

    # --- actions -------------------------------------------------------------------------------------------------

    def _new_consent(self) -> None:
        if self._client_id:
            self.dialog = open_dialog(NewConsentFormDialog(self._ctx, self._ops, self._client_id, self))

    def _print_consent(self) -> None:
        form = self.selected_form()
        if form is None or not self.print_consent.isEnabled():
            return
        title = self.tr("Consent form {number}").format(number=form.number)
        self._ops.run(
            self,
            lambda: printing.print_consent_form(self._ctx, form.id),
            on_success=lambda printed: self._printed(printed, title),
        )

    def _printed(self, printed: PrintedDocument, title: str) -> None:
        self.dialog = show_printed(self, printed, title)

    def _with_staff(self, show) -> None:
        self._ops.run(self, lambda: staff.list_staff(self._ctx), on_success=show)

    def _sign_consent(self) -> None:
        form, documents = self.selected_form(), self.documents
        if form is None or documents is None:
            return

        def show(members) -> None:
            self.dialog = open_dialog(RecordConsentSignedDialog(self._ctx, self._ops, documents, form, members, self))

        self._with_staff(show)

    def _withdraw_consent(self) -> None:
        form = self.selected_form()
        if form is not None:
            self.dialog = open_dialog(WithdrawConsentDialog(self._ctx, self._ops, form, self))

    def _void_consent(self) -> None:
        form = self.selected_form()
        if form is None:
            return
        dialog = ReasonDialog(
            self._ops,
            self.tr("Void consent form {number}").format(number=form.number),
            lambda _day, reason: consents.void_consent_form(self._ctx, form.id, reason),
            date_field=None,
            parent=self,
        )
        self.dialog = open_dialog(dialog)

    def _edit_agreement(self, current: AgreementInfo | None) -> None:
        client_id = self._client_id
        if client_id is None:
            return

        def show(items) -> None:
            self.dialog = open_dialog(
                AgreementDialog(self._ctx, self._ops, client_id, items, current=current, parent=self)
            )

        self._ops.run(self, lambda: fee_schedule.list_fee_items(self._ctx), on_success=show)

    def _print_agreement(self) -> None:
        agreement = self.selected_agreement()
        if agreement is None or not self.print_agreement.isEnabled():
            return
        title = self.tr("Service agreement {number}").format(number=agreement.number)
        self._ops.run(
            self,
            lambda: printing.print_agreement(self._ctx, agreement.id),
            on_success=lambda printed: self._printed(printed, title),
        )

    def _sign_agreement(self) -> None:
        agreement, documents = self.selected_agreement(), self.documents
        if agreement is None or documents is None:
            return

        def show(members) -> None:
            self.dialog = open_dialog(
                RecordAgreementSignedDialog(self._ctx, self._ops, documents, agreement, members, self)
            )

        self._with_staff(show)

    def _terminate_agreement(self) -> None:
        agreement = self.selected_agreement()
        if agreement is None:
            return
        dialog = ReasonDialog(
            self._ops,
            self.tr("Terminate agreement {number}").format(number=agreement.number),
            lambda day, reason: agreements.terminate_agreement(self._ctx, agreement.id, day, reason),
            date_field="terminated_on",
            date_label=self.tr("Terminated on"),
            parent=self,
        )
        self.dialog = open_dialog(dialog)

    def _renew_agreement(self) -> None:
        agreement = self.selected_agreement()
        if agreement is None:
            return
        self._ops.run(self, lambda: agreements.renew_agreement(self._ctx, agreement.id))

    def _pick_scan(self, owner_type: str) -> None:
        path = choose_file(self)
        if path is not None:
            self.attach_scan_file(owner_type, path)

    def attach_scan_file(self, owner_type: str, path: Path) -> None:
        owner = self.selected_form() if owner_type == "consent_form" else self.selected_agreement()
        if owner is not None:
            attach(
                self,
                self._ops,
                path,
                lambda content: scans.attach_scan(self._ctx, owner_type, owner.id, content),
            )

    def _view_scan(self, owner: ConsentFormInfo | AgreementInfo | None) -> None:
        if owner is not None and owner.scans:
            scan_id = owner.scans[-1].id
            show_file(self, self._ops, lambda: scans.view_scan(self._ctx, scan_id), self._set_dialog)
