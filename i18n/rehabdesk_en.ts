<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_US">
<context>
    <name>AboutPage</name>
    <message>
        <source>&lt;h2&gt;RehabDesk · Community Rehabilitation Workbench&lt;/h2&gt;&lt;p&gt;Version {version}&lt;/p&gt;&lt;p&gt;Case files, services, consent and agreements for community mental-health rehabilitation stations. All records are encrypted on this computer; every view and change is recorded in the audit log.&lt;/p&gt;&lt;p&gt;Station folder: {folder}&lt;/p&gt;&lt;p&gt;Fonts: Droid Sans Fallback (Apache License 2.0), DejaVu (free licence).&lt;/p&gt;</source>
        <translation>&lt;h2&gt;RehabDesk · Community Rehabilitation Workbench&lt;/h2&gt;&lt;p&gt;Version {version}&lt;/p&gt;&lt;p&gt;Case files, services, consent and agreements for community mental-health rehabilitation stations. All records are encrypted on this computer; every view and change is recorded in the audit log.&lt;/p&gt;&lt;p&gt;Station folder: {folder}&lt;/p&gt;&lt;p&gt;Fonts: Droid Sans Fallback (Apache License 2.0), DejaVu (free licence).&lt;/p&gt;</translation>
    </message>
</context>
<context>
    <name>AccountDialog</name>
    <message>
        <source>New account</source>
        <translation>New account</translation>
    </message>
    <message>
        <source>Roles</source>
        <translation>Roles</translation>
    </message>
    <message>
        <source>(not linked to a staff member)</source>
        <translation>(not linked to a staff member)</translation>
    </message>
    <message>
        <source>Account name</source>
        <translation>Account name</translation>
    </message>
    <message>
        <source>Full name</source>
        <translation>Full name</translation>
    </message>
    <message>
        <source>New staff member…</source>
        <translation>New staff member…</translation>
    </message>
    <message>
        <source>Staff member</source>
        <translation>Staff member</translation>
    </message>
    <message>
        <source>First password</source>
        <translation>First password</translation>
    </message>
    <message>
        <source>Tell the person this password in private; they must change it at first sign-in.</source>
        <translation>Tell the person this password in private; they must change it at first sign-in.</translation>
    </message>
</context>
<context>
    <name>AccountStaffDialog</name>
    <message>
        <source>Staff member of an account</source>
        <translation>Staff member of an account</translation>
    </message>
    <message>
        <source>(no staff member)</source>
        <translation>(no staff member)</translation>
    </message>
    <message>
        <source>Services this account records are given by this staff member, and Today shows their clients.</source>
        <translation>Services this account records are given by this staff member, and Today shows their clients.</translation>
    </message>
    <message>
        <source>Account</source>
        <translation>Account</translation>
    </message>
    <message>
        <source>Staff member</source>
        <translation>Staff member</translation>
    </message>
</context>
<context>
    <name>AccountsTab</name>
    <message>
        <source>Account</source>
        <translation>Account</translation>
    </message>
    <message>
        <source>Full name</source>
        <translation>Full name</translation>
    </message>
    <message>
        <source>Staff member</source>
        <translation>Staff member</translation>
    </message>
    <message>
        <source>Roles</source>
        <translation>Roles</translation>
    </message>
    <message>
        <source>State</source>
        <translation>State</translation>
    </message>
    <message>
        <source>Last sign-in</source>
        <translation>Last sign-in</translation>
    </message>
    <message>
        <source>New account…</source>
        <translation>New account…</translation>
    </message>
    <message>
        <source>Roles…</source>
        <translation>Roles…</translation>
    </message>
    <message>
        <source>Staff member…</source>
        <translation>Staff member…</translation>
    </message>
    <message>
        <source>Reset password…</source>
        <translation>Reset password…</translation>
    </message>
    <message>
        <source>Unlock</source>
        <translation>Unlock</translation>
    </message>
    <message>
        <source>Disable</source>
        <translation>Disable</translation>
    </message>
    <message>
        <source>Disabled</source>
        <translation>Disabled</translation>
    </message>
    <message>
        <source>Locked after failed sign-ins</source>
        <translation>Locked after failed sign-ins</translation>
    </message>
    <message>
        <source>Must change password</source>
        <translation>Must change password</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>Active</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(none)</translation>
    </message>
    <message>
        <source>Reset password</source>
        <translation>Reset password</translation>
    </message>
    <message>
        <source>Temporary password for {login} (they must change it at next sign-in):</source>
        <translation>Temporary password for {login} (they must change it at next sign-in):</translation>
    </message>
    <message>
        <source>Disable account</source>
        <translation>Disable account</translation>
    </message>
    <message>
        <source>Disable {login}? Their key is removed at once; they can no longer sign in.</source>
        <translation>Disable {login}? Their key is removed at once; they can no longer sign in.</translation>
    </message>
</context>
<context>
    <name>ActionDialog</name>
    <message>
        <source>New corrective action</source>
        <translation>New corrective action</translation>
    </message>
    <message>
        <source>Drill</source>
        <translation>Drill</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Action</translation>
    </message>
    <message>
        <source>Responsible</source>
        <translation>Responsible</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>Due</translation>
    </message>
</context>
<context>
    <name>AdminPage</name>
    <message>
        <source>First admin account</source>
        <translation>First admin account</translation>
    </message>
    <message>
        <source>This account manages accounts, settings and backups. Everyone else gets an account of their own.</source>
        <translation>This account manages accounts, settings and backups. Everyone else gets an account of their own.</translation>
    </message>
    <message>
        <source>Create station</source>
        <translation>Create station</translation>
    </message>
    <message>
        <source>e.g. liuxia</source>
        <translation>e.g. liuxia</translation>
    </message>
    <message>
        <source>I also serve clients: register me as a staff member</source>
        <translation>I also serve clients: register me as a staff member</translation>
    </message>
    <message>
        <source>Without a staff record no service can be recorded as given by this account. An admin can link it to a staff member later in Settings › Accounts.</source>
        <translation>Without a staff record no service can be recorded as given by this account. An admin can link it to a staff member later in Settings › Accounts.</translation>
    </message>
    <message>
        <source>Account name</source>
        <translation>Account name</translation>
    </message>
    <message>
        <source>Full name</source>
        <translation>Full name</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>Password</translation>
    </message>
    <message>
        <source>Repeat password</source>
        <translation>Repeat password</translation>
    </message>
    <message>
        <source>At least 8 characters, not the account name, not a common password.</source>
        <translation>At least 8 characters, not the account name, not a common password.</translation>
    </message>
    <message>
        <source>Staff number</source>
        <translation>Staff number</translation>
    </message>
    <message>
        <source>Gender</source>
        <translation>Gender</translation>
    </message>
    <message>
        <source>Profession</source>
        <translation>Profession</translation>
    </message>
    <message>
        <source>Employment</source>
        <translation>Employment</translation>
    </message>
</context>
<context>
    <name>AgreementDialog</name>
    <message>
        <source>New service agreement</source>
        <translation>New service agreement</translation>
    </message>
    <message>
        <source>Agreement {number}</source>
        <translation>Agreement {number}</translation>
    </message>
    <message>
        <source>e.g. Monday to Friday 9:00–16:00</source>
        <translation>e.g. Monday to Friday 9:00–16:00</translation>
    </message>
    <message>
        <source>Services</source>
        <translation>Services</translation>
    </message>
    <message>
        <source>Forms of service</source>
        <translation>Forms of service</translation>
    </message>
    <message>
        <source>Place</source>
        <translation>Place</translation>
    </message>
    <message>
        <source>Schedule</source>
        <translation>Schedule</translation>
    </message>
    <message>
        <source>Term starts</source>
        <translation>Term starts</translation>
    </message>
    <message>
        <source>Term ends</source>
        <translation>Term ends</translation>
    </message>
    <message>
        <source>Fees (quantity 0 = not charged)</source>
        <translation>Fees (quantity 0 = not charged)</translation>
    </message>
    <message>
        <source>Item</source>
        <translation>Item</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>Unit</translation>
    </message>
    <message>
        <source>Price (yuan)</source>
        <translation>Price (yuan)</translation>
    </message>
    <message>
        <source>Funding</source>
        <translation>Funding</translation>
    </message>
    <message>
        <source>Quantity</source>
        <translation>Quantity</translation>
    </message>
    <message>
        <source>Total at today&apos;s prices: {amount} yuan</source>
        <translation>Total at today&apos;s prices: {amount} yuan</translation>
    </message>
</context>
<context>
    <name>ApproveDialog</name>
    <message>
        <source>Approve a station computer</source>
        <translation>Approve a station computer</translation>
    </message>
    <message>
        <source>Station: {name} ({code}), division {division}
Computer: {device}</source>
        <translation>Station: {name} ({code}), division {division}
Computer: {device}</translation>
    </message>
    <message>
        <source>Fingerprint of this request (the station reads its own out by phone):</source>
        <translation>Fingerprint of this request (the station reads its own out by phone):</translation>
    </message>
    <message>
        <source>the digits as the station reads them out</source>
        <translation>the digits as the station reads them out</translation>
    </message>
    <message>
        <source>Digits read out</source>
        <translation>Digits read out</translation>
    </message>
    <message>
        <source>Approve</source>
        <translation>Approve</translation>
    </message>
    <message>
        <source>Keep pending</source>
        <translation>Keep pending</translation>
    </message>
</context>
<context>
    <name>ApprovePlanDialog</name>
    <message>
        <source>Approve plan</source>
        <translation>Approve plan</translation>
    </message>
    <message>
        <source>Agreed by the client on</source>
        <translation>Agreed by the client on</translation>
    </message>
</context>
<context>
    <name>AssessmentDialog</name>
    <message>
        <source>New assessment</source>
        <translation>New assessment</translation>
    </message>
    <message>
        <source>e.g. the client and their mother</source>
        <translation>e.g. the client and their mother</translation>
    </message>
    <message>
        <source>Overall score</source>
        <translation>Overall score</translation>
    </message>
    <message>
        <source>Not rated</source>
        <translation>Not rated</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Kind</translation>
    </message>
    <message>
        <source>Assessed on</source>
        <translation>Assessed on</translation>
    </message>
    <message>
        <source>Assessor</source>
        <translation>Assessor</translation>
    </message>
    <message>
        <source>Informant</source>
        <translation>Informant</translation>
    </message>
    <message>
        <source>Instrument</source>
        <translation>Instrument</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>Result</translation>
    </message>
    <message>
        <source>Risk level</source>
        <translation>Risk level</translation>
    </message>
    <message>
        <source>Needs (service types)</source>
        <translation>Needs (service types)</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notes</translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation>Choose…</translation>
    </message>
    <message>
        <source>Total {total} ({answered} of {count} items answered)</source>
        <translation>Total {total} ({answered} of {count} items answered)</translation>
    </message>
    <message>
        <source>Allowed score {low}–{high}: {text}</source>
        <translation>Allowed score {low}–{high}: {text}</translation>
    </message>
    <message>
        <source>Rate every domain to see the score band it allows.</source>
        <translation>Rate every domain to see the score band it allows.</translation>
    </message>
    <message>
        <source>Band: {band}</source>
        <translation>Band: {band}</translation>
    </message>
    <message>
        <source>Saved. The assessor has no needs-assessment training on record.</source>
        <translation>Saved. The assessor has no needs-assessment training on record.</translation>
    </message>
</context>
<context>
    <name>AuditPage</name>
    <message>
        <source>Show</source>
        <translation>Show</translation>
    </message>
    <message>
        <source>Export CSV…</source>
        <translation>Export CSV…</translation>
    </message>
    <message>
        <source>Account</source>
        <translation>Account</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Action</translation>
    </message>
    <message>
        <source>Record</source>
        <translation>Record</translation>
    </message>
    <message>
        <source>From</source>
        <translation>From</translation>
    </message>
    <message>
        <source>To</source>
        <translation>To</translation>
    </message>
    <message>
        <source>All</source>
        <translation>All</translation>
    </message>
    <message>
        <source>{count} entries</source>
        <translation>{count} entries</translation>
    </message>
    <message>
        <source>Export audit log</source>
        <translation>Export audit log</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>CSV files (*.csv)</translation>
    </message>
    <message>
        <source>{count} entries exported to {path}</source>
        <translation>{count} entries exported to {path}</translation>
    </message>
</context>
<context>
    <name>AuditTableModel</name>
    <message>
        <source>Time</source>
        <translation>Time</translation>
    </message>
    <message>
        <source>Account</source>
        <translation>Account</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Action</translation>
    </message>
    <message>
        <source>Record</source>
        <translation>Record</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>Result</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>Details</translation>
    </message>
</context>
<context>
    <name>BackupDrillDialog</name>
    <message>
        <source>Check a backup (restore drill)</source>
        <translation>Check a backup (restore drill)</translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation>Choose…</translation>
    </message>
    <message>
        <source>My password at the time of the backup</source>
        <translation>My password at the time of the backup</translation>
    </message>
    <message>
        <source>The recovery code</source>
        <translation>The recovery code</translation>
    </message>
    <message>
        <source>The backup is opened as a restore would open it and checked completely on a copy. Nothing is replaced; the station goes on as it is.</source>
        <translation>The backup is opened as a restore would open it and checked completely on a copy. Nothing is replaced; the station goes on as it is.</translation>
    </message>
    <message>
        <source>Check this backup</source>
        <translation>Check this backup</translation>
    </message>
    <message>
        <source>Backup file</source>
        <translation>Backup file</translation>
    </message>
    <message>
        <source>Password or code</source>
        <translation>Password or code</translation>
    </message>
    <message>
        <source>RehabDesk backups (*.rdbackup)</source>
        <translation>RehabDesk backups (*.rdbackup)</translation>
    </message>
    <message>
        <source>Checking the backup…</source>
        <translation>Checking the backup…</translation>
    </message>
    <message>
        <source>This backup can be restored: it opens and passes every check. Made {created}; it holds {clients} clients, {services} service records and {entries} audit log entries. Nothing was replaced.</source>
        <translation>This backup can be restored: it opens and passes every check. Made {created}; it holds {clients} clients, {services} service records and {entries} audit log entries. Nothing was replaced.</translation>
    </message>
    <message>
        <source>It is a backup of another station ({code}), not of this one.</source>
        <translation>It is a backup of another station ({code}), not of this one.</translation>
    </message>
</context>
<context>
    <name>BackupKeysTab</name>
    <message>
        <source>Backup</source>
        <translation>Backup</translation>
    </message>
    <message>
        <source>A backup holds the whole encrypted database and can be restored with a password of the time or the recovery code.</source>
        <translation>A backup holds the whole encrypted database and can be restored with a password of the time or the recovery code.</translation>
    </message>
    <message>
        <source>Back up now</source>
        <translation>Back up now</translation>
    </message>
    <message>
        <source>Back up to a USB stick or folder…</source>
        <translation>Back up to a USB stick or folder…</translation>
    </message>
    <message>
        <source>Check a backup (restore drill)…</source>
        <translation>Check a backup (restore drill)…</translation>
    </message>
    <message>
        <source>Opens a backup with your password of its time and checks it; nothing is replaced</source>
        <translation>Opens a backup with your password of its time and checks it; nothing is replaced</translation>
    </message>
    <message>
        <source>To restore a backup, sign out and choose “Restore from backup…” on the sign-in screen.</source>
        <translation>To restore a backup, sign out and choose “Restore from backup…” on the sign-in screen.</translation>
    </message>
    <message>
        <source>Keys and recovery</source>
        <translation>Keys and recovery</translation>
    </message>
    <message>
        <source>Re-encrypt with a new master key…</source>
        <translation>Re-encrypt with a new master key…</translation>
    </message>
    <message>
        <source>Replace the recovery code…</source>
        <translation>Replace the recovery code…</translation>
    </message>
    <message>
        <source>Replace the recovery code at once if the printed sheet may have been seen or lost.</source>
        <translation>Replace the recovery code at once if the printed sheet may have been seen or lost.</translation>
    </message>
    <message>
        <source>Backup written and verified: {path}</source>
        <translation>Backup written and verified: {path}</translation>
    </message>
    <message>
        <source>It is on the same disk as the data: also choose “Back up to a USB stick or folder…”.</source>
        <translation>It is on the same disk as the data: also choose “Back up to a USB stick or folder…”.</translation>
    </message>
    <message>
        <source>The old code no longer works. The new code, shown only now:
{code}</source>
        <translation>The old code no longer works. The new code, shown only now:
{code}</translation>
    </message>
    <message>
        <source>Enter your password again to confirm:</source>
        <translation>Enter your password again to confirm:</translation>
    </message>
    <message>
        <source>New master key</source>
        <translation>New master key</translation>
    </message>
    <message>
        <source>The database is now encrypted with a new master key. Everyone keeps their password.</source>
        <translation>The database is now encrypted with a new master key. Everyone keeps their password.</translation>
    </message>
    <message>
        <source>New recovery code</source>
        <translation>New recovery code</translation>
    </message>
</context>
<context>
    <name>BackupToDriveDialog</name>
    <message>
        <source>Back up to a USB stick or folder</source>
        <translation>Back up to a USB stick or folder</translation>
    </message>
    <message>
        <source>Look for drives again</source>
        <translation>Look for drives again</translation>
    </message>
    <message>
        <source>After plugging in a USB stick</source>
        <translation>After plugging in a USB stick</translation>
    </message>
    <message>
        <source>Another folder…</source>
        <translation>Another folder…</translation>
    </message>
    <message>
        <source>Back up here</source>
        <translation>Back up here</translation>
    </message>
    <message>
        <source>Keep one backup away from this computer: a USB stick kept locked away survives a broken or stolen computer. The backup is encrypted and checked by reopening it.</source>
        <translation>Keep one backup away from this computer: a USB stick kept locked away survives a broken or stolen computer. The backup is encrypted and checked by reopening it.</translation>
    </message>
    <message>
        <source>No USB stick found. Plug one in and choose “Look for drives again”.</source>
        <translation>No USB stick found. Plug one in and choose “Look for drives again”.</translation>
    </message>
    <message>
        <source>Folder for the backup</source>
        <translation>Folder for the backup</translation>
    </message>
    <message>
        <source>Writing and checking the backup…</source>
        <translation>Writing and checking the backup…</translation>
    </message>
    <message>
        <source>Backup written and verified by reopening it: {path} ({size}).</source>
        <translation>Backup written and verified by reopening it: {path} ({size}).</translation>
    </message>
    <message>
        <source>This folder is on the same disk as the data: also back up to a USB stick.</source>
        <translation>This folder is on the same disk as the data: also back up to a USB stick.</translation>
    </message>
</context>
<context>
    <name>CaseDetailView</name>
    <message>
        <source>Change status…</source>
        <translation>Change status…</translation>
    </message>
    <message>
        <source>Record risk…</source>
        <translation>Record risk…</translation>
    </message>
    <message>
        <source>New assessment…</source>
        <translation>New assessment…</translation>
    </message>
    <message>
        <source>New plan…</source>
        <translation>New plan…</translation>
    </message>
    <message>
        <source>Approve plan…</source>
        <translation>Approve plan…</translation>
    </message>
    <message>
        <source>Print case file…</source>
        <translation>Print case file…</translation>
    </message>
    <message>
        <source>Still waiting…</source>
        <translation>Still waiting…</translation>
    </message>
    <message>
        <source>The client still wants a place: record the confirmation</source>
        <translation>The client still wants a place: record the confirmation</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <source>What happened</source>
        <translation>What happened</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>Details</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Kind</translation>
    </message>
    <message>
        <source>Scale</source>
        <translation>Scale</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>Result</translation>
    </message>
    <message>
        <source>Assessor</source>
        <translation>Assessor</translation>
    </message>
    <message>
        <source>Version</source>
        <translation>Version</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Period</source>
        <translation>Period</translation>
    </message>
    <message>
        <source>Review due</source>
        <translation>Review due</translation>
    </message>
    <message>
        <source>Goals</source>
        <translation>Goals</translation>
    </message>
    <message>
        <source>Timeline</source>
        <translation>Timeline</translation>
    </message>
    <message>
        <source>Assessments</source>
        <translation>Assessments</translation>
    </message>
    <message>
        <source>Plans</source>
        <translation>Plans</translation>
    </message>
    <message>
        <source>Services</source>
        <translation>Services</translation>
    </message>
    <message>
        <source>Referrals and follow-ups</source>
        <translation>Referrals and follow-ups</translation>
    </message>
    <message>
        <source>Consent and agreements</source>
        <translation>Consent and agreements</translation>
    </message>
    <message>
        <source>ID number</source>
        <translation>ID number</translation>
    </message>
    <message>
        <source>Age</source>
        <translation>Age</translation>
    </message>
    <message>
        <source>Risk level</source>
        <translation>Risk level</translation>
    </message>
    <message>
        <source>Responsible worker</source>
        <translation>Responsible worker</translation>
    </message>
    <message>
        <source>Current episode</source>
        <translation>Current episode</translation>
    </message>
    <message>
        <source>{age} years</source>
        <translation>{age} years</translation>
    </message>
    <message>
        <source>not assigned</source>
        <translation>not assigned</translation>
    </message>
    <message>
        <source>no. {number}, applied {date} ({days} days ago)</source>
        <translation>no. {number}, applied {date} ({days} days ago)</translation>
    </message>
    <message>
        <source>Applied (episode {number})</source>
        <translation>Applied (episode {number})</translation>
    </message>
    <message>
        <source>Based on: {document}</source>
        <translation>Based on: {document}</translation>
    </message>
    <message>
        <source>Risk recorded: {level}; {status}</source>
        <translation>Risk recorded: {level}; {status}</translation>
    </message>
    <message>
        <source>Source: {source}</source>
        <translation>Source: {source}</translation>
    </message>
    <message>
        <source>Assessment: {kind}</source>
        <translation>Assessment: {kind}</translation>
    </message>
    <message>
        <source>Plan version {version} approved</source>
        <translation>Plan version {version} approved</translation>
    </message>
    <message>
        <source>Service: {form}</source>
        <translation>Service: {form}</translation>
    </message>
    <message>
        <source>Follow-up</source>
        <translation>Follow-up</translation>
    </message>
    <message>
        <source>Only a coordinator approves plans.</source>
        <translation>Only a coordinator approves plans.</translation>
    </message>
    <message>
        <source>There is no plan waiting for approval.</source>
        <translation>There is no plan waiting for approval.</translation>
    </message>
    <message>
        <source>The draft rehabilitation plan becomes the active plan; an enrolled client becomes active.</source>
        <translation>The draft rehabilitation plan becomes the active plan; an enrolled client becomes active.</translation>
    </message>
    <message>
        <source>Case file</source>
        <translation>Case file</translation>
    </message>
</context>
<context>
    <name>CasePrintDialog</name>
    <message>
        <source>Print the case file</source>
        <translation>Print the case file</translation>
    </message>
    <message>
        <source>Station&apos;s copy, for the file</source>
        <translation>Station&apos;s copy, for the file</translation>
    </message>
    <message>
        <source>Client&apos;s own copy (right of access), ID numbers masked</source>
        <translation>Client&apos;s own copy (right of access), ID numbers masked</translation>
    </message>
    <message>
        <source>From</source>
        <translation>From</translation>
    </message>
    <message>
        <source>To</source>
        <translation>To</translation>
    </message>
    <message>
        <source>Copy</source>
        <translation>Copy</translation>
    </message>
    <message>
        <source>Print…</source>
        <translation>Print…</translation>
    </message>
</context>
<context>
    <name>CaseReferrals</name>
    <message>
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <source>Direction</source>
        <translation>Direction</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Kind</translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation>Organisation</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Reason</translation>
    </message>
    <message>
        <source>Received</source>
        <translation>Received</translation>
    </message>
    <message>
        <source>Feedback</source>
        <translation>Feedback</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>Due</translation>
    </message>
    <message>
        <source>Done on</source>
        <translation>Done on</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Note</translation>
    </message>
    <message>
        <source>Record a referral…</source>
        <translation>Record a referral…</translation>
    </message>
    <message>
        <source>Feedback…</source>
        <translation>Feedback…</translation>
    </message>
    <message>
        <source>Record follow-up…</source>
        <translation>Record follow-up…</translation>
    </message>
    <message>
        <source>Follow-ups after closing</source>
        <translation>Follow-ups after closing</translation>
    </message>
    <message>
        <source>Feedback is recorded on a referral: there is none yet.</source>
        <translation>Feedback is recorded on a referral: there is none yet.</translation>
    </message>
    <message>
        <source>No follow-up is due: follow-ups are planned when a case is closed.</source>
        <translation>No follow-up is due: follow-ups are planned when a case is closed.</translation>
    </message>
</context>
<context>
    <name>CaseServices</name>
    <message>
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Time</translation>
    </message>
    <message>
        <source>Form</source>
        <translation>Form</translation>
    </message>
    <message>
        <source>Service types</source>
        <translation>Service types</translation>
    </message>
    <message>
        <source>Given by</source>
        <translation>Given by</translation>
    </message>
    <message>
        <source>Came</source>
        <translation>Came</translation>
    </message>
    <message>
        <source>What was done</source>
        <translation>What was done</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>yes</translation>
    </message>
    <message>
        <source>absent</source>
        <translation>absent</translation>
    </message>
    <message>
        <source>The newest {shown} are shown; print the case file for a period to see them all.</source>
        <translation>The newest {shown} are shown; print the case file for a period to see them all.</translation>
    </message>
</context>
<context>
    <name>ChangePasswordDialog</name>
    <message>
        <source>Change password</source>
        <translation>Change password</translation>
    </message>
    <message>
        <source>The password an admin chose must be replaced before you go on.</source>
        <translation>The password an admin chose must be replaced before you go on.</translation>
    </message>
    <message>
        <source>Your password was set by an admin. Choose your own before you continue.</source>
        <translation>Your password was set by an admin. Choose your own before you continue.</translation>
    </message>
    <message>
        <source>Current password</source>
        <translation>Current password</translation>
    </message>
    <message>
        <source>New password</source>
        <translation>New password</translation>
    </message>
    <message>
        <source>Repeat new password</source>
        <translation>Repeat new password</translation>
    </message>
</context>
<context>
    <name>ClientForm</name>
    <message>
        <source>Choose…</source>
        <translation>Choose…</translation>
    </message>
    <message>
        <source>Choose a category or type the relation (father, daughter …)</source>
        <translation>Choose a category or type the relation (father, daughter …)</translation>
    </message>
    <message>
        <source>Legal guardian</source>
        <translation>Legal guardian</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Remove</translation>
    </message>
    <message>
        <source>Register a client</source>
        <translation>Register a client</translation>
    </message>
    <message>
        <source>Edit client file</source>
        <translation>Edit client file</translation>
    </message>
    <message>
        <source>18 characters, as on the card</source>
        <translation>18 characters, as on the card</translation>
    </message>
    <message>
        <source>for example 1980-05-06</source>
        <translation>for example 1980-05-06</translation>
    </message>
    <message>
        <source>assigned when saved</source>
        <translation>assigned when saved</translation>
    </message>
    <message>
        <source>mobile, or landline with area code</source>
        <translation>mobile, or landline with area code</translation>
    </message>
    <message>
        <source>Birth date</source>
        <translation>Birth date</translation>
    </message>
    <message>
        <source>Identity</source>
        <translation>Identity</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>ID type</source>
        <translation>ID type</translation>
    </message>
    <message>
        <source>ID number</source>
        <translation>ID number</translation>
    </message>
    <message>
        <source>Gender</source>
        <translation>Gender</translation>
    </message>
    <message>
        <source>Ethnicity</source>
        <translation>Ethnicity</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Phone</translation>
    </message>
    <message>
        <source>Case number</source>
        <translation>Case number</translation>
    </message>
    <message>
        <source>as in the household register</source>
        <translation>as in the household register</translation>
    </message>
    <message>
        <source>6 digits</source>
        <translation>6 digits</translation>
    </message>
    <message>
        <source>street or village, building, room</source>
        <translation>street or village, building, room</translation>
    </message>
    <message>
        <source>for example, lives with parents</source>
        <translation>for example, lives with parents</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Address</translation>
    </message>
    <message>
        <source>Household registration</source>
        <translation>Household registration</translation>
    </message>
    <message>
        <source>County division code</source>
        <translation>County division code</translation>
    </message>
    <message>
        <source>Current address</source>
        <translation>Current address</translation>
    </message>
    <message>
        <source>Living situation</source>
        <translation>Living situation</translation>
    </message>
    <message>
        <source>for example 2015-06-01</source>
        <translation>for example 2015-06-01</translation>
    </message>
    <message>
        <source>In the health system&apos;s severe mental disorder management</source>
        <translation>In the health system&apos;s severe mental disorder management</translation>
    </message>
    <message>
        <source>Health</source>
        <translation>Health</translation>
    </message>
    <message>
        <source>Diagnosis</source>
        <translation>Diagnosis</translation>
    </message>
    <message>
        <source>Diagnosing hospital</source>
        <translation>Diagnosing hospital</translation>
    </message>
    <message>
        <source>Onset date</source>
        <translation>Onset date</translation>
    </message>
    <message>
        <source>Illness status</source>
        <translation>Illness status</translation>
    </message>
    <message>
        <source>Risk level</source>
        <translation>Risk level</translation>
    </message>
    <message>
        <source>Medication</source>
        <translation>Medication</translation>
    </message>
    <message>
        <source>Disability certificate</source>
        <translation>Disability certificate</translation>
    </message>
    <message>
        <source>Low-income allowance</source>
        <translation>Low-income allowance</translation>
    </message>
    <message>
        <source>Extreme poverty support</source>
        <translation>Extreme poverty support</translation>
    </message>
    <message>
        <source>Not assigned</source>
        <translation>Not assigned</translation>
    </message>
    <message>
        <source>Support</source>
        <translation>Support</translation>
    </message>
    <message>
        <source>Assistance</source>
        <translation>Assistance</translation>
    </message>
    <message>
        <source>Legal capacity</source>
        <translation>Legal capacity</translation>
    </message>
    <message>
        <source>Responsible worker</source>
        <translation>Responsible worker</translation>
    </message>
    <message>
        <source>Referral channel</source>
        <translation>Referral channel</translation>
    </message>
    <message>
        <source>Guardians and contacts</source>
        <translation>Guardians and contacts</translation>
    </message>
    <message>
        <source>At least one contact. A minor, or a client without full legal capacity, needs a legal guardian.</source>
        <translation>At least one contact. A minor, or a client without full legal capacity, needs a legal guardian.</translation>
    </message>
    <message>
        <source>Relation</source>
        <translation>Relation</translation>
    </message>
    <message>
        <source>&amp;Add a contact</source>
        <translation>&amp;Add a contact</translation>
    </message>
    <message>
        <source>&amp;Open the existing file</source>
        <translation>&amp;Open the existing file</translation>
    </message>
    <message>
        <source>Save &amp;anyway</source>
        <translation>Save &amp;anyway</translation>
    </message>
    <message>
        <source>&amp;Discard changes</source>
        <translation>&amp;Discard changes</translation>
    </message>
    <message>
        <source>&amp;Keep editing</source>
        <translation>&amp;Keep editing</translation>
    </message>
    <message>
        <source>Enter: next field · Ctrl+S: save · Esc: cancel</source>
        <translation>Enter: next field · Ctrl+S: save · Esc: cancel</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Save</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <source>{name} ({number})</source>
        <translation>{name} ({number})</translation>
    </message>
    <message>
        <source>{worker} (left)</source>
        <translation>{worker} (left)</translation>
    </message>
    <message>
        <source>Taken from the ID number</source>
        <translation>Taken from the ID number</translation>
    </message>
    <message>
        <source>as printed on the document</source>
        <translation>as printed on the document</translation>
    </message>
    <message>
        <source>The first six digits are not a county in the division code list (it may have been abolished). Check the number against the card; you can still save.</source>
        <translation>The first six digits are not a county in the division code list (it may have been abolished). Check the number against the card; you can still save.</translation>
    </message>
    <message>
        <source>ID area: {place}</source>
        <translation>ID area: {place}</translation>
    </message>
    <message>
        <source>not a known county code</source>
        <translation>not a known county code</translation>
    </message>
    <message>
        <source>Close without saving? What you typed in this form will be lost.</source>
        <translation>Close without saving? What you typed in this form will be lost.</translation>
    </message>
</context>
<context>
    <name>ClientListDialog</name>
    <message>
        <source>{count} clients</source>
        <translation>{count} clients</translation>
    </message>
</context>
<context>
    <name>ClientPaperworkPanel</name>
    <message>
        <source>Number</source>
        <translation>Number</translation>
    </message>
    <message>
        <source>State</source>
        <translation>State</translation>
    </message>
    <message>
        <source>Signed on</source>
        <translation>Signed on</translation>
    </message>
    <message>
        <source>Scans</source>
        <translation>Scans</translation>
    </message>
    <message>
        <source>Consents</source>
        <translation>Consents</translation>
    </message>
    <message>
        <source>Term</source>
        <translation>Term</translation>
    </message>
    <message>
        <source>Fees (yuan)</source>
        <translation>Fees (yuan)</translation>
    </message>
    <message>
        <source>Renews</source>
        <translation>Renews</translation>
    </message>
    <message>
        <source>New consent form…</source>
        <translation>New consent form…</translation>
    </message>
    <message>
        <source>Preview / print…</source>
        <translation>Preview / print…</translation>
    </message>
    <message>
        <source>Record signed…</source>
        <translation>Record signed…</translation>
    </message>
    <message>
        <source>Withdraw a consent…</source>
        <translation>Withdraw a consent…</translation>
    </message>
    <message>
        <source>Void…</source>
        <translation>Void…</translation>
    </message>
    <message>
        <source>Attach scan…</source>
        <translation>Attach scan…</translation>
    </message>
    <message>
        <source>View scan</source>
        <translation>View scan</translation>
    </message>
    <message>
        <source>New agreement…</source>
        <translation>New agreement…</translation>
    </message>
    <message>
        <source>Edit draft…</source>
        <translation>Edit draft…</translation>
    </message>
    <message>
        <source>Terminate…</source>
        <translation>Terminate…</translation>
    </message>
    <message>
        <source>Renew…</source>
        <translation>Renew…</translation>
    </message>
    <message>
        <source>Informed consent (知情同意书)</source>
        <translation>Informed consent (知情同意书)</translation>
    </message>
    <message>
        <source>Service agreements (服务协议)</source>
        <translation>Service agreements (服务协议)</translation>
    </message>
    <message>
        <source>Find a client to see their consent forms and agreements.</source>
        <translation>Find a client to see their consent forms and agreements.</translation>
    </message>
    <message>
        <source>Consent and agreement are in order: services may be recorded.</source>
        <translation>Consent and agreement are in order: services may be recorded.</translation>
    </message>
    <message>
        <source>No services may be recorded yet:</source>
        <translation>No services may be recorded yet:</translation>
    </message>
    <message>
        <source>none</source>
        <translation>none</translation>
    </message>
    <message>
        <source>Offers: {kinds}</source>
        <translation>Offers: {kinds}</translation>
    </message>
    <message>
        <source>{kind}: not given</source>
        <translation>{kind}: not given</translation>
    </message>
    <message>
        <source>{kind}: withdrawn {date}</source>
        <translation>{kind}: withdrawn {date}</translation>
    </message>
    <message>
        <source>{kind}: given</source>
        <translation>{kind}: given</translation>
    </message>
    <message>
        <source>{state} on {date}</source>
        <translation>{state} on {date}</translation>
    </message>
    <message>
        <source>Select a consent form in the list first.</source>
        <translation>Select a consent form in the list first.</translation>
    </message>
    <message>
        <source>Only a form not yet signed (nor voided) can be recorded as signed or voided.</source>
        <translation>Only a form not yet signed (nor voided) can be recorded as signed or voided.</translation>
    </message>
    <message>
        <source>A voided form is not printed.</source>
        <translation>A voided form is not printed.</translation>
    </message>
    <message>
        <source>Only consent given on a signed form can be withdrawn.</source>
        <translation>Only consent given on a signed form can be withdrawn.</translation>
    </message>
    <message>
        <source>Record the form as signed first, then attach its scan.</source>
        <translation>Record the form as signed first, then attach its scan.</translation>
    </message>
    <message>
        <source>Select an agreement in the list first.</source>
        <translation>Select an agreement in the list first.</translation>
    </message>
    <message>
        <source>Only a draft agreement (not yet signed) can be changed or signed.</source>
        <translation>Only a draft agreement (not yet signed) can be changed or signed.</translation>
    </message>
    <message>
        <source>Only an agreement in force can be terminated.</source>
        <translation>Only an agreement in force can be terminated.</translation>
    </message>
    <message>
        <source>Only an agreement in force or expired can be renewed.</source>
        <translation>Only an agreement in force or expired can be renewed.</translation>
    </message>
    <message>
        <source>Record the agreement as signed first, then attach its scan.</source>
        <translation>Record the agreement as signed first, then attach its scan.</translation>
    </message>
    <message>
        <source>Consent form {number}</source>
        <translation>Consent form {number}</translation>
    </message>
    <message>
        <source>Void consent form {number}</source>
        <translation>Void consent form {number}</translation>
    </message>
    <message>
        <source>Service agreement {number}</source>
        <translation>Service agreement {number}</translation>
    </message>
    <message>
        <source>Terminate agreement {number}</source>
        <translation>Terminate agreement {number}</translation>
    </message>
    <message>
        <source>Terminated on</source>
        <translation>Terminated on</translation>
    </message>
