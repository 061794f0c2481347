"""Settings › Preferences: language (this computer) and the station's lock and backup settings (admins)."""

from __future__ import annotations

from dataclasses import replace
from pathlib import Path

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QSpinBox,
    QWidget,
)

from rehabdesk.domain.errors import DomainError
from rehabdesk.domain.roles import Permission
from rehabdesk.domain.safety import DrillScenario
from rehabdesk.services import settings
from rehabdesk.services.backups import on_same_disk
from rehabdesk.services.context import StationContext
from rehabdesk.ui import preferences
from rehabdesk.ui.kit.checklists import checkable_item, checked_values
from rehabdesk.ui.kit.colours import State, text_style
from rehabdesk.ui.kit.field_errors import FieldErrors
from rehabdesk.ui.operations import Operations
from rehabdesk.ui.preferences import Preferences
from rehabdesk.ui.text import labels


class PreferencesTab(QWidget):
    language_changed = Signal(str)
    settings_changed = Signal(object)

    def __init__(self, ctx: StationContext, ops: Operations, prefs: Preferences, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._ctx = ctx
        self._ops = ops
        self._prefs = prefs
        self.language_combo = QComboBox()
        self.language_combo.setObjectName("languageCombo")
        self.language_combo.addItem("中文（简体）", "zh_CN")
        self.language_combo.addItem("English", "en")
        self.language_combo.setCurrentIndex(max(0, self.language_combo.findData(prefs.get(preferences.LANGUAGE))))
        self.language_combo.currentIndexChanged.connect(self._language_picked)
        self.idle_spin = self._spin("idleMinutesSpin", "idle_lock_minutes")
        self.idle_spin.setSuffix(self.tr(" min"))
        self.backup_edit = QLineEdit()
        self.backup_edit.setObjectName("backupFolderEdit")
        self.backup_edit.setPlaceholderText(self.tr("the station folder's own backups folder"))
        browse = QPushButton(self.tr("Choose…"))
        browse.clicked.connect(self._browse)
        backup_row = QHBoxLayout()
        backup_row.addWidget(self.backup_edit)
        backup_row.addWidget(browse)
        self.keep_spin = self._spin("backupsToKeepSpin", "backups_to_keep")
        self.lockout_spin = self._spin("lockoutThresholdSpin", "lockout_threshold")
        self.agreement_days_spin = self._spin("agreementWarningDaysSpin", "agreement_warning_days")
        self.training_hours_spin = self._spin("trainingHoursSpin", "training_annual_hours")
        self.waitlist_days_spin = self._spin("waitlistDaysSpin", "waitlist_reconfirm_days")
        self.stage_review_spin = self._spin("stageReviewMonthsSpin", "stage_review_months")
        self.follow_up_edit = QLineEdit()
        self.follow_up_edit.setObjectName("followUpMonthsEdit")
        self.follow_up_edit.setToolTip(self.tr("Months after closing, separated by commas, e.g. 1, 3"))
        self.retention_spin = self._spin("retentionYearsSpin", "retention_years")
        self.scenario_list = QListWidget()
        self.scenario_list.setObjectName("drillScenarioList")
        for value, text in labels.choices(DrillScenario):
            item = QListWidgetItem(text, self.scenario_list)
            item.setData(Qt.ItemDataRole.UserRole, value)
            item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            item.setCheckState(Qt.CheckState.Unchecked)
        self.scenario_list.setMaximumHeight(130)
        # The 规范服务 rule's parts (domain.indicators), the services a month, the yearly targets, small counts.
        self.rule_list = QListWidget()
        self.rule_list.setObjectName("standardRuleList")
        for field_name, text in self._rule_parts():
            checkable_item(text, field_name, self.rule_list, True)
        self.rule_list.setMaximumHeight(110)
        self.services_spin = self._spin("standardServicesSpin", "standard_services_per_month")
        self.services_spin.setToolTip(self.tr("0 leaves the monthly services out of the rule"))
        self.targets_edit = QLineEdit()
        self.targets_edit.setObjectName("standardTargetsEdit")
        self.targets_edit.setToolTip(self.tr("Year=per cent, separated by commas, e.g. 2024=45, 2025=60"))
        self.suppress_check = QCheckBox(self.tr("Show counts below 5 as “<5” in exported lists"))
        self.suppress_check.setObjectName("suppressSmallCountsCheck")
        self.push_interval_spin = self._spin("pushIntervalSpin", "push_interval_hours")
        self.push_alert_spin = self._spin("pushAlertSpin", "push_alert_hours")
        self.deadline_day_spin = self._spin("countyDeadlineDaySpin", "county_deadline_day")
        self.deadline_day_spin.setToolTip(
            self.tr("Where bundles go on a USB stick, a reminder appears as this day approaches after each quarter")
        )
        self.warning = QLabel()
        self.warning.setWordWrap(True)
        self.warning.setStyleSheet(text_style(State.DUE))
        self.message = QLabel()
        self.status = QLabel()
        self.save_button = QPushButton(self.tr("Save"))
        self.save_button.setObjectName("saveSettingsButton")
        self.save_button.clicked.connect(self.save)
        form = QFormLayout(self)
        form.addRow(self.tr("Language on this computer"), self.language_combo)
        self._admin = ctx.actor.may(Permission.MANAGE_SETTINGS)
        if self._admin:
            form.addRow(self.tr("Lock after idle minutes"), self.idle_spin)
            form.addRow(self.tr("Backup folder"), backup_row)
            form.addRow("", self.warning)
            form.addRow(self.tr("Backups to keep"), self.keep_spin)
            form.addRow(self.tr("Failed logins before lock-out"), self.lockout_spin)
            form.addRow(self.tr("Warn about agreements ending within (days)"), self.agreement_days_spin)
            form.addRow(self.tr("Training hours required per year"), self.training_hours_spin)
            form.addRow(self.tr("Key drill scenarios"), self.scenario_list)
            form.addRow(self.tr("Ask waiting clients again after (days)"), self.waitlist_days_spin)
            form.addRow(self.tr("Stage review every (months)"), self.stage_review_spin)
            form.addRow(self.tr("Follow-ups after closing (months)"), self.follow_up_edit)
            form.addRow(self.tr("Keep ended case files for (years)"), self.retention_spin)
            form.addRow(self.tr("Standardised services need"), self.rule_list)
            form.addRow(self.tr("Services in each month (at least)"), self.services_spin)
            form.addRow(self.tr("Yearly targets (%)"), self.targets_edit)
            form.addRow("", self.suppress_check)
            form.addRow(self.tr("Send to the county server every (hours)"), self.push_interval_spin)
            form.addRow(self.tr("Report a failed sending after (hours)"), self.push_alert_spin)
            form.addRow(self.tr("County's deadline: day of the month after a quarter"), self.deadline_day_spin)
            form.addRow(self.message)
            form.addRow(self.status)
            form.addRow(self.save_button)
        self.errors = FieldErrors(
            self.message,
            {
                "idle_lock_minutes": self.idle_spin,
                "backup_dir": self.backup_edit,
                "backups_to_keep": self.keep_spin,
                "lockout_threshold": self.lockout_spin,
                "agreement_warning_days": self.agreement_days_spin,
                "training_annual_hours": self.training_hours_spin,
                "drill_scenarios": self.scenario_list,
                "waitlist_reconfirm_days": self.waitlist_days_spin,
                "stage_review_months": self.stage_review_spin,
                "follow_up_months": self.follow_up_edit,
                "retention_years": self.retention_spin,
                "standard_services_per_month": self.services_spin,
                "standard_targets": self.targets_edit,
                "push_interval_hours": self.push_interval_spin,
                "push_alert_hours": self.push_alert_spin,
                "county_deadline_day": self.deadline_day_spin,
            },
        )
        self.backup_edit.textChanged.connect(self._update_warning)
        ops.run(self, lambda: settings.read_settings(ctx), on_success=self._show)

    @staticmethod
    def _spin(name: str, setting: str) -> QSpinBox:
        spec = settings.SETTING_SPECS[setting]
        spin = QSpinBox()
        spin.setObjectName(name)
        spin.setRange(spec.minimum, spec.maximum)
        return spin

    def _show(self, values: settings.StationSettings) -> None:
        self._shown = values  # settings this page has no field for (the indicator rule) are kept as they were
        self.idle_spin.setValue(values.idle_lock_minutes)
        self.backup_edit.setText(values.backup_dir)
        self.keep_spin.setValue(values.backups_to_keep)
        self.lockout_spin.setValue(values.lockout_threshold)
        self.agreement_days_spin.setValue(values.agreement_warning_days)
        self.training_hours_spin.setValue(values.training_annual_hours)
        self.waitlist_days_spin.setValue(values.waitlist_reconfirm_days)
        self.stage_review_spin.setValue(values.stage_review_months)
        self.follow_up_edit.setText(", ".join(str(months) for months in values.follow_up_months))
        self.retention_spin.setValue(values.retention_years)
        for row in range(self.scenario_list.count()):
            item = self.scenario_list.item(row)
            chosen = item.data(Qt.ItemDataRole.UserRole) in values.drill_scenarios
            item.setCheckState(Qt.CheckState.Checked if chosen else Qt.CheckState.Unchecked)
        for row in range(self.rule_list.count()):
            item = self.rule_list.item(row)
            on = getattr(values, item.data(Qt.ItemDataRole.UserRole))
            item.setCheckState(Qt.CheckState.Checked if on else Qt.CheckState.Unchecked)
        self.services_spin.setValue(values.standard_services_per_month)
        self.targets_edit.setText(values.standard_targets)
        self.suppress_check.setChecked(values.suppress_small_counts)
        self.push_interval_spin.setValue(values.push_interval_hours)
        self.push_alert_spin.setValue(values.push_alert_hours)
        self.deadline_day_spin.setValue(values.county_deadline_day)
        self._update_warning()

    def _rule_parts(self) -> list[tuple[str, str]]:
        return [
            ("standard_consent", self.tr("Consent in force on every day")),
            ("standard_agreement", self.tr("Agreement in force on every day")),
            ("standard_baseline", self.tr("Baseline assessment")),
            ("standard_plan", self.tr("Approved plan in force")),
            ("standard_stage_review", self.tr("Stage review not overdue")),
        ]

    def _update_warning(self) -> None:
        folder = Path(self.backup_edit.text()) if self.backup_edit.text() else self._ctx.store.paths.default_backup_dir
        same = on_same_disk(folder, self._ctx.store.paths.root)
        self.warning.setText(
            self.tr(
                "This folder is on the same disk as the data: if the disk fails, the backups go with it. "
                "Choose a USB stick or another disk."
            )
            if same
            else ""
        )

    def _browse(self) -> None:
        folder = QFileDialog.getExistingDirectory(self, self.tr("Backup folder"), self.backup_edit.text())
        if folder:
            self.backup_edit.setText(folder)

    def _language_picked(self) -> None:
        language = self.language_combo.currentData()
        self._prefs.set(preferences.LANGUAGE, language)
        self.language_changed.emit(language)

    def values(self) -> settings.StationSettings:
        return replace(
            getattr(self, "_shown", settings.StationSettings()),
            idle_lock_minutes=self.idle_spin.value(),
            backup_dir=self.backup_edit.text().strip(),
            backups_to_keep=self.keep_spin.value(),
            lockout_threshold=self.lockout_spin.value(),
            agreement_warning_days=self.agreement_days_spin.value(),
            training_annual_hours=self.training_hours_spin.value(),
            drill_scenarios=tuple(
                item.data(Qt.ItemDataRole.UserRole)
                for item in (self.scenario_list.item(row) for row in range(self.scenario_list.count()))
                if item.checkState() == Qt.CheckState.Checked
            ),
            waitlist_reconfirm_days=self.waitlist_days_spin.value(),
            stage_review_months=self.stage_review_spin.value(),
            follow_up_months=self._follow_up_months(),
            retention_years=self.retention_spin.value(),
            standard_services_per_month=self.services_spin.value(),
            standard_targets=self.targets_edit.text().strip(),
            suppress_small_counts=self.suppress_check.isChecked(),
            push_interval_hours=self.push_interval_spin.value(),
            push_alert_hours=self.push_alert_spin.value(),
            county_deadline_day=self.deadline_day_spin.value(),
            **{name: name in checked_values(self.rule_list) for name, _ in self._rule_parts()},
        )

    def _follow_up_months(self) -> tuple[int, ...]:
        """ "1, 3" or "1，3": what is not a whole number becomes 0, which the settings check refuses by name."""
        parts = self.follow_up_edit.text().replace("，", ",").replace("、", ",").split(",")
        return tuple(int(part) if part.strip().isdigit() else 0 for part in parts if part.strip())

    def save(self) -> None:
        new = self.values()
        self.status.clear()
        self._ops.run(
            self,
            lambda: settings.update_settings(self._ctx, new),
            on_success=lambda _: self._saved(new),
            on_failure=self._failed,
        )

    def _saved(self, new: settings.StationSettings) -> None:
        self.errors.clear()
        self.status.setText(self.tr("Saved."))
        self.settings_changed.emit(new)

    def _failed(self, error: DomainError) -> None:
        self.errors.show(error)
