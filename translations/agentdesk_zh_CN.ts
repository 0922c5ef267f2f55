<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
<context>
    <name>AccountListModel</name>
    <message>
        <source>Warning line %1 %, close-out line %2 %, withdrawal above %3 %</source>
        <translation>警戒线 %1%，平仓线 %2%，高于 %3% 可提取</translation>
    </message>
    <message>
        <source>no debt</source>
        <translation>无负债</translation>
    </message>
    <message>
        <source>Account</source>
        <translation>账户</translation>
    </message>
    <message>
        <source>Number</source>
        <translation>编号</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Assets (CNY)</source>
        <translation>资产（元）</translation>
    </message>
    <message>
        <source>Maintenance ratio</source>
        <translation>维持担保比例</translation>
    </message>
    <message>
        <source>Zone</source>
        <translation>区间</translation>
    </message>
</context>
<context>
    <name>AttachmentCache</name>
    <message>
        <source>The file “%1” cannot be read.</source>
        <translation>无法读取文件“%1”。</translation>
    </message>
    <message>
        <source>The file cannot be copied into the profile: %1</source>
        <translation>无法将文件复制到本地配置目录：%1</translation>
    </message>
</context>
<context>
    <name>AttachmentPolicy</name>
    <message>
        <source>The attachment needs a file name (the name parameter).</source>
        <translation>附件需要文件名（name 参数）。</translation>
    </message>
    <message>
        <source>The file name is longer than %1 characters.</source>
        <translation>文件名超过 %1 个字符。</translation>
    </message>
    <message>
        <source>The file name cannot be “.” or “..”.</source>
        <translation>文件名不能为“.”或“..”。</translation>
    </message>
    <message>
        <source>The file name contains a path separator or a character not allowed in file names (/ \ : * ? &quot; &lt; &gt; | or control characters).</source>
        <translation>文件名包含路径分隔符或文件名中不允许的字符（/ \ : * ? &quot; &lt; &gt; | 或控制字符）。</translation>
    </message>
    <message>
        <source>Files of type “%1” cannot be attached: only documents, images, e-mails and call recordings.</source>
        <translation>不能附加“%1”类型的文件：仅限文档、图片、邮件和通话录音。</translation>
    </message>
    <message>
        <source>The file is empty.</source>
        <translation>文件为空。</translation>
    </message>
    <message>
        <source>The file is %1; attachments may be at most %2.</source>
        <translation>文件大小为 %1，附件最大为 %2。</translation>
    </message>
</context>
<context>
    <name>AttachmentTransfer</name>
    <message>
        <source>The transfer was cancelled.</source>
        <translation>传输已取消。</translation>
    </message>
    <message>
        <source>The file %1 cannot be read: %2</source>
        <translation>无法读取文件 %1：%2</translation>
    </message>
    <message>
        <source>The attachment carries no SHA-256 digest to check its content against.</source>
        <translation>该附件没有 SHA-256 摘要，无法校验其内容。</translation>
    </message>
    <message>
        <source>The attachment cannot be saved in the profile: %1</source>
        <translation>无法将附件保存到配置目录：%1</translation>
    </message>
    <message>
        <source>The downloaded content does not match the attachment&apos;s SHA-256 digest; it was not kept.</source>
        <translation>下载的内容与附件的 SHA-256 摘要不符，已丢弃。</translation>
    </message>
</context>
<context>
    <name>CalendarCard</name>
    <message>
        <source>Calendar</source>
        <translation>日历</translation>
    </message>
    <message>
        <source>Working day</source>
        <translation>工作日</translation>
    </message>
    <message>
        <source>Day off</source>
        <translation>休息日</translation>
    </message>
    <message>
        <source>Make-up working day</source>
        <translation>调休上班</translation>
    </message>
    <message>
        <source>Trading day</source>
        <translation>交易日</translation>
    </message>
    <message>
        <source>Market closed</source>
        <translation>休市</translation>
    </message>
    <message>
        <source>Next trading day: %1 (tomorrow)</source>
        <translation>下一交易日：%1（明天）</translation>
    </message>
    <message numerus="yes">
        <source>Next trading day: %1 (in %n day(s))</source>
        <translation>
            <numerusform>下一交易日：%1（%n 天后）</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 – %2</source>
        <translation>%1 至 %2</translation>
    </message>
    <message numerus="yes">
        <source>%1: %2, %n day(s) off</source>
        <translation>
            <numerusform>%1：%2，放假 %n 天</numerusform>
        </translation>
    </message>
    <message>
        <source>Make-up working day (%1) — no trading</source>
        <translation>调休上班（%1），不开市</translation>
    </message>
    <message numerus="yes">
        <source>Holidays and make-up days in the next %n day(s)</source>
        <translation>
            <numerusform>未来 %n 天的节假日与调休</numerusform>
        </translation>
    </message>
    <message>
        <source>None — regular weeks ahead.</source>
        <translation>无，近期均为正常工作周。</translation>
    </message>
</context>
<context>
    <name>CommandPalette</name>
    <message>
        <source>No matching command</source>
        <translation>没有匹配的命令</translation>
    </message>
    <message>
        <source>↑↓ to choose · Enter to run · Esc to close</source>
        <translation>↑↓ 选择 · Enter 执行 · Esc 关闭</translation>
    </message>
    <message>
        <source>Type a command…</source>
        <translation>输入命令…</translation>
    </message>
</context>
<context>
    <name>ComplianceScanner</name>
    <message>
        <source>This reply seems to promise returns or deny risk (%1). Agents must never promise returns: please rephrase before sending.</source>
        <translation>该答复似含承诺收益或否认风险的表述（%1）。坐席不得向客户承诺收益，请修改后再发送。</translation>
    </message>
</context>
<context>
    <name>ConflictCompareView</name>
    <message>
        <source>Select a conflict to compare the two versions.</source>
        <translation>请选择一个冲突，以比较两个版本。</translation>
    </message>
    <message>
        <source>%1 %2</source>
        <translation>%1 %2</translation>
    </message>
    <message>
        <source>This record was deleted on the server, so your change could not be applied. It is shown here for reference.</source>
        <translation>该记录已在服务器上删除，因此您的更改无法应用。此处显示仅供参考。</translation>
    </message>
    <message>
        <source>The server decides a ticket&apos;s state and assignee: its version stands. Your change is shown for reference; dismiss it when you have read it.</source>
        <translation>工单的状态和处理人以服务器为准，保留服务器版本。您的更改仅供参考，阅读后即可忽略。</translation>
    </message>
    <message>
        <source>Tick the version to keep for each field. Highlighted values differ; fields in bold were changed on both sides. Fields you keep are sent to the server at the next sync.</source>
        <translation>请为每个字段勾选要保留的版本。高亮显示的值存在差异；粗体字段在两边都被修改过。您保留的本地字段将在下次同步时发送到服务器。</translation>
    </message>
</context>
<context>
    <name>ConflictDetailModel</name>
    <message>
        <source>The record was deleted on the server.</source>
        <translation>该记录已在服务器上删除。</translation>
    </message>
    <message>
        <source>The server decides a ticket&apos;s state and assignee: its value stands.</source>
        <translation>工单的状态和处理人以服务器为准，保留服务器上的值。</translation>
    </message>
    <message>
        <source>Changed here and on the server.</source>
        <translation>本工作台和服务器上均有修改。</translation>
    </message>
    <message>
        <source>Changed here only; not applied because of the conflict.</source>
        <translation>仅在本工作台修改；因存在冲突，未予应用。</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>字段</translation>
    </message>
    <message>
        <source>Mine (this workstation)</source>
        <translation>我的版本（本工作台）</translation>
    </message>
    <message>
        <source>Theirs (server)</source>
        <translation>对方版本（服务器）</translation>
    </message>
</context>
<context>
    <name>ConflictListModel</name>
    <message>
        <source>Deleted on the server</source>
        <translation>已在服务器上删除</translation>
    </message>
    <message>
        <source>The server&apos;s version stands; your change is kept here for reference.</source>
        <translation>以服务器版本为准；您的更改保留在此处，仅供参考。</translation>
    </message>
    <message>
        <source>Changed here and on the server: choose which version to keep.</source>
        <translation>本工作台和服务器上均有修改：请选择要保留的版本。</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>类型</translation>
    </message>
    <message>
        <source>Record</source>
        <translation>记录</translation>
    </message>
    <message>
        <source>Fields in conflict</source>
        <translation>冲突字段</translation>
    </message>
    <message>
        <source>When</source>
        <translation>时间</translation>
    </message>
</context>
<context>
    <name>ConflictsDialog</name>
    <message>
        <source>Conflict not resolved</source>
        <translation>冲突未解决</translation>
    </message>
    <message>
        <source>The conflict could not be resolved; nothing was changed.

%1</source>
        <translation>无法解决该冲突，未做任何更改。

%1</translation>
    </message>
    <message>
        <source>Sync conflicts</source>
        <translation>同步冲突</translation>
    </message>
    <message numerus="yes">
        <source>%n record(s) were changed here and on the server at the same time. Nothing has been lost: choose which version to keep.</source>
        <translation>
            <numerusform>有 %n 条记录同时在本工作台和服务器上被修改。数据没有丢失：请选择要保留的版本。</numerusform>
        </translation>
    </message>
    <message>
        <source>No conflicts. Every change made here has reached the server or is waiting to be sent.</source>
        <translation>没有冲突。在本工作台所做的更改均已送达服务器或正在等待发送。</translation>
    </message>
    <message>
        <source>Keep mine</source>
        <translation>保留我的版本</translation>
    </message>
    <message>
        <source>Send your version of every field to the server at the next sync.</source>
        <translation>下次同步时，将您所有字段的版本发送到服务器。</translation>
    </message>
    <message>
        <source>Take theirs</source>
        <translation>采用服务器版本</translation>
    </message>
    <message>
        <source>Use the server&apos;s version; your change is discarded.</source>
        <translation>使用服务器版本；您的更改将被丢弃。</translation>
    </message>
    <message>
        <source>Apply choices</source>
        <translation>应用所选</translation>
    </message>
    <message>
        <source>Keep the version ticked for each field.</source>
        <translation>按各字段勾选的版本保留。</translation>
    </message>
    <message>
        <source>Dismiss</source>
        <translation>忽略</translation>
    </message>
    <message>
        <source>The server&apos;s version stands; remove this conflict from the list.</source>
        <translation>以服务器版本为准；将此冲突从列表中移除。</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>关闭</translation>
    </message>
</context>
<context>
    <name>ContactNoteDialog</name>
    <message>
        <source>Record a contact</source>
        <translation>记录联络</translation>
    </message>
    <message>
        <source> min</source>
        <translation> 分钟</translation>
    </message>
    <message>
        <source>No ticket</source>
        <translation>不关联工单</translation>
    </message>
    <message>
        <source>What the customer asked and what you told them</source>
        <translation>客户问了什么，您如何答复</translation>
    </message>
    <message>
        <source>Channel:</source>
        <translation>渠道：</translation>
    </message>
    <message>
        <source>Direction:</source>
        <translation>方向：</translation>
    </message>
    <message>
        <source>Duration:</source>
        <translation>时长：</translation>
    </message>
    <message>
        <source>About ticket:</source>
        <translation>关联工单：</translation>
    </message>
    <message>
        <source>Summary:</source>
        <translation>摘要：</translation>
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
        <source>Complete the call record</source>
        <translation>完善本次来电记录</translation>
    </message>
</context>
<context>
    <name>Customer360View</name>
    <message>
        <source>Outreach ticket %1 opened and assigned to you; the alert is acknowledged. &lt;a href=&quot;ticket:%2&quot;&gt;Open the ticket&lt;/a&gt;</source>
        <translation>已创建外呼工单 %1 并分派给您，该风险提示已确认。&lt;a href=&quot;ticket:%2&quot;&gt;打开工单&lt;/a&gt;</translation>
    </message>
    <message>
        <source>Risk alerts (%1 open)</source>
        <translation>风险提示（%1 条待处理）</translation>
    </message>
    <message>
        <source>Accounts (%1)</source>
        <translation>账户（%1）</translation>
    </message>
    <message numerus="yes">
        <source>Holdings (%1) — %n above the customer&apos;s risk tolerance</source>
        <translation>
            <numerusform>持仓（%1）— %n 项高于客户风险承受能力</numerusform>
        </translation>
    </message>
    <message>
        <source>Holdings (%1)</source>
        <translation>持仓（%1）</translation>
    </message>
    <message>
        <source>&lt;b&gt;Margin maintenance ratio&lt;/b&gt; — %1</source>
        <translation>&lt;b&gt;维持担保比例&lt;/b&gt; — %1</translation>
    </message>
    <message numerus="yes">
        <source>top up by %1 (%n trading day(s) left)</source>
        <translation>
            <numerusform>追保截止 %1（剩 %n 个交易日）</numerusform>
        </translation>
    </message>
    <message>
        <source>Open tickets (%1)</source>
        <translation>未结工单（%1）</translation>
    </message>
    <message>
        <source>History (%1)</source>
        <translation>联络记录（%1）</translation>
    </message>
    <message>
        <source>top up by the close today, %1: the last day</source>
        <translation>须于今日 %1 收市前追保：最后一天</translation>
    </message>
    <message>
        <source>the top-up deadline %1 has passed: the position may be closed out</source>
        <translation>追保期限 %1 已过：可能被强制平仓</translation>
    </message>
</context>
<context>
    <name>CustomerDesk</name>
    <message>
        <source>Trainers do not register customers.</source>
        <translation>培训师不登记客户。</translation>
    </message>
    <message>
        <source>A customer with this ID number is already in the cache; search for it instead.</source>
        <translation>本地已有使用该证件号的客户，请直接查找。</translation>
    </message>
    <message>
        <source>Trainers do not take calls.</source>
        <translation>培训师不接听来电。</translation>
    </message>
    <message>
        <source>The customer is not in the local cache.</source>
        <translation>本地缓存中没有该客户。</translation>
    </message>
    <message>
        <source>Trainers do not record contacts with customers.</source>
        <translation>培训师不记录客户联络。</translation>
    </message>
    <message>
        <source>Write what was said.</source>
        <translation>请填写沟通内容。</translation>
    </message>
    <message>
        <source>A note may have at most %1 characters.</source>
        <translation>记录最多 %1 字。</translation>
    </message>
    <message>
        <source>The duration must be between 0 and 24 hours.</source>
        <translation>时长须在 0 到 24 小时之间。</translation>
    </message>
    <message>
        <source>The ticket does not belong to this customer.</source>
        <translation>该工单不属于此客户。</translation>
    </message>
    <message>
        <source>The alert no longer exists.</source>
        <translation>该风险提示已不存在。</translation>
    </message>
    <message>
        <source>Trainers do not handle risk alerts.</source>
        <translation>培训师不处理风险提示。</translation>
    </message>
    <message>
        <source>This alert was already acknowledged.</source>
        <translation>该风险提示已确认。</translation>
    </message>
    <message>
        <source>Risk outreach: %1</source>
        <translation>风险外呼：%1</translation>
    </message>
    <message>
        <source>Raised from the risk alert: %1</source>
        <translation>由风险提示发起：%1</translation>
    </message>
    <message>
        <source>Suggested investor-education article for the reply: %1 (revision %2)</source>
        <translation>答复时建议引用的投资者教育文章：《%1》（第 %2 版）</translation>
    </message>
    <message>
        <source>The call record no longer exists.</source>
        <translation>该来电记录已不存在。</translation>
    </message>
    <message>
        <source>Only the agent who took the call completes its record.</source>
        <translation>只有接听来电的坐席可以完善该记录。</translation>
    </message>