</context>
<context>
    <name>ClientTableModel</name>
    <message>
        <source>Case number</source>
        <translation>Case number</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Gender</source>
        <translation>Gender</translation>
    </message>
    <message>
        <source>Age</source>
        <translation>Age</translation>
    </message>
    <message>
        <source>ID number</source>
        <translation>ID number</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Responsible worker</source>
        <translation>Responsible worker</translation>
    </message>
</context>
<context>
    <name>ClientsPage</name>
    <message>
        <source>Search: name, pinyin initials, last 4 digits of ID number or phone, case number</source>
        <translation>Search: name, pinyin initials, last 4 digits of ID number or phone, case number</translation>
    </message>
    <message>
        <source>Register a client… (Ctrl+N)</source>
        <translation>Register a client… (Ctrl+N)</translation>
    </message>
    <message>
        <source>Import…</source>
        <translation>Import…</translation>
    </message>
    <message>
        <source>Import clients and their first guardian from an Excel or CSV file</source>
        <translation>Import clients and their first guardian from an Excel or CSV file</translation>
    </message>
    <message>
        <source>Export to Excel…</source>
        <translation>Export to Excel…</translation>
    </message>
    <message>
        <source>The list as shown: this search or these filters, ID numbers masked</source>
        <translation>The list as shown: this search or these filters, ID numbers masked</translation>
    </message>
    <message>
        <source>As shown (ID numbers masked)…</source>
        <translation>As shown (ID numbers masked)…</translation>
    </message>
    <message>
        <source>With full ID numbers (recorded in the audit log)…</source>
        <translation>With full ID numbers (recorded in the audit log)…</translation>
    </message>
    <message>
        <source>Show ID number, diagnosis and risk</source>
        <translation>Show ID number, diagnosis and risk</translation>
    </message>
    <message>
        <source>Shown for the selected client only; each showing is recorded.</source>
        <translation>Shown for the selected client only; each showing is recorded.</translation>
    </message>
    <message>
        <source>Case file…</source>
        <translation>Case file…</translation>
    </message>
    <message>
        <source>Status, assessments, plan, risk and documents of the selected client</source>
        <translation>Status, assessments, plan, risk and documents of the selected client</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Diagnosis</source>
        <translation>Diagnosis</translation>
    </message>
    <message>
        <source>Risk</source>
        <translation>Risk</translation>
    </message>
    <message>
        <source>Worker</source>
        <translation>Worker</translation>
    </message>
    <message>
        <source>All</source>
        <translation>All</translation>
    </message>
    <message>
        <source>{age} years</source>
        <translation>{age} years</translation>
    </message>
    <message>
        <source>{count} found</source>
        <translation>{count} found</translation>
    </message>
    <message>
        <source>{count} clients</source>
        <translation>{count} clients</translation>
    </message>
    <message>
        <source>ID number {id_number} · {diagnosis} · {risk}</source>
        <translation>ID number {id_number} · {diagnosis} · {risk}</translation>
    </message>
    <message>
        <source>search “{query}”</source>
        <translation>search “{query}”</translation>
    </message>
    <message>
        <source>all clients</source>
        <translation>all clients</translation>
    </message>
    <message>
        <source>clients-{day}.xlsx</source>
        <translation>clients-{day}.xlsx</translation>
    </message>
    <message>
        <source>Export the client list</source>
        <translation>Export the client list</translation>
    </message>
    <message>
        <source>Excel workbooks (*.xlsx)</source>
        <translation>Excel workbooks (*.xlsx)</translation>
    </message>
    <message>
        <source>{count} clients exported to {path}</source>
        <translation>{count} clients exported to {path}</translation>
    </message>
    <message>
        <source>Case file</source>
        <translation>Case file</translation>
    </message>
</context>
<context>
    <name>CloseActionDialog</name>
    <message>
        <source>Close corrective action</source>
        <translation>Close corrective action</translation>
    </message>
    <message>
        <source>e.g. two emergency lights replaced on floor 2</source>
        <translation>e.g. two emergency lights replaced on floor 2</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Action</translation>
    </message>
    <message>
        <source>Done on</source>
        <translation>Done on</translation>
    </message>
    <message>
        <source>What was done</source>
        <translation>What was done</translation>
    </message>
</context>
<context>
    <name>ConfirmWaitingDialog</name>
    <message>
        <source>Still waiting for a place</source>
        <translation>Still waiting for a place</translation>
    </message>
    <message>
        <source>Confirmed on</source>
        <translation>Confirmed on</translation>
    </message>
</context>
<context>
    <name>CountyShell</name>
    <message>
        <source>Creating the demo county…</source>
        <translation>Creating the demo county…</translation>
    </message>
    <message>
        <source>RehabDesk County</source>
        <translation>RehabDesk County</translation>
    </message>
    <message>
        <source>Creating the demo county: station {done} of {total}</source>
        <translation>Creating the demo county: station {done} of {total}</translation>
    </message>
</context>
<context>
    <name>CountyWindow</name>
    <message>
        <source>{county} · RehabDesk County</source>
        <translation>{county} · RehabDesk County</translation>
    </message>
    <message>
        <source>Stations</source>
        <translation>Stations</translation>
    </message>
    <message>
        <source>Receive bundles</source>
        <translation>Receive bundles</translation>
    </message>
    <message>
        <source>Summary table</source>
        <translation>Summary table</translation>
    </message>
    <message>
        <source>Stations overview</source>
        <translation>Stations overview</translation>
    </message>
    <message>
        <source>Maintenance</source>
        <translation>Maintenance</translation>
    </message>
    <message>
        <source>County key fingerprint: {digits}</source>
        <translation>County key fingerprint: {digits}</translation>
    </message>
    <message>
        <source>Stations compare these digits by phone before they enrol.</source>
        <translation>Stations compare these digits by phone before they enrol.</translation>
    </message>
    <message>
        <source>Signed in: {login}</source>
        <translation>Signed in: {login}</translation>
    </message>
    <message>
        <source>Sign out</source>
        <translation>Sign out</translation>
    </message>
</context>
<context>
    <name>CreateCountyDialog</name>
    <message>
        <source>Create the county</source>
        <translation>Create the county</translation>
    </message>
    <message>
        <source>e.g. 朝阳区民政局</source>
        <translation>e.g. 朝阳区民政局</translation>
    </message>
    <message>
        <source>6 digits, e.g. 110105</source>
        <translation>6 digits, e.g. 110105</translation>
    </message>
    <message>
        <source>There is no county in {folder} yet. Create it here: its keys are made and kept in its encrypted database.</source>
        <translation>There is no county in {folder} yet. Create it here: its keys are made and kept in its encrypted database.</translation>
    </message>
    <message>
        <source>County (the office&apos;s name)</source>
        <translation>County (the office&apos;s name)</translation>
    </message>
    <message>
        <source>Division code</source>
        <translation>Division code</translation>
    </message>
    <message>
        <source>Admin account</source>
        <translation>Admin account</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>Password</translation>
    </message>
    <message>
        <source>Repeat the password</source>
        <translation>Repeat the password</translation>
    </message>
    <message>
        <source>Create</source>
        <translation>Create</translation>
    </message>
    <message>
        <source>I have written it down</source>
        <translation>I have written it down</translation>
    </message>
    <message>
        <source>The two passwords are not the same.</source>
        <translation>The two passwords are not the same.</translation>
    </message>
    <message>
        <source>The county is created.

Recovery code (shown only this once; write it down and lock it away):
{code}

The county&apos;s key fingerprint, to read out to stations by phone:
{fingerprint}</source>
        <translation>The county is created.

Recovery code (shown only this once; write it down and lock it away):
{code}

The county&apos;s key fingerprint, to read out to stations by phone:
{fingerprint}</translation>
    </message>
</context>
<context>
    <name>DatedNoteDialog</name>
    <message>
        <source>Note</source>
        <translation>Note</translation>
    </message>
    <message>
        <source>Feedback on the referral</source>
        <translation>Feedback on the referral</translation>
    </message>
    <message>
        <source>Received on</source>
        <translation>Received on</translation>
    </message>
    <message>
        <source>Record a follow-up</source>
        <translation>Record a follow-up</translation>
    </message>
    <message>
        <source>Done on</source>
        <translation>Done on</translation>
    </message>
</context>
<context>
    <name>DayAttendance</name>
    <message>
        <source>Today&apos;s activity, e.g. handicraft, cooking, outing</source>
        <translation>Today&apos;s activity, e.g. handicraft, cooking, outing</translation>
    </message>
    <message>
        <source>Save attendance (Ctrl+S)</source>
        <translation>Save attendance (Ctrl+S)</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Time</translation>
    </message>
    <message>
        <source>Service type</source>
        <translation>Service type</translation>
    </message>
    <message>
        <source>Given by</source>
        <translation>Given by</translation>
    </message>
    <message>
        <source>Activity</source>
        <translation>Activity</translation>
    </message>
    <message>
        <source>No active client has day training in their plan.</source>
        <translation>No active client has day training in their plan.</translation>
    </message>
    <message>
        <source> (saved)</source>
        <translation> (saved)</translation>
    </message>
    <message>
        <source>Came: {came} of {total}</source>
        <translation>Came: {came} of {total}</translation>
    </message>
    <message>
        <source>Attendance saved.</source>
        <translation>Attendance saved.</translation>
    </message>
</context>
<context>
    <name>DrillDialog</name>
    <message>
        <source>Record a drill</source>
        <translation>Record a drill</translation>
    </message>
    <message>
        <source> min</source>
        <translation> min</translation>
    </message>
    <message>
        <source>How it went: time to evacuate, roles, communication</source>
        <translation>How it went: time to evacuate, roles, communication</translation>
    </message>
    <message>
        <source>Duration</source>
        <translation>Duration</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <source>Scenario</source>
        <translation>Scenario</translation>
    </message>
    <message>
        <source>Plan followed</source>
        <translation>Plan followed</translation>
    </message>
    <message>
        <source>Staff taking part</source>
        <translation>Staff taking part</translation>
    </message>
    <message>
        <source>Clients involved</source>
        <translation>Clients involved</translation>
    </message>
    <message>
        <source>Evaluation</source>
        <translation>Evaluation</translation>
    </message>
    <message>
        <source>Problems found</source>
        <translation>Problems found</translation>
    </message>
    <message>
        <source>Corrective actions</source>
        <translation>Corrective actions</translation>
    </message>
    <message>
        <source>What will be done</source>
        <translation>What will be done</translation>
    </message>
    <message>
        <source>Responsible</source>
        <translation>Responsible</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>Due</translation>
    </message>
    <message>
        <source>Add action</source>
        <translation>Add action</translation>
    </message>
    <message>
        <source>Remove action</source>
        <translation>Remove action</translation>
    </message>
    <message>
        <source>At most {count} actions per drill.</source>
        <translation>At most {count} actions per drill.</translation>
    </message>
</context>
<context>
    <name>DriveList</name>
    <message>
        <source>USB stick or card</source>
        <translation>USB stick or card</translation>
    </message>
    <message>
        <source>this computer&apos;s disk</source>
        <translation>this computer&apos;s disk</translation>
    </message>
    <message>
        <source>Disk</source>
        <translation>Disk</translation>
    </message>
    <message>
        <source>{name} ({kind}), {free} free: {root}</source>
        <translation>{name} ({kind}), {free} free: {root}</translation>
    </message>
</context>
<context>
    <name>DuePanel</name>
    <message>
        <source>Only my clients</source>
        <translation>Only my clients</translation>
    </message>
    <message>
        <source>Client or subject</source>
        <translation>Client or subject</translation>
    </message>
    <message>
        <source>Case number</source>
        <translation>Case number</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <source>Enter on a heading lists all of that kind; Enter on an item opens the case file</source>
        <translation>Enter on a heading lists all of that kind; Enter on an item opens the case file</translation>
    </message>
    <message>
        <source>Back (Esc)</source>
        <translation>Back (Esc)</translation>
    </message>
    <message>
        <source>Enter opens the case file; Esc goes back to every kind</source>
        <translation>Enter opens the case file; Esc goes back to every kind</translation>
    </message>
    <message>
        <source>Your account is not linked to a staff member. An admin links it in Settings › Accounts.</source>
        <translation>Your account is not linked to a staff member. An admin links it in Settings › Accounts.</translation>
    </message>
    <message>
        <source>Showing the clients you are responsible for</source>
        <translation>Showing the clients you are responsible for</translation>
    </message>
    <message>
        <source>Showing every client of the station</source>
        <translation>Showing every client of the station</translation>
    </message>
    <message>
        <source>Show all ({count})</source>
        <translation>Show all ({count})</translation>
    </message>
    <message>
        <source>{kind}: {count}, overdue {overdue}</source>
        <translation>{kind}: {count}, overdue {overdue}</translation>
    </message>
    <message>
        <source>{kind}: {count}</source>
        <translation>{kind}: {count}</translation>
    </message>
</context>
<context>
    <name>ExportServicesDialog</name>
    <message>
        <source>Export service records</source>
        <translation>Export service records</translation>
    </message>
    <message>
        <source>Export to Excel…</source>
        <translation>Export to Excel…</translation>
    </message>
    <message>
        <source>From</source>
        <translation>From</translation>
    </message>
    <message>
        <source>To</source>
        <translation>To</translation>
    </message>
    <message>
        <source>services-{first}-{last}.xlsx</source>
        <translation>services-{first}-{last}.xlsx</translation>
    </message>
    <message>
        <source>Excel workbooks (*.xlsx)</source>
        <translation>Excel workbooks (*.xlsx)</translation>
    </message>
    <message>
        <source>{count} service records exported to {path}</source>
        <translation>{count} service records exported to {path}</translation>
    </message>
</context>
<context>
    <name>ExportTargetDialog</name>
    <message>
        <source>Export to a USB stick</source>
        <translation>Export to a USB stick</translation>
    </message>
    <message>
        <source>Look for drives again</source>
        <translation>Look for drives again</translation>
    </message>
    <message>
        <source>After plugging in a USB stick</source>
        <translation>After plugging in a USB stick</translation>
    </message>
    <message>
        <source>Another folder…</source>
        <translation>Another folder…</translation>
    </message>
    <message>
        <source>Export here</source>
        <translation>Export here</translation>
    </message>
    <message>
        <source>The bundle is encrypted for the county and signed by this computer; every bundle the county has not acknowledged yet is copied again with it.</source>
        <translation>The bundle is encrypted for the county and signed by this computer; every bundle the county has not acknowledged yet is copied again with it.</translation>
    </message>
    <message>
        <source>No USB stick found. Plug one in and choose “Look for drives again”.</source>
        <translation>No USB stick found. Plug one in and choose “Look for drives again”.</translation>
    </message>
    <message>
        <source>The USB stick at {folder} is no longer there.</source>
        <translation>The USB stick at {folder} is no longer there.</translation>
    </message>
    <message>
        <source>Folder for the bundle</source>
        <translation>Folder for the bundle</translation>
    </message>
</context>
<context>
    <name>FeeItemDialog</name>
    <message>
        <source>New fee item</source>
        <translation>New fee item</translation>
    </message>
    <message>
        <source>Fee item</source>
        <translation>Fee item</translation>
    </message>
    <message>
        <source>e.g. meal, month, session</source>
        <translation>e.g. meal, month, session</translation>
    </message>
    <message>
        <source>yuan</source>
        <translation>yuan</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>Unit</translation>
    </message>
    <message>
        <source>Price</source>
        <translation>Price</translation>
    </message>
    <message>
        <source>Funding</source>
        <translation>Funding</translation>
    </message>
</context>
<context>
    <name>FeesTab</name>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>Unit</translation>
    </message>
    <message>
        <source>Price (yuan)</source>
        <translation>Price (yuan)</translation>
    </message>
    <message>
        <source>Funding</source>
        <translation>Funding</translation>
    </message>
    <message>
        <source>State</source>
        <translation>State</translation>
    </message>
    <message>
        <source>New fee item…</source>
        <translation>New fee item…</translation>
    </message>
    <message>
        <source>Edit…</source>
        <translation>Edit…</translation>
    </message>
    <message>
        <source>Retire</source>
        <translation>Retire</translation>
    </message>
    <message>
        <source>Print fee schedule…</source>
        <translation>Print fee schedule…</translation>
    </message>
    <message>
        <source>Retired items no longer appear on the printed schedule or in new agreements. A price change applies to new agreements only: signed agreements keep the prices they were signed with.</source>
        <translation>Retired items no longer appear on the printed schedule or in new agreements. A price change applies to new agreements only: signed agreements keep the prices they were signed with.</translation>
    </message>
    <message>
        <source>Retired</source>
        <translation>Retired</translation>
    </message>
    <message>
        <source>Published</source>
        <translation>Published</translation>
    </message>
    <message>
        <source>Select a fee item in the list first.</source>
        <translation>Select a fee item in the list first.</translation>
    </message>
    <message>
        <source>Publish again</source>
        <translation>Publish again</translation>
    </message>
    <message>
        <source>Fee schedule</source>
        <translation>Fee schedule</translation>
    </message>
</context>
<context>
    <name>FirstRunWizard</name>
    <message>
        <source>Set up RehabDesk</source>
        <translation>Set up RehabDesk</translation>
    </message>
</context>
<context>
    <name>HomePage</name>
    <message>
        <source>This session</source>
        <translation>This session</translation>
    </message>
    <message>
        <source>Station code</source>
        <translation>Station code</translation>
    </message>
    <message>
        <source>Signed in as</source>
        <translation>Signed in as</translation>
    </message>
    <message>
        <source>Roles</source>
        <translation>Roles</translation>
    </message>
    <message>
        <source>Ctrl+L locks the screen when you step away; the screen also locks by itself after a while without use. A backup is written each time RehabDesk closes.</source>
        <translation>Ctrl+L locks the screen when you step away; the screen also locks by itself after a while without use. A backup is written each time RehabDesk closes.</translation>
    </message>
</context>
<context>
    <name>ImagePane</name>
    <message>
        <source>Zoom out</source>
        <translation>Zoom out</translation>
    </message>
    <message>
        <source>Zoom in</source>
        <translation>Zoom in</translation>
    </message>
    <message>
        <source>Fit to window</source>
        <translation>Fit to window</translation>
    </message>
    <message>
        <source>Actual size</source>
        <translation>Actual size</translation>
    </message>
</context>
<context>
    <name>ImportDialog</name>
    <message>
        <source>Import clients from Excel or CSV</source>
        <translation>Import clients from Excel or CSV</translation>
    </message>
    <message>
        <source>Choose an .xlsx or .csv file with one client per row</source>
        <translation>Choose an .xlsx or .csv file with one client per row</translation>
    </message>
    <message>
        <source>Download template…</source>
        <translation>Download template…</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>Field</translation>
    </message>
    <message>
        <source>Column in the file</source>
        <translation>Column in the file</translation>
    </message>
    <message>
        <source>{field} (required)</source>
        <translation>{field} (required)</translation>
    </message>
    <message>
        <source>(not imported)</source>
        <translation>(not imported)</translation>
    </message>
    <message>
        <source>Row</source>
        <translation>Row</translation>
    </message>
    <message>
        <source>Preview</source>
        <translation>Preview</translation>
    </message>
    <message>
        <source>Problems</source>
        <translation>Problems</translation>
    </message>
    <message>
        <source>Choose a file to see its rows and any problems before importing.</source>
        <translation>Choose a file to see its rows and any problems before importing.</translation>
    </message>
    <message>
        <source>Choose the client list</source>
        <translation>Choose the client list</translation>
    </message>
    <message>
        <source>Save the import template</source>
        <translation>Save the import template</translation>
    </message>
    <message>
        <source>client-import-template.xlsx</source>
        <translation>client-import-template.xlsx</translation>
    </message>
    <message>
        <source>Excel workbook (*.xlsx)</source>
        <translation>Excel workbook (*.xlsx)</translation>
    </message>
    <message>
        <source>The template could not be saved there. Choose another folder.</source>
        <translation>The template could not be saved there. Choose another folder.</translation>
    </message>
    <message>
        <source>Template saved. Fill in one client per row, then choose the file here.</source>
        <translation>Template saved. Fill in one client per row, then choose the file here.</translation>
    </message>
    <message>
        <source>Column {number}</source>
        <translation>Column {number}</translation>
    </message>
    <message>
        <source>Choose a column for: {fields}</source>
        <translation>Choose a column for: {fields}</translation>
    </message>
    <message>
        <source>Some rows have problems (see the Problems tab): fix them in the file.</source>
        <translation>Some rows have problems (see the Problems tab): fix them in the file.</translation>
    </message>
    <message>
        <source>There are no client rows in this file.</source>
        <translation>There are no client rows in this file.</translation>
    </message>
    <message numerus="yes">
        <source>Import %n client(s)</source>
        <translation>
            <numerusform>Import %n client(s)</numerusform>
            <numerusform>Import %n client(s)</numerusform>
        </translation>
    </message>
    <message>
        <source>{rows} rows have problems (see the Problems tab). Fix them in the file and load it again; nothing is imported until every row is right.</source>
        <translation>{rows} rows have problems (see the Problems tab). Fix them in the file and load it again; nothing is imported until every row is right.</translation>
    </message>
    <message>
        <source> The first {shown} are shown.</source>
        <translation> The first {shown} are shown.</translation>
    </message>
    <message>
        <source>All {count} rows are ready.</source>
        <translation>All {count} rows are ready.</translation>
    </message>
    <message>
        <source>There are no client rows in this file (example rows are skipped).</source>
        <translation>There are no client rows in this file (example rows are skipped).</translation>
    </message>
    <message>
        <source>Importing clients…</source>
        <translation>Importing clients…</translation>
    </message>
    <message>
        <source>The import was cancelled. Nothing was imported.</source>
        <translation>The import was cancelled. Nothing was imported.</translation>
    </message>
    <message numerus="yes">
        <source>%n client(s) imported, each with a new case number. They are in the client list now.</source>
        <translation>
            <numerusform>%n client(s) imported, each with a new case number. They are in the client list now.</numerusform>
            <numerusform>%n client(s) imported, each with a new case number. They are in the client list now.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ImportDialogBase</name>
    <message>
        <source>Choose file…</source>
        <translation>Choose file…</translation>
    </message>
    <message>
        <source>File</source>
        <translation>File</translation>
    </message>
    <message>
        <source>Row</source>
        <translation>Row</translation>
    </message>
    <message>
        <source>Column</source>
        <translation>Column</translation>
    </message>
    <message>
        <source>Problem</source>
        <translation>Problem</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Close</translation>
    </message>
    <message>
        <source>Choose a file first; it is checked before anything is imported.</source>
        <translation>Choose a file first; it is checked before anything is imported.</translation>
    </message>
    <message>
        <source>Import</source>
        <translation>Import</translation>
    </message>
    <message>
        <source>Spreadsheets (*.xlsx *.csv);;All files (*)</source>
        <translation>Spreadsheets (*.xlsx *.csv);;All files (*)</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancel</translation>
    </message>
</context>
<context>
    <name>LeavingDialog</name>
    <message>
        <source>Worker leaves</source>
        <translation>Worker leaves</translation>
    </message>
    <message>
        <source>Every account of this worker is disabled at once: they can no longer sign in, and their key is removed. Their training, services and other records stay, attributed to them.</source>
        <translation>Every account of this worker is disabled at once: they can no longer sign in, and their key is removed. Their training, services and other records stay, attributed to them.</translation>
    </message>
    <message>
        <source>Worker</source>
        <translation>Worker</translation>
    </message>
    <message>
        <source>Last working day</source>
        <translation>Last working day</translation>
    </message>
    <message>
        <source>Record leaving</source>
        <translation>Record leaving</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>RehabDesk · Community Rehabilitation Workbench</source>
        <translation>RehabDesk · Community Rehabilitation Workbench</translation>
    </message>
    <message>
        <source>Today</source>
        <translation>Today</translation>
    </message>
    <message>
        <source>Home</source>
        <translation>Home</translation>
    </message>
    <message>
        <source>Clients</source>
        <translation>Clients</translation>
    </message>
    <message>
        <source>Documents</source>
        <translation>Documents</translation>
    </message>
    <message>
        <source>Staff &amp; training</source>
        <translation>Staff &amp; training</translation>
    </message>
    <message>
        <source>Safety</source>
        <translation>Safety</translation>
    </message>
    <message>
        <source>Reports</source>
        <translation>Reports</translation>
    </message>
    <message>
        <source>Sync</source>
        <translation>Sync</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>Settings</translation>
    </message>
    <message>
        <source>Audit log</source>
        <translation>Audit log</translation>
    </message>
    <message>
        <source>About</source>
        <translation>About</translation>
    </message>
    <message>
        <source>&amp;Session</source>
        <translation>&amp;Session</translation>
    </message>
    <message>
        <source>Lock screen</source>
        <translation>Lock screen</translation>
    </message>
    <message>
        <source>Sign out</source>
        <translation>Sign out</translation>
    </message>
    <message>
        <source>Quit</source>
        <translation>Quit</translation>
    </message>
    <message>
        <source>Signed in: {login}</source>
        <translation>Signed in: {login}</translation>
    </message>
    <message>
        <source>Sending to the county has been failing for a while: see the Sync page.</source>
        <translation>Sending to the county has been failing for a while: see the Sync page.</translation>
    </message>
    <message>
        <source>Sending to the county…</source>
        <translation>Sending to the county…</translation>
    </message>
    <message>
        <source>Writing the closing backup…</source>
        <translation>Writing the closing backup…</translation>
    </message>
</context>
<context>
    <name>MaintenancePage</name>
    <message>
        <source>Backup</source>
        <translation>Backup</translation>
    </message>
    <message>
        <source>The backup is encrypted and holds the county&apos;s keys: without them no station&apos;s bundle can be opened again. Keep it on a USB stick or another computer, locked away like a key.</source>
        <translation>The backup is encrypted and holds the county&apos;s keys: without them no station&apos;s bundle can be opened again. Keep it on a USB stick or another computer, locked away like a key.</translation>
    </message>
    <message>
        <source>This county&apos;s records are on the PostgreSQL server {server}. This backup holds the key file only; the database itself is backed up on the server with pg_dump (ask its operator). Keep both: one without the other cannot be restored.</source>
        <translation>This county&apos;s records are on the PostgreSQL server {server}. This backup holds the key file only; the database itself is backed up on the server with pg_dump (ask its operator). Keep both: one without the other cannot be restored.</translation>
    </message>
    <message>
        <source>Back up to a folder…</source>
        <translation>Back up to a folder…</translation>
    </message>
    <message>
        <source>Check</source>
        <translation>Check</translation>
    </message>
    <message>
        <source>Checks the encryption, the database&apos;s integrity and version, the county&apos;s keys and the audit log.</source>
        <translation>Checks the encryption, the database&apos;s integrity and version, the county&apos;s keys and the audit log.</translation>
    </message>
    <message>
        <source>Check now</source>
        <translation>Check now</translation>
    </message>
    <message>
        <source>County keys</source>
        <translation>County keys</translation>
    </message>
    <message>
        <source>Stations encrypt their bundles to the county&apos;s key and trust acknowledgements signed by it. Rotate the keys if they may have been copied (a lost backup, a stolen computer). The old keys are kept so that bundles made with them still open.</source>
        <translation>Stations encrypt their bundles to the county&apos;s key and trust acknowledgements signed by it. Rotate the keys if they may have been copied (a lost backup, a stolen computer). The old keys are kept so that bundles made with them still open.</translation>
    </message>
    <message>
        <source>Generation</source>
        <translation>Generation</translation>
    </message>
    <message>
        <source>Encryption key</source>
        <translation>Encryption key</translation>
    </message>
    <message>
        <source>State</source>
        <translation>State</translation>
    </message>
    <message>
        <source>Rotate the county&apos;s keys…</source>
        <translation>Rotate the county&apos;s keys…</translation>
    </message>
    <message>
        <source>Maintenance</source>
        <translation>Maintenance</translation>
    </message>
    <message>
        <source>current</source>
        <translation>current</translation>
    </message>
    <message>
        <source>retired {at} (still opens older bundles)</source>
        <translation>retired {at} (still opens older bundles)</translation>
    </message>
    <message>
        <source>Folder for the backup</source>
        <translation>Folder for the backup</translation>
    </message>
    <message>
        <source>Writing and verifying the backup…</source>
        <translation>Writing and verifying the backup…</translation>
    </message>
    <message>
        <source>Backup written and verified: {path}</source>
        <translation>Backup written and verified: {path}</translation>
    </message>
    <message>
        <source>No backup was written.</source>
        <translation>No backup was written.</translation>
    </message>
    <message>
        <source>Checking the county&apos;s database…</source>
        <translation>Checking the county&apos;s database…</translation>
    </message>
    <message>
        <source>All checks passed.</source>
        <translation>All checks passed.</translation>
    </message>
    <message>
        <source>Problems were found.</source>
        <translation>Problems were found.</translation>
    </message>
    <message>
        <source>Schema version {revision}, {count} audit entries.</source>
        <translation>Schema version {revision}, {count} audit entries.</translation>
    </message>
    <message>
        <source>Rotate the county&apos;s keys</source>
        <translation>Rotate the county&apos;s keys</translation>
    </message>
    <message>
        <source>A new encryption key and signing key are made for the county; the old ones are kept, retired.

· Bundles stations made with the old enrolment file still open, and their acknowledgements are signed so that those stations accept them.
· Every station must then import a new enrolment file and compare its new fingerprint by phone; until it does, it keeps sending to the old key.
· The pseudonym key does not change: the same person stays the same across stations and quarters.
· Back up right after rotating: the new keys are only in this database.

Rotate now?</source>
        <translation>A new encryption key and signing key are made for the county; the old ones are kept, retired.

· Bundles stations made with the old enrolment file still open, and their acknowledgements are signed so that those stations accept them.
· Every station must then import a new enrolment file and compare its new fingerprint by phone; until it does, it keeps sending to the old key.
· The pseudonym key does not change: the same person stays the same across stations and quarters.
· Back up right after rotating: the new keys are only in this database.

Rotate now?</translation>
    </message>
    <message>
        <source>Rotate the keys</source>
        <translation>Rotate the keys</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <source>The keys were rotated. New fingerprint, to read out to stations by phone: {digits}
Next: write a new enrolment file on the Stations page, hand it to every station, and back up now.</source>
        <translation>The keys were rotated. New fingerprint, to read out to stations by phone: {digits}
Next: write a new enrolment file on the Stations page, hand it to every station, and back up now.</translation>
    </message>
    <message>
        <source>RehabDesk County</source>
        <translation>RehabDesk County</translation>
    </message>
</context>
<context>
    <name>NewConsentFormDialog</name>
    <message>
        <source>New consent form</source>
        <translation>New consent form</translation>
    </message>
    <message>
        <source>Consents the form offers</source>
        <translation>Consents the form offers</translation>
    </message>
</context>
<context>
    <name>OverviewPage</name>
    <message>
        <source>Stations overview</source>
        <translation>Stations overview</translation>
    </message>
    <message>
        <source>Q1</source>
        <translation>Q1</translation>
    </message>
    <message>
        <source>Q2</source>
        <translation>Q2</translation>
    </message>
    <message>
        <source>Q3</source>
        <translation>Q3</translation>
    </message>
    <message>
        <source>Q4</source>
        <translation>Q4</translation>
    </message>
    <message>
        <source>Station</source>
        <translation>Station</translation>
    </message>
    <message>
        <source>{quarter}
registered</source>
        <translation>{quarter}
registered</translation>
    </message>
    <message>
        <source>{quarter}
standard service</source>
        <translation>{quarter}
standard service</translation>
    </message>
    <message>
        <source>{quarter}
rate</source>
        <translation>{quarter}
rate</translation>
    </message>
    <message>
        <source>From each station&apos;s indicator snapshot of the quarter; — where a station sent none. Select a station to compare its rate with the county&apos;s.</source>
        <translation>From each station&apos;s indicator snapshot of the quarter; — where a station sent none. Select a station to compare its rate with the county&apos;s.</translation>
    </message>
    <message>
        <source>Year</source>
        <translation>Year</translation>
    </message>
    <message>
        <source>Standard service rate by quarter, {year}</source>
        <translation>Standard service rate by quarter, {year}</translation>
    </message>
    <message>
        <source>County</source>
        <translation>County</translation>
    </message>
    <message>
        <source>Target</source>
        <translation>Target</translation>
    </message>
</context>
<context>
    <name>PaperworkPage</name>
    <message>
        <source>Name, pinyin initials, ID or case number</source>
        <translation>Name, pinyin initials, ID or case number</translation>
    </message>
    <message>
        <source>Blank consent form…</source>
        <translation>Blank consent form…</translation>
    </message>
    <message>
        <source>Blank agreement…</source>
        <translation>Blank agreement…</translation>
    </message>
    <message>
        <source>What</source>
        <translation>What</translation>
    </message>
    <message>
        <source>Case number</source>
        <translation>Case number</translation>
    </message>
    <message>
        <source>Client</source>
        <translation>Client</translation>
    </message>
    <message>
        <source>Document</source>
        <translation>Document</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <source>Client documents</source>
        <translation>Client documents</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>Due</translation>
    </message>
    <message>
        <source>Due ({count})</source>
        <translation>Due ({count})</translation>
    </message>
    <message>
        <source>Blank consent form</source>
        <translation>Blank consent form</translation>
    </message>
    <message>
        <source>Blank service agreement</source>
        <translation>Blank service agreement</translation>
    </message>
</context>
<context>
    <name>PasswordDialog</name>
    <message>
        <source>Change your password</source>
        <translation>Change your password</translation>
    </message>
    <message>
        <source>Current password</source>
        <translation>Current password</translation>
    </message>
    <message>
        <source>New password</source>
        <translation>New password</translation>
    </message>
    <message>
        <source>Repeat the new password</source>
        <translation>Repeat the new password</translation>
    </message>
    <message>
        <source>Your account has a first password set by the admin: choose your own now.</source>
        <translation>Your account has a first password set by the admin: choose your own now.</translation>
    </message>
    <message>
        <source>The two new passwords are not the same.</source>
        <translation>The two new passwords are not the same.</translation>
    </message>
