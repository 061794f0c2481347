<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
<context>
    <name>AboutPage</name>
    <message>
        <source>&lt;h2&gt;RehabDesk · Community Rehabilitation Workbench&lt;/h2&gt;&lt;p&gt;Version {version}&lt;/p&gt;&lt;p&gt;Case files, services, consent and agreements for community mental-health rehabilitation stations. All records are encrypted on this computer; every view and change is recorded in the audit log.&lt;/p&gt;&lt;p&gt;Station folder: {folder}&lt;/p&gt;&lt;p&gt;Fonts: Droid Sans Fallback (Apache License 2.0), DejaVu (free licence).&lt;/p&gt;</source>
        <translation>&lt;h2&gt;精康工作台 · 精神障碍社区康复服务&lt;/h2&gt;&lt;p&gt;版本 {version}&lt;/p&gt;&lt;p&gt;为精神障碍社区康复服务站点管理个案档案、服务记录、知情同意书和服务协议。所有记录在本机加密保存；每一次查看和修改都记入审计日志。&lt;/p&gt;&lt;p&gt;站点数据文件夹：{folder}&lt;/p&gt;&lt;p&gt;字体：Droid Sans Fallback（Apache 2.0 许可）、DejaVu（自由许可）。&lt;/p&gt;</translation>
    </message>
</context>
<context>
    <name>AccountDialog</name>
    <message>
        <source>New account</source>
        <translation>新建账户</translation>
    </message>
    <message>
        <source>Roles</source>
        <translation>角色</translation>
    </message>
    <message>
        <source>(not linked to a staff member)</source>
        <translation>（不关联工作人员）</translation>
    </message>
    <message>
        <source>Account name</source>
        <translation>账户名</translation>
    </message>
    <message>
        <source>Full name</source>
        <translation>姓名</translation>
    </message>
    <message>
        <source>New staff member…</source>
        <translation>新增工作人员…</translation>
    </message>
    <message>
        <source>Staff member</source>
        <translation>工作人员</translation>
    </message>
    <message>
        <source>First password</source>
        <translation>初始密码</translation>
    </message>
    <message>
        <source>Tell the person this password in private; they must change it at first sign-in.</source>
        <translation>请当面私下告知本人初始密码；本人首次登录时必须修改。</translation>
    </message>
</context>
<context>
    <name>AccountStaffDialog</name>
    <message>
        <source>Staff member of an account</source>
        <translation>账户所属的工作人员</translation>
    </message>
    <message>
        <source>(no staff member)</source>
        <translation>（不关联工作人员）</translation>
    </message>
    <message>
        <source>Services this account records are given by this staff member, and Today shows their clients.</source>
        <translation>此账户记录的服务算作该工作人员提供，“今日”页显示其负责的对象。</translation>
    </message>
    <message>
        <source>Account</source>
        <translation>账户</translation>
    </message>
    <message>
        <source>Staff member</source>
        <translation>工作人员</translation>
    </message>
</context>
<context>
    <name>AccountsTab</name>
    <message>
        <source>Account</source>
        <translation>账户</translation>
    </message>
    <message>
        <source>Full name</source>
        <translation>姓名</translation>
    </message>
    <message>
        <source>Staff member</source>
        <translation>工作人员</translation>
    </message>
    <message>
        <source>Roles</source>
        <translation>角色</translation>
    </message>
    <message>
        <source>State</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Last sign-in</source>
        <translation>最近登录</translation>
    </message>
    <message>
        <source>New account…</source>
        <translation>新建账户…</translation>
    </message>
    <message>
        <source>Roles…</source>
        <translation>角色…</translation>
    </message>
    <message>
        <source>Staff member…</source>
        <translation>工作人员…</translation>
    </message>
    <message>
        <source>Reset password…</source>
        <translation>重置密码…</translation>
    </message>
    <message>
        <source>Unlock</source>
        <translation>解锁</translation>
    </message>
    <message>
        <source>Disable</source>
        <translation>停用</translation>
    </message>
    <message>
        <source>Disabled</source>
        <translation>已停用</translation>
    </message>
    <message>
        <source>Locked after failed sign-ins</source>
        <translation>登录失败过多，已锁定</translation>
    </message>
    <message>
        <source>Must change password</source>
        <translation>需修改密码</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>正常</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>（无）</translation>
    </message>
    <message>
        <source>Reset password</source>
        <translation>重置密码</translation>
    </message>
    <message>
        <source>Temporary password for {login} (they must change it at next sign-in):</source>
        <translation>为 {login} 设置临时密码（下次登录时必须修改）：</translation>
    </message>
    <message>
        <source>Disable account</source>
        <translation>停用账户</translation>
    </message>
    <message>
        <source>Disable {login}? Their key is removed at once; they can no longer sign in.</source>
        <translation>确定停用 {login} 吗？其密钥将立即删除，之后无法再登录。</translation>
    </message>
</context>
<context>
    <name>ActionDialog</name>
    <message>
        <source>New corrective action</source>
        <translation>新建整改措施</translation>
    </message>
    <message>
        <source>Drill</source>
        <translation>演练</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>整改措施</translation>
    </message>
    <message>
        <source>Responsible</source>
        <translation>负责人</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>完成期限</translation>
    </message>
</context>
<context>
    <name>AdminPage</name>
    <message>
        <source>First admin account</source>
        <translation>第一个管理员账户</translation>
    </message>
    <message>
        <source>This account manages accounts, settings and backups. Everyone else gets an account of their own.</source>
        <translation>此账户负责管理账户、设置和备份。其他工作人员各自使用自己的账户。</translation>
    </message>
    <message>
        <source>Create station</source>
        <translation>创建站点</translation>
    </message>
    <message>
        <source>e.g. liuxia</source>
        <translation>例如 liuxia</translation>
    </message>
    <message>
        <source>I also serve clients: register me as a staff member</source>
        <translation>我也为服务对象提供服务：同时登记为工作人员</translation>
    </message>
    <message>
        <source>Without a staff record no service can be recorded as given by this account. An admin can link it to a staff member later in Settings › Accounts.</source>
        <translation>不登记为工作人员，就不能以此账户的名义记录服务。管理员以后可在“设置 › 账户”中把账户关联到工作人员。</translation>
    </message>
    <message>
        <source>Account name</source>
        <translation>账户名</translation>
    </message>
    <message>
        <source>Full name</source>
        <translation>姓名</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>密码</translation>
    </message>
    <message>
        <source>Repeat password</source>
        <translation>再次输入密码</translation>
    </message>
    <message>
        <source>At least 8 characters, not the account name, not a common password.</source>
        <translation>至少 8 个字符，不能与账户名相同，不能使用常见密码。</translation>
    </message>
    <message>
        <source>Staff number</source>
        <translation>工号</translation>
    </message>
    <message>
        <source>Gender</source>
        <translation>性别</translation>
    </message>
    <message>
        <source>Profession</source>
        <translation>专业类别</translation>
    </message>
    <message>
        <source>Employment</source>
        <translation>用工形式</translation>
    </message>
</context>
<context>
    <name>AgreementDialog</name>
    <message>
        <source>New service agreement</source>
        <translation>新建服务协议</translation>
    </message>
    <message>
        <source>Agreement {number}</source>
        <translation>服务协议 {number}</translation>
    </message>
    <message>
        <source>e.g. Monday to Friday 9:00–16:00</source>
        <translation>例如：每周一至周五 9:00–16:00</translation>
    </message>
    <message>
        <source>Services</source>
        <translation>服务项目</translation>
    </message>
    <message>
        <source>Forms of service</source>
        <translation>服务形式</translation>
    </message>
    <message>
        <source>Place</source>
        <translation>服务地点</translation>
    </message>
    <message>
        <source>Schedule</source>
        <translation>服务时间安排</translation>
    </message>
    <message>
        <source>Term starts</source>
        <translation>期限开始</translation>
    </message>
    <message>
        <source>Term ends</source>
        <translation>期限结束</translation>
    </message>
    <message>
        <source>Fees (quantity 0 = not charged)</source>
        <translation>收费项目（数量为 0 表示不收）</translation>
    </message>
    <message>
        <source>Item</source>
        <translation>项目</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>单位</translation>
    </message>
    <message>
        <source>Price (yuan)</source>
        <translation>单价（元）</translation>
    </message>
    <message>
        <source>Funding</source>
        <translation>资金来源</translation>
    </message>
    <message>
        <source>Quantity</source>
        <translation>数量</translation>
    </message>
    <message>
        <source>Total at today&apos;s prices: {amount} yuan</source>
        <translation>按今天的价格合计：{amount} 元</translation>
    </message>
</context>
<context>
    <name>ApproveDialog</name>
    <message>
        <source>Approve a station computer</source>
        <translation>批准站点电脑</translation>
    </message>
    <message>
        <source>Station: {name} ({code}), division {division}
Computer: {device}</source>
        <translation>站点：{name}（{code}），行政区划 {division}
电脑：{device}</translation>
    </message>
    <message>
        <source>Fingerprint of this request (the station reads its own out by phone):</source>
        <translation>此申请的指纹（站点在电话中读出它自己的指纹）：</translation>
    </message>
    <message>
        <source>the digits as the station reads them out</source>
        <translation>站点读出的数字</translation>
    </message>
    <message>
        <source>Digits read out</source>
        <translation>读出的数字</translation>
    </message>
    <message>
        <source>Approve</source>
        <translation>批准</translation>
    </message>
    <message>
        <source>Keep pending</source>
        <translation>暂不批准</translation>
    </message>
</context>
<context>
    <name>ApprovePlanDialog</name>
    <message>
        <source>Approve plan</source>
        <translation>审批康复计划</translation>
    </message>
    <message>
        <source>Agreed by the client on</source>
        <translation>服务对象确认日期</translation>
    </message>
</context>
<context>
    <name>AssessmentDialog</name>
    <message>
        <source>New assessment</source>
        <translation>新建评估</translation>
    </message>
    <message>
        <source>e.g. the client and their mother</source>
        <translation>例如：本人及其母亲</translation>
    </message>
    <message>
        <source>Overall score</source>
        <translation>总评分</translation>
    </message>
    <message>
        <source>Not rated</source>
        <translation>未评分</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>评估类型</translation>
    </message>
    <message>
        <source>Assessed on</source>
        <translation>评估日期</translation>
    </message>
    <message>
        <source>Assessor</source>
        <translation>评估人</translation>
    </message>
    <message>
        <source>Informant</source>
        <translation>知情人</translation>
    </message>
    <message>
        <source>Instrument</source>
        <translation>量表</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>结果</translation>
    </message>
    <message>
        <source>Risk level</source>
        <translation>危险性等级</translation>
    </message>
    <message>
        <source>Needs (service types)</source>
        <translation>需求（服务项目）</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>备注</translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation>请选择…</translation>
    </message>
    <message>
        <source>Total {total} ({answered} of {count} items answered)</source>
        <translation>总分 {total}（已答 {answered} / {count} 项）</translation>
    </message>
    <message>
        <source>Allowed score {low}–{high}: {text}</source>
        <translation>总评分应在 {low}–{high} 之间：{text}</translation>
    </message>
    <message>
        <source>Rate every domain to see the score band it allows.</source>
        <translation>评定全部领域后，会显示总评分的允许范围。</translation>
    </message>
    <message>
        <source>Band: {band}</source>
        <translation>分级：{band}</translation>
    </message>
    <message>
        <source>Saved. The assessor has no needs-assessment training on record.</source>
        <translation>已保存。评估人没有需求评估能力培训记录。</translation>
    </message>
</context>
<context>
    <name>AuditPage</name>
    <message>
        <source>Show</source>
        <translation>查询</translation>
    </message>
    <message>
        <source>Export CSV…</source>
        <translation>导出 CSV…</translation>
    </message>
    <message>
        <source>Account</source>
        <translation>账户</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>操作</translation>
    </message>
    <message>
        <source>Record</source>
        <translation>记录类型</translation>
    </message>
    <message>
        <source>From</source>
        <translation>从</translation>
    </message>
    <message>
        <source>To</source>
        <translation>至</translation>
    </message>
    <message>
        <source>All</source>
        <translation>全部</translation>
    </message>
    <message>
        <source>{count} entries</source>
        <translation>共 {count} 条</translation>
    </message>
    <message>
        <source>Export audit log</source>
        <translation>导出审计日志</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>CSV 文件 (*.csv)</translation>
    </message>
    <message>
        <source>{count} entries exported to {path}</source>
        <translation>已导出 {count} 条到 {path}</translation>
    </message>
</context>
<context>
    <name>AuditTableModel</name>
    <message>
        <source>Time</source>
        <translation>时间</translation>
    </message>
    <message>
        <source>Account</source>
        <translation>账户</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>操作</translation>
    </message>
    <message>
        <source>Record</source>
        <translation>记录类型</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>结果</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>详情</translation>
    </message>
</context>
<context>
    <name>BackupDrillDialog</name>
    <message>
        <source>Check a backup (restore drill)</source>
        <translation>检验备份（还原演练）</translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation>选择…</translation>
    </message>
    <message>
        <source>My password at the time of the backup</source>
        <translation>我在备份时的密码</translation>
    </message>
    <message>
        <source>The recovery code</source>
        <translation>恢复码</translation>
    </message>
    <message>
        <source>The backup is opened as a restore would open it and checked completely on a copy. Nothing is replaced; the station goes on as it is.</source>
        <translation>像真正还原时一样打开这份备份，并在副本上完整校验。不会替换任何数据，站点照常使用。</translation>
    </message>
    <message>
        <source>Check this backup</source>
        <translation>检验这份备份</translation>
    </message>
    <message>
        <source>Backup file</source>
        <translation>备份文件</translation>
    </message>
    <message>
        <source>Password or code</source>
        <translation>密码或恢复码</translation>
    </message>
    <message>
        <source>RehabDesk backups (*.rdbackup)</source>
        <translation>精康工作台备份 (*.rdbackup)</translation>
    </message>
    <message>
        <source>Checking the backup…</source>
        <translation>正在检验备份…</translation>
    </message>
    <message>
        <source>This backup can be restored: it opens and passes every check. Made {created}; it holds {clients} clients, {services} service records and {entries} audit log entries. Nothing was replaced.</source>
        <translation>这份备份可以还原：能够打开，并通过全部校验。备份时间 {created}；其中有 {clients} 名服务对象、{services} 条服务记录、{entries} 条审计日志。没有替换任何数据。</translation>
    </message>
    <message>
        <source>It is a backup of another station ({code}), not of this one.</source>
        <translation>这是另一个站点（{code}）的备份，不是本站的。</translation>
    </message>
</context>
<context>
    <name>BackupKeysTab</name>
    <message>
        <source>Backup</source>
        <translation>备份</translation>
    </message>
    <message>
        <source>A backup holds the whole encrypted database and can be restored with a password of the time or the recovery code.</source>
        <translation>备份包含整个加密数据库，可用备份当时有效的密码或恢复码还原。</translation>
    </message>
    <message>
        <source>Back up now</source>
        <translation>立即备份</translation>
    </message>
    <message>
        <source>Back up to a USB stick or folder…</source>
        <translation>备份到 U 盘或文件夹…</translation>
    </message>
    <message>
        <source>Check a backup (restore drill)…</source>
        <translation>检验备份（还原演练）…</translation>
    </message>
    <message>
        <source>Opens a backup with your password of its time and checks it; nothing is replaced</source>
        <translation>用您在备份时的密码打开备份并校验，不替换任何数据</translation>
    </message>
    <message>
        <source>To restore a backup, sign out and choose “Restore from backup…” on the sign-in screen.</source>
        <translation>如需还原备份，请先注销，然后在登录界面选择“从备份还原…”。</translation>
    </message>
    <message>
        <source>Keys and recovery</source>
        <translation>密钥与恢复</translation>
    </message>
    <message>
        <source>Re-encrypt with a new master key…</source>
        <translation>更换主密钥并重新加密…</translation>
    </message>
    <message>
        <source>Replace the recovery code…</source>
        <translation>更换恢复码…</translation>
    </message>
    <message>
        <source>Replace the recovery code at once if the printed sheet may have been seen or lost.</source>
        <translation>如果打印的恢复凭证可能被他人看到或已遗失，请立即更换恢复码。</translation>
    </message>
    <message>
        <source>Backup written and verified: {path}</source>
        <translation>备份已写入并通过校验：{path}</translation>
    </message>
    <message>
        <source>It is on the same disk as the data: also choose “Back up to a USB stick or folder…”.</source>
        <translation>备份与数据在同一块磁盘上：请再选择“备份到 U 盘或文件夹…”。</translation>
    </message>
    <message>
        <source>The old code no longer works. The new code, shown only now:
{code}</source>
        <translation>旧恢复码已失效。新恢复码（只显示这一次）：
{code}</translation>
    </message>
    <message>
        <source>Enter your password again to confirm:</source>
        <translation>请再次输入您的密码以确认：</translation>
    </message>
    <message>
        <source>New master key</source>
        <translation>更换主密钥</translation>
    </message>
    <message>
        <source>The database is now encrypted with a new master key. Everyone keeps their password.</source>
        <translation>数据库已使用新的主密钥加密。所有人的密码保持不变。</translation>
    </message>
    <message>
        <source>New recovery code</source>
        <translation>新的恢复码</translation>
    </message>
</context>
<context>
    <name>BackupToDriveDialog</name>
    <message>
        <source>Back up to a USB stick or folder</source>
        <translation>备份到 U 盘或文件夹</translation>
    </message>
    <message>
        <source>Look for drives again</source>
        <translation>重新查找磁盘</translation>
    </message>
    <message>
        <source>After plugging in a USB stick</source>
        <translation>插入 U 盘之后</translation>
    </message>
    <message>
        <source>Another folder…</source>
        <translation>其他文件夹…</translation>
    </message>
    <message>
        <source>Back up here</source>
        <translation>备份到这里</translation>
    </message>
    <message>
        <source>Keep one backup away from this computer: a USB stick kept locked away survives a broken or stolen computer. The backup is encrypted and checked by reopening it.</source>
        <translation>请在这台电脑之外保存一份备份：锁好保管的 U 盘，在电脑损坏或被盗时仍然可用。备份是加密的，写完后会重新打开校验。</translation>
    </message>
    <message>
        <source>No USB stick found. Plug one in and choose “Look for drives again”.</source>
        <translation>没有找到 U 盘。请插入 U 盘，然后点“重新查找磁盘”。</translation>
    </message>
    <message>
        <source>Folder for the backup</source>
        <translation>备份存放的文件夹</translation>
    </message>
    <message>
        <source>Writing and checking the backup…</source>
        <translation>正在写入并校验备份…</translation>
    </message>
    <message>
        <source>Backup written and verified by reopening it: {path} ({size}).</source>
        <translation>备份已写入并通过重新打开校验：{path}（{size}）。</translation>
    </message>
    <message>
        <source>This folder is on the same disk as the data: also back up to a USB stick.</source>
        <translation>这个文件夹与数据在同一块磁盘上：请再备份一份到 U 盘。</translation>
    </message>
</context>
<context>
    <name>CaseDetailView</name>
    <message>
        <source>Change status…</source>
        <translation>变更状态…</translation>
    </message>
    <message>
        <source>Record risk…</source>
        <translation>登记危险性评估…</translation>
    </message>
    <message>
        <source>New assessment…</source>
        <translation>新建评估…</translation>
    </message>
    <message>
        <source>New plan…</source>
        <translation>新建康复计划…</translation>
    </message>
    <message>
        <source>Approve plan…</source>
        <translation>审批计划…</translation>
    </message>
    <message>
        <source>Print case file…</source>
        <translation>打印个案档案…</translation>
    </message>
    <message>
        <source>Still waiting…</source>
        <translation>确认继续等候…</translation>
    </message>
    <message>
        <source>The client still wants a place: record the confirmation</source>
        <translation>服务对象仍希望入站：记录本次确认</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>日期</translation>
    </message>
    <message>
        <source>What happened</source>
        <translation>事项</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>详情</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>评估类型</translation>
    </message>
    <message>
        <source>Scale</source>
        <translation>量表</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>结果</translation>
    </message>
    <message>
        <source>Assessor</source>
        <translation>评估人</translation>
    </message>
    <message>
        <source>Version</source>
        <translation>版本</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Period</source>
        <translation>计划期</translation>
    </message>
    <message>
        <source>Review due</source>
        <translation>评估到期</translation>
    </message>
    <message>
        <source>Goals</source>
        <translation>目标</translation>
    </message>
    <message>
        <source>Timeline</source>
        <translation>时间线</translation>
    </message>
    <message>
        <source>Assessments</source>
        <translation>评估</translation>
    </message>
    <message>
        <source>Plans</source>
        <translation>康复计划</translation>
    </message>
    <message>
        <source>Services</source>
        <translation>服务记录</translation>
    </message>
    <message>
        <source>Referrals and follow-ups</source>
        <translation>转介与回访</translation>
    </message>
    <message>
        <source>Consent and agreements</source>
        <translation>知情同意与服务协议</translation>
    </message>
    <message>
        <source>ID number</source>
        <translation>身份证号</translation>
    </message>
    <message>
        <source>Age</source>
        <translation>年龄</translation>
    </message>
    <message>
        <source>Risk level</source>
        <translation>危险性等级</translation>
    </message>
    <message>
        <source>Responsible worker</source>
        <translation>责任社工</translation>
    </message>
    <message>
        <source>Current episode</source>
        <translation>当前服务周期</translation>
    </message>
    <message>
        <source>{age} years</source>
        <translation>{age} 岁</translation>
    </message>
    <message>
        <source>not assigned</source>
        <translation>未指定</translation>
    </message>
    <message>
        <source>no. {number}, applied {date} ({days} days ago)</source>
        <translation>第 {number} 期，{date} 申请（{days} 天前）</translation>
    </message>
    <message>
        <source>Applied (episode {number})</source>
        <translation>申请（第 {number} 期）</translation>
    </message>
    <message>
        <source>Based on: {document}</source>
        <translation>依据：{document}</translation>
    </message>
    <message>
        <source>Risk recorded: {level}; {status}</source>
        <translation>危险性评估：{level}；{status}</translation>
    </message>
    <message>
        <source>Source: {source}</source>
        <translation>来源：{source}</translation>
    </message>
    <message>
        <source>Assessment: {kind}</source>
        <translation>评估：{kind}</translation>
    </message>
    <message>
        <source>Plan version {version} approved</source>
        <translation>康复计划第 {version} 版审批生效</translation>
    </message>
    <message>
        <source>Service: {form}</source>
        <translation>服务：{form}</translation>
    </message>
    <message>
        <source>Follow-up</source>
        <translation>回访</translation>
    </message>
    <message>
        <source>Only a coordinator approves plans.</source>
        <translation>只有协调员可以批准计划。</translation>
    </message>
    <message>
        <source>There is no plan waiting for approval.</source>
        <translation>没有待批准的计划。</translation>
    </message>
    <message>
        <source>The draft rehabilitation plan becomes the active plan; an enrolled client becomes active.</source>
        <translation>这份计划草稿将成为执行中的计划；已入组的服务对象随之转为在册服务。</translation>
    </message>
    <message>
        <source>Case file</source>
        <translation>个案档案</translation>
    </message>
</context>
<context>
    <name>CasePrintDialog</name>
    <message>
        <source>Print the case file</source>
        <translation>打印个案档案</translation>
    </message>
    <message>
        <source>Station&apos;s copy, for the file</source>
        <translation>站存档案（归档用）</translation>
    </message>
    <message>
        <source>Client&apos;s own copy (right of access), ID numbers masked</source>
        <translation>本人查阅副本（个人信息查阅权），证件号码部分隐藏</translation>
    </message>
    <message>
        <source>From</source>
        <translation>起始日期</translation>
    </message>
    <message>
        <source>To</source>
        <translation>截止日期</translation>
    </message>
    <message>
        <source>Copy</source>
        <translation>副本类别</translation>
    </message>
    <message>
        <source>Print…</source>
        <translation>打印…</translation>
    </message>
</context>
<context>
    <name>CaseReferrals</name>
    <message>
        <source>Date</source>
        <translation>日期</translation>
    </message>
    <message>
        <source>Direction</source>
        <translation>方向</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>类别</translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation>机构</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>原因</translation>
    </message>
    <message>
        <source>Received</source>
        <translation>对方接收</translation>
    </message>
    <message>
        <source>Feedback</source>
        <translation>反馈</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>应回访日期</translation>
    </message>
    <message>
        <source>Done on</source>
        <translation>回访日期</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>回访情况</translation>
    </message>
    <message>
        <source>Record a referral…</source>
        <translation>登记转介…</translation>
    </message>
    <message>
        <source>Feedback…</source>
        <translation>登记反馈…</translation>
    </message>
    <message>
        <source>Record follow-up…</source>
        <translation>登记回访…</translation>
    </message>
    <message>
        <source>Follow-ups after closing</source>
        <translation>结案后回访</translation>
    </message>
    <message>
        <source>Feedback is recorded on a referral: there is none yet.</source>
        <translation>反馈要记在转介上，目前还没有转介。</translation>
    </message>
    <message>
        <source>No follow-up is due: follow-ups are planned when a case is closed.</source>
        <translation>没有待做的随访：结案时才安排随访。</translation>
    </message>
</context>
<context>
    <name>CaseServices</name>
    <message>
        <source>Date</source>
        <translation>日期</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>时间</translation>
    </message>
    <message>
        <source>Form</source>
        <translation>服务形式</translation>
    </message>
    <message>
        <source>Service types</source>
        <translation>服务内容类别</translation>
    </message>
    <message>
        <source>Given by</source>
        <translation>服务人员</translation>
    </message>
    <message>
        <source>Came</source>
        <translation>出勤</translation>
    </message>
    <message>
        <source>What was done</source>
        <translation>服务内容</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>到</translation>
    </message>
    <message>
        <source>absent</source>
        <translation>缺席</translation>
    </message>
    <message>
        <source>The newest {shown} are shown; print the case file for a period to see them all.</source>
        <translation>仅显示最近 {shown} 条；如需全部记录，请按时段打印个案档案。</translation>
    </message>
</context>
<context>
    <name>ChangePasswordDialog</name>
    <message>
        <source>Change password</source>
        <translation>修改密码</translation>
    </message>
    <message>
        <source>The password an admin chose must be replaced before you go on.</source>
        <translation>管理员设定的密码须先改成您自己的密码才能继续。</translation>
    </message>
    <message>
        <source>Your password was set by an admin. Choose your own before you continue.</source>
        <translation>您的密码由管理员设置。继续之前请设置您自己的密码。</translation>
    </message>
    <message>
        <source>Current password</source>
        <translation>当前密码</translation>
    </message>
    <message>
        <source>New password</source>
        <translation>新密码</translation>
    </message>
    <message>
        <source>Repeat new password</source>
        <translation>再次输入新密码</translation>
    </message>
</context>
<context>
    <name>ClientForm</name>
    <message>
        <source>Choose…</source>
        <translation>选择…</translation>
    </message>
    <message>
        <source>Choose a category or type the relation (father, daughter …)</source>
        <translation>选择类别，或直接填写实际关系（如父亲、女儿）</translation>
    </message>
    <message>
        <source>Legal guardian</source>
        <translation>法定监护人</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>删除</translation>
    </message>
    <message>
        <source>Register a client</source>
        <translation>登记康复对象</translation>
    </message>
    <message>
        <source>Edit client file</source>
        <translation>编辑康复对象档案</translation>
    </message>
    <message>
        <source>18 characters, as on the card</source>
        <translation>18 位，与证件一致</translation>
    </message>
    <message>
        <source>for example 1980-05-06</source>
        <translation>例如 1980-05-06</translation>
    </message>
    <message>
        <source>assigned when saved</source>
        <translation>保存时自动编号</translation>
    </message>
    <message>
        <source>mobile, or landline with area code</source>
        <translation>手机号，或带区号的固定电话</translation>
    </message>
    <message>
        <source>Birth date</source>
        <translation>出生日期</translation>
    </message>
    <message>
        <source>Identity</source>
        <translation>基本信息</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>姓名</translation>
    </message>
    <message>
        <source>ID type</source>
        <translation>证件类型</translation>
    </message>
    <message>
        <source>ID number</source>
        <translation>身份证号码</translation>
    </message>
    <message>
        <source>Gender</source>
        <translation>性别</translation>
    </message>
    <message>
        <source>Ethnicity</source>
        <translation>民族</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>电话</translation>
    </message>
    <message>
        <source>Case number</source>
        <translation>档案编号</translation>
    </message>
    <message>
        <source>as in the household register</source>
        <translation>与户口簿一致</translation>
    </message>
    <message>
        <source>6 digits</source>
        <translation>6 位数字</translation>
    </message>
    <message>
        <source>street or village, building, room</source>
        <translation>街道或村、楼栋、门牌</translation>
    </message>
    <message>
        <source>for example, lives with parents</source>
        <translation>例如：与父母同住</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>地址</translation>
    </message>
    <message>
        <source>Household registration</source>
        <translation>户籍地</translation>
    </message>
    <message>
        <source>County division code</source>
        <translation>县级行政区划代码</translation>
    </message>
    <message>
        <source>Current address</source>
        <translation>现住址</translation>
    </message>
    <message>
        <source>Living situation</source>
        <translation>居住情况</translation>
    </message>
    <message>
        <source>for example 2015-06-01</source>
        <translation>例如 2015-06-01</translation>
    </message>
    <message>
        <source>In the health system&apos;s severe mental disorder management</source>
        <translation>已纳入严重精神障碍患者健康管理</translation>
    </message>
    <message>
        <source>Health</source>
        <translation>健康状况</translation>
    </message>
    <message>
        <source>Diagnosis</source>
        <translation>诊断</translation>
    </message>
    <message>
        <source>Diagnosing hospital</source>
        <translation>诊断医院</translation>
    </message>
    <message>
        <source>Onset date</source>
        <translation>发病日期</translation>
    </message>
    <message>
        <source>Illness status</source>
        <translation>病情状态</translation>
    </message>
    <message>
        <source>Risk level</source>
        <translation>危险性等级</translation>
    </message>
    <message>
        <source>Medication</source>
        <translation>服药情况</translation>
    </message>
    <message>
        <source>Disability certificate</source>
        <translation>精神残疾证</translation>
    </message>
    <message>
        <source>Low-income allowance</source>
        <translation>低保</translation>
    </message>
    <message>
        <source>Extreme poverty support</source>
        <translation>特困</translation>
    </message>
    <message>
        <source>Not assigned</source>
        <translation>未指定</translation>
    </message>
    <message>
        <source>Support</source>
        <translation>保障与服务</translation>
    </message>
    <message>
        <source>Assistance</source>
        <translation>社会救助</translation>
    </message>
    <message>
        <source>Legal capacity</source>
        <translation>民事行为能力</translation>
    </message>
    <message>
        <source>Responsible worker</source>
        <translation>责任社工</translation>
    </message>
    <message>
        <source>Referral channel</source>
        <translation>来源渠道</translation>
    </message>
    <message>
        <source>Guardians and contacts</source>
        <translation>监护人及联系人</translation>
    </message>
    <message>
        <source>At least one contact. A minor, or a client without full legal capacity, needs a legal guardian.</source>
        <translation>至少填写一位联系人。未成年人或不具备完全民事行为能力的康复对象须有法定监护人。</translation>
    </message>
    <message>
        <source>Relation</source>
        <translation>关系</translation>
    </message>
    <message>
        <source>&amp;Add a contact</source>
        <translation>添加联系人(&amp;A)</translation>
    </message>
    <message>
        <source>&amp;Open the existing file</source>
        <translation>打开已有档案(&amp;O)</translation>
    </message>
    <message>
        <source>Save &amp;anyway</source>
        <translation>仍然保存(&amp;A)</translation>
    </message>
    <message>
        <source>&amp;Discard changes</source>
        <translation>放弃修改(&amp;D)</translation>
    </message>
    <message>
        <source>&amp;Keep editing</source>
        <translation>继续编辑(&amp;K)</translation>
    </message>
    <message>
        <source>Enter: next field · Ctrl+S: save · Esc: cancel</source>
        <translation>回车键：下一项 · Ctrl+S：保存 · Esc：取消</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>保存</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <source>{name} ({number})</source>
        <translation>{name}（{number}）</translation>
    </message>
    <message>
        <source>{worker} (left)</source>
        <translation>{worker}（已离职）</translation>
    </message>
    <message>
        <source>Taken from the ID number</source>
        <translation>由身份证号码自动得出</translation>
    </message>
    <message>
        <source>as printed on the document</source>
        <translation>与证件上印的一致</translation>
    </message>
    <message>
        <source>The first six digits are not a county in the division code list (it may have been abolished). Check the number against the card; you can still save.</source>
        <translation>前六位不在行政区划代码表中（可能是已撤销的县区）。请与证件核对；仍可保存。</translation>
    </message>
    <message>
        <source>ID area: {place}</source>
        <translation>号码归属地：{place}</translation>
    </message>
    <message>
        <source>not a known county code</source>
        <translation>不是已知的县级代码</translation>
    </message>
    <message>
        <source>Close without saving? What you typed in this form will be lost.</source>
        <translation>不保存就关闭？本表中填写的内容将会丢失。</translation>
    </message>
</context>
<context>
    <name>ClientListDialog</name>
    <message>
        <source>{count} clients</source>
        <translation>{count} 名康复对象</translation>
    </message>
</context>
<context>
    <name>ClientPaperworkPanel</name>
    <message>
        <source>Number</source>
        <translation>编号</translation>
    </message>
    <message>
        <source>State</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Signed on</source>
        <translation>签署日期</translation>
    </message>
    <message>
        <source>Scans</source>
        <translation>扫描件</translation>
    </message>
    <message>
        <source>Consents</source>
        <translation>同意事项</translation>
    </message>
    <message>
        <source>Term</source>
        <translation>期限</translation>
    </message>
    <message>
        <source>Fees (yuan)</source>
        <translation>费用（元）</translation>
    </message>
    <message>
        <source>Renews</source>
        <translation>续签自</translation>
    </message>
    <message>
        <source>New consent form…</source>
        <translation>新建知情同意书…</translation>
    </message>
    <message>
        <source>Preview / print…</source>
        <translation>预览 / 打印…</translation>
    </message>
    <message>
        <source>Record signed…</source>
        <translation>登记已签署…</translation>
    </message>
    <message>
        <source>Withdraw a consent…</source>
        <translation>登记撤回同意…</translation>
    </message>
    <message>
        <source>Void…</source>
        <translation>作废…</translation>
    </message>
    <message>
        <source>Attach scan…</source>
        <translation>添加扫描件…</translation>
    </message>
    <message>
        <source>View scan</source>
        <translation>查看扫描件</translation>
    </message>
    <message>
        <source>New agreement…</source>
        <translation>新建服务协议…</translation>
    </message>
    <message>
        <source>Edit draft…</source>
        <translation>修改草稿…</translation>
    </message>
    <message>
        <source>Terminate…</source>
        <translation>终止…</translation>
    </message>
    <message>
        <source>Renew…</source>
        <translation>续签</translation>
    </message>
    <message>
        <source>Informed consent (知情同意书)</source>
        <translation>知情同意书</translation>
    </message>
    <message>
        <source>Service agreements (服务协议)</source>
        <translation>服务协议</translation>
    </message>
    <message>
        <source>Find a client to see their consent forms and agreements.</source>
        <translation>请先查找康复对象，这里会显示其知情同意书和服务协议。</translation>
    </message>
    <message>
        <source>Consent and agreement are in order: services may be recorded.</source>
        <translation>知情同意书和服务协议齐全有效，可以登记服务。</translation>
    </message>
    <message>
        <source>No services may be recorded yet:</source>
        <translation>目前还不能登记服务：</translation>
    </message>
    <message>
        <source>none</source>
        <translation>无</translation>
    </message>
    <message>
        <source>Offers: {kinds}</source>
        <translation>包含：{kinds}</translation>
    </message>
    <message>
        <source>{kind}: not given</source>
        <translation>{kind}：未同意</translation>
    </message>
    <message>
        <source>{kind}: withdrawn {date}</source>
        <translation>{kind}：已于 {date} 撤回</translation>
    </message>
    <message>
        <source>{kind}: given</source>
        <translation>{kind}：已同意</translation>
    </message>
    <message>
        <source>{state} on {date}</source>
        <translation>{date} {state}</translation>
    </message>
    <message>
        <source>Select a consent form in the list first.</source>
        <translation>请先在列表中选择一份知情同意书。</translation>
    </message>
    <message>
        <source>Only a form not yet signed (nor voided) can be recorded as signed or voided.</source>
        <translation>只有尚未签署（也未作废）的同意书才能登记签署或作废。</translation>
    </message>
    <message>
        <source>A voided form is not printed.</source>
        <translation>已作废的同意书不再打印。</translation>
    </message>
    <message>
        <source>Only consent given on a signed form can be withdrawn.</source>
        <translation>只有已签署同意书上的同意才能撤回。</translation>
    </message>
    <message>
        <source>Record the form as signed first, then attach its scan.</source>
        <translation>请先登记同意书已签署，再附上扫描件。</translation>
    </message>
    <message>
        <source>Select an agreement in the list first.</source>
        <translation>请先在列表中选择一份服务协议。</translation>
    </message>
    <message>
        <source>Only a draft agreement (not yet signed) can be changed or signed.</source>
        <translation>只有尚未签署的协议草稿才能修改或登记签署。</translation>
    </message>
    <message>
        <source>Only an agreement in force can be terminated.</source>
        <translation>只有生效中的协议才能终止。</translation>
    </message>
    <message>
        <source>Only an agreement in force or expired can be renewed.</source>
        <translation>只有生效中或已到期的协议才能续签。</translation>
    </message>
    <message>
        <source>Record the agreement as signed first, then attach its scan.</source>
        <translation>请先登记协议已签署，再附上扫描件。</translation>
    </message>
    <message>
        <source>Consent form {number}</source>
        <translation>知情同意书 {number}</translation>
    </message>
    <message>
        <source>Void consent form {number}</source>
        <translation>作废知情同意书 {number}</translation>
    </message>
    <message>
        <source>Service agreement {number}</source>
        <translation>服务协议 {number}</translation>
    </message>
    <message>
        <source>Terminate agreement {number}</source>
        <translation>终止服务协议 {number}</translation>
    </message>
    <message>
        <source>Terminated on</source>
        <translation>终止日期</translation>
    </message>