</context>
<context>
    <name>CustomerHeader</name>
    <message>
        <source>mobile number</source>
        <translation>手机号</translation>
    </message>
    <message>
        <source>ID number</source>
        <translation>证件号</translation>
    </message>
    <message>
        <source>e-mail address</source>
        <translation>邮箱</translation>
    </message>
    <message>
        <source>account numbers</source>
        <translation>账号</translation>
    </message>
    <message>
        <source>name</source>
        <translation>姓名</translation>
    </message>
    <message>
        <source>Show mobile</source>
        <translation>显示手机号</translation>
    </message>
    <message>
        <source>Show ID</source>
        <translation>显示证件号</translation>
    </message>
    <message>
        <source>Show e-mail</source>
        <translation>显示邮箱</translation>
    </message>
    <message>
        <source>Show accounts</source>
        <translation>显示账号</translation>
    </message>
    <message>
        <source>VIP %1</source>
        <translation>VIP %1</translation>
    </message>
    <message>
        <source>Customer no. %1</source>
        <translation>客户号 %1</translation>
    </message>
    <message>
        <source>Mobile %1</source>
        <translation>手机 %1</translation>
    </message>
    <message>
        <source>%1 %2</source>
        <extracomment>The document type, then its (masked) number: 居民身份证 110***********002X</extracomment>
        <translation>%1 %2</translation>
    </message>
    <message>
        <source>E-mail %1</source>
        <translation>邮箱 %1</translation>
    </message>
    <message>
        <source>%1 s</source>
        <translation>%1 秒</translation>
    </message>
    <message>
        <source>Show the %1 for %2 seconds; asks for the reason, which is audited</source>
        <translation>显示%1 %2 秒；需填写原因并记入审计日志</translation>
    </message>
    <message>
        <source>Identifiers are masked. Showing one asks for a reason and is audited.</source>
        <translation>身份信息已脱敏显示。查看明文需填写原因，并记入审计日志。</translation>
    </message>
    <message>
        <source>Trainers see personal data masked only.</source>
        <translation>培训师只能查看脱敏后的个人信息。</translation>
    </message>
    <message>
        <source>Branch %1</source>
        <translation>营业部 %1</translation>
    </message>
    <message>
        <source>Account manager %1</source>
        <translation>客户经理 %1</translation>
    </message>
    <message>
        <source>Risk class %1 · assessed %2 · valid until %3</source>
        <translation>风险等级 %1 · 测评日期 %2 · 有效期至 %3</translation>
    </message>
    <message>
        <source>the assessment has expired: no new medium- or high-risk products until it is renewed</source>
        <translation>测评已过期：重新测评前不得购买新的中高风险产品</translation>
    </message>
    <message numerus="yes">
        <source>expires in %n day(s): remind the customer to renew it</source>
        <translation>
            <numerusform>%n 天后到期：请提醒客户重新测评</numerusform>
        </translation>
    </message>
    <message>
        <source>New ticket</source>
        <translation>新建工单</translation>
    </message>
    <message>
        <source>Record contact</source>
        <translation>记录联络</translation>
    </message>
    <message>
        <source>Complete call record</source>
        <translation>完善来电记录</translation>
    </message>
</context>
<context>
    <name>CustomerLookup</name>
    <message>
        <source>Type at most %1 characters.</source>
        <translation>最多输入 %1 个字符。</translation>
    </message>
    <message>
        <source>Search by mobile number (all 11 digits or the last 4), ID number, account or customer number, Chinese name, or pinyin (zhangsan, zs).</source>
        <translation>可按手机号（11 位或尾号 4 位）、证件号、资金账号或客户号、中文姓名、拼音（zhangsan、zs）查找。</translation>
    </message>
    <message>
        <source>mobile number</source>
        <translation>手机号</translation>
    </message>
    <message>
        <source>last 4 digits of the mobile</source>
        <translation>手机尾号</translation>
    </message>
    <message>
        <source>ID number</source>
        <translation>证件号</translation>
    </message>
    <message>
        <source>account or customer number</source>
        <translation>账号或客户号</translation>
    </message>
    <message>
        <source>name</source>
        <translation>姓名</translation>
    </message>
    <message>
        <source>pinyin or initials</source>
        <translation>拼音或首字母</translation>
    </message>
</context>
<context>
    <name>CustomerPage</name>
    <message>
        <source>Customers</source>
        <translation>客户</translation>
    </message>
    <message>
        <source>Asking the central service…</source>
        <translation>正在向中心查询…</translation>
    </message>
    <message>
        <source>Type a mobile number or its last 4 digits, an ID, account or customer number, a name or its pinyin.</source>
        <translation>输入手机号或尾号 4 位、证件号、账号或客户号、姓名或拼音。</translation>
    </message>
    <message>
        <source>The search failed: %1</source>
        <translation>查找失败：%1</translation>
    </message>
    <message>
        <source>No customer in the local cache by this %1. Press Enter to ask the central service.</source>
        <translation>本地缓存中没有此%1的客户。按回车向中心查询。</translation>
    </message>
    <message>
        <source>No customer by this %1.</source>
        <translation>没有此%1的客户。</translation>
    </message>
    <message>
        <source>By %1: the first %2 customers; type more to narrow down.</source>
        <translation>按%1：显示前 %2 位客户；请输入更多内容缩小范围。</translation>
    </message>
    <message numerus="yes">
        <source>By %1: %n customer(s).</source>
        <translation>
            <numerusform>按%1：%n 位客户。</numerusform>
        </translation>
    </message>
    <message>
        <source>The call from %1 could not be logged: %2</source>
        <translation>来电 %1 未能记录：%2</translation>
    </message>
    <message>
        <source>Call from %1 at %2: %3 customers share this number. Ask the caller who they are and pick them from the list.</source>
        <translation>%2 来电 %1：有 %3 位客户使用此号码。请核实来电人身份，并在列表中选择。</translation>
    </message>
    <message>
        <source>Call from %1 at %2: no customer has this number. Ask for their ID or account number, or &lt;a href=&quot;register&quot;&gt;register a new customer&lt;/a&gt;.</source>
        <translation>%2 来电 %1：没有客户使用此号码。请询问证件号或账号，或&lt;a href=&quot;register&quot;&gt;登记新客户&lt;/a&gt;。</translation>
    </message>
    <message>
        <source>Mobile, last 4 digits, ID, account, name or pinyin</source>
        <translation>手机号、尾号、证件号、账号、姓名或拼音</translation>
    </message>
    <message>
        <source>Ask the central service</source>
        <translation>向中心查询</translation>
    </message>
    <message>
        <source>Search for a customer, or take a call: the caller&apos;s 360 view opens here.</source>
        <translation>查找客户，或接听来电：来电客户的 360 视图将在此打开。</translation>
    </message>
    <message>
        <source>Call from %1 at %2, not from a mobile number. Ask for the caller&apos;s ID, account or mobile number and search for it, or &lt;a href=&quot;register&quot;&gt;register a new customer&lt;/a&gt;.</source>
        <translation>%2 来电 %1，非手机号码。请询问来电人的证件号、账号或手机号进行查找，或&lt;a href=&quot;register&quot;&gt;登记新客户&lt;/a&gt;。</translation>
    </message>
    <message>
        <source>Call from %1 at %2, logged for %3. &lt;a href=&quot;complete&quot;&gt;Write the call summary&lt;/a&gt;</source>
        <translation>%2 来电 %1，已记入 %3 的联络记录。&lt;a href=&quot;complete&quot;&gt;填写通话摘要&lt;/a&gt;</translation>
    </message>
</context>
<context>
    <name>CustomerResultDelegate</name>
    <message numerus="yes">
        <source>%n open</source>
        <translation>
            <numerusform>%n 未结</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>CustomerSearchModel</name>
    <message numerus="yes">
        <source>%1, %2, %n open ticket(s)</source>
        <translation>
            <numerusform>%1，%2，%n 张未结工单</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>CustomerTicketsModel</name>
    <message>
        <source>unassigned</source>
        <translation>未分派</translation>
    </message>
    <message>
        <source>Number</source>
        <translation>编号</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>类型</translation>
    </message>
    <message>
        <source>Subject</source>
        <translation>主题</translation>
    </message>
    <message>
        <source>State</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Holder</source>
        <translation>处理人</translation>
    </message>
    <message>
        <source>SLA</source>
        <translation>时限</translation>
    </message>
</context>
<context>
    <name>CustomerTimelineModel</name>
    <message>
        <source>%1:%2 min</source>
        <translation>%1:%2 分钟</translation>
    </message>
    <message>
        <source>(no summary yet)</source>
        <translation>（尚无摘要）</translation>
    </message>
    <message>
        <source>%1 %2 opened (%3)</source>
        <translation>%1 %2 已创建（%3）</translation>
    </message>
    <message>
        <source>Survey for %1: %2 of 5</source>
        <translation>%1 满意度回访：%2 / 5</translation>
    </message>
    <message>
        <source>Reply on %1 · %2</source>
        <translation>%1 的回复 · %2</translation>
    </message>
</context>
<context>
    <name>Database</name>
    <message>
        <source>Cannot create the profile folder %1.</source>
        <translation>无法创建配置目录 %1。</translation>
    </message>
    <message>
        <source>Cannot open the local cache %1: %2</source>
        <translation>无法打开本地缓存 %1：%2</translation>
    </message>
    <message>
        <source>The local cache %1 cannot use WAL mode.</source>
        <translation>本地缓存 %1 无法启用 WAL 模式。</translation>
    </message>
</context>
<context>
    <name>Enum</name>
    <message>
        <source>Customer</source>
        <translation>客户</translation>
    </message>
    <message>
        <source>Account</source>
        <translation>账户</translation>
    </message>
    <message>
        <source>Holding</source>
        <translation>持仓</translation>
    </message>
    <message>
        <source>Trade</source>
        <translation>成交</translation>
    </message>
    <message>
        <source>Risk alert</source>
        <translation>风险提示</translation>
    </message>
    <message>
        <source>Interaction</source>
        <translation>联络记录</translation>
    </message>
    <message>
        <source>Ticket</source>
        <translation>工单</translation>
    </message>
    <message>
        <source>Ticket event</source>
        <translation>工单事件</translation>
    </message>
    <message>
        <source>Attachment</source>
        <translation>附件</translation>
    </message>
    <message>
        <source>Article</source>
        <translation>知识文章</translation>
    </message>
    <message>
        <source>Article category</source>
        <translation>知识分类</translation>
    </message>
    <message>
        <source>Article revision</source>
        <translation>文章版本</translation>
    </message>
    <message>
        <source>Case study</source>
        <translation>典型案例</translation>
    </message>
    <message>
        <source>Case comment</source>
        <translation>案例评论</translation>
    </message>
    <message>
        <source>Canned reply</source>
        <translation>快捷回复</translation>
    </message>
    <message>
        <source>User</source>
        <translation>用户</translation>
    </message>
    <message>
        <source>Team</source>
        <translation>班组</translation>
    </message>
    <message>
        <source>Audit entry</source>
        <translation>审计记录</translation>
    </message>
    <message>
        <source>Inquiry</source>
        <translation>咨询</translation>
    </message>
    <message>
        <source>Service request</source>
        <translation>服务请求</translation>
    </message>
    <message>
        <source>Complaint</source>
        <translation>投诉</translation>
    </message>
    <message>
        <source>Report</source>
        <translation>举报</translation>
    </message>
    <message>
        <source>Suggestion</source>
        <translation>意见建议</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>电话</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>邮件</translation>
    </message>
    <message>
        <source>Online</source>
        <translation>在线</translation>
    </message>
    <message>
        <source>Branch</source>
        <translation>营业部</translation>
    </message>
    <message>
        <source>12386 transfer</source>
        <translation>12386转办</translation>
    </message>
    <message>
        <source>New</source>
        <translation>新建</translation>
    </message>
    <message>
        <source>Accepted</source>
        <translation>已受理</translation>
    </message>
    <message>
        <source>Investigating</source>
        <translation>调查中</translation>
    </message>
    <message>
        <source>Processing</source>
        <translation>处理中</translation>
    </message>
    <message>
        <source>Replied</source>
        <translation>已回复</translation>
    </message>
    <message>
        <source>Follow-up</source>
        <translation>回访</translation>
    </message>
    <message>
        <source>Closed</source>
        <translation>已结案</translation>
    </message>
    <message>
        <source>In mediation</source>
        <translation>调解中</translation>
    </message>
    <message>
        <source>In arbitration</source>
        <translation>仲裁中</translation>
    </message>
    <message>
        <source>Low</source>
        <translation>低</translation>
    </message>
    <message>
        <source>Normal</source>
        <translation>正常</translation>
    </message>
    <message>
        <source>High</source>
        <translation>高</translation>
    </message>
    <message>
        <source>Urgent</source>
        <translation>紧急</translation>
    </message>
    <message>
        <source>Account opening</source>
        <translation>开户</translation>
    </message>
    <message>
        <source>Account closing</source>
        <translation>销户</translation>
    </message>
    <message>
        <source>Bank-securities transfer</source>
        <translation>银证转账</translation>
    </message>
    <message>
        <source>Password reset</source>
        <translation>密码重置</translation>
    </message>
    <message>
        <source>Trading</source>
        <translation>交易委托</translation>
    </message>
    <message>
        <source>Margin trading</source>
        <translation>融资融券</translation>
    </message>
    <message>
        <source>Suitability</source>
        <translation>适当性</translation>
    </message>
    <message>
        <source>Fees and commissions</source>
        <translation>费用佣金</translation>
    </message>
    <message>
        <source>IPO subscription</source>
        <translation>新股申购</translation>
    </message>
    <message>
        <source>Options</source>
        <translation>股票期权</translation>
    </message>
    <message>
        <source>HK Connect</source>
        <translation>港股通</translation>
    </message>
    <message>
        <source>System outage</source>
        <translation>系统故障</translation>
    </message>
    <message>
        <source>Service attitude</source>
        <translation>服务态度</translation>
    </message>
    <message>
        <source>Market data</source>
        <translation>行情资讯</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>其他</translation>
    </message>
    <message>
        <source>Explained</source>
        <translation>解释说明</translation>
    </message>
    <message>
        <source>Resolved</source>
        <translation>问题已解决</translation>
    </message>
    <message>
        <source>Compensated</source>
        <translation>补偿赔付</translation>
    </message>
    <message>
        <source>Claim not supported</source>
        <translation>诉求不予支持</translation>
    </message>
    <message>
        <source>Withdrawn by customer</source>
        <translation>客户撤诉</translation>
    </message>
    <message>
        <source>Settled in mediation</source>
        <translation>调解结案</translation>
    </message>
    <message>
        <source>Arbitration award</source>
        <translation>仲裁裁决</translation>
    </message>
    <message>
        <source>Satisfied</source>
        <translation>满意</translation>
    </message>
    <message>
        <source>Unsatisfied</source>
        <translation>不满意</translation>
    </message>
    <message>
        <source>Unreachable</source>
        <translation>无法联系</translation>
    </message>
    <message>
        <source>SAC Mediation Centre</source>
        <translation>中国证券业协会调解中心</translation>
    </message>
    <message>
        <source>China Securities Investor Service Centre</source>
        <translation>中证中小投资者服务中心</translation>
    </message>
    <message>
        <source>Local securities association</source>
        <translation>地方证券业协会</translation>
    </message>
    <message>
        <source>Arbitration commission</source>
        <translation>仲裁委员会</translation>
    </message>
    <message>
        <source>Internal note</source>
        <translation>内部备注</translation>
    </message>
    <message>
        <source>Reply to customer</source>
        <translation>回复客户</translation>
    </message>
    <message>
        <source>State change</source>
        <translation>状态变更</translation>
    </message>
    <message>
        <source>Assignment</source>
        <translation>分派</translation>
    </message>
    <message>
        <source>SLA event</source>
        <translation>时限事件</translation>
    </message>
    <message>
        <source>Cited article</source>
        <translation>引用知识</translation>
    </message>
    <message>
        <source>Link</source>
        <translation>关联</translation>
    </message>
    <message>
        <source>Priority change</source>
        <translation>优先级变更</translation>
    </message>
    <message>
        <source>Agent</source>
        <translation>坐席</translation>
    </message>
    <message>
        <source>Team lead</source>
        <translation>组长</translation>
    </message>
    <message>
        <source>Trainer</source>
        <translation>培训师</translation>
    </message>
    <message>
        <source>Administrator</source>
        <translation>管理员</translation>
    </message>
    <message>
        <source>Manual</source>
        <translation>手动</translation>
    </message>
    <message>
        <source>Round robin</source>
        <translation>轮询</translation>
    </message>
    <message>
        <source>Least loaded</source>
        <translation>最少负载</translation>
    </message>
    <message>
        <source>Ordinary investor</source>
        <translation>普通投资者</translation>
    </message>
    <message>
        <source>Professional investor</source>
        <translation>专业投资者</translation>
    </message>
    <message>
        <source>C1 Conservative</source>
        <translation>C1 保守型</translation>
    </message>
    <message>
        <source>C2 Cautious</source>
        <translation>C2 谨慎型</translation>
    </message>
    <message>
        <source>C3 Balanced</source>
        <translation>C3 稳健型</translation>
    </message>
    <message>
        <source>C4 Active</source>
        <translation>C4 积极型</translation>
    </message>
    <message>
        <source>C5 Aggressive</source>
        <translation>C5 激进型</translation>
    </message>
    <message>
        <source>Lowest category</source>
        <translation>最低类别</translation>
    </message>
    <message>
        <source>R1 Low</source>
        <translation>R1 低风险</translation>
    </message>
    <message>
        <source>R2 Medium-low</source>
        <translation>R2 中低风险</translation>
    </message>
    <message>
        <source>R3 Medium</source>
        <translation>R3 中风险</translation>
    </message>
    <message>
        <source>R4 Medium-high</source>
        <translation>R4 中高风险</translation>
    </message>
    <message>
        <source>R5 High</source>
        <translation>R5 高风险</translation>
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
        <source>Mainland travel permit (HK/Macau)</source>
        <translation>港澳居民来往内地通行证</translation>
    </message>
    <message>
        <source>Mainland travel permit (Taiwan)</source>
        <translation>台湾居民来往大陆通行证</translation>
    </message>
    <message>
        <source>Foreign permanent resident ID</source>
        <translation>外国人永久居留身份证</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>正常</translation>
    </message>
    <message>
        <source>Dormant</source>
        <translation>休眠</translation>
    </message>
    <message>
        <source>Frozen</source>
        <translation>冻结</translation>
    </message>
    <message>
        <source>Cash account</source>
        <translation>普通账户</translation>
    </message>
    <message>
        <source>Margin account</source>
        <translation>信用账户</translation>
    </message>
    <message>
        <source>Options account</source>
        <translation>期权账户</translation>
    </message>
    <message>
        <source>Fund account</source>
        <translation>基金账户</translation>
    </message>
    <message>
        <source>Margin warning</source>
        <translation>维持担保比例预警</translation>
    </message>
    <message>
        <source>Margin call</source>
        <translation>追保通知</translation>
    </message>
    <message>
        <source>Suitability mismatch</source>
        <translation>适当性不匹配</translation>
    </message>
    <message>
        <source>Risk assessment expired</source>
        <translation>风测过期</translation>
    </message>
    <message>
        <source>Abnormal trading</source>
        <translation>异常交易</translation>
    </message>
    <message>
        <source>ST / delisting risk</source>
        <translation>ST及退市风险</translation>
    </message>
    <message>
        <source>Concentration</source>
        <translation>持仓集中度</translation>
    </message>
    <message>
        <source>Info</source>
        <translation>提示</translation>
    </message>
    <message>
        <source>Warning</source>
        <translation>警告</translation>
    </message>
    <message>
        <source>Critical</source>
        <translation>严重</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>未处理</translation>
    </message>
    <message>
        <source>Acknowledged</source>
        <translation>已确认</translation>
    </message>
    <message>
        <source>Inbound</source>
        <translation>呼入</translation>
    </message>
    <message>
        <source>Outbound</source>
        <translation>呼出</translation>
    </message>
    <message>
        <source>Buy</source>
        <translation>买入</translation>
    </message>
    <message>
        <source>Sell</source>
        <translation>卖出</translation>
    </message>
    <message>
        <source>Draft</source>
        <translation>草稿</translation>
    </message>
    <message>
        <source>In review</source>
        <translation>审核中</translation>
    </message>
    <message>
        <source>Published</source>
        <translation>已发布</translation>
    </message>
    <message>
        <source>Archived</source>
        <translation>已归档</translation>
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
        <source>Normal</source>
        <comment>priority</comment>
        <translation>普通</translation>
    </message>
    <message>
        <source>Closed</source>
        <comment>customer status</comment>
        <translation>已销户</translation>
    </message>
    <message>
        <source>Closed</source>
        <comment>account status</comment>
        <translation>已销户</translation>
    </message>
    <message>
        <source>Merged as a duplicate</source>
        <translation>重复工单已合并</translation>
    </message>