</context>
<context>
    <name>PdfPages</name>
    <message>
        <source>Zoom out</source>
        <translation>Zoom out</translation>
    </message>
    <message>
        <source>Zoom in</source>
        <translation>Zoom in</translation>
    </message>
    <message>
        <source>Fit width</source>
        <translation>Fit width</translation>
    </message>
    <message>
        <source>This PDF could not be opened. The file may be damaged.</source>
        <translation>This PDF could not be opened. The file may be damaged.</translation>
    </message>
    <message>
        <source>The document could not be shown.</source>
        <translation>The document could not be shown.</translation>
    </message>
    <message>
        <source>Page {page} of {count}</source>
        <translation>Page {page} of {count}</translation>
    </message>
</context>
<context>
    <name>PdfPreviewDialog</name>
    <message>
        <source>Print…</source>
        <translation>Print…</translation>
    </message>
    <message>
        <source>Save as PDF…</source>
        <translation>Save as PDF…</translation>
    </message>
    <message>
        <source>Save as PDF</source>
        <translation>Save as PDF</translation>
    </message>
    <message>
        <source>PDF documents (*.pdf)</source>
        <translation>PDF documents (*.pdf)</translation>
    </message>
    <message>
        <source>The PDF could not be saved to {path}: {reason}</source>
        <translation>The PDF could not be saved to {path}: {reason}</translation>
    </message>
    <message>
        <source>Saved to {path}</source>
        <translation>Saved to {path}</translation>
    </message>
    <message>
        <source>Sent to the printer.</source>
        <translation>Sent to the printer.</translation>
    </message>
    <message>
        <source>Print</source>
        <translation>Print</translation>
    </message>
    <message>
        <source>The printer could not be started.</source>
        <translation>The printer could not be started.</translation>
    </message>
</context>
<context>
    <name>PlanDialog</name>
    <message>
        <source>Emergency plan</source>
        <translation>Emergency plan</translation>
    </message>
    <message>
        <source>New emergency plan</source>
        <translation>New emergency plan</translation>
    </message>
    <message>
        <source>e.g. 2026 edition</source>
        <translation>e.g. 2026 edition</translation>
    </message>
    <message>
        <source>empty: a year after the effective date</source>
        <translation>empty: a year after the effective date</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Title</translation>
    </message>
    <message>
        <source>Scenarios covered</source>
        <translation>Scenarios covered</translation>
    </message>
    <message>
        <source>Version</source>
        <translation>Version</translation>
    </message>
    <message>
        <source>In force from</source>
        <translation>In force from</translation>
    </message>
    <message>
        <source>Next review due</source>
        <translation>Next review due</translation>
    </message>
    <message>
        <source>New rehabilitation plan</source>
        <translation>New rehabilitation plan</translation>
    </message>
    <message>
        <source>Term</source>
        <translation>Term</translation>
    </message>
    <message>
        <source>Goal</source>
        <translation>Goal</translation>
    </message>
    <message>
        <source>Service types</source>
        <translation>Service types</translation>
    </message>
    <message>
        <source>Form</source>
        <translation>Form</translation>
    </message>
    <message>
        <source>Frequency</source>
        <translation>Frequency</translation>
    </message>
    <message>
        <source>Target date</source>
        <translation>Target date</translation>
    </message>
    <message>
        <source>Responsible</source>
        <translation>Responsible</translation>
    </message>
    <message>
        <source>Measure</source>
        <translation>Measure</translation>
    </message>
    <message>
        <source>Add goal</source>
        <translation>Add goal</translation>
    </message>
    <message>
        <source>Remove goal</source>
        <translation>Remove goal</translation>
    </message>
    <message>
        <source>Period</source>
        <translation>Period</translation>
    </message>
    <message>
        <source>Goals</source>
        <translation>Goals</translation>
    </message>
    <message>
        <source>Measurable: what, how much, by when</source>
        <translation>Measurable: what, how much, by when</translation>
    </message>
    <message>
        <source>e.g. 3 times a week</source>
        <translation>e.g. 3 times a week</translation>
    </message>
    <message>
        <source>Emergency contacts</source>
        <translation>Emergency contacts</translation>
    </message>
    <message>
        <source>Steps</source>
        <translation>Steps</translation>
    </message>
</context>
<context>
    <name>PreferencesTab</name>
    <message>
        <source> min</source>
        <translation> min</translation>
    </message>
    <message>
        <source>the station folder&apos;s own backups folder</source>
        <translation>the station folder&apos;s own backups folder</translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation>Choose…</translation>
    </message>
    <message>
        <source>Months after closing, separated by commas, e.g. 1, 3</source>
        <translation>Months after closing, separated by commas, e.g. 1, 3</translation>
    </message>
    <message>
        <source>0 leaves the monthly services out of the rule</source>
        <translation>0 leaves the monthly services out of the rule</translation>
    </message>
    <message>
        <source>Year=per cent, separated by commas, e.g. 2024=45, 2025=60</source>
        <translation>Year=per cent, separated by commas, e.g. 2024=45, 2025=60</translation>
    </message>
    <message>
        <source>Show counts below 5 as “&lt;5” in exported lists</source>
        <translation>Show counts below 5 as “&lt;5” in exported lists</translation>
    </message>
    <message>
        <source>Where bundles go on a USB stick, a reminder appears as this day approaches after each quarter</source>
        <translation>Where bundles go on a USB stick, a reminder appears as this day approaches after each quarter</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Save</translation>
    </message>
    <message>
        <source>Language on this computer</source>
        <translation>Language on this computer</translation>
    </message>
    <message>
        <source>Lock after idle minutes</source>
        <translation>Lock after idle minutes</translation>
    </message>
    <message>
        <source>Backup folder</source>
        <translation>Backup folder</translation>
    </message>
    <message>
        <source>Backups to keep</source>
        <translation>Backups to keep</translation>
    </message>
    <message>
        <source>Failed logins before lock-out</source>
        <translation>Failed logins before lock-out</translation>
    </message>
    <message>
        <source>Warn about agreements ending within (days)</source>
        <translation>Warn about agreements ending within (days)</translation>
    </message>
    <message>
        <source>Training hours required per year</source>
        <translation>Training hours required per year</translation>
    </message>
    <message>
        <source>Key drill scenarios</source>
        <translation>Key drill scenarios</translation>
    </message>
    <message>
        <source>Ask waiting clients again after (days)</source>
        <translation>Ask waiting clients again after (days)</translation>
    </message>
    <message>
        <source>Stage review every (months)</source>
        <translation>Stage review every (months)</translation>
    </message>
    <message>
        <source>Follow-ups after closing (months)</source>
        <translation>Follow-ups after closing (months)</translation>
    </message>
    <message>
        <source>Keep ended case files for (years)</source>
        <translation>Keep ended case files for (years)</translation>
    </message>
    <message>
        <source>Standardised services need</source>
        <translation>Standardised services need</translation>
    </message>
    <message>
        <source>Services in each month (at least)</source>
        <translation>Services in each month (at least)</translation>
    </message>
    <message>
        <source>Yearly targets (%)</source>
        <translation>Yearly targets (%)</translation>
    </message>
    <message>
        <source>Send to the county server every (hours)</source>
        <translation>Send to the county server every (hours)</translation>
    </message>
    <message>
        <source>Report a failed sending after (hours)</source>
        <translation>Report a failed sending after (hours)</translation>
    </message>
    <message>
        <source>County&apos;s deadline: day of the month after a quarter</source>
        <translation>County&apos;s deadline: day of the month after a quarter</translation>
    </message>
    <message>
        <source>Consent in force on every day</source>
        <translation>Consent in force on every day</translation>
    </message>
    <message>
        <source>Agreement in force on every day</source>
        <translation>Agreement in force on every day</translation>
    </message>
    <message>
        <source>Baseline assessment</source>
        <translation>Baseline assessment</translation>
    </message>
    <message>
        <source>Approved plan in force</source>
        <translation>Approved plan in force</translation>
    </message>
    <message>
        <source>Stage review not overdue</source>
        <translation>Stage review not overdue</translation>
    </message>
    <message>
        <source>This folder is on the same disk as the data: if the disk fails, the backups go with it. Choose a USB stick or another disk.</source>
        <translation>This folder is on the same disk as the data: if the disk fails, the backups go with it. Choose a USB stick or another disk.</translation>
    </message>
    <message>
        <source>Saved.</source>
        <translation>Saved.</translation>
    </message>
</context>
<context>
    <name>QFileDialog</name>
    <message>
        <source>&amp;Look in:</source>
        <translation>&amp;Look in:</translation>
    </message>
    <message>
        <source>Files of &amp;type:</source>
        <translation>Files of &amp;type:</translation>
    </message>
</context>
<context>
    <name>QPrintSettingsOutput</name>
    <message>
        <source>Page &amp;Set:</source>
        <translation>Page &amp;Set:</translation>
    </message>
</context>
<context>
    <name>QuickServiceForm</name>
    <message>
        <source>New service</source>
        <translation>New service</translation>
    </message>
    <message>
        <source>Ticked: came. Space ticks or unticks, Delete removes.</source>
        <translation>Ticked: came. Space ticks or unticks, Delete removes.</translation>
    </message>
    <message>
        <source>Save (Ctrl+S)</source>
        <translation>Save (Ctrl+S)</translation>
    </message>
    <message>
        <source>Cancel changes</source>
        <translation>Cancel changes</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Time</translation>
    </message>
    <message>
        <source>Service form</source>
        <translation>Service form</translation>
    </message>
    <message>
        <source>Name, pinyin initials or case number; Enter adds (Ctrl+F)</source>
        <translation>Name, pinyin initials or case number; Enter adds (Ctrl+F)</translation>
    </message>
    <message>
        <source>&amp;Clients</source>
        <translation>&amp;Clients</translation>
    </message>
    <message>
        <source>Service &amp;types</source>
        <translation>Service &amp;types</translation>
    </message>
    <message>
        <source>Given by</source>
        <translation>Given by</translation>
    </message>
    <message>
        <source>Place</source>
        <translation>Place</translation>
    </message>
    <message>
        <source>What was done</source>
        <translation>What was done</translation>
    </message>
    <message>
        <source>Client&apos;s response</source>
        <translation>Client&apos;s response</translation>
    </message>
    <message>
        <source>Next step</source>
        <translation>Next step</translation>
    </message>
    <message>
        <source>{client}&#x3000;✗ cannot be served: {reasons}</source>
        <translation>{client}&#x3000;✗ cannot be served: {reasons}</translation>
    </message>
    <message>
        <source>Save for the others?</source>
        <translation>Save for the others?</translation>
    </message>
    <message>
        <source>Save the session for the other {count} without them? They are taken off this entry.</source>
        <translation>Save the session for the other {count} without them? They are taken off this entry.</translation>
    </message>
    <message>
        <source>Save for the others</source>
        <translation>Save for the others</translation>
    </message>
    <message>
        <source>Keep editing</source>
        <translation>Keep editing</translation>
    </message>
    <message>
        <source>Saved: {start}–{end} {form} · {names}</source>
        <translation>Saved: {start}–{end} {form} · {names}</translation>
    </message>
    <message>
        <source>Changing a saved service</source>
        <translation>Changing a saved service</translation>
    </message>
</context>
<context>
    <name>ReasonDialog</name>
    <message>
        <source>Reason</source>
        <translation>Reason</translation>
    </message>
</context>
<context>
    <name>ReceivePage</name>
    <message>
        <source>Insert the stations&apos; USB stick and choose the folder with their bundles (.rdsync). Each bundle is checked before it is opened; the acknowledgements to take back to the stations are written beside them, in the folder {folder}.</source>
        <translation>Insert the stations&apos; USB stick and choose the folder with their bundles (.rdsync). Each bundle is checked before it is opened; the acknowledgements to take back to the stations are written beside them, in the folder {folder}.</translation>
    </message>
    <message>
        <source>Import a folder of bundles…</source>
        <translation>Import a folder of bundles…</translation>
    </message>
    <message>
        <source>Import one bundle file…</source>
        <translation>Import one bundle file…</translation>
    </message>
    <message>
        <source>Open the acknowledgements folder</source>
        <translation>Open the acknowledgements folder</translation>
    </message>
    <message>
        <source>File</source>
        <translation>File</translation>
    </message>
    <message>
        <source>Station</source>
        <translation>Station</translation>
    </message>
    <message>
        <source>Computer</source>
        <translation>Computer</translation>
    </message>
    <message>
        <source>Sequence</source>
        <translation>Sequence</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>Result</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>Details</translation>
    </message>
    <message>
        <source>When</source>
        <translation>When</translation>
    </message>
    <message>
        <source>What</source>
        <translation>What</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Reason</translation>
    </message>
    <message>
        <source>Receive bundles</source>
        <translation>Receive bundles</translation>
    </message>
    <message>
        <source>Quarantine and held bundles</source>
        <translation>Quarantine and held bundles</translation>
    </message>
    <message>
        <source>The folder with the stations&apos; bundles</source>
        <translation>The folder with the stations&apos; bundles</translation>
    </message>
    <message>
        <source>A station&apos;s bundle</source>
        <translation>A station&apos;s bundle</translation>
    </message>
    <message>
        <source>Bundles (*.rdsync)</source>
        <translation>Bundles (*.rdsync)</translation>
    </message>
    <message>
        <source>Receiving bundles…</source>
        <translation>Receiving bundles…</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <source>Receiving bundle {done} of {total}…</source>
        <translation>Receiving bundle {done} of {total}…</translation>
    </message>
    <message>
        <source>released from the hold</source>
        <translation>released from the hold</translation>
    </message>
    <message>
        <source>{count} bundles looked at, {alerts} refused or quarantined whole.</source>
        <translation>{count} bundles looked at, {alerts} refused or quarantined whole.</translation>
    </message>
    <message>
        <source>Cancelled; the bundles received so far are kept.</source>
        <translation>Cancelled; the bundles received so far are kept.</translation>
    </message>
    <message>
        <source>{count} acknowledgements written to {folder}: take them back to the stations.</source>
        <translation>{count} acknowledgements written to {folder}: take them back to the stations.</translation>
    </message>
    <message>
        <source>record {type}</source>
        <translation>record {type}</translation>
    </message>
    <message>
        <source>whole bundle</source>
        <translation>whole bundle</translation>
    </message>
    <message>
        <source>Held, waiting for the bundle before it: {station} computer {device}, bundle {sequence}</source>
        <translation>Held, waiting for the bundle before it: {station} computer {device}, bundle {sequence}</translation>
    </message>
    <message>
        <source>No bundle is held waiting for an earlier one.</source>
        <translation>No bundle is held waiting for an earlier one.</translation>
    </message>
</context>
<context>
    <name>RecordAgreementSignedDialog</name>
    <message>
        <source>Record agreement {number} as signed</source>
        <translation>Record agreement {number} as signed</translation>
    </message>
    <message>
        <source>Fee prices are fixed now, at signing: later changes to the fee schedule do not apply.</source>
        <translation>Fee prices are fixed now, at signing: later changes to the fee schedule do not apply.</translation>
    </message>
    <message>
        <source>Signed by</source>
        <translation>Signed by</translation>
    </message>
    <message>
        <source>Guardian who signed</source>
        <translation>Guardian who signed</translation>
    </message>
    <message>
        <source>Date signed</source>
        <translation>Date signed</translation>
    </message>
    <message>
        <source>Signed for the station by</source>
        <translation>Signed for the station by</translation>
    </message>
</context>
<context>
    <name>RecordConsentSignedDialog</name>
    <message>
        <source>Record consent form {number} as signed</source>
        <translation>Record consent form {number} as signed</translation>
    </message>
    <message>
        <source>Ticked “agree”</source>
        <translation>Ticked “agree”</translation>
    </message>
    <message>
        <source>Signed by</source>
        <translation>Signed by</translation>
    </message>
    <message>
        <source>Guardian who signed</source>
        <translation>Guardian who signed</translation>
    </message>
    <message>
        <source>Date signed</source>
        <translation>Date signed</translation>
    </message>
    <message>
        <source>Witnessing staff</source>
        <translation>Witnessing staff</translation>
    </message>
</context>
<context>
    <name>RecoveryPage</name>
    <message>
        <source>Recovery code</source>
        <translation>Recovery code</translation>
    </message>
    <message>
        <source>If every password is lost, this code is the only way into the station&apos;s records. It is shown only now.</source>
        <translation>If every password is lost, this code is the only way into the station&apos;s records. It is shown only now.</translation>
    </message>
    <message>
        <source>I have written down the code or printed the sheet, and will keep it locked away from this computer.</source>
        <translation>I have written down the code or printed the sheet, and will keep it locked away from this computer.</translation>
    </message>
    <message>
        <source>Tick the box above once the code is written down or printed.</source>
        <translation>Tick the box above once the code is written down or printed.</translation>
    </message>
</context>
<context>
    <name>RecoverySheetButtons</name>
    <message>
        <source>Print recovery sheet…</source>
        <translation>Print recovery sheet…</translation>
    </message>
    <message>
        <source>Save as PDF…</source>
        <translation>Save as PDF…</translation>
    </message>
    <message>
        <source>Not recommended: the code must not be kept on this computer</source>
        <translation>Not recommended: the code must not be kept on this computer</translation>
    </message>
    <message>
        <source>Recovery sheet</source>
        <translation>Recovery sheet</translation>
    </message>
    <message>
        <source>Sent to the printer. Keep the sheet locked away from this computer.</source>
        <translation>Sent to the printer. Keep the sheet locked away from this computer.</translation>
    </message>
    <message>
        <source>The printer could not be started. Check it is switched on, then print again.</source>
        <translation>The printer could not be started. Check it is switched on, then print again.</translation>
    </message>
    <message>
        <source>Save the recovery sheet?</source>
        <translation>Save the recovery sheet?</translation>
    </message>
    <message>
        <source>The recovery code opens every record of this station. Anyone who can copy a file from this computer could copy the code with it. Print the sheet instead if you can.

If you save it, save it to a USB stick, print it from there, and delete the file; never keep it on this computer.</source>
        <translation>The recovery code opens every record of this station. Anyone who can copy a file from this computer could copy the code with it. Print the sheet instead if you can.

If you save it, save it to a USB stick, print it from there, and delete the file; never keep it on this computer.</translation>
    </message>
    <message>
        <source>Save anyway…</source>
        <translation>Save anyway…</translation>
    </message>
    <message>
        <source>Save recovery sheet</source>
        <translation>Save recovery sheet</translation>
    </message>
    <message>
        <source>The sheet could not be saved to {path}. Choose a folder you can write to.</source>
        <translation>The sheet could not be saved to {path}. Choose a folder you can write to.</translation>
    </message>
    <message>
        <source>Saved: {path}. Print it, then delete the file.</source>
        <translation>Saved: {path}. Print it, then delete the file.</translation>
    </message>
</context>
<context>
    <name>ReferralDialog</name>
    <message>
        <source>Record a referral</source>
        <translation>Record a referral</translation>
    </message>
    <message>
        <source>not stated</source>
        <translation>not stated</translation>
    </message>
    <message>
        <source>Direction</source>
        <translation>Direction</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Kind</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation>Organisation</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Reason</translation>
    </message>
    <message>
        <source>Condition summary</source>
        <translation>Condition summary</translation>
    </message>
    <message>
        <source>Risk level</source>
        <translation>Risk level</translation>
    </message>
</context>
<context>
    <name>ReportFigures</name>
    <message>
        <source>Applied</source>
        <translation>Applied</translation>
    </message>
    <message>
        <source>Registered</source>
        <translation>Registered</translation>
    </message>
    <message>
        <source>Enrolled</source>
        <translation>Enrolled</translation>
    </message>
    <message>
        <source>Closed</source>
        <translation>Closed</translation>
    </message>
    <message>
        <source>Referred in</source>
        <translation>Referred in</translation>
    </message>
    <message>
        <source>Referred out</source>
        <translation>Referred out</translation>
    </message>
    <message>
        <source>On the waiting list</source>
        <translation>On the waiting list</translation>
    </message>
    <message>
        <source>{days} days</source>
        <translation>{days} days</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <source>Case number</source>
        <translation>Case number</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>What</source>
        <translation>What</translation>
    </message>
    <message>
        <source>Detail</source>
        <translation>Detail</translation>
    </message>
    <message>
        <source>Profession</source>
        <translation>Profession</translation>
    </message>
    <message>
        <source>Service records</source>
        <translation>Service records</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Kind</translation>
    </message>
    <message>
        <source>Records</source>
        <translation>Records</translation>
    </message>
    <message>
        <source>Client-times</source>
        <translation>Client-times</translation>
    </message>
    <message>
        <source>Form: {form}</source>
        <translation>Form: {form}</translation>
    </message>
    <message>
        <source>Type: {type}</source>
        <translation>Type: {type}</translation>
    </message>
    <message>
        <source>Individual</source>
        <translation>Individual</translation>
    </message>
    <message>
        <source>Group</source>
        <translation>Group</translation>
    </message>
    <message>
        <source>Hours counted</source>
        <translation>Hours counted</translation>
    </message>
    <message>
        <source>Hours required</source>
        <translation>Hours required</translation>
    </message>
    <message>
        <source>Met</source>
        <translation>Met</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>Yes</translation>
    </message>
    <message>
        <source>No</source>
        <translation>No</translation>
    </message>
</context>
<context>
    <name>ReportsPage</name>
    <message>
        <source>consent not in force ({date})</source>
        <translation>consent not in force ({date})</translation>
    </message>
    <message>
        <source>agreement not in force ({date})</source>
        <translation>agreement not in force ({date})</translation>
    </message>
    <message>
        <source>no baseline assessment</source>
        <translation>no baseline assessment</translation>
    </message>
    <message>
        <source>no approved plan in force</source>
        <translation>no approved plan in force</translation>
    </message>
    <message>
        <source>no service in {months}</source>
        <translation>no service in {months}</translation>
    </message>
    <message>
        <source>stage review overdue since {date}</source>
        <translation>stage review overdue since {date}</translation>
    </message>
    <message>
        <source>Case number</source>
        <translation>Case number</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Missing</source>
        <translation>Missing</translation>
    </message>
    <message>
        <source>Quarter</source>
        <translation>Quarter</translation>
    </message>
    <message>
        <source>Month</source>
        <translation>Month</translation>
    </message>
    <message>
        <source>Half-year</source>
        <translation>Half-year</translation>
    </message>
    <message>
        <source>Year</source>
        <translation>Year</translation>
    </message>
    <message>
        <source>From – to</source>
        <translation>From – to</translation>
    </message>
    <message>
        <source>This quarter</source>
        <translation>This quarter</translation>
    </message>
    <message>
        <source>Last quarter</source>
        <translation>Last quarter</translation>
    </message>
    <message>
        <source>This year</source>
        <translation>This year</translation>
    </message>
    <message>
        <source>Export PDF…</source>
        <translation>Export PDF…</translation>
    </message>
    <message>
        <source>Export Excel…</source>
        <translation>Export Excel…</translation>
    </message>
    <message>
        <source>Registered clients not counted as standardised</source>
        <translation>Registered clients not counted as standardised</translation>
    </message>
    <message>
        <source>Counting the figures…</source>
        <translation>Counting the figures…</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <source>Cancelled.</source>
        <translation>Cancelled.</translation>
    </message>
    <message>
        <source>Counting the months for the charts…</source>
        <translation>Counting the months for the charts…</translation>
    </message>
    <message>
        <source>Charts not counted (cancelled).</source>
        <translation>Charts not counted (cancelled).</translation>
    </message>
    <message>
        <source>Period: {start} to {end}</source>
        <translation>Period: {start} to {end}</translation>
    </message>
    <message>
        <source> (counted to {day})</source>
        <translation> (counted to {day})</translation>
    </message>
    <message>
        <source> — my clients only</source>
        <translation> — my clients only</translation>
    </message>
    <message>
        <source>Registered
{count}</source>
        <translation>Registered
{count}</translation>
    </message>
    <message>
        <source>Standardised services
{count}</source>
        <translation>Standardised services
{count}</translation>
    </message>
    <message>
        <source>no target</source>
        <translation>no target</translation>
    </message>
    <message>
        <source>target {target} %</source>
        <translation>target {target} %</translation>
    </message>
    <message>
        <source>Rate
{rate} % ({target})</source>
        <translation>Rate
{rate} % ({target})</translation>
    </message>
    <message>
        <source>Met</source>
        <translation>Met</translation>
    </message>
    <message>
        <source>Below the target</source>
        <translation>Below the target</translation>
    </message>
    <message>
        <source>New: {applied} applied, {enrolled} enrolled
Closed: {closed}</source>
        <translation>New: {applied} applied, {enrolled} enrolled
Closed: {closed}</translation>
    </message>
    <message>
        <source>Waiting list
{count} ({long} over {days} days)</source>
        <translation>Waiting list
{count} ({long} over {days} days)</translation>
    </message>
    <message>
        <source>Services
{records} records, {times} client-times, {hours} h</source>
        <translation>Services
{records} records, {times} client-times, {hours} h</translation>
    </message>
    <message>
        <source>Psychiatric staff {mp} ({mr})
Social workers {sp} ({sr})</source>
        <translation>Psychiatric staff {mp} ({mr})
Social workers {sp} ({sr})</translation>
    </message>
    <message>
        <source>Training met {met}/{direct}
Relevant degree {percent} %</source>
        <translation>Training met {met}/{direct}
Relevant degree {percent} %</translation>
    </message>
    <message>
        <source>Rule: {parts}</source>
        <translation>Rule: {parts}</translation>
    </message>
    <message>
        <source>consent</source>
        <translation>consent</translation>
    </message>
    <message>
        <source>agreement</source>
        <translation>agreement</translation>
    </message>
    <message>
        <source>baseline assessment</source>
        <translation>baseline assessment</translation>
    </message>
    <message>
        <source>approved plan</source>
        <translation>approved plan</translation>
    </message>
    <message>
        <source>services every month</source>
        <translation>services every month</translation>
    </message>
    <message>
        <source>stage review on time</source>
        <translation>stage review on time</translation>
    </message>
    <message>
        <source>%1 to %2</source>
        <translation>%1 to %2</translation>
    </message>
    <message>
        <source>Standardised rate by month (%), %1</source>
        <translation>Standardised rate by month (%), %1</translation>
    </message>
    <message>
        <source>Registered and standardised by month, %1</source>
        <translation>Registered and standardised by month, %1</translation>
    </message>
    <message>
        <source>Rate</source>
        <translation>Rate</translation>
    </message>
    <message>
        <source>Registered</source>
        <translation>Registered</translation>
    </message>
    <message>
        <source>Standardised</source>
        <translation>Standardised</translation>
    </message>
    <message>
        <source>Registered clients</source>
        <translation>Registered clients</translation>
    </message>
    <message>
        <source>Clients with standardised services</source>
        <translation>Clients with standardised services</translation>
    </message>
    <message>
        <source>Not standardised</source>
        <translation>Not standardised</translation>
    </message>
    <message>
        <source>{count} entries</source>
        <translation>{count} entries</translation>
    </message>
    <message>
        <source>Applications, enrolments, closings and referrals</source>
        <translation>Applications, enrolments, closings and referrals</translation>
    </message>
    <message>
        <source>Waiting list</source>
        <translation>Waiting list</translation>
    </message>
    <message>
        <source>{count} staff members on service records</source>
        <translation>{count} staff members on service records</translation>
    </message>
    <message>
        <source>Staff taking part</source>
        <translation>Staff taking part</translation>
    </message>
    <message>
        <source>{records} records, {times} client-times, {hours} h</source>
        <translation>{records} records, {times} client-times, {hours} h</translation>
    </message>
    <message>
        <source>Services</source>
        <translation>Services</translation>
    </message>
    <message>
        <source>Training year {year}</source>
        <translation>Training year {year}</translation>
    </message>
    <message>
        <source>Training hours</source>
        <translation>Training hours</translation>
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation>PDF files (*.pdf)</translation>
    </message>
    <message>
        <source>Excel workbooks (*.xlsx)</source>
        <translation>Excel workbooks (*.xlsx)</translation>
    </message>
    <message>
        <source>Export</source>
        <translation>Export</translation>
    </message>
    <message>
        <source>Written: {path}</source>
        <translation>Written: {path}</translation>
    </message>
</context>
<context>
    <name>RestoreDialog</name>
    <message>
        <source>Restore from backup</source>
        <translation>Restore from backup</translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation>Choose…</translation>
    </message>
    <message>
        <source>An account&apos;s password at the time of the backup</source>
        <translation>An account&apos;s password at the time of the backup</translation>
    </message>
    <message>
        <source>The recovery code of that time</source>
        <translation>The recovery code of that time</translation>
    </message>
    <message>
        <source>The backup is checked completely before it replaces anything; the current database is kept beside it.</source>
        <translation>The backup is checked completely before it replaces anything; the current database is kept beside it.</translation>
    </message>
    <message>
        <source>Restore</source>
        <translation>Restore</translation>
    </message>
    <message>
        <source>Backup file</source>
        <translation>Backup file</translation>
    </message>
    <message>
        <source>Account</source>
        <translation>Account</translation>
    </message>
    <message>
        <source>Password or code</source>
        <translation>Password or code</translation>
    </message>
    <message>
        <source>RehabDesk backups (*.rdbackup)</source>
        <translation>RehabDesk backups (*.rdbackup)</translation>
    </message>
    <message>
        <source>The backup from {created} has been restored and checked. Sign in to continue.</source>
        <translation>The backup from {created} has been restored and checked. Sign in to continue.</translation>
    </message>
</context>
<context>
    <name>RetentionTab</name>
    <message>
        <source>Ended case files kept longer than the retention period set under Preferences. Review each with the coordinator: a file still needed (a complaint, a request, a new application) is kept. Nothing is deleted automatically.</source>
        <translation>Ended case files kept longer than the retention period set under Preferences. Review each with the coordinator: a file still needed (a complaint, a request, a new application) is kept. Nothing is deleted automatically.</translation>
    </message>
    <message>
        <source>Case number</source>
        <translation>Case number</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Ended on</source>
        <translation>Ended on</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>Outcome</translation>
    </message>
    <message>
        <source>Past since</source>
        <translation>Past since</translation>
    </message>
    <message>
        <source>{count} case files past the retention period</source>
        <translation>{count} case files past the retention period</translation>
    </message>
</context>
<context>
    <name>RevokeDialog</name>
    <message>
        <source>Revoke a station computer</source>
        <translation>Revoke a station computer</translation>
    </message>
    <message>
        <source>Revoke computer {device} of {station}? Bundles from it are refused from now on, and it cannot be registered again: the station enrols a new computer instead. Revoke only a computer that is lost, stolen or replaced.</source>
        <translation>Revoke computer {device} of {station}? Bundles from it are refused from now on, and it cannot be registered again: the station enrols a new computer instead. Revoke only a computer that is lost, stolen or replaced.</translation>
    </message>
    <message>
        <source>e.g. the computer was stolen on 3 December</source>
        <translation>e.g. the computer was stolen on 3 December</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Reason</translation>
    </message>
    <message>
        <source>Revoke</source>
        <translation>Revoke</translation>
    </message>
    <message>
        <source>Write why it is revoked.</source>
        <translation>Write why it is revoked.</translation>
    </message>
</context>
<context>
    <name>RiskDialog</name>
    <message>
        <source>Record risk</source>
        <translation>Record risk</translation>
    </message>
    <message>
        <source>e.g. home visit, hospital notice, family report</source>
        <translation>e.g. home visit, hospital notice, family report</translation>
    </message>
    <message>
        <source>Recorded on</source>
        <translation>Recorded on</translation>
    </message>
    <message>
        <source>Risk level</source>
        <translation>Risk level</translation>
    </message>
    <message>
        <source>Illness status</source>
        <translation>Illness status</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Source</translation>
    </message>
</context>
<context>
    <name>SafetyPage</name>
    <message>
        <source>Scenario</source>
        <translation>Scenario</translation>
    </message>
    <message>
        <source>Every</source>
        <translation>Every</translation>
    </message>
    <message>
        <source>Last drill</source>
        <translation>Last drill</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>Due</translation>
    </message>
    <message>
        <source>State</source>
        <translation>State</translation>
    </message>
    <message>
        <source>Drill schedule of the key scenarios</source>
        <translation>Drill schedule of the key scenarios</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Title</translation>
    </message>
    <message>
        <source>Scenarios</source>
        <translation>Scenarios</translation>
    </message>
    <message>
        <source>Version</source>
        <translation>Version</translation>
    </message>
    <message>
        <source>In force from</source>
        <translation>In force from</translation>
    </message>
    <message>
        <source>Review due</source>
        <translation>Review due</translation>
    </message>
    <message>
        <source>Responsible</source>
        <translation>Responsible</translation>
    </message>
    <message>
        <source>New plan…</source>
        <translation>New plan…</translation>
    </message>
    <message>
        <source>Edit…</source>
        <translation>Edit…</translation>
    </message>
    <message>
        <source>Record review…</source>
        <translation>Record review…</translation>
    </message>
    <message>
        <source>Attach the plan&apos;s file…</source>
        <translation>Attach the plan&apos;s file…</translation>
    </message>
    <message>
        <source>Open the plan&apos;s file</source>
        <translation>Open the plan&apos;s file</translation>
    </message>
    <message>
        <source>Dates</source>
        <translation>Dates</translation>
    </message>
    <message>
        <source>Provider</source>
        <translation>Provider</translation>
    </message>
    <message>
        <source>Hours</source>
        <translation>Hours</translation>
    </message>
    <message>
        <source>Attendees</source>
        <translation>Attendees</translation>
    </message>
    <message>
        <source>All years</source>
        <translation>All years</translation>
    </message>
    <message>
        <source>All scenarios</source>
        <translation>All scenarios</translation>
    </message>
    <message>
        <source>Number</source>
        <translation>Number</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <source>Staff</source>
        <translation>Staff</translation>
    </message>
    <message>
        <source>Clients</source>
        <translation>Clients</translation>
    </message>
    <message>
        <source>Duration</source>
        <translation>Duration</translation>
    </message>
    <message>
        <source>Open actions</source>
        <translation>Open actions</translation>
    </message>
    <message>
        <source>Plan</source>
        <translation>Plan</translation>
    </message>
    <message>
        <source>Record drill…</source>
        <translation>Record drill…</translation>
    </message>
    <message>
        <source>Print drill record…</source>
        <translation>Print drill record…</translation>
    </message>
    <message>
        <source>Year</source>
        <translation>Year</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Action</translation>
    </message>
    <message>
        <source>Drill</source>
        <translation>Drill</translation>
    </message>
    <message>
        <source>What was done</source>
        <translation>What was done</translation>
    </message>
    <message>
        <source>Add action…</source>
        <translation>Add action…</translation>
    </message>
    <message>
        <source>Close…</source>
        <translation>Close…</translation>
    </message>
    <message>
        <source>Reopen…</source>
        <translation>Reopen…</translation>
    </message>
    <message>
        <source>Drills</source>
        <translation>Drills</translation>
    </message>
    <message>
        <source>Corrective actions</source>
        <translation>Corrective actions</translation>
    </message>
    <message>
        <source>Emergency plans</source>
        <translation>Emergency plans</translation>
    </message>
    <message>
        <source>Safety training</source>
        <translation>Safety training</translation>
    </message>
    <message numerus="yes">
        <source>%n month(s)</source>
        <translation>
            <numerusform>%n month</numerusform>
            <numerusform>%n months</numerusform>
        </translation>
    </message>
    <message>
        <source>Never</source>
        <translation>Never</translation>
    </message>
    <message>
        <source>The annual review is overdue.</source>
        <translation>The annual review is overdue.</translation>
    </message>
    <message numerus="yes">
        <source>Emergency plans (%n past review)</source>
        <translation>
            <numerusform>Emergency plans (%n past review)</numerusform>
            <numerusform>Emergency plans (%n past review)</numerusform>
        </translation>
    </message>
    <message>
        <source>{minutes} min</source>
        <translation>{minutes} min</translation>
    </message>
    <message>
        <source>Done {date}</source>
        <translation>Done {date}</translation>
    </message>
    <message>
        <source>Overdue</source>
        <translation>Overdue</translation>
    </message>
    <message numerus="yes">
        <source>Corrective actions (%n open)</source>
        <translation>
            <numerusform>Corrective actions (%n open)</numerusform>
            <numerusform>Corrective actions (%n open)</numerusform>
        </translation>
    </message>
    <message>
        <source>Select an emergency plan in the list first.</source>
        <translation>Select an emergency plan in the list first.</translation>
    </message>
    <message>
        <source>Select a drill in the list first.</source>
        <translation>Select a drill in the list first.</translation>
    </message>
    <message>
        <source>Corrective actions follow a drill: record a drill first.</source>
        <translation>Corrective actions follow a drill: record a drill first.</translation>
    </message>
    <message>
        <source>Select a corrective action in the list first.</source>
        <translation>Select a corrective action in the list first.</translation>
    </message>
    <message>
        <source>This action is already closed.</source>
        <translation>This action is already closed.</translation>
    </message>
    <message>
        <source>This action is still open.</source>
        <translation>This action is still open.</translation>
    </message>
    <message>
        <source>Record the annual review</source>
        <translation>Record the annual review</translation>
    </message>
    <message>
        <source>Reviewed on</source>
        <translation>Reviewed on</translation>
    </message>
    <message>
        <source>“{title}” was reviewed and is still right (or was updated). The next review is due a year after this date.</source>
        <translation>“{title}” was reviewed and is still right (or was updated). The next review is due a year after this date.</translation>
    </message>
    <message>
        <source>Drill record {number}</source>
        <translation>Drill record {number}</translation>
    </message>
    <message>
        <source>Reopen corrective action</source>
        <translation>Reopen corrective action</translation>
    </message>
    <message>
        <source>New due date</source>
        <translation>New due date</translation>
    </message>
    <message>
        <source>The fix did not hold: the action is open again until the new due date.</source>
        <translation>The fix did not hold: the action is open again until the new due date.</translation>
    </message>