</context>
<context>
    <name>ClientTableModel</name>
    <message>
        <source>Case number</source>
        <translation>档案编号</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>姓名</translation>
    </message>
    <message>
        <source>Gender</source>
        <translation>性别</translation>
    </message>
    <message>
        <source>Age</source>
        <translation>年龄</translation>
    </message>
    <message>
        <source>ID number</source>
        <translation>身份证号码</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Responsible worker</source>
        <translation>责任社工</translation>
    </message>
</context>
<context>
    <name>ClientsPage</name>
    <message>
        <source>Search: name, pinyin initials, last 4 digits of ID number or phone, case number</source>
        <translation>搜索：姓名、拼音首字母、身份证或电话后 4 位、档案编号</translation>
    </message>
    <message>
        <source>Register a client… (Ctrl+N)</source>
        <translation>登记康复对象… (Ctrl+N)</translation>
    </message>
    <message>
        <source>Import…</source>
        <translation>导入…</translation>
    </message>
    <message>
        <source>Import clients and their first guardian from an Excel or CSV file</source>
        <translation>从 Excel 或 CSV 文件导入康复对象及其第一位监护人</translation>
    </message>
    <message>
        <source>Export to Excel…</source>
        <translation>导出到 Excel…</translation>
    </message>
    <message>
        <source>The list as shown: this search or these filters, ID numbers masked</source>
        <translation>导出当前显示的名单（当前的搜索或筛选），身份证号码已隐去部分</translation>
    </message>
    <message>
        <source>As shown (ID numbers masked)…</source>
        <translation>按当前显示（身份证号码隐去部分）…</translation>
    </message>
    <message>
        <source>With full ID numbers (recorded in the audit log)…</source>
        <translation>含完整身份证号码（记入审计日志）…</translation>
    </message>
    <message>
        <source>Show ID number, diagnosis and risk</source>
        <translation>显示身份证号码、诊断和危险性</translation>
    </message>
    <message>
        <source>Shown for the selected client only; each showing is recorded.</source>
        <translation>只显示所选康复对象的信息；每次显示都会记入审计日志。</translation>
    </message>
    <message>
        <source>Case file…</source>
        <translation>个案档案…</translation>
    </message>
    <message>
        <source>Status, assessments, plan, risk and documents of the selected client</source>
        <translation>所选康复对象的状态、评估、计划、危险性和文书</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Diagnosis</source>
        <translation>诊断</translation>
    </message>
    <message>
        <source>Risk</source>
        <translation>危险性</translation>
    </message>
    <message>
        <source>Worker</source>
        <translation>责任社工</translation>
    </message>
    <message>
        <source>All</source>
        <translation>全部</translation>
    </message>
    <message>
        <source>{age} years</source>
        <translation>{age} 岁</translation>
    </message>
    <message>
        <source>{count} found</source>
        <translation>找到 {count} 人</translation>
    </message>
    <message>
        <source>{count} clients</source>
        <translation>共 {count} 人</translation>
    </message>
    <message>
        <source>ID number {id_number} · {diagnosis} · {risk}</source>
        <translation>身份证号码 {id_number} · {diagnosis} · {risk}</translation>
    </message>
    <message>
        <source>search “{query}”</source>
        <translation>搜索“{query}”</translation>
    </message>
    <message>
        <source>all clients</source>
        <translation>全部服务对象</translation>
    </message>
    <message>
        <source>clients-{day}.xlsx</source>
        <translation>服务对象名单-{day}.xlsx</translation>
    </message>
    <message>
        <source>Export the client list</source>
        <translation>导出服务对象名单</translation>
    </message>
    <message>
        <source>Excel workbooks (*.xlsx)</source>
        <translation>Excel 工作簿 (*.xlsx)</translation>
    </message>
    <message>
        <source>{count} clients exported to {path}</source>
        <translation>已导出 {count} 名服务对象到 {path}</translation>
    </message>
    <message>
        <source>Case file</source>
        <translation>个案档案</translation>
    </message>
</context>
<context>
    <name>CloseActionDialog</name>
    <message>
        <source>Close corrective action</source>
        <translation>完成整改措施</translation>
    </message>
    <message>
        <source>e.g. two emergency lights replaced on floor 2</source>
        <translation>例如：已更换二楼两盏应急灯</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>整改措施</translation>
    </message>
    <message>
        <source>Done on</source>
        <translation>完成日期</translation>
    </message>
    <message>
        <source>What was done</source>
        <translation>完成情况</translation>
    </message>
</context>
<context>
    <name>ConfirmWaitingDialog</name>
    <message>
        <source>Still waiting for a place</source>
        <translation>确认继续等候</translation>
    </message>
    <message>
        <source>Confirmed on</source>
        <translation>确认日期</translation>
    </message>
</context>
<context>
    <name>CountyShell</name>
    <message>
        <source>Creating the demo county…</source>
        <translation>正在创建演示县……</translation>
    </message>
    <message>
        <source>RehabDesk County</source>
        <translation>精康工作台 · 县级</translation>
    </message>
    <message>
        <source>Creating the demo county: station {done} of {total}</source>
        <translation>正在创建演示县：第 {done} 个站点，共 {total} 个</translation>
    </message>
</context>
<context>
    <name>CountyWindow</name>
    <message>
        <source>{county} · RehabDesk County</source>
        <translation>{county} · 精康工作台 · 县级</translation>
    </message>
    <message>
        <source>Stations</source>
        <translation>站点</translation>
    </message>
    <message>
        <source>Receive bundles</source>
        <translation>接收数据包</translation>
    </message>
    <message>
        <source>Summary table</source>
        <translation>汇总表</translation>
    </message>
    <message>
        <source>Stations overview</source>
        <translation>站点概况</translation>
    </message>
    <message>
        <source>Maintenance</source>
        <translation>维护</translation>
    </message>
    <message>
        <source>County key fingerprint: {digits}</source>
        <translation>本县密钥指纹：{digits}</translation>
    </message>
    <message>
        <source>Stations compare these digits by phone before they enrol.</source>
        <translation>站点登记前在电话中核对这些数字。</translation>
    </message>
    <message>
        <source>Signed in: {login}</source>
        <translation>已登录：{login}</translation>
    </message>
    <message>
        <source>Sign out</source>
        <translation>退出登录</translation>
    </message>
</context>
<context>
    <name>CreateCountyDialog</name>
    <message>
        <source>Create the county</source>
        <translation>创建县级数据</translation>
    </message>
    <message>
        <source>e.g. 朝阳区民政局</source>
        <translation>例如：朝阳区民政局</translation>
    </message>
    <message>
        <source>6 digits, e.g. 110105</source>
        <translation>6 位数字，例如 110105</translation>
    </message>
    <message>
        <source>There is no county in {folder} yet. Create it here: its keys are made and kept in its encrypted database.</source>
        <translation>{folder} 中还没有县级数据。可在此创建：本县的密钥会生成并保存在加密数据库中。</translation>
    </message>
    <message>
        <source>County (the office&apos;s name)</source>
        <translation>单位名称</translation>
    </message>
    <message>
        <source>Division code</source>
        <translation>行政区划代码</translation>
    </message>
    <message>
        <source>Admin account</source>
        <translation>管理员账户</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>密码</translation>
    </message>
    <message>
        <source>Repeat the password</source>
        <translation>再次输入密码</translation>
    </message>
    <message>
        <source>Create</source>
        <translation>创建</translation>
    </message>
    <message>
        <source>I have written it down</source>
        <translation>我已抄写保存</translation>
    </message>
    <message>
        <source>The two passwords are not the same.</source>
        <translation>两次输入的密码不一致。</translation>
    </message>
    <message>
        <source>The county is created.

Recovery code (shown only this once; write it down and lock it away):
{code}

The county&apos;s key fingerprint, to read out to stations by phone:
{fingerprint}</source>
        <translation>县级数据已创建。

恢复码（只显示这一次，请抄写下来并锁好保管）：
{code}

本县密钥指纹（在电话中读给站点核对）：
{fingerprint}</translation>
    </message>
</context>
<context>
    <name>DatedNoteDialog</name>
    <message>
        <source>Note</source>
        <translation>情况说明</translation>
    </message>
    <message>
        <source>Feedback on the referral</source>
        <translation>转介反馈</translation>
    </message>
    <message>
        <source>Received on</source>
        <translation>对方接收日期</translation>
    </message>
    <message>
        <source>Record a follow-up</source>
        <translation>登记回访</translation>
    </message>
    <message>
        <source>Done on</source>
        <translation>回访日期</translation>
    </message>
</context>
<context>
    <name>DayAttendance</name>
    <message>
        <source>Today&apos;s activity, e.g. handicraft, cooking, outing</source>
        <translation>今日活动，如手工、烹饪、外出</translation>
    </message>
    <message>
        <source>Save attendance (Ctrl+S)</source>
        <translation>保存考勤（Ctrl+S）</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>时间</translation>
    </message>
    <message>
        <source>Service type</source>
        <translation>服务内容类别</translation>
    </message>
    <message>
        <source>Given by</source>
        <translation>服务人员</translation>
    </message>
    <message>
        <source>Activity</source>
        <translation>活动内容</translation>
    </message>
    <message>
        <source>No active client has day training in their plan.</source>
        <translation>目前没有在册服务对象的康复计划包含日间训练。</translation>
    </message>
    <message>
        <source> (saved)</source>
        <translation>（已保存）</translation>
    </message>
    <message>
        <source>Came: {came} of {total}</source>
        <translation>已到 {came} 人，共 {total} 人</translation>
    </message>
    <message>
        <source>Attendance saved.</source>
        <translation>考勤已保存。</translation>
    </message>
</context>
<context>
    <name>DrillDialog</name>
    <message>
        <source>Record a drill</source>
        <translation>登记应急演练</translation>
    </message>
    <message>
        <source> min</source>
        <translation> 分钟</translation>
    </message>
    <message>
        <source>How it went: time to evacuate, roles, communication</source>
        <translation>演练情况：疏散用时、人员分工、通讯联络等</translation>
    </message>
    <message>
        <source>Duration</source>
        <translation>时长</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>日期</translation>
    </message>
    <message>
        <source>Scenario</source>
        <translation>演练场景</translation>
    </message>
    <message>
        <source>Plan followed</source>
        <translation>依据预案</translation>
    </message>
    <message>
        <source>Staff taking part</source>
        <translation>参加的工作人员</translation>
    </message>
    <message>
        <source>Clients involved</source>
        <translation>涉及服务对象人数</translation>
    </message>
    <message>
        <source>Evaluation</source>
        <translation>演练评估</translation>
    </message>
    <message>
        <source>Problems found</source>
        <translation>发现的问题</translation>
    </message>
    <message>
        <source>Corrective actions</source>
        <translation>整改措施</translation>
    </message>
    <message>
        <source>What will be done</source>
        <translation>整改内容</translation>
    </message>
    <message>
        <source>Responsible</source>
        <translation>负责人</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>完成期限</translation>
    </message>
    <message>
        <source>Add action</source>
        <translation>添加整改措施</translation>
    </message>
    <message>
        <source>Remove action</source>
        <translation>删除整改措施</translation>
    </message>
    <message>
        <source>At most {count} actions per drill.</source>
        <translation>每次演练最多 {count} 项整改措施。</translation>
    </message>
</context>
<context>
    <name>DriveList</name>
    <message>
        <source>USB stick or card</source>
        <translation>U 盘或存储卡</translation>
    </message>
    <message>
        <source>this computer&apos;s disk</source>
        <translation>本机磁盘</translation>
    </message>
    <message>
        <source>Disk</source>
        <translation>磁盘</translation>
    </message>
    <message>
        <source>{name} ({kind}), {free} free: {root}</source>
        <translation>{name}（{kind}），可用 {free}：{root}</translation>
    </message>
</context>
<context>
    <name>DuePanel</name>
    <message>
        <source>Only my clients</source>
        <translation>只看我负责的服务对象</translation>
    </message>
    <message>
        <source>Client or subject</source>
        <translation>服务对象/事由</translation>
    </message>
    <message>
        <source>Case number</source>
        <translation>档案号</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>日期</translation>
    </message>
    <message>
        <source>Enter on a heading lists all of that kind; Enter on an item opens the case file</source>
        <translation>在类别标题上按回车列出该类全部；在某一项上按回车打开档案</translation>
    </message>
    <message>
        <source>Back (Esc)</source>
        <translation>返回（Esc）</translation>
    </message>
    <message>
        <source>Enter opens the case file; Esc goes back to every kind</source>
        <translation>按回车打开档案；按 Esc 返回全部类别</translation>
    </message>
    <message>
        <source>Your account is not linked to a staff member. An admin links it in Settings › Accounts.</source>
        <translation>您的账户尚未关联工作人员，管理员可在“设置 › 账户”中关联。</translation>
    </message>
    <message>
        <source>Showing the clients you are responsible for</source>
        <translation>显示您负责的服务对象</translation>
    </message>
    <message>
        <source>Showing every client of the station</source>
        <translation>显示全站服务对象</translation>
    </message>
    <message>
        <source>Show all ({count})</source>
        <translation>显示全部（{count}）</translation>
    </message>
    <message>
        <source>{kind}: {count}, overdue {overdue}</source>
        <translation>{kind}：{count}，逾期 {overdue}</translation>
    </message>
    <message>
        <source>{kind}: {count}</source>
        <translation>{kind}：{count}</translation>
    </message>
</context>
<context>
    <name>ExportServicesDialog</name>
    <message>
        <source>Export service records</source>
        <translation>导出服务记录</translation>
    </message>
    <message>
        <source>Export to Excel…</source>
        <translation>导出到 Excel…</translation>
    </message>
    <message>
        <source>From</source>
        <translation>从</translation>
    </message>
    <message>
        <source>To</source>
        <translation>到</translation>
    </message>
    <message>
        <source>services-{first}-{last}.xlsx</source>
        <translation>服务记录-{first}至{last}.xlsx</translation>
    </message>
    <message>
        <source>Excel workbooks (*.xlsx)</source>
        <translation>Excel 工作簿 (*.xlsx)</translation>
    </message>
    <message>
        <source>{count} service records exported to {path}</source>
        <translation>已导出 {count} 条服务记录到 {path}</translation>
    </message>
</context>
<context>
    <name>ExportTargetDialog</name>
    <message>
        <source>Export to a USB stick</source>
        <translation>导出到 U 盘</translation>
    </message>
    <message>
        <source>Look for drives again</source>
        <translation>重新查找磁盘</translation>
    </message>
    <message>
        <source>After plugging in a USB stick</source>
        <translation>插入 U 盘之后</translation>
    </message>
    <message>
        <source>Another folder…</source>
        <translation>其他文件夹…</translation>
    </message>
    <message>
        <source>Export here</source>
        <translation>导出到这里</translation>
    </message>
    <message>
        <source>The bundle is encrypted for the county and signed by this computer; every bundle the county has not acknowledged yet is copied again with it.</source>
        <translation>上报包已为县（区）加密并由本机签名；县（区）尚未确认的上报包会随它一起再次复制。</translation>
    </message>
    <message>
        <source>No USB stick found. Plug one in and choose “Look for drives again”.</source>
        <translation>没有找到 U 盘。请插入 U 盘，然后点“重新查找磁盘”。</translation>
    </message>
    <message>
        <source>The USB stick at {folder} is no longer there.</source>
        <translation>位于 {folder} 的 U 盘已不在，请重新插入后再试。</translation>
    </message>
    <message>
        <source>Folder for the bundle</source>
        <translation>上报包存放的文件夹</translation>
    </message>
</context>
<context>
    <name>FeeItemDialog</name>
    <message>
        <source>New fee item</source>
        <translation>新建收费项目</translation>
    </message>
    <message>
        <source>Fee item</source>
        <translation>收费项目</translation>
    </message>
    <message>
        <source>e.g. meal, month, session</source>
        <translation>例如：餐、月、次</translation>
    </message>
    <message>
        <source>yuan</source>
        <translation>元</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>名称</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>单位</translation>
    </message>
    <message>
        <source>Price</source>
        <translation>价格</translation>
    </message>
    <message>
        <source>Funding</source>
        <translation>资金来源</translation>
    </message>
</context>
<context>
    <name>FeesTab</name>
    <message>
        <source>Name</source>
        <translation>名称</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>单位</translation>
    </message>
    <message>
        <source>Price (yuan)</source>
        <translation>单价（元）</translation>
    </message>
    <message>
        <source>Funding</source>
        <translation>资金来源</translation>
    </message>
    <message>
        <source>State</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>New fee item…</source>
        <translation>新建收费项目…</translation>
    </message>
    <message>
        <source>Edit…</source>
        <translation>修改…</translation>
    </message>
    <message>
        <source>Retire</source>
        <translation>停用</translation>
    </message>
    <message>
        <source>Print fee schedule…</source>
        <translation>打印收费项目公示…</translation>
    </message>
    <message>
        <source>Retired items no longer appear on the printed schedule or in new agreements. A price change applies to new agreements only: signed agreements keep the prices they were signed with.</source>
        <translation>停用的项目不再出现在打印的公示和新协议中。价格调整只对新签的协议有效：已签署的协议仍按签署时的价格执行。</translation>
    </message>
    <message>
        <source>Retired</source>
        <translation>已停用</translation>
    </message>
    <message>
        <source>Published</source>
        <translation>公示中</translation>
    </message>
    <message>
        <source>Select a fee item in the list first.</source>
        <translation>请先在列表中选择一个收费项目。</translation>
    </message>
    <message>
        <source>Publish again</source>
        <translation>重新启用</translation>
    </message>
    <message>
        <source>Fee schedule</source>
        <translation>收费项目</translation>
    </message>
</context>
<context>
    <name>FirstRunWizard</name>
    <message>
        <source>Set up RehabDesk</source>
        <translation>设置精康工作台</translation>
    </message>
</context>
<context>
    <name>HomePage</name>
    <message>
        <source>This session</source>
        <translation>本次登录</translation>
    </message>
    <message>
        <source>Station code</source>
        <translation>站点编码</translation>
    </message>
    <message>
        <source>Signed in as</source>
        <translation>登录账户</translation>
    </message>
    <message>
        <source>Roles</source>
        <translation>角色</translation>
    </message>
    <message>
        <source>Ctrl+L locks the screen when you step away; the screen also locks by itself after a while without use. A backup is written each time RehabDesk closes.</source>
        <translation>离开座位时按 Ctrl+L 锁定屏幕；一段时间无操作也会自动锁定。每次关闭精康工作台时都会自动备份。</translation>
    </message>
</context>
<context>
    <name>ImagePane</name>
    <message>
        <source>Zoom out</source>
        <translation>缩小</translation>
    </message>
    <message>
        <source>Zoom in</source>
        <translation>放大</translation>
    </message>
    <message>
        <source>Fit to window</source>
        <translation>适合窗口</translation>
    </message>
    <message>
        <source>Actual size</source>
        <translation>实际大小</translation>
    </message>
</context>
<context>
    <name>ImportDialog</name>
    <message>
        <source>Import clients from Excel or CSV</source>
        <translation>从 Excel 或 CSV 导入康复对象</translation>
    </message>
    <message>
        <source>Choose an .xlsx or .csv file with one client per row</source>
        <translation>请选择每行一位康复对象的 .xlsx 或 .csv 文件</translation>
    </message>
    <message>
        <source>Download template…</source>
        <translation>下载模板…</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>字段</translation>
    </message>
    <message>
        <source>Column in the file</source>
        <translation>文件中的列</translation>
    </message>
    <message>
        <source>{field} (required)</source>
        <translation>{field}（必填）</translation>
    </message>
    <message>
        <source>(not imported)</source>
        <translation>（不导入）</translation>
    </message>
    <message>
        <source>Row</source>
        <translation>行</translation>
    </message>
    <message>
        <source>Preview</source>
        <translation>预览</translation>
    </message>
    <message>
        <source>Problems</source>
        <translation>问题</translation>
    </message>
    <message>
        <source>Choose a file to see its rows and any problems before importing.</source>
        <translation>请选择文件，导入前可先查看各行数据和存在的问题。</translation>
    </message>
    <message>
        <source>Choose the client list</source>
        <translation>选择康复对象名单</translation>
    </message>
    <message>
        <source>Save the import template</source>
        <translation>保存导入模板</translation>
    </message>
    <message>
        <source>client-import-template.xlsx</source>
        <translation>康复对象导入模板.xlsx</translation>
    </message>
    <message>
        <source>Excel workbook (*.xlsx)</source>
        <translation>Excel 工作簿 (*.xlsx)</translation>
    </message>
    <message>
        <source>The template could not be saved there. Choose another folder.</source>
        <translation>无法在此保存模板。请选择其他文件夹。</translation>
    </message>
    <message>
        <source>Template saved. Fill in one client per row, then choose the file here.</source>
        <translation>模板已保存。请每行填写一位康复对象，然后在这里选择该文件。</translation>
    </message>
    <message>
        <source>Column {number}</source>
        <translation>第 {number} 列</translation>
    </message>
    <message>
        <source>Choose a column for: {fields}</source>
        <translation>请为以下字段选择列：{fields}</translation>
    </message>
    <message>
        <source>Some rows have problems (see the Problems tab): fix them in the file.</source>
        <translation>有的行存在问题（见“问题”标签页），请在文件中改正。</translation>
    </message>
    <message>
        <source>There are no client rows in this file.</source>
        <translation>此文件中没有服务对象的数据行。</translation>
    </message>
    <message numerus="yes">
        <source>Import %n client(s)</source>
        <translation>
            <numerusform>导入 %n 位康复对象</numerusform>
        </translation>
    </message>
    <message>
        <source>{rows} rows have problems (see the Problems tab). Fix them in the file and load it again; nothing is imported until every row is right.</source>
        <translation>有 {rows} 行存在问题（见“问题”页）。请在文件中改正后重新载入；在每一行都正确之前不会导入任何数据。</translation>
    </message>
    <message>
        <source> The first {shown} are shown.</source>
        <translation> 显示前 {shown} 行。</translation>
    </message>
    <message>
        <source>All {count} rows are ready.</source>
        <translation>全部 {count} 行均可导入。</translation>
    </message>
    <message>
        <source>There are no client rows in this file (example rows are skipped).</source>
        <translation>此文件中没有康复对象数据行（示例行会被跳过）。</translation>
    </message>
    <message>
        <source>Importing clients…</source>
        <translation>正在导入康复对象…</translation>
    </message>
    <message>
        <source>The import was cancelled. Nothing was imported.</source>
        <translation>导入已取消，没有导入任何数据。</translation>
    </message>
    <message numerus="yes">
        <source>%n client(s) imported, each with a new case number. They are in the client list now.</source>
        <translation>
            <numerusform>已导入 %n 位康复对象，每位都有新的档案编号，现已显示在康复对象名单中。</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ImportDialogBase</name>
    <message>
        <source>Choose file…</source>
        <translation>选择文件…</translation>
    </message>
    <message>
        <source>File</source>
        <translation>文件</translation>
    </message>
    <message>
        <source>Row</source>
        <translation>行</translation>
    </message>
    <message>
        <source>Column</source>
        <translation>列</translation>
    </message>
    <message>
        <source>Problem</source>
        <translation>问题</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>关闭</translation>
    </message>
    <message>
        <source>Choose a file first; it is checked before anything is imported.</source>
        <translation>请先选择文件；导入前会先检查文件。</translation>
    </message>
    <message>
        <source>Import</source>
        <translation>导入</translation>
    </message>
    <message>
        <source>Spreadsheets (*.xlsx *.csv);;All files (*)</source>
        <translation>电子表格 (*.xlsx *.csv);;所有文件 (*)</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
</context>
<context>
    <name>LeavingDialog</name>
    <message>
        <source>Worker leaves</source>
        <translation>工作人员离职</translation>
    </message>
    <message>
        <source>Every account of this worker is disabled at once: they can no longer sign in, and their key is removed. Their training, services and other records stay, attributed to them.</source>
        <translation>这名工作人员的所有账户将立即停用：不能再登录，其密钥也会删除。其培训、服务等记录仍然保留，并记在其名下。</translation>
    </message>
    <message>
        <source>Worker</source>
        <translation>工作人员</translation>
    </message>
    <message>
        <source>Last working day</source>
        <translation>最后工作日</translation>
    </message>
    <message>
        <source>Record leaving</source>
        <translation>登记离职</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>RehabDesk · Community Rehabilitation Workbench</source>
        <translation>精康工作台 · 精神障碍社区康复服务</translation>
    </message>
    <message>
        <source>Today</source>
        <translation>今日</translation>
    </message>
    <message>
        <source>Home</source>
        <translation>首页</translation>
    </message>
    <message>
        <source>Clients</source>
        <translation>康复对象</translation>
    </message>
    <message>
        <source>Documents</source>
        <translation>文书</translation>
    </message>
    <message>
        <source>Staff &amp; training</source>
        <translation>人员与培训</translation>
    </message>
    <message>
        <source>Safety</source>
        <translation>安全</translation>
    </message>
    <message>
        <source>Reports</source>
        <translation>统计报表</translation>
    </message>
    <message>
        <source>Sync</source>
        <translation>上报</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>设置</translation>
    </message>
    <message>
        <source>Audit log</source>
        <translation>审计日志</translation>
    </message>
    <message>
        <source>About</source>
        <translation>关于</translation>
    </message>
    <message>
        <source>&amp;Session</source>
        <translation>会话(&amp;S)</translation>
    </message>
    <message>
        <source>Lock screen</source>
        <translation>锁定屏幕</translation>
    </message>
    <message>
        <source>Sign out</source>
        <translation>注销</translation>
    </message>
    <message>
        <source>Quit</source>
        <translation>退出</translation>
    </message>
    <message>
        <source>Signed in: {login}</source>
        <translation>当前账户：{login}</translation>
    </message>
    <message>
        <source>Sending to the county has been failing for a while: see the Sync page.</source>
        <translation>向县（区）发送上报包已失败一段时间：请查看“上报”页。</translation>
    </message>
    <message>
        <source>Sending to the county…</source>
        <translation>正在向县（区）发送…</translation>
    </message>
    <message>
        <source>Writing the closing backup…</source>
        <translation>正在写入关闭前备份…</translation>
    </message>
</context>
<context>
    <name>MaintenancePage</name>
    <message>
        <source>Backup</source>
        <translation>备份</translation>
    </message>
    <message>
        <source>The backup is encrypted and holds the county&apos;s keys: without them no station&apos;s bundle can be opened again. Keep it on a USB stick or another computer, locked away like a key.</source>
        <translation>备份文件经过加密，其中含有县级密钥：没有这些密钥，任何站点的数据包都无法再打开。请把备份存放在 U 盘或另一台电脑上，像钥匙一样锁好。</translation>
    </message>
    <message>
        <source>This county&apos;s records are on the PostgreSQL server {server}. This backup holds the key file only; the database itself is backed up on the server with pg_dump (ask its operator). Keep both: one without the other cannot be restored.</source>
        <translation>本县的数据保存在 PostgreSQL 服务器 {server} 上。这里的备份只含密钥文件；数据库本身要在服务器上用 pg_dump 备份（请找服务器管理员）。两者都要保存：缺少任何一个都无法恢复。</translation>
    </message>
    <message>
        <source>Back up to a folder…</source>
        <translation>备份到文件夹…</translation>
    </message>
    <message>
        <source>Check</source>
        <translation>检查</translation>
    </message>
    <message>
        <source>Checks the encryption, the database&apos;s integrity and version, the county&apos;s keys and the audit log.</source>
        <translation>检查加密、数据库的完整性和版本、县级密钥以及审计日志。</translation>
    </message>
    <message>
        <source>Check now</source>
        <translation>立即检查</translation>
    </message>
    <message>
        <source>County keys</source>
        <translation>县级密钥</translation>
    </message>
    <message>
        <source>Stations encrypt their bundles to the county&apos;s key and trust acknowledgements signed by it. Rotate the keys if they may have been copied (a lost backup, a stolen computer). The old keys are kept so that bundles made with them still open.</source>
        <translation>各站点用县级密钥加密数据包，并只信任由它签名的回执。如果密钥可能已被复制（备份丢失、电脑被盗），请更换密钥。旧密钥会保留，用旧密钥制作的数据包仍能打开。</translation>
    </message>
    <message>
        <source>Generation</source>
        <translation>代次</translation>
    </message>
    <message>
        <source>Encryption key</source>
        <translation>加密密钥</translation>
    </message>
    <message>
        <source>State</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Rotate the county&apos;s keys…</source>
        <translation>更换县级密钥…</translation>
    </message>
    <message>
        <source>Maintenance</source>
        <translation>维护</translation>
    </message>
    <message>
        <source>current</source>
        <translation>当前使用</translation>
    </message>
    <message>
        <source>retired {at} (still opens older bundles)</source>
        <translation>{at} 停用（仍用于打开较早的数据包）</translation>
    </message>
    <message>
        <source>Folder for the backup</source>
        <translation>备份存放的文件夹</translation>
    </message>
    <message>
        <source>Writing and verifying the backup…</source>
        <translation>正在写入并校验备份…</translation>
    </message>
    <message>
        <source>Backup written and verified: {path}</source>
        <translation>备份已写入并通过校验：{path}</translation>
    </message>
    <message>
        <source>No backup was written.</source>
        <translation>没有写出备份。</translation>
    </message>
    <message>
        <source>Checking the county&apos;s database…</source>
        <translation>正在检查县级数据库…</translation>
    </message>
    <message>
        <source>All checks passed.</source>
        <translation>全部检查通过。</translation>
    </message>
    <message>
        <source>Problems were found.</source>
        <translation>发现问题。</translation>
    </message>
    <message>
        <source>Schema version {revision}, {count} audit entries.</source>
        <translation>数据库结构版本 {revision}，审计日志 {count} 条。</translation>
    </message>
    <message>
        <source>Rotate the county&apos;s keys</source>
        <translation>更换县级密钥</translation>
    </message>
    <message>
        <source>A new encryption key and signing key are made for the county; the old ones are kept, retired.

· Bundles stations made with the old enrolment file still open, and their acknowledgements are signed so that those stations accept them.
· Every station must then import a new enrolment file and compare its new fingerprint by phone; until it does, it keeps sending to the old key.
· The pseudonym key does not change: the same person stays the same across stations and quarters.
· Back up right after rotating: the new keys are only in this database.

Rotate now?</source>
        <translation>将为本县生成新的加密密钥和签名密钥；旧密钥停用但保留。

· 站点用旧登记文件制作的数据包仍能打开，其回执的签名这些站点仍然认可。
· 之后每个站点都必须导入新的登记文件，并在电话中核对新的指纹；在此之前，站点仍按旧密钥上报。
· 假名密钥不变：同一个人在各站点、各季度仍是同一个人。
· 更换后请立即备份：新密钥只存在于这个数据库中。

现在更换吗？</translation>
    </message>
    <message>
        <source>Rotate the keys</source>
        <translation>更换密钥</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <source>The keys were rotated. New fingerprint, to read out to stations by phone: {digits}
Next: write a new enrolment file on the Stations page, hand it to every station, and back up now.</source>
        <translation>密钥已更换。新的指纹（电话中读给各站点核对）：{digits}
下一步：在“站点”页导出新的登记文件，交给每个站点，并立即备份。</translation>
    </message>
    <message>
        <source>RehabDesk County</source>
        <translation>精康工作台 · 县级</translation>
    </message>
</context>
<context>
    <name>NewConsentFormDialog</name>
    <message>
        <source>New consent form</source>
        <translation>新建知情同意书</translation>
    </message>
    <message>
        <source>Consents the form offers</source>
        <translation>同意书包含的事项</translation>
    </message>
</context>
<context>
    <name>OverviewPage</name>
    <message>
        <source>Stations overview</source>
        <translation>站点概况</translation>
    </message>
    <message>
        <source>Q1</source>
        <translation>第一季度</translation>
    </message>
    <message>
        <source>Q2</source>
        <translation>第二季度</translation>
    </message>
    <message>
        <source>Q3</source>
        <translation>第三季度</translation>
    </message>
    <message>
        <source>Q4</source>
        <translation>第四季度</translation>
    </message>
    <message>
        <source>Station</source>
        <translation>站点</translation>
    </message>
    <message>
        <source>{quarter}
registered</source>
        <translation>{quarter}
登记</translation>
    </message>
    <message>
        <source>{quarter}
standard service</source>
        <translation>{quarter}
规范服务</translation>
    </message>
    <message>
        <source>{quarter}
rate</source>
        <translation>{quarter}
规范服务率</translation>
    </message>
    <message>
        <source>From each station&apos;s indicator snapshot of the quarter; — where a station sent none. Select a station to compare its rate with the county&apos;s.</source>
        <translation>数字取自各站点该季度的指标快照；“—”表示站点未报送。选中一个站点，可将其规范服务率与全县对比。</translation>
    </message>
    <message>
        <source>Year</source>
        <translation>年度</translation>
    </message>
    <message>
        <source>Standard service rate by quarter, {year}</source>
        <translation>{year}年各季度规范服务率</translation>
    </message>
    <message>
        <source>County</source>
        <translation>全县合计</translation>
    </message>
    <message>
        <source>Target</source>
        <translation>目标</translation>
    </message>
</context>
<context>
    <name>PaperworkPage</name>
    <message>
        <source>Name, pinyin initials, ID or case number</source>
        <translation>姓名、拼音首字母、身份证号或档案编号</translation>
    </message>
    <message>
        <source>Blank consent form…</source>
        <translation>空白知情同意书…</translation>
    </message>
    <message>
        <source>Blank agreement…</source>
        <translation>空白服务协议…</translation>
    </message>
    <message>
        <source>What</source>
        <translation>事项</translation>
    </message>
    <message>
        <source>Case number</source>
        <translation>档案编号</translation>
    </message>
    <message>
        <source>Client</source>
        <translation>康复对象</translation>
    </message>
    <message>
        <source>Document</source>
        <translation>文书</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>日期</translation>
    </message>
    <message>
        <source>Client documents</source>
        <translation>个人文书</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>待办</translation>
    </message>
    <message>
        <source>Due ({count})</source>
        <translation>待办（{count}）</translation>
    </message>
    <message>
        <source>Blank consent form</source>
        <translation>空白知情同意书</translation>
    </message>
    <message>
        <source>Blank service agreement</source>
        <translation>空白服务协议</translation>
    </message>
</context>
<context>
    <name>PasswordDialog</name>
    <message>
        <source>Change your password</source>
        <translation>修改密码</translation>
    </message>
    <message>
        <source>Current password</source>
        <translation>当前密码</translation>
    </message>
    <message>
        <source>New password</source>
        <translation>新密码</translation>
    </message>
    <message>
        <source>Repeat the new password</source>
        <translation>再次输入新密码</translation>
    </message>
    <message>
        <source>Your account has a first password set by the admin: choose your own now.</source>
        <translation>您的账户使用的是管理员设置的初始密码，请现在设置您自己的密码。</translation>
    </message>
    <message>
        <source>The two new passwords are not the same.</source>
        <translation>两次输入的新密码不一致。</translation>
    </message>