</context>
<context>
    <name>FeedPage</name>
    <message>
        <source>required field is missing</source>
        <translation>缺少必填字段</translation>
    </message>
    <message>
        <source>does not match the change&apos;s id</source>
        <translation>与变更的 id 不一致</translation>
    </message>
    <message>
        <source>invalid JSON: %1</source>
        <translation>JSON 格式错误：%1</translation>
    </message>
    <message>
        <source>expected an object with an array &quot;changes&quot;</source>
        <translation>应为包含数组“changes”的对象</translation>
    </message>
    <message>
        <source>change %1: %2</source>
        <translation>第 %1 条变更：%2</translation>
    </message>
    <message>
        <source>expected an object</source>
        <translation>应为对象</translation>
    </message>
    <message>
        <source>seq must be a number of at least 0</source>
        <translation>seq 必须是不小于 0 的数字</translation>
    </message>
    <message>
        <source>unknown entity &quot;%1&quot;</source>
        <translation>未知的实体“%1”</translation>
    </message>
    <message>
        <source>id must be a non-empty string</source>
        <translation>id 必须是非空字符串</translation>
    </message>
    <message>
        <source>rev must be a number</source>
        <translation>rev 必须是数字</translation>
    </message>
    <message>
        <source>deleted must be true or false</source>
        <translation>deleted 必须为 true 或 false</translation>
    </message>
    <message>
        <source>data must be an object</source>
        <translation>data 必须是对象</translation>
    </message>
    <message>
        <source>data is empty, but the change is not a deletion</source>
        <translation>data 为空，但该变更不是删除</translation>
    </message>
    <message>
        <source>change %1 (%2 %3): %4</source>
        <translation>变更 %1（%2 %3）：%4</translation>
    </message>
</context>
<context>
    <name>FeedPuller</name>
    <message>
        <source>Bad change in the feed: %1</source>
        <translation>变更流中有无效记录：%1</translation>
    </message>
</context>
<context>
    <name>FieldFormatter</name>
    <message>
        <source>Account</source>
        <translation>账户</translation>
    </message>
    <message>
        <source>Account manager</source>
        <translation>客户经理</translation>
    </message>
    <message>
        <source>Accept by</source>
        <translation>受理时限</translation>
    </message>
    <message>
        <source>Assessed on</source>
        <translation>测评日期</translation>
    </message>
    <message>
        <source>Assessment expires</source>
        <translation>测评到期日</translation>
    </message>
    <message>
        <source>Assets</source>
        <translation>总资产</translation>
    </message>
    <message>
        <source>Assignee</source>
        <translation>处理人</translation>
    </message>
    <message>
        <source>Assignment rule</source>
        <translation>分派规则</translation>
    </message>
    <message>
        <source>Author</source>
        <translation>作者</translation>
    </message>
    <message>
        <source>Background</source>
        <translation>背景</translation>
    </message>
    <message>
        <source>Text</source>
        <translation>内容</translation>
    </message>
    <message>
        <source>Branch</source>
        <translation>营业部</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>分类</translation>
    </message>
    <message>
        <source>Channel</source>
        <translation>渠道</translation>
    </message>
    <message>
        <source>Closed at</source>
        <translation>结案时间</translation>
    </message>
    <message>
        <source>Created at</source>
        <translation>创建时间</translation>
    </message>
    <message>
        <source>Customer</source>
        <translation>客户</translation>
    </message>
    <message>
        <source>Customer number</source>
        <translation>客户号</translation>
    </message>
    <message>
        <source>Deleted</source>
        <translation>已删除</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>描述</translation>
    </message>
    <message>
        <source>Display name</source>
        <translation>显示名称</translation>
    </message>
    <message>
        <source>Effective from</source>
        <translation>生效日期</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>电子邮箱</translation>
    </message>
    <message>
        <source>Expires on</source>
        <translation>失效日期</translation>
    </message>
    <message>
        <source>External due date</source>
        <translation>外部办结时限</translation>
    </message>
    <message>
        <source>First response</source>
        <translation>首次响应时间</translation>
    </message>
    <message>
        <source>Follow-up result</source>
        <translation>回访结果</translation>
    </message>
    <message>
        <source>Handling</source>
        <translation>处理过程</translation>
    </message>
    <message>
        <source>ID number</source>
        <translation>证件号码</translation>
    </message>
    <message>
        <source>ID type</source>
        <translation>证件类型</translation>
    </message>
    <message>
        <source>Investor type</source>
        <translation>投资者类型</translation>
    </message>
    <message>
        <source>Issue</source>
        <translation>问题</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>类型</translation>
    </message>
    <message>
        <source>Lessons</source>
        <translation>经验教训</translation>
    </message>
    <message>
        <source>Liabilities</source>
        <translation>负债</translation>
    </message>
    <message>
        <source>Maintenance ratio</source>
        <translation>维持担保比例</translation>
    </message>
    <message>
        <source>Mediation body</source>
        <translation>调解机构</translation>
    </message>
    <message>
        <source>Mobile</source>
        <translation>手机号码</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>名称</translation>
    </message>
    <message>
        <source>Number</source>
        <translation>编号</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>结果</translation>
    </message>
    <message>
        <source>Parent</source>
        <translation>上级</translation>
    </message>
    <message>
        <source>Priority</source>
        <translation>优先级</translation>
    </message>
    <message>
        <source>Reply by</source>
        <translation>答复时限</translation>
    </message>
    <message>
        <source>Reply deadline extended</source>
        <translation>答复时限已延长</translation>
    </message>
    <message>
        <source>Resolution</source>
        <translation>处理结果</translation>
    </message>
    <message>
        <source>Risk class</source>
        <translation>风险承受能力等级</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>角色</translation>
    </message>
    <message>
        <source>Rules cited</source>
        <translation>引用的规定</translation>
    </message>
    <message>
        <source>Satisfaction</source>
        <translation>满意度</translation>
    </message>
    <message>
        <source>Severity</source>
        <translation>严重程度</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>来源</translation>
    </message>
    <message>
        <source>State</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Subject</source>
        <translation>主题</translation>
    </message>
    <message>
        <source>Summary</source>
        <translation>摘要</translation>
    </message>
    <message>
        <source>Tags</source>
        <translation>标签</translation>
    </message>
    <message>
        <source>Team</source>
        <translation>班组</translation>
    </message>
    <message>
        <source>Ticket</source>
        <translation>工单</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>标题</translation>
    </message>
    <message>
        <source>Top-up deadline</source>
        <translation>追保期限</translation>
    </message>
    <message>
        <source>User name</source>
        <translation>用户名</translation>
    </message>
    <message>
        <source>VIP level</source>
        <translation>VIP 等级</translation>
    </message>
    <message>
        <source>Team name</source>
        <translation>班组名称</translation>
    </message>
    <message>
        <source>Account number</source>
        <translation>账号</translation>
    </message>
    <message>
        <source>Ticket number</source>
        <translation>工单号</translation>
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
    <name>FirstSyncPanel</name>
    <message>
        <source>less than a minute left</source>
        <translation>剩余不到 1 分钟</translation>
    </message>
    <message numerus="yes">
        <source>about %n minute(s) left</source>
        <translation>
            <numerusform>约剩 %n 分钟</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>about %n hour(s) left</source>
        <translation>
            <numerusform>约剩 %n 小时</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 records received</source>
        <translation>已接收 %1 条记录</translation>
    </message>
    <message>
        <source>%1 of %2 records</source>
        <translation>%1 / %2 条记录</translation>
    </message>
    <message>
        <source>Preparing this workstation: first synchronisation</source>
        <translation>正在准备本工作台：首次同步</translation>
    </message>
    <message>
        <source>You can keep working meanwhile; records appear as they arrive.</source>
        <translation>同步期间可照常工作；记录到达后即可显示。</translation>
    </message>
    <message>
        <source>Waiting for the server…</source>
        <translation>正在等待服务器…</translation>
    </message>
</context>
<context>
    <name>HeadlessSync</name>
    <message>
        <source>Synchronise a profile with the AgentDesk server once and exit.</source>
        <translation>将配置文件与 AgentDesk 服务器同步一次后退出。</translation>
    </message>
    <message>
        <source>The command.</source>
        <translation>命令。</translation>
    </message>
    <message>
        <source>Profile directory holding the local store.</source>
        <translation>存放本地数据的配置文件目录。</translation>
    </message>
    <message>
        <source>dir</source>
        <translation>目录</translation>
    </message>
    <message>
        <source>Server URL, e.g. https://desk.example.com:8443.</source>
        <translation>服务器地址，例如 https://desk.example.com:8443。</translation>
    </message>
    <message>
        <source>url</source>
        <translation>地址</translation>
    </message>
    <message>
        <source>User name to log in with.</source>
        <translation>登录所用的用户名。</translation>
    </message>
    <message>
        <source>name</source>
        <translation>用户名</translation>
    </message>
    <message>
        <source>--server and --user are required.</source>
        <translation>必须指定 --server 和 --user。</translation>
    </message>
    <message>
        <source>Password for %1: </source>
        <translation>%1 的密码：</translation>
    </message>
    <message>
        <source>no password given (set AGENTDESK_PASSWORD or type it).</source>
        <translation>未提供密码（请设置 AGENTDESK_PASSWORD 或手动输入）。</translation>
    </message>
    <message>
        <source>cannot open the profile: %1</source>
        <translation>无法打开配置文件：%1</translation>
    </message>
    <message>
        <source>login failed: %1</source>
        <translation>登录失败：%1</translation>
    </message>
</context>
<context>
    <name>HoldingListModel</name>
    <message>
        <source>Matched</source>
        <translation>匹配</translation>
    </message>
    <message>
        <source>⚠ Above match: special risk warning</source>
        <translation>⚠ 高于匹配：须特别风险警示</translation>
    </message>
    <message>
        <source>⛔ Not allowed for the lowest category</source>
        <translation>⛔ 最低类别客户不得持有</translation>
    </message>
    <message>
        <source>Product</source>
        <translation>产品</translation>
    </message>
    <message>
        <source>Risk</source>
        <translation>风险等级</translation>
    </message>
    <message>
        <source>Quantity</source>
        <translation>数量</translation>
    </message>
    <message>
        <source>Market value (CNY)</source>
        <translation>市值（元）</translation>
    </message>
    <message>
        <source>Suitability</source>
        <translation>适当性</translation>
    </message>