</context>
<context>
    <name>ScanViewerDialog</name>
    <message>
        <source>Scan of the signed paper</source>
        <translation>Scan of the signed paper</translation>
    </message>
    <message>
        <source>This image could not be shown. The file may be damaged.</source>
        <translation>This image could not be shown. The file may be damaged.</translation>
    </message>
    <message>
        <source>SHA-256 fingerprint: {hash}</source>
        <translation>SHA-256 fingerprint: {hash}</translation>
    </message>
    <message>
        <source>Size: {size}</source>
        <translation>Size: {size}</translation>
    </message>
    <message>
        <source>{size} KB</source>
        <translation>{size} KB</translation>
    </message>
    <message>
        <source>{size} MB</source>
        <translation>{size} MB</translation>
    </message>
</context>
<context>
    <name>SettingsPage</name>
    <message>
        <source>Station</source>
        <translation>Station</translation>
    </message>
    <message>
        <source>Preferences</source>
        <translation>Preferences</translation>
    </message>
    <message>
        <source>Accounts</source>
        <translation>Accounts</translation>
    </message>
    <message>
        <source>Staff</source>
        <translation>Staff</translation>
    </message>
    <message>
        <source>Fee schedule</source>
        <translation>Fee schedule</translation>
    </message>
    <message>
        <source>Document templates</source>
        <translation>Document templates</translation>
    </message>
    <message>
        <source>Retention</source>
        <translation>Retention</translation>
    </message>
    <message>
        <source>Backup and keys</source>
        <translation>Backup and keys</translation>
    </message>
</context>
<context>
    <name>Shell</name>
    <message>
        <source>Creating the demo station…</source>
        <translation>Creating the demo station…</translation>
    </message>
</context>
<context>
    <name>SignInWidget</name>
    <message>
        <source>RehabDesk County · Sign in</source>
        <translation>RehabDesk County · Sign in</translation>
    </message>
    <message>
        <source>the county in {folder}</source>
        <translation>the county in {folder}</translation>
    </message>
    <message>
        <source>Opens: {county}</source>
        <translation>Opens: {county}</translation>
    </message>
    <message>
        <source>Sign in</source>
        <translation>Sign in</translation>
    </message>
    <message>
        <source>This PC&apos;s encrypted file</source>
        <translation>This PC&apos;s encrypted file</translation>
    </message>
    <message>
        <source>A PostgreSQL server</source>
        <translation>A PostgreSQL server</translation>
    </message>
    <message>
        <source>postgresql+psycopg://user@address:5432/database</source>
        <translation>postgresql+psycopg://user@address:5432/database</translation>
    </message>
    <message>
        <source>The address the database&apos;s operator gave, without the password. It is remembered in the county folder (never the password).</source>
        <translation>The address the database&apos;s operator gave, without the password. It is remembered in the county folder (never the password).</translation>
    </message>
    <message>
        <source>blank: from the pgpass file</source>
        <translation>blank: from the pgpass file</translation>
    </message>
    <message>
        <source>The database account&apos;s password, kept in memory until you sign out. Left blank, the password comes from PostgreSQL&apos;s own pgpass file on this computer, if there is one.</source>
        <translation>The database account&apos;s password, kept in memory until you sign out. Left blank, the password comes from PostgreSQL&apos;s own pgpass file on this computer, if there is one.</translation>
    </message>
    <message>
        <source>Database</source>
        <translation>Database</translation>
    </message>
    <message>
        <source>Server</source>
        <translation>Server</translation>
    </message>
    <message>
        <source>Database password</source>
        <translation>Database password</translation>
    </message>
    <message>
        <source>Account</source>
        <translation>Account</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>Password</translation>
    </message>
    <message>
        <source>Demo county: account {login}, password {password}</source>
        <translation>Demo county: account {login}, password {password}</translation>
    </message>
    <message>
        <source>Create the county here…</source>
        <translation>Create the county here…</translation>
    </message>
    <message>
        <source>There is no county in this folder yet. Create it with the button below.</source>
        <translation>There is no county in this folder yet. Create it with the button below.</translation>
    </message>
</context>
<context>
    <name>SignInWindow</name>
    <message>
        <source>RehabDesk County · Sign in</source>
        <translation>RehabDesk County · Sign in</translation>
    </message>
</context>
<context>
    <name>StaffDialog</name>
    <message>
        <source>New staff member</source>
        <translation>New staff member</translation>
    </message>
    <message>
        <source>Staff member</source>
        <translation>Staff member</translation>
    </message>
    <message>
        <source>Works directly with clients (counts for the 20-hour training rule)</source>
        <translation>Works directly with clients (counts for the 20-hour training rule)</translation>
    </message>
    <message>
        <source>Does needs assessments (assessor)</source>
        <translation>Does needs assessments (assessor)</translation>
    </message>
    <message>
        <source>empty while employed</source>
        <translation>empty while employed</translation>
    </message>
    <message>
        <source>Staff number</source>
        <translation>Staff number</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Gender</source>
        <translation>Gender</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Phone</translation>
    </message>
    <message>
        <source>Profession</source>
        <translation>Profession</translation>
    </message>
    <message>
        <source>Qualification</source>
        <translation>Qualification</translation>
    </message>
    <message>
        <source>Certificate number</source>
        <translation>Certificate number</translation>
    </message>
    <message>
        <source>Relevant degree</source>
        <translation>Relevant degree</translation>
    </message>
    <message>
        <source>Employment</source>
        <translation>Employment</translation>
    </message>
    <message>
        <source>Start date</source>
        <translation>Start date</translation>
    </message>
    <message>
        <source>End date</source>
        <translation>End date</translation>
    </message>
</context>
<context>
    <name>StaffTab</name>
    <message>
        <source>Staff number</source>
        <translation>Staff number</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Profession</source>
        <translation>Profession</translation>
    </message>
    <message>
        <source>Role in services</source>
        <translation>Role in services</translation>
    </message>
    <message>
        <source>State</source>
        <translation>State</translation>
    </message>
    <message>
        <source>New staff member…</source>
        <translation>New staff member…</translation>
    </message>
    <message>
        <source>Edit…</source>
        <translation>Edit…</translation>
    </message>
    <message>
        <source>direct service</source>
        <translation>direct service</translation>
    </message>
    <message>
        <source>assessor</source>
        <translation>assessor</translation>
    </message>
    <message>
        <source>Employed</source>
        <translation>Employed</translation>
    </message>
    <message>
        <source>Left</source>
        <translation>Left</translation>
    </message>
</context>
<context>
    <name>StaffTrainingPage</name>
    <message>
        <source>Import roster…</source>
        <translation>Import roster…</translation>
    </message>
    <message>
        <source>Print summary…</source>
        <translation>Print summary…</translation>
    </message>
    <message>
        <source>Export to Excel…</source>
        <translation>Export to Excel…</translation>
    </message>
    <message>
        <source>Year</source>
        <translation>Year</translation>
    </message>
    <message>
        <source>Staff number</source>
        <translation>Staff number</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Profession</source>
        <translation>Profession</translation>
    </message>
    <message>
        <source>Required</source>
        <translation>Required</translation>
    </message>
    <message>
        <source>Counted</source>
        <translation>Counted</translation>
    </message>
    <message>
        <source>Not counted</source>
        <translation>Not counted</translation>
    </message>
    <message>
        <source>Still needed</source>
        <translation>Still needed</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Assessor</source>
        <translation>Assessor</translation>
    </message>
    <message>
        <source>New staff member…</source>
        <translation>New staff member…</translation>
    </message>
    <message>
        <source>Print record…</source>
        <translation>Print record…</translation>
    </message>
    <message>
        <source>Worker leaves…</source>
        <translation>Worker leaves…</translation>
    </message>
    <message>
        <source>Workers</source>
        <translation>Workers</translation>
    </message>
    <message>
        <source>Dates</source>
        <translation>Dates</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Title</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Type</translation>
    </message>
    <message>
        <source>Provider</source>
        <translation>Provider</translation>
    </message>
    <message>
        <source>Hours</source>
        <translation>Hours</translation>
    </message>
    <message>
        <source>Counts</source>
        <translation>Counts</translation>
    </message>
    <message>
        <source>Certificate</source>
        <translation>Certificate</translation>
    </message>
    <message>
        <source>Record training…</source>
        <translation>Record training…</translation>
    </message>
    <message>
        <source>Edit course…</source>
        <translation>Edit course…</translation>
    </message>
    <message>
        <source>Delete course…</source>
        <translation>Delete course…</translation>
    </message>
    <message>
        <source>Attach certificate…</source>
        <translation>Attach certificate…</translation>
    </message>
    <message>
        <source>Open certificate</source>
        <translation>Open certificate</translation>
    </message>
    <message>
        <source>Courses</source>
        <translation>Courses</translation>
    </message>
    <message>
        <source>Workers employed in {year} (direct-service workers need {hours} a year)</source>
        <translation>Workers employed in {year} (direct-service workers need {hours} a year)</translation>
    </message>
    <message>
        <source>Your account is not linked to a staff member, so there is no training record to show.</source>
        <translation>Your account is not linked to a staff member, so there is no training record to show.</translation>
    </message>
    <message>
        <source>Direct-service workers with their hours: {done} / {total}</source>
        <translation>Direct-service workers with their hours: {done} / {total}</translation>
    </message>
    <message>
        <source>Assessors with assessor training: {done} / {total}</source>
        <translation>Assessors with assessor training: {done} / {total}</translation>
    </message>
    <message>
        <source>Staff with a relevant degree: {percent} % (target {target} %)</source>
        <translation>Staff with a relevant degree: {percent} % (target {target} %)</translation>
    </message>
    <message numerus="yes">
        <source>Fourth quarter: %n direct-service worker(s) have not done their training hours for this year yet: {names}</source>
        <translation>
            <numerusform>Fourth quarter: %n direct-service worker have not done their training hours for this year yet: {names}</numerusform>
            <numerusform>Fourth quarter: %n direct-service workers have not done their training hours for this year yet: {names}</numerusform>
        </translation>
    </message>
    <message>
        <source>Fourth quarter: you still need {hours} of training this year.</source>
        <translation>Fourth quarter: you still need {hours} of training this year.</translation>
    </message>
    <message>
        <source>{hours} (prorated)</source>
        <translation>{hours} (prorated)</translation>
    </message>
    <message>
        <source>Not applicable</source>
        <translation>Not applicable</translation>
    </message>
    <message>
        <source>Compliant</source>
        <translation>Compliant</translation>
    </message>
    <message>
        <source>Behind</source>
        <translation>Behind</translation>
    </message>
    <message>
        <source>No assessor training</source>
        <translation>No assessor training</translation>
    </message>
    <message>
        <source>Trained</source>
        <translation>Trained</translation>
    </message>
    <message>
        <source>{hours} h × {days} days employed / {year_days} days in the year, rounded up to {step} h</source>
        <translation>{hours} h × {days} days employed / {year_days} days in the year, rounded up to {step} h</translation>
    </message>
    <message>
        <source>Recorded, but not counted toward the yearly hours (safety training by default)</source>
        <translation>Recorded, but not counted toward the yearly hours (safety training by default)</translation>
    </message>
    <message>
        <source>Courses of {name} in {year}</source>
        <translation>Courses of {name} in {year}</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>Yes</translation>
    </message>
    <message>
        <source>No</source>
        <translation>No</translation>
    </message>
    <message>
        <source>Only an admin registers staff members. Ask an admin to add them.</source>
        <translation>Only an admin registers staff members. Ask an admin to add them.</translation>
    </message>
    <message>
        <source>No staff member is registered yet: add one with “New staff member…”.</source>
        <translation>No staff member is registered yet: add one with “New staff member…”.</translation>
    </message>
    <message>
        <source>Select a worker in the list first.</source>
        <translation>Select a worker in the list first.</translation>
    </message>
    <message>
        <source>Select a course in the list first.</source>
        <translation>Select a course in the list first.</translation>
    </message>
    <message>
        <source>Delete course</source>
        <translation>Delete course</translation>
    </message>
    <message>
        <source>Delete “{title}” ({dates}) for every attendee? It no longer counts toward anyone&apos;s hours; the audit log keeps a trace.</source>
        <translation>Delete “{title}” ({dates}) for every attendee? It no longer counts toward anyone&apos;s hours; the audit log keeps a trace.</translation>
    </message>
    <message>
        <source>Training record {number}, {year}</source>
        <translation>Training record {number}, {year}</translation>
    </message>
    <message>
        <source>Training summary {year}</source>
        <translation>Training summary {year}</translation>
    </message>
    <message>
        <source>Export the training summary</source>
        <translation>Export the training summary</translation>
    </message>
    <message>
        <source>Excel workbook (*.xlsx)</source>
        <translation>Excel workbook (*.xlsx)</translation>
    </message>
    <message>
        <source>Saved to {path}</source>
        <translation>Saved to {path}</translation>
    </message>
    <message numerus="yes">
        <source>Leaving recorded; %n account(s) disabled.</source>
        <translation>
            <numerusform>Leaving recorded; %n account disabled.</numerusform>
            <numerusform>Leaving recorded; %n accounts disabled.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>StationForm</name>
    <message>
        <source>as given by the county, e.g. CY0301</source>
        <translation>as given by the county, e.g. CY0301</translation>
    </message>
    <message>
        <source>Urban / comprehensive</source>
        <translation>Urban / comprehensive</translation>
    </message>
    <message>
        <source>Urban / day care</source>
        <translation>Urban / day care</translation>
    </message>
    <message>
        <source>Urban / home support</source>
        <translation>Urban / home support</translation>
    </message>
    <message>
        <source>Rural / comprehensive</source>
        <translation>Rural / comprehensive</translation>
    </message>
    <message>
        <source>Rural / day care</source>
        <translation>Rural / day care</translation>
    </message>
    <message>
        <source>Rural / home support</source>
        <translation>Rural / home support</translation>
    </message>
    <message>
        <source>Run as a government-purchased service</source>
        <translation>Run as a government-purchased service</translation>
    </message>
    <message>
        <source>Station name</source>
        <translation>Station name</translation>
    </message>
    <message>
        <source>Station code</source>
        <translation>Station code</translation>
    </message>
    <message>
        <source>County division code</source>
        <translation>County division code</translation>
    </message>
    <message>
        <source>Station type</source>
        <translation>Station type</translation>
    </message>
    <message>
        <source>Operator</source>
        <translation>Operator</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Address</translation>
    </message>
    <message>
        <source>Contact phone</source>
        <translation>Contact phone</translation>
    </message>
    <message>
        <source>Head of station</source>
        <translation>Head of station</translation>
    </message>
</context>
<context>
    <name>StationPage</name>
    <message>
        <source>Your station</source>
        <translation>Your station</translation>
    </message>
    <message>
        <source>These details head every printed document. Only the station code cannot change later.</source>
        <translation>These details head every printed document. Only the station code cannot change later.</translation>
    </message>
    <message>
        <source>Restore a station from a backup instead…</source>
        <translation>Restore a station from a backup instead…</translation>
    </message>
</context>
<context>
    <name>StationTab</name>
    <message>
        <source>Save (Ctrl+S)</source>
        <translation>Save (Ctrl+S)</translation>
    </message>
    <message>
        <source>Saved.</source>
        <translation>Saved.</translation>
    </message>
</context>
<context>
    <name>StationsPage</name>
    <message>
        <source>Stations</source>
        <translation>Stations</translation>
    </message>
    <message>
        <source>Station</source>
        <translation>Station</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>Code</translation>
    </message>
    <message>
        <source>Division</source>
        <translation>Division</translation>
    </message>
    <message>
        <source>Urban/rural</source>
        <translation>Urban/rural</translation>
    </message>
    <message>
        <source>Computers</source>
        <translation>Computers</translation>
    </message>
    <message>
        <source>Last bundle received</source>
        <translation>Last bundle received</translation>
    </message>
    <message>
        <source>Days since</source>
        <translation>Days since</translation>
    </message>
    <message>
        <source>This quarter</source>
        <translation>This quarter</translation>
    </message>
    <message>
        <source>Register a station&apos;s request…</source>
        <translation>Register a station&apos;s request…</translation>
    </message>
    <message>
        <source>Approve a pending computer…</source>
        <translation>Approve a pending computer…</translation>
    </message>
    <message>
        <source>Revoke a computer…</source>
        <translation>Revoke a computer…</translation>
    </message>
    <message>
        <source>Write the enrolment file for stations…</source>
        <translation>Write the enrolment file for stations…</translation>
    </message>
    <message>
        <source>Only the county&apos;s admin approves or revokes computers.</source>
        <translation>Only the county&apos;s admin approves or revokes computers.</translation>
    </message>
    <message>
        <source>Bundles covering last quarter are due by {deadline}. A station is overdue when nothing has arrived since {start} and the deadline has passed.</source>
        <translation>Bundles covering last quarter are due by {deadline}. A station is overdue when nothing has arrived since {start} and the deadline has passed.</translation>
    </message>
    <message>
        <source>never</source>
        <translation>never</translation>
    </message>
    <message>
        <source>overdue</source>
        <translation>overdue</translation>
    </message>
    <message>
        <source>in time</source>
        <translation>in time</translation>
    </message>
    <message>
        <source>Nothing received since {start}, and the deadline {deadline} for last quarter&apos;s bundles has passed. Remind the station to send its bundle.</source>
        <translation>Nothing received since {start}, and the deadline {deadline} for last quarter&apos;s bundles has passed. Remind the station to send its bundle.</translation>
    </message>
    <message>
        <source>A station&apos;s registration request</source>
        <translation>A station&apos;s registration request</translation>
    </message>
    <message>
        <source>Registration requests (*.rdreq)</source>
        <translation>Registration requests (*.rdreq)</translation>
    </message>
    <message>
        <source>Registered and kept pending: the county&apos;s admin approves it once the station has read out its digits by phone.</source>
        <translation>Registered and kept pending: the county&apos;s admin approves it once the station has read out its digits by phone.</translation>
    </message>
    <message>
        <source>Which computer?</source>
        <translation>Which computer?</translation>
    </message>
    <message>
        <source>Computer</source>
        <translation>Computer</translation>
    </message>
    <message>
        <source>Select a station with a computer awaiting approval.</source>
        <translation>Select a station with a computer awaiting approval.</translation>
    </message>
    <message>
        <source>Select a station with a computer that is not revoked.</source>
        <translation>Select a station with a computer that is not revoked.</translation>
    </message>
    <message>
        <source>The enrolment file for stations</source>
        <translation>The enrolment file for stations</translation>
    </message>
    <message>
        <source>Enrolment files (*.rdenrol)</source>
        <translation>Enrolment files (*.rdenrol)</translation>
    </message>
    <message>
        <source>Enrolment file written: {path}. Hand it to stations only, like a key. The station compares these digits by phone: {digits}</source>
        <translation>Enrolment file written: {path}. Hand it to stations only, like a key. The station compares these digits by phone: {digits}</translation>
    </message>
</context>
<context>
    <name>SummaryPage</name>
    <message>
        <source>Quarter</source>
        <translation>Quarter</translation>
    </message>
    <message>
        <source>Half-year</source>
        <translation>Half-year</translation>
    </message>
    <message>
        <source>Year</source>
        <translation>Year</translation>
    </message>
    <message>
        <source>Period</source>
        <translation>Period</translation>
    </message>
    <message>
        <source>Division</source>
        <translation>Division</translation>
    </message>
    <message>
        <source>yuan, e.g. 125000.00</source>
        <translation>yuan, e.g. 125000.00</translation>
    </message>
    <message>
        <source>a whole number</source>
        <translation>a whole number</translation>
    </message>
    <message>
        <source>Save the figures</source>
        <translation>Save the figures</translation>
    </message>
    <message>
        <source>Preview the table</source>
        <translation>Preview the table</translation>
    </message>
    <message>
        <source>Export XLSX…</source>
        <translation>Export XLSX…</translation>
    </message>
    <message>
        <source>Export PDF…</source>
        <translation>Export PDF…</translation>
    </message>
    <message>
        <source>Summary table for the province</source>
        <translation>Summary table for the province</translation>
    </message>
    <message>
        <source>Q1</source>
        <translation>Q1</translation>
    </message>
    <message>
        <source>Q2</source>
        <translation>Q2</translation>
    </message>
    <message>
        <source>Q3</source>
        <translation>Q3</translation>
    </message>
    <message>
        <source>Q4</source>
        <translation>Q4</translation>
    </message>
    <message>
        <source>first half</source>
        <translation>first half</translation>
    </message>
    <message>
        <source>second half</source>
        <translation>second half</translation>
    </message>
    <message>
        <source>Saved for {division}, {period}.</source>
        <translation>Saved for {division}, {period}.</translation>
    </message>
    <message>
        <source>Excel workbook (*.xlsx)</source>
        <translation>Excel workbook (*.xlsx)</translation>
    </message>
    <message>
        <source>PDF (*.pdf)</source>
        <translation>PDF (*.pdf)</translation>
    </message>
    <message>
        <source>Export the summary table</source>
        <translation>Export the summary table</translation>
    </message>
    <message>
        <source>Written: {path}</source>
        <translation>Written: {path}</translation>
    </message>
</context>
<context>
    <name>SyncPage</name>
    <message>
        <source>Import enrolment file…</source>
        <translation>Import enrolment file…</translation>
    </message>
    <message>
        <source>Write registration request…</source>
        <translation>Write registration request…</translation>
    </message>
    <message>
        <source>Export to USB…</source>
        <translation>Export to USB…</translation>
    </message>
    <message>
        <source>Import acknowledgement…</source>
        <translation>Import acknowledgement…</translation>
    </message>
    <message>
        <source>Send now</source>
        <translation>Send now</translation>
    </message>
    <message>
        <source>County</source>
        <translation>County</translation>
    </message>
    <message>
        <source>Number</source>
        <translation>Number</translation>
    </message>
    <message>
        <source>File</source>
        <translation>File</translation>
    </message>
    <message>
        <source>Written</source>
        <translation>Written</translation>
    </message>
    <message>
        <source>Records</source>
        <translation>Records</translation>
    </message>
    <message>
        <source>State</source>
        <translation>State</translation>
    </message>
    <message>
        <source>Accepted</source>
        <translation>Accepted</translation>
    </message>
    <message>
        <source>Rejected</source>
        <translation>Rejected</translation>
    </message>
    <message>
        <source>Record</source>
        <translation>Record</translation>
    </message>
    <message>
        <source>Id</source>
        <translation>Id</translation>
    </message>
    <message>
        <source>County&apos;s reason</source>
        <translation>County&apos;s reason</translation>
    </message>
    <message>
        <source>Client</source>
        <translation>Client</translation>
    </message>
    <message>
        <source>Double-click a client&apos;s record to open the case file and correct it.</source>
        <translation>Double-click a client&apos;s record to open the case file and correct it.</translation>
    </message>
    <message>
        <source>Bundles</source>
        <translation>Bundles</translation>
    </message>
    <message>
        <source>Rejected by the county</source>
        <translation>Rejected by the county</translation>
    </message>
    <message>
        <source>The county&apos;s enrolment file names no server: bundles go to the county on a USB stick.</source>
        <translation>The county&apos;s enrolment file names no server: bundles go to the county on a USB stick.</translation>
    </message>
    <message>
        <source>Send what the county has not acknowledged to {server}</source>
        <translation>Send what the county has not acknowledged to {server}</translation>
    </message>
    <message>
        <source>Sending to the county server…</source>
        <translation>Sending to the county server…</translation>
    </message>
    <message>
        <source>Last acknowledged by the county: {time}</source>
        <translation>Last acknowledged by the county: {time}</translation>
    </message>
    <message>
        <source>Not enrolled with a county yet. An admin imports the county&apos;s enrolment file.</source>
        <translation>Not enrolled with a county yet. An admin imports the county&apos;s enrolment file.</translation>
    </message>
    <message>
        <source>Not enrolled with a county yet.</source>
        <translation>Not enrolled with a county yet.</translation>
    </message>
    <message>
        <source>{county} ({division})
County key fingerprint: {fingerprint}
This computer: device {device}</source>
        <translation>{county} ({division})
County key fingerprint: {fingerprint}
This computer: device {device}</translation>
    </message>
    <message>
        <source>No secure system keyring is available on this computer: the device key is kept inside the encrypted station database.</source>
        <translation>No secure system keyring is available on this computer: the device key is kept inside the encrypted station database.</translation>
    </message>
    <message>
        <source>The device key is kept in the system keyring.</source>
        <translation>The device key is kept in the system keyring.</translation>
    </message>
    <message>
        <source>Sent, not yet acknowledged</source>
        <translation>Sent, not yet acknowledged</translation>
    </message>
    <message>
        <source>Acknowledged</source>
        <translation>Acknowledged</translation>
    </message>
    <message>
        <source>The rejected records are listed below, with the county&apos;s reason.</source>
        <translation>The rejected records are listed below, with the county&apos;s reason.</translation>
    </message>
    <message>
        <source>Acknowledged together with a later bundle.</source>
        <translation>Acknowledged together with a later bundle.</translation>
    </message>
    <message>
        <source>Nothing waiting: the county has acknowledged every change.</source>
        <translation>Nothing waiting: the county has acknowledged every change.</translation>
    </message>
    <message>
        <source>{kind} {count}</source>
        <translation>{kind} {count}</translation>
    </message>
    <message>
        <source>Changed since the county&apos;s last acknowledgement: {counts}. Oldest change: {oldest}. Records of clients without the consent to provide data to others stay at the station.</source>
        <translation>Changed since the county&apos;s last acknowledgement: {counts}. Oldest change: {oldest}. Records of clients without the consent to provide data to others stay at the station.</translation>
    </message>
    <message>
        <source>, </source>
        <translation>, </translation>
    </message>
    <message>
        <source>{name} ({case_number})</source>
        <translation>{name} ({case_number})</translation>
    </message>
    <message>
        <source>(station record)</source>
        <translation>(station record)</translation>
    </message>
    <message>
        <source>County enrolment file</source>
        <translation>County enrolment file</translation>
    </message>
    <message>
        <source>{county} ({division})
Read these digits to the county by phone and have them confirmed:
{fingerprint}
Then type them here to trust this county key:</source>
        <translation>{county} ({division})
Read these digits to the county by phone and have them confirmed:
{fingerprint}
Then type them here to trust this county key:</translation>
    </message>
    <message>
        <source>Confirm the county key</source>
        <translation>Confirm the county key</translation>
    </message>
    <message>
        <source>Enrolled with the county.</source>
        <translation>Enrolled with the county.</translation>
    </message>
    <message>
        <source>Registration request</source>
        <translation>Registration request</translation>
    </message>
    <message>
        <source>Written: {path}</source>
        <translation>Written: {path}</translation>
    </message>
    <message>
        <source>Writing the bundle for the county…</source>
        <translation>Writing the bundle for the county…</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <source>Export to a USB stick</source>
        <translation>Export to a USB stick</translation>
    </message>
    <message>
        <source>Copying the bundle to the stick and checking the copy…</source>
        <translation>Copying the bundle to the stick and checking the copy…</translation>
    </message>
    <message>
        <source>Export cancelled: nothing was written and no bundle number was used.</source>
        <translation>Export cancelled: nothing was written and no bundle number was used.</translation>
    </message>
    <message>
        <source>Bundle written and verified: {path}</source>
        <translation>Bundle written and verified: {path}</translation>
    </message>
    <message>
        <source>Acknowledgement from the county</source>
        <translation>Acknowledgement from the county</translation>
    </message>
    <message>
        <source>Acknowledgement imported: {committed} committed, {already} already held, {rejected} rejected.</source>
        <translation>Acknowledgement imported: {committed} committed, {already} already held, {rejected} rejected.</translation>
    </message>
</context>
<context>
    <name>TemplatesTab</name>
    <message>
        <source>Consent form</source>
        <translation>Consent form</translation>
    </message>
    <message>
        <source>Service agreement</source>
        <translation>Service agreement</translation>
    </message>
    <message>
        <source>Fee schedule</source>
        <translation>Fee schedule</translation>
    </message>
    <message>
        <source>Document</source>
        <translation>Document</translation>
    </message>
    <message>
        <source>Restore this text into the editor</source>
        <translation>Restore this text into the editor</translation>
    </message>
    <message>
        <source>Back to the editor</source>
        <translation>Back to the editor</translation>
    </message>
    <message>
        <source>Save as new version</source>
        <translation>Save as new version</translation>
    </message>
    <message>
        <source>Versions</source>
        <translation>Versions</translation>
    </message>
    <message>
        <source>Saving makes a new version; forms already printed keep the version they were printed with.
• A line starting with “# ” (hash and space) is a heading.
• Leave a blank line between paragraphs. A single line break prints as a line break.
• {name} prints a value from the list below. To print a brace itself, type it twice: {{ or }}.
• A line holding only [[name]] inserts a table or the signature area.
The title, page header and page numbers are printed by the program.
Double-click an entry to insert it at the cursor.</source>
        <translation>Saving makes a new version; forms already printed keep the version they were printed with.
• A line starting with “# ” (hash and space) is a heading.
• Leave a blank line between paragraphs. A single line break prints as a line break.
• {name} prints a value from the list below. To print a brace itself, type it twice: {{ or }}.
• A line holding only [[name]] inserts a table or the signature area.
The title, page header and page numbers are printed by the program.
Double-click an entry to insert it at the cursor.</translation>
    </message>
    <message>
        <source>How to write a template</source>
        <translation>How to write a template</translation>
    </message>
    <message>
        <source>Version {version}: built-in, not yet used</source>
        <translation>Version {version}: built-in, not yet used</translation>
    </message>
    <message>
        <source>Version {version}: saved {saved}</source>
        <translation>Version {version}: saved {saved}</translation>
    </message>
    <message>
        <source>{version} (current)</source>
        <translation>{version} (current)</translation>
    </message>
    <message>
        <source>Unsaved changes</source>
        <translation>Unsaved changes</translation>
    </message>
    <message>
        <source>The text you edited has not been saved. Save it as a new version first?</source>
        <translation>The text you edited has not been saved. Save it as a new version first?</translation>
    </message>
    <message>
        <source>An old version is shown: choose the current version to edit and save.</source>
        <translation>An old version is shown: choose the current version to edit and save.</translation>
    </message>
    <message>
        <source>You are looking at version {version}, which is no longer in use. It cannot be changed: restore it into the editor and save it to use this text again.</source>
        <translation>You are looking at version {version}, which is no longer in use. It cannot be changed: restore it into the editor and save it to use this text again.</translation>
    </message>
    <message>
        <source>The text of version {version} is in the editor. Save it to make it current.</source>
        <translation>The text of version {version} is in the editor. Save it to make it current.</translation>
    </message>
    <message>
        <source>{document} saved as version {version}.</source>
        <translation>{document} saved as version {version}.</translation>
    </message>
</context>
<context>
    <name>TodayPage</name>
    <message>
        <source>Time</source>
        <translation>Time</translation>
    </message>
    <message>
        <source>Form</source>
        <translation>Form</translation>
    </message>
    <message>
        <source>Clients</source>
        <translation>Clients</translation>
    </message>
    <message>
        <source>Given by</source>
        <translation>Given by</translation>
    </message>
    <message>
        <source>What was done</source>
        <translation>What was done</translation>
    </message>
    <message>
        <source>Change…</source>
        <translation>Change…</translation>
    </message>
    <message>
        <source>Delete…</source>
        <translation>Delete…</translation>
    </message>
    <message>
        <source>Export a period to Excel…</source>
        <translation>Export a period to Excel…</translation>
    </message>
    <message>
        <source>What</source>
        <translation>What</translation>
    </message>
    <message>
        <source>Client or subject</source>
        <translation>Client or subject</translation>
    </message>
    <message>
        <source>Case number</source>
        <translation>Case number</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <source>Record a service</source>
        <translation>Record a service</translation>
    </message>
    <message>
        <source>Day programme attendance</source>
        <translation>Day programme attendance</translation>
    </message>
    <message>
        <source>Today, {day}</source>
        <translation>Today, {day}</translation>
    </message>
    <message>
        <source>{name} (absent)</source>
        <translation>{name} (absent)</translation>
    </message>
    <message>
        <source>Today&apos;s services ({count})</source>
        <translation>Today&apos;s services ({count})</translation>
    </message>
    <message>
        <source>No service is recorded for this day yet.</source>
        <translation>No service is recorded for this day yet.</translation>
    </message>
    <message>
        <source>Delete service record</source>
        <translation>Delete service record</translation>
    </message>
    <message>
        <source>Due ({count}, overdue {overdue})</source>
        <translation>Due ({count}, overdue {overdue})</translation>
    </message>