</context>
<context>
    <name>PdfPages</name>
    <message>
        <source>Zoom out</source>
        <translation>缩小</translation>
    </message>
    <message>
        <source>Zoom in</source>
        <translation>放大</translation>
    </message>
    <message>
        <source>Fit width</source>
        <translation>适合宽度</translation>
    </message>
    <message>
        <source>This PDF could not be opened. The file may be damaged.</source>
        <translation>无法打开这个 PDF，文件可能已损坏。</translation>
    </message>
    <message>
        <source>The document could not be shown.</source>
        <translation>无法显示此文档。</translation>
    </message>
    <message>
        <source>Page {page} of {count}</source>
        <translation>第 {page} 页 / 共 {count} 页</translation>
    </message>
</context>
<context>
    <name>PdfPreviewDialog</name>
    <message>
        <source>Print…</source>
        <translation>打印…</translation>
    </message>
    <message>
        <source>Save as PDF…</source>
        <translation>另存为 PDF…</translation>
    </message>
    <message>
        <source>Save as PDF</source>
        <translation>另存为 PDF</translation>
    </message>
    <message>
        <source>PDF documents (*.pdf)</source>
        <translation>PDF 文件 (*.pdf)</translation>
    </message>
    <message>
        <source>The PDF could not be saved to {path}: {reason}</source>
        <translation>无法把 PDF 保存到 {path}：{reason}</translation>
    </message>
    <message>
        <source>Saved to {path}</source>
        <translation>已保存到 {path}</translation>
    </message>
    <message>
        <source>Sent to the printer.</source>
        <translation>已发送到打印机。</translation>
    </message>
    <message>
        <source>Print</source>
        <translation>打印</translation>
    </message>
    <message>
        <source>The printer could not be started.</source>
        <translation>无法启动打印机。</translation>
    </message>
</context>
<context>
    <name>PlanDialog</name>
    <message>
        <source>Emergency plan</source>
        <translation>应急预案</translation>
    </message>
    <message>
        <source>New emergency plan</source>
        <translation>新建应急预案</translation>
    </message>
    <message>
        <source>e.g. 2026 edition</source>
        <translation>例如：2026版</translation>
    </message>
    <message>
        <source>empty: a year after the effective date</source>
        <translation>留空：生效日期一年后</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>预案名称</translation>
    </message>
    <message>
        <source>Scenarios covered</source>
        <translation>适用场景</translation>
    </message>
    <message>
        <source>Version</source>
        <translation>版本</translation>
    </message>
    <message>
        <source>In force from</source>
        <translation>生效日期</translation>
    </message>
    <message>
        <source>Next review due</source>
        <translation>下次评审日期</translation>
    </message>
    <message>
        <source>New rehabilitation plan</source>
        <translation>新建康复计划</translation>
    </message>
    <message>
        <source>Term</source>
        <translation>期限</translation>
    </message>
    <message>
        <source>Goal</source>
        <translation>目标</translation>
    </message>
    <message>
        <source>Service types</source>
        <translation>服务项目</translation>
    </message>
    <message>
        <source>Form</source>
        <translation>服务形式</translation>
    </message>
    <message>
        <source>Frequency</source>
        <translation>频次</translation>
    </message>
    <message>
        <source>Target date</source>
        <translation>目标日期</translation>
    </message>
    <message>
        <source>Responsible</source>
        <translation>负责人</translation>
    </message>
    <message>
        <source>Measure</source>
        <translation>衡量方法</translation>
    </message>
    <message>
        <source>Add goal</source>
        <translation>添加目标</translation>
    </message>
    <message>
        <source>Remove goal</source>
        <translation>删除目标</translation>
    </message>
    <message>
        <source>Period</source>
        <translation>计划期</translation>
    </message>
    <message>
        <source>Goals</source>
        <translation>目标</translation>
    </message>
    <message>
        <source>Measurable: what, how much, by when</source>
        <translation>可衡量：做什么、做到什么程度、何时完成</translation>
    </message>
    <message>
        <source>e.g. 3 times a week</source>
        <translation>例如：每周 3 次</translation>
    </message>
    <message>
        <source>Emergency contacts</source>
        <translation>紧急联系方式</translation>
    </message>
    <message>
        <source>Steps</source>
        <translation>处置步骤</translation>
    </message>
</context>
<context>
    <name>PreferencesTab</name>
    <message>
        <source> min</source>
        <translation> 分钟</translation>
    </message>
    <message>
        <source>the station folder&apos;s own backups folder</source>
        <translation>站点文件夹内的 backups 文件夹</translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation>选择…</translation>
    </message>
    <message>
        <source>Months after closing, separated by commas, e.g. 1, 3</source>
        <translation>结案后第几个月回访，用逗号分隔，如 1, 3</translation>
    </message>
    <message>
        <source>0 leaves the monthly services out of the rule</source>
        <translation>设为 0 表示标准中不要求每月服务</translation>
    </message>
    <message>
        <source>Year=per cent, separated by commas, e.g. 2024=45, 2025=60</source>
        <translation>年份=百分比，用逗号分隔，例如 2024=45, 2025=60</translation>
    </message>
    <message>
        <source>Show counts below 5 as “&lt;5” in exported lists</source>
        <translation>导出的名单中小于 5 的人数记为“&lt;5”</translation>
    </message>
    <message>
        <source>Where bundles go on a USB stick, a reminder appears as this day approaches after each quarter</source>
        <translation>用 U 盘上报时，每季度结束后临近这一天会出现提醒</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>保存</translation>
    </message>
    <message>
        <source>Language on this computer</source>
        <translation>本机界面语言</translation>
    </message>
    <message>
        <source>Lock after idle minutes</source>
        <translation>无操作自动锁定（分钟）</translation>
    </message>
    <message>
        <source>Backup folder</source>
        <translation>备份文件夹</translation>
    </message>
    <message>
        <source>Backups to keep</source>
        <translation>保留备份份数</translation>
    </message>
    <message>
        <source>Failed logins before lock-out</source>
        <translation>登录失败锁定次数</translation>
    </message>
    <message>
        <source>Warn about agreements ending within (days)</source>
        <translation>服务协议到期前多少天提醒</translation>
    </message>
    <message>
        <source>Training hours required per year</source>
        <translation>每年应完成培训学时</translation>
    </message>
    <message>
        <source>Key drill scenarios</source>
        <translation>重点演练场景</translation>
    </message>
    <message>
        <source>Ask waiting clients again after (days)</source>
        <translation>等候满多少天须再次确认（天）</translation>
    </message>
    <message>
        <source>Stage review every (months)</source>
        <translation>阶段评估间隔（月）</translation>
    </message>
    <message>
        <source>Follow-ups after closing (months)</source>
        <translation>结案后回访（月）</translation>
    </message>
    <message>
        <source>Keep ended case files for (years)</source>
        <translation>结束个案档案保存期限（年）</translation>
    </message>
    <message>
        <source>Standardised services need</source>
        <translation>规范服务标准包括</translation>
    </message>
    <message>
        <source>Services in each month (at least)</source>
        <translation>每月服务次数（至少）</translation>
    </message>
    <message>
        <source>Yearly targets (%)</source>
        <translation>年度目标（%）</translation>
    </message>
    <message>
        <source>Send to the county server every (hours)</source>
        <translation>向县（区）服务器发送的间隔（小时）</translation>
    </message>
    <message>
        <source>Report a failed sending after (hours)</source>
        <translation>发送失败超过多少小时后提示</translation>
    </message>
    <message>
        <source>County&apos;s deadline: day of the month after a quarter</source>
        <translation>县（区）截止日：季度结束后次月的第几天</translation>
    </message>
    <message>
        <source>Consent in force on every day</source>
        <translation>在册期间知情同意持续有效</translation>
    </message>
    <message>
        <source>Agreement in force on every day</source>
        <translation>在册期间服务协议持续有效</translation>
    </message>
    <message>
        <source>Baseline assessment</source>
        <translation>基线评估</translation>
    </message>
    <message>
        <source>Approved plan in force</source>
        <translation>已批准且有效的康复计划</translation>
    </message>
    <message>
        <source>Stage review not overdue</source>
        <translation>阶段评估未逾期</translation>
    </message>
    <message>
        <source>This folder is on the same disk as the data: if the disk fails, the backups go with it. Choose a USB stick or another disk.</source>
        <translation>此文件夹与数据在同一块磁盘上：磁盘损坏时备份也会一起丢失。请选择 U 盘或另一块磁盘。</translation>
    </message>
    <message>
        <source>Saved.</source>
        <translation>已保存。</translation>
    </message>
</context>
<context>
    <name>QFileDialog</name>
    <message>
        <source>&amp;Look in:</source>
        <translation>查找范围(&amp;L)：</translation>
    </message>
    <message>
        <source>Files of &amp;type:</source>
        <translation>文件类型(&amp;T)：</translation>
    </message>
</context>
<context>
    <name>QPrintSettingsOutput</name>
    <message>
        <source>Page &amp;Set:</source>
        <translation>页面组(&amp;S)：</translation>
    </message>
</context>
<context>
    <name>QuickServiceForm</name>
    <message>
        <source>New service</source>
        <translation>新服务记录</translation>
    </message>
    <message>
        <source>Ticked: came. Space ticks or unticks, Delete removes.</source>
        <translation>勾选表示到场。空格键勾选或取消，Delete 键移除。</translation>
    </message>
    <message>
        <source>Save (Ctrl+S)</source>
        <translation>保存（Ctrl+S）</translation>
    </message>
    <message>
        <source>Cancel changes</source>
        <translation>放弃修改</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>日期</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>时间</translation>
    </message>
    <message>
        <source>Service form</source>
        <translation>服务形式</translation>
    </message>
    <message>
        <source>Name, pinyin initials or case number; Enter adds (Ctrl+F)</source>
        <translation>姓名、拼音首字母或档案号；回车添加（Ctrl+F）</translation>
    </message>
    <message>
        <source>&amp;Clients</source>
        <translation>服务对象(&amp;C)</translation>
    </message>
    <message>
        <source>Service &amp;types</source>
        <translation>服务内容类别(&amp;T)</translation>
    </message>
    <message>
        <source>Given by</source>
        <translation>服务人员</translation>
    </message>
    <message>
        <source>Place</source>
        <translation>地点</translation>
    </message>
    <message>
        <source>What was done</source>
        <translation>服务内容</translation>
    </message>
    <message>
        <source>Client&apos;s response</source>
        <translation>服务对象反应</translation>
    </message>
    <message>
        <source>Next step</source>
        <translation>下一步计划</translation>
    </message>
    <message>
        <source>{client}&#x3000;✗ cannot be served: {reasons}</source>
        <translation>{client}&#x3000;✗ 不能服务：{reasons}</translation>
    </message>
    <message>
        <source>Save for the others?</source>
        <translation>为其他人保存？</translation>
    </message>
    <message>
        <source>Save the session for the other {count} without them? They are taken off this entry.</source>
        <translation>不含这些人，为其余 {count} 人保存本次服务？他们将从本条记录中移除。</translation>
    </message>
    <message>
        <source>Save for the others</source>
        <translation>为其余的人保存</translation>
    </message>
    <message>
        <source>Keep editing</source>
        <translation>继续编辑</translation>
    </message>
    <message>
        <source>Saved: {start}–{end} {form} · {names}</source>
        <translation>已保存：{start}–{end} {form} · {names}</translation>
    </message>
    <message>
        <source>Changing a saved service</source>
        <translation>修改已保存的服务记录</translation>
    </message>
</context>
<context>
    <name>ReasonDialog</name>
    <message>
        <source>Reason</source>
        <translation>原因</translation>
    </message>
</context>
<context>
    <name>ReceivePage</name>
    <message>
        <source>Insert the stations&apos; USB stick and choose the folder with their bundles (.rdsync). Each bundle is checked before it is opened; the acknowledgements to take back to the stations are written beside them, in the folder {folder}.</source>
        <translation>插入站点送来的U盘，选择存放数据包（.rdsync）的文件夹。每个数据包打开前都会先核验；要带回站点的回执写在同一位置的 {folder} 文件夹中。</translation>
    </message>
    <message>
        <source>Import a folder of bundles…</source>
        <translation>导入文件夹中的数据包……</translation>
    </message>
    <message>
        <source>Import one bundle file…</source>
        <translation>导入单个数据包……</translation>
    </message>
    <message>
        <source>Open the acknowledgements folder</source>
        <translation>打开回执文件夹</translation>
    </message>
    <message>
        <source>File</source>
        <translation>文件</translation>
    </message>
    <message>
        <source>Station</source>
        <translation>站点</translation>
    </message>
    <message>
        <source>Computer</source>
        <translation>电脑</translation>
    </message>
    <message>
        <source>Sequence</source>
        <translation>序号</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>结果</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>说明</translation>
    </message>
    <message>
        <source>When</source>
        <translation>时间</translation>
    </message>
    <message>
        <source>What</source>
        <translation>内容</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>原因</translation>
    </message>
    <message>
        <source>Receive bundles</source>
        <translation>接收数据包</translation>
    </message>
    <message>
        <source>Quarantine and held bundles</source>
        <translation>隔离记录与暂存的数据包</translation>
    </message>
    <message>
        <source>The folder with the stations&apos; bundles</source>
        <translation>存放站点数据包的文件夹</translation>
    </message>
    <message>
        <source>A station&apos;s bundle</source>
        <translation>站点数据包</translation>
    </message>
    <message>
        <source>Bundles (*.rdsync)</source>
        <translation>数据包 (*.rdsync)</translation>
    </message>
    <message>
        <source>Receiving bundles…</source>
        <translation>正在接收数据包……</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <source>Receiving bundle {done} of {total}…</source>
        <translation>正在接收第 {done} 个数据包，共 {total} 个……</translation>
    </message>
    <message>
        <source>released from the hold</source>
        <translation>从暂存中放行</translation>
    </message>
    <message>
        <source>{count} bundles looked at, {alerts} refused or quarantined whole.</source>
        <translation>共处理 {count} 个数据包，其中 {alerts} 个被拒收或整体隔离。</translation>
    </message>
    <message>
        <source>Cancelled; the bundles received so far are kept.</source>
        <translation>已取消；已接收的数据包保留。</translation>
    </message>
    <message>
        <source>{count} acknowledgements written to {folder}: take them back to the stations.</source>
        <translation>已将 {count} 份回执写入 {folder}：请带回各站点。</translation>
    </message>
    <message>
        <source>record {type}</source>
        <translation>记录（{type}）</translation>
    </message>
    <message>
        <source>whole bundle</source>
        <translation>整个数据包</translation>
    </message>
    <message>
        <source>Held, waiting for the bundle before it: {station} computer {device}, bundle {sequence}</source>
        <translation>暂存，等待前一个数据包：{station} 电脑 {device}，第 {sequence} 个数据包</translation>
    </message>
    <message>
        <source>No bundle is held waiting for an earlier one.</source>
        <translation>没有等待前一个数据包的暂存数据包。</translation>
    </message>
</context>
<context>
    <name>RecordAgreementSignedDialog</name>
    <message>
        <source>Record agreement {number} as signed</source>
        <translation>登记服务协议 {number} 已签署</translation>
    </message>
    <message>
        <source>Fee prices are fixed now, at signing: later changes to the fee schedule do not apply.</source>
        <translation>收费价格在签署时确定，之后收费项目的调价不影响本协议。</translation>
    </message>
    <message>
        <source>Signed by</source>
        <translation>签署人</translation>
    </message>
    <message>
        <source>Guardian who signed</source>
        <translation>签字的监护人</translation>
    </message>
    <message>
        <source>Date signed</source>
        <translation>签署日期</translation>
    </message>
    <message>
        <source>Signed for the station by</source>
        <translation>站点签字人</translation>
    </message>
</context>
<context>
    <name>RecordConsentSignedDialog</name>
    <message>
        <source>Record consent form {number} as signed</source>
        <translation>登记知情同意书 {number} 已签署</translation>
    </message>
    <message>
        <source>Ticked “agree”</source>
        <translation>勾选“同意”的事项</translation>
    </message>
    <message>
        <source>Signed by</source>
        <translation>签署人</translation>
    </message>
    <message>
        <source>Guardian who signed</source>
        <translation>签字的监护人</translation>
    </message>
    <message>
        <source>Date signed</source>
        <translation>签署日期</translation>
    </message>
    <message>
        <source>Witnessing staff</source>
        <translation>见证工作人员</translation>
    </message>
</context>
<context>
    <name>RecoveryPage</name>
    <message>
        <source>Recovery code</source>
        <translation>恢复码</translation>
    </message>
    <message>
        <source>If every password is lost, this code is the only way into the station&apos;s records. It is shown only now.</source>
        <translation>如果所有密码都遗失，恢复码是进入本站点记录的唯一途径。它只显示这一次。</translation>
    </message>
    <message>
        <source>I have written down the code or printed the sheet, and will keep it locked away from this computer.</source>
        <translation>我已抄下恢复码或打印了恢复凭证，并会将其锁存在远离本机的地方。</translation>
    </message>
    <message>
        <source>Tick the box above once the code is written down or printed.</source>
        <translation>抄下或打印恢复码后，请勾选上方的确认框。</translation>
    </message>
</context>
<context>
    <name>RecoverySheetButtons</name>
    <message>
        <source>Print recovery sheet…</source>
        <translation>打印恢复码单…</translation>
    </message>
    <message>
        <source>Save as PDF…</source>
        <translation>另存为 PDF…</translation>
    </message>
    <message>
        <source>Not recommended: the code must not be kept on this computer</source>
        <translation>不建议：恢复码不能保存在这台电脑上</translation>
    </message>
    <message>
        <source>Recovery sheet</source>
        <translation>恢复码单</translation>
    </message>
    <message>
        <source>Sent to the printer. Keep the sheet locked away from this computer.</source>
        <translation>已送往打印机。请把恢复码单锁好，远离这台电脑保管。</translation>
    </message>
    <message>
        <source>The printer could not be started. Check it is switched on, then print again.</source>
        <translation>无法启动打印机。请检查打印机已开机，然后重新打印。</translation>
    </message>
    <message>
        <source>Save the recovery sheet?</source>
        <translation>保存恢复码单？</translation>
    </message>
    <message>
        <source>The recovery code opens every record of this station. Anyone who can copy a file from this computer could copy the code with it. Print the sheet instead if you can.

If you save it, save it to a USB stick, print it from there, and delete the file; never keep it on this computer.</source>
        <translation>恢复码可以打开本站的全部档案。能从这台电脑复制文件的人，也就能把恢复码一起复制走。能打印就请直接打印。

如果一定要保存，请保存到 U 盘，从那里打印后删除文件；不要把它留在这台电脑上。</translation>
    </message>
    <message>
        <source>Save anyway…</source>
        <translation>仍然保存…</translation>
    </message>
    <message>
        <source>Save recovery sheet</source>
        <translation>保存恢复码单</translation>
    </message>
    <message>
        <source>The sheet could not be saved to {path}. Choose a folder you can write to.</source>
        <translation>无法把恢复码单保存到 {path}。请选择一个可以写入的文件夹。</translation>
    </message>
    <message>
        <source>Saved: {path}. Print it, then delete the file.</source>
        <translation>已保存：{path}。请打印后删除这个文件。</translation>
    </message>
</context>
<context>
    <name>ReferralDialog</name>
    <message>
        <source>Record a referral</source>
        <translation>登记转介</translation>
    </message>
    <message>
        <source>not stated</source>
        <translation>未注明</translation>
    </message>
    <message>
        <source>Direction</source>
        <translation>方向</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>类别</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>转介日期</translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation>接收/转出机构</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>转介原因</translation>
    </message>
    <message>
        <source>Condition summary</source>
        <translation>病情与康复情况摘要</translation>
    </message>
    <message>
        <source>Risk level</source>
        <translation>风险等级</translation>
    </message>
</context>
<context>
    <name>ReportFigures</name>
    <message>
        <source>Applied</source>
        <translation>申请</translation>
    </message>
    <message>
        <source>Registered</source>
        <translation>初核登记</translation>
    </message>
    <message>
        <source>Enrolled</source>
        <translation>签约入组</translation>
    </message>
    <message>
        <source>Closed</source>
        <translation>结案</translation>
    </message>
    <message>
        <source>Referred in</source>
        <translation>转入</translation>
    </message>
    <message>
        <source>Referred out</source>
        <translation>转出</translation>
    </message>
    <message>
        <source>On the waiting list</source>
        <translation>在等候名单上</translation>
    </message>
    <message>
        <source>{days} days</source>
        <translation>{days} 天</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>日期</translation>
    </message>
    <message>
        <source>Case number</source>
        <translation>个案编号</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>姓名</translation>
    </message>
    <message>
        <source>What</source>
        <translation>事项</translation>
    </message>
    <message>
        <source>Detail</source>
        <translation>详情</translation>
    </message>
    <message>
        <source>Profession</source>
        <translation>专业</translation>
    </message>
    <message>
        <source>Service records</source>
        <translation>服务记录数</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>类别</translation>
    </message>
    <message>
        <source>Records</source>
        <translation>记录数</translation>
    </message>
    <message>
        <source>Client-times</source>
        <translation>服务人次</translation>
    </message>
    <message>
        <source>Form: {form}</source>
        <translation>服务形式：{form}</translation>
    </message>
    <message>
        <source>Type: {type}</source>
        <translation>服务类型：{type}</translation>
    </message>
    <message>
        <source>Individual</source>
        <translation>个别</translation>
    </message>
    <message>
        <source>Group</source>
        <translation>小组</translation>
    </message>
    <message>
        <source>Hours counted</source>
        <translation>已计学时</translation>
    </message>
    <message>
        <source>Hours required</source>
        <translation>应修学时</translation>
    </message>
    <message>
        <source>Met</source>
        <translation>达标</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>是</translation>
    </message>
    <message>
        <source>No</source>
        <translation>否</translation>
    </message>
</context>
<context>
    <name>ReportsPage</name>
    <message>
        <source>consent not in force ({date})</source>
        <translation>知情同意不成立（{date}）</translation>
    </message>
    <message>
        <source>agreement not in force ({date})</source>
        <translation>服务协议不在有效期（{date}）</translation>
    </message>
    <message>
        <source>no baseline assessment</source>
        <translation>无基线评估</translation>
    </message>
    <message>
        <source>no approved plan in force</source>
        <translation>无已批准且有效的康复计划</translation>
    </message>
    <message>
        <source>no service in {months}</source>
        <translation>{months} 无服务记录</translation>
    </message>
    <message>
        <source>stage review overdue since {date}</source>
        <translation>阶段评估自 {date} 起逾期</translation>
    </message>
    <message>
        <source>Case number</source>
        <translation>个案编号</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>姓名</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Missing</source>
        <translation>未达项目</translation>
    </message>
    <message>
        <source>Quarter</source>
        <translation>季度</translation>
    </message>
    <message>
        <source>Month</source>
        <translation>月</translation>
    </message>
    <message>
        <source>Half-year</source>
        <translation>半年</translation>
    </message>
    <message>
        <source>Year</source>
        <translation>年度</translation>
    </message>
    <message>
        <source>From – to</source>
        <translation>自定义起止</translation>
    </message>
    <message>
        <source>This quarter</source>
        <translation>本季度</translation>
    </message>
    <message>
        <source>Last quarter</source>
        <translation>上季度</translation>
    </message>
    <message>
        <source>This year</source>
        <translation>本年度</translation>
    </message>
    <message>
        <source>Export PDF…</source>
        <translation>导出 PDF…</translation>
    </message>
    <message>
        <source>Export Excel…</source>
        <translation>导出电子表格…</translation>
    </message>
    <message>
        <source>Registered clients not counted as standardised</source>
        <translation>未计入规范服务的在册康复对象</translation>
    </message>
    <message>
        <source>Counting the figures…</source>
        <translation>正在统计…</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <source>Cancelled.</source>
        <translation>已取消。</translation>
    </message>
    <message>
        <source>Counting the months for the charts…</source>
        <translation>正在统计图表的各月数据…</translation>
    </message>
    <message>
        <source>Charts not counted (cancelled).</source>
        <translation>图表未统计（已取消）。</translation>
    </message>
    <message>
        <source>Period: {start} to {end}</source>
        <translation>统计期：{start} 至 {end}</translation>
    </message>
    <message>
        <source> (counted to {day})</source>
        <translation>（统计至 {day}）</translation>
    </message>
    <message>
        <source> — my clients only</source>
        <translation> — 仅本人负责的康复对象</translation>
    </message>
    <message>
        <source>Registered
{count}</source>
        <translation>登记参加社区康复
{count} 人</translation>
    </message>
    <message>
        <source>Standardised services
{count}</source>
        <translation>接受规范服务
{count} 人</translation>
    </message>
    <message>
        <source>no target</source>
        <translation>未设目标</translation>
    </message>
    <message>
        <source>target {target} %</source>
        <translation>目标 {target}%</translation>
    </message>
    <message>
        <source>Rate
{rate} % ({target})</source>
        <translation>规范服务率
{rate}%（{target}）</translation>
    </message>
    <message>
        <source>Met</source>
        <translation>已达到</translation>
    </message>
    <message>
        <source>Below the target</source>
        <translation>未达到目标</translation>
    </message>
    <message>
        <source>New: {applied} applied, {enrolled} enrolled
Closed: {closed}</source>
        <translation>新增：申请 {applied} 人，入组 {enrolled} 人
结案：{closed} 人</translation>
    </message>
    <message>
        <source>Waiting list
{count} ({long} over {days} days)</source>
        <translation>等候
{count} 人（超过 {days} 天 {long} 人）</translation>
    </message>
    <message>
        <source>Services
{records} records, {times} client-times, {hours} h</source>
        <translation>服务
{records} 条，{times} 人次，{hours} 小时</translation>
    </message>
    <message>
        <source>Psychiatric staff {mp} ({mr})
Social workers {sp} ({sr})</source>
        <translation>精神科医务人员 {mp} 人（{mr} 次）
社会工作 {sp} 人（{sr} 次）</translation>
    </message>
    <message>
        <source>Training met {met}/{direct}
Relevant degree {percent} %</source>
        <translation>培训达标 {met}/{direct}
相关专业学历 {percent}%</translation>
    </message>
    <message>
        <source>Rule: {parts}</source>
        <translation>规范服务标准：{parts}</translation>
    </message>
    <message>
        <source>consent</source>
        <translation>知情同意</translation>
    </message>
    <message>
        <source>agreement</source>
        <translation>服务协议</translation>
    </message>
    <message>
        <source>baseline assessment</source>
        <translation>基线评估</translation>
    </message>
    <message>
        <source>approved plan</source>
        <translation>已批准的康复计划</translation>
    </message>
    <message>
        <source>services every month</source>
        <translation>每月服务</translation>
    </message>
    <message>
        <source>stage review on time</source>
        <translation>按时阶段评估</translation>
    </message>
    <message>
        <source>%1 to %2</source>
        <translation>%1 至 %2</translation>
    </message>
    <message>
        <source>Standardised rate by month (%), %1</source>
        <translation>各月规范服务率（%） %1</translation>
    </message>
    <message>
        <source>Registered and standardised by month, %1</source>
        <translation>各月登记与规范服务人数 %1</translation>
    </message>
    <message>
        <source>Rate</source>
        <translation>规范服务率</translation>
    </message>
    <message>
        <source>Registered</source>
        <translation>登记人数</translation>
    </message>
    <message>
        <source>Standardised</source>
        <translation>规范服务人数</translation>
    </message>
    <message>
        <source>Registered clients</source>
        <translation>登记参加社区康复的对象</translation>
    </message>
    <message>
        <source>Clients with standardised services</source>
        <translation>接受规范服务的对象</translation>
    </message>
    <message>
        <source>Not standardised</source>
        <translation>未达规范服务</translation>
    </message>
    <message>
        <source>{count} entries</source>
        <translation>共 {count} 条</translation>
    </message>
    <message>
        <source>Applications, enrolments, closings and referrals</source>
        <translation>申请、入册、结案与转介</translation>
    </message>
    <message>
        <source>Waiting list</source>
        <translation>等候名单</translation>
    </message>
    <message>
        <source>{count} staff members on service records</source>
        <translation>服务记录上共 {count} 名工作人员</translation>
    </message>
    <message>
        <source>Staff taking part</source>
        <translation>参与服务的工作人员</translation>
    </message>
    <message>
        <source>{records} records, {times} client-times, {hours} h</source>
        <translation>{records} 条记录，{times} 人次，{hours} 小时</translation>
    </message>
    <message>
        <source>Services</source>
        <translation>服务</translation>
    </message>
    <message>
        <source>Training year {year}</source>
        <translation>{year} 年度培训</translation>
    </message>
    <message>
        <source>Training hours</source>
        <translation>培训学时</translation>
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation>PDF 文件 (*.pdf)</translation>
    </message>
    <message>
        <source>Excel workbooks (*.xlsx)</source>
        <translation>电子表格 (*.xlsx)</translation>
    </message>
    <message>
        <source>Export</source>
        <translation>导出</translation>
    </message>
    <message>
        <source>Written: {path}</source>
        <translation>已写入：{path}</translation>
    </message>
</context>
<context>
    <name>RestoreDialog</name>
    <message>
        <source>Restore from backup</source>
        <translation>从备份还原</translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation>选择…</translation>
    </message>
    <message>
        <source>An account&apos;s password at the time of the backup</source>
        <translation>备份当时某个账户的密码</translation>
    </message>
    <message>
        <source>The recovery code of that time</source>
        <translation>备份当时的恢复码</translation>
    </message>
    <message>
        <source>The backup is checked completely before it replaces anything; the current database is kept beside it.</source>
        <translation>备份在替换任何数据之前会被完整校验；当前的数据库会在旁边保留一份。</translation>
    </message>
    <message>
        <source>Restore</source>
        <translation>还原</translation>
    </message>
    <message>
        <source>Backup file</source>
        <translation>备份文件</translation>
    </message>
    <message>
        <source>Account</source>
        <translation>账户</translation>
    </message>
    <message>
        <source>Password or code</source>
        <translation>密码或恢复码</translation>
    </message>
    <message>
        <source>RehabDesk backups (*.rdbackup)</source>
        <translation>精康工作台备份 (*.rdbackup)</translation>
    </message>
    <message>
        <source>The backup from {created} has been restored and checked. Sign in to continue.</source>
        <translation>已还原并校验 {created} 的备份。请登录后继续。</translation>
    </message>
</context>
<context>
    <name>RetentionTab</name>
    <message>
        <source>Ended case files kept longer than the retention period set under Preferences. Review each with the coordinator: a file still needed (a complaint, a request, a new application) is kept. Nothing is deleted automatically.</source>
        <translation>以下已结束的个案档案已超过“偏好设置”中的保存期限。请与站点负责人逐一审查：仍有需要的（投诉、查询、再次申请等）继续保存。系统不会自动删除任何档案。</translation>
    </message>
    <message>
        <source>Case number</source>
        <translation>档案号</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Ended on</source>
        <translation>结束日期</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>结案去向</translation>
    </message>
    <message>
        <source>Past since</source>
        <translation>期满日期</translation>
    </message>
    <message>
        <source>{count} case files past the retention period</source>
        <translation>共 {count} 份档案已过保存期限</translation>
    </message>
</context>
<context>
    <name>RevokeDialog</name>
    <message>
        <source>Revoke a station computer</source>
        <translation>吊销站点电脑</translation>
    </message>
    <message>
        <source>Revoke computer {device} of {station}? Bundles from it are refused from now on, and it cannot be registered again: the station enrols a new computer instead. Revoke only a computer that is lost, stolen or replaced.</source>
        <translation>吊销{station}的电脑 {device}？此后该电脑的数据包一律拒收，且不能再次登记：站点需改用新电脑登记。只在电脑丢失、被盗或更换时吊销。</translation>
    </message>
    <message>
        <source>e.g. the computer was stolen on 3 December</source>
        <translation>例如：电脑于12月3日被盗</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>原因</translation>
    </message>
    <message>
        <source>Revoke</source>
        <translation>吊销</translation>
    </message>
    <message>
        <source>Write why it is revoked.</source>
        <translation>请填写吊销原因。</translation>
    </message>
</context>
<context>
    <name>RiskDialog</name>
    <message>
        <source>Record risk</source>
        <translation>登记危险性评估</translation>
    </message>
    <message>
        <source>e.g. home visit, hospital notice, family report</source>
        <translation>例如：家访、医院通知、家属反映</translation>
    </message>
    <message>
        <source>Recorded on</source>
        <translation>登记日期</translation>
    </message>
    <message>
        <source>Risk level</source>
        <translation>危险性等级</translation>
    </message>
    <message>
        <source>Illness status</source>
        <translation>病情状况</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>来源</translation>
    </message>
</context>
<context>
    <name>SafetyPage</name>
    <message>
        <source>Scenario</source>
        <translation>演练场景</translation>
    </message>
    <message>
        <source>Every</source>
        <translation>周期</translation>
    </message>
    <message>
        <source>Last drill</source>
        <translation>上次演练</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>到期日</translation>
    </message>
    <message>
        <source>State</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Drill schedule of the key scenarios</source>
        <translation>重点场景演练计划</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>预案名称</translation>
    </message>
    <message>
        <source>Scenarios</source>
        <translation>场景</translation>
    </message>
    <message>
        <source>Version</source>
        <translation>版本</translation>
    </message>
    <message>
        <source>In force from</source>
        <translation>生效日期</translation>
    </message>
    <message>
        <source>Review due</source>
        <translation>评审到期</translation>
    </message>
    <message>
        <source>Responsible</source>
        <translation>负责人</translation>
    </message>
    <message>
        <source>New plan…</source>
        <translation>新建预案…</translation>
    </message>
    <message>
        <source>Edit…</source>
        <translation>修改…</translation>
    </message>
    <message>
        <source>Record review…</source>
        <translation>登记年度评审…</translation>
    </message>
    <message>
        <source>Attach the plan&apos;s file…</source>
        <translation>添加预案文件…</translation>
    </message>
    <message>
        <source>Open the plan&apos;s file</source>
        <translation>打开预案文件</translation>
    </message>
    <message>
        <source>Dates</source>
        <translation>日期</translation>
    </message>
    <message>
        <source>Provider</source>
        <translation>主办单位</translation>
    </message>
    <message>
        <source>Hours</source>
        <translation>学时</translation>
    </message>
    <message>
        <source>Attendees</source>
        <translation>参训人数</translation>
    </message>
    <message>
        <source>All years</source>
        <translation>全部年份</translation>
    </message>
    <message>
        <source>All scenarios</source>
        <translation>全部场景</translation>
    </message>
    <message>
        <source>Number</source>
        <translation>编号</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>日期</translation>
    </message>
    <message>
        <source>Staff</source>
        <translation>工作人员</translation>
    </message>
    <message>
        <source>Clients</source>
        <translation>服务对象</translation>
    </message>
    <message>
        <source>Duration</source>
        <translation>时长</translation>
    </message>
    <message>
        <source>Open actions</source>
        <translation>未完成整改</translation>
    </message>
    <message>
        <source>Plan</source>
        <translation>预案</translation>
    </message>
    <message>
        <source>Record drill…</source>
        <translation>登记演练…</translation>
    </message>
    <message>
        <source>Print drill record…</source>
        <translation>打印演练记录…</translation>
    </message>
    <message>
        <source>Year</source>
        <translation>年份</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>整改措施</translation>
    </message>
    <message>
        <source>Drill</source>
        <translation>演练</translation>
    </message>
    <message>
        <source>What was done</source>
        <translation>完成情况</translation>
    </message>
    <message>
        <source>Add action…</source>
        <translation>添加整改措施…</translation>
    </message>
    <message>
        <source>Close…</source>
        <translation>完成…</translation>
    </message>
    <message>
        <source>Reopen…</source>
        <translation>重新打开…</translation>
    </message>
    <message>
        <source>Drills</source>
        <translation>演练</translation>
    </message>
    <message>
        <source>Corrective actions</source>
        <translation>整改措施</translation>
    </message>
    <message>
        <source>Emergency plans</source>
        <translation>应急预案</translation>
    </message>
    <message>
        <source>Safety training</source>
        <translation>安全培训</translation>
    </message>
    <message numerus="yes">
        <source>%n month(s)</source>
        <translation>
            <numerusform>%n 个月</numerusform>
        </translation>
    </message>
    <message>
        <source>Never</source>
        <translation>从未演练</translation>
    </message>
    <message>
        <source>The annual review is overdue.</source>
        <translation>年度评审已逾期。</translation>
    </message>
    <message numerus="yes">
        <source>Emergency plans (%n past review)</source>
        <translation>
            <numerusform>应急预案（%n 项评审逾期）</numerusform>
        </translation>
    </message>
    <message>
        <source>{minutes} min</source>
        <translation>{minutes} 分钟</translation>
    </message>
    <message>
        <source>Done {date}</source>
        <translation>{date} 完成</translation>
    </message>
    <message>
        <source>Overdue</source>
        <translation>已逾期</translation>
    </message>
    <message numerus="yes">
        <source>Corrective actions (%n open)</source>
        <translation>
            <numerusform>整改措施（%n 项未完成）</numerusform>
        </translation>
    </message>
    <message>
        <source>Select an emergency plan in the list first.</source>
        <translation>请先在列表中选择一份应急预案。</translation>
    </message>
    <message>
        <source>Select a drill in the list first.</source>
        <translation>请先在列表中选择一次演练。</translation>
    </message>
    <message>
        <source>Corrective actions follow a drill: record a drill first.</source>
        <translation>整改措施来自演练，请先记录一次演练。</translation>
    </message>
    <message>
        <source>Select a corrective action in the list first.</source>
        <translation>请先在列表中选择一项整改措施。</translation>
    </message>
    <message>
        <source>This action is already closed.</source>
        <translation>此整改措施已完成。</translation>
    </message>
    <message>
        <source>This action is still open.</source>
        <translation>此整改措施尚未完成。</translation>
    </message>
    <message>
        <source>Record the annual review</source>
        <translation>登记年度评审</translation>
    </message>
    <message>
        <source>Reviewed on</source>
        <translation>评审日期</translation>
    </message>
    <message>
        <source>“{title}” was reviewed and is still right (or was updated). The next review is due a year after this date.</source>
        <translation>“{title}”已经评审，内容仍然适用（或已更新）。下次评审在此日期一年后。</translation>
    </message>
    <message>
        <source>Drill record {number}</source>
        <translation>应急演练记录 {number}</translation>
    </message>
    <message>
        <source>Reopen corrective action</source>
        <translation>重新打开整改措施</translation>
    </message>
    <message>
        <source>New due date</source>
        <translation>新的完成期限</translation>
    </message>
    <message>
        <source>The fix did not hold: the action is open again until the new due date.</source>
        <translation>整改没有落实到位：这项措施重新打开，直到新的完成期限。</translation>
    </message>