</context>
<context>
    <name>LoginDialog</name>
    <message>
        <source>Enter your user name.</source>
        <translation>请输入用户名。</translation>
    </message>
    <message>
        <source>Enter your password.</source>
        <translation>请输入密码。</translation>
    </message>
    <message>
        <source>Sign in — AgentDesk</source>
        <translation>登录 — AgentDesk</translation>
    </message>
    <message>
        <source>Sign in to the service desk</source>
        <translation>登录客服工作台</translation>
    </message>
    <message>
        <source>Your work is kept on this workstation and synchronised with the AgentDesk server while you are signed in.</source>
        <translation>您的工作数据保存在本工作台，登录期间与 AgentDesk 服务器保持同步。</translation>
    </message>
    <message>
        <source>Sign in again — AgentDesk</source>
        <translation>重新登录 — AgentDesk</translation>
    </message>
    <message>
        <source>Your session has ended</source>
        <translation>您的会话已结束</translation>
    </message>
    <message>
        <source>Enter your password again to continue synchronising. Nothing has been lost: changes made meanwhile are kept and sent once you are signed in.</source>
        <translation>请重新输入密码以继续同步。数据不会丢失：期间所做的更改已保留，登录后即会发送。</translation>
    </message>
    <message>
        <source>&amp;Server</source>
        <translation>服务器(&amp;S)</translation>
    </message>
    <message>
        <source>&amp;User name</source>
        <translation>用户名(&amp;U)</translation>
    </message>
    <message>
        <source>&amp;Password</source>
        <translation>密码(&amp;P)</translation>
    </message>
    <message>
        <source>https://desk.example.com:8443</source>
        <translation>https://desk.example.com:8443</translation>
    </message>
    <message>
        <source>Signing in…</source>
        <translation>正在登录…</translation>
    </message>
    <message>
        <source>Sign in</source>
        <translation>登录</translation>
    </message>
    <message>
        <source>Work offline</source>
        <translation>离线工作</translation>
    </message>
    <message>
        <source>Open the workstation with the data already on this computer; changes are sent when you sign in later.</source>
        <translation>使用本机已有的数据打开工作台；更改将在稍后登录时发送。</translation>
    </message>
    <message>
        <source>Quit</source>
        <translation>退出</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>About AgentDesk</source>
        <translation>关于 AgentDesk</translation>
    </message>
    <message>
        <source>&lt;h3&gt;AgentDesk %1&lt;/h3&gt;&lt;p&gt;Customer-service workstation for the securities brokerage desk.&lt;/p&gt;&lt;p&gt;Profile: %2&lt;/p&gt;</source>
        <translation>&lt;h3&gt;AgentDesk %1&lt;/h3&gt;&lt;p&gt;证券公司客服中心坐席工作台。&lt;/p&gt;&lt;p&gt;配置目录：%2&lt;/p&gt;</translation>
    </message>
    <message>
        <source>No user signed in</source>
        <translation>未登录用户</translation>
    </message>
    <message>
        <source>AgentDesk — Customer service workstation</source>
        <translation>AgentDesk — 客服工作台</translation>
    </message>
    <message>
        <source>Service desk</source>
        <translation>客服工作台</translation>
    </message>
    <message>
        <source>Search commands…  (Ctrl+K)</source>
        <translation>搜索命令…  (Ctrl+K)</translation>
    </message>
    <message>
        <source>Find a command by name</source>
        <translation>按名称查找命令</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>语言</translation>
    </message>
    <message>
        <source>More</source>
        <translation>更多</translation>
    </message>
    <message>
        <source>Command palette</source>
        <translation>命令面板</translation>
    </message>
    <message>
        <source>Command palette (Ctrl+K)</source>
        <translation>命令面板 (Ctrl+K)</translation>
    </message>
    <message>
        <source>Switch language to %1</source>
        <translation>切换语言为 %1</translation>
    </message>
    <message>
        <source>Toggle full screen</source>
        <translation>切换全屏</translation>
    </message>
    <message>
        <source>Keyboard shortcuts</source>
        <translation>键盘快捷键</translation>
    </message>
    <message>
        <source>Quit</source>
        <translation>退出</translation>
    </message>
    <message>
        <source>Go to %1</source>
        <translation>前往%1</translation>
    </message>
    <message>
        <source>OK</source>
        <translation>确定</translation>
    </message>
    <message>
        <source>Sign in to the server…</source>
        <translation>登录服务器…</translation>
    </message>
    <message>
        <source>Connect to server…</source>
        <translation>连接服务器…</translation>
    </message>
    <message>
        <source>Sync now</source>
        <translation>立即同步</translation>
    </message>
    <message>
        <source>Synchronise with the server now (F5)</source>
        <translation>立即与服务器同步（F5）</translation>
    </message>
    <message>
        <source>Show sync conflicts</source>
        <translation>查看同步冲突</translation>
    </message>
</context>
<context>
    <name>MarginLines</name>
    <message>
        <source>No debt</source>
        <translation>无负债</translation>
    </message>
    <message>
        <source>Below close-out line</source>
        <translation>低于平仓线</translation>
    </message>
    <message>
        <source>Below warning line</source>
        <translation>低于警戒线</translation>
    </message>
    <message>
        <source>Safe</source>
        <translation>安全</translation>
    </message>
    <message>
        <source>Above withdrawal line</source>
        <translation>高于提取线</translation>
    </message>
</context>
<context>
    <name>Migrations</name>
    <message>
        <source>Cannot read the schema version of %1.</source>
        <translation>无法读取 %1 的数据结构版本。</translation>
    </message>
    <message>
        <source>The local cache %1 has schema version %2, newer than this AgentDesk supports (%3). Update AgentDesk or choose another profile.</source>
        <translation>本地缓存 %1 的数据结构版本为 %2，高于本版 AgentDesk 支持的版本（%3）。请升级 AgentDesk 或选择其他配置。</translation>
    </message>
    <message>
        <source>Migration %1 (%2) failed: %3</source>
        <translation>数据结构升级 %1（%2）失败：%3</translation>
    </message>
</context>
<context>
    <name>NewCustomerDialog</name>
    <message>
        <source>New customer</source>
        <translation>新客户</translation>
    </message>
    <message>
        <source>The caller is not known. Ask for their name and identity document to register them; the risk assessment follows at the branch.</source>
        <translation>来电人尚未登记。请询问姓名和证件信息进行登记；风险测评须到营业部办理。</translation>
    </message>
    <message>
        <source>Name:</source>
        <translation>姓名：</translation>
    </message>
    <message>
        <source>Mobile:</source>
        <translation>手机：</translation>
    </message>
    <message>
        <source>Document:</source>
        <translation>证件类型：</translation>
    </message>
    <message>
        <source>Document number:</source>
        <translation>证件号码：</translation>
    </message>
    <message>
        <source>Branch:</source>
        <translation>营业部：</translation>
    </message>
    <message>
        <source>Register</source>
        <translation>登记</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
</context>
<context>
    <name>NewTicketDialog</name>
    <message>
        <source>New ticket</source>
        <translation>新建工单</translation>
    </message>
    <message>
        <source>Customer number or mobile; empty for none</source>
        <translation>客户号或手机号；无客户可留空</translation>
    </message>
    <message>
        <source>I handle it (首办负责制)</source>
        <translation>由我处理（首办负责制）</translation>
    </message>
    <message>
        <source>Open ticket</source>
        <translation>创建工单</translation>
    </message>
    <message>
        <source>Customer</source>
        <translation>客户</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>类型</translation>
    </message>
    <message>
        <source>Channel</source>
        <translation>渠道</translation>
    </message>
    <message>
        <source>12386 due date</source>
        <translation>12386 办结期限</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>业务分类</translation>
    </message>
    <message>
        <source>Priority</source>
        <translation>优先级</translation>
    </message>
    <message>
        <source>Subject</source>
        <translation>主题</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>描述</translation>
    </message>
    <message>
        <source>%1 · %2 · %3</source>
        <translation>%1 · %2 · %3</translation>
    </message>
    <message>
        <source>No customer: a ticket of the team</source>
        <translation>无客户：班组内部工单</translation>
    </message>
    <message>
        <source>No single customer matches.</source>
        <translation>没有唯一匹配的客户。</translation>
    </message>
    <message>
        <source>Pick the customer by customer number or a mobile number that matches one customer.</source>
        <translation>请输入客户号，或只匹配一位客户的手机号。</translation>
    </message>
</context>
<context>
    <name>OverviewModel</name>
    <message>
        <source>My open tickets</source>
        <translation>我的未结工单</translation>
    </message>
    <message>
        <source>Team open tickets</source>
        <translation>团队未结工单</translation>
    </message>
    <message numerus="yes">
        <source>Due within %n hour(s)</source>
        <translation>
            <numerusform>%n 小时内到期</numerusform>
        </translation>
    </message>
    <message>
        <source>Overdue</source>
        <translation>已超时</translation>
    </message>
    <message>
        <source>Open risk alerts</source>
        <translation>未处理风险预警</translation>
    </message>
    <message>
        <source>Pending changes</source>
        <translation>待同步更改</translation>
    </message>
    <message>
        <source>Assigned to you and not yet closed</source>
        <translation>分派给您且尚未结案</translation>
    </message>
    <message>
        <source>All tickets of your team not yet closed</source>
        <translation>本组全部尚未结案的工单</translation>
    </message>
    <message>
        <source>Open team tickets whose reply is due soon</source>
        <translation>即将到答复时限的本组工单</translation>
    </message>
    <message>
        <source>Open team tickets past their reply due time</source>
        <translation>已超过答复时限的本组工单</translation>
    </message>
    <message>
        <source>Margin, suitability and trading alerts not yet handled</source>
        <translation>尚未处理的两融、适当性与交易预警</translation>
    </message>
    <message>
        <source>Local edits waiting to be sent to the server</source>
        <translation>等待发送到服务器的本地修改</translation>
    </message>
</context>
<context>
    <name>OverviewPage</name>
    <message>
        <source>Overview</source>
        <translation>总览</translation>
    </message>
    <message>
        <source>Good morning</source>
        <translation>上午好</translation>
    </message>
    <message>
        <source>Good afternoon</source>
        <translation>下午好</translation>
    </message>
    <message>
        <source>Good evening</source>
        <translation>晚上好</translation>
    </message>
    <message>
        <source>%1, %2</source>
        <translation>%1，%2</translation>
    </message>
    <message>
        <source>%1 · Your day at a glance</source>
        <translation>%1 · 今日工作一览</translation>
    </message>
</context>
<context>
    <name>PiiReveal</name>
    <message>
        <source>Trainers never see customers&apos; personal data in clear.</source>
        <translation>培训师不能查看客户个人信息明文。</translation>
    </message>
    <message>
        <source>Passwords and verification codes are never shown.</source>
        <translation>密码和验证码一律不显示。</translation>
    </message>
    <message>
        <source>Give the reason for showing this data; it is written to the audit log.</source>
        <translation>请填写查看原因，将记入审计日志。</translation>
    </message>
    <message>
        <source>The reveal could not be recorded, so the data stays masked: %1</source>
        <translation>查看记录未能写入，信息保持脱敏：%1</translation>
    </message>
</context>
<context>
    <name>QueueViewModel</name>
    <message>
        <source>My tickets</source>
        <translation>我的工单</translation>
    </message>
    <message>
        <source>Team queue</source>
        <translation>班组队列</translation>
    </message>
    <message>
        <source>Unassigned</source>
        <translation>待认领</translation>
    </message>
    <message>
        <source>Due soon / breached</source>
        <translation>即将到期 / 已超时</translation>
    </message>
    <message>
        <source>Complaints</source>
        <translation>投诉</translation>
    </message>
    <message>
        <source>12386 transfers</source>
        <translation>12386 转办</translation>
    </message>
    <message>
        <source>Closed</source>
        <translation>已结案</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1（%2）</translation>
    </message>
    <message>
        <source>%1+</source>
        <translation>%1+</translation>
    </message>
</context>
<context>
    <name>RemoteCustomerLookup</name>
    <message>
        <source>Not connected to the central service.</source>
        <translation>未连接中心服务。</translation>
    </message>
    <message>
        <source>The central service could not be asked: %1</source>
        <translation>无法向中心查询：%1</translation>
    </message>
    <message>
        <source>The answer could not be stored: %1</source>
        <translation>查询结果未能保存：%1</translation>
    </message>
</context>
<context>
    <name>ReplyComposer</name>
    <message>
        <source>Search canned replies</source>
        <translation>搜索常用回复</translation>
    </message>
    <message>
        <source>Too long: %1 of at most %2 characters.</source>
        <translation>过长：%1 字，最多 %2 字。</translation>
    </message>
    <message>
        <source>Still to fill in: %1</source>
        <translation>尚待填写：%1</translation>
    </message>
    <message>
        <source>The customer receives this reply.</source>
        <translation>此回复将发送给客户。</translation>
    </message>
    <message>
        <source>Only colleagues see this note.</source>
        <translation>仅同事可见此备注。</translation>
    </message>
    <message>
        <source>Reply to the customer</source>
        <translation>回复客户</translation>
    </message>
    <message>
        <source>Internal note</source>
        <translation>内部备注</translation>
    </message>
    <message>
        <source>Canned replies</source>
        <translation>常用回复</translation>
    </message>
    <message>
        <source>I have checked the wording: it promises no return; send it</source>
        <translation>我已核对措辞，未承诺收益，确认发送</translation>
    </message>
    <message>
        <source>Write to the customer…</source>
        <translation>给客户的回复…</translation>
    </message>
    <message>
        <source>A note for colleagues; the customer never sees it…</source>
        <translation>写给同事的备注，客户不可见…</translation>
    </message>
    <message>
        <source>Send reply</source>
        <translation>发送回复</translation>
    </message>
    <message>
        <source>Add note</source>
        <translation>添加备注</translation>
    </message>
    <message>
        <source>Attach files…</source>
        <translation>添加附件…</translation>
    </message>
    <message>
        <source>Documents, images, e-mails or call recordings up to %1 each; they upload with the next sync</source>
        <translation>文档、图片、邮件或通话录音，每个最大 %1；将在下次同步时上传</translation>
    </message>
</context>
<context>
    <name>Repository</name>
    <message>
        <source>A %1 with id %2 already exists.</source>
        <translation>ID 为 %2 的%1已存在。</translation>
    </message>
    <message>
        <source>A %1 is never edited.</source>
        <translation>%1不可修改。</translation>
    </message>
    <message>
        <source>No %1 with id %2.</source>
        <translation>不存在 ID 为 %2 的%1。</translation>
    </message>
    <message>
        <source>A %1 is never deleted.</source>
        <translation>%1不可删除。</translation>
    </message>
</context>
<context>
    <name>RestError</name>
    <message>
        <source>ok</source>
        <translation>成功</translation>
    </message>
    <message>
        <source>network error</source>
        <translation>网络错误</translation>
    </message>
    <message>
        <source>timeout</source>
        <translation>超时</translation>
    </message>
    <message>
        <source>unauthorized</source>
        <translation>未授权</translation>
    </message>
    <message>
        <source>forbidden</source>
        <translation>无权限</translation>
    </message>
    <message>
        <source>gone</source>
        <translation>游标已过期</translation>
    </message>
    <message>
        <source>conflict</source>
        <translation>冲突</translation>
    </message>
    <message>
        <source>invalid request</source>
        <translation>无效请求</translation>
    </message>
    <message>
        <source>rate limited</source>
        <translation>请求过于频繁</translation>
    </message>
    <message>
        <source>server error</source>
        <translation>服务器错误</translation>
    </message>
    <message>
        <source>protocol error</source>
        <translation>协议错误</translation>
    </message>
</context>
<context>
    <name>RevealDialog</name>
    <message>
        <source>Show %1</source>
        <translation>显示%1</translation>
    </message>
    <message>
        <source>The %1 will show in clear for %2 seconds. Your name, the time, the field and the reason are written to the audit log.</source>
        <translation>%1将以明文显示 %2 秒。您的姓名、时间、字段和原因将记入审计日志。</translation>
    </message>
    <message>
        <source>Reason:</source>
        <translation>原因：</translation>
    </message>
    <message>
        <source>Verify the caller&apos;s identity</source>
        <translation>核实来电人身份</translation>
    </message>
    <message>
        <source>Customer asked to confirm their contact details</source>
        <translation>客户要求核对联系方式</translation>
    </message>
    <message>
        <source>Call the customer back</source>
        <translation>回拨客户</translation>
    </message>
    <message>
        <source>Required for a service request</source>
        <translation>办理业务需要</translation>
    </message>
    <message>
        <source>Choose or type the reason</source>
        <translation>选择或输入原因</translation>
    </message>
    <message>
        <source>Show</source>
        <translation>显示</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