</context>
<context>
    <name>TrainingDialog</name>
    <message>
        <source>Training course</source>
        <translation>Training course</translation>
    </message>
    <message>
        <source>Record training</source>
        <translation>Record training</translation>
    </message>
    <message>
        <source>e.g. district civil affairs bureau</source>
        <translation>e.g. district civil affairs bureau</translation>
    </message>
    <message>
        <source>e.g. 2.5</source>
        <translation>e.g. 2.5</translation>
    </message>
    <message>
        <source>Counts toward the yearly training hours</source>
        <translation>Counts toward the yearly training hours</translation>
    </message>
    <message>
        <source>Safety and emergency training is kept but does not count by default.</source>
        <translation>Safety and emergency training is kept but does not count by default.</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Title</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Type</translation>
    </message>
    <message>
        <source>Provider</source>
        <translation>Provider</translation>
    </message>
    <message>
        <source>From</source>
        <translation>From</translation>
    </message>
    <message>
        <source>To</source>
        <translation>To</translation>
    </message>
    <message>
        <source>Hours</source>
        <translation>Hours</translation>
    </message>
    <message>
        <source>Attendees</source>
        <translation>Attendees</translation>
    </message>
    <message>
        <source>Filter by name or staff number</source>
        <translation>Filter by name or staff number</translation>
    </message>
    <message>
        <source>Attended</source>
        <translation>Attended</translation>
    </message>
    <message>
        <source>Certificate number (optional)</source>
        <translation>Certificate number (optional)</translation>
    </message>
    <message numerus="yes">
        <source>%n attendee(s) ticked</source>
        <translation>
            <numerusform>%n attendee ticked</numerusform>
            <numerusform>%n attendees ticked</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>TrainingImportDialog</name>
    <message>
        <source>Import a training roster</source>
        <translation>Import a training roster</translation>
    </message>
    <message>
        <source>Choose an .xlsx or .csv file with one attendee per row</source>
        <translation>Choose an .xlsx or .csv file with one attendee per row</translation>
    </message>
    <message>
        <source>Columns: staff number or name, start date, end date, hours, course title and training type; optionally provider, certificate number and whether the hours count. Rows with the same course become one course with several attendees.</source>
        <translation>Columns: staff number or name, start date, end date, hours, course title and training type; optionally provider, certificate number and whether the hours count. Rows with the same course become one course with several attendees.</translation>
    </message>
    <message>
        <source>Choose a file to check it; nothing is written before you import.</source>
        <translation>Choose a file to check it; nothing is written before you import.</translation>
    </message>
    <message>
        <source>Choose the training roster</source>
        <translation>Choose the training roster</translation>
    </message>
    <message>
        <source>Some rows have problems: fix them in the file and choose it again.</source>
        <translation>Some rows have problems: fix them in the file and choose it again.</translation>
    </message>
    <message>
        <source>Rows read: {rows}. Courses: {courses}. Attendances: {attendances}.</source>
        <translation>Rows read: {rows}. Courses: {courses}. Attendances: {attendances}.</translation>
    </message>
    <message numerus="yes">
        <source>%n row(s) have problems. Fix them in the file and choose it again; nothing is imported until every row is right.</source>
        <translation>
            <numerusform>%n row have problems. Fix them in the file and choose it again; nothing is imported until every row is right.</numerusform>
            <numerusform>%n rows have problems. Fix them in the file and choose it again; nothing is imported until every row is right.</numerusform>
        </translation>
    </message>
    <message>
        <source>Every row is right. Import adds all of them at once.</source>
        <translation>Every row is right. Import adds all of them at once.</translation>
    </message>
    <message>
        <source>There are no attendee rows in this file.</source>
        <translation>There are no attendee rows in this file.</translation>
    </message>
    <message numerus="yes">
        <source>%n course(s) imported.</source>
        <translation>
            <numerusform>%n course imported.</numerusform>
            <numerusform>%n courses imported.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>TransitionDialog</name>
    <message>
        <source>Change status</source>
        <translation>Change status</translation>
    </message>
    <message>
        <source>e.g. intake assessment, hospital notice</source>
        <translation>e.g. intake assessment, hospital notice</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>Outcome</translation>
    </message>
    <message>
        <source>Current status</source>
        <translation>Current status</translation>
    </message>
    <message>
        <source>New status</source>
        <translation>New status</translation>
    </message>
    <message>
        <source>On</source>
        <translation>On</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Reason</translation>
    </message>
    <message>
        <source>Based on</source>
        <translation>Based on</translation>
    </message>
    <message>
        <source>No further step is possible from this status.</source>
        <translation>No further step is possible from this status.</translation>
    </message>
</context>
<context>
    <name>UnlockWidget</name>
    <message>
        <source>RehabDesk · Community Rehabilitation Workbench</source>
        <translation>RehabDesk · Community Rehabilitation Workbench</translation>
    </message>
    <message>
        <source>Station: {station}</source>
        <translation>Station: {station}</translation>
    </message>
    <message>
        <source>The screen is locked. Enter your password to continue where you left off.</source>
        <translation>The screen is locked. Enter your password to continue where you left off.</translation>
    </message>
    <message>
        <source>Sign in with your own account. The station&apos;s records are encrypted.</source>
        <translation>Sign in with your own account. The station&apos;s records are encrypted.</translation>
    </message>
    <message>
        <source>Unlock</source>
        <translation>Unlock</translation>
    </message>
    <message>
        <source>Sign in</source>
        <translation>Sign in</translation>
    </message>
    <message>
        <source>Account</source>
        <translation>Account</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>Password</translation>
    </message>
    <message>
        <source>Sign out</source>
        <translation>Sign out</translation>
    </message>
    <message>
        <source>Use recovery code…</source>
        <translation>Use recovery code…</translation>
    </message>
    <message>
        <source>Restore from backup…</source>
        <translation>Restore from backup…</translation>
    </message>
    <message>
        <source>Demo station: account {login}, password {password}</source>
        <translation>Demo station: account {login}, password {password}</translation>
    </message>
    <message>
        <source>Recovery code</source>
        <translation>Recovery code</translation>
    </message>
    <message>
        <source>Type the recovery code from the printed recovery sheet (7 groups of 4):</source>
        <translation>Type the recovery code from the printed recovery sheet (7 groups of 4):</translation>
    </message>
</context>
<context>
    <name>UnlockWindow</name>
    <message>
        <source>RehabDesk · Sign in</source>
        <translation>RehabDesk · Sign in</translation>
    </message>
</context>
<context>
    <name>app</name>
    <message>
        <source>RehabDesk</source>
        <translation>RehabDesk</translation>
    </message>
</context>
<context>
    <name>attached_files</name>
    <message>
        <source>Choose the file to attach</source>
        <translation>Choose the file to attach</translation>
    </message>
    <message>
        <source>Scans and PDF files (*.pdf *.png *.jpg *.jpeg)</source>
        <translation>Scans and PDF files (*.pdf *.png *.jpg *.jpeg)</translation>
    </message>
    <message>
        <source>Attach a file</source>
        <translation>Attach a file</translation>
    </message>
    <message>
        <source>The file could not be read: {reason}</source>
        <translation>The file could not be read: {reason}</translation>
    </message>
</context>
<context>
    <name>audit</name>
    <message>
        <source>Login</source>
        <translation>Login</translation>
    </message>
    <message>
        <source>Failed login</source>
        <translation>Failed login</translation>
    </message>
    <message>
        <source>Failed-login records missing</source>
        <translation>Failed-login records missing</translation>
    </message>
    <message>
        <source>Sign out</source>
        <translation>Sign out</translation>
    </message>
    <message>
        <source>Unlock</source>
        <translation>Unlock</translation>
    </message>
    <message>
        <source>Lock</source>
        <translation>Lock</translation>
    </message>
    <message>
        <source>Opened with recovery code</source>
        <translation>Opened with recovery code</translation>
    </message>
    <message>
        <source>View</source>
        <translation>View</translation>
    </message>
    <message>
        <source>Create</source>
        <translation>Create</translation>
    </message>
    <message>
        <source>Update</source>
        <translation>Update</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Delete</translation>
    </message>
    <message>
        <source>Print</source>
        <translation>Print</translation>
    </message>
    <message>
        <source>Export</source>
        <translation>Export</translation>
    </message>
    <message>
        <source>Backup</source>
        <translation>Backup</translation>
    </message>
    <message>
        <source>Restore</source>
        <translation>Restore</translation>
    </message>
    <message>
        <source>Backup checked (restore drill)</source>
        <translation>Backup checked (restore drill)</translation>
    </message>
    <message>
        <source>Check</source>
        <translation>Check</translation>
    </message>
    <message>
        <source>Denied</source>
        <translation>Denied</translation>
    </message>
    <message>
        <source>Station created</source>
        <translation>Station created</translation>
    </message>
    <message>
        <source>Station details changed</source>
        <translation>Station details changed</translation>
    </message>
    <message>
        <source>Settings changed</source>
        <translation>Settings changed</translation>
    </message>
    <message>
        <source>Account created</source>
        <translation>Account created</translation>
    </message>
    <message>
        <source>Account roles changed</source>
        <translation>Account roles changed</translation>
    </message>
    <message>
        <source>Account linked to a staff member</source>
        <translation>Account linked to a staff member</translation>
    </message>
    <message>
        <source>Account disabled</source>
        <translation>Account disabled</translation>
    </message>
    <message>
        <source>Account unlocked</source>
        <translation>Account unlocked</translation>
    </message>
    <message>
        <source>Password changed</source>
        <translation>Password changed</translation>
    </message>
    <message>
        <source>Password reset</source>
        <translation>Password reset</translation>
    </message>
    <message>
        <source>Master key rotated</source>
        <translation>Master key rotated</translation>
    </message>
    <message>
        <source>Recovery code replaced</source>
        <translation>Recovery code replaced</translation>
    </message>
    <message>
        <source>Masked field shown</source>
        <translation>Masked field shown</translation>
    </message>
    <message>
        <source>Consent form recorded signed</source>
        <translation>Consent form recorded signed</translation>
    </message>
    <message>
        <source>Consent withdrawn</source>
        <translation>Consent withdrawn</translation>
    </message>
    <message>
        <source>Voided</source>
        <translation>Voided</translation>
    </message>
    <message>
        <source>Agreement recorded signed</source>
        <translation>Agreement recorded signed</translation>
    </message>
    <message>
        <source>Agreement terminated</source>
        <translation>Agreement terminated</translation>
    </message>
    <message>
        <source>Agreement renewed</source>
        <translation>Agreement renewed</translation>
    </message>
    <message>
        <source>Scan attached</source>
        <translation>Scan attached</translation>
    </message>
    <message>
        <source>Scan viewed</source>
        <translation>Scan viewed</translation>
    </message>
    <message>
        <source>Template saved</source>
        <translation>Template saved</translation>
    </message>
    <message>
        <source>Withdrawn from the fee schedule</source>
        <translation>Withdrawn from the fee schedule</translation>
    </message>
    <message>
        <source>Published again</source>
        <translation>Published again</translation>
    </message>
    <message>
        <source>Staff member left</source>
        <translation>Staff member left</translation>
    </message>
    <message>
        <source>Plan reviewed</source>
        <translation>Plan reviewed</translation>
    </message>
    <message>
        <source>Corrective action done</source>
        <translation>Corrective action done</translation>
    </message>
    <message>
        <source>Corrective action reopened</source>
        <translation>Corrective action reopened</translation>
    </message>
    <message>
        <source>Import</source>
        <translation>Import</translation>
    </message>
    <message>
        <source>Case status changed</source>
        <translation>Case status changed</translation>
    </message>
    <message>
        <source>New application</source>
        <translation>New application</translation>
    </message>
    <message>
        <source>Risk level recorded</source>
        <translation>Risk level recorded</translation>
    </message>
    <message>
        <source>Plan approved</source>
        <translation>Plan approved</translation>
    </message>
    <message>
        <source>Follow-up recorded</source>
        <translation>Follow-up recorded</translation>
    </message>
    <message>
        <source>Waiting list place confirmed</source>
        <translation>Waiting list place confirmed</translation>
    </message>
    <message>
        <source>Enrolled with the county</source>
        <translation>Enrolled with the county</translation>
    </message>
    <message>
        <source>Enrolled with the county again</source>
        <translation>Enrolled with the county again</translation>
    </message>
    <message>
        <source>Registration request written</source>
        <translation>Registration request written</translation>
    </message>
    <message>
        <source>Records exported for the county</source>
        <translation>Records exported for the county</translation>
    </message>
    <message>
        <source>County acknowledgement imported</source>
        <translation>County acknowledgement imported</translation>
    </message>
    <message>
        <source>Account</source>
        <translation>Account</translation>
    </message>
    <message>
        <source>Station</source>
        <translation>Station</translation>
    </message>
    <message>
        <source>Client</source>
        <translation>Client</translation>
    </message>
    <message>
        <source>Staff member</source>
        <translation>Staff member</translation>
    </message>
    <message>
        <source>Consent form</source>
        <translation>Consent form</translation>
    </message>
    <message>
        <source>Consent</source>
        <translation>Consent</translation>
    </message>
    <message>
        <source>Service agreement</source>
        <translation>Service agreement</translation>
    </message>
    <message>
        <source>Fee item</source>
        <translation>Fee item</translation>
    </message>
    <message>
        <source>Fee schedule</source>
        <translation>Fee schedule</translation>
    </message>
    <message>
        <source>Document template</source>
        <translation>Document template</translation>
    </message>
    <message>
        <source>Training</source>
        <translation>Training</translation>
    </message>
    <message>
        <source>Emergency plan</source>
        <translation>Emergency plan</translation>
    </message>
    <message>
        <source>Drill</source>
        <translation>Drill</translation>
    </message>
    <message>
        <source>Corrective action</source>
        <translation>Corrective action</translation>
    </message>
    <message>
        <source>Assessment</source>
        <translation>Assessment</translation>
    </message>
    <message>
        <source>Rehabilitation plan</source>
        <translation>Rehabilitation plan</translation>
    </message>
    <message>
        <source>Referral</source>
        <translation>Referral</translation>
    </message>
    <message>
        <source>Service record</source>
        <translation>Service record</translation>
    </message>
    <message>
        <source>Indicators</source>
        <translation>Indicators</translation>
    </message>
    <message>
        <source>County bundle</source>
        <translation>County bundle</translation>
    </message>
    <message>
        <source>This computer&apos;s sync key</source>
        <translation>This computer&apos;s sync key</translation>
    </message>
    <message>
        <source>Enrolment with the county</source>
        <translation>Enrolment with the county</translation>
    </message>
    <message>
        <source>Follow-up</source>
        <translation>Follow-up</translation>
    </message>
    <message>
        <source>Status change</source>
        <translation>Status change</translation>
    </message>
    <message>
        <source>Erasure</source>
        <translation>Erasure</translation>
    </message>
    <message>
        <source>Roles</source>
        <translation>Roles</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Reason</translation>
    </message>
    <message>
        <source>File</source>
        <translation>File</translation>
    </message>
    <message>
        <source>Changed</source>
        <translation>Changed</translation>
    </message>
    <message>
        <source>Document</source>
        <translation>Document</translation>
    </message>
    <message>
        <source>Permission</source>
        <translation>Permission</translation>
    </message>
    <message>
        <source>Function</source>
        <translation>Function</translation>
    </message>
    <message>
        <source>Problems</source>
        <translation>Problems</translation>
    </message>
    <message>
        <source>Rows</source>
        <translation>Rows</translation>
    </message>
    <message>
        <source>What</source>
        <translation>What</translation>
    </message>
    <message>
        <source>At</source>
        <translation>At</translation>
    </message>
    <message>
        <source>Backup made</source>
        <translation>Backup made</translation>
    </message>
    <message>
        <source>Client record</source>
        <translation>Client record</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Kind</translation>
    </message>
    <message>
        <source>Consents given</source>
        <translation>Consents given</translation>
    </message>
    <message>
        <source>Signed by</source>
        <translation>Signed by</translation>
    </message>
    <message>
        <source>Template version</source>
        <translation>Template version</translation>
    </message>
    <message>
        <source>Blank form</source>
        <translation>Blank form</translation>
    </message>
    <message>
        <source>Price (fen)</source>
        <translation>Price (fen)</translation>
    </message>
    <message>
        <source>Old price (fen)</source>
        <translation>Old price (fen)</translation>
    </message>
    <message>
        <source>Part</source>
        <translation>Part</translation>
    </message>
    <message>
        <source>Fields</source>
        <translation>Fields</translation>
    </message>
    <message>
        <source>Attendees</source>
        <translation>Attendees</translation>
    </message>
    <message>
        <source>Own record</source>
        <translation>Own record</translation>
    </message>
    <message>
        <source>Scenario</source>
        <translation>Scenario</translation>
    </message>
    <message>
        <source>Accounts closed</source>
        <translation>Accounts closed</translation>
    </message>
    <message>
        <source>Year</source>
        <translation>Year</translation>
    </message>
    <message>
        <source>Courses</source>
        <translation>Courses</translation>
    </message>
    <message>
        <source>From</source>
        <translation>From</translation>
    </message>
    <message>
        <source>To</source>
        <translation>To</translation>
    </message>
    <message>
        <source>Episode</source>
        <translation>Episode</translation>
    </message>
    <message>
        <source>Version</source>
        <translation>Version</translation>
    </message>
    <message>
        <source>Scale</source>
        <translation>Scale</translation>
    </message>
    <message>
        <source>Copy</source>
        <translation>Copy</translation>
    </message>
    <message>
        <source>Service form</source>
        <translation>Service form</translation>
    </message>
    <message>
        <source>Direction</source>
        <translation>Direction</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>Field</translation>
    </message>
    <message>
        <source>Clients</source>
        <translation>Clients</translation>
    </message>
    <message>
        <source>Bundle number</source>
        <translation>Bundle number</translation>
    </message>
    <message>
        <source>Records</source>
        <translation>Records</translation>
    </message>
    <message>
        <source>Moved into the log</source>
        <translation>Moved into the log</translation>
    </message>
    <message>
        <source>Found</source>
        <translation>Found</translation>
    </message>
    <message>
        <source>Format</source>
        <translation>Format</translation>
    </message>
    <message>
        <source>List</source>
        <translation>List</translation>
    </message>
    <message>
        <source>Period</source>
        <translation>Period</translation>
    </message>
    <message>
        <source>Size (bytes)</source>
        <translation>Size (bytes)</translation>
    </message>
    <message>
        <source>County</source>
        <translation>County</translation>
    </message>
    <message>
        <source>County key fingerprint</source>
        <translation>County key fingerprint</translation>
    </message>
    <message>
        <source>Device key kept in</source>
        <translation>Device key kept in</translation>
    </message>
    <message>
        <source>System key store</source>
        <translation>System key store</translation>
    </message>
    <message>
        <source>Accepted</source>
        <translation>Accepted</translation>
    </message>
    <message>
        <source>Already there</source>
        <translation>Already there</translation>
    </message>
    <message>
        <source>Rejected</source>
        <translation>Rejected</translation>
    </message>
    <message>
        <source>Staff number</source>
        <translation>Staff number</translation>
    </message>
    <message>
        <source>Period from</source>
        <translation>Period from</translation>
    </message>
    <message>
        <source>Period to</source>
        <translation>Period to</translation>
    </message>
    <message>
        <source>case file</source>
        <translation>case file</translation>
    </message>
    <message>
        <source>the station&apos;s copy</source>
        <translation>the station&apos;s copy</translation>
    </message>
    <message>
        <source>the client&apos;s own copy</source>
        <translation>the client&apos;s own copy</translation>
    </message>
    <message>
        <source>training summary</source>
        <translation>training summary</translation>
    </message>
    <message>
        <source>demo services</source>
        <translation>demo services</translation>
    </message>
    <message>
        <source>demo case files</source>
        <translation>demo case files</translation>
    </message>
    <message>
        <source>idle</source>
        <translation>idle</translation>
    </message>
    <message>
        <source>locked by the user</source>
        <translation>locked by the user</translation>
    </message>
    <message>
        <source>computer going to sleep</source>
        <translation>computer going to sleep</translation>
    </message>
    <message>
        <source>screen locked</source>
        <translation>screen locked</translation>
    </message>
    <message>
        <source>when the app closed</source>
        <translation>when the app closed</translation>
    </message>
    <message>
        <source>recovery sheet</source>
        <translation>recovery sheet</translation>
    </message>
    <message>
        <source>audit log</source>
        <translation>audit log</translation>
    </message>
    <message>
        <source>demo training records</source>
        <translation>demo training records</translation>
    </message>
    <message>
        <source>training records</source>
        <translation>training records</translation>
    </message>
    <message>
        <source>training record</source>
        <translation>training record</translation>
    </message>
    <message>
        <source>indicators</source>
        <translation>indicators</translation>
    </message>
    <message>
        <source>the system key store</source>
        <translation>the system key store</translation>
    </message>
    <message>
        <source>the encrypted station database</source>
        <translation>the encrypted station database</translation>
    </message>
    <message>
        <source>client list (ID numbers masked)</source>
        <translation>client list (ID numbers masked)</translation>
    </message>
    <message>
        <source>client list with full ID numbers</source>
        <translation>client list with full ID numbers</translation>
    </message>
    <message>
        <source>service records</source>
        <translation>service records</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>yes</translation>
    </message>
    <message>
        <source>no</source>
        <translation>no</translation>
    </message>
    <message>
        <source>started by hand</source>
        <translation>started by hand</translation>
    </message>
    <message>
        <source>{label}: {value}</source>
        <translation>{label}: {value}</translation>
    </message>
    <message>
        <source>; </source>
        <translation>; </translation>
    </message>
</context>
<context>
    <name>cases</name>
    <message>
        <source>Job placement</source>
        <translation>Job placement</translation>
    </message>
    <message>
        <source>Sheltered or public-benefit work</source>
        <translation>Sheltered or public-benefit work</translation>
    </message>
    <message>
        <source>Other community service</source>
        <translation>Other community service</translation>
    </message>
    <message>
        <source>Back to community living</source>
        <translation>Back to community living</translation>
    </message>
    <message>
        <source>Relapse, to hospital</source>
        <translation>Relapse, to hospital</translation>
    </message>
    <message>
        <source>Moved away</source>
        <translation>Moved away</translation>
    </message>
    <message>
        <source>Withdrew</source>
        <translation>Withdrew</translation>
    </message>
    <message>
        <source>Lost contact</source>
        <translation>Lost contact</translation>
    </message>
    <message>
        <source>Died</source>
        <translation>Died</translation>
    </message>
    <message>
        <source>Intake</source>
        <translation>Intake</translation>
    </message>
    <message>
        <source>Stage review</source>
        <translation>Stage review</translation>
    </message>
    <message>
        <source>Closing</source>
        <translation>Closing</translation>
    </message>
    <message>
        <source>Referral</source>
        <translation>Referral</translation>
    </message>
    <message>
        <source>Draft</source>
        <translation>Draft</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>Active</translation>
    </message>
    <message>
        <source>Superseded</source>
        <translation>Superseded</translation>
    </message>
    <message>
        <source>Closed</source>
        <translation>Closed</translation>
    </message>
    <message>
        <source>Long-term</source>
        <translation>Long-term</translation>
    </message>
    <message>
        <source>Short-term</source>
        <translation>Short-term</translation>
    </message>
    <message>
        <source>Referred in</source>
        <translation>Referred in</translation>
    </message>
    <message>
        <source>Referred out</source>
        <translation>Referred out</translation>
    </message>
    <message>
        <source>Hospital (green channel)</source>
        <translation>Hospital (green channel)</translation>
    </message>
    <message>
        <source>Employment</source>
        <translation>Employment</translation>
    </message>
    <message>
        <source>Sheltered work</source>
        <translation>Sheltered work</translation>
    </message>
    <message>
        <source>Transfer to another station</source>
        <translation>Transfer to another station</translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation>Choose…</translation>
    </message>
    <message>
        <source>A risk level of 3 or more, or an unstable illness status, calls for a green-channel referral to hospital and for suspending the client&apos;s services.</source>
        <translation>A risk level of 3 or more, or an unstable illness status, calls for a green-channel referral to hospital and for suspending the client&apos;s services.</translation>
    </message>
    <message>
        <source>The case cannot be suspended from its present status.</source>
        <translation>The case cannot be suspended from its present status.</translation>
    </message>
    <message>
        <source>Green channel</source>
        <translation>Green channel</translation>
    </message>
    <message>
        <source>Suspend now…</source>
        <translation>Suspend now…</translation>
    </message>
    <message>
        <source>Not now</source>
        <translation>Not now</translation>
    </message>
    <message>
        <source>OK</source>
        <translation>OK</translation>
    </message>
</context>
<context>
    <name>checks</name>
    <message>
        <source>Encrypted page check failed: {where}</source>
        <translation>Encrypted page check failed: {where}</translation>
    </message>
    <message>
        <source>Database integrity check failed: {where}</source>
        <translation>Database integrity check failed: {where}</translation>
    </message>
    <message>
        <source>Broken links between records: {where}</source>
        <translation>Broken links between records: {where}</translation>
    </message>
    <message>
        <source>Database schema is not the current version: {where}</source>
        <translation>Database schema is not the current version: {where}</translation>
    </message>
    <message>
        <source>Audit log: entry {where} is missing (deleted)</source>
        <translation>Audit log: entry {where} is missing (deleted)</translation>
    </message>
    <message>
        <source>Audit log: chain broken at entry {where} (reordered or removed)</source>
        <translation>Audit log: chain broken at entry {where} (reordered or removed)</translation>
    </message>
    <message>
        <source>Audit log: entry {where} was altered</source>
        <translation>Audit log: entry {where} was altered</translation>
    </message>
    <message>
        <source>Audit log: newest entries were cut off ({where})</source>
        <translation>Audit log: newest entries were cut off ({where})</translation>
    </message>
    <message>
        <source>Audit log: entry {where} differs from the recorded head</source>
        <translation>Audit log: entry {where} differs from the recorded head</translation>
    </message>
    <message>
        <source>Audit log: the recorded head (audit-head.json) is missing</source>
        <translation>Audit log: the recorded head (audit-head.json) is missing</translation>
    </message>
    <message>
        <source>Audit log: the recorded head was altered</source>
        <translation>Audit log: the recorded head was altered</translation>
    </message>
    <message>
        <source>Key file is older than the database</source>
        <translation>Key file is older than the database</translation>
    </message>
    <message>
        <source>The county&apos;s key is missing: {where}</source>
        <translation>The county&apos;s key is missing: {where}</translation>
    </message>
    <message>
        <source>The county&apos;s sealed keys cannot be opened with this key file (altered or another county&apos;s)</source>
        <translation>The county&apos;s sealed keys cannot be opened with this key file (altered or another county&apos;s)</translation>
    </message>
</context>
<context>
    <name>consent_dialogs</name>
    <message>
        <source>The service consent is the form itself: always given.</source>
        <translation>The service consent is the form itself: always given.</translation>
    </message>
</context>
<context>
    <name>console</name>
    <message>
        <source>Name the first admin account with --user.</source>
        <translation>Name the first admin account with --user.</translation>
    </message>
    <message>
        <source>Password for the new admin account: </source>
        <translation>Password for the new admin account: </translation>
    </message>
    <message>
        <source>Repeat the password: </source>
        <translation>Repeat the password: </translation>
    </message>
    <message>
        <source>The two passwords are not the same.</source>
        <translation>The two passwords are not the same.</translation>
    </message>
    <message>
        <source>Station created in {folder}</source>
        <translation>Station created in {folder}</translation>
    </message>
    <message>
        <source>Recovery code (shown only this once; keep the printed sheet locked away):</source>
        <translation>Recovery code (shown only this once; keep the printed sheet locked away):</translation>
    </message>
    <message>
        <source>Recovery sheet written to {path}</source>
        <translation>Recovery sheet written to {path}</translation>
    </message>
    <message>
        <source>--clients must be 0 or more, --staff at least 1, --training-years 0 to 30.</source>
        <translation>--clients must be 0 or more, --staff at least 1, --training-years 0 to 30.</translation>
    </message>
    <message>
        <source>--services-per-client must be 0 to 1000.</source>
        <translation>--services-per-client must be 0 to 1000.</translation>
    </message>
    <message>
        <source>Creating demo station: {percent}%</source>
        <translation>Creating demo station: {percent}%</translation>
    </message>
    <message>
        <source>Demo station ready in {folder}</source>
        <translation>Demo station ready in {folder}</translation>
    </message>
    <message>
        <source>Log in as {login} with password {password}</source>
        <translation>Log in as {login} with password {password}</translation>
    </message>
    <message>
        <source>Case {case_number} has {count} service records (the largest case file).</source>
        <translation>Case {case_number} has {count} service records (the largest case file).</translation>
    </message>
    <message>
        <source>Name your account with --user.</source>
        <translation>Name your account with --user.</translation>
    </message>
    <message>
        <source>Password: </source>
        <translation>Password: </translation>
    </message>
    <message>
        <source>Schema version: {revision}</source>
        <translation>Schema version: {revision}</translation>
    </message>
    <message>
        <source>Key file generation: {slot} (database expects {database})</source>
        <translation>Key file generation: {slot} (database expects {database})</translation>
    </message>
    <message>
        <source>Audit entries: {count}</source>
        <translation>Audit entries: {count}</translation>
    </message>
    <message>
        <source>All checks passed.</source>
        <translation>All checks passed.</translation>
    </message>
    <message>
        <source>Problems were found.</source>
        <translation>Problems were found.</translation>
    </message>
    <message>
        <source>Backup written and verified: {path}</source>
        <translation>Backup written and verified: {path}</translation>
    </message>
    <message>
        <source>Warning: the backup is on the same disk as the data. Copy it to a USB stick too.</source>
        <translation>Warning: the backup is on the same disk as the data. Copy it to a USB stick too.</translation>
    </message>
    <message>
        <source>Give --user (an account of the time of the backup) or --recovery-code.</source>
        <translation>Give --user (an account of the time of the backup) or --recovery-code.</translation>
    </message>
    <message>
        <source>Recovery code: </source>
        <translation>Recovery code: </translation>
    </message>
    <message>
        <source>Backup from {created} restored and verified.</source>
        <translation>Backup from {created} restored and verified.</translation>
    </message>
    <message>
        <source>The database it replaced is kept as {path}</source>
        <translation>The database it replaced is kept as {path}</translation>
    </message>
    <message>
        <source>A case file is printed for one client: give --client CASE_NO.</source>
        <translation>A case file is printed for one client: give --client CASE_NO.</translation>
    </message>
    <message>
        <source>Give --client CASE_NO or --blank.</source>
        <translation>Give --client CASE_NO or --blank.</translation>
    </message>
    <message>
        <source>Written: {path}</source>
        <translation>Written: {path}</translation>
    </message>
    <message>
        <source>Give both --from and --to.</source>
        <translation>Give both --from and --to.</translation>
    </message>
    <message>
        <source>Write the dates as YYYY-MM-DD.</source>
        <translation>Write the dates as YYYY-MM-DD.</translation>
    </message>
    <message>
        <source>The report is written as .pdf or .xlsx: name the file so.</source>
        <translation>The report is written as .pdf or .xlsx: name the file so.</translation>
    </message>
    <message>
        <source>County: {name} ({division})</source>
        <translation>County: {name} ({division})</translation>
    </message>
    <message>
        <source>County key fingerprint: {fingerprint}</source>
        <translation>County key fingerprint: {fingerprint}</translation>
    </message>
    <message>
        <source>This replaces the county key trusted until now: {fingerprint}</source>
        <translation>This replaces the county key trusted until now: {fingerprint}</translation>
    </message>
    <message>
        <source>Type the fingerprint the county read out to you by phone: </source>
        <translation>Type the fingerprint the county read out to you by phone: </translation>
    </message>
    <message>
        <source>Enrolled. This computer is device {device}.</source>
        <translation>Enrolled. This computer is device {device}.</translation>
    </message>
    <message>
        <source>Device key fingerprint: {fingerprint}</source>
        <translation>Device key fingerprint: {fingerprint}</translation>
    </message>
    <message>
        <source>No secure system keyring is available, so the device key is kept inside the encrypted station database.</source>
        <translation>No secure system keyring is available, so the device key is kept inside the encrypted station database.</translation>
    </message>
    <message>
        <source>Bundle written and verified: {path}</source>
        <translation>Bundle written and verified: {path}</translation>
    </message>
    <message>
        <source>Not yet acknowledged, copied again: {path}</source>
        <translation>Not yet acknowledged, copied again: {path}</translation>
    </message>
    <message>
        <source>Acknowledgement imported for bundle {sequence}: {committed} committed, {already} already held, {rejected} rejected.</source>
        <translation>Acknowledgement imported for bundle {sequence}: {committed} committed, {already} already held, {rejected} rejected.</translation>
    </message>
    <message>
        <source>Not enrolled with a county.</source>
        <translation>Not enrolled with a county.</translation>
    </message>
    <message>
        <source>This computer is device {device}.</source>
        <translation>This computer is device {device}.</translation>
    </message>
    <message>
        <source>County server: {server}</source>
        <translation>County server: {server}</translation>
    </message>
    <message>
        <source>Bundles sent: {sent}, acknowledged: {acknowledged}, last sequence: {sequence}</source>
        <translation>Bundles sent: {sent}, acknowledged: {acknowledged}, last sequence: {sequence}</translation>
    </message>
    <message>
        <source>Sending to the county server…</source>
        <translation>Sending to the county server…</translation>
    </message>
    <message>
        <source>Bundle {sequence} had already reached the county.</source>
        <translation>Bundle {sequence} had already reached the county.</translation>
    </message>
    <message>
        <source>Nothing new to send: the county has everything.</source>
        <translation>Nothing new to send: the county has everything.</translation>
    </message>
    <message>
        <source>Nothing waiting: the county has acknowledged every change.</source>
        <translation>Nothing waiting: the county has acknowledged every change.</translation>
    </message>
    <message>
        <source>, </source>
        <translation>, </translation>
    </message>
    <message>
        <source>{kind} {count}</source>
        <translation>{kind} {count}</translation>
    </message>
    <message>
        <source>Changed since the county&apos;s last acknowledgement: {counts}.</source>
        <translation>Changed since the county&apos;s last acknowledgement: {counts}.</translation>
    </message>
    <message>
        <source>Oldest change: {oldest}.</source>
        <translation>Oldest change: {oldest}.</translation>
    </message>
    <message>
        <source>Records of clients without the consent to provide data to others stay at the station.</source>
        <translation>Records of clients without the consent to provide data to others stay at the station.</translation>
    </message>
    <message>
        <source>Last bundles (newest first):</source>
        <translation>Last bundles (newest first):</translation>
    </message>
    <message>
        <source>sent, not yet acknowledged</source>
        <translation>sent, not yet acknowledged</translation>
    </message>
    <message>
        <source>acknowledged together with a later bundle</source>
        <translation>acknowledged together with a later bundle</translation>
    </message>
    <message>
        <source>acknowledged: {committed} received, {rejected} rejected</source>
        <translation>acknowledged: {committed} received, {rejected} rejected</translation>
    </message>
    <message>
        <source>Bundle {sequence}: {file}, {created}, {records} records, {state}</source>
        <translation>Bundle {sequence}: {file}, {created}, {records} records, {state}</translation>
    </message>
    <message>
        <source>Create a throw-away station</source>
        <translation>Create a throw-away station</translation>
    </message>
    <message>
        <source>Sign in</source>
        <translation>Sign in</translation>
    </message>
    <message>
        <source>Register a client</source>
        <translation>Register a client</translation>
    </message>
    <message>
        <source>Record a service</source>
        <translation>Record a service</translation>
    </message>
    <message>
        <source>Print a consent form and read it back</source>
        <translation>Print a consent form and read it back</translation>
    </message>
    <message>
        <source>Back up and check the backup</source>
        <translation>Back up and check the backup</translation>
    </message>
    <message>
        <source>Open and paint the main window</source>
        <translation>Open and paint the main window</translation>
    </message>
    <message>
        <source>Delete the throw-away station</source>
        <translation>Delete the throw-away station</translation>
    </message>
    <message>
        <source>RehabDesk {version} self-test</source>
        <translation>RehabDesk {version} self-test</translation>
    </message>
    <message>
        <source>{step}: passed ({seconds})</source>
        <translation>{step}: passed ({seconds})</translation>
    </message>
    <message>
        <source>{step}: FAILED: {reason}</source>
        <translation>{step}: FAILED: {reason}</translation>
    </message>
    <message>
        <source>Self-test failed.</source>
        <translation>Self-test failed.</translation>
    </message>
    <message>
        <source>Self-test passed in {seconds} s.</source>
        <translation>Self-test passed in {seconds} s.</translation>
    </message>
    <message>
        <source>RehabDesk cannot open its window: this computer lacks system libraries that Qt needs to draw on the screen. Install them with this command, then start RehabDesk again:</source>
        <translation>RehabDesk cannot open its window: this computer lacks system libraries that Qt needs to draw on the screen. Install them with this command, then start RehabDesk again:</translation>
    </message>
    <message>
        <source>Cancelled.</source>
        <translation>Cancelled.</translation>
    </message>
    <message>
        <source>A file could not be read or written: {reason}</source>
        <translation>A file could not be read or written: {reason}</translation>
    </message>
    <message>
        <source>An unexpected error occurred. Details (without personal data) are in {path}</source>
        <translation>An unexpected error occurred. Details (without personal data) are in {path}</translation>
    </message>
    <message>
        <source>County created in {folder}</source>
        <translation>County created in {folder}</translation>
    </message>
    <message>
        <source>Recovery code (shown only this once; write it down and lock it away):</source>
        <translation>Recovery code (shown only this once; write it down and lock it away):</translation>
    </message>
    <message>
        <source>The county&apos;s key fingerprint, to read out to stations by phone:</source>
        <translation>The county&apos;s key fingerprint, to read out to stations by phone:</translation>
    </message>
    <message>
        <source>Creating the demo county: station {done} of {total}</source>
        <translation>Creating the demo county: station {done} of {total}</translation>
    </message>
    <message>
        <source>Demo county ready in {folder}</source>
        <translation>Demo county ready in {folder}</translation>
    </message>
    <message>
        <source>Change your first password before anything else: rehabdesk-county passwd</source>
        <translation>Change your first password before anything else: rehabdesk-county passwd</translation>
    </message>
    <message>
        <source>Enrolment file written: {path}</source>
        <translation>Enrolment file written: {path}</translation>
    </message>
    <message>
        <source>It holds the county&apos;s pseudonym key: hand it to stations only, like a key.</source>
        <translation>It holds the county&apos;s pseudonym key: hand it to stations only, like a key.</translation>
    </message>
    <message>
        <source>Fingerprint to read out by phone:</source>
        <translation>Fingerprint to read out by phone:</translation>
    </message>
    <message>
        <source>Rotating makes a new encryption and signing key for the county. Bundles made with the old enrolment file still open and get acknowledgements the station accepts, but every station must import a new enrolment file (and compare its new fingerprint by phone) to use the new key. The pseudonym key does not change. Run again with --yes to rotate.</source>
        <translation>Rotating makes a new encryption and signing key for the county. Bundles made with the old enrolment file still open and get acknowledgements the station accepts, but every station must import a new enrolment file (and compare its new fingerprint by phone) to use the new key. The pseudonym key does not change. Run again with --yes to rotate.</translation>
    </message>
    <message>
        <source>The county&apos;s keys were rotated (generation {generation}); the old ones are kept to open bundles made with them.</source>
        <translation>The county&apos;s keys were rotated (generation {generation}); the old ones are kept to open bundles made with them.</translation>
    </message>
    <message>
        <source>New fingerprint, to read out to stations by phone:</source>
        <translation>New fingerprint, to read out to stations by phone:</translation>
    </message>
    <message>
        <source>Next: write a new enrolment file (rehabdesk-county enrolment --out FILE) and have every station import it.</source>
        <translation>Next: write a new enrolment file (rehabdesk-county enrolment --out FILE) and have every station import it.</translation>
    </message>
    <message>
        <source>current</source>
        <translation>current</translation>
    </message>
    <message>
        <source>retired {at}</source>
        <translation>retired {at}</translation>
    </message>
    <message>
        <source>generation {number}: encryption key {key_id}, {state}</source>
        <translation>generation {number}: encryption key {key_id}, {state}</translation>
    </message>
    <message>
        <source>Station: {name} ({code}), division {division}</source>
        <translation>Station: {name} ({code}), division {division}</translation>
    </message>
    <message>
        <source>Computer: {device}</source>
        <translation>Computer: {device}</translation>
    </message>
    <message>
        <source>Fingerprint (the station reads it out by phone; compare every digit):</source>
        <translation>Fingerprint (the station reads it out by phone; compare every digit):</translation>
    </message>
    <message>
        <source>Approved: bundles from this computer are accepted.</source>
        <translation>Approved: bundles from this computer are accepted.</translation>
    </message>
    <message>
        <source>Kept pending. Once the digits are confirmed by phone, approve it with:</source>
        <translation>Kept pending. Once the digits are confirmed by phone, approve it with:</translation>
    </message>
    <message>
        <source>Computer {device} revoked: its bundles are refused from now on.</source>
        <translation>Computer {device} revoked: its bundles are refused from now on.</translation>
    </message>
    <message>
        <source>No stations registered yet.</source>
        <translation>No stations registered yet.</translation>
    </message>
    <message>
        <source>never</source>
        <translation>never</translation>
    </message>
    <message>
        <source> ({days} days ago)</source>
        <translation> ({days} days ago)</translation>
    </message>
    <message>
        <source>  OVERDUE for this quarter</source>
        <translation>  OVERDUE for this quarter</translation>
    </message>
    <message>
        <source>last bundle: {last}</source>
        <translation>last bundle: {last}</translation>
    </message>
    <message>
        <source>received: {committed} new or newer, {already} already held, {rejected} quarantined</source>
        <translation>received: {committed} new or newer, {already} already held, {rejected} quarantined</translation>
    </message>
    <message>
        <source>already received; nothing imported again, its acknowledgement written again</source>
        <translation>already received; nothing imported again, its acknowledgement written again</translation>
    </message>
    <message>
        <source>held: an earlier bundle from this computer has not arrived yet</source>
        <translation>held: an earlier bundle from this computer has not arrived yet</translation>
    </message>
    <message>
        <source>QUARANTINED, not applied: {reason}</source>
        <translation>QUARANTINED, not applied: {reason}</translation>
    </message>
    <message>
        <source>REFUSED, nothing imported: {reason}</source>
        <translation>REFUSED, nothing imported: {reason}</translation>
    </message>
    <message>
        <source>[{done}/{total}] {file}</source>
        <translation>[{done}/{total}] {file}</translation>
    </message>
    <message>
        <source>acknowledgement: {path}</source>
        <translation>acknowledgement: {path}</translation>
    </message>
    <message>
        <source>Cancelled; the bundles imported so far are kept.</source>
        <translation>Cancelled; the bundles imported so far are kept.</translation>
    </message>
    <message>
        <source>Nothing quarantined, nothing held.</source>
        <translation>Nothing quarantined, nothing held.</translation>
    </message>
    <message>
        <source>whole bundle</source>
        <translation>whole bundle</translation>
    </message>
    <message>
        <source>held: {station}-{device}-{sequence}, waiting for the bundle before it</source>
        <translation>held: {station}-{device}-{sequence}, waiting for the bundle before it</translation>
    </message>
    <message>
        <source>Write each figure as name=value, e.g. patients_total=120.</source>
        <translation>Write each figure as name=value, e.g. patients_total=120.</translation>
    </message>
    <message>
        <source>Receiving bundles on https://{host}:{port} (Ctrl+C stops).</source>
        <translation>Receiving bundles on https://{host}:{port} (Ctrl+C stops).</translation>
    </message>
    <message>
        <source>Certificate fingerprint (SHA-256), as in the enrolment file: {sha256}</source>
        <translation>Certificate fingerprint (SHA-256), as in the enrolment file: {sha256}</translation>
    </message>
    <message>
        <source>Summary table written: {path}</source>
        <translation>Summary table written: {path}</translation>
    </message>
    <message>
        <source>First password for the new account: </source>
        <translation>First password for the new account: </translation>
    </message>
    <message>
        <source>Account {login} added; the person changes the password at first sign-in.</source>
        <translation>Account {login} added; the person changes the password at first sign-in.</translation>
    </message>
    <message>
        <source>New password: </source>
        <translation>New password: </translation>
    </message>
    <message>
        <source>Password changed.</source>
        <translation>Password changed.</translation>
    </message>