</context>
<context>
    <name>ScanViewerDialog</name>
    <message>
        <source>Scan of the signed paper</source>
        <translation>已签字文书的扫描件</translation>
    </message>
    <message>
        <source>This image could not be shown. The file may be damaged.</source>
        <translation>无法显示这张图片，文件可能已损坏。</translation>
    </message>
    <message>
        <source>SHA-256 fingerprint: {hash}</source>
        <translation>SHA-256 指纹：{hash}</translation>
    </message>
    <message>
        <source>Size: {size}</source>
        <translation>大小：{size}</translation>
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
        <translation>站点</translation>
    </message>
    <message>
        <source>Preferences</source>
        <translation>偏好</translation>
    </message>
    <message>
        <source>Accounts</source>
        <translation>账户</translation>
    </message>
    <message>
        <source>Staff</source>
        <translation>工作人员</translation>
    </message>
    <message>
        <source>Fee schedule</source>
        <translation>收费项目</translation>
    </message>
    <message>
        <source>Document templates</source>
        <translation>文书模板</translation>
    </message>
    <message>
        <source>Retention</source>
        <translation>档案保存</translation>
    </message>
    <message>
        <source>Backup and keys</source>
        <translation>备份与密钥</translation>
    </message>
</context>
<context>
    <name>Shell</name>
    <message>
        <source>Creating the demo station…</source>
        <translation>正在创建演示站点…</translation>
    </message>
</context>
<context>
    <name>SignInWidget</name>
    <message>
        <source>RehabDesk County · Sign in</source>
        <translation>精康工作台 · 县级 · 登录</translation>
    </message>
    <message>
        <source>the county in {folder}</source>
        <translation>{folder} 中的县级数据</translation>
    </message>
    <message>
        <source>Opens: {county}</source>
        <translation>打开：{county}</translation>
    </message>
    <message>
        <source>Sign in</source>
        <translation>登录</translation>
    </message>
    <message>
        <source>This PC&apos;s encrypted file</source>
        <translation>本机的加密数据文件</translation>
    </message>
    <message>
        <source>A PostgreSQL server</source>
        <translation>PostgreSQL 数据库服务器</translation>
    </message>
    <message>
        <source>postgresql+psycopg://user@address:5432/database</source>
        <translation>postgresql+psycopg://用户名@服务器地址:5432/数据库名</translation>
    </message>
    <message>
        <source>The address the database&apos;s operator gave, without the password. It is remembered in the county folder (never the password).</source>
        <translation>数据库管理员提供的地址，不含密码。地址会记在县级数据文件夹中（密码从不保存）。</translation>
    </message>
    <message>
        <source>blank: from the pgpass file</source>
        <translation>留空则使用 pgpass 文件</translation>
    </message>
    <message>
        <source>The database account&apos;s password, kept in memory until you sign out. Left blank, the password comes from PostgreSQL&apos;s own pgpass file on this computer, if there is one.</source>
        <translation>数据库账号的密码，只保存在内存中，退出登录即清除。留空时，使用本机 PostgreSQL 自己的 pgpass 文件中的密码（如有）。</translation>
    </message>
    <message>
        <source>Database</source>
        <translation>数据库</translation>
    </message>
    <message>
        <source>Server</source>
        <translation>服务器地址</translation>
    </message>
    <message>
        <source>Database password</source>
        <translation>数据库密码</translation>
    </message>
    <message>
        <source>Account</source>
        <translation>账户</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>密码</translation>
    </message>
    <message>
        <source>Demo county: account {login}, password {password}</source>
        <translation>演示县：账户 {login}，密码 {password}</translation>
    </message>
    <message>
        <source>Create the county here…</source>
        <translation>在此创建县级数据……</translation>
    </message>
    <message>
        <source>There is no county in this folder yet. Create it with the button below.</source>
        <translation>此文件夹中还没有县级数据。请用下方按钮创建。</translation>
    </message>
</context>
<context>
    <name>SignInWindow</name>
    <message>
        <source>RehabDesk County · Sign in</source>
        <translation>精康工作台 · 县级 · 登录</translation>
    </message>
</context>
<context>
    <name>StaffDialog</name>
    <message>
        <source>New staff member</source>
        <translation>新增工作人员</translation>
    </message>
    <message>
        <source>Staff member</source>
        <translation>工作人员</translation>
    </message>
    <message>
        <source>Works directly with clients (counts for the 20-hour training rule)</source>
        <translation>直接服务康复对象（适用每年 20 学时培训要求）</translation>
    </message>
    <message>
        <source>Does needs assessments (assessor)</source>
        <translation>承担需求评估（评估员）</translation>
    </message>
    <message>
        <source>empty while employed</source>
        <translation>在职时留空</translation>
    </message>
    <message>
        <source>Staff number</source>
        <translation>工号</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>姓名</translation>
    </message>
    <message>
        <source>Gender</source>
        <translation>性别</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>电话</translation>
    </message>
    <message>
        <source>Profession</source>
        <translation>专业类别</translation>
    </message>
    <message>
        <source>Qualification</source>
        <translation>资格</translation>
    </message>
    <message>
        <source>Certificate number</source>
        <translation>证书编号</translation>
    </message>
    <message>
        <source>Relevant degree</source>
        <translation>相关专业学历</translation>
    </message>
    <message>
        <source>Employment</source>
        <translation>用工形式</translation>
    </message>
    <message>
        <source>Start date</source>
        <translation>开始日期</translation>
    </message>
    <message>
        <source>End date</source>
        <translation>结束日期</translation>
    </message>
</context>
<context>
    <name>StaffTab</name>
    <message>
        <source>Staff number</source>
        <translation>工号</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>姓名</translation>
    </message>
    <message>
        <source>Profession</source>
        <translation>专业类别</translation>
    </message>
    <message>
        <source>Role in services</source>
        <translation>服务职责</translation>
    </message>
    <message>
        <source>State</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>New staff member…</source>
        <translation>新增工作人员…</translation>
    </message>
    <message>
        <source>Edit…</source>
        <translation>编辑…</translation>
    </message>
    <message>
        <source>direct service</source>
        <translation>直接服务</translation>
    </message>
    <message>
        <source>assessor</source>
        <translation>评估员</translation>
    </message>
    <message>
        <source>Employed</source>
        <translation>在职</translation>
    </message>
    <message>
        <source>Left</source>
        <translation>已离职</translation>
    </message>
</context>
<context>
    <name>StaffTrainingPage</name>
    <message>
        <source>Import roster…</source>
        <translation>导入培训名单…</translation>
    </message>
    <message>
        <source>Print summary…</source>
        <translation>打印汇总…</translation>
    </message>
    <message>
        <source>Export to Excel…</source>
        <translation>导出到 Excel…</translation>
    </message>
    <message>
        <source>Year</source>
        <translation>年份</translation>
    </message>
    <message>
        <source>Staff number</source>
        <translation>工号</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>姓名</translation>
    </message>
    <message>
        <source>Profession</source>
        <translation>岗位</translation>
    </message>
    <message>
        <source>Required</source>
        <translation>应完成</translation>
    </message>
    <message>
        <source>Counted</source>
        <translation>已完成（计入）</translation>
    </message>
    <message>
        <source>Not counted</source>
        <translation>不计入</translation>
    </message>
    <message>
        <source>Still needed</source>
        <translation>尚差</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Assessor</source>
        <translation>评估员</translation>
    </message>
    <message>
        <source>New staff member…</source>
        <translation>新增工作人员…</translation>
    </message>
    <message>
        <source>Print record…</source>
        <translation>打印培训记录…</translation>
    </message>
    <message>
        <source>Worker leaves…</source>
        <translation>工作人员离职…</translation>
    </message>
    <message>
        <source>Workers</source>
        <translation>工作人员</translation>
    </message>
    <message>
        <source>Dates</source>
        <translation>日期</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>名称</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>类型</translation>
    </message>
    <message>
        <source>Provider</source>
        <translation>主办单位</translation>
    </message>
    <message>
        <source>Hours</source>
        <translation>学时</translation>
    </message>
    <message>
        <source>Counts</source>
        <translation>计入</translation>
    </message>
    <message>
        <source>Certificate</source>
        <translation>证书编号</translation>
    </message>
    <message>
        <source>Record training…</source>
        <translation>登记培训…</translation>
    </message>
    <message>
        <source>Edit course…</source>
        <translation>修改培训…</translation>
    </message>
    <message>
        <source>Delete course…</source>
        <translation>删除培训…</translation>
    </message>
    <message>
        <source>Attach certificate…</source>
        <translation>添加证书…</translation>
    </message>
    <message>
        <source>Open certificate</source>
        <translation>打开证书</translation>
    </message>
    <message>
        <source>Courses</source>
        <translation>培训</translation>
    </message>
    <message>
        <source>Workers employed in {year} (direct-service workers need {hours} a year)</source>
        <translation>{year} 年在岗工作人员（直接服务人员每年需完成 {hours}）</translation>
    </message>
    <message>
        <source>Your account is not linked to a staff member, so there is no training record to show.</source>
        <translation>您的账户没有关联到工作人员登记，所以没有培训记录可显示。</translation>
    </message>
    <message>
        <source>Direct-service workers with their hours: {done} / {total}</source>
        <translation>直接服务人员学时达标：{done} / {total}</translation>
    </message>
    <message>
        <source>Assessors with assessor training: {done} / {total}</source>
        <translation>评估员已受需求评估能力培训：{done} / {total}</translation>
    </message>
    <message>
        <source>Staff with a relevant degree: {percent} % (target {target} %)</source>
        <translation>相关专业学历人员占比：{percent}%（目标 {target}%）</translation>
    </message>
    <message numerus="yes">
        <source>Fourth quarter: %n direct-service worker(s) have not done their training hours for this year yet: {names}</source>
        <translation>
            <numerusform>已到第四季度：%n 名直接服务人员尚未完成本年度培训学时：{names}</numerusform>
        </translation>
    </message>
    <message>
        <source>Fourth quarter: you still need {hours} of training this year.</source>
        <translation>已到第四季度：您本年度还需完成 {hours} 培训。</translation>
    </message>
    <message>
        <source>{hours} (prorated)</source>
        <translation>{hours}（折算）</translation>
    </message>
    <message>
        <source>Not applicable</source>
        <translation>不适用</translation>
    </message>
    <message>
        <source>Compliant</source>
        <translation>达标</translation>
    </message>
    <message>
        <source>Behind</source>
        <translation>未达标</translation>
    </message>
    <message>
        <source>No assessor training</source>
        <translation>无评估能力培训</translation>
    </message>
    <message>
        <source>Trained</source>
        <translation>已培训</translation>
    </message>
    <message>
        <source>{hours} h × {days} days employed / {year_days} days in the year, rounded up to {step} h</source>
        <translation>{hours} 学时 × 在岗 {days} 天 ÷ 全年 {year_days} 天，向上取整到 {step} 学时</translation>
    </message>
    <message>
        <source>Recorded, but not counted toward the yearly hours (safety training by default)</source>
        <translation>已登记，但不计入年度学时（安全应急培训默认不计入）</translation>
    </message>
    <message>
        <source>Courses of {name} in {year}</source>
        <translation>{name} {year} 年的培训</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>是</translation>
    </message>
    <message>
        <source>No</source>
        <translation>否</translation>
    </message>
    <message>
        <source>Only an admin registers staff members. Ask an admin to add them.</source>
        <translation>只有管理员可以登记工作人员，请联系管理员添加。</translation>
    </message>
    <message>
        <source>No staff member is registered yet: add one with “New staff member…”.</source>
        <translation>还没有登记工作人员，请先用“新增工作人员…”添加。</translation>
    </message>
    <message>
        <source>Select a worker in the list first.</source>
        <translation>请先在列表中选择一名工作人员。</translation>
    </message>
    <message>
        <source>Select a course in the list first.</source>
        <translation>请先在列表中选择一门培训课程。</translation>
    </message>
    <message>
        <source>Delete course</source>
        <translation>删除培训</translation>
    </message>
    <message>
        <source>Delete “{title}” ({dates}) for every attendee? It no longer counts toward anyone&apos;s hours; the audit log keeps a trace.</source>
        <translation>要为所有参训人员删除“{title}”（{dates}）吗？删除后不再计入任何人的学时；审计日志会保留记录。</translation>
    </message>
    <message>
        <source>Training record {number}, {year}</source>
        <translation>培训记录 {number}，{year} 年</translation>
    </message>
    <message>
        <source>Training summary {year}</source>
        <translation>{year} 年培训汇总</translation>
    </message>
    <message>
        <source>Export the training summary</source>
        <translation>导出培训汇总</translation>
    </message>
    <message>
        <source>Excel workbook (*.xlsx)</source>
        <translation>Excel 工作簿 (*.xlsx)</translation>
    </message>
    <message>
        <source>Saved to {path}</source>
        <translation>已保存到 {path}</translation>
    </message>
    <message numerus="yes">
        <source>Leaving recorded; %n account(s) disabled.</source>
        <translation>
            <numerusform>已登记离职；停用了 %n 个账户。</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>StationForm</name>
    <message>
        <source>as given by the county, e.g. CY0301</source>
        <translation>按县级民政部门分配填写，例如 CY0301</translation>
    </message>
    <message>
        <source>Urban / comprehensive</source>
        <translation>城市 / 综合</translation>
    </message>
    <message>
        <source>Urban / day care</source>
        <translation>城市 / 日间照料</translation>
    </message>
    <message>
        <source>Urban / home support</source>
        <translation>城市 / 居家支持</translation>
    </message>
    <message>
        <source>Rural / comprehensive</source>
        <translation>乡村 / 综合</translation>
    </message>
    <message>
        <source>Rural / day care</source>
        <translation>乡村 / 日间照料</translation>
    </message>
    <message>
        <source>Rural / home support</source>
        <translation>乡村 / 居家支持</translation>
    </message>
    <message>
        <source>Run as a government-purchased service</source>
        <translation>政府购买服务项目</translation>
    </message>
    <message>
        <source>Station name</source>
        <translation>站点名称</translation>
    </message>
    <message>
        <source>Station code</source>
        <translation>站点编码</translation>
    </message>
    <message>
        <source>County division code</source>
        <translation>县级行政区划代码</translation>
    </message>
    <message>
        <source>Station type</source>
        <translation>站点类型</translation>
    </message>
    <message>
        <source>Operator</source>
        <translation>运营主体</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>地址</translation>
    </message>
    <message>
        <source>Contact phone</source>
        <translation>联系电话</translation>
    </message>
    <message>
        <source>Head of station</source>
        <translation>站点负责人</translation>
    </message>
</context>
<context>
    <name>StationPage</name>
    <message>
        <source>Your station</source>
        <translation>站点信息</translation>
    </message>
    <message>
        <source>These details head every printed document. Only the station code cannot change later.</source>
        <translation>这些信息会印在每份打印文书的页眉上。以后只有站点编码不能修改。</translation>
    </message>
    <message>
        <source>Restore a station from a backup instead…</source>
        <translation>改为从备份还原站点…</translation>
    </message>
</context>
<context>
    <name>StationTab</name>
    <message>
        <source>Save (Ctrl+S)</source>
        <translation>保存 (Ctrl+S)</translation>
    </message>
    <message>
        <source>Saved.</source>
        <translation>已保存。</translation>
    </message>
</context>
<context>
    <name>StationsPage</name>
    <message>
        <source>Stations</source>
        <translation>站点</translation>
    </message>
    <message>
        <source>Station</source>
        <translation>站点</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>编码</translation>
    </message>
    <message>
        <source>Division</source>
        <translation>行政区划</translation>
    </message>
    <message>
        <source>Urban/rural</source>
        <translation>城乡</translation>
    </message>
    <message>
        <source>Computers</source>
        <translation>电脑</translation>
    </message>
    <message>
        <source>Last bundle received</source>
        <translation>最近收到数据包</translation>
    </message>
    <message>
        <source>Days since</source>
        <translation>距今天数</translation>
    </message>
    <message>
        <source>This quarter</source>
        <translation>本季度</translation>
    </message>
    <message>
        <source>Register a station&apos;s request…</source>
        <translation>登记站点申请……</translation>
    </message>
    <message>
        <source>Approve a pending computer…</source>
        <translation>批准待审电脑……</translation>
    </message>
    <message>
        <source>Revoke a computer…</source>
        <translation>吊销电脑……</translation>
    </message>
    <message>
        <source>Write the enrolment file for stations…</source>
        <translation>导出站点登记文件……</translation>
    </message>
    <message>
        <source>Only the county&apos;s admin approves or revokes computers.</source>
        <translation>只有本县管理员可以批准或吊销电脑。</translation>
    </message>
    <message>
        <source>Bundles covering last quarter are due by {deadline}. A station is overdue when nothing has arrived since {start} and the deadline has passed.</source>
        <translation>上季度的数据包应于 {deadline} 前送达。过了期限且自 {start} 起未收到任何数据包的站点即为逾期。</translation>
    </message>
    <message>
        <source>never</source>
        <translation>从未收到</translation>
    </message>
    <message>
        <source>overdue</source>
        <translation>逾期</translation>
    </message>
    <message>
        <source>in time</source>
        <translation>按时</translation>
    </message>
    <message>
        <source>Nothing received since {start}, and the deadline {deadline} for last quarter&apos;s bundles has passed. Remind the station to send its bundle.</source>
        <translation>自 {start} 起未收到数据包，上季度数据包的期限 {deadline} 已过。请提醒站点报送。</translation>
    </message>
    <message>
        <source>A station&apos;s registration request</source>
        <translation>站点登记申请</translation>
    </message>
    <message>
        <source>Registration requests (*.rdreq)</source>
        <translation>登记申请 (*.rdreq)</translation>
    </message>
    <message>
        <source>Registered and kept pending: the county&apos;s admin approves it once the station has read out its digits by phone.</source>
        <translation>已登记，暂不批准：站点在电话中读出数字后，由本县管理员批准。</translation>
    </message>
    <message>
        <source>Which computer?</source>
        <translation>哪台电脑？</translation>
    </message>
    <message>
        <source>Computer</source>
        <translation>电脑</translation>
    </message>
    <message>
        <source>Select a station with a computer awaiting approval.</source>
        <translation>请选择有待批准电脑的站点。</translation>
    </message>
    <message>
        <source>Select a station with a computer that is not revoked.</source>
        <translation>请选择有未吊销电脑的站点。</translation>
    </message>
    <message>
        <source>The enrolment file for stations</source>
        <translation>站点登记文件</translation>
    </message>
    <message>
        <source>Enrolment files (*.rdenrol)</source>
        <translation>登记文件 (*.rdenrol)</translation>
    </message>
    <message>
        <source>Enrolment file written: {path}. Hand it to stations only, like a key. The station compares these digits by phone: {digits}</source>
        <translation>登记文件已写入：{path}。它像钥匙一样只交给站点。站点在电话中核对这些数字：{digits}</translation>
    </message>
</context>
<context>
    <name>SummaryPage</name>
    <message>
        <source>Quarter</source>
        <translation>季度</translation>
    </message>
    <message>
        <source>Half-year</source>
        <translation>半年</translation>
    </message>
    <message>
        <source>Year</source>
        <translation>全年</translation>
    </message>
    <message>
        <source>Period</source>
        <translation>期间</translation>
    </message>
    <message>
        <source>Division</source>
        <translation>行政区划</translation>
    </message>
    <message>
        <source>yuan, e.g. 125000.00</source>
        <translation>单位：元，例如 125000.00</translation>
    </message>
    <message>
        <source>a whole number</source>
        <translation>整数</translation>
    </message>
    <message>
        <source>Save the figures</source>
        <translation>保存数字</translation>
    </message>
    <message>
        <source>Preview the table</source>
        <translation>预览汇总表</translation>
    </message>
    <message>
        <source>Export XLSX…</source>
        <translation>导出 XLSX……</translation>
    </message>
    <message>
        <source>Export PDF…</source>
        <translation>导出 PDF……</translation>
    </message>
    <message>
        <source>Summary table for the province</source>
        <translation>推进情况汇总表</translation>
    </message>
    <message>
        <source>Q1</source>
        <translation>第一季度</translation>
    </message>
    <message>
        <source>Q2</source>
        <translation>第二季度</translation>
    </message>
    <message>
        <source>Q3</source>
        <translation>第三季度</translation>
    </message>
    <message>
        <source>Q4</source>
        <translation>第四季度</translation>
    </message>
    <message>
        <source>first half</source>
        <translation>上半年</translation>
    </message>
    <message>
        <source>second half</source>
        <translation>下半年</translation>
    </message>
    <message>
        <source>Saved for {division}, {period}.</source>
        <translation>已保存：{division}，{period}。</translation>
    </message>
    <message>
        <source>Excel workbook (*.xlsx)</source>
        <translation>Excel 工作簿 (*.xlsx)</translation>
    </message>
    <message>
        <source>PDF (*.pdf)</source>
        <translation>PDF 文件 (*.pdf)</translation>
    </message>
    <message>
        <source>Export the summary table</source>
        <translation>导出汇总表</translation>
    </message>
    <message>
        <source>Written: {path}</source>
        <translation>已写入：{path}</translation>
    </message>
</context>
<context>
    <name>SyncPage</name>
    <message>
        <source>Import enrolment file…</source>
        <translation>导入登记文件…</translation>
    </message>
    <message>
        <source>Write registration request…</source>
        <translation>生成注册申请…</translation>
    </message>
    <message>
        <source>Export to USB…</source>
        <translation>导出到 U 盘…</translation>
    </message>
    <message>
        <source>Import acknowledgement…</source>
        <translation>导入回执…</translation>
    </message>
    <message>
        <source>Send now</source>
        <translation>立即发送</translation>
    </message>
    <message>
        <source>County</source>
        <translation>县（区）</translation>
    </message>
    <message>
        <source>Number</source>
        <translation>序号</translation>
    </message>
    <message>
        <source>File</source>
        <translation>文件</translation>
    </message>
    <message>
        <source>Written</source>
        <translation>写入时间</translation>
    </message>
    <message>
        <source>Records</source>
        <translation>记录数</translation>
    </message>
    <message>
        <source>State</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Accepted</source>
        <translation>已接收</translation>
    </message>
    <message>
        <source>Rejected</source>
        <translation>退回</translation>
    </message>
    <message>
        <source>Record</source>
        <translation>记录</translation>
    </message>
    <message>
        <source>Id</source>
        <translation>编号</translation>
    </message>
    <message>
        <source>County&apos;s reason</source>
        <translation>县（区）退回原因</translation>
    </message>
    <message>
        <source>Client</source>
        <translation>康复对象</translation>
    </message>
    <message>
        <source>Double-click a client&apos;s record to open the case file and correct it.</source>
        <translation>双击康复对象的记录，打开其个案档案进行更正。</translation>
    </message>
    <message>
        <source>Bundles</source>
        <translation>上报包</translation>
    </message>
    <message>
        <source>Rejected by the county</source>
        <translation>被县（区）退回的记录</translation>
    </message>
    <message>
        <source>The county&apos;s enrolment file names no server: bundles go to the county on a USB stick.</source>
        <translation>县（区）的登记文件中没有服务器地址：上报包需用 U 盘送交县（区）。</translation>
    </message>
    <message>
        <source>Send what the county has not acknowledged to {server}</source>
        <translation>将县（区）尚未确认的上报包发送到 {server}</translation>
    </message>
    <message>
        <source>Sending to the county server…</source>
        <translation>正在发送到县（区）服务器…</translation>
    </message>
    <message>
        <source>Last acknowledged by the county: {time}</source>
        <translation>县（区）最近一次确认：{time}</translation>
    </message>
    <message>
        <source>Not enrolled with a county yet. An admin imports the county&apos;s enrolment file.</source>
        <translation>尚未在县（区）登记。请管理员导入县（区）下发的登记文件。</translation>
    </message>
    <message>
        <source>Not enrolled with a county yet.</source>
        <translation>尚未在区县登记。</translation>
    </message>
    <message>
        <source>{county} ({division})
County key fingerprint: {fingerprint}
This computer: device {device}</source>
        <translation>{county}（{division}）
县（区）密钥指纹：{fingerprint}
本机：设备 {device}</translation>
    </message>
    <message>
        <source>No secure system keyring is available on this computer: the device key is kept inside the encrypted station database.</source>
        <translation>本机没有可用的安全系统密钥环：设备密钥保存在加密的站点数据库中。</translation>
    </message>
    <message>
        <source>The device key is kept in the system keyring.</source>
        <translation>设备密钥保存在系统密钥环中。</translation>
    </message>
    <message>
        <source>Sent, not yet acknowledged</source>
        <translation>已发送，尚未收到回执</translation>
    </message>
    <message>
        <source>Acknowledged</source>
        <translation>已确认</translation>
    </message>
    <message>
        <source>The rejected records are listed below, with the county&apos;s reason.</source>
        <translation>被退回的记录及县（区）给出的原因列在下方。</translation>
    </message>
    <message>
        <source>Acknowledged together with a later bundle.</source>
        <translation>随后一个上报包的回执一并确认。</translation>
    </message>
    <message>
        <source>Nothing waiting: the county has acknowledged every change.</source>
        <translation>没有待上报的内容：县（区）已确认全部变更。</translation>
    </message>
    <message>
        <source>{kind} {count}</source>
        <translation>{kind} {count}</translation>
    </message>
    <message>
        <source>Changed since the county&apos;s last acknowledgement: {counts}. Oldest change: {oldest}. Records of clients without the consent to provide data to others stay at the station.</source>
        <translation>自县（区）上次确认以来有变更：{counts}。最早的变更：{oldest}。未签署“向他人提供信息”单独同意的康复对象，其记录留在本站，不会上报。</translation>
    </message>
    <message>
        <source>, </source>
        <translation>、</translation>
    </message>
    <message>
        <source>{name} ({case_number})</source>
        <translation>{name}（{case_number}）</translation>
    </message>
    <message>
        <source>(station record)</source>
        <translation>（站点记录）</translation>
    </message>
    <message>
        <source>County enrolment file</source>
        <translation>县（区）登记文件</translation>
    </message>
    <message>
        <source>{county} ({division})
Read these digits to the county by phone and have them confirmed:
{fingerprint}
Then type them here to trust this county key:</source>
        <translation>{county}（{division}）
请通过电话向县（区）念出以下数字并请对方确认：
{fingerprint}
确认后在此输入这些数字，以信任该县（区）密钥：</translation>
    </message>
    <message>
        <source>Confirm the county key</source>
        <translation>确认县（区）密钥</translation>
    </message>
    <message>
        <source>Enrolled with the county.</source>
        <translation>已在县（区）登记。</translation>
    </message>
    <message>
        <source>Registration request</source>
        <translation>注册申请</translation>
    </message>
    <message>
        <source>Written: {path}</source>
        <translation>已写入：{path}</translation>
    </message>
    <message>
        <source>Writing the bundle for the county…</source>
        <translation>正在为县（区）生成上报包…</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <source>Export to a USB stick</source>
        <translation>导出到 U 盘</translation>
    </message>
    <message>
        <source>Copying the bundle to the stick and checking the copy…</source>
        <translation>正在将上报包复制到 U 盘并校验副本…</translation>
    </message>
    <message>
        <source>Export cancelled: nothing was written and no bundle number was used.</source>
        <translation>导出已取消：没有写入任何文件，也没有占用上报包序号。</translation>
    </message>
    <message>
        <source>Bundle written and verified: {path}</source>
        <translation>上报包已写入并校验：{path}</translation>
    </message>
    <message>
        <source>Acknowledgement from the county</source>
        <translation>县（区）回执</translation>
    </message>
    <message>
        <source>Acknowledgement imported: {committed} committed, {already} already held, {rejected} rejected.</source>
        <translation>回执已导入：新接收 {committed} 条，已有 {already} 条，退回 {rejected} 条。</translation>
    </message>
</context>
<context>
    <name>TemplatesTab</name>
    <message>
        <source>Consent form</source>
        <translation>知情同意书</translation>
    </message>
    <message>
        <source>Service agreement</source>
        <translation>服务协议</translation>
    </message>
    <message>
        <source>Fee schedule</source>
        <translation>收费项目</translation>
    </message>
    <message>
        <source>Document</source>
        <translation>文书</translation>
    </message>
    <message>
        <source>Restore this text into the editor</source>
        <translation>把这一版文字放回编辑框</translation>
    </message>
    <message>
        <source>Back to the editor</source>
        <translation>回到编辑框</translation>
    </message>
    <message>
        <source>Save as new version</source>
        <translation>保存为新版本</translation>
    </message>
    <message>
        <source>Versions</source>
        <translation>版本</translation>
    </message>
    <message>
        <source>Saving makes a new version; forms already printed keep the version they were printed with.
• A line starting with “# ” (hash and space) is a heading.
• Leave a blank line between paragraphs. A single line break prints as a line break.
• {name} prints a value from the list below. To print a brace itself, type it twice: {{ or }}.
• A line holding only [[name]] inserts a table or the signature area.
The title, page header and page numbers are printed by the program.
Double-click an entry to insert it at the cursor.</source>
        <translation>每次保存都会生成一个新版本；已经打印的文书仍按打印时的版本记录。
• 以“# ”（井号加空格）开头的一行是标题。
• 段落之间空一行。段内换行照原样打印。
• {name} 会替换为下方列表中的内容。要打印花括号本身，请连写两个：{{ 或 }}。
• 单独一行的 [[name]] 会插入表格或签字区。
标题、页眉和页码由程序自动打印。
双击列表中的条目，可把它插入到光标处。</translation>
    </message>
    <message>
        <source>How to write a template</source>
        <translation>怎样编写模板</translation>
    </message>
    <message>
        <source>Version {version}: built-in, not yet used</source>
        <translation>第 {version} 版：内置文本，尚未使用</translation>
    </message>
    <message>
        <source>Version {version}: saved {saved}</source>
        <translation>第 {version} 版：保存于 {saved}</translation>
    </message>
    <message>
        <source>{version} (current)</source>
        <translation>{version}（当前）</translation>
    </message>
    <message>
        <source>Unsaved changes</source>
        <translation>有未保存的修改</translation>
    </message>
    <message>
        <source>The text you edited has not been saved. Save it as a new version first?</source>
        <translation>编辑的文字还没有保存。要先保存为新版本吗？</translation>
    </message>
    <message>
        <source>An old version is shown: choose the current version to edit and save.</source>
        <translation>当前显示的是旧版本，请选择当前版本后再编辑和保存。</translation>
    </message>
    <message>
        <source>You are looking at version {version}, which is no longer in use. It cannot be changed: restore it into the editor and save it to use this text again.</source>
        <translation>您正在查看第 {version} 版，这一版已不再使用，不能修改。如需再次使用这段文字，请把它放回编辑框并保存。</translation>
    </message>
    <message>
        <source>The text of version {version} is in the editor. Save it to make it current.</source>
        <translation>第 {version} 版的文字已放回编辑框。保存后即成为当前版本。</translation>
    </message>
    <message>
        <source>{document} saved as version {version}.</source>
        <translation>{document}已保存为第 {version} 版。</translation>
    </message>
</context>
<context>
    <name>TodayPage</name>
    <message>
        <source>Time</source>
        <translation>时间</translation>
    </message>
    <message>
        <source>Form</source>
        <translation>服务形式</translation>
    </message>
    <message>
        <source>Clients</source>
        <translation>服务对象</translation>
    </message>
    <message>
        <source>Given by</source>
        <translation>服务人员</translation>
    </message>
    <message>
        <source>What was done</source>
        <translation>服务内容</translation>
    </message>
    <message>
        <source>Change…</source>
        <translation>修改…</translation>
    </message>
    <message>
        <source>Delete…</source>
        <translation>删除…</translation>
    </message>
    <message>
        <source>Export a period to Excel…</source>
        <translation>导出一段时间的记录到 Excel…</translation>
    </message>
    <message>
        <source>What</source>
        <translation>事项</translation>
    </message>
    <message>
        <source>Client or subject</source>
        <translation>服务对象/事由</translation>
    </message>
    <message>
        <source>Case number</source>
        <translation>档案号</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>日期</translation>
    </message>
    <message>
        <source>Record a service</source>
        <translation>记录服务</translation>
    </message>
    <message>
        <source>Day programme attendance</source>
        <translation>日间考勤</translation>
    </message>
    <message>
        <source>Today, {day}</source>
        <translation>今日 {day}</translation>
    </message>
    <message>
        <source>{name} (absent)</source>
        <translation>{name}（缺席）</translation>
    </message>
    <message>
        <source>Today&apos;s services ({count})</source>
        <translation>今日服务（{count}）</translation>
    </message>
    <message>
        <source>No service is recorded for this day yet.</source>
        <translation>这一天还没有服务记录。</translation>
    </message>
    <message>
        <source>Delete service record</source>
        <translation>删除服务记录</translation>
    </message>
    <message>
        <source>Due ({count}, overdue {overdue})</source>
        <translation>待办（{count}，逾期 {overdue}）</translation>
    </message>