</context>
<context>
    <name>RiskAlertPanel</name>
    <message>
        <source>No risk alerts.</source>
        <translation>无风险提示。</translation>
    </message>
    <message>
        <source>detected in the current figures</source>
        <translation>根据当前数据识别</translation>
    </message>
    <message>
        <source>%1 by %2</source>
        <translation>%2 %1</translation>
    </message>
    <message>
        <source>Education article for the reply: %1</source>
        <translation>答复可引用的投资者教育文章：%1</translation>
    </message>
    <message>
        <source>Acknowledge</source>
        <translation>确认</translation>
    </message>
    <message>
        <source>Outreach ticket</source>
        <translation>外呼工单</translation>
    </message>
    <message>
        <source>Opens a ticket to call the customer about this alert, assigned to you, and acknowledges the alert</source>
        <translation>创建外呼工单（分派给您），就此风险联系客户，并确认该提示</translation>
    </message>
</context>
<context>
    <name>RiskAlertRules</name>
    <message>
        <source>Maintenance ratio %1 is below the close-out line %2: the customer must add collateral or repay by the close of %3, or the position will be closed out.</source>
        <translation>维持担保比例 %1，低于平仓线 %2：客户须于 %3 收市前追加担保物或了结负债，否则将被强制平仓。</translation>
    </message>
    <message>
        <source>Maintenance ratio %1 is below the warning line %2: remind the customer and suggest adding collateral.</source>
        <translation>维持担保比例 %1，低于警戒线 %2：请提醒客户并建议追加担保物。</translation>
    </message>
    <message>
        <source>Holds %1 (%2, %3) although the customer is in the lowest category: no product above R1 may be sold to them.</source>
        <translation>持有 %1（%2，%3），但客户属于最低类别：不得向其销售 R1 以上产品。</translation>
    </message>
    <message>
        <source>Holds %1 (%2, %3) above the customer&apos;s risk tolerance %4: check that the special risk warning was signed.</source>
        <translation>持有 %1（%2，%3），高于客户风险承受能力 %4：请核实是否已签署特别风险警示书。</translation>
    </message>
    <message>
        <source>Holds %1 (%2), a stock under risk warning that may be delisted: point the customer to the company&apos;s announcements.</source>
        <translation>持有风险警示股票 %1（%2），存在退市风险：请提示客户关注公司公告。</translation>
    </message>
    <message>
        <source>%1 makes up %2 of the account&apos;s market value: the position is concentrated.</source>
        <translation>%1 占账户市值 %2：持仓集中度较高。</translation>
    </message>
    <message>
        <source>The risk assessment expired on %1: no new medium- or high-risk product until the customer is assessed again.</source>
        <translation>风险测评已于 %1 过期：重新测评前不得购买新的中高风险产品。</translation>
    </message>
    <message>
        <source>The customer has never been assessed: no product above R1 until they are.</source>
        <translation>客户尚未进行风险测评：测评前不得购买 R1 以上产品。</translation>
    </message>
</context>
<context>
    <name>ScreenPop</name>
    <message>
        <source>no phone number given</source>
        <translation>未提供电话号码</translation>
    </message>
    <message>
        <source>not a phone number (3 to 20 digits, optionally a leading +; spaces and hyphens are ignored)</source>
        <translation>不是电话号码（3 至 20 位数字，可带前导 +；忽略空格和连字符）</translation>
    </message>
    <message>
        <source>no workstation is running</source>
        <translation>没有运行中的工作台</translation>
    </message>
    <message>
        <source>cannot reach the running workstation: %1</source>
        <translation>无法连接运行中的工作台：%1</translation>
    </message>
    <message>
        <source>the running workstation did not take the call: %1</source>
        <translation>运行中的工作台未接收来电：%1</translation>
    </message>
    <message>
        <source>the running workstation gave an unreadable answer</source>
        <translation>运行中的工作台返回了无法识别的应答</translation>
    </message>
    <message>
        <source>the running workstation closed the connection without an answer</source>
        <translation>运行中的工作台未应答即关闭了连接</translation>
    </message>
    <message>
        <source>the running workstation did not answer in time</source>
        <translation>运行中的工作台未及时应答</translation>
    </message>
    <message>
        <source>the running workstation refused the call: %1</source>
        <translation>运行中的工作台拒绝了来电：%1</translation>
    </message>
</context>
<context>
    <name>ScreenPopServer</name>
    <message>
        <source>another AgentDesk workstation of this user already receives the calls; this one runs without screen-pop</source>
        <translation>该用户已有另一个 AgentDesk 工作台在接收来电；本工作台不启用来电弹屏</translation>
    </message>
    <message>
        <source>cannot listen for calls (screen-pop) on %1: %2</source>
        <translation>无法在 %1 上监听来电（弹屏）：%2</translation>
    </message>
    <message numerus="yes">
        <source>no request within %n second(s)</source>
        <translation>
            <numerusform>%n 秒内未收到请求</numerusform>
        </translation>
    </message>
    <message>
        <source>request longer than %1 bytes</source>
        <translation>请求超过 %1 字节</translation>
    </message>
    <message>
        <source>the request is not a JSON object</source>
        <translation>请求不是 JSON 对象</translation>
    </message>
    <message>
        <source>&quot;call&quot; (the caller&apos;s number) is missing</source>
        <translation>缺少 &quot;call&quot;（来电号码）</translation>
    </message>
    <message>
        <source>&quot;started_at&quot; is not an ISO 8601 date and time</source>
        <translation>&quot;started_at&quot; 不是 ISO 8601 日期时间</translation>
    </message>
</context>
<context>
    <name>SessionLogin</name>
    <message>
        <source>Enter the server address, for example https://desk.example.com:8443.</source>
        <translation>请输入服务器地址，例如 https://desk.example.com:8443。</translation>
    </message>
    <message>
        <source>Wrong user name or password, or the account is disabled.</source>
        <translation>用户名或密码错误，或账户已停用。</translation>
    </message>
    <message>
        <source>This account is disabled. Ask your team lead or an administrator.</source>
        <translation>该账户已停用，请联系组长或管理员。</translation>
    </message>
    <message>
        <source>The server cannot be reached. Check the address and the network.</source>
        <translation>无法连接服务器，请检查地址和网络。</translation>
    </message>
    <message>
        <source>The secure connection to the server failed (TLS).</source>
        <translation>与服务器的安全连接失败（TLS）。</translation>
    </message>
    <message>
        <source>The secure connection to the server failed (TLS): %1</source>
        <translation>与服务器的安全连接失败（TLS）：%1</translation>
    </message>
    <message>
        <source>The server could not sign you in. Try again later.</source>
        <translation>服务器暂时无法完成登录，请稍后重试。</translation>
    </message>
    <message>
        <source>The server could not sign you in: %1</source>
        <translation>服务器无法完成登录：%1</translation>
    </message>
    <message>
        <source>The server refused the sign-in.</source>
        <translation>服务器拒绝了登录请求。</translation>
    </message>
    <message>
        <source>The server refused the sign-in: %1</source>
        <translation>服务器拒绝了登录请求：%1</translation>
    </message>
    <message>
        <source>the answer carries no session</source>
        <translation>应答中没有会话信息</translation>
    </message>
</context>
<context>
    <name>ShortcutsDialog</name>
    <message>
        <source>Keyboard shortcuts</source>
        <translation>键盘快捷键</translation>
    </message>
    <message>
        <source>Press Ctrl+K anywhere to find any command by name.</source>
        <translation>在任何位置按 Ctrl+K，即可按名称查找命令。</translation>
    </message>
    <message>
        <source>Command</source>
        <translation>命令</translation>
    </message>
    <message>
        <source>Shortcut</source>
        <translation>快捷键</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>关闭</translation>
    </message>
</context>
<context>
    <name>SlaClock</name>
    <message>
        <source>On track</source>
        <translation>正常</translation>
    </message>
    <message>
        <source>Due soon</source>
        <translation>即将到期</translation>
    </message>
    <message>
        <source>Overdue</source>
        <translation>已超时</translation>
    </message>
    <message>
        <source>No deadline</source>
        <translation>无时限</translation>
    </message>
    <message numerus="yes">
        <source>Overdue by %n working day(s) %1 h</source>
        <translation>
            <numerusform>已超时 %n 个工作日 %1 小时</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n working day(s) %1 h left</source>
        <translation>
            <numerusform>剩余 %n 个工作日 %1 小时</numerusform>
        </translation>
    </message>
    <message>
        <source>overdue %1 wd %2 h</source>
        <comment>wd: working days</comment>
        <translation>超时 %1 工作日 %2 时</translation>
    </message>
    <message>
        <source>%1 wd %2 h left</source>
        <comment>wd: working days</comment>
        <translation>剩 %1 工作日 %2 时</translation>
    </message>
</context>
<context>
    <name>StateBreakdownCard</name>
    <message>
        <source>Team open tickets by state</source>
        <translation>本组未结工单（按状态）</translation>
    </message>
    <message numerus="yes">
        <source>%n open ticket(s) in your team</source>
        <translation>
            <numerusform>本组共 %n 张未结工单</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Suitability</name>
    <message>
        <source>Customers in the lowest risk category may only buy products of risk level %1, even at their own request. %2 is refused.</source>
        <translation>风险承受能力最低类别的客户只能购买 %1 级产品，即使客户主动要求也不得突破。%2 不予办理。</translation>
    </message>
    <message>
        <source>Special risk warning: the risk level of this product (%1) is higher than your risk tolerance (%2). Investing in it may cause losses beyond what you can bear, up to the loss of all principal. By signing, you confirm that you have read and understood this warning and that you buy this product of your own accord and bear its risks yourself.</source>
        <translation>特别风险警示：本产品的风险等级（%1）高于您的风险承受能力（%2）。投资本产品可能造成超出您承受能力的损失，甚至损失全部本金。签署即表示您已阅读并理解本警示，系自愿购买本产品并自行承担相应风险。</translation>
    </message>
    <message>
        <source>Matched</source>
        <translation>匹配</translation>
    </message>
    <message>
        <source>Special risk warning required</source>
        <translation>需签署特别风险警示书</translation>
    </message>
    <message>
        <source>Refused</source>
        <translation>不予办理</translation>
    </message>
    <message>
        <source>Assessment valid</source>
        <translation>风险测评有效</translation>
    </message>
    <message>
        <source>Assessment expiring soon</source>
        <translation>风险测评即将过期</translation>
    </message>
    <message>
        <source>Assessment expired</source>
        <translation>风险测评已过期</translation>
    </message>
</context>
<context>
    <name>SyncEngine</name>
    <message>
        <source>A sync cycle is already running.</source>
        <translation>同步正在进行中。</translation>
    </message>
    <message>
        <source>The server answered %1 of %2 mutations.</source>
        <translation>服务器只应答了 %2 项更改中的 %1 项。</translation>
    </message>
</context>
<context>
    <name>SyncStatusWidget</name>
    <message>
        <source>Never synchronised</source>
        <translation>从未同步</translation>
    </message>
    <message>
        <source>Last synced %1</source>
        <translation>上次同步 %1</translation>
    </message>
    <message>
        <source>just now</source>
        <translation>刚刚</translation>
    </message>
    <message numerus="yes">
        <source>%n minute(s) ago</source>
        <translation>
            <numerusform>%n 分钟前</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n hour(s) ago</source>
        <translation>
            <numerusform>%n 小时前</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n day(s) ago</source>
        <translation>
            <numerusform>%n 天前</numerusform>
        </translation>
    </message>
    <message>
        <source>Offline — no server configured</source>
        <translation>离线 — 未配置服务器</translation>
    </message>
    <message>
        <source>This workstation works from its local profile; synchronisation starts once a server is configured.</source>
        <translation>本工作台使用本地配置文件工作；配置服务器后即开始同步。</translation>
    </message>
    <message>
        <source>Signing in…</source>
        <translation>正在登录…</translation>
    </message>
    <message>
        <source>Offline</source>
        <translation>离线</translation>
    </message>
    <message>
        <source>The server cannot be reached. Changes are kept on this workstation and sent when it is back.</source>
        <translation>无法连接服务器。更改保存在本工作台，服务器恢复后即会发送。</translation>
    </message>
    <message>
        <source>Working offline from the local profile. Sign in to synchronise.</source>
        <translation>正使用本地数据离线工作。登录后即可同步。</translation>
    </message>
    <message>
        <source>Online</source>
        <translation>在线</translation>
    </message>
    <message>
        <source>Connected to %1</source>
        <translation>已连接到 %1</translation>
    </message>
    <message>
        <source>Syncing…</source>
        <translation>正在同步…</translation>
    </message>
    <message>
        <source>Exchanging changes with %1</source>
        <translation>正在与 %1 交换更改</translation>
    </message>
    <message>
        <source>Sign-in needed</source>
        <translation>需要重新登录</translation>
    </message>
    <message>
        <source>The session has ended. Sign in again to continue synchronising; nothing is lost meanwhile.</source>
        <translation>会话已结束。请重新登录以继续同步；期间的更改不会丢失。</translation>
    </message>
    <message>
        <source>Sync error</source>
        <translation>同步出错</translation>
    </message>
    <message>
        <source>The last synchronisation failed.</source>
        <translation>上次同步失败。</translation>
    </message>
    <message>
        <source>Pending changes: %1</source>
        <translation>待同步更改：%1</translation>
    </message>
    <message>
        <source>Local changes waiting to be sent to the server</source>
        <translation>等待发送到服务器的本地更改</translation>
    </message>
    <message>
        <source>Last successful synchronisation: %1 (%2)</source>
        <translation>上次成功同步：%1（%2）</translation>
    </message>
    <message>
        <source>This profile has not been synchronised with a server yet.</source>
        <translation>此配置文件尚未与服务器同步过。</translation>
    </message>
    <message>
        <source>Connect…</source>
        <translation>连接…</translation>
    </message>
    <message>
        <source>Sign in</source>
        <translation>登录</translation>
    </message>
    <message>
        <source>Connect this workstation to an AgentDesk server</source>
        <translation>将本工作台连接到 AgentDesk 服务器</translation>
    </message>
    <message>
        <source>Sign in to the AgentDesk server</source>
        <translation>登录 AgentDesk 服务器</translation>
    </message>
    <message>
        <source>Sync now</source>
        <translation>立即同步</translation>
    </message>
    <message>
        <source>Synchronise with the server now (F5)</source>
        <translation>立即与服务器同步（F5）</translation>
    </message>
    <message numerus="yes">
        <source>%n conflict(s)</source>
        <translation>
            <numerusform>%n 个冲突</numerusform>
        </translation>
    </message>
    <message>
        <source>Changes that clashed with the server&apos;s: open the list to decide</source>
        <translation>与服务器数据冲突的更改：打开列表逐一处理</translation>
    </message>
</context>
<context>
    <name>SyncSummary</name>
    <message>
        <source>pushed %1, pulled %2, conflicts %3, poison %4</source>
        <translation>推送 %1，拉取 %2，冲突 %3，被拒 %4</translation>
    </message>
    <message>
        <source>, already applied %1</source>
        <translation>，已应用过 %1</translation>
    </message>
    <message>
        <source>, full resync</source>
        <translation>，已完整重新同步</translation>
    </message>
    <message>
        <source>, still pending %1</source>
        <translation>，仍待发送 %1</translation>
    </message>
    <message>
        <source> — failed: %1</source>
        <translation> — 失败：%1</translation>
    </message>