</context>
<context>
    <name>county</name>
    <message>
        <source>The county wanted the bundles for {quarter} by {deadline} and has not acknowledged any yet: export them to a USB stick on the Sync page and take them to the county.</source>
        <translation>The county wanted the bundles for {quarter} by {deadline} and has not acknowledged any yet: export them to a USB stick on the Sync page and take them to the county.</translation>
    </message>
    <message>
        <source>The county wants the bundles for {quarter} by {deadline}: export them to a USB stick on the Sync page and take them to the county.</source>
        <translation>The county wants the bundles for {quarter} by {deadline}: export them to a USB stick on the Sync page and take them to the county.</translation>
    </message>
    <message>
        <source>Client file</source>
        <translation>Client file</translation>
    </message>
    <message>
        <source>Episode</source>
        <translation>Episode</translation>
    </message>
    <message>
        <source>Status change</source>
        <translation>Status change</translation>
    </message>
    <message>
        <source>Assessment</source>
        <translation>Assessment</translation>
    </message>
    <message>
        <source>Rehabilitation plan</source>
        <translation>Rehabilitation plan</translation>
    </message>
    <message>
        <source>Referral</source>
        <translation>Referral</translation>
    </message>
    <message>
        <source>Follow-up</source>
        <translation>Follow-up</translation>
    </message>
    <message>
        <source>Service record</source>
        <translation>Service record</translation>
    </message>
    <message>
        <source>Staff member</source>
        <translation>Staff member</translation>
    </message>
    <message>
        <source>Emergency drill</source>
        <translation>Emergency drill</translation>
    </message>
    <message>
        <source>Emergency plan</source>
        <translation>Emergency plan</translation>
    </message>
    <message>
        <source>Indicator snapshot</source>
        <translation>Indicator snapshot</translation>
    </message>
    <message>
        <source>A field is missing or not in the form the county accepts.</source>
        <translation>A field is missing or not in the form the county accepts.</translation>
    </message>
    <message>
        <source>The record&apos;s version number is not valid.</source>
        <translation>The record&apos;s version number is not valid.</translation>
    </message>
    <message>
        <source>The record&apos;s id is not valid.</source>
        <translation>The record&apos;s id is not valid.</translation>
    </message>
    <message>
        <source>The county does not know this kind of record.</source>
        <translation>The county does not know this kind of record.</translation>
    </message>
    <message>
        <source>The record is neither a change nor a deletion.</source>
        <translation>The record is neither a change nor a deletion.</translation>
    </message>
    <message>
        <source>The deletion is not in the form the county accepts.</source>
        <translation>The deletion is not in the form the county accepts.</translation>
    </message>
    <message>
        <source>The request to erase a client is not in the form the county accepts.</source>
        <translation>The request to erase a client is not in the form the county accepts.</translation>
    </message>
    <message>
        <source>A figure of the indicator snapshot is out of range or missing.</source>
        <translation>A figure of the indicator snapshot is out of range or missing.</translation>
    </message>
    <message>
        <source>Refused by the county (reason code {code}).</source>
        <translation>Refused by the county (reason code {code}).</translation>
    </message>
</context>
<context>
    <name>county_app</name>
    <message>
        <source>RehabDesk County</source>
        <translation>RehabDesk County</translation>
    </message>
</context>
<context>
    <name>county_jobs</name>
    <message>
        <source>RehabDesk County</source>
        <translation>RehabDesk County</translation>
    </message>
</context>
<context>
    <name>county_messages</name>
    <message>
        <source>This folder already holds a county (or a station). Choose an empty folder.</source>
        <translation>This folder already holds a county (or a station). Choose an empty folder.</translation>
    </message>
    <message>
        <source>There is no county in this folder yet. Create one with init first.</source>
        <translation>There is no county in this folder yet. Create one with init first.</translation>
    </message>
    <message>
        <source>Your account may not do this; ask the county&apos;s admin.</source>
        <translation>Your account may not do this; ask the county&apos;s admin.</translation>
    </message>
    <message>
        <source>Enter the 6-digit administrative division code, e.g. 110105.</source>
        <translation>Enter the 6-digit administrative division code, e.g. 110105.</translation>
    </message>
    <message>
        <source>Write the period as 2026Q3, 2026H1 or 2026.</source>
        <translation>Write the period as 2026Q3, 2026H1 or 2026.</translation>
    </message>
    <message>
        <source>There is no figure called {name}.</source>
        <translation>There is no figure called {name}.</translation>
    </message>
    <message>
        <source>{name}: enter a whole number of 0 or more.</source>
        <translation>{name}: enter a whole number of 0 or more.</translation>
    </message>
    <message>
        <source>{name}: enter an amount in yuan of 0 or more, at most two decimals.</source>
        <translation>{name}: enter an amount in yuan of 0 or more, at most two decimals.</translation>
    </message>
    <message>
        <source>Give the server as https://address:port, e.g. https://192.168.1.20:8443.</source>
        <translation>Give the server as https://address:port, e.g. https://192.168.1.20:8443.</translation>
    </message>
    <message>
        <source>Name the file .xlsx (Excel) or .pdf, e.g. 汇总表-2026Q3.xlsx.</source>
        <translation>Name the file .xlsx (Excel) or .pdf, e.g. 汇总表-2026Q3.xlsx.</translation>
    </message>
    <message>
        <source>The file or folder {path} does not exist.</source>
        <translation>The file or folder {path} does not exist.</translation>
    </message>
    <message>
        <source>There are no bundle files (.rdsync) in {folder}.</source>
        <translation>There are no bundle files (.rdsync) in {folder}.</translation>
    </message>
    <message>
        <source>Computer {device} is already registered with another key or station.</source>
        <translation>Computer {device} is already registered with another key or station.</translation>
    </message>
    <message>
        <source>Computer {device} has been revoked; it cannot be registered again.</source>
        <translation>Computer {device} has been revoked; it cannot be registered again.</translation>
    </message>
    <message>
        <source>Computer {device} is already approved.</source>
        <translation>Computer {device} is already approved.</translation>
    </message>
    <message>
        <source>There is no registered computer {device}.</source>
        <translation>There is no registered computer {device}.</translation>
    </message>
    <message>
        <source>The role is admin or staff.</source>
        <translation>The role is admin or staff.</translation>
    </message>
    <message>
        <source>The digits do not match this computer&apos;s key. Do not approve it: ask the station to read them again.</source>
        <translation>The digits do not match this computer&apos;s key. Do not approve it: ask the station to read them again.</translation>
    </message>
    <message>
        <source>Refused: the bundle is encrypted to a county key this county does not hold (key {key_id}). It was made for another county, or with an enrolment file newer than this database (restored from an older backup?).</source>
        <translation>Refused: the bundle is encrypted to a county key this county does not hold (key {key_id}). It was made for another county, or with an enrolment file newer than this database (restored from an older backup?).</translation>
    </message>
    <message>
        <source>The bundle comes from a computer whose registration has not been approved yet.</source>
        <translation>The bundle comes from a computer whose registration has not been approved yet.</translation>
    </message>
    <message>
        <source>Refused: the bundle comes from a station computer whose registration the county has revoked.</source>
        <translation>Refused: the bundle comes from a station computer whose registration the county has revoked.</translation>
    </message>
    <message>
        <source>the record has a field the format does not allow</source>
        <translation>the record has a field the format does not allow</translation>
    </message>
    <message>
        <source>the record&apos;s id is not valid</source>
        <translation>the record&apos;s id is not valid</translation>
    </message>
    <message>
        <source>the record&apos;s operation is not valid</source>
        <translation>the record&apos;s operation is not valid</translation>
    </message>
    <message>
        <source>the record&apos;s version is not valid</source>
        <translation>the record&apos;s version is not valid</translation>
    </message>
    <message>
        <source>unknown record type</source>
        <translation>unknown record type</translation>
    </message>
    <message>
        <source>the erase record is not valid</source>
        <translation>the erase record is not valid</translation>
    </message>
    <message>
        <source>the delete record is not valid</source>
        <translation>the delete record is not valid</translation>
    </message>
</context>
<context>
    <name>county_words</name>
    <message>
        <source>urban</source>
        <translation>urban</translation>
    </message>
    <message>
        <source>rural</source>
        <translation>rural</translation>
    </message>
    <message>
        <source>not stated</source>
        <translation>not stated</translation>
    </message>
    <message>
        <source>awaiting approval</source>
        <translation>awaiting approval</translation>
    </message>
    <message>
        <source>approved</source>
        <translation>approved</translation>
    </message>
    <message>
        <source>revoked</source>
        <translation>revoked</translation>
    </message>
    <message>
        <source>client</source>
        <translation>client</translation>
    </message>
    <message>
        <source>assessment</source>
        <translation>assessment</translation>
    </message>
    <message>
        <source>emergency drill</source>
        <translation>emergency drill</translation>
    </message>
    <message>
        <source>emergency plan</source>
        <translation>emergency plan</translation>
    </message>
    <message>
        <source>service period</source>
        <translation>service period</translation>
    </message>
    <message>
        <source>follow-up</source>
        <translation>follow-up</translation>
    </message>
    <message>
        <source>indicator snapshot</source>
        <translation>indicator snapshot</translation>
    </message>
    <message>
        <source>referral</source>
        <translation>referral</translation>
    </message>
    <message>
        <source>rehabilitation plan</source>
        <translation>rehabilitation plan</translation>
    </message>
    <message>
        <source>service</source>
        <translation>service</translation>
    </message>
    <message>
        <source>staff member</source>
        <translation>staff member</translation>
    </message>
    <message>
        <source>status change</source>
        <translation>status change</translation>
    </message>
    <message>
        <source>erasure</source>
        <translation>erasure</translation>
    </message>
    <message>
        <source>unknown type</source>
        <translation>unknown type</translation>
    </message>
    <message>
        <source>received</source>
        <translation>received</translation>
    </message>
    <message>
        <source>already received</source>
        <translation>already received</translation>
    </message>
    <message>
        <source>held for a gap</source>
        <translation>held for a gap</translation>
    </message>
    <message>
        <source>quarantined</source>
        <translation>quarantined</translation>
    </message>
    <message>
        <source>refused</source>
        <translation>refused</translation>
    </message>
    <message>
        <source>{committed} new or newer, {already} already held, {rejected} quarantined</source>
        <translation>{committed} new or newer, {already} already held, {rejected} quarantined</translation>
    </message>
    <message>
        <source>nothing imported again; its acknowledgement was written again</source>
        <translation>nothing imported again; its acknowledgement was written again</translation>
    </message>
    <message>
        <source>an earlier bundle from this computer has not arrived yet</source>
        <translation>an earlier bundle from this computer has not arrived yet</translation>
    </message>
</context>
<context>
    <name>discard</name>
    <message>
        <source>Discard what you typed?</source>
        <translation>Discard what you typed?</translation>
    </message>
    <message>
        <source>What you typed in this form has not been saved. Close it and lose it?</source>
        <translation>What you typed in this form has not been saved. Close it and lose it?</translation>
    </message>
    <message>
        <source>Discard</source>
        <translation>Discard</translation>
    </message>
    <message>
        <source>Keep editing</source>
        <translation>Keep editing</translation>
    </message>
</context>
<context>
    <name>error_dialog</name>
    <message>
        <source>Unexpected error</source>
        <translation>Unexpected error</translation>
    </message>
    <message>
        <source>Something went wrong that RehabDesk did not expect. What was saved before is safe. If it happens again, copy the details (they contain no personal data) and send them to your support contact.</source>
        <translation>Something went wrong that RehabDesk did not expect. What was saved before is safe. If it happens again, copy the details (they contain no personal data) and send them to your support contact.</translation>
    </message>
    <message>
        <source>Copy details</source>
        <translation>Copy details</translation>
    </message>
</context>
<context>
    <name>exports</name>
    <message>
        <source>{station} client list</source>
        <translation>{station} client list</translation>
    </message>
    <message>
        <source>Exported {day}; {shown}</source>
        <translation>Exported {day}; {shown}</translation>
    </message>
    <message>
        <source>Full ID numbers: keep this file locked away and delete it when done.</source>
        <translation>Full ID numbers: keep this file locked away and delete it when done.</translation>
    </message>
    <message>
        <source>ID numbers masked as in the list.</source>
        <translation>ID numbers masked as in the list.</translation>
    </message>
    <message>
        <source>Case number</source>
        <translation>Case number</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Gender</source>
        <translation>Gender</translation>
    </message>
    <message>
        <source>Age</source>
        <translation>Age</translation>
    </message>
    <message>
        <source>ID number</source>
        <translation>ID number</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Responsible worker</source>
        <translation>Responsible worker</translation>
    </message>
    <message>
        <source>Clients</source>
        <translation>Clients</translation>
    </message>
    <message>
        <source>{station} service records</source>
        <translation>{station} service records</translation>
    </message>
    <message>
        <source>From {first} to {last}</source>
        <translation>From {first} to {last}</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Time</translation>
    </message>
    <message>
        <source>Form</source>
        <translation>Form</translation>
    </message>
    <message>
        <source>Services</source>
        <translation>Services</translation>
    </message>
    <message>
        <source>Clients present</source>
        <translation>Clients present</translation>
    </message>
    <message>
        <source>Clients absent</source>
        <translation>Clients absent</translation>
    </message>
    <message>
        <source>Number present</source>
        <translation>Number present</translation>
    </message>
    <message>
        <source>Given by</source>
        <translation>Given by</translation>
    </message>
    <message>
        <source>What was done</source>
        <translation>What was done</translation>
    </message>
    <message>
        <source>Service records</source>
        <translation>Service records</translation>
    </message>
</context>
<context>
    <name>fields</name>
    <message>
        <source>Station name</source>
        <translation>Station name</translation>
    </message>
    <message>
        <source>Station code</source>
        <translation>Station code</translation>
    </message>
    <message>
        <source>County division code</source>
        <translation>County division code</translation>
    </message>
    <message>
        <source>Account name</source>
        <translation>Account name</translation>
    </message>
    <message>
        <source>Full name</source>
        <translation>Full name</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>Password</translation>
    </message>
    <message>
        <source>Roles</source>
        <translation>Roles</translation>
    </message>
    <message>
        <source>Lock after idle minutes</source>
        <translation>Lock after idle minutes</translation>
    </message>
    <message>
        <source>Send to the county server every (hours)</source>
        <translation>Send to the county server every (hours)</translation>
    </message>
    <message>
        <source>Report a failed sending after (hours)</source>
        <translation>Report a failed sending after (hours)</translation>
    </message>
    <message>
        <source>County&apos;s deadline: day of the month after a quarter</source>
        <translation>County&apos;s deadline: day of the month after a quarter</translation>
    </message>
    <message>
        <source>Period</source>
        <translation>Period</translation>
    </message>
    <message>
        <source>File</source>
        <translation>File</translation>
    </message>
    <message>
        <source>Yearly targets</source>
        <translation>Yearly targets</translation>
    </message>
    <message>
        <source>Services a month</source>
        <translation>Services a month</translation>
    </message>
    <message>
        <source>Backups to keep</source>
        <translation>Backups to keep</translation>
    </message>
    <message>
        <source>Backup folder</source>
        <translation>Backup folder</translation>
    </message>
    <message>
        <source>Failed logins before lock-out</source>
        <translation>Failed logins before lock-out</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Station type</source>
        <translation>Station type</translation>
    </message>
    <message>
        <source>Operator</source>
        <translation>Operator</translation>
    </message>
    <message>
        <source>Government-purchased service</source>
        <translation>Government-purchased service</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Address</translation>
    </message>
    <message>
        <source>Contact phone</source>
        <translation>Contact phone</translation>
    </message>
    <message>
        <source>Head of station</source>
        <translation>Head of station</translation>
    </message>
    <message>
        <source>ID number</source>
        <translation>ID number</translation>
    </message>
    <message>
        <source>Birth date</source>
        <translation>Birth date</translation>
    </message>
    <message>
        <source>Gender</source>
        <translation>Gender</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Phone</translation>
    </message>
    <message>
        <source>Low-income allowance</source>
        <translation>Low-income allowance</translation>
    </message>
    <message>
        <source>Extreme poverty support</source>
        <translation>Extreme poverty support</translation>
    </message>
    <message>
        <source>Guardians and contacts</source>
        <translation>Guardians and contacts</translation>
    </message>
    <message>
        <source>Case number</source>
        <translation>Case number</translation>
    </message>
    <message>
        <source>Onset date</source>
        <translation>Onset date</translation>
    </message>
    <message>
        <source>Risk level</source>
        <translation>Risk level</translation>
    </message>
    <message>
        <source>Disability certificate level</source>
        <translation>Disability certificate level</translation>
    </message>
    <message>
        <source>Diagnosis</source>
        <translation>Diagnosis</translation>
    </message>
    <message>
        <source>Responsible worker</source>
        <translation>Responsible worker</translation>
    </message>
    <message>
        <source>Staff number</source>
        <translation>Staff number</translation>
    </message>
    <message>
        <source>Relation</source>
        <translation>Relation</translation>
    </message>
    <message>
        <source>ID type</source>
        <translation>ID type</translation>
    </message>
    <message>
        <source>Ethnicity</source>
        <translation>Ethnicity</translation>
    </message>
    <message>
        <source>Household registration</source>
        <translation>Household registration</translation>
    </message>
    <message>
        <source>Current address</source>
        <translation>Current address</translation>
    </message>
    <message>
        <source>Living situation</source>
        <translation>Living situation</translation>
    </message>
    <message>
        <source>Diagnosing hospital</source>
        <translation>Diagnosing hospital</translation>
    </message>
    <message>
        <source>Illness status</source>
        <translation>Illness status</translation>
    </message>
    <message>
        <source>Medication adherence</source>
        <translation>Medication adherence</translation>
    </message>
    <message>
        <source>Legal capacity</source>
        <translation>Legal capacity</translation>
    </message>
    <message>
        <source>Referral channel</source>
        <translation>Referral channel</translation>
    </message>
    <message>
        <source>Legal guardian</source>
        <translation>Legal guardian</translation>
    </message>
    <message>
        <source>Start date</source>
        <translation>Start date</translation>
    </message>
    <message>
        <source>End date</source>
        <translation>End date</translation>
    </message>
    <message>
        <source>Consents offered</source>
        <translation>Consents offered</translation>
    </message>
    <message>
        <source>Consents ticked</source>
        <translation>Consents ticked</translation>
    </message>
    <message>
        <source>Signed by</source>
        <translation>Signed by</translation>
    </message>
    <message>
        <source>Guardian who signed</source>
        <translation>Guardian who signed</translation>
    </message>
    <message>
        <source>Witnessing staff</source>
        <translation>Witnessing staff</translation>
    </message>
    <message>
        <source>Date signed</source>
        <translation>Date signed</translation>
    </message>
    <message>
        <source>Date withdrawn</source>
        <translation>Date withdrawn</translation>
    </message>
    <message>
        <source>Date terminated</source>
        <translation>Date terminated</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Reason</translation>
    </message>
    <message>
        <source>Services</source>
        <translation>Services</translation>
    </message>
    <message>
        <source>Forms of service</source>
        <translation>Forms of service</translation>
    </message>
    <message>
        <source>Place</source>
        <translation>Place</translation>
    </message>
    <message>
        <source>Schedule</source>
        <translation>Schedule</translation>
    </message>
    <message>
        <source>Signed for the station by</source>
        <translation>Signed for the station by</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>Unit</translation>
    </message>
    <message>
        <source>Price (yuan)</source>
        <translation>Price (yuan)</translation>
    </message>
    <message>
        <source>Funding</source>
        <translation>Funding</translation>
    </message>
    <message>
        <source>Quantity</source>
        <translation>Quantity</translation>
    </message>
    <message>
        <source>Fee item</source>
        <translation>Fee item</translation>
    </message>
    <message>
        <source>Scan</source>
        <translation>Scan</translation>
    </message>
    <message>
        <source>Template text</source>
        <translation>Template text</translation>
    </message>
    <message>
        <source>Warn about agreements ending within (days)</source>
        <translation>Warn about agreements ending within (days)</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Title</translation>
    </message>
    <message>
        <source>Provider</source>
        <translation>Provider</translation>
    </message>
    <message>
        <source>Hours</source>
        <translation>Hours</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Type</translation>
    </message>
    <message>
        <source>Who took part</source>
        <translation>Who took part</translation>
    </message>
    <message>
        <source>Counts toward the yearly hours</source>
        <translation>Counts toward the yearly hours</translation>
    </message>
    <message>
        <source>Certificate number</source>
        <translation>Certificate number</translation>
    </message>
    <message>
        <source>Scenarios covered</source>
        <translation>Scenarios covered</translation>
    </message>
    <message>
        <source>Plan version</source>
        <translation>Plan version</translation>
    </message>
    <message>
        <source>Effective date</source>
        <translation>Effective date</translation>
    </message>
    <message>
        <source>Review due</source>
        <translation>Review due</translation>
    </message>
    <message>
        <source>Reviewed on</source>
        <translation>Reviewed on</translation>
    </message>
    <message>
        <source>Responsible person</source>
        <translation>Responsible person</translation>
    </message>
    <message>
        <source>Emergency contacts</source>
        <translation>Emergency contacts</translation>
    </message>
    <message>
        <source>Steps</source>
        <translation>Steps</translation>
    </message>
    <message>
        <source>Drill date</source>
        <translation>Drill date</translation>
    </message>
    <message>
        <source>Scenario</source>
        <translation>Scenario</translation>
    </message>
    <message>
        <source>Emergency plan</source>
        <translation>Emergency plan</translation>
    </message>
    <message>
        <source>Duration (minutes)</source>
        <translation>Duration (minutes)</translation>
    </message>
    <message>
        <source>Staff present</source>
        <translation>Staff present</translation>
    </message>
    <message>
        <source>Clients involved</source>
        <translation>Clients involved</translation>
    </message>
    <message>
        <source>Evaluation</source>
        <translation>Evaluation</translation>
    </message>
    <message>
        <source>Problems found</source>
        <translation>Problems found</translation>
    </message>
    <message>
        <source>Corrective action</source>
        <translation>Corrective action</translation>
    </message>
    <message>
        <source>Due date</source>
        <translation>Due date</translation>
    </message>
    <message>
        <source>Date done</source>
        <translation>Date done</translation>
    </message>
    <message>
        <source>What was done</source>
        <translation>What was done</translation>
    </message>
    <message>
        <source>Training hours required per year</source>
        <translation>Training hours required per year</translation>
    </message>
    <message>
        <source>Key drill scenarios</source>
        <translation>Key drill scenarios</translation>
    </message>
    <message>
        <source>Ask waiting clients again after (days)</source>
        <translation>Ask waiting clients again after (days)</translation>
    </message>
    <message>
        <source>Stage review every (months)</source>
        <translation>Stage review every (months)</translation>
    </message>
    <message>
        <source>Follow-ups after closing (months)</source>
        <translation>Follow-ups after closing (months)</translation>
    </message>
    <message>
        <source>Keep ended case files for (years)</source>
        <translation>Keep ended case files for (years)</translation>
    </message>
    <message>
        <source>Corrective actions</source>
        <translation>Corrective actions</translation>
    </message>
    <message>
        <source>Date of service</source>
        <translation>Date of service</translation>
    </message>
    <message>
        <source>Start time</source>
        <translation>Start time</translation>
    </message>
    <message>
        <source>End time</source>
        <translation>End time</translation>
    </message>
    <message>
        <source>Form of service</source>
        <translation>Form of service</translation>
    </message>
    <message>
        <source>Location</source>
        <translation>Location</translation>
    </message>
    <message>
        <source>Content</source>
        <translation>Content</translation>
    </message>
    <message>
        <source>Client&apos;s response</source>
        <translation>Client&apos;s response</translation>
    </message>
    <message>
        <source>Risks noticed</source>
        <translation>Risks noticed</translation>
    </message>
    <message>
        <source>Medication check</source>
        <translation>Medication check</translation>
    </message>
    <message>
        <source>Next step</source>
        <translation>Next step</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Note</translation>
    </message>
    <message>
        <source>Overall score</source>
        <translation>Overall score</translation>
    </message>
    <message>
        <source>New status</source>
        <translation>New status</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>Outcome</translation>
    </message>
    <message>
        <source>Based on</source>
        <translation>Based on</translation>
    </message>
    <message>
        <source>Date of application</source>
        <translation>Date of application</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Source</translation>
    </message>
    <message>
        <source>Date of assessment</source>
        <translation>Date of assessment</translation>
    </message>
    <message>
        <source>Assessor</source>
        <translation>Assessor</translation>
    </message>
    <message>
        <source>Scale</source>
        <translation>Scale</translation>
    </message>
    <message>
        <source>Informant</source>
        <translation>Informant</translation>
    </message>
    <message>
        <source>Needs</source>
        <translation>Needs</translation>
    </message>
    <message>
        <source>Plan starts</source>
        <translation>Plan starts</translation>
    </message>
    <message>
        <source>Plan ends</source>
        <translation>Plan ends</translation>
    </message>
    <message>
        <source>Goals</source>
        <translation>Goals</translation>
    </message>
    <message>
        <source>Goal</source>
        <translation>Goal</translation>
    </message>
    <message>
        <source>Long or short term</source>
        <translation>Long or short term</translation>
    </message>
    <message>
        <source>Frequency</source>
        <translation>Frequency</translation>
    </message>
    <message>
        <source>Target date</source>
        <translation>Target date</translation>
    </message>
    <message>
        <source>How it is measured</source>
        <translation>How it is measured</translation>
    </message>
    <message>
        <source>Date agreed</source>
        <translation>Date agreed</translation>
    </message>
    <message>
        <source>In or out</source>
        <translation>In or out</translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation>Organisation</translation>
    </message>
    <message>
        <source>Date of referral</source>
        <translation>Date of referral</translation>
    </message>
    <message>
        <source>Condition summary</source>
        <translation>Condition summary</translation>
    </message>
    <message>
        <source>Date received</source>
        <translation>Date received</translation>
    </message>
    <message>
        <source>Feedback</source>
        <translation>Feedback</translation>
    </message>
    <message>
        <source>Printed from</source>
        <translation>Printed from</translation>
    </message>
    <message>
        <source>Printed up to</source>
        <translation>Printed up to</translation>
    </message>
    <message>
        <source>Copy</source>
        <translation>Copy</translation>
    </message>
    <message>
        <source>Item {key}</source>
        <translation>Item {key}</translation>
    </message>
    <message>
        <source>{list}, line {number}</source>
        <translation>{list}, line {number}</translation>
    </message>
    <message>
        <source>{line}, {field}</source>
        <translation>{line}, {field}</translation>
    </message>
    <message>
        <source>Fee line {number}, {field}</source>
        <translation>Fee line {number}, {field}</translation>
    </message>
    <message>
        <source>Contact {number}, {field}</source>
        <translation>Contact {number}, {field}</translation>
    </message>
</context>
<context>
    <name>funding</name>
    <message>
        <source>Government-purchased / free</source>
        <translation>Government-purchased / free</translation>
    </message>
    <message>
        <source>Self-paid</source>
        <translation>Self-paid</translation>
    </message>
    <message>
        <source>Subsidised</source>
        <translation>Subsidised</translation>
    </message>