</context>
<context>
    <name>TrainingDialog</name>
    <message>
        <source>Training course</source>
        <translation>培训</translation>
    </message>
    <message>
        <source>Record training</source>
        <translation>登记培训</translation>
    </message>
    <message>
        <source>e.g. district civil affairs bureau</source>
        <translation>例如：区民政局</translation>
    </message>
    <message>
        <source>e.g. 2.5</source>
        <translation>例如：2.5</translation>
    </message>
    <message>
        <source>Counts toward the yearly training hours</source>
        <translation>计入年度培训学时</translation>
    </message>
    <message>
        <source>Safety and emergency training is kept but does not count by default.</source>
        <translation>安全应急培训会登记，但默认不计入学时。</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>名称</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>类型</translation>
    </message>
    <message>
        <source>Provider</source>
        <translation>主办单位</translation>
    </message>
    <message>
        <source>From</source>
        <translation>开始日期</translation>
    </message>
    <message>
        <source>To</source>
        <translation>结束日期</translation>
    </message>
    <message>
        <source>Hours</source>
        <translation>学时</translation>
    </message>
    <message>
        <source>Attendees</source>
        <translation>参训人员</translation>
    </message>
    <message>
        <source>Filter by name or staff number</source>
        <translation>按姓名或工号筛选</translation>
    </message>
    <message>
        <source>Attended</source>
        <translation>参加</translation>
    </message>
    <message>
        <source>Certificate number (optional)</source>
        <translation>证书编号（可不填）</translation>
    </message>
    <message numerus="yes">
        <source>%n attendee(s) ticked</source>
        <translation>
            <numerusform>已勾选 %n 人</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>TrainingImportDialog</name>
    <message>
        <source>Import a training roster</source>
        <translation>导入培训名单</translation>
    </message>
    <message>
        <source>Choose an .xlsx or .csv file with one attendee per row</source>
        <translation>请选择每行一名参训人员的 .xlsx 或 .csv 文件</translation>
    </message>
    <message>
        <source>Columns: staff number or name, start date, end date, hours, course title and training type; optionally provider, certificate number and whether the hours count. Rows with the same course become one course with several attendees.</source>
        <translation>列：工号或姓名、开始日期、结束日期、学时、培训名称、培训类型；可选：主办单位、证书编号、是否计入。同一培训的多行会合并为一次培训、多名参训人员。</translation>
    </message>
    <message>
        <source>Choose a file to check it; nothing is written before you import.</source>
        <translation>选择文件后先检查；点“导入”之前不会写入任何数据。</translation>
    </message>
    <message>
        <source>Choose the training roster</source>
        <translation>选择培训名单</translation>
    </message>
    <message>
        <source>Some rows have problems: fix them in the file and choose it again.</source>
        <translation>有的行存在问题，请在文件中改正后重新选择。</translation>
    </message>
    <message>
        <source>Rows read: {rows}. Courses: {courses}. Attendances: {attendances}.</source>
        <translation>读取 {rows} 行，共 {courses} 次培训、{attendances} 人次。</translation>
    </message>
    <message numerus="yes">
        <source>%n row(s) have problems. Fix them in the file and choose it again; nothing is imported until every row is right.</source>
        <translation>
            <numerusform>有 %n 行存在问题。请在文件中改正后重新选择；所有行都正确之前不会导入任何数据。</numerusform>
        </translation>
    </message>
    <message>
        <source>Every row is right. Import adds all of them at once.</source>
        <translation>所有行都正确。点“导入”会一次全部导入。</translation>
    </message>
    <message>
        <source>There are no attendee rows in this file.</source>
        <translation>这个文件里没有参训人员行。</translation>
    </message>
    <message numerus="yes">
        <source>%n course(s) imported.</source>
        <translation>
            <numerusform>已导入 %n 次培训。</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>TransitionDialog</name>
    <message>
        <source>Change status</source>
        <translation>变更状态</translation>
    </message>
    <message>
        <source>e.g. intake assessment, hospital notice</source>
        <translation>例如：入组评估、医院通知</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>结案去向</translation>
    </message>
    <message>
        <source>Current status</source>
        <translation>当前状态</translation>
    </message>
    <message>
        <source>New status</source>
        <translation>新状态</translation>
    </message>
    <message>
        <source>On</source>
        <translation>日期</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>原因</translation>
    </message>
    <message>
        <source>Based on</source>
        <translation>依据</translation>
    </message>
    <message>
        <source>No further step is possible from this status.</source>
        <translation>当前状态下没有可进行的下一步。</translation>
    </message>
</context>
<context>
    <name>UnlockWidget</name>
    <message>
        <source>RehabDesk · Community Rehabilitation Workbench</source>
        <translation>精康工作台 · 精神障碍社区康复服务</translation>
    </message>
    <message>
        <source>Station: {station}</source>
        <translation>站点：{station}</translation>
    </message>
    <message>
        <source>The screen is locked. Enter your password to continue where you left off.</source>
        <translation>屏幕已锁定。输入密码后回到您离开时的位置继续工作。</translation>
    </message>
    <message>
        <source>Sign in with your own account. The station&apos;s records are encrypted.</source>
        <translation>请使用您本人的账户登录。本站点的记录均已加密。</translation>
    </message>
    <message>
        <source>Unlock</source>
        <translation>解锁</translation>
    </message>
    <message>
        <source>Sign in</source>
        <translation>登录</translation>
    </message>
    <message>
        <source>Account</source>
        <translation>账户</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>密码</translation>
    </message>
    <message>
        <source>Sign out</source>
        <translation>注销</translation>
    </message>
    <message>
        <source>Use recovery code…</source>
        <translation>使用恢复码…</translation>
    </message>
    <message>
        <source>Restore from backup…</source>
        <translation>从备份还原…</translation>
    </message>
    <message>
        <source>Demo station: account {login}, password {password}</source>
        <translation>演示站点：账户 {login}，密码 {password}</translation>
    </message>
    <message>
        <source>Recovery code</source>
        <translation>恢复码</translation>
    </message>
    <message>
        <source>Type the recovery code from the printed recovery sheet (7 groups of 4):</source>
        <translation>请输入打印的恢复凭证上的恢复码（7 组，每组 4 位）：</translation>
    </message>
</context>
<context>
    <name>UnlockWindow</name>
    <message>
        <source>RehabDesk · Sign in</source>
        <translation>精康工作台 · 登录</translation>
    </message>
</context>
<context>
    <name>app</name>
    <message>
        <source>RehabDesk</source>
        <translation>精康工作台</translation>
    </message>
</context>
<context>
    <name>attached_files</name>
    <message>
        <source>Choose the file to attach</source>
        <translation>选择要添加的文件</translation>
    </message>
    <message>
        <source>Scans and PDF files (*.pdf *.png *.jpg *.jpeg)</source>
        <translation>扫描件和 PDF 文件 (*.pdf *.png *.jpg *.jpeg)</translation>
    </message>
    <message>
        <source>Attach a file</source>
        <translation>添加文件</translation>
    </message>
    <message>
        <source>The file could not be read: {reason}</source>
        <translation>无法读取该文件：{reason}</translation>
    </message>
</context>
<context>
    <name>audit</name>
    <message>
        <source>Login</source>
        <translation>登录</translation>
    </message>
    <message>
        <source>Failed login</source>
        <translation>登录失败</translation>
    </message>
    <message>
        <source>Failed-login records missing</source>
        <translation>登录失败记录缺失</translation>
    </message>
    <message>
        <source>Sign out</source>
        <translation>注销</translation>
    </message>
    <message>
        <source>Unlock</source>
        <translation>解锁</translation>
    </message>
    <message>
        <source>Lock</source>
        <translation>锁定</translation>
    </message>
    <message>
        <source>Opened with recovery code</source>
        <translation>使用恢复码打开</translation>
    </message>
    <message>
        <source>View</source>
        <translation>查看</translation>
    </message>
    <message>
        <source>Create</source>
        <translation>新建</translation>
    </message>
    <message>
        <source>Update</source>
        <translation>修改</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>删除</translation>
    </message>
    <message>
        <source>Print</source>
        <translation>打印</translation>
    </message>
    <message>
        <source>Export</source>
        <translation>导出</translation>
    </message>
    <message>
        <source>Backup</source>
        <translation>备份</translation>
    </message>
    <message>
        <source>Restore</source>
        <translation>还原</translation>
    </message>
    <message>
        <source>Backup checked (restore drill)</source>
        <translation>检验备份（还原演练）</translation>
    </message>
    <message>
        <source>Check</source>
        <translation>检查</translation>
    </message>
    <message>
        <source>Denied</source>
        <translation>被拒绝</translation>
    </message>
    <message>
        <source>Station created</source>
        <translation>创建站点</translation>
    </message>
    <message>
        <source>Station details changed</source>
        <translation>修改站点信息</translation>
    </message>
    <message>
        <source>Settings changed</source>
        <translation>修改设置</translation>
    </message>
    <message>
        <source>Account created</source>
        <translation>新建账户</translation>
    </message>
    <message>
        <source>Account roles changed</source>
        <translation>修改账户角色</translation>
    </message>
    <message>
        <source>Account linked to a staff member</source>
        <translation>账户关联工作人员</translation>
    </message>
    <message>
        <source>Account disabled</source>
        <translation>停用账户</translation>
    </message>
    <message>
        <source>Account unlocked</source>
        <translation>解锁账户</translation>
    </message>
    <message>
        <source>Password changed</source>
        <translation>修改密码</translation>
    </message>
    <message>
        <source>Password reset</source>
        <translation>重置密码</translation>
    </message>
    <message>
        <source>Master key rotated</source>
        <translation>更换主密钥</translation>
    </message>
    <message>
        <source>Recovery code replaced</source>
        <translation>更换恢复码</translation>
    </message>
    <message>
        <source>Masked field shown</source>
        <translation>显示隐藏字段</translation>
    </message>
    <message>
        <source>Consent form recorded signed</source>
        <translation>登记知情同意书已签署</translation>
    </message>
    <message>
        <source>Consent withdrawn</source>
        <translation>撤回同意</translation>
    </message>
    <message>
        <source>Voided</source>
        <translation>作废</translation>
    </message>
    <message>
        <source>Agreement recorded signed</source>
        <translation>登记服务协议已签署</translation>
    </message>
    <message>
        <source>Agreement terminated</source>
        <translation>终止服务协议</translation>
    </message>
    <message>
        <source>Agreement renewed</source>
        <translation>续签服务协议</translation>
    </message>
    <message>
        <source>Scan attached</source>
        <translation>添加扫描件</translation>
    </message>
    <message>
        <source>Scan viewed</source>
        <translation>查看扫描件</translation>
    </message>
    <message>
        <source>Template saved</source>
        <translation>保存模板</translation>
    </message>
    <message>
        <source>Withdrawn from the fee schedule</source>
        <translation>停用收费项目</translation>
    </message>
    <message>
        <source>Published again</source>
        <translation>重新启用收费项目</translation>
    </message>
    <message>
        <source>Staff member left</source>
        <translation>工作人员离职</translation>
    </message>
    <message>
        <source>Plan reviewed</source>
        <translation>预案年度评审</translation>
    </message>
    <message>
        <source>Corrective action done</source>
        <translation>整改措施完成</translation>
    </message>
    <message>
        <source>Corrective action reopened</source>
        <translation>整改措施重新打开</translation>
    </message>
    <message>
        <source>Import</source>
        <translation>导入</translation>
    </message>
    <message>
        <source>Case status changed</source>
        <translation>个案状态变更</translation>
    </message>
    <message>
        <source>New application</source>
        <translation>重新申请</translation>
    </message>
    <message>
        <source>Risk level recorded</source>
        <translation>登记危险性评估</translation>
    </message>
    <message>
        <source>Plan approved</source>
        <translation>审批康复计划</translation>
    </message>
    <message>
        <source>Follow-up recorded</source>
        <translation>登记回访</translation>
    </message>
    <message>
        <source>Waiting list place confirmed</source>
        <translation>确认继续等候</translation>
    </message>
    <message>
        <source>Enrolled with the county</source>
        <translation>已在区县登记</translation>
    </message>
    <message>
        <source>Enrolled with the county again</source>
        <translation>重新在区县登记</translation>
    </message>
    <message>
        <source>Registration request written</source>
        <translation>已生成登记申请</translation>
    </message>
    <message>
        <source>Records exported for the county</source>
        <translation>已导出上报区县的数据</translation>
    </message>
    <message>
        <source>County acknowledgement imported</source>
        <translation>已导入区县回执</translation>
    </message>
    <message>
        <source>Account</source>
        <translation>账户</translation>
    </message>
    <message>
        <source>Station</source>
        <translation>站点</translation>
    </message>
    <message>
        <source>Client</source>
        <translation>康复对象</translation>
    </message>
    <message>
        <source>Staff member</source>
        <translation>工作人员</translation>
    </message>
    <message>
        <source>Consent form</source>
        <translation>知情同意书</translation>
    </message>
    <message>
        <source>Consent</source>
        <translation>知情同意</translation>
    </message>
    <message>
        <source>Service agreement</source>
        <translation>服务协议</translation>
    </message>
    <message>
        <source>Fee item</source>
        <translation>收费项目</translation>
    </message>
    <message>
        <source>Fee schedule</source>
        <translation>收费项目</translation>
    </message>
    <message>
        <source>Document template</source>
        <translation>文书模板</translation>
    </message>
    <message>
        <source>Training</source>
        <translation>培训</translation>
    </message>
    <message>
        <source>Emergency plan</source>
        <translation>应急预案</translation>
    </message>
    <message>
        <source>Drill</source>
        <translation>应急演练</translation>
    </message>
    <message>
        <source>Corrective action</source>
        <translation>整改措施</translation>
    </message>
    <message>
        <source>Assessment</source>
        <translation>评估</translation>
    </message>
    <message>
        <source>Rehabilitation plan</source>
        <translation>康复计划</translation>
    </message>
    <message>
        <source>Referral</source>
        <translation>转介</translation>
    </message>
    <message>
        <source>Service record</source>
        <translation>服务记录</translation>
    </message>
    <message>
        <source>Indicators</source>
        <translation>统计指标</translation>
    </message>
    <message>
        <source>County bundle</source>
        <translation>上报数据包</translation>
    </message>
    <message>
        <source>This computer&apos;s sync key</source>
        <translation>本机上报密钥</translation>
    </message>
    <message>
        <source>Enrolment with the county</source>
        <translation>区县登记</translation>
    </message>
    <message>
        <source>Follow-up</source>
        <translation>随访</translation>
    </message>
    <message>
        <source>Status change</source>
        <translation>状态变更</translation>
    </message>
    <message>
        <source>Erasure</source>
        <translation>删除请求</translation>
    </message>
    <message>
        <source>Roles</source>
        <translation>角色</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>原因</translation>
    </message>
    <message>
        <source>File</source>
        <translation>文件</translation>
    </message>
    <message>
        <source>Changed</source>
        <translation>修改项</translation>
    </message>
    <message>
        <source>Document</source>
        <translation>文书</translation>
    </message>
    <message>
        <source>Permission</source>
        <translation>所需权限</translation>
    </message>
    <message>
        <source>Function</source>
        <translation>功能</translation>
    </message>
    <message>
        <source>Problems</source>
        <translation>问题数</translation>
    </message>
    <message>
        <source>Rows</source>
        <translation>条数</translation>
    </message>
    <message>
        <source>What</source>
        <translation>内容</translation>
    </message>
    <message>
        <source>At</source>
        <translation>时间</translation>
    </message>
    <message>
        <source>Backup made</source>
        <translation>备份时间</translation>
    </message>
    <message>
        <source>Client record</source>
        <translation>康复对象记录</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>种类</translation>
    </message>
    <message>
        <source>Consents given</source>
        <translation>同意的事项</translation>
    </message>
    <message>
        <source>Signed by</source>
        <translation>签署人</translation>
    </message>
    <message>
        <source>Template version</source>
        <translation>模板版本</translation>
    </message>
    <message>
        <source>Blank form</source>
        <translation>空白表</translation>
    </message>
    <message>
        <source>Price (fen)</source>
        <translation>价格（分）</translation>
    </message>
    <message>
        <source>Old price (fen)</source>
        <translation>原价格（分）</translation>
    </message>
    <message>
        <source>Part</source>
        <translation>部分</translation>
    </message>
    <message>
        <source>Fields</source>
        <translation>字段</translation>
    </message>
    <message>
        <source>Attendees</source>
        <translation>参训人数</translation>
    </message>
    <message>
        <source>Own record</source>
        <translation>本人记录</translation>
    </message>
    <message>
        <source>Scenario</source>
        <translation>演练场景</translation>
    </message>
    <message>
        <source>Accounts closed</source>
        <translation>停用账户数</translation>
    </message>
    <message>
        <source>Year</source>
        <translation>年份</translation>
    </message>
    <message>
        <source>Courses</source>
        <translation>培训次数</translation>
    </message>
    <message>
        <source>From</source>
        <translation>原状态</translation>
    </message>
    <message>
        <source>To</source>
        <translation>新状态</translation>
    </message>
    <message>
        <source>Episode</source>
        <translation>服务周期</translation>
    </message>
    <message>
        <source>Version</source>
        <translation>版本</translation>
    </message>
    <message>
        <source>Scale</source>
        <translation>量表</translation>
    </message>
    <message>
        <source>Copy</source>
        <translation>副本</translation>
    </message>
    <message>
        <source>Service form</source>
        <translation>服务形式</translation>
    </message>
    <message>
        <source>Direction</source>
        <translation>转介方向</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>字段</translation>
    </message>
    <message>
        <source>Clients</source>
        <translation>服务对象人数</translation>
    </message>
    <message>
        <source>Bundle number</source>
        <translation>数据包序号</translation>
    </message>
    <message>
        <source>Records</source>
        <translation>记录</translation>
    </message>
    <message>
        <source>Moved into the log</source>
        <translation>已转入日志</translation>
    </message>
    <message>
        <source>Found</source>
        <translation>找到</translation>
    </message>
    <message>
        <source>Format</source>
        <translation>格式</translation>
    </message>
    <message>
        <source>List</source>
        <translation>名单</translation>
    </message>
    <message>
        <source>Period</source>
        <translation>统计期</translation>
    </message>
    <message>
        <source>Size (bytes)</source>
        <translation>大小（字节）</translation>
    </message>
    <message>
        <source>County</source>
        <translation>区县</translation>
    </message>
    <message>
        <source>County key fingerprint</source>
        <translation>区县密钥指纹</translation>
    </message>
    <message>
        <source>Device key kept in</source>
        <translation>本机密钥保存在</translation>
    </message>
    <message>
        <source>System key store</source>
        <translation>系统密钥库</translation>
    </message>
    <message>
        <source>Accepted</source>
        <translation>已接收</translation>
    </message>
    <message>
        <source>Already there</source>
        <translation>已有</translation>
    </message>
    <message>
        <source>Rejected</source>
        <translation>被拒收</translation>
    </message>
    <message>
        <source>Staff number</source>
        <translation>工号</translation>
    </message>
    <message>
        <source>Period from</source>
        <translation>起始日期</translation>
    </message>
    <message>
        <source>Period to</source>
        <translation>截止日期</translation>
    </message>
    <message>
        <source>case file</source>
        <translation>个案档案</translation>
    </message>
    <message>
        <source>the station&apos;s copy</source>
        <translation>站点存档</translation>
    </message>
    <message>
        <source>the client&apos;s own copy</source>
        <translation>本人副本</translation>
    </message>
    <message>
        <source>training summary</source>
        <translation>培训汇总</translation>
    </message>
    <message>
        <source>demo services</source>
        <translation>演示服务记录</translation>
    </message>
    <message>
        <source>demo case files</source>
        <translation>演示个案</translation>
    </message>
    <message>
        <source>idle</source>
        <translation>无操作自动锁定</translation>
    </message>
    <message>
        <source>locked by the user</source>
        <translation>手动锁定</translation>
    </message>
    <message>
        <source>computer going to sleep</source>
        <translation>电脑进入睡眠</translation>
    </message>
    <message>
        <source>screen locked</source>
        <translation>系统锁屏</translation>
    </message>
    <message>
        <source>when the app closed</source>
        <translation>关闭程序时</translation>
    </message>
    <message>
        <source>recovery sheet</source>
        <translation>恢复凭证</translation>
    </message>
    <message>
        <source>audit log</source>
        <translation>审计日志</translation>
    </message>
    <message>
        <source>demo training records</source>
        <translation>演示培训记录</translation>
    </message>
    <message>
        <source>training records</source>
        <translation>培训记录</translation>
    </message>
    <message>
        <source>training record</source>
        <translation>培训记录</translation>
    </message>
    <message>
        <source>indicators</source>
        <translation>统计指标</translation>
    </message>
    <message>
        <source>the system key store</source>
        <translation>系统密钥库</translation>
    </message>
    <message>
        <source>the encrypted station database</source>
        <translation>加密的站点数据库</translation>
    </message>
    <message>
        <source>client list (ID numbers masked)</source>
        <translation>服务对象名单（身份证号码隐去部分）</translation>
    </message>
    <message>
        <source>client list with full ID numbers</source>
        <translation>含完整身份证号码的服务对象名单</translation>
    </message>
    <message>
        <source>service records</source>
        <translation>服务记录</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>是</translation>
    </message>
    <message>
        <source>no</source>
        <translation>否</translation>
    </message>
    <message>
        <source>started by hand</source>
        <translation>手动备份</translation>
    </message>
    <message>
        <source>{label}: {value}</source>
        <translation>{label}：{value}</translation>
    </message>
    <message>
        <source>; </source>
        <translation>；</translation>
    </message>
</context>
<context>
    <name>cases</name>
    <message>
        <source>Job placement</source>
        <translation>推荐就业</translation>
    </message>
    <message>
        <source>Sheltered or public-benefit work</source>
        <translation>公益性/庇护性就业</translation>
    </message>
    <message>
        <source>Other community service</source>
        <translation>转其他社区康复服务</translation>
    </message>
    <message>
        <source>Back to community living</source>
        <translation>返回社区居住</translation>
    </message>
    <message>
        <source>Relapse, to hospital</source>
        <translation>复发转医疗</translation>
    </message>
    <message>
        <source>Moved away</source>
        <translation>迁居转出</translation>
    </message>
    <message>
        <source>Withdrew</source>
        <translation>主动退出</translation>
    </message>
    <message>
        <source>Lost contact</source>
        <translation>失联</translation>
    </message>
    <message>
        <source>Died</source>
        <translation>死亡</translation>
    </message>
    <message>
        <source>Intake</source>
        <translation>初评</translation>
    </message>
    <message>
        <source>Stage review</source>
        <translation>阶段评估</translation>
    </message>
    <message>
        <source>Closing</source>
        <translation>结案评估</translation>
    </message>
    <message>
        <source>Referral</source>
        <translation>转介评估</translation>
    </message>
    <message>
        <source>Draft</source>
        <translation>草稿</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>执行中</translation>
    </message>
    <message>
        <source>Superseded</source>
        <translation>已被替代</translation>
    </message>
    <message>
        <source>Closed</source>
        <translation>已结束</translation>
    </message>
    <message>
        <source>Long-term</source>
        <translation>长期</translation>
    </message>
    <message>
        <source>Short-term</source>
        <translation>短期</translation>
    </message>
    <message>
        <source>Referred in</source>
        <translation>转入</translation>
    </message>
    <message>
        <source>Referred out</source>
        <translation>转出</translation>
    </message>
    <message>
        <source>Hospital (green channel)</source>
        <translation>医院（绿色通道）</translation>
    </message>
    <message>
        <source>Employment</source>
        <translation>就业</translation>
    </message>
    <message>
        <source>Sheltered work</source>
        <translation>庇护性就业</translation>
    </message>
    <message>
        <source>Transfer to another station</source>
        <translation>转至其他站点</translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation>请选择…</translation>
    </message>
    <message>
        <source>A risk level of 3 or more, or an unstable illness status, calls for a green-channel referral to hospital and for suspending the client&apos;s services.</source>
        <translation>危险性评估 3 级及以上，或病情不稳定时，应通过绿色通道转介到医院，并暂停服务。</translation>
    </message>
    <message>
        <source>The case cannot be suspended from its present status.</source>
        <translation>当前状态下不能暂停服务。</translation>
    </message>
    <message>
        <source>Green channel</source>
        <translation>绿色通道</translation>
    </message>
    <message>
        <source>Suspend now…</source>
        <translation>现在暂停服务…</translation>
    </message>
    <message>
        <source>Not now</source>
        <translation>暂不</translation>
    </message>
    <message>
        <source>OK</source>
        <translation>确定</translation>
    </message>
</context>
<context>
    <name>checks</name>
    <message>
        <source>Encrypted page check failed: {where}</source>
        <translation>加密页校验失败：{where}</translation>
    </message>
    <message>
        <source>Database integrity check failed: {where}</source>
        <translation>数据库完整性检查失败：{where}</translation>
    </message>
    <message>
        <source>Broken links between records: {where}</source>
        <translation>记录之间的关联损坏：{where}</translation>
    </message>
    <message>
        <source>Database schema is not the current version: {where}</source>
        <translation>数据库结构不是当前版本：{where}</translation>
    </message>
    <message>
        <source>Audit log: entry {where} is missing (deleted)</source>
        <translation>审计日志：第 {where} 条缺失（被删除）</translation>
    </message>
    <message>
        <source>Audit log: chain broken at entry {where} (reordered or removed)</source>
        <translation>审计日志：链条在第 {where} 条处断开（顺序被调换或有条目被删除）</translation>
    </message>
    <message>
        <source>Audit log: entry {where} was altered</source>
        <translation>审计日志：第 {where} 条被篡改</translation>
    </message>
    <message>
        <source>Audit log: newest entries were cut off ({where})</source>
        <translation>审计日志：最新的条目被截掉（{where}）</translation>
    </message>
    <message>
        <source>Audit log: entry {where} differs from the recorded head</source>
        <translation>审计日志：第 {where} 条与记录的链头不一致</translation>
    </message>
    <message>
        <source>Audit log: the recorded head (audit-head.json) is missing</source>
        <translation>审计日志：链头记录文件（audit-head.json）缺失</translation>
    </message>
    <message>
        <source>Audit log: the recorded head was altered</source>
        <translation>审计日志：链头记录被篡改</translation>
    </message>
    <message>
        <source>Key file is older than the database</source>
        <translation>密钥文件比数据库旧</translation>
    </message>
    <message>
        <source>The county&apos;s key is missing: {where}</source>
        <translation>县级密钥缺失：{where}</translation>
    </message>
    <message>
        <source>The county&apos;s sealed keys cannot be opened with this key file (altered or another county&apos;s)</source>
        <translation>数据库中加密保存的县级密钥无法用本密钥文件打开（已被改动，或属于另一个县）</translation>
    </message>
</context>
<context>
    <name>consent_dialogs</name>
    <message>
        <source>The service consent is the form itself: always given.</source>
        <translation>服务知情同意就是这份同意书本身，始终包含。</translation>
    </message>
</context>
<context>
    <name>console</name>
    <message>
        <source>Name the first admin account with --user.</source>
        <translation>请用 --user 指定第一个管理员账户名。</translation>
    </message>
    <message>
        <source>Password for the new admin account: </source>
        <translation>新管理员账户的密码：</translation>
    </message>
    <message>
        <source>Repeat the password: </source>
        <translation>再次输入密码：</translation>
    </message>
    <message>
        <source>The two passwords are not the same.</source>
        <translation>两次输入的密码不一致。</translation>
    </message>
    <message>
        <source>Station created in {folder}</source>
        <translation>站点已创建于 {folder}</translation>
    </message>
    <message>
        <source>Recovery code (shown only this once; keep the printed sheet locked away):</source>
        <translation>恢复码（仅显示这一次；请将打印的恢复凭证锁好保存）：</translation>
    </message>
    <message>
        <source>Recovery sheet written to {path}</source>
        <translation>恢复凭证已写入 {path}</translation>
    </message>
    <message>
        <source>--clients must be 0 or more, --staff at least 1, --training-years 0 to 30.</source>
        <translation>--clients 须为 0 或以上，--staff 至少为 1，--training-years 为 0 到 30。</translation>
    </message>
    <message>
        <source>--services-per-client must be 0 to 1000.</source>
        <translation>--services-per-client 须为 0 到 1000。</translation>
    </message>
    <message>
        <source>Creating demo station: {percent}%</source>
        <translation>正在创建演示站点：{percent}%</translation>
    </message>
    <message>
        <source>Demo station ready in {folder}</source>
        <translation>演示站点已就绪：{folder}</translation>
    </message>
    <message>
        <source>Log in as {login} with password {password}</source>
        <translation>登录账户 {login}，密码 {password}</translation>
    </message>
    <message>
        <source>Case {case_number} has {count} service records (the largest case file).</source>
        <translation>档案 {case_number} 有 {count} 条服务记录（最大的个案档案）。</translation>
    </message>
    <message>
        <source>Name your account with --user.</source>
        <translation>请用 --user 指定您的账户名。</translation>
    </message>
    <message>
        <source>Password: </source>
        <translation>密码：</translation>
    </message>
    <message>
        <source>Schema version: {revision}</source>
        <translation>数据库结构版本：{revision}</translation>
    </message>
    <message>
        <source>Key file generation: {slot} (database expects {database})</source>
        <translation>密钥文件代数：{slot}（数据库要求 {database}）</translation>
    </message>
    <message>
        <source>Audit entries: {count}</source>
        <translation>审计日志条数：{count}</translation>
    </message>
    <message>
        <source>All checks passed.</source>
        <translation>全部检查通过。</translation>
    </message>
    <message>
        <source>Problems were found.</source>
        <translation>发现问题。</translation>
    </message>
    <message>
        <source>Backup written and verified: {path}</source>
        <translation>备份已写入并通过校验：{path}</translation>
    </message>
    <message>
        <source>Warning: the backup is on the same disk as the data. Copy it to a USB stick too.</source>
        <translation>警告：备份与数据在同一块磁盘上，请再复制一份到 U 盘。</translation>
    </message>
    <message>
        <source>Give --user (an account of the time of the backup) or --recovery-code.</source>
        <translation>请用 --user 指定备份当时的账户，或使用 --recovery-code。</translation>
    </message>
    <message>
        <source>Recovery code: </source>
        <translation>恢复码：</translation>
    </message>
    <message>
        <source>Backup from {created} restored and verified.</source>
        <translation>已还原 {created} 的备份并通过校验。</translation>
    </message>
    <message>
        <source>The database it replaced is kept as {path}</source>
        <translation>被替换的数据库已保留为 {path}</translation>
    </message>
    <message>
        <source>A case file is printed for one client: give --client CASE_NO.</source>
        <translation>个案档案按服务对象打印：请用 --client 指定档案号。</translation>
    </message>
    <message>
        <source>Give --client CASE_NO or --blank.</source>
        <translation>请用 --client 档案编号 指定康复对象，或用 --blank 打印空白表。</translation>
    </message>
    <message>
        <source>Written: {path}</source>
        <translation>已写入：{path}</translation>
    </message>
    <message>
        <source>Give both --from and --to.</source>
        <translation>请同时给出 --from 和 --to。</translation>
    </message>
    <message>
        <source>Write the dates as YYYY-MM-DD.</source>
        <translation>日期请写成 YYYY-MM-DD。</translation>
    </message>
    <message>
        <source>The report is written as .pdf or .xlsx: name the file so.</source>
        <translation>报表只能保存为 .pdf 或 .xlsx 文件，请相应命名。</translation>
    </message>
    <message>
        <source>County: {name} ({division})</source>
        <translation>县（区）：{name}（{division}）</translation>
    </message>
    <message>
        <source>County key fingerprint: {fingerprint}</source>
        <translation>县（区）密钥指纹：{fingerprint}</translation>
    </message>
    <message>
        <source>This replaces the county key trusted until now: {fingerprint}</source>
        <translation>这将替换此前信任的县（区）密钥：{fingerprint}</translation>
    </message>
    <message>
        <source>Type the fingerprint the county read out to you by phone: </source>
        <translation>请输入县（区）电话告知的指纹：</translation>
    </message>
    <message>
        <source>Enrolled. This computer is device {device}.</source>
        <translation>登记完成。本机设备编号为 {device}。</translation>
    </message>
    <message>
        <source>Device key fingerprint: {fingerprint}</source>
        <translation>设备密钥指纹：{fingerprint}</translation>
    </message>
    <message>
        <source>No secure system keyring is available, so the device key is kept inside the encrypted station database.</source>
        <translation>本机没有可用的安全系统密钥环，设备密钥保存在加密的站点数据库中。</translation>
    </message>
    <message>
        <source>Bundle written and verified: {path}</source>
        <translation>上报包已写入并校验：{path}</translation>
    </message>
    <message>
        <source>Not yet acknowledged, copied again: {path}</source>
        <translation>尚未收到回执，已再次复制：{path}</translation>
    </message>
    <message>
        <source>Acknowledgement imported for bundle {sequence}: {committed} committed, {already} already held, {rejected} rejected.</source>
        <translation>已导入第 {sequence} 号上报包的回执：新接收 {committed} 条，已有 {already} 条，退回 {rejected} 条。</translation>
    </message>
    <message>
        <source>Not enrolled with a county.</source>
        <translation>尚未在县（区）登记。</translation>
    </message>
    <message>
        <source>This computer is device {device}.</source>
        <translation>本机设备编号为 {device}。</translation>
    </message>
    <message>
        <source>County server: {server}</source>
        <translation>县（区）服务器：{server}</translation>
    </message>
    <message>
        <source>Bundles sent: {sent}, acknowledged: {acknowledged}, last sequence: {sequence}</source>
        <translation>已发送上报包：{sent} 个，已确认：{acknowledged} 个，最新序号：{sequence}</translation>
    </message>
    <message>
        <source>Sending to the county server…</source>
        <translation>正在发送到县（区）服务器…</translation>
    </message>
    <message>
        <source>Bundle {sequence} had already reached the county.</source>
        <translation>第 {sequence} 号上报包此前已送达县（区）。</translation>
    </message>
    <message>
        <source>Nothing new to send: the county has everything.</source>
        <translation>没有需要发送的新内容：县（区）已收到全部数据。</translation>
    </message>
    <message>
        <source>Nothing waiting: the county has acknowledged every change.</source>
        <translation>没有待上报的内容：县（区）已确认全部变更。</translation>
    </message>
    <message>
        <source>, </source>
        <translation>、</translation>
    </message>
    <message>
        <source>{kind} {count}</source>
        <translation>{kind} {count}</translation>
    </message>
    <message>
        <source>Changed since the county&apos;s last acknowledgement: {counts}.</source>
        <translation>自县（区）上次确认以来有变更：{counts}。</translation>
    </message>
    <message>
        <source>Oldest change: {oldest}.</source>
        <translation>最早的变更：{oldest}。</translation>
    </message>
    <message>
        <source>Records of clients without the consent to provide data to others stay at the station.</source>
        <translation>未签署“向他人提供信息”单独同意的康复对象，其记录留在本站，不会上报。</translation>
    </message>
    <message>
        <source>Last bundles (newest first):</source>
        <translation>最近的上报包（最新的在前）：</translation>
    </message>
    <message>
        <source>sent, not yet acknowledged</source>
        <translation>已发送，尚未确认</translation>
    </message>
    <message>
        <source>acknowledged together with a later bundle</source>
        <translation>已随后一个上报包一并确认</translation>
    </message>
    <message>
        <source>acknowledged: {committed} received, {rejected} rejected</source>
        <translation>已确认：接收 {committed} 条，退回 {rejected} 条</translation>
    </message>
    <message>
        <source>Bundle {sequence}: {file}, {created}, {records} records, {state}</source>
        <translation>第 {sequence} 号上报包：{file}，{created}，{records} 条记录，{state}</translation>
    </message>
    <message>
        <source>Create a throw-away station</source>
        <translation>创建临时站点</translation>
    </message>
    <message>
        <source>Sign in</source>
        <translation>登录</translation>
    </message>
    <message>
        <source>Register a client</source>
        <translation>登记康复对象</translation>
    </message>
    <message>
        <source>Record a service</source>
        <translation>记录服务</translation>
    </message>
    <message>
        <source>Print a consent form and read it back</source>
        <translation>打印知情同意书并读回核对</translation>
    </message>
    <message>
        <source>Back up and check the backup</source>
        <translation>备份并核验备份</translation>
    </message>
    <message>
        <source>Open and paint the main window</source>
        <translation>打开并绘制主窗口</translation>
    </message>
    <message>
        <source>Delete the throw-away station</source>
        <translation>删除临时站点</translation>
    </message>
    <message>
        <source>RehabDesk {version} self-test</source>
        <translation>精康工作台 {version} 自检</translation>
    </message>
    <message>
        <source>{step}: passed ({seconds})</source>
        <translation>{step}：通过（{seconds}）</translation>
    </message>
    <message>
        <source>{step}: FAILED: {reason}</source>
        <translation>{step}：失败：{reason}</translation>
    </message>
    <message>
        <source>Self-test failed.</source>
        <translation>自检未通过。</translation>
    </message>
    <message>
        <source>Self-test passed in {seconds} s.</source>
        <translation>自检通过，用时 {seconds} 秒。</translation>
    </message>
    <message>
        <source>RehabDesk cannot open its window: this computer lacks system libraries that Qt needs to draw on the screen. Install them with this command, then start RehabDesk again:</source>
        <translation>精康工作台无法打开窗口：这台电脑缺少 Qt 显示界面所需的系统库。请用下面的命令安装，然后重新启动精康工作台：</translation>
    </message>
    <message>
        <source>Cancelled.</source>
        <translation>已取消。</translation>
    </message>
    <message>
        <source>A file could not be read or written: {reason}</source>
        <translation>文件无法读取或写入：{reason}</translation>
    </message>
    <message>
        <source>An unexpected error occurred. Details (without personal data) are in {path}</source>
        <translation>发生意外错误。详细信息（不含个人信息）已写入 {path}</translation>
    </message>
    <message>
        <source>County created in {folder}</source>
        <translation>县级数据已创建于 {folder}</translation>
    </message>
    <message>
        <source>Recovery code (shown only this once; write it down and lock it away):</source>
        <translation>恢复码（仅显示这一次，请抄写下来并锁好保存）：</translation>
    </message>
    <message>
        <source>The county&apos;s key fingerprint, to read out to stations by phone:</source>
        <translation>县级密钥指纹（电话中读给各站点核对）：</translation>
    </message>
    <message>
        <source>Creating the demo county: station {done} of {total}</source>
        <translation>正在创建演示县：第 {done} 个站点，共 {total} 个</translation>
    </message>
    <message>
        <source>Demo county ready in {folder}</source>
        <translation>演示县已创建于 {folder}</translation>
    </message>
    <message>
        <source>Change your first password before anything else: rehabdesk-county passwd</source>
        <translation>请先修改初始密码：rehabdesk-county passwd</translation>
    </message>
    <message>
        <source>Enrolment file written: {path}</source>
        <translation>接入文件已写入：{path}</translation>
    </message>
    <message>
        <source>It holds the county&apos;s pseudonym key: hand it to stations only, like a key.</source>
        <translation>该文件含有县级假名密钥，请像钥匙一样只交给站点。</translation>
    </message>
    <message>
        <source>Fingerprint to read out by phone:</source>
        <translation>电话核对用的指纹：</translation>
    </message>
    <message>
        <source>Rotating makes a new encryption and signing key for the county. Bundles made with the old enrolment file still open and get acknowledgements the station accepts, but every station must import a new enrolment file (and compare its new fingerprint by phone) to use the new key. The pseudonym key does not change. Run again with --yes to rotate.</source>
        <translation>更换密钥会为本县生成新的加密密钥和签名密钥。用旧登记文件制作的数据包仍能打开，其回执站点仍然认可；但每个站点都必须导入新的登记文件（并在电话中核对新的指纹）才会改用新密钥。假名密钥不变。确认更换请加 --yes 再运行一次。</translation>
    </message>
    <message>
        <source>The county&apos;s keys were rotated (generation {generation}); the old ones are kept to open bundles made with them.</source>
        <translation>县级密钥已更换（第 {generation} 代）；旧密钥保留，用于打开用它们制作的数据包。</translation>
    </message>
    <message>
        <source>New fingerprint, to read out to stations by phone:</source>
        <translation>新的指纹（电话中读给各站点核对）：</translation>
    </message>
    <message>
        <source>Next: write a new enrolment file (rehabdesk-county enrolment --out FILE) and have every station import it.</source>
        <translation>下一步：导出新的登记文件（rehabdesk-county enrolment --out 文件），交给每个站点导入。</translation>
    </message>
    <message>
        <source>current</source>
        <translation>当前使用</translation>
    </message>
    <message>
        <source>retired {at}</source>
        <translation>{at} 停用</translation>
    </message>
    <message>
        <source>generation {number}: encryption key {key_id}, {state}</source>
        <translation>第 {number} 代：加密密钥 {key_id}，{state}</translation>
    </message>
    <message>
        <source>Station: {name} ({code}), division {division}</source>
        <translation>站点：{name}（{code}），区划 {division}</translation>
    </message>
    <message>
        <source>Computer: {device}</source>
        <translation>电脑：{device}</translation>
    </message>
    <message>
        <source>Fingerprint (the station reads it out by phone; compare every digit):</source>
        <translation>指纹（由站点在电话中读出，请逐位核对）：</translation>
    </message>
    <message>
        <source>Approved: bundles from this computer are accepted.</source>
        <translation>已批准：将接收这台电脑的数据包。</translation>
    </message>
    <message>
        <source>Kept pending. Once the digits are confirmed by phone, approve it with:</source>
        <translation>已保存为待批准。电话核对数字无误后，用以下命令批准：</translation>
    </message>
    <message>
        <source>Computer {device} revoked: its bundles are refused from now on.</source>
        <translation>电脑 {device} 已吊销：今后拒收其数据包。</translation>
    </message>
    <message>
        <source>No stations registered yet.</source>
        <translation>尚未登记任何站点。</translation>
    </message>
    <message>
        <source>never</source>
        <translation>从未</translation>
    </message>
    <message>
        <source> ({days} days ago)</source>
        <translation>（{days} 天前）</translation>
    </message>
    <message>
        <source>  OVERDUE for this quarter</source>
        <translation>  本季度已逾期</translation>
    </message>
    <message>
        <source>last bundle: {last}</source>
        <translation>最近数据包：{last}</translation>
    </message>
    <message>
        <source>received: {committed} new or newer, {already} already held, {rejected} quarantined</source>
        <translation>已接收：新增或更新 {committed} 条，已有 {already} 条，隔离 {rejected} 条</translation>
    </message>
    <message>
        <source>already received; nothing imported again, its acknowledgement written again</source>
        <translation>此前已接收，未重复导入，已重新写出回执</translation>
    </message>
    <message>
        <source>held: an earlier bundle from this computer has not arrived yet</source>
        <translation>暂存：这台电脑更早的数据包尚未送到</translation>
    </message>
    <message>
        <source>QUARANTINED, not applied: {reason}</source>
        <translation>已隔离，未导入：{reason}</translation>
    </message>
    <message>
        <source>REFUSED, nothing imported: {reason}</source>
        <translation>已拒收，未导入任何内容：{reason}</translation>
    </message>
    <message>
        <source>[{done}/{total}] {file}</source>
        <translation>[{done}/{total}] {file}</translation>
    </message>
    <message>
        <source>acknowledgement: {path}</source>
        <translation>回执：{path}</translation>
    </message>
    <message>
        <source>Cancelled; the bundles imported so far are kept.</source>
        <translation>已取消；已导入的数据包保留。</translation>
    </message>
    <message>
        <source>Nothing quarantined, nothing held.</source>
        <translation>没有隔离项，也没有暂存的数据包。</translation>
    </message>
    <message>
        <source>whole bundle</source>
        <translation>整个数据包</translation>
    </message>
    <message>
        <source>held: {station}-{device}-{sequence}, waiting for the bundle before it</source>
        <translation>暂存：{station}-{device}-{sequence}，等待其前一个数据包</translation>
    </message>
    <message>
        <source>Write each figure as name=value, e.g. patients_total=120.</source>
        <translation>每项请写作 名称=数值，例如 patients_total=120。</translation>
    </message>
    <message>
        <source>Receiving bundles on https://{host}:{port} (Ctrl+C stops).</source>
        <translation>正在 https://{host}:{port} 接收数据包（按 Ctrl+C 停止）。</translation>
    </message>
    <message>
        <source>Certificate fingerprint (SHA-256), as in the enrolment file: {sha256}</source>
        <translation>证书指纹（SHA-256），与注册文件中的一致：{sha256}</translation>
    </message>
    <message>
        <source>Summary table written: {path}</source>
        <translation>汇总表已写入：{path}</translation>
    </message>
    <message>
        <source>First password for the new account: </source>
        <translation>新账号的初始密码：</translation>
    </message>
    <message>
        <source>Account {login} added; the person changes the password at first sign-in.</source>
        <translation>账号 {login} 已添加；本人首次登录时须修改密码。</translation>
    </message>
    <message>
        <source>New password: </source>
        <translation>新密码：</translation>
    </message>
    <message>
        <source>Password changed.</source>
        <translation>密码已修改。</translation>
    </message>