</context>
<context>
    <name>TicketAssignment</name>
    <message>
        <source>You already hold this ticket.</source>
        <translation>该工单已由您处理。</translation>
    </message>
    <message>
        <source>The ticket is closed.</source>
        <translation>该工单已结案。</translation>
    </message>
    <message>
        <source>The first handler owns this ticket; a team lead can reassign it.</source>
        <translation>首办负责制：该工单已有处理人，可由组长改派。</translation>
    </message>
    <message>
        <source>The ticket belongs to another team.</source>
        <translation>该工单属于其他班组。</translation>
    </message>
    <message>
        <source>Trainers do not handle tickets.</source>
        <translation>培训师不处理工单。</translation>
    </message>
    <message>
        <source>Nobody holds this ticket.</source>
        <translation>该工单尚无处理人。</translation>
    </message>
    <message>
        <source>Only the holder or a team lead can hand a ticket back.</source>
        <translation>只有处理人或组长可以退回工单。</translation>
    </message>
    <message>
        <source>A team lead assigns the tickets of their own team.</source>
        <translation>组长只能分派本组的工单。</translation>
    </message>
    <message>
        <source>Only a team lead assigns tickets to others; an agent may claim an unassigned ticket or hand back their own.</source>
        <translation>只有组长可以把工单分派给他人；坐席可以认领未分配的工单或退回自己的工单。</translation>
    </message>
</context>
<context>
    <name>TicketBulkMenu</name>
    <message>
        <source>Assign to</source>
        <translation>分派给</translation>
    </message>
    <message numerus="yes">
        <source>%n ticket(s) assigned to %1.</source>
        <translation>
            <numerusform>已将 %n 张工单分派给 %1。</numerusform>
        </translation>
    </message>
    <message>
        <source>Priority</source>
        <translation>优先级</translation>
    </message>
    <message numerus="yes">
        <source>Priority of %n ticket(s) set to %1.</source>
        <translation>
            <numerusform>已将 %n 张工单的优先级设为 %1。</numerusform>
        </translation>
    </message>
    <message>
        <source>Put under a new incident…</source>
        <translation>归入新的事件主工单…</translation>
    </message>
    <message>
        <source>New incident</source>
        <translation>新建事件主工单</translation>
    </message>
    <message>
        <source>Subject of the incident (a mass event such as a trading-system outage):</source>
        <translation>事件主题（如交易系统故障等群体性事件）：</translation>
    </message>
    <message numerus="yes">
        <source>Incident %1 opened with %n ticket(s) under it.</source>
        <translation>
            <numerusform>已创建事件主工单 %1，归入 %n 张工单。</numerusform>
        </translation>
    </message>
    <message>
        <source>Put under an existing incident…</source>
        <translation>归入已有事件主工单…</translation>
    </message>
    <message>
        <source>Incident</source>
        <translation>事件主工单</translation>
    </message>
    <message>
        <source>Number of the incident ticket:</source>
        <translation>事件主工单号：</translation>
    </message>
    <message>
        <source>No ticket %1 in the cache.</source>
        <translation>本地缓存中没有工单 %1。</translation>
    </message>
    <message numerus="yes">
        <source>%n ticket(s) put under incident %1.</source>
        <translation>
            <numerusform>已将 %n 张工单归入事件 %1。</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>TicketEditor</name>
    <message>
        <source>The ticket no longer exists.</source>
        <translation>该工单已不存在。</translation>
    </message>
    <message>
        <source>The note is empty.</source>
        <translation>备注为空。</translation>
    </message>
    <message>
        <source>Trainers do not handle tickets.</source>
        <translation>培训师不处理工单。</translation>
    </message>
    <message>
        <source>Ticket %1 belongs to another team.</source>
        <translation>工单 %1 属于其他班组。</translation>
    </message>
    <message>
        <source>The reply is empty.</source>
        <translation>回复为空。</translation>
    </message>
    <message>
        <source>Ticket %1 is closed; reopen it to write to the customer.</source>
        <translation>工单 %1 已结案；如需回复客户请先重开。</translation>
    </message>
    <message>
        <source>The chosen colleague is not an active user.</source>
        <translation>所选同事不是在用账号。</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1：%2</translation>
    </message>
    <message>
        <source>An agent opens a ticket for the team queue or for themselves.</source>
        <translation>坐席只能为班组队列或自己创建工单。</translation>
    </message>
    <message>
        <source>A ticket you open must belong to your own team.</source>
        <translation>您创建的工单必须属于本班组。</translation>
    </message>
    <message>
        <source>A 12386 transfer needs the due date the regulator set.</source>
        <translation>12386 转办工单须填写监管规定的办结期限。</translation>
    </message>
    <message>
        <source>%1 is not a member of the ticket&apos;s team.</source>
        <translation>%1 不是该工单所属班组的成员。</translation>
    </message>
    <message>
        <source>Only the team lead chooses how new tickets are assigned.</source>
        <translation>只有组长可以设置新工单的分派方式。</translation>
    </message>
    <message>
        <source>Your team is not in the cache yet; synchronise first.</source>
        <translation>本地缓存中还没有您的班组，请先同步。</translation>
    </message>
    <message>
        <source>“%1” is not a file.</source>
        <translation>“%1”不是文件。</translation>
    </message>
    <message>
        <source>Ticket %1 is closed.</source>
        <translation>工单 %1 已结案。</translation>
    </message>
    <message>
        <source>%1: the ticket is not in the cache.</source>
        <translation>%1：本地缓存中没有该工单。</translation>
    </message>
</context>
<context>
    <name>TicketFilterDialog</name>
    <message>
        <source>Filter tickets</source>
        <translation>筛选工单</translation>
    </message>
    <message>
        <source>Anyone</source>
        <translation>任何人</translation>
    </message>
    <message>
        <source>Me</source>
        <translation>我</translation>
    </message>
    <message>
        <source>Nobody (team queue)</source>
        <translation>无人（班组队列）</translation>
    </message>
    <message>
        <source>Customer number or mobile</source>
        <translation>客户号或手机号</translation>
    </message>
    <message>
        <source>Ticket number or words of the subject</source>
        <translation>工单号或主题中的词语</translation>
    </message>
    <message>
        <source>Name, to keep this filter as a view of your own</source>
        <translation>输入名称，将此筛选保存为个人视图</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>类型</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>业务分类</translation>
    </message>
    <message>
        <source>Channel</source>
        <translation>渠道</translation>
    </message>
    <message>
        <source>Priority</source>
        <translation>优先级</translation>
    </message>
    <message>
        <source>State</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Assignee</source>
        <translation>处理人</translation>
    </message>
    <message>
        <source>Customer</source>
        <translation>客户</translation>
    </message>
    <message>
        <source>Created</source>
        <translation>创建日期</translation>
    </message>
    <message>
        <source>Text</source>
        <translation>文字</translation>
    </message>
    <message>
        <source>Save as view</source>
        <translation>保存为视图</translation>
    </message>
    <message>
        <source>Apply</source>
        <translation>应用</translation>
    </message>
    <message>
        <source>Clear</source>
        <translation>清除</translation>
    </message>
    <message>
        <source>No single customer matches “%1”.</source>
        <translation>没有唯一匹配“%1”的客户。</translation>
    </message>
    <message>
        <source>The end date is before the start date.</source>
        <translation>结束日期早于开始日期。</translation>
    </message>
    <message>
        <source>Give the view a name.</source>
        <translation>请为视图命名。</translation>
    </message>
    <message>
        <source>from</source>
        <comment>creation date</comment>
        <translation>自</translation>
    </message>
    <message>
        <source>up to</source>
        <comment>creation date</comment>
        <translation>至</translation>
    </message>
</context>
<context>
    <name>TicketLinker</name>
    <message>
        <source>The ticket no longer exists.</source>
        <translation>该工单已不存在。</translation>
    </message>
    <message>
        <source>The incident no longer exists.</source>
        <translation>该事件主工单已不存在。</translation>
    </message>
    <message>
        <source>Only a team lead opens an incident for a mass event.</source>
        <translation>只有组长可以为群体性事件创建主工单。</translation>
    </message>
</context>
<context>
    <name>TicketQueueModel</name>
    <message>
        <source>Number</source>
        <translation>工单号</translation>
    </message>
    <message>
        <source>Customer</source>
        <translation>客户</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>类型</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>业务分类</translation>
    </message>
    <message>
        <source>Priority</source>
        <translation>优先级</translation>
    </message>
    <message>
        <source>State</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Assignee</source>
        <translation>处理人</translation>
    </message>
    <message>
        <source>SLA</source>
        <translation>时限</translation>
    </message>
    <message>
        <source>Updated</source>
        <translation>更新时间</translation>
    </message>
    <message>
        <source>Unassigned</source>
        <translation>未分配</translation>
    </message>
    <message>
        <source>(unknown user)</source>
        <translation>（未知用户）</translation>
    </message>
</context>
<context>
    <name>TicketQueuePage</name>
    <message>
        <source>Tickets</source>
        <translation>工单</translation>
    </message>
    <message numerus="yes">
        <source>%1 · %2 ticket(s)</source>
        <translation>
            <numerusform>%1 · %2 张工单</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 · %2 ticket(s) match “%3”</source>
        <translation>
            <numerusform>%1 · %2 张工单匹配“%3”</numerusform>
        </translation>
    </message>
    <message>
        <source>Search by ticket number or subject</source>
        <translation>按工单号或主题搜索</translation>
    </message>
    <message numerus="yes">
        <source>%n ticket(s) handed back.</source>
        <translation>
            <numerusform>已退回 %n 张工单。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n ticket(s) claimed.</source>
        <translation>
            <numerusform>已认领 %n 张工单。</numerusform>
        </translation>
    </message>
    <message>
        <source>Left as they were: %1</source>
        <translation>未改动：%1</translation>
    </message>
    <message>
        <source>Claim</source>
        <translation>认领</translation>
    </message>
    <message>
        <source>Hand back</source>
        <translation>退回</translation>
    </message>
    <message>
        <source>Return the selected tickets you hold to the team queue</source>
        <translation>将所选的本人工单退回班组队列</translation>
    </message>
    <message>
        <source>Take the selected unassigned tickets: you become their first handler</source>
        <translation>认领所选的未分配工单，您将成为首办责任人</translation>
    </message>
    <message>
        <source>New ticket</source>
        <translation>新建工单</translation>
    </message>
    <message>
        <source>Open a ticket for a call, an e-mail, a branch visit or a 12386 transfer</source>
        <translation>为来电、邮件、营业部来访或 12386 转办创建工单</translation>
    </message>
    <message>
        <source>New tickets of the team: %1.</source>
        <translation>本组新工单分派方式：%1。</translation>
    </message>
    <message>
        <source>New tickets: %1</source>
        <translation>新工单：%1</translation>
    </message>
    <message>
        <source>How new tickets of your team are assigned: by hand from the team queue, in turn, or to the agent with the fewest open tickets</source>
        <translation>本组新工单的分派方式：从班组队列手动分派、轮流分派，或分给未结工单最少的坐席</translation>
    </message>
    <message>
        <source>Delete this view</source>
        <translation>删除此视图</translation>
    </message>
    <message>
        <source>The view could not be saved.</source>
        <translation>无法保存视图。</translation>
    </message>
    <message>
        <source>View “%1” saved.</source>
        <translation>视图“%1”已保存。</translation>
    </message>
    <message>
        <source>%1, filtered</source>
        <translation>%1（已筛选）</translation>
    </message>
    <message>
        <source>Filter…</source>
        <translation>筛选…</translation>
    </message>
    <message>
        <source>Filter this queue by kind, category, channel, priority, state, assignee, customer, dates or text, and keep the filter as a view of your own</source>
        <translation>按类型、业务分类、渠道、优先级、状态、处理人、客户、日期或文字筛选此队列，并可保存为个人视图</translation>
    </message>
    <message>
        <source>Clear filter</source>
        <translation>清除筛选</translation>
    </message>
</context>
<context>
    <name>TicketRelations</name>
    <message>
        <source>Ticket %1 has been deleted.</source>
        <translation>工单 %1 已删除。</translation>
    </message>
    <message>
        <source>Trainers do not handle tickets.</source>
        <translation>培训师不处理工单。</translation>
    </message>
    <message>
        <source>Ticket %1 belongs to another team.</source>
        <translation>工单 %1 属于其他班组。</translation>
    </message>
    <message>
        <source>Ticket %1 is held by another agent; a team lead can act on it.</source>
        <translation>工单 %1 由其他坐席处理；组长可以操作。</translation>
    </message>
    <message>
        <source>A ticket cannot be merged into itself.</source>
        <translation>工单不能合并到自身。</translation>
    </message>
    <message>
        <source>Ticket %1 has already been merged.</source>
        <translation>工单 %1 已被合并。</translation>
    </message>
    <message>
        <source>Ticket %1 is closed; only open duplicates are merged.</source>
        <translation>工单 %1 已结案；只合并未结的重复工单。</translation>
    </message>
    <message>
        <source>Ticket %1 has itself been merged away; merge into the ticket it points to.</source>
        <translation>工单 %1 本身已被合并；请合并到它指向的工单。</translation>
    </message>
    <message>
        <source>Ticket %1 is closed; merge into an open ticket.</source>
        <translation>工单 %1 已结案；请合并到未结工单。</translation>
    </message>
    <message>
        <source>Tickets of different teams cannot be merged.</source>
        <translation>不同班组的工单不能合并。</translation>
    </message>
    <message>
        <source>Only tickets of the same customer are duplicates; link the tickets instead.</source>
        <translation>只有同一客户的工单才算重复；请改用关联。</translation>
    </message>
    <message>
        <source>Ticket %1 is an incident with %2 under it; merge the other way round.</source>
        <translation>工单 %1 是 %2 的事件主工单；请反向合并。</translation>
    </message>
    <message>
        <source>A ticket cannot be its own incident.</source>
        <translation>工单不能作为自己的事件主工单。</translation>
    </message>
    <message>
        <source>Ticket %1 has been merged away and cannot be an incident.</source>
        <translation>工单 %1 已被合并，不能作为事件主工单。</translation>
    </message>
    <message>
        <source>Ticket %1 is itself under an incident; link to that incident instead.</source>
        <translation>工单 %1 本身已归入事件；请归入那个事件主工单。</translation>
    </message>
    <message>
        <source>The incident belongs to another team.</source>
        <translation>该事件主工单属于其他班组。</translation>
    </message>
    <message>
        <source>Ticket %1 is already under this incident.</source>
        <translation>工单 %1 已归入此事件。</translation>
    </message>
    <message>
        <source>Ticket %1 is not under an incident.</source>
        <translation>工单 %1 未归入任何事件。</translation>
    </message>
    <message>
        <source>A ticket cannot be linked to itself.</source>
        <translation>工单不能与自身关联。</translation>
    </message>
    <message>
        <source>Ticket %1 is closed.</source>
        <translation>工单 %1 已结案。</translation>
    </message>