</context>
<context>
    <name>messages</name>
    <message>
        <source>The password is wrong ({failures} of {threshold} attempts before the account locks). Check Caps Lock and the keyboard language, then try again.</source>
        <translation>The password is wrong ({failures} of {threshold} attempts before the account locks). Check Caps Lock and the keyboard language, then try again.</translation>
    </message>
    <message>
        <source>There is no account with this name at this station. Check the spelling or ask an admin.</source>
        <translation>There is no account with this name at this station. Check the spelling or ask an admin.</translation>
    </message>
    <message>
        <source>This account is locked after {failures} failed logins. An admin, or the recovery code, can unlock it.</source>
        <translation>This account is locked after {failures} failed logins. An admin, or the recovery code, can unlock it.</translation>
    </message>
    <message>
        <source>Too many failed attempts. Wait {seconds} seconds, then try again.</source>
        <translation>Too many failed attempts. Wait {seconds} seconds, then try again.</translation>
    </message>
    <message>
        <source>Enter your account name.</source>
        <translation>Enter your account name.</translation>
    </message>
    <message>
        <source>This account is disabled. Ask an admin to enable it or to create a new one.</source>
        <translation>This account is disabled. Ask an admin to enable it or to create a new one.</translation>
    </message>
    <message>
        <source>The station&apos;s key file (keyslots.json) is missing. Copy it back or restore a backup. Nothing has been created or overwritten.</source>
        <translation>The station&apos;s key file (keyslots.json) is missing. Copy it back or restore a backup. Nothing has been created or overwritten.</translation>
    </message>
    <message>
        <source>The station&apos;s key file is damaged and its copy cannot be used either. Restore a backup. Nothing has been changed.</source>
        <translation>The station&apos;s key file is damaged and its copy cannot be used either. Restore a backup. Nothing has been changed.</translation>
    </message>
    <message>
        <source>The key file is older than the database (generation {file_generation}, the database expects {database_generation}). An old copy could bring back removed accounts or old passwords, so it is refused. Put back the current key file or restore a backup.</source>
        <translation>The key file is older than the database (generation {file_generation}, the database expects {database_generation}). An old copy could bring back removed accounts or old passwords, so it is refused. Put back the current key file or restore a backup.</translation>
    </message>
    <message>
        <source>The key file belongs to a different station than this database. Check the station folder.</source>
        <translation>The key file belongs to a different station than this database. Check the station folder.</translation>
    </message>
    <message>
        <source>This key file uses test-strength key protection, which RehabDesk refuses for real data.</source>
        <translation>This key file uses test-strength key protection, which RehabDesk refuses for real data.</translation>
    </message>
    <message>
        <source>The station&apos;s database file (station.db) is missing. Restore a backup. Nothing has been created or overwritten.</source>
        <translation>The station&apos;s database file (station.db) is missing. Restore a backup. Nothing has been created or overwritten.</translation>
    </message>
    <message>
        <source>The database address is not one RehabDesk can use. Write it as postgresql+psycopg://USER@HOST:PORT/DATABASE.</source>
        <translation>The database address is not one RehabDesk can use. Write it as postgresql+psycopg://USER@HOST:PORT/DATABASE.</translation>
    </message>
    <message>
        <source>The database server {server} cannot be reached or refused the sign-in. Check that it is running, the address, and the user&apos;s password (in ~/.pgpass or PGPASSWORD). Nothing has been changed.</source>
        <translation>The database server {server} cannot be reached or refused the sign-in. Check that it is running, the address, and the user&apos;s password (in ~/.pgpass or PGPASSWORD). Nothing has been changed.</translation>
    </message>
    <message>
        <source>This county&apos;s records are on a PostgreSQL server. Give it with every command: --database {server}</source>
        <translation>This county&apos;s records are on a PostgreSQL server. Give it with every command: --database {server}</translation>
    </message>
    <message>
        <source>That database already holds tables. A new county needs an empty database: ask the server&apos;s operator for one (createdb). Nothing has been changed.</source>
        <translation>That database already holds tables. A new county needs an empty database: ask the server&apos;s operator for one (createdb). Nothing has been changed.</translation>
    </message>
    <message>
        <source>That database holds no county. Check the database address; to bring a county back, restore its pg_dump into it first. Nothing has been created.</source>
        <translation>That database holds no county. Check the database address; to bring a county back, restore its pg_dump into it first. Nothing has been created.</translation>
    </message>
    <message>
        <source>This backup holds only the key file of a county whose records are on a PostgreSQL server. Restore the server&apos;s dump first, then this file with --database.</source>
        <translation>This backup holds only the key file of a county whose records are on a PostgreSQL server. Restore the server&apos;s dump first, then this file with --database.</translation>
    </message>
    <message>
        <source>The county&apos;s keys in the database cannot be opened with this key file: they were altered or belong to another county. Restore the database and the key file of the same county.</source>
        <translation>The county&apos;s keys in the database cannot be opened with this key file: they were altered or belong to another county. Restore the database and the key file of the same county.</translation>
    </message>
    <message>
        <source>The database cannot be decrypted with this station&apos;s key. It may belong to another station or be damaged. Restore a backup; nothing has been changed.</source>
        <translation>The database cannot be decrypted with this station&apos;s key. It may belong to another station or be damaged. Restore a backup; nothing has been changed.</translation>
    </message>
    <message>
        <source>The station&apos;s database file (station.db) is damaged, so it was not opened and nothing was written to it. Restore the newest backup, {backup}: choose “Restore from backup…” on the sign-in screen, or run “rehabdesk restore” with that file.</source>
        <translation>The station&apos;s database file (station.db) is damaged, so it was not opened and nothing was written to it. Restore the newest backup, {backup}: choose “Restore from backup…” on the sign-in screen, or run “rehabdesk restore” with that file.</translation>
    </message>
    <message>
        <source>The station&apos;s database file (station.db) is damaged, so it was not opened and nothing was written to it. There is no backup in {folder}: restore the newest backup you have (on a USB stick, perhaps) with “Restore from backup…” on the sign-in screen.</source>
        <translation>The station&apos;s database file (station.db) is damaged, so it was not opened and nothing was written to it. There is no backup in {folder}: restore the newest backup you have (on a USB stick, perhaps) with “Restore from backup…” on the sign-in screen.</translation>
    </message>
    <message>
        <source>Part of the station&apos;s database file turned out to be damaged, so this was not saved. Sign out and restore the newest backup with “Restore from backup…” on the sign-in screen.</source>
        <translation>Part of the station&apos;s database file turned out to be damaged, so this was not saved. Sign out and restore the newest backup with “Restore from backup…” on the sign-in screen.</translation>
    </message>
    <message>
        <source>Another program is using the station database (a backup, or RehabDesk open a second time). Wait a moment and try again.</source>
        <translation>Another program is using the station database (a backup, or RehabDesk open a second time). Wait a moment and try again.</translation>
    </message>
    <message>
        <source>The database file cannot be opened. Check that the station folder is on this computer&apos;s own disk and that you may write to it.</source>
        <translation>The database file cannot be opened. Check that the station folder is on this computer&apos;s own disk and that you may write to it.</translation>
    </message>
    <message>
        <source>The database could not be opened safely (setting {pragma} is {actual}). Keep the station folder on this computer&apos;s own disk, not a network drive.</source>
        <translation>The database could not be opened safely (setting {pragma} is {actual}). Keep the station folder on this computer&apos;s own disk, not a network drive.</translation>
    </message>
    <message>
        <source>This station was saved by a newer version of RehabDesk. Install that version or a newer one; this version will not touch the data.</source>
        <translation>This station was saved by a newer version of RehabDesk. Install that version or a newer one; this version will not touch the data.</translation>
    </message>
    <message>
        <source>This folder already holds a station. Choose an empty folder.</source>
        <translation>This folder already holds a station. Choose an empty folder.</translation>
    </message>
    <message>
        <source>There is no station in this folder yet. Create one first.</source>
        <translation>There is no station in this folder yet. Create one first.</translation>
    </message>
    <message>
        <source>This station is already open in RehabDesk on this computer ({holder}). Close it there first.</source>
        <translation>This station is already open in RehabDesk on this computer ({holder}). Close it there first.</translation>
    </message>
    <message>
        <source>A recovery code has 28 letters and digits in 7 groups of 4. Check what you typed.</source>
        <translation>A recovery code has 28 letters and digits in 7 groups of 4. Check what you typed.</translation>
    </message>
    <message>
        <source>Your account may not do this. Ask a coordinator or an admin.</source>
        <translation>Your account may not do this. Ask a coordinator or an admin.</translation>
    </message>
    <message>
        <source>The disk is full, so nothing was saved. Free some space and try again; what you entered is still here.</source>
        <translation>The disk is full, so nothing was saved. Free some space and try again; what you entered is still here.</translation>
    </message>
    <message>
        <source>The record of the audit log&apos;s last entry has been changed outside RehabDesk.</source>
        <translation>The record of the audit log&apos;s last entry has been changed outside RehabDesk.</translation>
    </message>
    <message>
        <source>The backup file cannot be found.</source>
        <translation>The backup file cannot be found.</translation>
    </message>
    <message>
        <source>This backup file is damaged or incomplete (perhaps it was copied before it was finished). Nothing was changed. Try another backup.</source>
        <translation>This backup file is damaged or incomplete (perhaps it was copied before it was finished). Nothing was changed. Try another backup.</translation>
    </message>
    <message>
        <source>This backup file has been altered since it was made and cannot be trusted. Nothing was changed. Try another backup.</source>
        <translation>This backup file has been altered since it was made and cannot be trusted. Nothing was changed. Try another backup.</translation>
    </message>
    <message>
        <source>The database inside this backup fails its checks. Nothing was changed. Try another backup.</source>
        <translation>The database inside this backup fails its checks. Nothing was changed. Try another backup.</translation>
    </message>
    <message>
        <source>Cannot write to the backup folder {folder}: the USB stick may have been pulled out or be write-protected, or the folder is read-only. No backup was written; plug the stick in again or choose another folder.</source>
        <translation>Cannot write to the backup folder {folder}: the USB stick may have been pulled out or be write-protected, or the folder is read-only. No backup was written; plug the stick in again or choose another folder.</translation>
    </message>
    <message>
        <source>The folder {folder} is not there any more (was the USB stick pulled out?). Plug it in again and choose “Look for drives again”, or choose another folder. No backup was written.</source>
        <translation>The folder {folder} is not there any more (was the USB stick pulled out?). Plug it in again and choose “Look for drives again”, or choose another folder. No backup was written.</translation>
    </message>
    <message>
        <source>This password does not open this backup. Use the password this account had when the backup was made, or the recovery code of that time. Nothing was changed.</source>
        <translation>This password does not open this backup. Use the password this account had when the backup was made, or the recovery code of that time. Nothing was changed.</translation>
    </message>
    <message>
        <source>The disk that holds the backup folder {folder} is full, so no backup was written. Free some space there or choose another folder; the station&apos;s data is unchanged.</source>
        <translation>The disk that holds the backup folder {folder} is full, so no backup was written. Free some space there or choose another folder; the station&apos;s data is unchanged.</translation>
    </message>
    <message>
        <source>That account no longer exists.</source>
        <translation>That account no longer exists.</translation>
    </message>
    <message>
        <source>You cannot disable the account you are using.</source>
        <translation>You cannot disable the account you are using.</translation>
    </message>
    <message>
        <source>This is the last admin account. Give another account the admin role first.</source>
        <translation>This is the last admin account. Give another account the admin role first.</translation>
    </message>
    <message>
        <source>You are signed in with the recovery code, which has no password to change.</source>
        <translation>You are signed in with the recovery code, which has no password to change.</translation>
    </message>
    <message>
        <source>The two passwords are not the same.</source>
        <translation>The two passwords are not the same.</translation>
    </message>
    <message>
        <source>A client with this ID number is already registered (case {case_number}). Open that file instead of registering again.</source>
        <translation>A client with this ID number is already registered (case {case_number}). Open that file instead of registering again.</translation>
    </message>
    <message>
        <source>A client with the same name and birth date is already registered (case {case_number}). If this is a different person, confirm to save.</source>
        <translation>A client with the same name and birth date is already registered (case {case_number}). If this is a different person, confirm to save.</translation>
    </message>
    <message>
        <source>Someone else saved this file after you opened it. Your changes are still in the form: reopen the file in another window, compare, and save again.</source>
        <translation>Someone else saved this file after you opened it. Your changes are still in the form: reopen the file in another window, compare, and save again.</translation>
    </message>
    <message>
        <source>This client file no longer exists.</source>
        <translation>This client file no longer exists.</translation>
    </message>
    <message>
        <source>{rows} rows have problems, so nothing was imported. Fix them and try again.</source>
        <translation>{rows} rows have problems, so nothing was imported. Fix them and try again.</translation>
    </message>
    <message>
        <source>This staff member no longer exists.</source>
        <translation>This staff member no longer exists.</translation>
    </message>
    <message>
        <source>{name} has left the station; an account cannot be linked to a former staff member.</source>
        <translation>{name} has left the station; an account cannot be linked to a former staff member.</translation>
    </message>
    <message>
        <source>This file cannot be read as an Excel workbook (.xlsx) or a CSV file. It may be damaged or in another format. Open it in Excel or WPS and save it again as .xlsx.</source>
        <translation>This file cannot be read as an Excel workbook (.xlsx) or a CSV file. It may be damaged or in another format. Open it in Excel or WPS and save it again as .xlsx.</translation>
    </message>
    <message>
        <source>This file has a header row but no client rows.</source>
        <translation>This file has a header row but no client rows.</translation>
    </message>
    <message>
        <source>This file has more than {maximum} rows. Split it into smaller files and import them one by one.</source>
        <translation>This file has more than {maximum} rows. Split it into smaller files and import them one by one.</translation>
    </message>
    <message>
        <source>This file would unpack to more than {megabytes} MB, or is compressed far more than a spreadsheet is, so it was not read: it may be damaged or not a real spreadsheet. Open it in Excel or WPS, keep only the rows to import and save it as a new .xlsx.</source>
        <translation>This file would unpack to more than {megabytes} MB, or is compressed far more than a spreadsheet is, so it was not read: it may be damaged or not a real spreadsheet. Open it in Excel or WPS, keep only the rows to import and save it as a new .xlsx.</translation>
    </message>
    <message>
        <source>This sheet has content beyond row {rows} or column {columns}, or too many cells, so it was not read. Keep only the rows and columns to import (delete anything far below or to the right) and save again.</source>
        <translation>This sheet has content beyond row {rows} or column {columns}, or too many cells, so it was not read. Keep only the rows and columns to import (delete anything far below or to the right) and save again.</translation>
    </message>
    <message>
        <source>Row {row} has a cell longer than {maximum} characters (Excel&apos;s own limit), so the file was not read.</source>
        <translation>Row {row} has a cell longer than {maximum} characters (Excel&apos;s own limit), so the file was not read.</translation>
    </message>
    <message>
        <source>This is an old Excel 97-2003 file (.xls). Open it in Excel or WPS and save it as .xlsx first.</source>
        <translation>This is an old Excel 97-2003 file (.xls). Open it in Excel or WPS and save it as .xlsx first.</translation>
    </message>
    <message>
        <source>This session was locked or signed out. Sign in again to continue.</source>
        <translation>This session was locked or signed out. Sign in again to continue.</translation>
    </message>
    <message>
        <source>This consent form no longer exists.</source>
        <translation>This consent form no longer exists.</translation>
    </message>
    <message>
        <source>This consent form is no longer waiting for a signature: it was signed or voided already.</source>
        <translation>This consent form is no longer waiting for a signature: it was signed or voided already.</translation>
    </message>
    <message>
        <source>This consent form was voided and cannot be printed. Create a new one.</source>
        <translation>This consent form was voided and cannot be printed. Create a new one.</translation>
    </message>
    <message>
        <source>This consent no longer exists.</source>
        <translation>This consent no longer exists.</translation>
    </message>
    <message>
        <source>This consent has already been withdrawn.</source>
        <translation>This consent has already been withdrawn.</translation>
    </message>
    <message>
        <source>This service agreement no longer exists.</source>
        <translation>This service agreement no longer exists.</translation>
    </message>
    <message>
        <source>Only a draft agreement can be changed or signed. A signed agreement stays as it was signed.</source>
        <translation>Only a draft agreement can be changed or signed. A signed agreement stays as it was signed.</translation>
    </message>
    <message>
        <source>Only an agreement in force (or expired, for renewal) can be terminated or renewed.</source>
        <translation>Only an agreement in force (or expired, for renewal) can be terminated or renewed.</translation>
    </message>
    <message>
        <source>This agreement has already been renewed. Open the renewal instead.</source>
        <translation>This agreement has already been renewed. Open the renewal instead.</translation>
    </message>
    <message>
        <source>This fee item no longer exists.</source>
        <translation>This fee item no longer exists.</translation>
    </message>
    <message>
        <source>No such document was found for this client.</source>
        <translation>No such document was found for this client.</translation>
    </message>
    <message>
        <source>This scan is damaged: its content no longer matches the fingerprint taken when it was attached. Scan the signed paper again and attach it.</source>
        <translation>This scan is damaged: its content no longer matches the fingerprint taken when it was attached. Scan the signed paper again and attach it.</translation>
    </message>
    <message>
        <source>Version {version} of this template is missing from the database. Run a station check.</source>
        <translation>Version {version} of this template is missing from the database. Run a station check.</translation>
    </message>
    <message>
        <source>This account does not belong to a staff member, so it has no training record of its own. Ask an admin to link the account to your entry in the staff register.</source>
        <translation>This account does not belong to a staff member, so it has no training record of its own. Ask an admin to link the account to your entry in the staff register.</translation>
    </message>
    <message>
        <source>You can see and record only your own training.</source>
        <translation>You can see and record only your own training.</translation>
    </message>
    <message>
        <source>This training record no longer exists.</source>
        <translation>This training record no longer exists.</translation>
    </message>
    <message>
        <source>This worker was not employed in {year}.</source>
        <translation>This worker was not employed in {year}.</translation>
    </message>
    <message>
        <source>This emergency plan no longer exists.</source>
        <translation>This emergency plan no longer exists.</translation>
    </message>
    <message>
        <source>This drill record no longer exists.</source>
        <translation>This drill record no longer exists.</translation>
    </message>
    <message>
        <source>This corrective action no longer exists.</source>
        <translation>This corrective action no longer exists.</translation>
    </message>
    <message>
        <source>This corrective action is already closed.</source>
        <translation>This corrective action is already closed.</translation>
    </message>
    <message>
        <source>Only a closed corrective action can be reopened.</source>
        <translation>Only a closed corrective action can be reopened.</translation>
    </message>
    <message>
        <source>{name} ({case_number}) cannot be served now:</source>
        <translation>{name} ({case_number}) cannot be served now:</translation>
    </message>
    <message>
        <source>{count} clients cannot be served now:</source>
        <translation>{count} clients cannot be served now:</translation>
    </message>
    <message>
        <source>This service record no longer exists.</source>
        <translation>This service record no longer exists.</translation>
    </message>
    <message>
        <source>A referral out sends the client&apos;s information to another organisation, which needs consent:</source>
        <translation>A referral out sends the client&apos;s information to another organisation, which needs consent:</translation>
    </message>
    <message>
        <source>This referral no longer exists.</source>
        <translation>This referral no longer exists.</translation>
    </message>
    <message>
        <source>This follow-up no longer exists.</source>
        <translation>This follow-up no longer exists.</translation>
    </message>
    <message>
        <source>This follow-up has already been recorded.</source>
        <translation>This follow-up has already been recorded.</translation>
    </message>
    <message>
        <source>This client is not on the waiting list.</source>
        <translation>This client is not on the waiting list.</translation>
    </message>
    <message>
        <source>This client has no case episode yet. Run a station check.</source>
        <translation>This client has no case episode yet. Run a station check.</translation>
    </message>
    <message>
        <source>This step cannot be taken yet:</source>
        <translation>This step cannot be taken yet:</translation>
    </message>
    <message>
        <source>The current episode is still open. Close it, or record the withdrawal, before a new application.</source>
        <translation>The current episode is still open. Close it, or record the withdrawal, before a new application.</translation>
    </message>
    <message>
        <source>This kind of assessment does not fit the client&apos;s present stage of the case.</source>
        <translation>This kind of assessment does not fit the client&apos;s present stage of the case.</translation>
    </message>
    <message>
        <source>This rehabilitation plan no longer exists.</source>
        <translation>This rehabilitation plan no longer exists.</translation>
    </message>
    <message>
        <source>Only a draft plan can be approved.</source>
        <translation>Only a draft plan can be approved.</translation>
    </message>
    <message>
        <source>A rehabilitation plan is made once the client is enrolled (consent and agreement signed).</source>
        <translation>A rehabilitation plan is made once the client is enrolled (consent and agreement signed).</translation>
    </message>
    <message>
        <source>The station has been created. Confirm that the recovery code is written down or printed before you continue.</source>
        <translation>The station has been created. Confirm that the recovery code is written down or printed before you continue.</translation>
    </message>
    <message>
        <source>The file could not be read ({error}).</source>
        <translation>The file could not be read ({error}).</translation>
    </message>
    <message>
        <source>The folder does not exist. Is the USB stick plugged in?</source>
        <translation>The folder does not exist. Is the USB stick plugged in?</translation>
    </message>
    <message>
        <source>The fingerprint typed is not the one in the enrolment file. Confirm it with the county by phone and type it again.</source>
        <translation>The fingerprint typed is not the one in the enrolment file. Confirm it with the county by phone and type it again.</translation>
    </message>
    <message>
        <source>This enrolment file is for county {file}, but this station belongs to county {station}.</source>
        <translation>This enrolment file is for county {file}, but this station belongs to county {station}.</translation>
    </message>
    <message>
        <source>This station is already enrolled with the county. Replacing the county key is a re-enrolment.</source>
        <translation>This station is already enrolled with the county. Replacing the county key is a re-enrolment.</translation>
    </message>
    <message>
        <source>This station already trusts this county key.</source>
        <translation>This station already trusts this county key.</translation>
    </message>
    <message>
        <source>This station is not enrolled with the county yet. An admin imports the county&apos;s enrolment file first.</source>
        <translation>This station is not enrolled with the county yet. An admin imports the county&apos;s enrolment file first.</translation>
    </message>
    <message>
        <source>There is nothing new to send to the county.</source>
        <translation>There is nothing new to send to the county.</translation>
    </message>
    <message>
        <source>The USB stick or folder {folder} is full, so the bundle was not copied there. It is kept on this computer: free some space (or use another stick) and export again.</source>
        <translation>The USB stick or folder {folder} is full, so the bundle was not copied there. It is kept on this computer: free some space (or use another stick) and export again.</translation>
    </message>
    <message>
        <source>The bundle could not be written to {folder} (the stick was removed or is read-only). It is kept on this computer: plug the stick in again and export again.</source>
        <translation>The bundle could not be written to {folder} (the stick was removed or is read-only). It is kept on this computer: plug the stick in again and export again.</translation>
    </message>
    <message>
        <source>This computer&apos;s sync key has been revoked. Enrol it again as a new device.</source>
        <translation>This computer&apos;s sync key has been revoked. Enrol it again as a new device.</translation>
    </message>
    <message>
        <source>This is not a valid county enrolment file.</source>
        <translation>This is not a valid county enrolment file.</translation>
    </message>
    <message>
        <source>This enrolment file is from a newer version. Update RehabDesk.</source>
        <translation>This enrolment file is from a newer version. Update RehabDesk.</translation>
    </message>
    <message>
        <source>The enrolment file&apos;s signature does not match: it has been altered. Ask the county for a new one.</source>
        <translation>The enrolment file&apos;s signature does not match: it has been altered. Ask the county for a new one.</translation>
    </message>
    <message>
        <source>This is not a valid acknowledgement from the county.</source>
        <translation>This is not a valid acknowledgement from the county.</translation>
    </message>
    <message>
        <source>This acknowledgement is from a newer version. Update RehabDesk.</source>
        <translation>This acknowledgement is from a newer version. Update RehabDesk.</translation>
    </message>
    <message>
        <source>The acknowledgement is not signed by this station&apos;s county: it was not imported.</source>
        <translation>The acknowledgement is not signed by this station&apos;s county: it was not imported.</translation>
    </message>
    <message>
        <source>The acknowledgement is for a bundle this station did not send: it was not imported.</source>
        <translation>The acknowledgement is for a bundle this station did not send: it was not imported.</translation>
    </message>
    <message>
        <source>This acknowledgement has already been imported.</source>
        <translation>This acknowledgement has already been imported.</translation>
    </message>
    <message>
        <source>The acknowledgement does not match the bundle it names: it was not imported.</source>
        <translation>The acknowledgement does not match the bundle it names: it was not imported.</translation>
    </message>
    <message>
        <source>The system keyring did not answer within {seconds} seconds (it may be waiting to be unlocked).</source>
        <translation>The system keyring did not answer within {seconds} seconds (it may be waiting to be unlocked).</translation>
    </message>
    <message>
        <source>The system keyring could not be used.</source>
        <translation>The system keyring could not be used.</translation>
    </message>
    <message>
        <source>This computer has no secure keyring.</source>
        <translation>This computer has no secure keyring.</translation>
    </message>
    <message>
        <source>The system keyring stores secrets in plain text and is not used.</source>
        <translation>The system keyring stores secrets in plain text and is not used.</translation>
    </message>
    <message>
        <source>This computer&apos;s sync key cannot be found. Enrol the computer again as a new device.</source>
        <translation>This computer&apos;s sync key cannot be found. Enrol the computer again as a new device.</translation>
    </message>
    <message>
        <source>The bundle file is incomplete.</source>
        <translation>The bundle file is incomplete.</translation>
    </message>
    <message>
        <source>This is not a valid bundle file.</source>
        <translation>This is not a valid bundle file.</translation>
    </message>
    <message>
        <source>The bundle file has extra data at its end.</source>
        <translation>The bundle file has extra data at its end.</translation>
    </message>
    <message>
        <source>The bundle comes from a computer that is not registered.</source>
        <translation>The bundle comes from a computer that is not registered.</translation>
    </message>
    <message>
        <source>The bundle&apos;s signature does not match: it has been altered.</source>
        <translation>The bundle&apos;s signature does not match: it has been altered.</translation>
    </message>
    <message>
        <source>The bundle&apos;s manifest is not valid.</source>
        <translation>The bundle&apos;s manifest is not valid.</translation>
    </message>
    <message>
        <source>The bundle is in a newer format. Update RehabDesk.</source>
        <translation>The bundle is in a newer format. Update RehabDesk.</translation>
    </message>
    <message>
        <source>The bundle&apos;s encrypted data has the wrong size.</source>
        <translation>The bundle&apos;s encrypted data has the wrong size.</translation>
    </message>
    <message>
        <source>The bundle&apos;s encrypted data has been altered.</source>
        <translation>The bundle&apos;s encrypted data has been altered.</translation>
    </message>
    <message>
        <source>The bundle&apos;s content belongs to another bundle.</source>
        <translation>The bundle&apos;s content belongs to another bundle.</translation>
    </message>
    <message>
        <source>The bundle holds an invalid record.</source>
        <translation>The bundle holds an invalid record.</translation>
    </message>
    <message>
        <source>The bundle&apos;s record counts do not match its content.</source>
        <translation>The bundle&apos;s record counts do not match its content.</translation>
    </message>
    <message>
        <source>The encrypted data&apos;s header is not valid.</source>
        <translation>The encrypted data&apos;s header is not valid.</translation>
    </message>
    <message>
        <source>The data is not encrypted to this key.</source>
        <translation>The data is not encrypted to this key.</translation>
    </message>
    <message>
        <source>The encrypted data&apos;s header has been altered.</source>
        <translation>The encrypted data&apos;s header has been altered.</translation>
    </message>
    <message>
        <source>The encrypted data has been altered or reordered.</source>
        <translation>The encrypted data has been altered or reordered.</translation>
    </message>
    <message>
        <source>The encrypted data is incomplete.</source>
        <translation>The encrypted data is incomplete.</translation>
    </message>
    <message>
        <source>The bundle comes from a computer whose key has been revoked.</source>
        <translation>The bundle comes from a computer whose key has been revoked.</translation>
    </message>
    <message>
        <source>The bundle names another station than the one its computer is registered to.</source>
        <translation>The bundle names another station than the one its computer is registered to.</translation>
    </message>
    <message>
        <source>The bundle is encrypted for another county.</source>
        <translation>The bundle is encrypted for another county.</translation>
    </message>
    <message>
        <source>This bundle has already been received.</source>
        <translation>This bundle has already been received.</translation>
    </message>
    <message>
        <source>Another bundle with this sequence number has already been received.</source>
        <translation>Another bundle with this sequence number has already been received.</translation>
    </message>
    <message>
        <source>An earlier bundle from this computer is missing (expected number {expected}, got {got}).</source>
        <translation>An earlier bundle from this computer is missing (expected number {expected}, got {got}).</translation>
    </message>
    <message>
        <source>The bundle does not follow the last one received from this computer.</source>
        <translation>The bundle does not follow the last one received from this computer.</translation>
    </message>
    <message>
        <source>The signature does not match.</source>
        <translation>The signature does not match.</translation>
    </message>
    <message>
        <source>The signature file is not valid.</source>
        <translation>The signature file is not valid.</translation>
    </message>
    <message>
        <source>The file is signed by another key.</source>
        <translation>The file is signed by another key.</translation>
    </message>
    <message>
        <source>The public key is not valid.</source>
        <translation>The public key is not valid.</translation>
    </message>
    <message>
        <source>The encryption key is not valid.</source>
        <translation>The encryption key is not valid.</translation>
    </message>
    <message>
        <source>The decryption key is not valid.</source>
        <translation>The decryption key is not valid.</translation>
    </message>
    <message>
        <source>This is not a valid registration request.</source>
        <translation>This is not a valid registration request.</translation>
    </message>
    <message>
        <source>The registration request&apos;s signature does not match: it has been altered.</source>
        <translation>The registration request&apos;s signature does not match: it has been altered.</translation>
    </message>
    <message>
        <source>The device number is not valid.</source>
        <translation>The device number is not valid.</translation>
    </message>
    <message>
        <source>The encrypted data has extra bytes at its end.</source>
        <translation>The encrypted data has extra bytes at its end.</translation>
    </message>
    <message>
        <source>The county&apos;s enrolment file names no server: bundles go to the county on a USB stick. Ask the county for a new enrolment file if it has a server.</source>
        <translation>The county&apos;s enrolment file names no server: bundles go to the county on a USB stick. Ask the county for a new enrolment file if it has a server.</translation>
    </message>
    <message>
        <source>The county server&apos;s address in the enrolment file is not a valid https:// address.</source>
        <translation>The county server&apos;s address in the enrolment file is not a valid https:// address.</translation>
    </message>
    <message>
        <source>The server that answered is not the county&apos;s: its certificate is not the one in the enrolment file. Nothing was sent. Tell the county; if it has a new server certificate, import its new enrolment file.</source>
        <translation>The server that answered is not the county&apos;s: its certificate is not the one in the enrolment file. Nothing was sent. Tell the county; if it has a new server certificate, import its new enrolment file.</translation>
    </message>
    <message>
        <source>The county server could not be reached, or the connection broke off. Nothing was marked as sent; it is sent again next time. Check the network, or take the bundle to the county on a USB stick.</source>
        <translation>The county server could not be reached, or the connection broke off. Nothing was marked as sent; it is sent again next time. Check the network, or take the bundle to the county on a USB stick.</translation>
    </message>
    <message>
        <source>The county server gave an answer RehabDesk does not understand (status {status}).</source>
        <translation>The county server gave an answer RehabDesk does not understand (status {status}).</translation>
    </message>
    <message>
        <source>The county server had a problem of its own. Nothing was marked as sent; try again later.</source>
        <translation>The county server had a problem of its own. Nothing was marked as sent; try again later.</translation>
    </message>
    <message>
        <source>The bundle is larger than the county server accepts. Take it to the county on a USB stick instead.</source>
        <translation>The bundle is larger than the county server accepts. Take it to the county on a USB stick instead.</translation>
    </message>
    <message>
        <source>The bundle did not arrive in full. Send it again.</source>
        <translation>The bundle did not arrive in full. Send it again.</translation>
    </message>
    <message>
        <source>Sending to the county was broken off. Nothing was marked as sent; it is sent again next time.</source>
        <translation>Sending to the county was broken off. Nothing was marked as sent; it is sent again next time.</translation>
    </message>
    <message>
        <source>This field is required.</source>
        <translation>This field is required.</translation>
    </message>
    <message>
        <source>Too long: at most {maximum} characters.</source>
        <translation>Too long: at most {maximum} characters.</translation>
    </message>
    <message>
        <source>Use 2 to 20 letters or digits, as given by the county.</source>
        <translation>Use 2 to 20 letters or digits, as given by the county.</translation>
    </message>
    <message>
        <source>Enter the 6-digit administrative division code of the county, e.g. 110105.</source>
        <translation>Enter the 6-digit administrative division code of the county, e.g. 110105.</translation>
    </message>
    <message>
        <source>Use 2 to 32 lower-case letters, digits, dots or dashes, starting with a letter.</source>
        <translation>Use 2 to 32 lower-case letters, digits, dots or dashes, starting with a letter.</translation>
    </message>
    <message>
        <source>This account name is already taken.</source>
        <translation>This account name is already taken.</translation>
    </message>
    <message>
        <source>Use at least {minimum} characters.</source>
        <translation>Use at least {minimum} characters.</translation>
    </message>
    <message>
        <source>The password must not be the account name.</source>
        <translation>The password must not be the account name.</translation>
    </message>
    <message>
        <source>This password is too common and easy to guess. Choose another.</source>
        <translation>This password is too common and easy to guess. Choose another.</translation>
    </message>
    <message>
        <source>The new password must differ from the old one.</source>
        <translation>The new password must differ from the old one.</translation>
    </message>
    <message>
        <source>Choose at least one role.</source>
        <translation>Choose at least one role.</translation>
    </message>
    <message>
        <source>Enter a number from {minimum} to {maximum}.</source>
        <translation>Enter a number from {minimum} to {maximum}.</translation>
    </message>
    <message>
        <source>Write the period as 2026Q3, 2026H1, 2026, 2026-07 or 2026-07-01..2026-09-30.</source>
        <translation>Write the period as 2026Q3, 2026H1, 2026, 2026-07 or 2026-07-01..2026-09-30.</translation>
    </message>
    <message>
        <source>The period ends before it starts.</source>
        <translation>The period ends before it starts.</translation>
    </message>
    <message>
        <source>Write the targets as year=per cent, separated by commas, e.g. 2024=45,2025=60.</source>
        <translation>Write the targets as year=per cent, separated by commas, e.g. 2024=45,2025=60.</translation>
    </message>
    <message>
        <source>Only coordinators and admins may export full ID numbers. Export the list as shown instead.</source>
        <translation>Only coordinators and admins may export full ID numbers. Export the list as shown instead.</translation>
    </message>
    <message>
        <source>The file {path} could not be written. Choose a folder you can write to; nothing was exported.</source>
        <translation>The file {path} could not be written. Choose a folder you can write to; nothing was exported.</translation>
    </message>
    <message>
        <source>The period ends before it starts: choose an end date on or after the start.</source>
        <translation>The period ends before it starts: choose an end date on or after the start.</translation>
    </message>
    <message>
        <source>Export at most three years at a time: choose a shorter period.</source>
        <translation>Export at most three years at a time: choose a shorter period.</translation>
    </message>
    <message>
        <source>Save the file as {formats}.</source>
        <translation>Save the file as {formats}.</translation>
    </message>
    <message>
        <source>Choose a complete folder path.</source>
        <translation>Choose a complete folder path.</translation>
    </message>
    <message>
        <source>The station code cannot be changed: backups and reports are filed under it.</source>
        <translation>The station code cannot be changed: backups and reports are filed under it.</translation>
    </message>
    <message>
        <source>Enter the ID number.</source>
        <translation>Enter the ID number.</translation>
    </message>
    <message>
        <source>Choose one of the values offered.</source>
        <translation>Choose one of the values offered.</translation>
    </message>
    <message>
        <source>This field cannot hold control characters (a line break, a tab, NUL …). Remove them and try again.</source>
        <translation>This field cannot hold control characters (a line break, a tab, NUL …). Remove them and try again.</translation>
    </message>
    <message>
        <source>This field holds invisible characters (zero-width or text-direction marks) that can disguise what is shown. Type it again instead of pasting it.</source>
        <translation>This field holds invisible characters (zero-width or text-direction marks) that can disguise what is shown. Type it again instead of pasting it.</translation>
    </message>
    <message>
        <source>A letter here carries more than {maximum} accent marks stacked. Remove the extra marks.</source>
        <translation>A letter here carries more than {maximum} accent marks stacked. Remove the extra marks.</translation>
    </message>
    <message>
        <source>This value starts with = + - or @, so a spreadsheet would run it as a formula. Check it in the file, remove the leading sign and load the file again.</source>
        <translation>This value starts with = + - or @, so a spreadsheet would run it as a formula. Check it in the file, remove the leading sign and load the file again.</translation>
    </message>
    <message>
        <source>Excel stored this number as a number and dropped its last digits. Format the column as text, type the number again, and reload the file.</source>
        <translation>Excel stored this number as a number and dropped its last digits. Format the column as text, type the number again, and reload the file.</translation>
    </message>
    <message>
        <source>Add at least one guardian or contact person.</source>
        <translation>Add at least one guardian or contact person.</translation>
    </message>
    <message>
        <source>A minor, or a client without full legal capacity, needs a legal guardian: tick “legal guardian” for one of the contacts.</source>
        <translation>A minor, or a client without full legal capacity, needs a legal guardian: tick “legal guardian” for one of the contacts.</translation>
    </message>
    <message>
        <source>The onset date cannot be before the birth date.</source>
        <translation>The onset date cannot be before the birth date.</translation>
    </message>
    <message>
        <source>This case number is already used by another file.</source>
        <translation>This case number is already used by another file.</translation>
    </message>
    <message>
        <source>A file&apos;s case number cannot be changed.</source>
        <translation>A file&apos;s case number cannot be changed.</translation>
    </message>
    <message>
        <source>The same ID number appears earlier in this file (row {row}).</source>
        <translation>The same ID number appears earlier in this file (row {row}).</translation>
    </message>
    <message>
        <source>Use up to 20 letters, digits or dashes.</source>
        <translation>Use up to 20 letters, digits or dashes.</translation>
    </message>
    <message>
        <source>This staff number is already used.</source>
        <translation>This staff number is already used.</translation>
    </message>
    <message>
        <source>The end date cannot be before the start date.</source>
        <translation>The end date cannot be before the start date.</translation>
    </message>
    <message>
        <source>An ID number has only digits, and an X as its last character.</source>
        <translation>An ID number has only digits, and an X as its last character.</translation>
    </message>
    <message>
        <source>This is an old 15-digit ID number. Enter the 18-digit number on the current card.</source>
        <translation>This is an old 15-digit ID number. Enter the 18-digit number on the current card.</translation>
    </message>
    <message>
        <source>An ID number has {expected} characters; this one has {length}.</source>
        <translation>An ID number has {expected} characters; this one has {length}.</translation>
    </message>
    <message>
        <source>The first two digits are not a province code. Check the number against the card.</source>
        <translation>The first two digits are not a province code. Check the number against the card.</translation>
    </message>
    <message>
        <source>The birth date inside this ID number (digits 7 to 14) is not a real date. Check the number.</source>
        <translation>The birth date inside this ID number (digits 7 to 14) is not a real date. Check the number.</translation>
    </message>
    <message>
        <source>The birth date inside this ID number is in the future. Check the number.</source>
        <translation>The birth date inside this ID number is in the future. Check the number.</translation>
    </message>
    <message>
        <source>The birth date inside this ID number is before 1900. Check the number.</source>
        <translation>The birth date inside this ID number is before 1900. Check the number.</translation>
    </message>
    <message>
        <source>The last character does not fit the rest of the number, so a digit was probably mistyped. Check the number against the card.</source>
        <translation>The last character does not fit the rest of the number, so a digit was probably mistyped. Check the number against the card.</translation>
    </message>
    <message>
        <source>This differs from the birth date in the ID number.</source>
        <translation>This differs from the birth date in the ID number.</translation>
    </message>
    <message>
        <source>This differs from the gender in the ID number.</source>
        <translation>This differs from the gender in the ID number.</translation>
    </message>
    <message>
        <source>Enter 5 to 20 letters and digits, as printed on the document.</source>
        <translation>Enter 5 to 20 letters and digits, as printed on the document.</translation>
    </message>
    <message>
        <source>Enter an 11-digit mobile number, or a landline with its area code such as 010-12345678.</source>
        <translation>Enter an 11-digit mobile number, or a landline with its area code such as 010-12345678.</translation>
    </message>
    <message>
        <source>Enter a real date, for example 2024-03-05.</source>
        <translation>Enter a real date, for example 2024-03-05.</translation>
    </message>
    <message>
        <source>This date cannot be later than {latest}.</source>
        <translation>This date cannot be later than {latest}.</translation>
    </message>
    <message>
        <source>This date cannot be earlier than {earliest}.</source>
        <translation>This date cannot be earlier than {earliest}.</translation>
    </message>
    <message>
        <source>A consent form always includes consent to services.</source>
        <translation>A consent form always includes consent to services.</translation>
    </message>
    <message>
        <source>Tick only consents this form offered.</source>
        <translation>Tick only consents this form offered.</translation>
    </message>
    <message>
        <source>This client is a minor or lacks full legal capacity: the legal guardian must sign, alone or together with the client.</source>
        <translation>This client is a minor or lacks full legal capacity: the legal guardian must sign, alone or together with the client.</translation>
    </message>
    <message>
        <source>Choose the legal guardian: for this client, another contact cannot sign.</source>
        <translation>Choose the legal guardian: for this client, another contact cannot sign.</translation>
    </message>
    <message>
        <source>The term cannot end before it starts.</source>
        <translation>The term cannot end before it starts.</translation>
    </message>
    <message>
        <source>A term longer than three years is not accepted. Check the year.</source>
        <translation>A term longer than three years is not accepted. Check the year.</translation>
    </message>
    <message>
        <source>Enter a whole number from 1 to 10000.</source>
        <translation>Enter a whole number from 1 to 10000.</translation>
    </message>
    <message>
        <source>Enter an amount in yuan of zero or more, with at most two decimals, e.g. 12.50.</source>
        <translation>Enter an amount in yuan of zero or more, with at most two decimals, e.g. 12.50.</translation>
    </message>
    <message>
        <source>The agreement&apos;s term ended on {date}, before this date.</source>
        <translation>The agreement&apos;s term ended on {date}, before this date.</translation>
    </message>
    <message>
        <source>The agreement ends on {date} anyway: terminate it on or before that day.</source>
        <translation>The agreement ends on {date} anyway: terminate it on or before that day.</translation>
    </message>
    <message>
        <source>This fee item is no longer published. Remove it or choose a published one.</source>
        <translation>This fee item is no longer published. Remove it or choose a published one.</translation>
    </message>
    <message>
        <source>Attach a scan as a PDF, PNG or JPEG file. Other file types are not accepted.</source>
        <translation>Attach a scan as a PDF, PNG or JPEG file. Other file types are not accepted.</translation>
    </message>
    <message>
        <source>This file is {size_mb} MB; the limit is {limit_mb} MB. Scan at a lower resolution (200 dpi, black and white is enough) and attach it again.</source>
        <translation>This file is {size_mb} MB; the limit is {limit_mb} MB. Scan at a lower resolution (200 dpi, black and white is enough) and attach it again.</translation>
    </message>
    <message>
        <source>This file is empty.</source>
        <translation>This file is empty.</translation>
    </message>
    <message>
        <source>This very file is already attached.</source>
        <translation>This very file is already attached.</translation>
    </message>
    <message>
        <source>Nothing was changed, so no new version was saved.</source>
        <translation>Nothing was changed, so no new version was saved.</translation>
    </message>
    <message>
        <source>{{{name}}} is not a placeholder this template knows. Check the spelling against the list.</source>
        <translation>{{{name}}} is not a placeholder this template knows. Check the spelling against the list.</translation>
    </message>
    <message>
        <source>[[{name}]] is not a block this template knows. Check the spelling against the list.</source>
        <translation>[[{name}]] is not a block this template knows. Check the spelling against the list.</translation>
    </message>
    <message>
        <source>The template must contain the block [[{name}]] on a line of its own.</source>
        <translation>The template must contain the block [[{name}]] on a line of its own.</translation>
    </message>
    <message>
        <source>The template is empty.</source>
        <translation>The template is empty.</translation>
    </message>
    <message>
        <source>Enter the hours as a number greater than 0, e.g. 2 or 2.5 (whole minutes only).</source>
        <translation>Enter the hours as a number greater than 0, e.g. 2 or 2.5 (whole minutes only).</translation>
    </message>
    <message>
        <source>A course of {days} day(s) can have at most {maximum} hours. Check the hours or the dates.</source>
        <translation>A course of {days} day(s) can have at most {maximum} hours. Check the hours or the dates.</translation>
    </message>
    <message>
        <source>Choose at least one person who took part.</source>
        <translation>Choose at least one person who took part.</translation>
    </message>
    <message>
        <source>The same person is listed twice.</source>
        <translation>The same person is listed twice.</translation>
    </message>
    <message>
        <source>This staff member is not in the staff register.</source>
        <translation>This staff member is not in the staff register.</translation>
    </message>
    <message>
        <source>{name} was not employed at the station on these dates. Check the dates or the person.</source>
        <translation>{name} was not employed at the station on these dates. Check the dates or the person.</translation>
    </message>
    <message>
        <source>No staff member has this staff number.</source>
        <translation>No staff member has this staff number.</translation>
    </message>
    <message>
        <source>This staff number belongs to {name}. Check the number or the name.</source>
        <translation>This staff number belongs to {name}. Check the number or the name.</translation>
    </message>
    <message>
        <source>No staff member has this name. Add a staff number column, or register the person first.</source>
        <translation>No staff member has this name. Add a staff number column, or register the person first.</translation>
    </message>
    <message>
        <source>Several staff members have this name: give the staff number to say which one.</source>
        <translation>Several staff members have this name: give the staff number to say which one.</translation>
    </message>
    <message>
        <source>The file has no such column. Add it to the header row (the first row) and load the file again.</source>
        <translation>The file has no such column. Add it to the header row (the first row) and load the file again.</translation>
    </message>
    <message>
        <source>Record only your own training: choose yourself alone.</source>
        <translation>Record only your own training: choose yourself alone.</translation>
    </message>
    <message>
        <source>This emergency plan no longer exists. Choose another.</source>
        <translation>This emergency plan no longer exists. Choose another.</translation>
    </message>
    <message>
        <source>Enter a time such as 9:30 or 14:05.</source>
        <translation>Enter a time such as 9:30 or 14:05.</translation>
    </message>
    <message>
        <source>The end time must be later than the start time.</source>
        <translation>The end time must be later than the start time.</translation>
    </message>
    <message>
        <source>A service lasts at most {hours} hours. Record a longer day as separate services.</source>
        <translation>A service lasts at most {hours} hours. Record a longer day as separate services.</translation>
    </message>
    <message>
        <source>A group session needs at least two clients. For one client, record individual work.</source>
        <translation>A group session needs at least two clients. For one client, record individual work.</translation>
    </message>
    <message>
        <source>Individual work is for exactly one client. For several, record a group session.</source>
        <translation>Individual work is for exactly one client. For several, record a group session.</translation>
    </message>
    <message>
        <source>Tick at least one client who came.</source>
        <translation>Tick at least one client who came.</translation>
    </message>
    <message>
        <source>Answer this item.</source>
        <translation>Answer this item.</translation>
    </message>
    <message>
        <source>This client is not in the station&apos;s files.</source>
        <translation>This client is not in the station&apos;s files.</translation>
    </message>
    <message>
        <source>The plan ends on {date}: set the goal&apos;s date on or before it.</source>
        <translation>The plan ends on {date}: set the goal&apos;s date on or before it.</translation>
    </message>
    <message>
        <source>A plan covers at most {months} months.</source>
        <translation>A plan covers at most {months} months.</translation>
    </message>
    <message>
        <source>Choose one of the answers the scale offers.</source>
        <translation>Choose one of the answers the scale offers.</translation>
    </message>
    <message>
        <source>Enter the overall score.</source>
        <translation>Enter the overall score.</translation>
    </message>
    <message>
        <source>The score must be from {minimum} to {maximum}.</source>
        <translation>The score must be from {minimum} to {maximum}.</translation>
    </message>
    <message>
        <source>With these domain ratings the overall score must be from {minimum} to {maximum}. Check the ratings or choose a score in that band.</source>
        <translation>With these domain ratings the overall score must be from {minimum} to {maximum}. Check the ratings or choose a score in that band.</translation>
    </message>
    <message>
        <source>The same person and course appear earlier in this file (row {row}).</source>
        <translation>The same person and course appear earlier in this file (row {row}).</translation>
    </message>
    <message>
        <source>Something could not be done (code: {code}).</source>
        <translation>Something could not be done (code: {code}).</translation>
    </message>