</context>
<context>
    <name>county</name>
    <message>
        <source>The county wanted the bundles for {quarter} by {deadline} and has not acknowledged any yet: export them to a USB stick on the Sync page and take them to the county.</source>
        <translation>县（区）要求 {quarter} 的上报包在 {deadline} 前送达，目前尚未确认收到：请在“上报”页导出到 U 盘并送交县（区）。</translation>
    </message>
    <message>
        <source>The county wants the bundles for {quarter} by {deadline}: export them to a USB stick on the Sync page and take them to the county.</source>
        <translation>县（区）要求 {quarter} 的上报包在 {deadline} 前送达：请在“上报”页导出到 U 盘并送交县（区）。</translation>
    </message>
    <message>
        <source>Client file</source>
        <translation>个案档案</translation>
    </message>
    <message>
        <source>Episode</source>
        <translation>服务周期</translation>
    </message>
    <message>
        <source>Status change</source>
        <translation>状态变更</translation>
    </message>
    <message>
        <source>Assessment</source>
        <translation>评估</translation>
    </message>
    <message>
        <source>Rehabilitation plan</source>
        <translation>康复计划</translation>
    </message>
    <message>
        <source>Referral</source>
        <translation>转介</translation>
    </message>
    <message>
        <source>Follow-up</source>
        <translation>回访</translation>
    </message>
    <message>
        <source>Service record</source>
        <translation>服务记录</translation>
    </message>
    <message>
        <source>Staff member</source>
        <translation>工作人员</translation>
    </message>
    <message>
        <source>Emergency drill</source>
        <translation>应急演练</translation>
    </message>
    <message>
        <source>Emergency plan</source>
        <translation>应急预案</translation>
    </message>
    <message>
        <source>Indicator snapshot</source>
        <translation>指标快照</translation>
    </message>
    <message>
        <source>A field is missing or not in the form the county accepts.</source>
        <translation>有字段缺失或格式不符合县（区）的要求。</translation>
    </message>
    <message>
        <source>The record&apos;s version number is not valid.</source>
        <translation>记录的版本号无效。</translation>
    </message>
    <message>
        <source>The record&apos;s id is not valid.</source>
        <translation>记录编号无效。</translation>
    </message>
    <message>
        <source>The county does not know this kind of record.</source>
        <translation>县（区）不接收这类记录。</translation>
    </message>
    <message>
        <source>The record is neither a change nor a deletion.</source>
        <translation>记录既不是修改也不是删除。</translation>
    </message>
    <message>
        <source>The deletion is not in the form the county accepts.</source>
        <translation>删除记录的格式不符合县（区）的要求。</translation>
    </message>
    <message>
        <source>The request to erase a client is not in the form the county accepts.</source>
        <translation>删除康复对象全部数据的请求格式不符合县（区）的要求。</translation>
    </message>
    <message>
        <source>A figure of the indicator snapshot is out of range or missing.</source>
        <translation>指标快照中有数值缺失或超出范围。</translation>
    </message>
    <message>
        <source>Refused by the county (reason code {code}).</source>
        <translation>县（区）退回（原因代码 {code}）。</translation>
    </message>
</context>
<context>
    <name>county_app</name>
    <message>
        <source>RehabDesk County</source>
        <translation>精康工作台 · 县级</translation>
    </message>
</context>
<context>
    <name>county_jobs</name>
    <message>
        <source>RehabDesk County</source>
        <translation>精康工作台 · 县级</translation>
    </message>
</context>
<context>
    <name>county_messages</name>
    <message>
        <source>This folder already holds a county (or a station). Choose an empty folder.</source>
        <translation>此文件夹中已有县级数据（或站点数据）。请选择一个空文件夹。</translation>
    </message>
    <message>
        <source>There is no county in this folder yet. Create one with init first.</source>
        <translation>此文件夹中还没有县级数据。请先用 init 命令创建。</translation>
    </message>
    <message>
        <source>Your account may not do this; ask the county&apos;s admin.</source>
        <translation>您的账号无权执行此操作，请联系县级管理员。</translation>
    </message>
    <message>
        <source>Enter the 6-digit administrative division code, e.g. 110105.</source>
        <translation>请输入 6 位行政区划代码，例如 110105。</translation>
    </message>
    <message>
        <source>Write the period as 2026Q3, 2026H1 or 2026.</source>
        <translation>期间请写作 2026Q3、2026H1 或 2026。</translation>
    </message>
    <message>
        <source>There is no figure called {name}.</source>
        <translation>没有名为 {name} 的数据项。</translation>
    </message>
    <message>
        <source>{name}: enter a whole number of 0 or more.</source>
        <translation>{name}：请输入 0 或以上的整数。</translation>
    </message>
    <message>
        <source>{name}: enter an amount in yuan of 0 or more, at most two decimals.</source>
        <translation>{name}：请输入 0 或以上的金额（元），最多两位小数。</translation>
    </message>
    <message>
        <source>Give the server as https://address:port, e.g. https://192.168.1.20:8443.</source>
        <translation>服务器地址请按 https://192.168.1.20:8443 的格式填写（IP 地址和端口换成县里服务器的）。</translation>
    </message>
    <message>
        <source>Name the file .xlsx (Excel) or .pdf, e.g. 汇总表-2026Q3.xlsx.</source>
        <translation>文件名请以 .xlsx（Excel）或 .pdf 结尾，例如 汇总表-2026Q3.xlsx。</translation>
    </message>
    <message>
        <source>The file or folder {path} does not exist.</source>
        <translation>文件或文件夹 {path} 不存在。</translation>
    </message>
    <message>
        <source>There are no bundle files (.rdsync) in {folder}.</source>
        <translation>{folder} 中没有数据包文件（.rdsync）。</translation>
    </message>
    <message>
        <source>Computer {device} is already registered with another key or station.</source>
        <translation>电脑 {device} 已用另一个密钥或另一个站点登记过。</translation>
    </message>
    <message>
        <source>Computer {device} has been revoked; it cannot be registered again.</source>
        <translation>电脑 {device} 已被吊销，不能再次登记。</translation>
    </message>
    <message>
        <source>Computer {device} is already approved.</source>
        <translation>电脑 {device} 已经批准。</translation>
    </message>
    <message>
        <source>There is no registered computer {device}.</source>
        <translation>没有登记编号为 {device} 的电脑。</translation>
    </message>
    <message>
        <source>The role is admin or staff.</source>
        <translation>角色只能是 admin（管理员）或 staff（工作人员）。</translation>
    </message>
    <message>
        <source>The digits do not match this computer&apos;s key. Do not approve it: ask the station to read them again.</source>
        <translation>数字与这台电脑的密钥不符。请不要批准，请站点重新核读一遍。</translation>
    </message>
    <message>
        <source>Refused: the bundle is encrypted to a county key this county does not hold (key {key_id}). It was made for another county, or with an enrolment file newer than this database (restored from an older backup?).</source>
        <translation>已拒收：数据包所用的县级密钥（{key_id}）不在本县数据库中。它是发给其他县（区）的，或者是用比本数据库更新的登记文件制作的（数据库是否从较早的备份恢复过？）。</translation>
    </message>
    <message>
        <source>The bundle comes from a computer whose registration has not been approved yet.</source>
        <translation>该数据包来自一台登记尚未批准的电脑。</translation>
    </message>
    <message>
        <source>Refused: the bundle comes from a station computer whose registration the county has revoked.</source>
        <translation>已拒收：该数据包来自一台已被县级吊销登记的站点电脑。</translation>
    </message>
    <message>
        <source>the record has a field the format does not allow</source>
        <translation>记录含有格式不允许的字段</translation>
    </message>
    <message>
        <source>the record&apos;s id is not valid</source>
        <translation>记录编号无效</translation>
    </message>
    <message>
        <source>the record&apos;s operation is not valid</source>
        <translation>记录的操作类型无效</translation>
    </message>
    <message>
        <source>the record&apos;s version is not valid</source>
        <translation>记录的版本号无效</translation>
    </message>
    <message>
        <source>unknown record type</source>
        <translation>未知的记录类型</translation>
    </message>
    <message>
        <source>the erase record is not valid</source>
        <translation>删除（撤回同意）记录无效</translation>
    </message>
    <message>
        <source>the delete record is not valid</source>
        <translation>删除记录无效</translation>
    </message>
</context>
<context>
    <name>county_words</name>
    <message>
        <source>urban</source>
        <translation>城市</translation>
    </message>
    <message>
        <source>rural</source>
        <translation>乡村</translation>
    </message>
    <message>
        <source>not stated</source>
        <translation>未说明</translation>
    </message>
    <message>
        <source>awaiting approval</source>
        <translation>待批准</translation>
    </message>
    <message>
        <source>approved</source>
        <translation>已批准</translation>
    </message>
    <message>
        <source>revoked</source>
        <translation>已吊销</translation>
    </message>
    <message>
        <source>client</source>
        <translation>康复对象</translation>
    </message>
    <message>
        <source>assessment</source>
        <translation>评估</translation>
    </message>
    <message>
        <source>emergency drill</source>
        <translation>应急演练</translation>
    </message>
    <message>
        <source>emergency plan</source>
        <translation>应急预案</translation>
    </message>
    <message>
        <source>service period</source>
        <translation>康复服务周期</translation>
    </message>
    <message>
        <source>follow-up</source>
        <translation>随访</translation>
    </message>
    <message>
        <source>indicator snapshot</source>
        <translation>指标快照</translation>
    </message>
    <message>
        <source>referral</source>
        <translation>转介</translation>
    </message>
    <message>
        <source>rehabilitation plan</source>
        <translation>康复计划</translation>
    </message>
    <message>
        <source>service</source>
        <translation>服务记录</translation>
    </message>
    <message>
        <source>staff member</source>
        <translation>工作人员</translation>
    </message>
    <message>
        <source>status change</source>
        <translation>状态变更</translation>
    </message>
    <message>
        <source>erasure</source>
        <translation>删除请求</translation>
    </message>
    <message>
        <source>unknown type</source>
        <translation>未知类型</translation>
    </message>
    <message>
        <source>received</source>
        <translation>已接收</translation>
    </message>
    <message>
        <source>already received</source>
        <translation>此前已收到</translation>
    </message>
    <message>
        <source>held for a gap</source>
        <translation>暂存，等待缺失的数据包</translation>
    </message>
    <message>
        <source>quarantined</source>
        <translation>已隔离</translation>
    </message>
    <message>
        <source>refused</source>
        <translation>已拒收</translation>
    </message>
    <message>
        <source>{committed} new or newer, {already} already held, {rejected} quarantined</source>
        <translation>新增或更新 {committed} 条，已有 {already} 条，隔离 {rejected} 条</translation>
    </message>
    <message>
        <source>nothing imported again; its acknowledgement was written again</source>
        <translation>不重复导入；已重新写出回执</translation>
    </message>
    <message>
        <source>an earlier bundle from this computer has not arrived yet</source>
        <translation>这台电脑更早的数据包尚未送达</translation>
    </message>
</context>
<context>
    <name>discard</name>
    <message>
        <source>Discard what you typed?</source>
        <translation>放弃已输入的内容？</translation>
    </message>
    <message>
        <source>What you typed in this form has not been saved. Close it and lose it?</source>
        <translation>此表单中输入的内容还没有保存。要关闭并放弃这些内容吗？</translation>
    </message>
    <message>
        <source>Discard</source>
        <translation>放弃</translation>
    </message>
    <message>
        <source>Keep editing</source>
        <translation>继续编辑</translation>
    </message>
</context>
<context>
    <name>error_dialog</name>
    <message>
        <source>Unexpected error</source>
        <translation>意外错误</translation>
    </message>
    <message>
        <source>Something went wrong that RehabDesk did not expect. What was saved before is safe. If it happens again, copy the details (they contain no personal data) and send them to your support contact.</source>
        <translation>精康工作台遇到了意外错误。此前已保存的内容是安全的。如果再次出现，请复制详细信息（不含个人信息）发送给技术支持人员。</translation>
    </message>
    <message>
        <source>Copy details</source>
        <translation>复制详细信息</translation>
    </message>
</context>
<context>
    <name>exports</name>
    <message>
        <source>{station} client list</source>
        <translation>{station}服务对象名单</translation>
    </message>
    <message>
        <source>Exported {day}; {shown}</source>
        <translation>导出日期 {day}；{shown}</translation>
    </message>
    <message>
        <source>Full ID numbers: keep this file locked away and delete it when done.</source>
        <translation>含完整身份证号码：请锁好保管此文件，用完即删除。</translation>
    </message>
    <message>
        <source>ID numbers masked as in the list.</source>
        <translation>身份证号码与名单一样已隐去部分。</translation>
    </message>
    <message>
        <source>Case number</source>
        <translation>档案编号</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>姓名</translation>
    </message>
    <message>
        <source>Gender</source>
        <translation>性别</translation>
    </message>
    <message>
        <source>Age</source>
        <translation>年龄</translation>
    </message>
    <message>
        <source>ID number</source>
        <translation>身份证号码</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Responsible worker</source>
        <translation>责任社工</translation>
    </message>
    <message>
        <source>Clients</source>
        <translation>服务对象</translation>
    </message>
    <message>
        <source>{station} service records</source>
        <translation>{station}服务记录</translation>
    </message>
    <message>
        <source>From {first} to {last}</source>
        <translation>{first} 至 {last}</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>日期</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>时间</translation>
    </message>
    <message>
        <source>Form</source>
        <translation>服务形式</translation>
    </message>
    <message>
        <source>Services</source>
        <translation>服务项目</translation>
    </message>
    <message>
        <source>Clients present</source>
        <translation>出席的服务对象</translation>
    </message>
    <message>
        <source>Clients absent</source>
        <translation>缺席的服务对象</translation>
    </message>
    <message>
        <source>Number present</source>
        <translation>出席人数</translation>
    </message>
    <message>
        <source>Given by</source>
        <translation>服务人员</translation>
    </message>
    <message>
        <source>What was done</source>
        <translation>服务内容</translation>
    </message>
    <message>
        <source>Service records</source>
        <translation>服务记录</translation>
    </message>
</context>
<context>
    <name>fields</name>
    <message>
        <source>Station name</source>
        <translation>站点名称</translation>
    </message>
    <message>
        <source>Station code</source>
        <translation>站点编码</translation>
    </message>
    <message>
        <source>County division code</source>
        <translation>县级行政区划代码</translation>
    </message>
    <message>
        <source>Account name</source>
        <translation>账户名</translation>
    </message>
    <message>
        <source>Full name</source>
        <translation>姓名</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>密码</translation>
    </message>
    <message>
        <source>Roles</source>
        <translation>角色</translation>
    </message>
    <message>
        <source>Lock after idle minutes</source>
        <translation>无操作自动锁定（分钟）</translation>
    </message>
    <message>
        <source>Send to the county server every (hours)</source>
        <translation>向县（区）服务器发送的间隔（小时）</translation>
    </message>
    <message>
        <source>Report a failed sending after (hours)</source>
        <translation>发送失败超过多少小时后提示</translation>
    </message>
    <message>
        <source>County&apos;s deadline: day of the month after a quarter</source>
        <translation>县（区）截止日：季度结束后次月的第几天</translation>
    </message>
    <message>
        <source>Period</source>
        <translation>统计期</translation>
    </message>
    <message>
        <source>File</source>
        <translation>文件</translation>
    </message>
    <message>
        <source>Yearly targets</source>
        <translation>年度目标</translation>
    </message>
    <message>
        <source>Services a month</source>
        <translation>每月服务次数</translation>
    </message>
    <message>
        <source>Backups to keep</source>
        <translation>保留备份份数</translation>
    </message>
    <message>
        <source>Backup folder</source>
        <translation>备份文件夹</translation>
    </message>
    <message>
        <source>Failed logins before lock-out</source>
        <translation>登录失败锁定次数</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>姓名</translation>
    </message>
    <message>
        <source>Station type</source>
        <translation>站点类型</translation>
    </message>
    <message>
        <source>Operator</source>
        <translation>运营主体</translation>
    </message>
    <message>
        <source>Government-purchased service</source>
        <translation>政府购买服务</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>地址</translation>
    </message>
    <message>
        <source>Contact phone</source>
        <translation>联系电话</translation>
    </message>
    <message>
        <source>Head of station</source>
        <translation>站点负责人</translation>
    </message>
    <message>
        <source>ID number</source>
        <translation>身份证号码</translation>
    </message>
    <message>
        <source>Birth date</source>
        <translation>出生日期</translation>
    </message>
    <message>
        <source>Gender</source>
        <translation>性别</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>电话</translation>
    </message>
    <message>
        <source>Low-income allowance</source>
        <translation>低保</translation>
    </message>
    <message>
        <source>Extreme poverty support</source>
        <translation>特困</translation>
    </message>
    <message>
        <source>Guardians and contacts</source>
        <translation>监护人及联系人</translation>
    </message>
    <message>
        <source>Case number</source>
        <translation>档案编号</translation>
    </message>
    <message>
        <source>Onset date</source>
        <translation>发病日期</translation>
    </message>
    <message>
        <source>Risk level</source>
        <translation>危险性等级</translation>
    </message>
    <message>
        <source>Disability certificate level</source>
        <translation>残疾证等级</translation>
    </message>
    <message>
        <source>Diagnosis</source>
        <translation>诊断</translation>
    </message>
    <message>
        <source>Responsible worker</source>
        <translation>责任社工</translation>
    </message>
    <message>
        <source>Staff number</source>
        <translation>工号</translation>
    </message>
    <message>
        <source>Relation</source>
        <translation>关系</translation>
    </message>
    <message>
        <source>ID type</source>
        <translation>证件类型</translation>
    </message>
    <message>
        <source>Ethnicity</source>
        <translation>民族</translation>
    </message>
    <message>
        <source>Household registration</source>
        <translation>户籍地</translation>
    </message>
    <message>
        <source>Current address</source>
        <translation>现住址</translation>
    </message>
    <message>
        <source>Living situation</source>
        <translation>居住情况</translation>
    </message>
    <message>
        <source>Diagnosing hospital</source>
        <translation>诊断医院</translation>
    </message>
    <message>
        <source>Illness status</source>
        <translation>病情状态</translation>
    </message>
    <message>
        <source>Medication adherence</source>
        <translation>服药依从性</translation>
    </message>
    <message>
        <source>Legal capacity</source>
        <translation>民事行为能力</translation>
    </message>
    <message>
        <source>Referral channel</source>
        <translation>来源渠道</translation>
    </message>
    <message>
        <source>Legal guardian</source>
        <translation>法定监护人</translation>
    </message>
    <message>
        <source>Start date</source>
        <translation>开始日期</translation>
    </message>
    <message>
        <source>End date</source>
        <translation>结束日期</translation>
    </message>
    <message>
        <source>Consents offered</source>
        <translation>包含的同意事项</translation>
    </message>
    <message>
        <source>Consents ticked</source>
        <translation>勾选的同意事项</translation>
    </message>
    <message>
        <source>Signed by</source>
        <translation>签署人</translation>
    </message>
    <message>
        <source>Guardian who signed</source>
        <translation>签字的监护人</translation>
    </message>
    <message>
        <source>Witnessing staff</source>
        <translation>见证工作人员</translation>
    </message>
    <message>
        <source>Date signed</source>
        <translation>签署日期</translation>
    </message>
    <message>
        <source>Date withdrawn</source>
        <translation>撤回日期</translation>
    </message>
    <message>
        <source>Date terminated</source>
        <translation>终止日期</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>原因</translation>
    </message>
    <message>
        <source>Services</source>
        <translation>服务项目</translation>
    </message>
    <message>
        <source>Forms of service</source>
        <translation>服务形式</translation>
    </message>
    <message>
        <source>Place</source>
        <translation>服务地点</translation>
    </message>
    <message>
        <source>Schedule</source>
        <translation>服务时间安排</translation>
    </message>
    <message>
        <source>Signed for the station by</source>
        <translation>站点签字人</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>单位</translation>
    </message>
    <message>
        <source>Price (yuan)</source>
        <translation>单价（元）</translation>
    </message>
    <message>
        <source>Funding</source>
        <translation>资金来源</translation>
    </message>
    <message>
        <source>Quantity</source>
        <translation>数量</translation>
    </message>
    <message>
        <source>Fee item</source>
        <translation>收费项目</translation>
    </message>
    <message>
        <source>Scan</source>
        <translation>扫描件</translation>
    </message>
    <message>
        <source>Template text</source>
        <translation>模板文字</translation>
    </message>
    <message>
        <source>Warn about agreements ending within (days)</source>
        <translation>服务协议到期前多少天提醒</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>培训名称</translation>
    </message>
    <message>
        <source>Provider</source>
        <translation>主办单位</translation>
    </message>
    <message>
        <source>Hours</source>
        <translation>学时</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>类型</translation>
    </message>
    <message>
        <source>Who took part</source>
        <translation>参加人员</translation>
    </message>
    <message>
        <source>Counts toward the yearly hours</source>
        <translation>计入年度学时</translation>
    </message>
    <message>
        <source>Certificate number</source>
        <translation>证书编号</translation>
    </message>
    <message>
        <source>Scenarios covered</source>
        <translation>适用场景</translation>
    </message>
    <message>
        <source>Plan version</source>
        <translation>预案版本</translation>
    </message>
    <message>
        <source>Effective date</source>
        <translation>生效日期</translation>
    </message>
    <message>
        <source>Review due</source>
        <translation>评审到期日</translation>
    </message>
    <message>
        <source>Reviewed on</source>
        <translation>评审日期</translation>
    </message>
    <message>
        <source>Responsible person</source>
        <translation>负责人</translation>
    </message>
    <message>
        <source>Emergency contacts</source>
        <translation>紧急联系方式</translation>
    </message>
    <message>
        <source>Steps</source>
        <translation>处置步骤</translation>
    </message>
    <message>
        <source>Drill date</source>
        <translation>演练日期</translation>
    </message>
    <message>
        <source>Scenario</source>
        <translation>演练场景</translation>
    </message>
    <message>
        <source>Emergency plan</source>
        <translation>应急预案</translation>
    </message>
    <message>
        <source>Duration (minutes)</source>
        <translation>时长（分钟）</translation>
    </message>
    <message>
        <source>Staff present</source>
        <translation>参加人员</translation>
    </message>
    <message>
        <source>Clients involved</source>
        <translation>涉及服务对象人数</translation>
    </message>
    <message>
        <source>Evaluation</source>
        <translation>演练评估</translation>
    </message>
    <message>
        <source>Problems found</source>
        <translation>发现的问题</translation>
    </message>
    <message>
        <source>Corrective action</source>
        <translation>整改措施</translation>
    </message>
    <message>
        <source>Due date</source>
        <translation>完成期限</translation>
    </message>
    <message>
        <source>Date done</source>
        <translation>完成日期</translation>
    </message>
    <message>
        <source>What was done</source>
        <translation>完成情况</translation>
    </message>
    <message>
        <source>Training hours required per year</source>
        <translation>每年应完成培训学时</translation>
    </message>
    <message>
        <source>Key drill scenarios</source>
        <translation>重点演练场景</translation>
    </message>
    <message>
        <source>Ask waiting clients again after (days)</source>
        <translation>等候再次确认天数</translation>
    </message>
    <message>
        <source>Stage review every (months)</source>
        <translation>阶段评估间隔（月）</translation>
    </message>
    <message>
        <source>Follow-ups after closing (months)</source>
        <translation>结案后回访（月）</translation>
    </message>
    <message>
        <source>Keep ended case files for (years)</source>
        <translation>档案保存期限（年）</translation>
    </message>
    <message>
        <source>Corrective actions</source>
        <translation>整改措施</translation>
    </message>
    <message>
        <source>Date of service</source>
        <translation>服务日期</translation>
    </message>
    <message>
        <source>Start time</source>
        <translation>开始时间</translation>
    </message>
    <message>
        <source>End time</source>
        <translation>结束时间</translation>
    </message>
    <message>
        <source>Form of service</source>
        <translation>服务形式</translation>
    </message>
    <message>
        <source>Location</source>
        <translation>地点</translation>
    </message>
    <message>
        <source>Content</source>
        <translation>服务内容</translation>
    </message>
    <message>
        <source>Client&apos;s response</source>
        <translation>服务对象反应</translation>
    </message>
    <message>
        <source>Risks noticed</source>
        <translation>发现的风险</translation>
    </message>
    <message>
        <source>Medication check</source>
        <translation>服药检查</translation>
    </message>
    <message>
        <source>Next step</source>
        <translation>下一步</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>备注</translation>
    </message>
    <message>
        <source>Overall score</source>
        <translation>总评分</translation>
    </message>
    <message>
        <source>New status</source>
        <translation>新状态</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>日期</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>结案去向</translation>
    </message>
    <message>
        <source>Based on</source>
        <translation>依据</translation>
    </message>
    <message>
        <source>Date of application</source>
        <translation>申请日期</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>来源</translation>
    </message>
    <message>
        <source>Date of assessment</source>
        <translation>评估日期</translation>
    </message>
    <message>
        <source>Assessor</source>
        <translation>评估人</translation>
    </message>
    <message>
        <source>Scale</source>
        <translation>量表</translation>
    </message>
    <message>
        <source>Informant</source>
        <translation>知情人</translation>
    </message>
    <message>
        <source>Needs</source>
        <translation>需求</translation>
    </message>
    <message>
        <source>Plan starts</source>
        <translation>计划开始</translation>
    </message>
    <message>
        <source>Plan ends</source>
        <translation>计划结束</translation>
    </message>
    <message>
        <source>Goals</source>
        <translation>目标</translation>
    </message>
    <message>
        <source>Goal</source>
        <translation>目标</translation>
    </message>
    <message>
        <source>Long or short term</source>
        <translation>长期或短期</translation>
    </message>
    <message>
        <source>Frequency</source>
        <translation>频次</translation>
    </message>
    <message>
        <source>Target date</source>
        <translation>目标日期</translation>
    </message>
    <message>
        <source>How it is measured</source>
        <translation>衡量方法</translation>
    </message>
    <message>
        <source>Date agreed</source>
        <translation>确认日期</translation>
    </message>
    <message>
        <source>In or out</source>
        <translation>转入或转出</translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation>机构</translation>
    </message>
    <message>
        <source>Date of referral</source>
        <translation>转介日期</translation>
    </message>
    <message>
        <source>Condition summary</source>
        <translation>病情摘要</translation>
    </message>
    <message>
        <source>Date received</source>
        <translation>接收日期</translation>
    </message>
    <message>
        <source>Feedback</source>
        <translation>反馈</translation>
    </message>
    <message>
        <source>Printed from</source>
        <translation>档案期间起</translation>
    </message>
    <message>
        <source>Printed up to</source>
        <translation>档案期间止</translation>
    </message>
    <message>
        <source>Copy</source>
        <translation>副本类别</translation>
    </message>
    <message>
        <source>Item {key}</source>
        <translation>条目 {key}</translation>
    </message>
    <message>
        <source>{list}, line {number}</source>
        <translation>{list}第 {number} 行</translation>
    </message>
    <message>
        <source>{line}, {field}</source>
        <translation>{line}，{field}</translation>
    </message>
    <message>
        <source>Fee line {number}, {field}</source>
        <translation>第 {number} 个收费项目的{field}</translation>
    </message>
    <message>
        <source>Contact {number}, {field}</source>
        <translation>联系人 {number}：{field}</translation>
    </message>
</context>
<context>
    <name>funding</name>
    <message>
        <source>Government-purchased / free</source>
        <translation>政府购买 / 免费</translation>
    </message>
    <message>
        <source>Self-paid</source>
        <translation>自费</translation>
    </message>
    <message>
        <source>Subsidised</source>
        <translation>补贴</translation>
    </message>