</context>
<context>
    <name>TicketTimelineModel</name>
    <message>
        <source>System</source>
        <translation>系统</translation>
    </message>
    <message>
        <source>(ticket not in the cache)</source>
        <translation>（本地缓存中没有该工单）</translation>
    </message>
    <message>
        <source>Internal note</source>
        <translation>内部备注</translation>
    </message>
    <message>
        <source>Reply to the customer</source>
        <translation>回复客户</translation>
    </message>
    <message>
        <source>State: %1 → %2</source>
        <translation>状态：%1 → %2</translation>
    </message>
    <message>
        <source>referred to %1</source>
        <translation>转至%1</translation>
    </message>
    <message>
        <source>resolution: %1</source>
        <translation>结案方式：%1</translation>
    </message>
    <message>
        <source>follow-up: %1</source>
        <translation>回访：%1</translation>
    </message>
    <message>
        <source> (%1)</source>
        <translation>（%1）</translation>
    </message>
    <message>
        <source>, </source>
        <translation>，</translation>
    </message>
    <message>
        <source>Handed back to the team queue</source>
        <translation>退回班组队列</translation>
    </message>
    <message>
        <source>Assigned to %1</source>
        <translation>分派给 %1</translation>
    </message>
    <message>
        <source>Attachment: %1 (%2)</source>
        <translation>附件：%1（%2）</translation>
    </message>
    <message>
        <source>Attachment</source>
        <translation>附件</translation>
    </message>
    <message>
        <source>SLA: the acceptance deadline has passed</source>
        <translation>时限：已超过受理期限</translation>
    </message>
    <message>
        <source>SLA: the reply deadline has passed</source>
        <translation>时限：已超过答复期限</translation>
    </message>
    <message>
        <source>SLA: reply due date extended</source>
        <translation>时限：答复期限已延长</translation>
    </message>
    <message>
        <source>SLA event</source>
        <translation>时限事件</translation>
    </message>
    <message>
        <source>Cited article “%1” (revision %2)</source>
        <translation>引用知识库文章《%1》（第 %2 版）</translation>
    </message>
    <message>
        <source>not in the cache</source>
        <translation>本地缓存中没有</translation>
    </message>
    <message>
        <source>Merged as a duplicate into %1</source>
        <translation>作为重复工单合并至 %1</translation>
    </message>
    <message>
        <source>Duplicate %1 merged into this ticket</source>
        <translation>重复工单 %1 已合并至本工单</translation>
    </message>
    <message>
        <source>%1 put under this incident</source>
        <translation>%1 已归入本事件</translation>
    </message>
    <message>
        <source>Taken out of incident %1</source>
        <translation>已移出事件 %1</translation>
    </message>
    <message>
        <source>Put under incident %1</source>
        <translation>已归入事件 %1</translation>
    </message>
    <message>
        <source>Linked with %1</source>
        <translation>已与 %1 关联</translation>
    </message>
    <message>
        <source>Priority: %1 → %2</source>
        <translation>优先级：%1 → %2</translation>
    </message>
    <message>
        <source>from %1</source>
        <translation>来自 %1</translation>
    </message>
    <message>
        <source>Assigned to %1 by the team&apos;s rule (%2)</source>
        <translation>按班组规则（%2）分派给 %1</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1（%2）</translation>
    </message>
    <message>
        <source>Attachment refused by the server: %1</source>
        <translation>服务器拒收附件：%1</translation>
    </message>
    <message>
        <source>Attachment waiting for upload: %1</source>
        <translation>附件待上传：%1</translation>
    </message>
</context>
<context>
    <name>TicketView</name>
    <message>
        <source>This ticket is not in the cache.</source>
        <translation>本地缓存中没有该工单。</translation>
    </message>
    <message>
        <source>No ticket</source>
        <translation>未选择工单</translation>
    </message>
    <message>
        <source>via %1</source>
        <translation>来自%1</translation>
    </message>
    <message>
        <source>priority %1</source>
        <translation>优先级 %1</translation>
    </message>
    <message>
        <source>state %1</source>
        <translation>状态 %1</translation>
    </message>
    <message>
        <source>in the team queue</source>
        <translation>在班组队列中</translation>
    </message>
    <message>
        <source>held by %1</source>
        <translation>由 %1 处理</translation>
    </message>
    <message>
        <source>Customer: &lt;a href=&quot;customer&quot;&gt;%1&lt;/a&gt; · %2 · %3 · risk class %4</source>
        <translation>客户：&lt;a href=&quot;customer&quot;&gt;%1&lt;/a&gt; · %2 · %3 · 风险等级 %4</translation>
    </message>
    <message>
        <source>No customer: an incident of the team</source>
        <translation>无客户：班组事件主工单</translation>
    </message>
    <message>
        <source>Customer not in the cache</source>
        <translation>本地缓存中没有该客户</translation>
    </message>
    <message>
        <source>Due %1 · %2</source>
        <translation>期限 %1 · %2</translation>
    </message>
    <message>
        <source>No SLA clock running</source>
        <translation>无计时中的时限</translation>
    </message>
    <message>
        <source>Accept by %1</source>
        <translation>受理期限 %1</translation>
    </message>
    <message>
        <source>Reply by %1%2</source>
        <translation>答复期限 %1%2</translation>
    </message>
    <message>
        <source> (extended)</source>
        <translation>（已延长）</translation>
    </message>
    <message>
        <source>12386 due %1</source>
        <translation>12386 办结期限 %1</translation>
    </message>
    <message>
        <source>Merged into %1: carry on there.</source>
        <translation>已合并至 %1，请在该工单继续处理。</translation>
    </message>
    <message>
        <source>Part of incident %1</source>
        <translation>属于事件 %1</translation>
    </message>
    <message>
        <source>Referred to %1</source>
        <translation>已转至%1</translation>
    </message>
    <message>
        <source>→ %1</source>
        <translation>→ %1</translation>
    </message>
    <message>
        <source>Move the ticket to “%1”</source>
        <translation>将工单转为“%1”</translation>
    </message>
    <message>
        <source>Ticket %1 is now “%2”.</source>
        <translation>工单 %1 现为“%2”。</translation>
    </message>
    <message>
        <source>Reply sent to the customer (it syncs with the next cycle).</source>
        <translation>回复已发送（将在下次同步时上传）。</translation>
    </message>
    <message>
        <source>Note added.</source>
        <translation>已添加备注。</translation>
    </message>
    <message>
        <source>Claim</source>
        <translation>认领</translation>
    </message>
    <message>
        <source>Claimed.</source>
        <translation>已认领。</translation>
    </message>
    <message>
        <source>Hand back to the team queue</source>
        <translation>退回班组队列</translation>
    </message>
    <message>
        <source>Handed back.</source>
        <translation>已退回。</translation>
    </message>
    <message>
        <source>Assign to</source>
        <translation>分派给</translation>
    </message>
    <message>
        <source>Assigned to %1.</source>
        <translation>已分派给 %1。</translation>
    </message>
    <message>
        <source>Priority</source>
        <translation>优先级</translation>
    </message>
    <message>
        <source>Priority set to %1.</source>
        <translation>优先级已设为 %1。</translation>
    </message>
    <message>
        <source>Extend the reply due date</source>
        <translation>延长答复期限</translation>
    </message>
    <message>
        <source>Reply due date extended.</source>
        <translation>答复期限已延长。</translation>
    </message>
    <message>
        <source>Link to another ticket…</source>
        <translation>关联其他工单…</translation>
    </message>
    <message>
        <source>Merge into another ticket…</source>
        <translation>合并到其他工单…</translation>
    </message>
    <message>
        <source>This ticket has already been merged.</source>
        <translation>该工单已被合并。</translation>
    </message>
    <message>
        <source>The ticket is closed.</source>
        <translation>工单已结案。</translation>
    </message>
    <message>
        <source>Put under an incident…</source>
        <translation>归入事件主工单…</translation>
    </message>
    <message>
        <source>Take out of the incident</source>
        <translation>移出事件</translation>
    </message>
    <message>
        <source>Taken out of the incident.</source>
        <translation>已移出事件。</translation>
    </message>
    <message>
        <source>The customer is not in the cache.</source>
        <translation>本地缓存中没有该客户。</translation>
    </message>
    <message>
        <source>Decline the customer&apos;s mediation request…</source>
        <translation>拒绝客户的调解申请…</translation>
    </message>
    <message>
        <source>Decline mediation</source>
        <translation>拒绝调解</translation>
    </message>
    <message>
        <source>Why the firm declines mediation (professional investor):</source>
        <translation>公司拒绝调解的理由（专业投资者）：</translation>
    </message>
    <message>
        <source>Mediation request declined: %1</source>
        <translation>已拒绝调解申请：%1</translation>
    </message>
    <message>
        <source>The declined request is in the history.</source>
        <translation>拒绝记录已写入工单历史。</translation>
    </message>
    <message>
        <source>Number of the related ticket:</source>
        <translation>相关工单号：</translation>
    </message>
    <message>
        <source>Number of the ticket this one repeats (it survives):</source>
        <translation>本工单所重复的工单号（保留该工单）：</translation>
    </message>
    <message>
        <source>Number of the incident ticket:</source>
        <translation>事件主工单号：</translation>
    </message>
    <message>
        <source>Ticket</source>
        <translation>工单</translation>
    </message>
    <message>
        <source>No ticket %1 in the cache.</source>
        <translation>本地缓存中没有工单 %1。</translation>
    </message>
    <message>
        <source>Put under incident %1.</source>
        <translation>已归入事件 %1。</translation>
    </message>
    <message>
        <source>Linked with %1.</source>
        <translation>已与 %1 关联。</translation>
    </message>
    <message>
        <source>Merged into %1.</source>
        <translation>已合并至 %1。</translation>
    </message>
    <message>
        <source>← Queue</source>
        <translation>← 队列</translation>
    </message>
    <message>
        <source>Back to the ticket queue (Esc)</source>
        <translation>返回工单队列（Esc）</translation>
    </message>
    <message>
        <source>More actions</source>
        <translation>更多操作</translation>
    </message>
    <message>
        <source>Attach files to %1</source>
        <translation>为 %1 添加附件</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1：%2</translation>
    </message>
    <message numerus="yes">
        <source>%n file(s) attached; they upload with the next sync.</source>
        <translation>
            <numerusform>已添加 %n 个附件，将在下次同步时上传。</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>TicketWorkflow</name>
    <message>
        <source>reply text</source>
        <translation>答复内容</translation>
    </message>
    <message>
        <source>resolution code</source>
        <translation>处理结果</translation>
    </message>
    <message>
        <source>follow-up result</source>
        <translation>回访结果</translation>
    </message>
    <message>
        <source>mediation body</source>
        <translation>调解机构</translation>
    </message>
    <message>
        <source>reason</source>
        <translation>原因</translation>
    </message>
    <message>
        <source>This ticket has been deleted.</source>
        <translation>该工单已被删除。</translation>
    </message>
    <message>
        <source>Trainers do not work tickets.</source>
        <translation>培训师不处理工单。</translation>
    </message>
    <message>
        <source>Administrators manage users and settings; they do not work tickets.</source>
        <translation>管理员负责用户与设置，不处理工单。</translation>
    </message>
    <message>
        <source>This ticket has not been routed to a team yet.</source>
        <translation>该工单尚未分派到团队。</translation>
    </message>
    <message>
        <source>This ticket belongs to another team.</source>
        <translation>该工单属于其他团队。</translation>
    </message>
    <message>
        <source>Only a team lead may reopen a closed ticket.</source>
        <translation>只有组长可以重新打开已结案的工单。</translation>
    </message>
    <message>
        <source>Only a team lead may move this ticket to “%1”.</source>
        <translation>只有组长可以将该工单转为“%1”。</translation>
    </message>
    <message>
        <source>The first handler owns this ticket: it is assigned to %1.</source>
        <translation>首办负责制：该工单由 %1 负责。</translation>
    </message>
    <message>
        <source>This ticket is not assigned to you; ask your team lead to assign it.</source>
        <translation>该工单未分派给您，请联系组长分派。</translation>
    </message>
    <message>
        <source>The closing time of this ticket is unknown, so it cannot be reopened.</source>
        <translation>该工单的结案时间未知，无法重新打开。</translation>
    </message>
    <message>
        <source>Please provide: %1.</source>
        <translation>请填写：%1。</translation>
    </message>
    <message>
        <source>The ticket is already “%1”.</source>
        <translation>该工单已处于“%1”状态。</translation>
    </message>
    <message>
        <source>A ticket of kind “%1” cannot go from “%2” to “%3”.</source>
        <translation>“%1”类工单不能从“%2”转为“%3”。</translation>
    </message>
    <message>
        <source>An ordinary investor&apos;s request for mediation cannot be refused (Securities Law, article 94).</source>
        <translation>普通投资者提出的调解请求不得拒绝（《证券法》第九十四条）。</translation>
    </message>
    <message>
        <source>Only a team lead may extend the reply due date.</source>
        <translation>只有组长可以延长答复时限。</translation>
    </message>
    <message>
        <source>The reply due date has already been extended once.</source>
        <translation>答复时限已延长过一次。</translation>
    </message>
    <message>
        <source>The due date of a 12386 transfer is set by the regulator and cannot be extended.</source>
        <translation>12386 转办工单的时限由监管机构设定，不能延长。</translation>
    </message>
    <message>
        <source>This ticket has no reply due date to extend.</source>
        <translation>该工单没有可延长的答复时限。</translation>
    </message>
    <message>
        <source>The customer has already received a reply.</source>
        <translation>已答复过客户。</translation>
    </message>
    <message>
        <source>This ticket was merged into another one; carry on there.</source>
        <translation>该工单已合并至其他工单，请在那里继续处理。</translation>
    </message>
    <message>
        <source>A ticket is closed as a duplicate only by merging it into the ticket it repeats.</source>
        <translation>只有合并到被重复的工单，才能以“重复工单”结案。</translation>
    </message>
</context>
<context>
    <name>TransitionDialog</name>
    <message>
        <source>%1: %2 → %3</source>
        <translation>%1：%2 → %3</translation>
    </message>
    <message>
        <source>Reply to the customer</source>
        <translation>回复客户</translation>
    </message>
    <message>
        <source>Arbitration body</source>
        <translation>仲裁机构</translation>
    </message>
    <message>
        <source>Mediation body</source>
        <translation>调解机构</translation>
    </message>
    <message>
        <source>Resolution</source>
        <translation>结案方式</translation>
    </message>
    <message>
        <source>Follow-up result</source>
        <translation>回访结果</translation>
    </message>
    <message>
        <source>Outcome of the arbitration</source>
        <translation>仲裁结果</translation>
    </message>
    <message>
        <source>Outcome of the mediation</source>
        <translation>调解结果</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>原因</translation>
    </message>
    <message>
        <source>Move ticket %1 to “%2”?</source>
        <translation>将工单 %1 转为“%2”？</translation>
    </message>
    <message>
        <source>I have checked the wording: it promises no return; send it</source>
        <translation>我已核对措辞，未承诺收益，确认发送</translation>
    </message>
    <message>
        <source>Move to “%1”</source>
        <translation>转为“%1”</translation>
    </message>