</context>
<context>
    <name>operations</name>
    <message>
        <source>RehabDesk</source>
        <translation>RehabDesk</translation>
    </message>
</context>
<context>
    <name>paperwork</name>
    <message>
        <source>legal guardian</source>
        <translation>legal guardian</translation>
    </message>
    <message>
        <source>Withdraw a consent of form {number}</source>
        <translation>Withdraw a consent of form {number}</translation>
    </message>
    <message>
        <source>Withdrawn on</source>
        <translation>Withdrawn on</translation>
    </message>
    <message>
        <source>Consent withdrawn</source>
        <translation>Consent withdrawn</translation>
    </message>
    <message>
        <source>Nothing is deleted. From this date the station may no longer use this consent; if it is consent to services or to health data, no new services can be recorded.</source>
        <translation>Nothing is deleted. From this date the station may no longer use this consent; if it is consent to services or to health data, no new services can be recorded.</translation>
    </message>
    <message>
        <source>Consent to services</source>
        <translation>Consent to services</translation>
    </message>
    <message>
        <source>Separate consent: health data</source>
        <translation>Separate consent: health data</translation>
    </message>
    <message>
        <source>Separate consent: providing data to others</source>
        <translation>Separate consent: providing data to others</translation>
    </message>
    <message>
        <source>Photos and video</source>
        <translation>Photos and video</translation>
    </message>
    <message>
        <source>Emergency authorisation</source>
        <translation>Emergency authorisation</translation>
    </message>
    <message>
        <source>Draft</source>
        <translation>Draft</translation>
    </message>
    <message>
        <source>Awaiting signature</source>
        <translation>Awaiting signature</translation>
    </message>
    <message>
        <source>Signed</source>
        <translation>Signed</translation>
    </message>
    <message>
        <source>Voided</source>
        <translation>Voided</translation>
    </message>
    <message>
        <source>Given</source>
        <translation>Given</translation>
    </message>
    <message>
        <source>Withdrawn</source>
        <translation>Withdrawn</translation>
    </message>
    <message>
        <source>The client</source>
        <translation>The client</translation>
    </message>
    <message>
        <source>The guardian</source>
        <translation>The guardian</translation>
    </message>
    <message>
        <source>Client and guardian</source>
        <translation>Client and guardian</translation>
    </message>
    <message>
        <source>In force</source>
        <translation>In force</translation>
    </message>
    <message>
        <source>Expired</source>
        <translation>Expired</translation>
    </message>
    <message>
        <source>Terminated</source>
        <translation>Terminated</translation>
    </message>
    <message>
        <source>Medication training</source>
        <translation>Medication training</translation>
    </message>
    <message>
        <source>Relapse prevention</source>
        <translation>Relapse prevention</translation>
    </message>
    <message>
        <source>Physical health management</source>
        <translation>Physical health management</translation>
    </message>
    <message>
        <source>Life skills</source>
        <translation>Life skills</translation>
    </message>
    <message>
        <source>Social skills</source>
        <translation>Social skills</translation>
    </message>
    <message>
        <source>Vocational rehabilitation</source>
        <translation>Vocational rehabilitation</translation>
    </message>
    <message>
        <source>Psychological support</source>
        <translation>Psychological support</translation>
    </message>
    <message>
        <source>Peer support</source>
        <translation>Peer support</translation>
    </message>
    <message>
        <source>Family support and training</source>
        <translation>Family support and training</translation>
    </message>
    <message>
        <source>Home rehabilitation guidance</source>
        <translation>Home rehabilitation guidance</translation>
    </message>
    <message>
        <source>Health education</source>
        <translation>Health education</translation>
    </message>
    <message>
        <source>Recreation and sports</source>
        <translation>Recreation and sports</translation>
    </message>
    <message>
        <source>Community integration</source>
        <translation>Community integration</translation>
    </message>
    <message>
        <source>Case management</source>
        <translation>Case management</translation>
    </message>
    <message>
        <source>Group work</source>
        <translation>Group work</translation>
    </message>
    <message>
        <source>Day training and care</source>
        <translation>Day training and care</translation>
    </message>
    <message>
        <source>Transitional housing</source>
        <translation>Transitional housing</translation>
    </message>
    <message>
        <source>Home support and visits</source>
        <translation>Home support and visits</translation>
    </message>
    <message>
        <source>Phone follow-up</source>
        <translation>Phone follow-up</translation>
    </message>
    <message>
        <source>Community activities</source>
        <translation>Community activities</translation>
    </message>
    <message>
        <source>Agreement ends soon</source>
        <translation>Agreement ends soon</translation>
    </message>
    <message>
        <source>Agreement ended, not renewed</source>
        <translation>Agreement ended, not renewed</translation>
    </message>
    <message>
        <source>Consent form not signed yet</source>
        <translation>Consent form not signed yet</translation>
    </message>
    <message>
        <source>Signed paper not scanned in</source>
        <translation>Signed paper not scanned in</translation>
    </message>
    <message>
        <source>No signed consent: {kind}.</source>
        <translation>No signed consent: {kind}.</translation>
    </message>
    <message>
        <source>Consent withdrawn on {date}: {kind}.</source>
        <translation>Consent withdrawn on {date}: {kind}.</translation>
    </message>
    <message>
        <source>{kind}: the legal guardian has not signed it.</source>
        <translation>{kind}: the legal guardian has not signed it.</translation>
    </message>
    <message>
        <source>No signed service agreement.</source>
        <translation>No signed service agreement.</translation>
    </message>
    <message>
        <source>Service agreement {number} expired on {date}.</source>
        <translation>Service agreement {number} expired on {date}.</translation>
    </message>
    <message>
        <source>Service agreement {number} starts only on {date}.</source>
        <translation>Service agreement {number} starts only on {date}.</translation>
    </message>
    <message>
        <source>Service agreement {number} was terminated on {date}.</source>
        <translation>Service agreement {number} was terminated on {date}.</translation>
    </message>
    <message>
        <source>Service agreement {number}: the legal guardian has not signed it.</source>
        <translation>Service agreement {number}: the legal guardian has not signed it.</translation>
    </message>
    <message>
        <source>{name} ({case_number}): {reasons}</source>
        <translation>{name} ({case_number}): {reasons}</translation>
    </message>
    <message>
        <source>A case cannot go from “{from_}” to “{to}”.</source>
        <translation>A case cannot go from “{from_}” to “{to}”.</translation>
    </message>
    <message>
        <source>Give the reason.</source>
        <translation>Give the reason.</translation>
    </message>
    <message>
        <source>No baseline (intake) assessment yet.</source>
        <translation>No baseline (intake) assessment yet.</translation>
    </message>
    <message>
        <source>No approved rehabilitation plan yet.</source>
        <translation>No approved rehabilitation plan yet.</translation>
    </message>
    <message>
        <source>A coordinator must approve this step.</source>
        <translation>A coordinator must approve this step.</translation>
    </message>
    <message>
        <source>Choose the outcome of the case.</source>
        <translation>Choose the outcome of the case.</translation>
    </message>
    <message>
        <source>No closing assessment yet.</source>
        <translation>No closing assessment yet.</translation>
    </message>
    <message>
        <source>The client is not being served now (status: {status}).</source>
        <translation>The client is not being served now (status: {status}).</translation>
    </message>
    <message>
        <source>Services are suspended: only home visits and phone follow-ups can be recorded.</source>
        <translation>Services are suspended: only home visits and phone follow-ups can be recorded.</translation>
    </message>
</context>
<context>
    <name>people</name>
    <message>
        <source>Male</source>
        <translation>Male</translation>
    </message>
    <message>
        <source>Female</source>
        <translation>Female</translation>
    </message>
    <message>
        <source>Resident ID card</source>
        <translation>Resident ID card</translation>
    </message>
    <message>
        <source>Passport</source>
        <translation>Passport</translation>
    </message>
    <message>
        <source>Mainland travel permit (Hong Kong/Macao)</source>
        <translation>Mainland travel permit (Hong Kong/Macao)</translation>
    </message>
    <message>
        <source>Mainland travel permit (Taiwan)</source>
        <translation>Mainland travel permit (Taiwan)</translation>
    </message>
    <message>
        <source>Foreign permanent resident card (old)</source>
        <translation>Foreign permanent resident card (old)</translation>
    </message>
    <message>
        <source>Schizophrenia</source>
        <translation>Schizophrenia</translation>
    </message>
    <message>
        <source>Schizoaffective disorder</source>
        <translation>Schizoaffective disorder</translation>
    </message>
    <message>
        <source>Paranoid psychosis (persistent delusional disorder)</source>
        <translation>Paranoid psychosis (persistent delusional disorder)</translation>
    </message>
    <message>
        <source>Bipolar (affective) disorder</source>
        <translation>Bipolar (affective) disorder</translation>
    </message>
    <message>
        <source>Mental disorder due to epilepsy</source>
        <translation>Mental disorder due to epilepsy</translation>
    </message>
    <message>
        <source>Intellectual disability with mental disorder</source>
        <translation>Intellectual disability with mental disorder</translation>
    </message>
    <message>
        <source>Depression</source>
        <translation>Depression</translation>
    </message>
    <message>
        <source>Autism spectrum disorder</source>
        <translation>Autism spectrum disorder</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>Other</translation>
    </message>
    <message>
        <source>Stable</source>
        <translation>Stable</translation>
    </message>
    <message>
        <source>Basically stable</source>
        <translation>Basically stable</translation>
    </message>
    <message>
        <source>Unstable</source>
        <translation>Unstable</translation>
    </message>
    <message>
        <source>Regular</source>
        <translation>Regular</translation>
    </message>
    <message>
        <source>Intermittent</source>
        <translation>Intermittent</translation>
    </message>
    <message>
        <source>Not taking medication</source>
        <translation>Not taking medication</translation>
    </message>
    <message>
        <source>Full legal capacity</source>
        <translation>Full legal capacity</translation>
    </message>
    <message>
        <source>Limited legal capacity</source>
        <translation>Limited legal capacity</translation>
    </message>
    <message>
        <source>No legal capacity</source>
        <translation>No legal capacity</translation>
    </message>
    <message>
        <source>Spouse</source>
        <translation>Spouse</translation>
    </message>
    <message>
        <source>Parent</source>
        <translation>Parent</translation>
    </message>
    <message>
        <source>Adult child</source>
        <translation>Adult child</translation>
    </message>
    <message>
        <source>Other close relative</source>
        <translation>Other close relative</translation>
    </message>
    <message>
        <source>Village or residents&apos; committee</source>
        <translation>Village or residents&apos; committee</translation>
    </message>
    <message>
        <source>Civil affairs department</source>
        <translation>Civil affairs department</translation>
    </message>
    <message>
        <source>Application by client or guardian</source>
        <translation>Application by client or guardian</translation>
    </message>
    <message>
        <source>Referral by a medical institution</source>
        <translation>Referral by a medical institution</translation>
    </message>
    <message>
        <source>Found by the community, an organisation or a person</source>
        <translation>Found by the community, an organisation or a person</translation>
    </message>
    <message>
        <source>Transferred in from another station</source>
        <translation>Transferred in from another station</translation>
    </message>
    <message>
        <source>Applied</source>
        <translation>Applied</translation>
    </message>
    <message>
        <source>Registered</source>
        <translation>Registered</translation>
    </message>
    <message>
        <source>Assessing needs</source>
        <translation>Assessing needs</translation>
    </message>
    <message>
        <source>Not eligible</source>
        <translation>Not eligible</translation>
    </message>
    <message>
        <source>Waitlisted</source>
        <translation>Waitlisted</translation>
    </message>
    <message>
        <source>Enrolled</source>
        <translation>Enrolled</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>Active</translation>
    </message>
    <message>
        <source>Suspended</source>
        <translation>Suspended</translation>
    </message>
    <message>
        <source>Closed</source>
        <translation>Closed</translation>
    </message>
    <message>
        <source>Follow-up</source>
        <translation>Follow-up</translation>
    </message>
    <message>
        <source>Archived</source>
        <translation>Archived</translation>
    </message>
    <message>
        <source>Withdrawn</source>
        <translation>Withdrawn</translation>
    </message>
    <message>
        <source>Psychiatrist</source>
        <translation>Psychiatrist</translation>
    </message>
    <message>
        <source>Psychiatric nurse</source>
        <translation>Psychiatric nurse</translation>
    </message>
    <message>
        <source>Social worker</source>
        <translation>Social worker</translation>
    </message>
    <message>
        <source>Psychotherapist or counsellor</source>
        <translation>Psychotherapist or counsellor</translation>
    </message>
    <message>
        <source>Rehabilitation therapist</source>
        <translation>Rehabilitation therapist</translation>
    </message>
    <message>
        <source>Vocational instructor</source>
        <translation>Vocational instructor</translation>
    </message>
    <message>
        <source>Peer supporter</source>
        <translation>Peer supporter</translation>
    </message>
    <message>
        <source>Volunteer</source>
        <translation>Volunteer</translation>
    </message>
    <message>
        <source>Administrative staff</source>
        <translation>Administrative staff</translation>
    </message>
    <message>
        <source>No relevant degree</source>
        <translation>No relevant degree</translation>
    </message>
    <message>
        <source>Mental health</source>
        <translation>Mental health</translation>
    </message>
    <message>
        <source>Social work</source>
        <translation>Social work</translation>
    </message>
    <message>
        <source>Psychology</source>
        <translation>Psychology</translation>
    </message>
    <message>
        <source>Full-time</source>
        <translation>Full-time</translation>
    </message>
    <message>
        <source>Part-time</source>
        <translation>Part-time</translation>
    </message>
    <message>
        <source>Purchased service</source>
        <translation>Purchased service</translation>
    </message>
    <message>
        <source>0 – no risk behaviour</source>
        <translation>0 – no risk behaviour</translation>
    </message>
    <message>
        <source>1 – verbal threats or shouting</source>
        <translation>1 – verbal threats or shouting</translation>
    </message>
    <message>
        <source>2 – smashing at home, stops when persuaded</source>
        <translation>2 – smashing at home, stops when persuaded</translation>
    </message>
    <message>
        <source>3 – smashing anywhere, does not stop</source>
        <translation>3 – smashing anywhere, does not stop</translation>
    </message>
    <message>
        <source>4 – persistent violence, incl. self-harm or suicide attempt</source>
        <translation>4 – persistent violence, incl. self-harm or suicide attempt</translation>
    </message>
    <message>
        <source>5 – violence with a weapon, arson or explosion</source>
        <translation>5 – violence with a weapon, arson or explosion</translation>
    </message>
    <message>
        <source>None of the behaviours of levels 1 to 5.</source>
        <translation>None of the behaviours of levels 1 to 5.</translation>
    </message>
    <message>
        <source>Verbal threats or shouting, but no smashing of things.</source>
        <translation>Verbal threats or shouting, but no smashing of things.</translation>
    </message>
    <message>
        <source>Smashing things at home, aimed at property only; stops when persuaded.</source>
        <translation>Smashing things at home, aimed at property only; stops when persuaded.</translation>
    </message>
    <message>
        <source>Obvious smashing of things in any setting, aimed at property or people; cannot be stopped.</source>
        <translation>Obvious smashing of things in any setting, aimed at property or people; cannot be stopped.</translation>
    </message>
    <message>
        <source>Persistent violence against property or people in any setting, including self-harm or suicide attempts.</source>
        <translation>Persistent violence against property or people in any setting, including self-harm or suicide attempts.</translation>
    </message>
    <message>
        <source>Violence against people with a weapon, or arson or explosion.</source>
        <translation>Violence against people with a weapon, or arson or explosion.</translation>
    </message>
    <message>
        <source>No disability certificate</source>
        <translation>No disability certificate</translation>
    </message>
    <message>
        <source>Level 1 (most severe)</source>
        <translation>Level 1 (most severe)</translation>
    </message>
    <message>
        <source>Level 2</source>
        <translation>Level 2</translation>
    </message>
    <message>
        <source>Level 3</source>
        <translation>Level 3</translation>
    </message>
    <message>
        <source>Level 4 (mildest)</source>
        <translation>Level 4 (mildest)</translation>
    </message>
</context>
<context>
    <name>punctuation</name>
    <message>
        <source>, </source>
        <translation>, </translation>
    </message>
    <message>
        <source>; </source>
        <translation>; </translation>
    </message>
    <message>
        <source>{label}: {text}</source>
        <translation>{label}: {text}</translation>
    </message>
</context>
<context>
    <name>roles</name>
    <message>
        <source>Staff</source>
        <translation>Staff</translation>
    </message>
    <message>
        <source>Coordinator</source>
        <translation>Coordinator</translation>
    </message>
    <message>
        <source>Admin</source>
        <translation>Admin</translation>
    </message>
    <message>
        <source>, </source>
        <translation>, </translation>
    </message>
</context>
<context>
    <name>templates</name>
    <message>
        <source>station name</source>
        <translation>station name</translation>
    </message>
    <message>
        <source>station address</source>
        <translation>station address</translation>
    </message>
    <message>
        <source>station telephone</source>
        <translation>station telephone</translation>
    </message>
    <message>
        <source>head of station</source>
        <translation>head of station</translation>
    </message>
    <message>
        <source>operating organisation</source>
        <translation>operating organisation</translation>
    </message>
    <message>
        <source>date of printing</source>
        <translation>date of printing</translation>
    </message>
    <message>
        <source>number of this form</source>
        <translation>number of this form</translation>
    </message>
    <message>
        <source>client&apos;s case number</source>
        <translation>client&apos;s case number</translation>
    </message>
    <message>
        <source>client&apos;s name</source>
        <translation>client&apos;s name</translation>
    </message>
    <message>
        <source>client&apos;s gender</source>
        <translation>client&apos;s gender</translation>
    </message>
    <message>
        <source>client&apos;s date of birth</source>
        <translation>client&apos;s date of birth</translation>
    </message>
    <message>
        <source>client&apos;s ID number</source>
        <translation>client&apos;s ID number</translation>
    </message>
    <message>
        <source>client&apos;s phone</source>
        <translation>client&apos;s phone</translation>
    </message>
    <message>
        <source>client&apos;s address</source>
        <translation>client&apos;s address</translation>
    </message>
    <message>
        <source>guardian&apos;s name</source>
        <translation>guardian&apos;s name</translation>
    </message>
    <message>
        <source>guardian&apos;s relation to the client</source>
        <translation>guardian&apos;s relation to the client</translation>
    </message>
    <message>
        <source>guardian&apos;s phone</source>
        <translation>guardian&apos;s phone</translation>
    </message>
    <message>
        <source>first day of the agreement</source>
        <translation>first day of the agreement</translation>
    </message>
    <message>
        <source>last day of the agreement</source>
        <translation>last day of the agreement</translation>
    </message>
    <message>
        <source>services agreed</source>
        <translation>services agreed</translation>
    </message>
    <message>
        <source>forms of service agreed</source>
        <translation>forms of service agreed</translation>
    </message>
    <message>
        <source>where services take place</source>
        <translation>where services take place</translation>
    </message>
    <message>
        <source>when services take place</source>
        <translation>when services take place</translation>
    </message>
    <message>
        <source>number of the agreement this one renews</source>
        <translation>number of the agreement this one renews</translation>
    </message>
    <message>
        <source>table of the parties: station, client, guardian</source>
        <translation>table of the parties: station, client, guardian</translation>
    </message>
    <message>
        <source>table of the services agreed, place and term</source>
        <translation>table of the services agreed, place and term</translation>
    </message>
    <message>
        <source>table of fees</source>
        <translation>table of fees</translation>
    </message>
    <message>
        <source>one box for each separate consent offered</source>
        <translation>one box for each separate consent offered</translation>
    </message>
    <message>
        <source>the paragraph after this line is the statement in the box “{consent}”</source>
        <translation>the paragraph after this line is the statement in the box “{consent}”</translation>
    </message>
    <message>
        <source>signatures and dates</source>
        <translation>signatures and dates</translation>
    </message>
</context>
<context>
    <name>today</name>
    <message>
        <source>Stage review due</source>
        <translation>Stage review due</translation>
    </message>
    <message>
        <source>Rehabilitation plan review due</source>
        <translation>Rehabilitation plan review due</translation>
    </message>
    <message>
        <source>Ask whether they still want a place</source>
        <translation>Ask whether they still want a place</translation>
    </message>
    <message>
        <source>Follow-up after closing</source>
        <translation>Follow-up after closing</translation>
    </message>
    <message>
        <source>No service yet this month</source>
        <translation>No service yet this month</translation>
    </message>
    <message>
        <source>Training hours short this year</source>
        <translation>Training hours short this year</translation>
    </message>
    <message>
        <source>Drill due</source>
        <translation>Drill due</translation>
    </message>
    <message>
        <source>Corrective action due</source>
        <translation>Corrective action due</translation>
    </message>
    <message>
        <source>Emergency plan past its review</source>
        <translation>Emergency plan past its review</translation>
    </message>
</context>
<context>
    <name>training</name>
    <message>
        <source>Induction</source>
        <translation>Induction</translation>
    </message>
    <message>
        <source>Block training</source>
        <translation>Block training</translation>
    </message>
    <message>
        <source>Supervision</source>
        <translation>Supervision</translation>
    </message>
    <message>
        <source>Vocational skills</source>
        <translation>Vocational skills</translation>
    </message>
    <message>
        <source>Needs-assessment training</source>
        <translation>Needs-assessment training</translation>
    </message>
    <message>
        <source>Safety and emergency</source>
        <translation>Safety and emergency</translation>
    </message>
    <message>
        <source>Fire</source>
        <translation>Fire</translation>
    </message>
    <message>
        <source>Missing person</source>
        <translation>Missing person</translation>
    </message>
    <message>
        <source>Violence (with a weapon)</source>
        <translation>Violence (with a weapon)</translation>
    </message>
    <message>
        <source>Suicide or self-harm</source>
        <translation>Suicide or self-harm</translation>
    </message>
    <message>
        <source>Choking</source>
        <translation>Choking</translation>
    </message>
    <message>
        <source>Fall</source>
        <translation>Fall</translation>
    </message>
    <message>
        <source>Sudden illness</source>
        <translation>Sudden illness</translation>
    </message>
    <message>
        <source>Adverse drug reaction</source>
        <translation>Adverse drug reaction</translation>
    </message>
    <message>
        <source>Food poisoning</source>
        <translation>Food poisoning</translation>
    </message>
    <message>
        <source>Power cut</source>
        <translation>Power cut</translation>
    </message>
    <message>
        <source>Natural disaster (earthquake)</source>
        <translation>Natural disaster (earthquake)</translation>
    </message>
    <message>
        <source>Epidemic</source>
        <translation>Epidemic</translation>
    </message>
    <message>
        <source>Overdue</source>
        <translation>Overdue</translation>
    </message>
    <message>
        <source>Due within 30 days</source>
        <translation>Due within 30 days</translation>
    </message>
    <message>
        <source>Up to date</source>
        <translation>Up to date</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Open</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Done</translation>
    </message>
    <message>
        <source>{hours} h</source>
        <translation>{hours} h</translation>
    </message>
</context>
<context>
    <name>why_not</name>
    <message>
        <source>Your account&apos;s roles do not allow this. Ask an admin.</source>
        <translation>Your account&apos;s roles do not allow this. Ask an admin.</translation>
    </message>
    <message>
        <source>Select one in the list first.</source>
        <translation>Select one in the list first.</translation>
    </message>
    <message>
        <source>Still loading, a moment please.</source>
        <translation>Still loading, a moment please.</translation>
    </message>
    <message>
        <source>Working on it, a moment please.</source>
        <translation>Working on it, a moment please.</translation>
    </message>
    <message>
        <source>No scan or file is attached to the selected one yet.</source>
        <translation>No scan or file is attached to the selected one yet.</translation>
    </message>
</context>
</TS>