</context>
<context>
    <name>messages</name>
    <message>
        <source>The password is wrong ({failures} of {threshold} attempts before the account locks). Check Caps Lock and the keyboard language, then try again.</source>
        <translation>密码错误（已失败 {failures} 次，达到 {threshold} 次将锁定账户）。请检查大写锁定键和输入法后重试。</translation>
    </message>
    <message>
        <source>There is no account with this name at this station. Check the spelling or ask an admin.</source>
        <translation>本站点没有这个账户。请检查拼写或询问管理员。</translation>
    </message>
    <message>
        <source>This account is locked after {failures} failed logins. An admin, or the recovery code, can unlock it.</source>
        <translation>此账户连续登录失败 {failures} 次，已被锁定。可由管理员或使用恢复码解锁。</translation>
    </message>
    <message>
        <source>Too many failed attempts. Wait {seconds} seconds, then try again.</source>
        <translation>失败次数过多。请等待 {seconds} 秒后重试。</translation>
    </message>
    <message>
        <source>Enter your account name.</source>
        <translation>请输入账户名。</translation>
    </message>
    <message>
        <source>This account is disabled. Ask an admin to enable it or to create a new one.</source>
        <translation>此账户已停用。请联系管理员重新启用或新建账户。</translation>
    </message>
    <message>
        <source>The station&apos;s key file (keyslots.json) is missing. Copy it back or restore a backup. Nothing has been created or overwritten.</source>
        <translation>站点的密钥文件（keyslots.json）缺失。请将其复制回来或还原备份。没有创建或覆盖任何数据。</translation>
    </message>
    <message>
        <source>The station&apos;s key file is damaged and its copy cannot be used either. Restore a backup. Nothing has been changed.</source>
        <translation>站点的密钥文件已损坏，其副本也无法使用。请还原备份。没有改动任何数据。</translation>
    </message>
    <message>
        <source>The key file is older than the database (generation {file_generation}, the database expects {database_generation}). An old copy could bring back removed accounts or old passwords, so it is refused. Put back the current key file or restore a backup.</source>
        <translation>密钥文件比数据库旧（代数 {file_generation}，数据库要求 {database_generation}）。旧副本可能让已删除的账户或旧密码重新生效，因此拒绝使用。请放回当前的密钥文件或还原备份。</translation>
    </message>
    <message>
        <source>The key file belongs to a different station than this database. Check the station folder.</source>
        <translation>密钥文件与此数据库不属于同一个站点。请检查站点文件夹。</translation>
    </message>
    <message>
        <source>This key file uses test-strength key protection, which RehabDesk refuses for real data.</source>
        <translation>此密钥文件使用的是测试强度的密钥保护，精康工作台不允许用于真实数据。</translation>
    </message>
    <message>
        <source>The station&apos;s database file (station.db) is missing. Restore a backup. Nothing has been created or overwritten.</source>
        <translation>站点的数据库文件（station.db）缺失。请还原备份。没有创建或覆盖任何数据。</translation>
    </message>
    <message>
        <source>The database address is not one RehabDesk can use. Write it as postgresql+psycopg://USER@HOST:PORT/DATABASE.</source>
        <translation>数据库地址无法使用。请按 postgresql+psycopg://USER@HOST:PORT/DB 的格式填写，例如 postgresql+psycopg://county@192.168.1.30:5432/rehabdesk。</translation>
    </message>
    <message>
        <source>The database server {server} cannot be reached or refused the sign-in. Check that it is running, the address, and the user&apos;s password (in ~/.pgpass or PGPASSWORD). Nothing has been changed.</source>
        <translation>无法连接数据库服务器 {server}，或服务器拒绝了登录。请检查服务器是否在运行、地址是否正确，以及该用户的密码（~/.pgpass 或 PGPASSWORD）。未做任何更改。</translation>
    </message>
    <message>
        <source>This county&apos;s records are on a PostgreSQL server. Give it with every command: --database {server}</source>
        <translation>本县的数据保存在 PostgreSQL 服务器上。每条命令都要写上：--database {server}</translation>
    </message>
    <message>
        <source>That database already holds tables. A new county needs an empty database: ask the server&apos;s operator for one (createdb). Nothing has been changed.</source>
        <translation>该数据库中已经有数据表。新建县级数据需要一个空数据库：请数据库管理员新建一个（createdb）。未做任何更改。</translation>
    </message>
    <message>
        <source>That database holds no county. Check the database address; to bring a county back, restore its pg_dump into it first. Nothing has been created.</source>
        <translation>该数据库中没有县级数据。请检查数据库地址；如需找回县级数据，请先把它的 pg_dump 备份恢复到该数据库。未新建任何内容。</translation>
    </message>
    <message>
        <source>This backup holds only the key file of a county whose records are on a PostgreSQL server. Restore the server&apos;s dump first, then this file with --database.</source>
        <translation>此备份只包含县级密钥文件，其数据保存在 PostgreSQL 服务器上。请先恢复服务器的 pg_dump 备份，再用 --database 恢复此文件。</translation>
    </message>
    <message>
        <source>The county&apos;s keys in the database cannot be opened with this key file: they were altered or belong to another county. Restore the database and the key file of the same county.</source>
        <translation>数据库中的县级密钥无法用本密钥文件打开：它们已被改动，或属于另一个县。请恢复同一个县的数据库和密钥文件。</translation>
    </message>
    <message>
        <source>The database cannot be decrypted with this station&apos;s key. It may belong to another station or be damaged. Restore a backup; nothing has been changed.</source>
        <translation>无法用本站点的密钥解密数据库。它可能属于其他站点或已损坏。请还原备份；没有改动任何数据。</translation>
    </message>
    <message>
        <source>The station&apos;s database file (station.db) is damaged, so it was not opened and nothing was written to it. Restore the newest backup, {backup}: choose “Restore from backup…” on the sign-in screen, or run “rehabdesk restore” with that file.</source>
        <translation>站点的数据库文件（station.db）已损坏，因此没有打开，也没有向其中写入任何内容。请还原最新的备份 {backup}：在登录界面选择“从备份还原…”，或用该文件运行“rehabdesk restore”。</translation>
    </message>
    <message>
        <source>The station&apos;s database file (station.db) is damaged, so it was not opened and nothing was written to it. There is no backup in {folder}: restore the newest backup you have (on a USB stick, perhaps) with “Restore from backup…” on the sign-in screen.</source>
        <translation>站点的数据库文件（station.db）已损坏，因此没有打开，也没有向其中写入任何内容。{folder} 中没有备份：请在登录界面选择“从备份还原…”，还原您手头最新的备份（例如 U 盘上的备份）。</translation>
    </message>
    <message>
        <source>Part of the station&apos;s database file turned out to be damaged, so this was not saved. Sign out and restore the newest backup with “Restore from backup…” on the sign-in screen.</source>
        <translation>读取时发现站点数据库文件有部分已损坏，因此本次没有保存。请注销，然后在登录界面选择“从备份还原…”还原最新的备份。</translation>
    </message>
    <message>
        <source>Another program is using the station database (a backup, or RehabDesk open a second time). Wait a moment and try again.</source>
        <translation>另一个程序正在使用站点数据库（例如正在备份，或精康工作台被打开了第二次）。请稍等片刻再试。</translation>
    </message>
    <message>
        <source>The database file cannot be opened. Check that the station folder is on this computer&apos;s own disk and that you may write to it.</source>
        <translation>无法打开数据库文件。请确认站点文件夹位于本机磁盘上，并且您有写入权限。</translation>
    </message>
    <message>
        <source>The database could not be opened safely (setting {pragma} is {actual}). Keep the station folder on this computer&apos;s own disk, not a network drive.</source>
        <translation>无法安全地打开数据库（设置 {pragma} 为 {actual}）。请将站点文件夹放在本机磁盘上，不要放在网络驱动器上。</translation>
    </message>
    <message>
        <source>This station was saved by a newer version of RehabDesk. Install that version or a newer one; this version will not touch the data.</source>
        <translation>此站点由更新版本的精康工作台保存。请安装该版本或更新的版本；当前版本不会改动这些数据。</translation>
    </message>
    <message>
        <source>This folder already holds a station. Choose an empty folder.</source>
        <translation>此文件夹中已有站点。请选择一个空文件夹。</translation>
    </message>
    <message>
        <source>There is no station in this folder yet. Create one first.</source>
        <translation>此文件夹中还没有站点。请先创建站点。</translation>
    </message>
    <message>
        <source>This station is already open in RehabDesk on this computer ({holder}). Close it there first.</source>
        <translation>此站点已在本机的精康工作台中打开（{holder}）。请先在那里关闭。</translation>
    </message>
    <message>
        <source>A recovery code has 28 letters and digits in 7 groups of 4. Check what you typed.</source>
        <translation>恢复码由 28 个字母和数字组成，分 7 组、每组 4 位。请检查输入。</translation>
    </message>
    <message>
        <source>Your account may not do this. Ask a coordinator or an admin.</source>
        <translation>您的账户无权进行此操作。请联系协调员或管理员。</translation>
    </message>
    <message>
        <source>The disk is full, so nothing was saved. Free some space and try again; what you entered is still here.</source>
        <translation>磁盘已满，没有保存任何内容。请清理出一些空间后重试；您输入的内容仍然保留。</translation>
    </message>
    <message>
        <source>The record of the audit log&apos;s last entry has been changed outside RehabDesk.</source>
        <translation>审计日志最后一条的记录在精康工作台之外被改动过。</translation>
    </message>
    <message>
        <source>The backup file cannot be found.</source>
        <translation>找不到备份文件。</translation>
    </message>
    <message>
        <source>This backup file is damaged or incomplete (perhaps it was copied before it was finished). Nothing was changed. Try another backup.</source>
        <translation>此备份文件已损坏或不完整（可能在写完之前就被复制了）。没有改动任何数据。请换一个备份。</translation>
    </message>
    <message>
        <source>This backup file has been altered since it was made and cannot be trusted. Nothing was changed. Try another backup.</source>
        <translation>此备份文件在生成后被改动过，不可信。没有改动任何数据。请换一个备份。</translation>
    </message>
    <message>
        <source>The database inside this backup fails its checks. Nothing was changed. Try another backup.</source>
        <translation>此备份中的数据库未通过校验。没有改动任何数据。请换一个备份。</translation>
    </message>
    <message>
        <source>Cannot write to the backup folder {folder}: the USB stick may have been pulled out or be write-protected, or the folder is read-only. No backup was written; plug the stick in again or choose another folder.</source>
        <translation>无法写入备份文件夹 {folder}：U 盘可能已拔出或处于写保护状态，或者该文件夹是只读的。没有写入任何备份；请重新插好 U 盘，或选择其他文件夹。</translation>
    </message>
    <message>
        <source>The folder {folder} is not there any more (was the USB stick pulled out?). Plug it in again and choose “Look for drives again”, or choose another folder. No backup was written.</source>
        <translation>文件夹 {folder} 已不存在（U 盘是否已拔出？）。请重新插好后点“重新查找磁盘”，或选择其他文件夹。没有写入任何备份。</translation>
    </message>
    <message>
        <source>This password does not open this backup. Use the password this account had when the backup was made, or the recovery code of that time. Nothing was changed.</source>
        <translation>这个密码无法打开这份备份。请使用该账号在备份时的密码，或当时的恢复码。没有改动任何数据。</translation>
    </message>
    <message>
        <source>The disk that holds the backup folder {folder} is full, so no backup was written. Free some space there or choose another folder; the station&apos;s data is unchanged.</source>
        <translation>备份文件夹 {folder} 所在的磁盘已满，本次没有写入备份。请在那里腾出空间或另选文件夹；服务站的数据没有改动。</translation>
    </message>
    <message>
        <source>That account no longer exists.</source>
        <translation>该账户已不存在。</translation>
    </message>
    <message>
        <source>You cannot disable the account you are using.</source>
        <translation>不能停用您正在使用的账户。</translation>
    </message>
    <message>
        <source>This is the last admin account. Give another account the admin role first.</source>
        <translation>这是最后一个管理员账户。请先给其他账户授予管理员角色。</translation>
    </message>
    <message>
        <source>You are signed in with the recovery code, which has no password to change.</source>
        <translation>您是使用恢复码登录的，没有可修改的密码。</translation>
    </message>
    <message>
        <source>The two passwords are not the same.</source>
        <translation>两次输入的密码不一致。</translation>
    </message>
    <message>
        <source>A client with this ID number is already registered (case {case_number}). Open that file instead of registering again.</source>
        <translation>已有使用此身份证号码的康复对象登记在案（档案编号 {case_number}）。请打开该档案，不要重复登记。</translation>
    </message>
    <message>
        <source>A client with the same name and birth date is already registered (case {case_number}). If this is a different person, confirm to save.</source>
        <translation>已有同名且出生日期相同的康复对象登记在案（档案编号 {case_number}）。如确为不同的人，请确认后保存。</translation>
    </message>
    <message>
        <source>Someone else saved this file after you opened it. Your changes are still in the form: reopen the file in another window, compare, and save again.</source>
        <translation>您打开此档案后，其他人已保存过修改。您的输入仍保留在表单中：请在另一个窗口重新打开档案，核对后再次保存。</translation>
    </message>
    <message>
        <source>This client file no longer exists.</source>
        <translation>此康复对象档案已不存在。</translation>
    </message>
    <message>
        <source>{rows} rows have problems, so nothing was imported. Fix them and try again.</source>
        <translation>有 {rows} 行存在问题，因此没有导入任何数据。请修改后重试。</translation>
    </message>
    <message>
        <source>This staff member no longer exists.</source>
        <translation>该工作人员已不存在。</translation>
    </message>
    <message>
        <source>{name} has left the station; an account cannot be linked to a former staff member.</source>
        <translation>{name}已离职，账户不能关联到已离职的工作人员。</translation>
    </message>
    <message>
        <source>This file cannot be read as an Excel workbook (.xlsx) or a CSV file. It may be damaged or in another format. Open it in Excel or WPS and save it again as .xlsx.</source>
        <translation>无法将此文件读取为 Excel 工作簿（.xlsx）或 CSV 文件，它可能已损坏或是其他格式。请用 Excel 或 WPS 打开后另存为 .xlsx。</translation>
    </message>
    <message>
        <source>This file has a header row but no client rows.</source>
        <translation>此文件只有表头，没有康复对象数据行。</translation>
    </message>
    <message>
        <source>This file has more than {maximum} rows. Split it into smaller files and import them one by one.</source>
        <translation>此文件超过 {maximum} 行。请拆分成较小的文件后逐个导入。</translation>
    </message>
    <message>
        <source>This file would unpack to more than {megabytes} MB, or is compressed far more than a spreadsheet is, so it was not read: it may be damaged or not a real spreadsheet. Open it in Excel or WPS, keep only the rows to import and save it as a new .xlsx.</source>
        <translation>这个文件解压后会超过 {megabytes} MB，或压缩比远超正常表格，因此未读取：文件可能已损坏，或并非真正的表格文件。请在 Excel 或 WPS 中打开，只保留要导入的行，另存为新的 .xlsx 文件后再试。</translation>
    </message>
    <message>
        <source>This sheet has content beyond row {rows} or column {columns}, or too many cells, so it was not read. Keep only the rows and columns to import (delete anything far below or to the right) and save again.</source>
        <translation>这个工作表在第 {rows} 行或第 {columns} 列之外还有内容，或单元格过多，因此未读取。请只保留要导入的行和列（删除下方或右侧远处的内容），保存后再试。</translation>
    </message>
    <message>
        <source>Row {row} has a cell longer than {maximum} characters (Excel&apos;s own limit), so the file was not read.</source>
        <translation>第 {row} 行有一个单元格超过 {maximum} 个字符（Excel 单元格的上限），因此未读取该文件。</translation>
    </message>
    <message>
        <source>This is an old Excel 97-2003 file (.xls). Open it in Excel or WPS and save it as .xlsx first.</source>
        <translation>这是旧版 Excel 97-2003 文件（.xls）。请先用 Excel 或 WPS 打开并另存为 .xlsx。</translation>
    </message>
    <message>
        <source>This session was locked or signed out. Sign in again to continue.</source>
        <translation>此会话已锁定或已注销。请重新登录后继续。</translation>
    </message>
    <message>
        <source>This consent form no longer exists.</source>
        <translation>这份知情同意书已不存在。</translation>
    </message>
    <message>
        <source>This consent form is no longer waiting for a signature: it was signed or voided already.</source>
        <translation>这份知情同意书已经签署或作废，不再等待签字。</translation>
    </message>
    <message>
        <source>This consent form was voided and cannot be printed. Create a new one.</source>
        <translation>这份知情同意书已作废，不能打印。请新建一份。</translation>
    </message>
    <message>
        <source>This consent no longer exists.</source>
        <translation>这项同意已不存在。</translation>
    </message>
    <message>
        <source>This consent has already been withdrawn.</source>
        <translation>这项同意已经撤回过了。</translation>
    </message>
    <message>
        <source>This service agreement no longer exists.</source>
        <translation>这份服务协议已不存在。</translation>
    </message>
    <message>
        <source>Only a draft agreement can be changed or signed. A signed agreement stays as it was signed.</source>
        <translation>只有草稿状态的协议可以修改或登记签署。已签署的协议保持签署时的内容。</translation>
    </message>
    <message>
        <source>Only an agreement in force (or expired, for renewal) can be terminated or renewed.</source>
        <translation>只有生效中的协议可以终止；生效中或已到期的协议可以续签。</translation>
    </message>
    <message>
        <source>This agreement has already been renewed. Open the renewal instead.</source>
        <translation>这份协议已经续签过了，请打开续签的那份协议。</translation>
    </message>
    <message>
        <source>This fee item no longer exists.</source>
        <translation>这个收费项目已不存在。</translation>
    </message>
    <message>
        <source>No such document was found for this client.</source>
        <translation>没有找到这位康复对象的这份文书。</translation>
    </message>
    <message>
        <source>This scan is damaged: its content no longer matches the fingerprint taken when it was attached. Scan the signed paper again and attach it.</source>
        <translation>这份扫描件已损坏：内容与添加时记录的指纹不一致。请重新扫描签字的纸质文书并添加。</translation>
    </message>
    <message>
        <source>Version {version} of this template is missing from the database. Run a station check.</source>
        <translation>数据库中缺少这个模板的第 {version} 版。请运行站点检查。</translation>
    </message>
    <message>
        <source>This account does not belong to a staff member, so it has no training record of its own. Ask an admin to link the account to your entry in the staff register.</source>
        <translation>这个账户没有关联到工作人员登记，所以没有本人的培训记录。请管理员把账户关联到您的工作人员登记。</translation>
    </message>
    <message>
        <source>You can see and record only your own training.</source>
        <translation>您只能查看和登记本人的培训。</translation>
    </message>
    <message>
        <source>This training record no longer exists.</source>
        <translation>这条培训记录已不存在。</translation>
    </message>
    <message>
        <source>This worker was not employed in {year}.</source>
        <translation>这名工作人员 {year} 年不在岗。</translation>
    </message>
    <message>
        <source>This emergency plan no longer exists.</source>
        <translation>这个应急预案已不存在。</translation>
    </message>
    <message>
        <source>This drill record no longer exists.</source>
        <translation>这条演练记录已不存在。</translation>
    </message>
    <message>
        <source>This corrective action no longer exists.</source>
        <translation>这项整改措施已不存在。</translation>
    </message>
    <message>
        <source>This corrective action is already closed.</source>
        <translation>这项整改措施已经完成。</translation>
    </message>
    <message>
        <source>Only a closed corrective action can be reopened.</source>
        <translation>只有已完成的整改措施才能重新打开。</translation>
    </message>
    <message>
        <source>{name} ({case_number}) cannot be served now:</source>
        <translation>{name}（{case_number}）目前不能接受服务：</translation>
    </message>
    <message>
        <source>{count} clients cannot be served now:</source>
        <translation>有 {count} 名服务对象目前不能接受服务：</translation>
    </message>
    <message>
        <source>This service record no longer exists.</source>
        <translation>这条服务记录已不存在。</translation>
    </message>
    <message>
        <source>A referral out sends the client&apos;s information to another organisation, which needs consent:</source>
        <translation>转出会把康复对象的信息提供给其他机构，需要取得同意：</translation>
    </message>
    <message>
        <source>This referral no longer exists.</source>
        <translation>这条转介记录已不存在。</translation>
    </message>
    <message>
        <source>This follow-up no longer exists.</source>
        <translation>这条回访已不存在。</translation>
    </message>
    <message>
        <source>This follow-up has already been recorded.</source>
        <translation>这次回访已经登记过了。</translation>
    </message>
    <message>
        <source>This client is not on the waiting list.</source>
        <translation>该服务对象不在等候名单中。</translation>
    </message>
    <message>
        <source>This client has no case episode yet. Run a station check.</source>
        <translation>这位康复对象还没有个案服务周期。请运行站点检查。</translation>
    </message>
    <message>
        <source>This step cannot be taken yet:</source>
        <translation>暂时不能进行这一步：</translation>
    </message>
    <message>
        <source>The current episode is still open. Close it, or record the withdrawal, before a new application.</source>
        <translation>当前的服务周期还没有结束。请先结案或登记退出，再登记新的申请。</translation>
    </message>
    <message>
        <source>This kind of assessment does not fit the client&apos;s present stage of the case.</source>
        <translation>这类评估与康复对象目前所处的服务阶段不符。</translation>
    </message>
    <message>
        <source>This rehabilitation plan no longer exists.</source>
        <translation>这份康复计划已不存在。</translation>
    </message>
    <message>
        <source>Only a draft plan can be approved.</source>
        <translation>只有草稿状态的计划才能审批。</translation>
    </message>
    <message>
        <source>A rehabilitation plan is made once the client is enrolled (consent and agreement signed).</source>
        <translation>康复对象入组（签署知情同意书和服务协议）后才能制定康复计划。</translation>
    </message>
    <message>
        <source>The station has been created. Confirm that the recovery code is written down or printed before you continue.</source>
        <translation>站点已创建。继续之前，请确认已抄下或打印恢复码。</translation>
    </message>
    <message>
        <source>The file could not be read ({error}).</source>
        <translation>无法读取该文件（{error}）。</translation>
    </message>
    <message>
        <source>The folder does not exist. Is the USB stick plugged in?</source>
        <translation>该文件夹不存在。U 盘插好了吗？</translation>
    </message>
    <message>
        <source>The fingerprint typed is not the one in the enrolment file. Confirm it with the county by phone and type it again.</source>
        <translation>输入的指纹与登记文件中的不一致。请与县（区）电话核对后重新输入。</translation>
    </message>
    <message>
        <source>This enrolment file is for county {file}, but this station belongs to county {station}.</source>
        <translation>该登记文件属于区县 {file}，而本站点属于区县 {station}。</translation>
    </message>
    <message>
        <source>This station is already enrolled with the county. Replacing the county key is a re-enrolment.</source>
        <translation>本站点已在县（区）登记。更换县（区）密钥须办理重新登记。</translation>
    </message>
    <message>
        <source>This station already trusts this county key.</source>
        <translation>本站点已信任该县（区）密钥。</translation>
    </message>
    <message>
        <source>This station is not enrolled with the county yet. An admin imports the county&apos;s enrolment file first.</source>
        <translation>本站点尚未在县（区）登记。请管理员先导入县（区）下发的登记文件。</translation>
    </message>
    <message>
        <source>There is nothing new to send to the county.</source>
        <translation>没有需要上报县（区）的新内容。</translation>
    </message>
    <message>
        <source>The USB stick or folder {folder} is full, so the bundle was not copied there. It is kept on this computer: free some space (or use another stick) and export again.</source>
        <translation>U 盘或文件夹 {folder} 已满，上报包没有复制过去。包已保存在本机：腾出空间（或换一个 U 盘）后再导出一次即可。</translation>
    </message>
    <message>
        <source>The bundle could not be written to {folder} (the stick was removed or is read-only). It is kept on this computer: plug the stick in again and export again.</source>
        <translation>上报包无法写入 {folder}（U 盘已拔出或为只读）。包已保存在本机：重新插好 U 盘后再导出一次即可。</translation>
    </message>
    <message>
        <source>This computer&apos;s sync key has been revoked. Enrol it again as a new device.</source>
        <translation>本机的上报密钥已被吊销。请作为新设备重新登记。</translation>
    </message>
    <message>
        <source>This is not a valid county enrolment file.</source>
        <translation>这不是有效的县（区）登记文件。</translation>
    </message>
    <message>
        <source>This enrolment file is from a newer version. Update RehabDesk.</source>
        <translation>该登记文件来自更新的版本，请更新精康工作台。</translation>
    </message>
    <message>
        <source>The enrolment file&apos;s signature does not match: it has been altered. Ask the county for a new one.</source>
        <translation>登记文件的签名不符，文件已被改动。请向县（区）重新索取。</translation>
    </message>
    <message>
        <source>This is not a valid acknowledgement from the county.</source>
        <translation>这不是有效的县（区）回执。</translation>
    </message>
    <message>
        <source>This acknowledgement is from a newer version. Update RehabDesk.</source>
        <translation>该回执来自更新的版本，请更新精康工作台。</translation>
    </message>
    <message>
        <source>The acknowledgement is not signed by this station&apos;s county: it was not imported.</source>
        <translation>该回执不是本站点所属县（区）签发的，未导入。</translation>
    </message>
    <message>
        <source>The acknowledgement is for a bundle this station did not send: it was not imported.</source>
        <translation>该回执对应的上报包不是本站点发出的，未导入。</translation>
    </message>
    <message>
        <source>This acknowledgement has already been imported.</source>
        <translation>该回执已经导入过。</translation>
    </message>
    <message>
        <source>The acknowledgement does not match the bundle it names: it was not imported.</source>
        <translation>该回执与其所指的上报包不符，未导入。</translation>
    </message>
    <message>
        <source>The system keyring did not answer within {seconds} seconds (it may be waiting to be unlocked).</source>
        <translation>系统密钥环在 {seconds} 秒内没有响应（可能正在等待解锁）。</translation>
    </message>
    <message>
        <source>The system keyring could not be used.</source>
        <translation>无法使用系统密钥环。</translation>
    </message>
    <message>
        <source>This computer has no secure keyring.</source>
        <translation>本机没有安全的密钥环。</translation>
    </message>
    <message>
        <source>The system keyring stores secrets in plain text and is not used.</source>
        <translation>系统密钥环以明文保存机密，不予使用。</translation>
    </message>
    <message>
        <source>This computer&apos;s sync key cannot be found. Enrol the computer again as a new device.</source>
        <translation>找不到本机的上报密钥。请将本机作为新设备重新登记。</translation>
    </message>
    <message>
        <source>The bundle file is incomplete.</source>
        <translation>上报包文件不完整。</translation>
    </message>
    <message>
        <source>This is not a valid bundle file.</source>
        <translation>这不是有效的上报包文件。</translation>
    </message>
    <message>
        <source>The bundle file has extra data at its end.</source>
        <translation>上报包文件末尾有多余数据。</translation>
    </message>
    <message>
        <source>The bundle comes from a computer that is not registered.</source>
        <translation>上报包来自未注册的电脑。</translation>
    </message>
    <message>
        <source>The bundle&apos;s signature does not match: it has been altered.</source>
        <translation>上报包签名不符，已被改动。</translation>
    </message>
    <message>
        <source>The bundle&apos;s manifest is not valid.</source>
        <translation>上报包清单无效。</translation>
    </message>
    <message>
        <source>The bundle is in a newer format. Update RehabDesk.</source>
        <translation>上报包格式较新，请更新精康工作台。</translation>
    </message>
    <message>
        <source>The bundle&apos;s encrypted data has the wrong size.</source>
        <translation>上报包加密数据的大小不符。</translation>
    </message>
    <message>
        <source>The bundle&apos;s encrypted data has been altered.</source>
        <translation>上报包加密数据已被改动。</translation>
    </message>
    <message>
        <source>The bundle&apos;s content belongs to another bundle.</source>
        <translation>上报包的内容属于另一个上报包。</translation>
    </message>
    <message>
        <source>The bundle holds an invalid record.</source>
        <translation>上报包含有无效记录。</translation>
    </message>
    <message>
        <source>The bundle&apos;s record counts do not match its content.</source>
        <translation>上报包的记录数与内容不符。</translation>
    </message>
    <message>
        <source>The encrypted data&apos;s header is not valid.</source>
        <translation>加密数据的头部无效。</translation>
    </message>
    <message>
        <source>The data is not encrypted to this key.</source>
        <translation>数据并非用此密钥加密。</translation>
    </message>
    <message>
        <source>The encrypted data&apos;s header has been altered.</source>
        <translation>加密数据的头部已被改动。</translation>
    </message>
    <message>
        <source>The encrypted data has been altered or reordered.</source>
        <translation>加密数据已被改动或打乱顺序。</translation>
    </message>
    <message>
        <source>The encrypted data is incomplete.</source>
        <translation>加密数据不完整。</translation>
    </message>
    <message>
        <source>The bundle comes from a computer whose key has been revoked.</source>
        <translation>上报包来自密钥已被吊销的电脑。</translation>
    </message>
    <message>
        <source>The bundle names another station than the one its computer is registered to.</source>
        <translation>上报包所写的站点与该电脑登记的站点不符。</translation>
    </message>
    <message>
        <source>The bundle is encrypted for another county.</source>
        <translation>上报包是为其他县（区）加密的。</translation>
    </message>
    <message>
        <source>This bundle has already been received.</source>
        <translation>该上报包已经接收过。</translation>
    </message>
    <message>
        <source>Another bundle with this sequence number has already been received.</source>
        <translation>已接收过相同序号的另一个上报包。</translation>
    </message>
    <message>
        <source>An earlier bundle from this computer is missing (expected number {expected}, got {got}).</source>
        <translation>缺少该电脑更早的上报包（应为第 {expected} 号，收到第 {got} 号）。</translation>
    </message>
    <message>
        <source>The bundle does not follow the last one received from this computer.</source>
        <translation>该上报包与此前从该电脑收到的上一个上报包衔接不上。</translation>
    </message>
    <message>
        <source>The signature does not match.</source>
        <translation>签名不符。</translation>
    </message>
    <message>
        <source>The signature file is not valid.</source>
        <translation>签名文件无效。</translation>
    </message>
    <message>
        <source>The file is signed by another key.</source>
        <translation>该文件由其他密钥签名。</translation>
    </message>
    <message>
        <source>The public key is not valid.</source>
        <translation>公钥无效。</translation>
    </message>
    <message>
        <source>The encryption key is not valid.</source>
        <translation>加密密钥无效。</translation>
    </message>
    <message>
        <source>The decryption key is not valid.</source>
        <translation>解密密钥无效。</translation>
    </message>
    <message>
        <source>This is not a valid registration request.</source>
        <translation>这不是有效的注册申请文件。</translation>
    </message>
    <message>
        <source>The registration request&apos;s signature does not match: it has been altered.</source>
        <translation>注册申请文件的签名不符，文件已被改动。</translation>
    </message>
    <message>
        <source>The device number is not valid.</source>
        <translation>设备编号无效。</translation>
    </message>
    <message>
        <source>The encrypted data has extra bytes at its end.</source>
        <translation>加密数据末尾有多余字节。</translation>
    </message>
    <message>
        <source>The county&apos;s enrolment file names no server: bundles go to the county on a USB stick. Ask the county for a new enrolment file if it has a server.</source>
        <translation>县（区）的登记文件中没有服务器地址：上报包需用 U 盘送交县（区）。如县（区）已有服务器，请向其索取新的登记文件。</translation>
    </message>
    <message>
        <source>The county server&apos;s address in the enrolment file is not a valid https:// address.</source>
        <translation>登记文件中的县（区）服务器地址不是有效的 https:// 地址。</translation>
    </message>
    <message>
        <source>The server that answered is not the county&apos;s: its certificate is not the one in the enrolment file. Nothing was sent. Tell the county; if it has a new server certificate, import its new enrolment file.</source>
        <translation>应答的服务器不是县（区）的服务器：其证书与登记文件中的不符。未发送任何数据。请告知县（区）；如县（区）更换了服务器证书，请导入其新的登记文件。</translation>
    </message>
    <message>
        <source>The county server could not be reached, or the connection broke off. Nothing was marked as sent; it is sent again next time. Check the network, or take the bundle to the county on a USB stick.</source>
        <translation>无法连接县（区）服务器，或连接中途断开。没有上报包被标记为已送达，下次会重新发送。请检查网络，或用 U 盘将上报包送交县（区）。</translation>
    </message>
    <message>
        <source>The county server gave an answer RehabDesk does not understand (status {status}).</source>
        <translation>县（区）服务器的应答无法识别（状态 {status}）。</translation>
    </message>
    <message>
        <source>The county server had a problem of its own. Nothing was marked as sent; try again later.</source>
        <translation>县（区）服务器自身出现问题。没有上报包被标记为已送达，请稍后再试。</translation>
    </message>
    <message>
        <source>The bundle is larger than the county server accepts. Take it to the county on a USB stick instead.</source>
        <translation>上报包超过县（区）服务器允许的大小。请改用 U 盘送交县（区）。</translation>
    </message>
    <message>
        <source>The bundle did not arrive in full. Send it again.</source>
        <translation>上报包未完整送达，请重新发送。</translation>
    </message>
    <message>
        <source>Sending to the county was broken off. Nothing was marked as sent; it is sent again next time.</source>
        <translation>向县（区）的发送已中断。没有上报包被标记为已送达，下次会重新发送。</translation>
    </message>
    <message>
        <source>This field is required.</source>
        <translation>此项必须填写。</translation>
    </message>
    <message>
        <source>Too long: at most {maximum} characters.</source>
        <translation>太长：最多 {maximum} 个字符。</translation>
    </message>
    <message>
        <source>Use 2 to 20 letters or digits, as given by the county.</source>
        <translation>请填写县级部门分配的编码：2 到 20 个字母或数字。</translation>
    </message>
    <message>
        <source>Enter the 6-digit administrative division code of the county, e.g. 110105.</source>
        <translation>请输入 6 位县级行政区划代码，例如 110105。</translation>
    </message>
    <message>
        <source>Use 2 to 32 lower-case letters, digits, dots or dashes, starting with a letter.</source>
        <translation>请使用 2 到 32 个小写字母、数字、点或连字符，并以字母开头。</translation>
    </message>
    <message>
        <source>This account name is already taken.</source>
        <translation>此账户名已被使用。</translation>
    </message>
    <message>
        <source>Use at least {minimum} characters.</source>
        <translation>至少需要 {minimum} 个字符。</translation>
    </message>
    <message>
        <source>The password must not be the account name.</source>
        <translation>密码不能与账户名相同。</translation>
    </message>
    <message>
        <source>This password is too common and easy to guess. Choose another.</source>
        <translation>此密码太常见、容易被猜到。请换一个。</translation>
    </message>
    <message>
        <source>The new password must differ from the old one.</source>
        <translation>新密码不能与旧密码相同。</translation>
    </message>
    <message>
        <source>Choose at least one role.</source>
        <translation>请至少选择一个角色。</translation>
    </message>
    <message>
        <source>Enter a number from {minimum} to {maximum}.</source>
        <translation>请输入 {minimum} 到 {maximum} 之间的数字。</translation>
    </message>
    <message>
        <source>Write the period as 2026Q3, 2026H1, 2026, 2026-07 or 2026-07-01..2026-09-30.</source>
        <translation>统计期请写成 2026Q3、2026H1、2026、2026-07 或 2026-07-01..2026-09-30。</translation>
    </message>
    <message>
        <source>The period ends before it starts.</source>
        <translation>统计期的结束日期早于开始日期。</translation>
    </message>
    <message>
        <source>Write the targets as year=per cent, separated by commas, e.g. 2024=45,2025=60.</source>
        <translation>目标请写成“年份=百分比”，用逗号分隔，例如 2024=45,2025=60。</translation>
    </message>
    <message>
        <source>Only coordinators and admins may export full ID numbers. Export the list as shown instead.</source>
        <translation>只有协调员和管理员可以导出完整身份证号码。请按当前显示的名单导出。</translation>
    </message>
    <message>
        <source>The file {path} could not be written. Choose a folder you can write to; nothing was exported.</source>
        <translation>无法写入文件 {path}。请选择一个可以写入的文件夹；没有导出任何内容。</translation>
    </message>
    <message>
        <source>The period ends before it starts: choose an end date on or after the start.</source>
        <translation>结束日期早于开始日期：请选择不早于开始日期的结束日期。</translation>
    </message>
    <message>
        <source>Export at most three years at a time: choose a shorter period.</source>
        <translation>每次最多导出三年：请选择短一些的时间段。</translation>
    </message>
    <message>
        <source>Save the file as {formats}.</source>
        <translation>请保存为 {formats} 文件。</translation>
    </message>
    <message>
        <source>Choose a complete folder path.</source>
        <translation>请选择完整的文件夹路径。</translation>
    </message>
    <message>
        <source>The station code cannot be changed: backups and reports are filed under it.</source>
        <translation>站点编码不能修改：备份和报表都以它归档。</translation>
    </message>
    <message>
        <source>Enter the ID number.</source>
        <translation>请输入身份证号码。</translation>
    </message>
    <message>
        <source>Choose one of the values offered.</source>
        <translation>请从给出的选项中选择。</translation>
    </message>
    <message>
        <source>This field cannot hold control characters (a line break, a tab, NUL …). Remove them and try again.</source>
        <translation>此栏不能包含控制字符（换行、制表符、空字符等），请删除后重试。</translation>
    </message>
    <message>
        <source>This field holds invisible characters (zero-width or text-direction marks) that can disguise what is shown. Type it again instead of pasting it.</source>
        <translation>此栏包含不可见字符（零宽字符或文字方向控制符），会让显示的内容与实际不符。请直接重新输入，不要粘贴。</translation>
    </message>
    <message>
        <source>A letter here carries more than {maximum} accent marks stacked. Remove the extra marks.</source>
        <translation>此栏有一个字符叠加了超过 {maximum} 个附加符号，请删去多余的符号。</translation>
    </message>
    <message>
        <source>This value starts with = + - or @, so a spreadsheet would run it as a formula. Check it in the file, remove the leading sign and load the file again.</source>
        <translation>此值以 = + - 或 @ 开头，表格软件会把它当作公式执行。请在文件中核对，删去开头的符号后重新载入文件。</translation>
    </message>
    <message>
        <source>Excel stored this number as a number and dropped its last digits. Format the column as text, type the number again, and reload the file.</source>
        <translation>Excel 把这个号码当作数字保存，末尾几位已丢失。请把该列设为文本格式，重新输入号码后再载入文件。</translation>
    </message>
    <message>
        <source>Add at least one guardian or contact person.</source>
        <translation>请至少添加一位监护人或联系人。</translation>
    </message>
    <message>
        <source>A minor, or a client without full legal capacity, needs a legal guardian: tick “legal guardian” for one of the contacts.</source>
        <translation>未成年人或不具有完全民事行为能力的康复对象必须有法定监护人：请为其中一位联系人勾选“法定监护人”。</translation>
    </message>
    <message>
        <source>The onset date cannot be before the birth date.</source>
        <translation>发病日期不能早于出生日期。</translation>
    </message>
    <message>
        <source>This case number is already used by another file.</source>
        <translation>此档案编号已被其他档案使用。</translation>
    </message>
    <message>
        <source>A file&apos;s case number cannot be changed.</source>
        <translation>档案编号不能修改。</translation>
    </message>
    <message>
        <source>The same ID number appears earlier in this file (row {row}).</source>
        <translation>相同的身份证号码在本文件前面已出现过（第 {row} 行）。</translation>
    </message>
    <message>
        <source>Use up to 20 letters, digits or dashes.</source>
        <translation>请使用不超过 20 位的字母、数字或连字符。</translation>
    </message>
    <message>
        <source>This staff number is already used.</source>
        <translation>此工号已被使用。</translation>
    </message>
    <message>
        <source>The end date cannot be before the start date.</source>
        <translation>结束日期不能早于开始日期。</translation>
    </message>
    <message>
        <source>An ID number has only digits, and an X as its last character.</source>
        <translation>身份证号码只能由数字组成，最后一位可以是 X。</translation>
    </message>
    <message>
        <source>This is an old 15-digit ID number. Enter the 18-digit number on the current card.</source>
        <translation>这是旧的 15 位身份证号码。请输入现行身份证上的 18 位号码。</translation>
    </message>
    <message>
        <source>An ID number has {expected} characters; this one has {length}.</source>
        <translation>身份证号码应为 {expected} 位，这里是 {length} 位。</translation>
    </message>
    <message>
        <source>The first two digits are not a province code. Check the number against the card.</source>
        <translation>前两位不是有效的省级代码。请对照证件核对号码。</translation>
    </message>
    <message>
        <source>The birth date inside this ID number (digits 7 to 14) is not a real date. Check the number.</source>
        <translation>号码中的出生日期（第 7 至 14 位）不是有效日期。请核对号码。</translation>
    </message>
    <message>
        <source>The birth date inside this ID number is in the future. Check the number.</source>
        <translation>号码中的出生日期晚于今天。请核对号码。</translation>
    </message>
    <message>
        <source>The birth date inside this ID number is before 1900. Check the number.</source>
        <translation>号码中的出生日期早于 1900 年。请核对号码。</translation>
    </message>
    <message>
        <source>The last character does not fit the rest of the number, so a digit was probably mistyped. Check the number against the card.</source>
        <translation>最后一位校验码与前面的数字不符，可能有数字输错了。请对照证件核对号码。</translation>
    </message>
    <message>
        <source>This differs from the birth date in the ID number.</source>
        <translation>与身份证号码中的出生日期不一致。</translation>
    </message>
    <message>
        <source>This differs from the gender in the ID number.</source>
        <translation>与身份证号码中的性别不一致。</translation>
    </message>
    <message>
        <source>Enter 5 to 20 letters and digits, as printed on the document.</source>
        <translation>请按证件上的样子输入 5 至 20 位字母和数字。</translation>
    </message>
    <message>
        <source>Enter an 11-digit mobile number, or a landline with its area code such as 010-12345678.</source>
        <translation>请输入 11 位手机号码，或带区号的固定电话，例如 010-12345678。</translation>
    </message>
    <message>
        <source>Enter a real date, for example 2024-03-05.</source>
        <translation>请输入有效日期，例如 2024-03-05。</translation>
    </message>
    <message>
        <source>This date cannot be later than {latest}.</source>
        <translation>此日期不能晚于 {latest}。</translation>
    </message>
    <message>
        <source>This date cannot be earlier than {earliest}.</source>
        <translation>此日期不能早于 {earliest}。</translation>
    </message>
    <message>
        <source>A consent form always includes consent to services.</source>
        <translation>知情同意书必须包含服务知情同意。</translation>
    </message>
    <message>
        <source>Tick only consents this form offered.</source>
        <translation>只能勾选这份同意书包含的事项。</translation>
    </message>
    <message>
        <source>This client is a minor or lacks full legal capacity: the legal guardian must sign, alone or together with the client.</source>
        <translation>这位康复对象是未成年人或不具有完全民事行为能力，必须由法定监护人签字（单独签字或与本人一起签字）。</translation>
    </message>
    <message>
        <source>Choose the legal guardian: for this client, another contact cannot sign.</source>
        <translation>请选择法定监护人：这位康复对象不能由其他联系人代为签字。</translation>
    </message>
    <message>
        <source>The term cannot end before it starts.</source>
        <translation>结束日期不能早于开始日期。</translation>
    </message>
    <message>
        <source>A term longer than three years is not accepted. Check the year.</source>
        <translation>协议期限不能超过三年，请检查年份。</translation>
    </message>
    <message>
        <source>Enter a whole number from 1 to 10000.</source>
        <translation>请输入 1 到 10000 之间的整数。</translation>
    </message>
    <message>
        <source>Enter an amount in yuan of zero or more, with at most two decimals, e.g. 12.50.</source>
        <translation>请输入以元为单位、不小于零、最多两位小数的金额，例如 12.50。</translation>
    </message>
    <message>
        <source>The agreement&apos;s term ended on {date}, before this date.</source>
        <translation>协议期限已于 {date} 结束，早于这个日期。</translation>
    </message>
    <message>
        <source>The agreement ends on {date} anyway: terminate it on or before that day.</source>
        <translation>协议本来就在 {date} 到期，终止日期不能晚于这一天。</translation>
    </message>
    <message>
        <source>This fee item is no longer published. Remove it or choose a published one.</source>
        <translation>这个收费项目已停用。请删去它，或选择公示中的项目。</translation>
    </message>
    <message>
        <source>Attach a scan as a PDF, PNG or JPEG file. Other file types are not accepted.</source>
        <translation>扫描件请用 PDF、PNG 或 JPEG 格式，其他格式不能添加。</translation>
    </message>
    <message>
        <source>This file is {size_mb} MB; the limit is {limit_mb} MB. Scan at a lower resolution (200 dpi, black and white is enough) and attach it again.</source>
        <translation>这个文件有 {size_mb} MB，上限是 {limit_mb} MB。请用较低的分辨率重新扫描（200 dpi 黑白即可）后再添加。</translation>
    </message>
    <message>
        <source>This file is empty.</source>
        <translation>这个文件是空的。</translation>
    </message>
    <message>
        <source>This very file is already attached.</source>
        <translation>这个文件已经添加过了。</translation>
    </message>
    <message>
        <source>Nothing was changed, so no new version was saved.</source>
        <translation>内容没有改动，所以没有保存新版本。</translation>
    </message>
    <message>
        <source>{{{name}}} is not a placeholder this template knows. Check the spelling against the list.</source>
        <translation>{{{name}}} 不是这个模板可用的替换项。请对照列表检查拼写。</translation>
    </message>
    <message>
        <source>[[{name}]] is not a block this template knows. Check the spelling against the list.</source>
        <translation>[[{name}]] 不是这个模板可用的区块。请对照列表检查拼写。</translation>
    </message>
    <message>
        <source>The template must contain the block [[{name}]] on a line of its own.</source>
        <translation>模板中必须单独一行写上区块 [[{name}]]。</translation>
    </message>
    <message>
        <source>The template is empty.</source>
        <translation>模板是空的。</translation>
    </message>
    <message>
        <source>Enter the hours as a number greater than 0, e.g. 2 or 2.5 (whole minutes only).</source>
        <translation>请输入大于 0 的学时，例如 2 或 2.5（精确到分钟）。</translation>
    </message>
    <message>
        <source>A course of {days} day(s) can have at most {maximum} hours. Check the hours or the dates.</source>
        <translation>{days} 天的培训最多 {maximum} 学时。请检查学时或日期。</translation>
    </message>
    <message>
        <source>Choose at least one person who took part.</source>
        <translation>请至少选择一名参加人员。</translation>
    </message>
    <message>
        <source>The same person is listed twice.</source>
        <translation>同一个人出现了两次。</translation>
    </message>
    <message>
        <source>This staff member is not in the staff register.</source>
        <translation>工作人员登记中没有这个人。</translation>
    </message>
    <message>
        <source>{name} was not employed at the station on these dates. Check the dates or the person.</source>
        <translation>{name}在这些日期不在本站工作。请检查日期或人员。</translation>
    </message>
    <message>
        <source>No staff member has this staff number.</source>
        <translation>没有工作人员使用这个工号。</translation>
    </message>
    <message>
        <source>This staff number belongs to {name}. Check the number or the name.</source>
        <translation>这个工号属于{name}。请检查工号或姓名。</translation>
    </message>
    <message>
        <source>No staff member has this name. Add a staff number column, or register the person first.</source>
        <translation>没有叫这个名字的工作人员。请添加工号列，或先登记这名工作人员。</translation>
    </message>
    <message>
        <source>Several staff members have this name: give the staff number to say which one.</source>
        <translation>有多名工作人员同名：请填写工号加以区分。</translation>
    </message>
    <message>
        <source>The file has no such column. Add it to the header row (the first row) and load the file again.</source>
        <translation>文件中没有这一列。请在表头（第一行）加上这一列后重新选择文件。</translation>
    </message>
    <message>
        <source>Record only your own training: choose yourself alone.</source>
        <translation>只能登记本人的培训：参加人员只能选您自己。</translation>
    </message>
    <message>
        <source>This emergency plan no longer exists. Choose another.</source>
        <translation>这个应急预案已不存在，请另选一个。</translation>
    </message>
    <message>
        <source>Enter a time such as 9:30 or 14:05.</source>
        <translation>请输入时间，例如 9:30 或 14:05。</translation>
    </message>
    <message>
        <source>The end time must be later than the start time.</source>
        <translation>结束时间必须晚于开始时间。</translation>
    </message>
    <message>
        <source>A service lasts at most {hours} hours. Record a longer day as separate services.</source>
        <translation>一次服务最长 {hours} 小时。更长的服务请分次登记。</translation>
    </message>
    <message>
        <source>A group session needs at least two clients. For one client, record individual work.</source>
        <translation>小组活动至少需要两名服务对象。只有一人时请登记为个案服务。</translation>
    </message>
    <message>
        <source>Individual work is for exactly one client. For several, record a group session.</source>
        <translation>个案服务只能有一名服务对象。多人时请登记为小组活动。</translation>
    </message>
    <message>
        <source>Tick at least one client who came.</source>
        <translation>请至少勾选一名到场的服务对象。</translation>
    </message>
    <message>
        <source>Answer this item.</source>
        <translation>请填写这一条目。</translation>
    </message>
    <message>
        <source>This client is not in the station&apos;s files.</source>
        <translation>本站档案中没有这位康复对象。</translation>
    </message>
    <message>
        <source>The plan ends on {date}: set the goal&apos;s date on or before it.</source>
        <translation>计划在 {date} 结束：目标日期不能晚于这一天。</translation>
    </message>
    <message>
        <source>A plan covers at most {months} months.</source>
        <translation>一份计划最长 {months} 个月。</translation>
    </message>
    <message>
        <source>Choose one of the answers the scale offers.</source>
        <translation>请从量表提供的选项中选择。</translation>
    </message>
    <message>
        <source>Enter the overall score.</source>
        <translation>请填写总评分。</translation>
    </message>
    <message>
        <source>The score must be from {minimum} to {maximum}.</source>
        <translation>评分必须在 {minimum} 到 {maximum} 之间。</translation>
    </message>
    <message>
        <source>With these domain ratings the overall score must be from {minimum} to {maximum}. Check the ratings or choose a score in that band.</source>
        <translation>根据各领域的评定，总评分应在 {minimum} 到 {maximum} 之间。请检查各领域评定，或在这个范围内选择总评分。</translation>
    </message>
    <message>
        <source>The same person and course appear earlier in this file (row {row}).</source>
        <translation>同一人员的同一培训在文件前面已出现过（第 {row} 行）。</translation>
    </message>
    <message>
        <source>Something could not be done (code: {code}).</source>
        <translation>操作未能完成（代码：{code}）。</translation>
    </message>