</context>
<context>
    <name>Validator</name>
    <message>
        <source>%1 is required.</source>
        <translation>%1为必填项。</translation>
    </message>
    <message>
        <source>%1 must be at most %2 characters long (now %3).</source>
        <translation>%1最多 %2 个字符（当前 %3 个）。</translation>
    </message>
    <message>
        <source>%1 cannot be negative.</source>
        <translation>%1不能为负数。</translation>
    </message>
    <message>
        <source>The record has no id.</source>
        <translation>记录缺少 ID。</translation>
    </message>
    <message>
        <source>The id “%1” is not a UUID.</source>
        <translation>ID“%1”不是有效的 UUID。</translation>
    </message>
    <message>
        <source>The revision cannot be negative.</source>
        <translation>版本号不能为负数。</translation>
    </message>
    <message>
        <source>The customer number</source>
        <translation>客户号</translation>
    </message>
    <message>
        <source>The name</source>
        <translation>姓名</translation>
    </message>
    <message>
        <source>Pinyin must be lower-case Latin letters without tones or spaces.</source>
        <translation>拼音须为小写拉丁字母，不含声调和空格。</translation>
    </message>
    <message>
        <source>Initials must be lower-case Latin letters.</source>
        <translation>首字母须为小写拉丁字母。</translation>
    </message>
    <message>
        <source>The ID number</source>
        <translation>证件号码</translation>
    </message>
    <message>
        <source>This is not a valid resident ID number: it needs 18 characters, a real birth date and the correct check digit.</source>
        <translation>不是有效的居民身份证号码：须为 18 位，出生日期真实且校验码正确。</translation>
    </message>
    <message>
        <source>The mobile number</source>
        <translation>手机号码</translation>
    </message>
    <message>
        <source>A mainland mobile number has 11 digits and starts with 13–19.</source>
        <translation>内地手机号码为 11 位数字，以 13–19 开头。</translation>
    </message>
    <message>
        <source>This is not an email address (name@example.com).</source>
        <translation>不是有效的电子邮箱地址（如 name@example.com）。</translation>
    </message>
    <message>
        <source>The risk assessment must expire after the assessment date.</source>
        <translation>风险测评的到期日须晚于测评日期。</translation>
    </message>
    <message>
        <source>An assessment expiry needs the assessment date.</source>
        <translation>填写测评到期日时须同时填写测评日期。</translation>
    </message>
    <message>
        <source>The VIP level must be between 0 and %1.</source>
        <translation>VIP 等级须在 0 到 %1 之间。</translation>
    </message>
    <message>
        <source>The ticket number</source>
        <translation>工单号</translation>
    </message>
    <message>
        <source>The subject</source>
        <translation>主题</translation>
    </message>
    <message>
        <source>The creation time</source>
        <translation>创建时间</translation>
    </message>
    <message>
        <source>A complaint must name the customer who complains.</source>
        <translation>投诉工单须指明投诉客户。</translation>
    </message>
    <message>
        <source>A 12386 transfer needs the due date set by the regulator.</source>
        <translation>12386 转办工单须填写监管机构规定的办结时限。</translation>
    </message>
    <message>
        <source>Satisfaction must be between 1 and %1, or 0 when not surveyed.</source>
        <translation>满意度须在 1 到 %1 之间，未调查时为 0。</translation>
    </message>
    <message>
        <source>The acceptance due time cannot be before the ticket was created.</source>
        <translation>受理时限不能早于工单创建时间。</translation>
    </message>
    <message>
        <source>The reply due time cannot be before the ticket was created.</source>
        <translation>答复时限不能早于工单创建时间。</translation>
    </message>
    <message>
        <source>A closed ticket needs a resolution code.</source>
        <translation>已结案工单须填写处理结果。</translation>
    </message>
    <message>
        <source>A closed complaint needs the follow-up result.</source>
        <translation>已结案投诉须填写回访结果。</translation>
    </message>
    <message>
        <source>A closed ticket needs its closing time.</source>
        <translation>已结案工单须填写结案时间。</translation>
    </message>
    <message>
        <source>A ticket in mediation or arbitration needs the body handling it.</source>
        <translation>调解或仲裁中的工单须填写受理机构。</translation>
    </message>
    <message>
        <source>A ticket cannot be its own parent incident.</source>
        <translation>工单不能以自身作为上级事件。</translation>
    </message>
    <message>
        <source>A ticket cannot be merged into itself.</source>
        <translation>工单不能合并到自身。</translation>
    </message>
    <message>
        <source>The ticket</source>
        <translation>工单</translation>
    </message>
    <message>
        <source>The event time</source>
        <translation>事件时间</translation>
    </message>
    <message>
        <source>The author</source>
        <translation>作者</translation>
    </message>
    <message>
        <source>The text</source>
        <translation>内容</translation>
    </message>
    <message>
        <source>A transition needs the state it left.</source>
        <translation>状态变更须记录原状态。</translation>
    </message>
    <message>
        <source>A transition needs the state it entered.</source>
        <translation>状态变更须记录新状态。</translation>
    </message>
    <message>
        <source>A transition must change the state.</source>
        <translation>状态变更前后的状态不能相同。</translation>
    </message>
    <message>
        <source>The attachment</source>
        <translation>附件</translation>
    </message>
    <message>
        <source>The cited article</source>
        <translation>引用的知识文章</translation>
    </message>
    <message>
        <source>A citation needs the article revision it quotes.</source>
        <translation>引用知识须注明文章版本。</translation>
    </message>
    <message>
        <source>The linked ticket</source>
        <translation>关联工单</translation>
    </message>
    <message>
        <source>A ticket cannot be linked to itself.</source>
        <translation>工单不能关联自身。</translation>
    </message>
    <message>
        <source>The customer</source>
        <translation>客户</translation>
    </message>
    <message>
        <source>The account number</source>
        <translation>账号</translation>
    </message>
    <message>
        <source>An account number has 6 to 32 digits or capital letters.</source>
        <translation>账号为 6 到 32 位数字或大写字母。</translation>
    </message>
    <message>
        <source>Total assets</source>
        <translation>总资产</translation>
    </message>
    <message>
        <source>Liabilities</source>
        <translation>负债</translation>
    </message>
    <message>
        <source>The maintenance ratio cannot be negative.</source>
        <translation>维持担保比例不能为负数。</translation>
    </message>
    <message>
        <source>A margin account with debt needs its maintenance ratio.</source>
        <translation>有负债的信用账户须填写维持担保比例。</translation>
    </message>
    <message>
        <source>Only margin accounts have a top-up deadline.</source>
        <translation>只有信用账户有追保期限。</translation>
    </message>
    <message>
        <source>The category</source>
        <translation>分类</translation>
    </message>
    <message>
        <source>The title</source>
        <translation>标题</translation>
    </message>
    <message>
        <source>The article text</source>
        <translation>正文</translation>
    </message>
    <message>
        <source>Revisions are numbered from 1.</source>
        <translation>版本号从 1 开始。</translation>
    </message>
    <message>
        <source>The expiry date must be after the effective date.</source>
        <translation>失效日期须晚于生效日期。</translation>
    </message>
    <message>
        <source>A published article needs the compliance sign-off.</source>
        <translation>已发布的文章须经合规审核。</translation>
    </message>
    <message>
        <source>A published article needs its effective date.</source>
        <translation>已发布的文章须填写生效日期。</translation>
    </message>
    <message>
        <source>The helpful count</source>
        <translation>“有帮助”计数</translation>
    </message>
    <message>
        <source>The not-helpful count</source>
        <translation>“无帮助”计数</translation>
    </message>
    <message>
        <source>The issue</source>
        <translation>问题</translation>
    </message>
    <message>
        <source>The handling</source>
        <translation>处理过程</translation>
    </message>
    <message>
        <source>The reply text</source>
        <translation>答复内容</translation>
    </message>
    <message>
        <source>Unknown placeholder {%1}; use one of %2.</source>
        <translation>未知占位符 {%1}；可用的有：%2。</translation>
    </message>
    <message>
        <source>The user name</source>
        <translation>用户名</translation>
    </message>
    <message>
        <source>A user name has 2 to 64 Latin letters, digits, dots, dashes or underscores.</source>
        <translation>用户名为 2 到 64 个拉丁字母、数字、点、连字符或下划线。</translation>
    </message>
    <message>
        <source>The display name</source>
        <translation>显示名称</translation>
    </message>
    <message>
        <source>Agents and leads belong to a team.</source>
        <translation>坐席和组长须属于一个团队。</translation>
    </message>
    <message>
        <source>The agent</source>
        <translation>坐席</translation>
    </message>
    <message>
        <source>The start time</source>
        <translation>开始时间</translation>
    </message>
    <message>
        <source>The duration cannot be negative.</source>
        <translation>时长不能为负数。</translation>
    </message>
    <message>
        <source>Only calls have a recording.</source>
        <translation>只有电话才有录音。</translation>
    </message>
    <message>
        <source>The alert text</source>
        <translation>预警内容</translation>
    </message>
    <message>
        <source>The time raised</source>
        <translation>预警时间</translation>
    </message>
    <message>
        <source>A margin alert needs the margin account concerned.</source>
        <translation>两融预警须指明相关信用账户。</translation>
    </message>
    <message>
        <source>Who acknowledged the alert</source>
        <translation>确认人</translation>
    </message>
    <message>
        <source>The acknowledgement time</source>
        <translation>确认时间</translation>
    </message>
</context>
<context>
    <name>WireCodec</name>
    <message>
        <source>unknown field of %1</source>
        <translation>%1 的未知字段</translation>
    </message>
    <message>
        <source>cannot be set by a mutation</source>
        <translation>不能通过变更设置</translation>
    </message>
    <message>
        <source>required field is missing</source>
        <translation>缺少必填字段</translation>
    </message>
    <message>
        <source>null</source>
        <translation>空值</translation>
    </message>
    <message>
        <source>a boolean</source>
        <translation>布尔值</translation>
    </message>
    <message>
        <source>a number</source>
        <translation>数字</translation>
    </message>
    <message>
        <source>a string</source>
        <translation>字符串</translation>
    </message>
    <message>
        <source>an array</source>
        <translation>数组</translation>
    </message>
    <message>
        <source>an object</source>
        <translation>对象</translation>
    </message>
    <message>
        <source>nothing</source>
        <translation>无</translation>
    </message>
    <message>
        <source>expected %1, got %2</source>
        <translation>应为%1，实为%2</translation>
    </message>
    <message>
        <source>unknown value &quot;%1&quot; (expected one of %2)</source>
        <translation>未知取值“%1”（应为 %2 之一）</translation>
    </message>
    <message>
        <source>a non-empty string</source>
        <translation>非空字符串</translation>
    </message>
    <message>
        <source>must not be empty</source>
        <translation>不能为空</translation>
    </message>
    <message>
        <source>a string or null</source>
        <translation>字符串或空值</translation>
    </message>
    <message>
        <source>an integer</source>
        <translation>整数</translation>
    </message>
    <message>
        <source>expected an integer, got %1</source>
        <translation>应为整数，实为 %1</translation>
    </message>
    <message>
        <source>integer out of range (beyond ±%1)</source>
        <translation>整数超出范围（超过 ±%1）</translation>
    </message>
    <message>
        <source>integer %1 out of range (beyond ±%2)</source>
        <translation>整数 %1 超出范围（超过 ±%2）</translation>
    </message>
    <message>
        <source>integer %1 out of range (beyond %2 … %3)</source>
        <translation>整数 %1 超出范围（%2 … %3 之外）</translation>
    </message>
    <message>
        <source>expected a finite number</source>
        <translation>应为有限数值</translation>
    </message>
    <message>
        <source>a date string or null</source>
        <translation>日期字符串或空值</translation>
    </message>
    <message>
        <source>malformed date &quot;%1&quot; (expected YYYY-MM-DD)</source>
        <translation>日期格式错误“%1”（应为 YYYY-MM-DD）</translation>
    </message>
    <message>
        <source>a date-time string or null</source>
        <translation>日期时间字符串或空值</translation>
    </message>
    <message>
        <source>malformed date-time &quot;%1&quot; (expected YYYY-MM-DDTHH:MM:SS.sssZ)</source>
        <translation>日期时间格式错误“%1”（应为 YYYY-MM-DDTHH:MM:SS.sssZ）</translation>
    </message>
    <message>
        <source>an array of strings</source>
        <translation>字符串数组</translation>
    </message>
    <message>
        <source>expected an array of strings, item %1 is %2</source>
        <translation>应为字符串数组，第 %1 项为%2</translation>
    </message>
    <message>
        <source>a hex string</source>
        <translation>十六进制字符串</translation>
    </message>
    <message>
        <source>expected 64 lowercase hex digits or &quot;&quot;</source>
        <translation>应为 64 位小写十六进制数字或空字符串</translation>
    </message>
    <message>
        <source>must not be negative</source>
        <translation>不能为负数</translation>
    </message>
    <message>
        <source>an update must change at least one field</source>
        <translation>更新须至少修改一个字段</translation>
    </message>
    <message>
        <source>must be empty for a delete</source>
        <translation>删除操作时须为空</translation>
    </message>
    <message>
        <source>empty, but the change is not a deletion</source>
        <translation>为空，但该变更不是删除</translation>
    </message>
    <message>
        <source>does not match change.id</source>
        <translation>与 change.id 不一致</translation>
    </message>
    <message>
        <source>invalid JSON at offset %1: %2</source>
        <translation>JSON 无效（偏移 %1）：%2</translation>
    </message>
    <message>
        <source>expected a JSON object, got %1</source>
        <translation>应为 JSON 对象，实为%1</translation>
    </message>
    <message>
        <source>a scalar</source>
        <translation>标量</translation>
    </message>
</context>
<context>
    <name>WorkingCalendar</name>
    <message>
        <source>No holiday calendar for %1: only weekends are treated as days off, so deadlines in %1 may be wrong.</source>
        <translation>尚无 %1 年的节假日安排：暂仅按周末计休息日，%1 年的时限可能不准确。</translation>
    </message>
</context>
<context>
    <name>Workstation</name>
    <message>
        <source>Cannot open the profile %1:
%2</source>
        <translation>无法打开配置 %1：
%2</translation>
    </message>
    <message>
        <source>AgentDesk</source>
        <translation>AgentDesk</translation>
    </message>
    <message>
        <source>Choose another profile with --profile DIR, or check that the folder is writable and the file is not used by a newer version of AgentDesk.</source>
        <translation>请用 --profile DIR 选择其他配置目录，或检查该目录是否可写、数据文件是否由更新版本的 AgentDesk 创建。</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>关闭</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>AgentDesk — customer-service workstation for a securities brokerage</source>
        <translation>AgentDesk — 证券公司客服工作台</translation>
    </message>
    <message>
        <source>Profile directory holding the local store (default: %1).</source>
        <translation>存放本地数据的配置目录（默认：%1）。</translation>
    </message>
    <message>
        <source>dir</source>
        <translation>目录</translation>
    </message>
    <message>
        <source>User interface language for this run: zh_CN or en.</source>
        <translation>本次运行的界面语言：zh_CN 或 en。</translation>
    </message>
    <message>
        <source>language</source>
        <translation>语言</translation>
    </message>
    <message>
        <source>AgentDesk server to sign in to, e.g. https://desk.example.com:8443 (default: the profile&apos;s).</source>
        <translation>要登录的 AgentDesk 服务器，例如 https://desk.example.com:8443（默认：配置文件中保存的服务器）。</translation>
    </message>
    <message>
        <source>url</source>
        <translation>地址</translation>
    </message>
    <message>
        <source>User name to sign in with (default: the profile&apos;s last). With AGENTDESK_PASSWORD set, signs in without the dialog.</source>
        <translation>登录所用的用户名（默认：配置文件中上次使用的用户名）。设置了 AGENTDESK_PASSWORD 时不显示登录对话框直接登录。</translation>
    </message>
    <message>
        <source>name</source>
        <translation>用户名</translation>
    </message>
    <message>
        <source>Synchronise the profile once without a window and exit: agentdesk sync --server URL --user NAME [--profile DIR] (see agentdesk sync --help).</source>
        <translation>不打开窗口，将配置文件同步一次后退出：agentdesk sync --server URL --user NAME [--profile DIR]（详见 agentdesk sync --help）。</translation>
    </message>
    <message>
        <source>not a server address: %1</source>
        <translation>不是有效的服务器地址：%1</translation>
    </message>
    <message>
        <source>--call: %1</source>
        <translation>--call：%1</translation>
    </message>
    <message>
        <source>--call-started: not an ISO 8601 date and time such as 2026-11-27T09:15:02+08:00</source>
        <translation>--call-started：不是 ISO 8601 日期时间（如 2026-11-27T09:15:02+08:00）</translation>
    </message>
    <message>
        <source>the call was not handed over: %1</source>
        <translation>来电未能转交：%1</translation>
    </message>
    <message>
        <source>Show this caller in the running workstation and exit, or start the workstation with it: what a softphone runs on an incoming call. Spaces and hyphens are ignored.</source>
        <translation>在运行中的工作台显示此来电客户后退出，若无运行中的工作台则启动并显示：供软电话在来电时调用。忽略空格和连字符。</translation>
    </message>
    <message>
        <source>number</source>
        <translation>号码</translation>
    </message>
    <message>
        <source>With --call: when the call began, ISO 8601 such as 2026-11-27T09:15:02+08:00 (default: now).</source>
        <translation>与 --call 一起使用：来电开始时间，ISO 8601 格式，如 2026-11-27T09:15:02+08:00（默认：当前时间）。</translation>
    </message>
    <message>
        <source>time</source>
        <translation>时间</translation>
    </message>
    <message>
        <source>--call-started needs --call</source>
        <translation>--call-started 须与 --call 一起使用</translation>
    </message>
</context>
</TS>