</context>
<context>
    <name>operations</name>
    <message>
        <source>RehabDesk</source>
        <translation>精康工作台</translation>
    </message>
</context>
<context>
    <name>paperwork</name>
    <message>
        <source>legal guardian</source>
        <translation>法定监护人</translation>
    </message>
    <message>
        <source>Withdraw a consent of form {number}</source>
        <translation>登记撤回知情同意书 {number} 中的一项同意</translation>
    </message>
    <message>
        <source>Withdrawn on</source>
        <translation>撤回日期</translation>
    </message>
    <message>
        <source>Consent withdrawn</source>
        <translation>撤回的事项</translation>
    </message>
    <message>
        <source>Nothing is deleted. From this date the station may no longer use this consent; if it is consent to services or to health data, no new services can be recorded.</source>
        <translation>撤回不会删除任何记录。从这一天起，站点不能再按这项同意使用信息；如果撤回的是服务同意或健康信息同意，就不能再登记新的服务。</translation>
    </message>
    <message>
        <source>Consent to services</source>
        <translation>服务知情同意</translation>
    </message>
    <message>
        <source>Separate consent: health data</source>
        <translation>健康信息单独同意</translation>
    </message>
    <message>
        <source>Separate consent: providing data to others</source>
        <translation>向他人提供信息单独同意</translation>
    </message>
    <message>
        <source>Photos and video</source>
        <translation>拍照录像</translation>
    </message>
    <message>
        <source>Emergency authorisation</source>
        <translation>紧急情况授权</translation>
    </message>
    <message>
        <source>Draft</source>
        <translation>草稿</translation>
    </message>
    <message>
        <source>Awaiting signature</source>
        <translation>待签署</translation>
    </message>
    <message>
        <source>Signed</source>
        <translation>已签署</translation>
    </message>
    <message>
        <source>Voided</source>
        <translation>已作废</translation>
    </message>
    <message>
        <source>Given</source>
        <translation>已同意</translation>
    </message>
    <message>
        <source>Withdrawn</source>
        <translation>已撤回</translation>
    </message>
    <message>
        <source>The client</source>
        <translation>本人</translation>
    </message>
    <message>
        <source>The guardian</source>
        <translation>监护人</translation>
    </message>
    <message>
        <source>Client and guardian</source>
        <translation>本人和监护人</translation>
    </message>
    <message>
        <source>In force</source>
        <translation>生效</translation>
    </message>
    <message>
        <source>Expired</source>
        <translation>已到期</translation>
    </message>
    <message>
        <source>Terminated</source>
        <translation>已终止</translation>
    </message>
    <message>
        <source>Medication training</source>
        <translation>服药训练</translation>
    </message>
    <message>
        <source>Relapse prevention</source>
        <translation>预防复发训练</translation>
    </message>
    <message>
        <source>Physical health management</source>
        <translation>躯体管理训练</translation>
    </message>
    <message>
        <source>Life skills</source>
        <translation>生活技能训练</translation>
    </message>
    <message>
        <source>Social skills</source>
        <translation>社交技能训练</translation>
    </message>
    <message>
        <source>Vocational rehabilitation</source>
        <translation>职业康复训练</translation>
    </message>
    <message>
        <source>Psychological support</source>
        <translation>心理康复/心理疏导</translation>
    </message>
    <message>
        <source>Peer support</source>
        <translation>同伴支持</translation>
    </message>
    <message>
        <source>Family support and training</source>
        <translation>家庭支持/家属培训</translation>
    </message>
    <message>
        <source>Home rehabilitation guidance</source>
        <translation>居家康复指导</translation>
    </message>
    <message>
        <source>Health education</source>
        <translation>健康教育</translation>
    </message>
    <message>
        <source>Recreation and sports</source>
        <translation>文体娱乐</translation>
    </message>
    <message>
        <source>Community integration</source>
        <translation>社区融入</translation>
    </message>
    <message>
        <source>Case management</source>
        <translation>个案管理</translation>
    </message>
    <message>
        <source>Group work</source>
        <translation>小组工作</translation>
    </message>
    <message>
        <source>Day training and care</source>
        <translation>日间训练/照料</translation>
    </message>
    <message>
        <source>Transitional housing</source>
        <translation>过渡性住宿</translation>
    </message>
    <message>
        <source>Home support and visits</source>
        <translation>居家支持/家访</translation>
    </message>
    <message>
        <source>Phone follow-up</source>
        <translation>电话随访</translation>
    </message>
    <message>
        <source>Community activities</source>
        <translation>社区活动</translation>
    </message>
    <message>
        <source>Agreement ends soon</source>
        <translation>服务协议即将到期</translation>
    </message>
    <message>
        <source>Agreement ended, not renewed</source>
        <translation>服务协议已到期，未续签</translation>
    </message>
    <message>
        <source>Consent form not signed yet</source>
        <translation>知情同意书未签署</translation>
    </message>
    <message>
        <source>Signed paper not scanned in</source>
        <translation>签字文书未扫描存档</translation>
    </message>
    <message>
        <source>No signed consent: {kind}.</source>
        <translation>没有已签署的{kind}。</translation>
    </message>
    <message>
        <source>Consent withdrawn on {date}: {kind}.</source>
        <translation>{kind}已于 {date} 撤回。</translation>
    </message>
    <message>
        <source>{kind}: the legal guardian has not signed it.</source>
        <translation>{kind}：法定监护人没有签字。</translation>
    </message>
    <message>
        <source>No signed service agreement.</source>
        <translation>没有已签署的服务协议。</translation>
    </message>
    <message>
        <source>Service agreement {number} expired on {date}.</source>
        <translation>服务协议 {number} 已于 {date} 到期。</translation>
    </message>
    <message>
        <source>Service agreement {number} starts only on {date}.</source>
        <translation>服务协议 {number} 要到 {date} 才开始生效。</translation>
    </message>
    <message>
        <source>Service agreement {number} was terminated on {date}.</source>
        <translation>服务协议 {number} 已于 {date} 终止。</translation>
    </message>
    <message>
        <source>Service agreement {number}: the legal guardian has not signed it.</source>
        <translation>服务协议 {number}：法定监护人没有签字。</translation>
    </message>
    <message>
        <source>{name} ({case_number}): {reasons}</source>
        <translation>{name}（{case_number}）：{reasons}</translation>
    </message>
    <message>
        <source>A case cannot go from “{from_}” to “{to}”.</source>
        <translation>个案不能从“{from_}”直接转为“{to}”。</translation>
    </message>
    <message>
        <source>Give the reason.</source>
        <translation>请填写原因。</translation>
    </message>
    <message>
        <source>No baseline (intake) assessment yet.</source>
        <translation>还没有初次（入组）评估。</translation>
    </message>
    <message>
        <source>No approved rehabilitation plan yet.</source>
        <translation>还没有经过审批的康复计划。</translation>
    </message>
    <message>
        <source>A coordinator must approve this step.</source>
        <translation>这一步需要协调员审批。</translation>
    </message>
    <message>
        <source>Choose the outcome of the case.</source>
        <translation>请选择结案去向。</translation>
    </message>
    <message>
        <source>No closing assessment yet.</source>
        <translation>还没有结案评估。</translation>
    </message>
    <message>
        <source>The client is not being served now (status: {status}).</source>
        <translation>这位康复对象目前不在服务中（状态：{status}）。</translation>
    </message>
    <message>
        <source>Services are suspended: only home visits and phone follow-ups can be recorded.</source>
        <translation>服务已暂停：只能登记家访和电话随访。</translation>
    </message>
</context>
<context>
    <name>people</name>
    <message>
        <source>Male</source>
        <translation>男</translation>
    </message>
    <message>
        <source>Female</source>
        <translation>女</translation>
    </message>
    <message>
        <source>Resident ID card</source>
        <translation>居民身份证</translation>
    </message>
    <message>
        <source>Passport</source>
        <translation>护照</translation>
    </message>
    <message>
        <source>Mainland travel permit (Hong Kong/Macao)</source>
        <translation>港澳居民来往内地通行证</translation>
    </message>
    <message>
        <source>Mainland travel permit (Taiwan)</source>
        <translation>台湾居民来往大陆通行证</translation>
    </message>
    <message>
        <source>Foreign permanent resident card (old)</source>
        <translation>外国人永久居留身份证（旧版）</translation>
    </message>
    <message>
        <source>Schizophrenia</source>
        <translation>精神分裂症</translation>
    </message>
    <message>
        <source>Schizoaffective disorder</source>
        <translation>分裂情感性障碍</translation>
    </message>
    <message>
        <source>Paranoid psychosis (persistent delusional disorder)</source>
        <translation>偏执性精神病（持久妄想性障碍）</translation>
    </message>
    <message>
        <source>Bipolar (affective) disorder</source>
        <translation>双相（情感）障碍</translation>
    </message>
    <message>
        <source>Mental disorder due to epilepsy</source>
        <translation>癫痫所致精神障碍</translation>
    </message>
    <message>
        <source>Intellectual disability with mental disorder</source>
        <translation>精神发育迟滞伴发精神障碍</translation>
    </message>
    <message>
        <source>Depression</source>
        <translation>抑郁症</translation>
    </message>
    <message>
        <source>Autism spectrum disorder</source>
        <translation>孤独症谱系障碍</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>其他</translation>
    </message>
    <message>
        <source>Stable</source>
        <translation>稳定</translation>
    </message>
    <message>
        <source>Basically stable</source>
        <translation>基本稳定</translation>
    </message>
    <message>
        <source>Unstable</source>
        <translation>不稳定</translation>
    </message>
    <message>
        <source>Regular</source>
        <translation>规律</translation>
    </message>
    <message>
        <source>Intermittent</source>
        <translation>间断</translation>
    </message>
    <message>
        <source>Not taking medication</source>
        <translation>不服药</translation>
    </message>
    <message>
        <source>Full legal capacity</source>
        <translation>完全民事行为能力</translation>
    </message>
    <message>
        <source>Limited legal capacity</source>
        <translation>限制民事行为能力</translation>
    </message>
    <message>
        <source>No legal capacity</source>
        <translation>无民事行为能力</translation>
    </message>
    <message>
        <source>Spouse</source>
        <translation>配偶</translation>
    </message>
    <message>
        <source>Parent</source>
        <translation>父母</translation>
    </message>
    <message>
        <source>Adult child</source>
        <translation>成年子女</translation>
    </message>
    <message>
        <source>Other close relative</source>
        <translation>其他近亲属</translation>
    </message>
    <message>
        <source>Village or residents&apos; committee</source>
        <translation>村居委会</translation>
    </message>
    <message>
        <source>Civil affairs department</source>
        <translation>民政部门</translation>
    </message>
    <message>
        <source>Application by client or guardian</source>
        <translation>本人/监护人申请</translation>
    </message>
    <message>
        <source>Referral by a medical institution</source>
        <translation>医疗机构转介</translation>
    </message>
    <message>
        <source>Found by the community, an organisation or a person</source>
        <translation>村居委会、社会组织、个人发现</translation>
    </message>
    <message>
        <source>Transferred in from another station</source>
        <translation>其他站点转入</translation>
    </message>
    <message>
        <source>Applied</source>
        <translation>申请</translation>
    </message>
    <message>
        <source>Registered</source>
        <translation>初核登记</translation>
    </message>
    <message>
        <source>Assessing needs</source>
        <translation>需求评估</translation>
    </message>
    <message>
        <source>Not eligible</source>
        <translation>不符合条件</translation>
    </message>
    <message>
        <source>Waitlisted</source>
        <translation>等候</translation>
    </message>
    <message>
        <source>Enrolled</source>
        <translation>签约入组</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>在册服务</translation>
    </message>
    <message>
        <source>Suspended</source>
        <translation>暂停</translation>
    </message>
    <message>
        <source>Closed</source>
        <translation>结案</translation>
    </message>
    <message>
        <source>Follow-up</source>
        <translation>回访</translation>
    </message>
    <message>
        <source>Archived</source>
        <translation>归档</translation>
    </message>
    <message>
        <source>Withdrawn</source>
        <translation>已退出</translation>
    </message>
    <message>
        <source>Psychiatrist</source>
        <translation>精神科医师</translation>
    </message>
    <message>
        <source>Psychiatric nurse</source>
        <translation>精神科护士</translation>
    </message>
    <message>
        <source>Social worker</source>
        <translation>社会工作者</translation>
    </message>
    <message>
        <source>Psychotherapist or counsellor</source>
        <translation>心理治疗师/咨询师</translation>
    </message>
    <message>
        <source>Rehabilitation therapist</source>
        <translation>康复治疗师</translation>
    </message>
    <message>
        <source>Vocational instructor</source>
        <translation>职业指导员</translation>
    </message>
    <message>
        <source>Peer supporter</source>
        <translation>同伴支持员</translation>
    </message>
    <message>
        <source>Volunteer</source>
        <translation>志愿者</translation>
    </message>
    <message>
        <source>Administrative staff</source>
        <translation>行政</translation>
    </message>
    <message>
        <source>No relevant degree</source>
        <translation>无相关专业</translation>
    </message>
    <message>
        <source>Mental health</source>
        <translation>精神卫生</translation>
    </message>
    <message>
        <source>Social work</source>
        <translation>社会工作</translation>
    </message>
    <message>
        <source>Psychology</source>
        <translation>心理</translation>
    </message>
    <message>
        <source>Full-time</source>
        <translation>专职</translation>
    </message>
    <message>
        <source>Part-time</source>
        <translation>兼职</translation>
    </message>
    <message>
        <source>Purchased service</source>
        <translation>购买服务</translation>
    </message>
    <message>
        <source>0 – no risk behaviour</source>
        <translation>0 级：无下列行为</translation>
    </message>
    <message>
        <source>1 – verbal threats or shouting</source>
        <translation>1 级：口头威胁、喊叫，但没有打砸</translation>
    </message>
    <message>
        <source>2 – smashing at home, stops when persuaded</source>
        <translation>2 级：在家打砸，针对财物，能被劝说制止</translation>
    </message>
    <message>
        <source>3 – smashing anywhere, does not stop</source>
        <translation>3 级：明显打砸，不论场合，不能接受劝说而停止</translation>
    </message>
    <message>
        <source>4 – persistent violence, incl. self-harm or suicide attempt</source>
        <translation>4 级：持续打砸或暴力，包括自伤、自杀</translation>
    </message>
    <message>
        <source>5 – violence with a weapon, arson or explosion</source>
        <translation>5 级：持械伤人，或纵火、爆炸</translation>
    </message>
    <message>
        <source>None of the behaviours of levels 1 to 5.</source>
        <translation>无 1 至 5 级中的任何行为。</translation>
    </message>
    <message>
        <source>Verbal threats or shouting, but no smashing of things.</source>
        <translation>口头威胁，喊叫，但没有打砸行为。</translation>
    </message>
    <message>
        <source>Smashing things at home, aimed at property only; stops when persuaded.</source>
        <translation>打砸行为，局限在家里，针对财物，能被劝说制止。</translation>
    </message>
    <message>
        <source>Obvious smashing of things in any setting, aimed at property or people; cannot be stopped.</source>
        <translation>明显打砸行为，不分场合，针对财物或人，不能接受劝说而停止。</translation>
    </message>
    <message>
        <source>Persistent violence against property or people in any setting, including self-harm or suicide attempts.</source>
        <translation>持续的打砸行为，不分场合，针对财物或人，不能接受劝说而停止，包括自伤、自杀。</translation>
    </message>
    <message>
        <source>Violence against people with a weapon, or arson or explosion.</source>
        <translation>持械针对人的任何暴力行为，或者纵火、爆炸等行为。</translation>
    </message>
    <message>
        <source>No disability certificate</source>
        <translation>无残疾证</translation>
    </message>
    <message>
        <source>Level 1 (most severe)</source>
        <translation>一级（最重）</translation>
    </message>
    <message>
        <source>Level 2</source>
        <translation>二级</translation>
    </message>
    <message>
        <source>Level 3</source>
        <translation>三级</translation>
    </message>
    <message>
        <source>Level 4 (mildest)</source>
        <translation>四级（最轻）</translation>
    </message>
</context>
<context>
    <name>punctuation</name>
    <message>
        <source>, </source>
        <translation>、</translation>
    </message>
    <message>
        <source>; </source>
        <translation>；</translation>
    </message>
    <message>
        <source>{label}: {text}</source>
        <translation>{label}：{text}</translation>
    </message>
</context>
<context>
    <name>roles</name>
    <message>
        <source>Staff</source>
        <translation>工作人员</translation>
    </message>
    <message>
        <source>Coordinator</source>
        <translation>协调员</translation>
    </message>
    <message>
        <source>Admin</source>
        <translation>管理员</translation>
    </message>
    <message>
        <source>, </source>
        <translation>、</translation>
    </message>
</context>
<context>
    <name>templates</name>
    <message>
        <source>station name</source>
        <translation>站点名称</translation>
    </message>
    <message>
        <source>station address</source>
        <translation>站点地址</translation>
    </message>
    <message>
        <source>station telephone</source>
        <translation>站点电话</translation>
    </message>
    <message>
        <source>head of station</source>
        <translation>站点负责人</translation>
    </message>
    <message>
        <source>operating organisation</source>
        <translation>运营机构</translation>
    </message>
    <message>
        <source>date of printing</source>
        <translation>打印日期</translation>
    </message>
    <message>
        <source>number of this form</source>
        <translation>本文书编号</translation>
    </message>
    <message>
        <source>client&apos;s case number</source>
        <translation>康复对象档案编号</translation>
    </message>
    <message>
        <source>client&apos;s name</source>
        <translation>康复对象姓名</translation>
    </message>
    <message>
        <source>client&apos;s gender</source>
        <translation>康复对象性别</translation>
    </message>
    <message>
        <source>client&apos;s date of birth</source>
        <translation>康复对象出生日期</translation>
    </message>
    <message>
        <source>client&apos;s ID number</source>
        <translation>康复对象身份证号码</translation>
    </message>
    <message>
        <source>client&apos;s phone</source>
        <translation>康复对象电话</translation>
    </message>
    <message>
        <source>client&apos;s address</source>
        <translation>康复对象住址</translation>
    </message>
    <message>
        <source>guardian&apos;s name</source>
        <translation>监护人姓名</translation>
    </message>
    <message>
        <source>guardian&apos;s relation to the client</source>
        <translation>监护人与康复对象的关系</translation>
    </message>
    <message>
        <source>guardian&apos;s phone</source>
        <translation>监护人电话</translation>
    </message>
    <message>
        <source>first day of the agreement</source>
        <translation>协议开始日期</translation>
    </message>
    <message>
        <source>last day of the agreement</source>
        <translation>协议结束日期</translation>
    </message>
    <message>
        <source>services agreed</source>
        <translation>约定的服务项目</translation>
    </message>
    <message>
        <source>forms of service agreed</source>
        <translation>约定的服务形式</translation>
    </message>
    <message>
        <source>where services take place</source>
        <translation>服务地点</translation>
    </message>
    <message>
        <source>when services take place</source>
        <translation>服务时间安排</translation>
    </message>
    <message>
        <source>number of the agreement this one renews</source>
        <translation>所续签的原协议编号</translation>
    </message>
    <message>
        <source>table of the parties: station, client, guardian</source>
        <translation>协议各方表格：站点、康复对象、监护人</translation>
    </message>
    <message>
        <source>table of the services agreed, place and term</source>
        <translation>约定服务、地点和期限的表格</translation>
    </message>
    <message>
        <source>table of fees</source>
        <translation>收费表</translation>
    </message>
    <message>
        <source>one box for each separate consent offered</source>
        <translation>每项单独同意各占一个方框</translation>
    </message>
    <message>
        <source>the paragraph after this line is the statement in the box “{consent}”</source>
        <translation>下一段文字印在“{consent}”方框中</translation>
    </message>
    <message>
        <source>signatures and dates</source>
        <translation>签字和日期</translation>
    </message>
</context>
<context>
    <name>today</name>
    <message>
        <source>Stage review due</source>
        <translation>阶段评估到期</translation>
    </message>
    <message>
        <source>Rehabilitation plan review due</source>
        <translation>康复计划到期复核</translation>
    </message>
    <message>
        <source>Ask whether they still want a place</source>
        <translation>等候满期，须确认是否仍需服务</translation>
    </message>
    <message>
        <source>Follow-up after closing</source>
        <translation>结案后回访</translation>
    </message>
    <message>
        <source>No service yet this month</source>
        <translation>本月尚无服务记录</translation>
    </message>
    <message>
        <source>Training hours short this year</source>
        <translation>本年度培训学时不足</translation>
    </message>
    <message>
        <source>Drill due</source>
        <translation>应急演练到期</translation>
    </message>
    <message>
        <source>Corrective action due</source>
        <translation>整改事项到期</translation>
    </message>
    <message>
        <source>Emergency plan past its review</source>
        <translation>应急预案已过复核期</translation>
    </message>
</context>
<context>
    <name>training</name>
    <message>
        <source>Induction</source>
        <translation>岗前培训</translation>
    </message>
    <message>
        <source>Block training</source>
        <translation>集中培训</translation>
    </message>
    <message>
        <source>Supervision</source>
        <translation>跟踪督导</translation>
    </message>
    <message>
        <source>Vocational skills</source>
        <translation>职业技能培训</translation>
    </message>
    <message>
        <source>Needs-assessment training</source>
        <translation>需求评估能力培训</translation>
    </message>
    <message>
        <source>Safety and emergency</source>
        <translation>安全应急培训</translation>
    </message>
    <message>
        <source>Fire</source>
        <translation>火灾</translation>
    </message>
    <message>
        <source>Missing person</source>
        <translation>走失</translation>
    </message>
    <message>
        <source>Violence (with a weapon)</source>
        <translation>冲动伤人（持械）</translation>
    </message>
    <message>
        <source>Suicide or self-harm</source>
        <translation>自杀自伤</translation>
    </message>
    <message>
        <source>Choking</source>
        <translation>噎食</translation>
    </message>
    <message>
        <source>Fall</source>
        <translation>跌倒/坠床</translation>
    </message>
    <message>
        <source>Sudden illness</source>
        <translation>突发疾病</translation>
    </message>
    <message>
        <source>Adverse drug reaction</source>
        <translation>药物不良反应</translation>
    </message>
    <message>
        <source>Food poisoning</source>
        <translation>食物中毒</translation>
    </message>
    <message>
        <source>Power cut</source>
        <translation>停电</translation>
    </message>
    <message>
        <source>Natural disaster (earthquake)</source>
        <translation>自然灾害（地震）</translation>
    </message>
    <message>
        <source>Epidemic</source>
        <translation>传染病</translation>
    </message>
    <message>
        <source>Overdue</source>
        <translation>已逾期</translation>
    </message>
    <message>
        <source>Due within 30 days</source>
        <translation>30 天内到期</translation>
    </message>
    <message>
        <source>Up to date</source>
        <translation>按期</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>未完成</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>已完成</translation>
    </message>
    <message>
        <source>{hours} h</source>
        <translation>{hours} 学时</translation>
    </message>
</context>
<context>
    <name>why_not</name>
    <message>
        <source>Your account&apos;s roles do not allow this. Ask an admin.</source>
        <translation>您的账户角色无权进行此操作，请联系管理员。</translation>
    </message>
    <message>
        <source>Select one in the list first.</source>
        <translation>请先在列表中选择一项。</translation>
    </message>
    <message>
        <source>Still loading, a moment please.</source>
        <translation>正在加载，请稍候。</translation>
    </message>
    <message>
        <source>Working on it, a moment please.</source>
        <translation>正在处理，请稍候。</translation>
    </message>
    <message>
        <source>No scan or file is attached to the selected one yet.</source>
        <translation>所选项目还没有附上扫描件或文件。</translation>
    </message>
</context>
</TS>
