<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_US">
<context>
    <name>AccountListModel</name>
    <message>
        <source>Warning line %1 %, close-out line %2 %, withdrawal above %3 %</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no debt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Account</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Assets (CNY)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Maintenance ratio</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Zone</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AttachmentCache</name>
    <message>
        <source>The file “%1” cannot be read.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file cannot be copied into the profile: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AttachmentPolicy</name>
    <message>
        <source>The attachment needs a file name (the name parameter).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file name is longer than %1 characters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file name cannot be “.” or “..”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file name contains a path separator or a character not allowed in file names (/ \ : * ? &quot; &lt; &gt; | or control characters).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Files of type “%1” cannot be attached: only documents, images, e-mails and call recordings.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file is empty.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file is %1; attachments may be at most %2.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AttachmentTransfer</name>
    <message>
        <source>The transfer was cancelled.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file %1 cannot be read: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The attachment carries no SHA-256 digest to check its content against.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The attachment cannot be saved in the profile: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The downloaded content does not match the attachment&apos;s SHA-256 digest; it was not kept.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CalendarCard</name>
    <message>
        <source>Calendar</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Working day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Day off</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Make-up working day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Trading day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Market closed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Next trading day: %1 (tomorrow)</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Next trading day: %1 (in %n day(s))</source>
        <translation>
            <numerusform>Next trading day: %1 (in %n day)</numerusform>
            <numerusform>Next trading day: %1 (in %n days)</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 – %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%1: %2, %n day(s) off</source>
        <translation>
            <numerusform>%1: %2, %n day off</numerusform>
            <numerusform>%1: %2, %n days off</numerusform>
        </translation>
    </message>
    <message>
        <source>Make-up working day (%1) — no trading</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Holidays and make-up days in the next %n day(s)</source>
        <translation>
            <numerusform>Holidays and make-up days in the next %n day</numerusform>
            <numerusform>Holidays and make-up days in the next %n days</numerusform>
        </translation>
    </message>
    <message>
        <source>None — regular weeks ahead.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CommandPalette</name>
    <message>
        <source>No matching command</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>↑↓ to choose · Enter to run · Esc to close</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type a command…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ComplianceScanner</name>
    <message>
        <source>This reply seems to promise returns or deny risk (%1). Agents must never promise returns: please rephrase before sending.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ConflictCompareView</name>
    <message>
        <source>Select a conflict to compare the two versions.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This record was deleted on the server, so your change could not be applied. It is shown here for reference.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server decides a ticket&apos;s state and assignee: its version stands. Your change is shown for reference; dismiss it when you have read it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tick the version to keep for each field. Highlighted values differ; fields in bold were changed on both sides. Fields you keep are sent to the server at the next sync.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ConflictDetailModel</name>
    <message>
        <source>The record was deleted on the server.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server decides a ticket&apos;s state and assignee: its value stands.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Changed here and on the server.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Changed here only; not applied because of the conflict.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Field</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mine (this workstation)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Theirs (server)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ConflictListModel</name>
    <message>
        <source>Deleted on the server</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server&apos;s version stands; your change is kept here for reference.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Changed here and on the server: choose which version to keep.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Record</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fields in conflict</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>When</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ConflictsDialog</name>
    <message>
        <source>Conflict not resolved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The conflict could not be resolved; nothing was changed.

%1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sync conflicts</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n record(s) were changed here and on the server at the same time. Nothing has been lost: choose which version to keep.</source>
        <translation>
            <numerusform>%n record was changed here and on the server at the same time. Nothing has been lost: choose which version to keep.</numerusform>
            <numerusform>%n records were changed here and on the server at the same time. Nothing has been lost: choose which version to keep.</numerusform>
        </translation>
    </message>
    <message>
        <source>No conflicts. Every change made here has reached the server or is waiting to be sent.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keep mine</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Send your version of every field to the server at the next sync.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Take theirs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Use the server&apos;s version; your change is discarded.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Apply choices</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keep the version ticked for each field.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dismiss</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server&apos;s version stands; remove this conflict from the list.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ContactNoteDialog</name>
    <message>
        <source>Record a contact</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> min</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No ticket</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What the customer asked and what you told them</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Channel:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Direction:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Duration:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>About ticket:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Summary:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Complete the call record</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Customer360View</name>
    <message>
        <source>Outreach ticket %1 opened and assigned to you; the alert is acknowledged. &lt;a href=&quot;ticket:%2&quot;&gt;Open the ticket&lt;/a&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Risk alerts (%1 open)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Accounts (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Holdings (%1) — %n above the customer&apos;s risk tolerance</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Holdings (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;Margin maintenance ratio&lt;/b&gt; — %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>top up by %1 (%n trading day(s) left)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Open tickets (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>History (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>top up by the close today, %1: the last day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the top-up deadline %1 has passed: the position may be closed out</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CustomerDesk</name>
    <message>
        <source>Trainers do not register customers.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A customer with this ID number is already in the cache; search for it instead.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Trainers do not take calls.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The customer is not in the local cache.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Trainers do not record contacts with customers.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write what was said.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A note may have at most %1 characters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The duration must be between 0 and 24 hours.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The ticket does not belong to this customer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The alert no longer exists.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Trainers do not handle risk alerts.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This alert was already acknowledged.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Risk outreach: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Raised from the risk alert: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Suggested investor-education article for the reply: %1 (revision %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The call record no longer exists.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only the agent who took the call completes its record.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CustomerHeader</name>
    <message>
        <source>mobile number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ID number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e-mail address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>account numbers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show mobile</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show ID</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show e-mail</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show accounts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>VIP %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Customer no. %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mobile %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 %2</source>
        <extracomment>The document type, then its (masked) number: 居民身份证 110***********002X</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>E-mail %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show the %1 for %2 seconds; asks for the reason, which is audited</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Identifiers are masked. Showing one asks for a reason and is audited.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Trainers see personal data masked only.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Branch %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Account manager %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Risk class %1 · assessed %2 · valid until %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the assessment has expired: no new medium- or high-risk products until it is renewed</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>expires in %n day(s): remind the customer to renew it</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>New ticket</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Record contact</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Complete call record</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CustomerLookup</name>
    <message>
        <source>Type at most %1 characters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search by mobile number (all 11 digits or the last 4), ID number, account or customer number, Chinese name, or pinyin (zhangsan, zs).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>mobile number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>last 4 digits of the mobile</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ID number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>account or customer number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>pinyin or initials</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CustomerPage</name>
    <message>
        <source>Customers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Asking the central service…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type a mobile number or its last 4 digits, an ID, account or customer number, a name or its pinyin.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The search failed: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No customer in the local cache by this %1. Press Enter to ask the central service.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No customer by this %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>By %1: the first %2 customers; type more to narrow down.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>By %1: %n customer(s).</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>The call from %1 could not be logged: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Call from %1 at %2: %3 customers share this number. Ask the caller who they are and pick them from the list.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Call from %1 at %2: no customer has this number. Ask for their ID or account number, or &lt;a href=&quot;register&quot;&gt;register a new customer&lt;/a&gt;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mobile, last 4 digits, ID, account, name or pinyin</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ask the central service</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search for a customer, or take a call: the caller&apos;s 360 view opens here.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Call from %1 at %2, not from a mobile number. Ask for the caller&apos;s ID, account or mobile number and search for it, or &lt;a href=&quot;register&quot;&gt;register a new customer&lt;/a&gt;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Call from %1 at %2, logged for %3. &lt;a href=&quot;complete&quot;&gt;Write the call summary&lt;/a&gt;</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CustomerResultDelegate</name>
    <message numerus="yes">
        <source>%n open</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
</context>
<context>
    <name>CustomerSearchModel</name>
    <message numerus="yes">
        <source>%1, %2, %n open ticket(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
</context>
<context>
    <name>CustomerTicketsModel</name>
    <message>
        <source>unassigned</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Subject</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>State</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Holder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SLA</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CustomerTimelineModel</name>
    <message>
        <source>%1:%2 min</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(no summary yet)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 %2 opened (%3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Survey for %1: %2 of 5</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reply on %1 · %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Database</name>
    <message>
        <source>Cannot create the profile folder %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot open the local cache %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The local cache %1 cannot use WAL mode.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Enum</name>
    <message>
        <source>Customer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Account</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Holding</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Trade</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Risk alert</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Interaction</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ticket</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ticket event</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Attachment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Article</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Article category</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Article revision</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Case study</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Case comment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Canned reply</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>User</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Team</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Audit entry</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Inquiry</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Service request</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Complaint</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Report</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Suggestion</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Phone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Email</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Online</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Branch</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>12386 transfer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Accepted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Investigating</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Processing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Replied</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Follow-up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Closed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>In mediation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>In arbitration</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Low</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Normal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>High</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Urgent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Account opening</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Account closing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bank-securities transfer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Password reset</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Trading</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Margin trading</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Suitability</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fees and commissions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>IPO subscription</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Options</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>HK Connect</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>System outage</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Service attitude</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Market data</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Other</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Explained</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Resolved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Compensated</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Claim not supported</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Withdrawn by customer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Settled in mediation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Arbitration award</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Satisfied</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unsatisfied</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unreachable</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SAC Mediation Centre</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>China Securities Investor Service Centre</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Local securities association</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Arbitration commission</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Internal note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reply to customer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>State change</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Assignment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SLA event</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cited article</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Link</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Priority change</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Agent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Team lead</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Trainer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Administrator</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Manual</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Round robin</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Least loaded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ordinary investor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Professional investor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>C1 Conservative</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>C2 Cautious</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>C3 Balanced</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>C4 Active</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>C5 Aggressive</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lowest category</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>R1 Low</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>R2 Medium-low</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>R3 Medium</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>R4 Medium-high</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>R5 High</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Resident ID card</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Passport</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mainland travel permit (HK/Macau)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mainland travel permit (Taiwan)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Foreign permanent resident ID</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Active</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dormant</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Frozen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cash account</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Margin account</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Options account</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fund account</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Margin warning</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Margin call</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Suitability mismatch</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Risk assessment expired</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Abnormal trading</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ST / delisting risk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Concentration</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Info</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Warning</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Critical</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Acknowledged</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Inbound</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Outbound</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Buy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sell</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Draft</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>In review</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Published</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Archived</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Create</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Update</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Normal</source>
        <comment>priority</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Closed</source>
        <comment>customer status</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Closed</source>
        <comment>account status</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Merged as a duplicate</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>FeedPage</name>
    <message>
        <source>required field is missing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>does not match the change&apos;s id</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>invalid JSON: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>expected an object with an array &quot;changes&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>change %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>expected an object</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>seq must be a number of at least 0</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown entity &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>id must be a non-empty string</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>rev must be a number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>deleted must be true or false</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>data must be an object</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>data is empty, but the change is not a deletion</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>change %1 (%2 %3): %4</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>FeedPuller</name>
    <message>
        <source>Bad change in the feed: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>FieldFormatter</name>
    <message>
        <source>Account</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Account manager</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Accept by</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Assessed on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Assessment expires</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Assets</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Assignee</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Assignment rule</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Author</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Background</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Branch</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Category</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Channel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Closed at</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Created at</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Customer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Customer number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deleted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Description</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Display name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Effective from</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Expires on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>External due date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>First response</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Follow-up result</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Handling</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ID number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ID type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Investor type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Issue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lessons</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Liabilities</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Maintenance ratio</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mediation body</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mobile</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Parent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Priority</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reply by</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reply deadline extended</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Resolution</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Risk class</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Role</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rules cited</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Satisfaction</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Severity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Source</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>State</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Subject</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Summary</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tags</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Team</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ticket</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Title</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Top-up deadline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>User name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>VIP level</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Team name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Account number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ticket number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Yes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>FirstSyncPanel</name>
    <message>
        <source>less than a minute left</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>about %n minute(s) left</source>
        <translation>
            <numerusform>about %n minute left</numerusform>
            <numerusform>about %n minutes left</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>about %n hour(s) left</source>
        <translation>
            <numerusform>about %n hour left</numerusform>
            <numerusform>about %n hours left</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 records received</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 of %2 records</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Preparing this workstation: first synchronisation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You can keep working meanwhile; records appear as they arrive.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Waiting for the server…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>HeadlessSync</name>
    <message>
        <source>Synchronise a profile with the AgentDesk server once and exit.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The command.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Profile directory holding the local store.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>dir</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Server URL, e.g. https://desk.example.com:8443.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>url</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>User name to log in with.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--server and --user are required.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Password for %1: </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no password given (set AGENTDESK_PASSWORD or type it).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot open the profile: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>login failed: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>HoldingListModel</name>
    <message>
        <source>Matched</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>⚠ Above match: special risk warning</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>⛔ Not allowed for the lowest category</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Product</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Risk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Quantity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Market value (CNY)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Suitability</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>LoginDialog</name>
    <message>
        <source>Enter your user name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter your password.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sign in — AgentDesk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sign in to the service desk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your work is kept on this workstation and synchronised with the AgentDesk server while you are signed in.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sign in again — AgentDesk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your session has ended</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter your password again to continue synchronising. Nothing has been lost: changes made meanwhile are kept and sent once you are signed in.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Server</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;User name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>https://desk.example.com:8443</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Signing in…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sign in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Work offline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open the workstation with the data already on this computer; changes are sent when you sign in later.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Quit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>About AgentDesk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;h3&gt;AgentDesk %1&lt;/h3&gt;&lt;p&gt;Customer-service workstation for the securities brokerage desk.&lt;/p&gt;&lt;p&gt;Profile: %2&lt;/p&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No user signed in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>AgentDesk — Customer service workstation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Service desk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search commands…  (Ctrl+K)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Find a command by name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Language</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>More</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Command palette</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Command palette (Ctrl+K)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Switch language to %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Toggle full screen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keyboard shortcuts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Quit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Go to %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>OK</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sign in to the server…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connect to server…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sync now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Synchronise with the server now (F5)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show sync conflicts</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MarginLines</name>
    <message>
        <source>No debt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Below close-out line</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Below warning line</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Safe</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Above withdrawal line</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Migrations</name>
    <message>
        <source>Cannot read the schema version of %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The local cache %1 has schema version %2, newer than this AgentDesk supports (%3). Update AgentDesk or choose another profile.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Migration %1 (%2) failed: %3</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>NewCustomerDialog</name>
    <message>
        <source>New customer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The caller is not known. Ask for their name and identity document to register them; the risk assessment follows at the branch.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mobile:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Document:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Document number:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Branch:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Register</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>NewTicketDialog</name>
    <message>
        <source>New ticket</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Customer number or mobile; empty for none</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>I handle it (首办负责制)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open ticket</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Customer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Channel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>12386 due date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Category</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Priority</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Subject</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Description</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 · %2 · %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No customer: a ticket of the team</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No single customer matches.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pick the customer by customer number or a mobile number that matches one customer.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>OverviewModel</name>
    <message>
        <source>My open tickets</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Team open tickets</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Due within %n hour(s)</source>
        <translation>
            <numerusform>Due within %n hour</numerusform>
            <numerusform>Due within %n hours</numerusform>
        </translation>
    </message>
    <message>
        <source>Overdue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open risk alerts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pending changes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Assigned to you and not yet closed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All tickets of your team not yet closed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open team tickets whose reply is due soon</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open team tickets past their reply due time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Margin, suitability and trading alerts not yet handled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Local edits waiting to be sent to the server</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>OverviewPage</name>
    <message>
        <source>Overview</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Good morning</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Good afternoon</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Good evening</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1, %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 · Your day at a glance</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PiiReveal</name>
    <message>
        <source>Trainers never see customers&apos; personal data in clear.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Passwords and verification codes are never shown.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give the reason for showing this data; it is written to the audit log.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The reveal could not be recorded, so the data stays masked: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>QueueViewModel</name>
    <message>
        <source>My tickets</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Team queue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unassigned</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Due soon / breached</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Complaints</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>12386 transfers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Closed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1+</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RemoteCustomerLookup</name>
    <message>
        <source>Not connected to the central service.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The central service could not be asked: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The answer could not be stored: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ReplyComposer</name>
    <message>
        <source>Search canned replies</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Too long: %1 of at most %2 characters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Still to fill in: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The customer receives this reply.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only colleagues see this note.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reply to the customer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Internal note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Canned replies</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>I have checked the wording: it promises no return; send it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write to the customer…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A note for colleagues; the customer never sees it…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Send reply</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Attach files…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Documents, images, e-mails or call recordings up to %1 each; they upload with the next sync</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Repository</name>
    <message>
        <source>A %1 with id %2 already exists.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A %1 is never edited.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No %1 with id %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A %1 is never deleted.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RestError</name>
    <message>
        <source>ok</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>network error</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>timeout</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unauthorized</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>forbidden</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>gone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>conflict</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>invalid request</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>rate limited</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>server error</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>protocol error</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RevealDialog</name>
    <message>
        <source>Show %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The %1 will show in clear for %2 seconds. Your name, the time, the field and the reason are written to the audit log.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reason:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Verify the caller&apos;s identity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Customer asked to confirm their contact details</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Call the customer back</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Required for a service request</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose or type the reason</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RiskAlertPanel</name>
    <message>
        <source>No risk alerts.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>detected in the current figures</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 by %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Education article for the reply: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Acknowledge</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Outreach ticket</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Opens a ticket to call the customer about this alert, assigned to you, and acknowledges the alert</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RiskAlertRules</name>
    <message>
        <source>Maintenance ratio %1 is below the close-out line %2: the customer must add collateral or repay by the close of %3, or the position will be closed out.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Maintenance ratio %1 is below the warning line %2: remind the customer and suggest adding collateral.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Holds %1 (%2, %3) although the customer is in the lowest category: no product above R1 may be sold to them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Holds %1 (%2, %3) above the customer&apos;s risk tolerance %4: check that the special risk warning was signed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Holds %1 (%2), a stock under risk warning that may be delisted: point the customer to the company&apos;s announcements.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 makes up %2 of the account&apos;s market value: the position is concentrated.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The risk assessment expired on %1: no new medium- or high-risk product until the customer is assessed again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The customer has never been assessed: no product above R1 until they are.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ScreenPop</name>
    <message>
        <source>no phone number given</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not a phone number (3 to 20 digits, optionally a leading +; spaces and hyphens are ignored)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no workstation is running</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot reach the running workstation: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the running workstation did not take the call: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the running workstation gave an unreadable answer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the running workstation closed the connection without an answer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the running workstation did not answer in time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the running workstation refused the call: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ScreenPopServer</name>
    <message>
        <source>another AgentDesk workstation of this user already receives the calls; this one runs without screen-pop</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot listen for calls (screen-pop) on %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>no request within %n second(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>request longer than %1 bytes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the request is not a JSON object</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;call&quot; (the caller&apos;s number) is missing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;started_at&quot; is not an ISO 8601 date and time</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SessionLogin</name>
    <message>
        <source>Enter the server address, for example https://desk.example.com:8443.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Wrong user name or password, or the account is disabled.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This account is disabled. Ask your team lead or an administrator.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server cannot be reached. Check the address and the network.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The secure connection to the server failed (TLS).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The secure connection to the server failed (TLS): %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server could not sign you in. Try again later.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server could not sign you in: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server refused the sign-in.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server refused the sign-in: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the answer carries no session</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ShortcutsDialog</name>
    <message>
        <source>Keyboard shortcuts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Press Ctrl+K anywhere to find any command by name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Command</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Shortcut</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SlaClock</name>
    <message>
        <source>On track</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Due soon</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Overdue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No deadline</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Overdue by %n working day(s) %1 h</source>
        <translation>
            <numerusform>Overdue by %n working day %1 h</numerusform>
            <numerusform>Overdue by %n working days %1 h</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n working day(s) %1 h left</source>
        <translation>
            <numerusform>%n working day %1 h left</numerusform>
            <numerusform>%n working days %1 h left</numerusform>
        </translation>
    </message>
    <message>
        <source>overdue %1 wd %2 h</source>
        <comment>wd: working days</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 wd %2 h left</source>
        <comment>wd: working days</comment>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>StateBreakdownCard</name>
    <message>
        <source>Team open tickets by state</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n open ticket(s) in your team</source>
        <translation>
            <numerusform>%n open ticket in your team</numerusform>
            <numerusform>%n open tickets in your team</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Suitability</name>
    <message>
        <source>Customers in the lowest risk category may only buy products of risk level %1, even at their own request. %2 is refused.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Special risk warning: the risk level of this product (%1) is higher than your risk tolerance (%2). Investing in it may cause losses beyond what you can bear, up to the loss of all principal. By signing, you confirm that you have read and understood this warning and that you buy this product of your own accord and bear its risks yourself.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Matched</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Special risk warning required</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Refused</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Assessment valid</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Assessment expiring soon</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Assessment expired</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SyncEngine</name>
    <message>
        <source>A sync cycle is already running.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server answered %1 of %2 mutations.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SyncStatusWidget</name>
    <message>
        <source>Never synchronised</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last synced %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>just now</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n minute(s) ago</source>
        <translation>
            <numerusform>%n minute ago</numerusform>
            <numerusform>%n minutes ago</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n hour(s) ago</source>
        <translation>
            <numerusform>%n hour ago</numerusform>
            <numerusform>%n hours ago</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n day(s) ago</source>
        <translation>
            <numerusform>%n day ago</numerusform>
            <numerusform>%n days ago</numerusform>
        </translation>
    </message>
    <message>
        <source>Offline — no server configured</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This workstation works from its local profile; synchronisation starts once a server is configured.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Signing in…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Offline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server cannot be reached. Changes are kept on this workstation and sent when it is back.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Working offline from the local profile. Sign in to synchronise.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Online</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connected to %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Syncing…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exchanging changes with %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sign-in needed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The session has ended. Sign in again to continue synchronising; nothing is lost meanwhile.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sync error</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The last synchronisation failed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pending changes: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Local changes waiting to be sent to the server</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last successful synchronisation: %1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This profile has not been synchronised with a server yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connect…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sign in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connect this workstation to an AgentDesk server</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sign in to the AgentDesk server</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sync now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Synchronise with the server now (F5)</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n conflict(s)</source>
        <translation>
            <numerusform>%n conflict</numerusform>
            <numerusform>%n conflicts</numerusform>
        </translation>
    </message>
    <message>
        <source>Changes that clashed with the server&apos;s: open the list to decide</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SyncSummary</name>
    <message>
        <source>pushed %1, pulled %2, conflicts %3, poison %4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>, already applied %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>, full resync</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>, still pending %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> — failed: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TicketAssignment</name>
    <message>
        <source>You already hold this ticket.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The ticket is closed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The first handler owns this ticket; a team lead can reassign it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The ticket belongs to another team.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Trainers do not handle tickets.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nobody holds this ticket.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only the holder or a team lead can hand a ticket back.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A team lead assigns the tickets of their own team.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only a team lead assigns tickets to others; an agent may claim an unassigned ticket or hand back their own.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TicketBulkMenu</name>
    <message>
        <source>Assign to</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n ticket(s) assigned to %1.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Priority</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Priority of %n ticket(s) set to %1.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Put under a new incident…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New incident</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Subject of the incident (a mass event such as a trading-system outage):</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Incident %1 opened with %n ticket(s) under it.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Put under an existing incident…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Incident</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Number of the incident ticket:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No ticket %1 in the cache.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n ticket(s) put under incident %1.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
</context>
<context>
    <name>TicketEditor</name>
    <message>
        <source>The ticket no longer exists.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The note is empty.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Trainers do not handle tickets.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ticket %1 belongs to another team.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The reply is empty.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ticket %1 is closed; reopen it to write to the customer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The chosen colleague is not an active user.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An agent opens a ticket for the team queue or for themselves.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A ticket you open must belong to your own team.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A 12386 transfer needs the due date the regulator set.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not a member of the ticket&apos;s team.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only the team lead chooses how new tickets are assigned.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your team is not in the cache yet; synchronise first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” is not a file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ticket %1 is closed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: the ticket is not in the cache.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TicketFilterDialog</name>
    <message>
        <source>Filter tickets</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Anyone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Me</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nobody (team queue)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Customer number or mobile</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ticket number or words of the subject</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name, to keep this filter as a view of your own</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Category</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Channel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Priority</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>State</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Assignee</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Customer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Created</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save as view</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Apply</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Clear</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No single customer matches “%1”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The end date is before the start date.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give the view a name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>from</source>
        <comment>creation date</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>up to</source>
        <comment>creation date</comment>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TicketLinker</name>
    <message>
        <source>The ticket no longer exists.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The incident no longer exists.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only a team lead opens an incident for a mass event.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TicketQueueModel</name>
    <message>
        <source>Number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Customer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Category</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Priority</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>State</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Assignee</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SLA</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Updated</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unassigned</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(unknown user)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TicketQueuePage</name>
    <message>
        <source>Tickets</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%1 · %2 ticket(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 · %2 ticket(s) match “%3”</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Search by ticket number or subject</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n ticket(s) handed back.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n ticket(s) claimed.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Left as they were: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Claim</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hand back</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Return the selected tickets you hold to the team queue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Take the selected unassigned tickets: you become their first handler</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New ticket</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open a ticket for a call, an e-mail, a branch visit or a 12386 transfer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New tickets of the team: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New tickets: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How new tickets of your team are assigned: by hand from the team queue, in turn, or to the agent with the fewest open tickets</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete this view</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The view could not be saved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>View “%1” saved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1, filtered</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Filter…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Filter this queue by kind, category, channel, priority, state, assignee, customer, dates or text, and keep the filter as a view of your own</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Clear filter</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TicketRelations</name>
    <message>
        <source>Ticket %1 has been deleted.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Trainers do not handle tickets.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ticket %1 belongs to another team.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ticket %1 is held by another agent; a team lead can act on it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A ticket cannot be merged into itself.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ticket %1 has already been merged.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ticket %1 is closed; only open duplicates are merged.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ticket %1 has itself been merged away; merge into the ticket it points to.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ticket %1 is closed; merge into an open ticket.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tickets of different teams cannot be merged.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only tickets of the same customer are duplicates; link the tickets instead.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ticket %1 is an incident with %2 under it; merge the other way round.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A ticket cannot be its own incident.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ticket %1 has been merged away and cannot be an incident.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ticket %1 is itself under an incident; link to that incident instead.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The incident belongs to another team.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ticket %1 is already under this incident.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ticket %1 is not under an incident.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A ticket cannot be linked to itself.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ticket %1 is closed.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TicketTimelineModel</name>
    <message>
        <source>System</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(ticket not in the cache)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Internal note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reply to the customer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>State: %1 → %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>referred to %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>resolution: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>follow-up: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>, </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Handed back to the team queue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Assigned to %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Attachment: %1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Attachment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SLA: the acceptance deadline has passed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SLA: the reply deadline has passed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SLA: reply due date extended</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SLA event</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cited article “%1” (revision %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not in the cache</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Merged as a duplicate into %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Duplicate %1 merged into this ticket</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 put under this incident</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Taken out of incident %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Put under incident %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Linked with %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Priority: %1 → %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>from %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Assigned to %1 by the team&apos;s rule (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Attachment refused by the server: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Attachment waiting for upload: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TicketView</name>
    <message>
        <source>This ticket is not in the cache.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No ticket</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>via %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>priority %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>state %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>in the team queue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>held by %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Customer: &lt;a href=&quot;customer&quot;&gt;%1&lt;/a&gt; · %2 · %3 · risk class %4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No customer: an incident of the team</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Customer not in the cache</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Due %1 · %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No SLA clock running</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Accept by %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reply by %1%2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> (extended)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>12386 due %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Merged into %1: carry on there.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Part of incident %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Referred to %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>→ %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move the ticket to “%1”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ticket %1 is now “%2”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reply sent to the customer (it syncs with the next cycle).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Note added.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Claim</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Claimed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hand back to the team queue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Handed back.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Assign to</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Assigned to %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Priority</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Priority set to %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Extend the reply due date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reply due date extended.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Link to another ticket…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Merge into another ticket…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This ticket has already been merged.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The ticket is closed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Put under an incident…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Take out of the incident</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Taken out of the incident.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The customer is not in the cache.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Decline the customer&apos;s mediation request…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Decline mediation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Why the firm declines mediation (professional investor):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mediation request declined: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The declined request is in the history.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Number of the related ticket:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Number of the ticket this one repeats (it survives):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Number of the incident ticket:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ticket</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No ticket %1 in the cache.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Put under incident %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Linked with %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Merged into %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>← Queue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Back to the ticket queue (Esc)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>More actions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Attach files to %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n file(s) attached; they upload with the next sync.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
</context>
<context>
    <name>TicketWorkflow</name>
    <message>
        <source>reply text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>resolution code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>follow-up result</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>mediation body</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>reason</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This ticket has been deleted.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Trainers do not work tickets.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Administrators manage users and settings; they do not work tickets.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This ticket has not been routed to a team yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This ticket belongs to another team.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only a team lead may reopen a closed ticket.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only a team lead may move this ticket to “%1”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The first handler owns this ticket: it is assigned to %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This ticket is not assigned to you; ask your team lead to assign it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The closing time of this ticket is unknown, so it cannot be reopened.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Please provide: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The ticket is already “%1”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A ticket of kind “%1” cannot go from “%2” to “%3”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An ordinary investor&apos;s request for mediation cannot be refused (Securities Law, article 94).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only a team lead may extend the reply due date.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The reply due date has already been extended once.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The due date of a 12386 transfer is set by the regulator and cannot be extended.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This ticket has no reply due date to extend.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The customer has already received a reply.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This ticket was merged into another one; carry on there.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A ticket is closed as a duplicate only by merging it into the ticket it repeats.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TransitionDialog</name>
    <message>
        <source>%1: %2 → %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reply to the customer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Arbitration body</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mediation body</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Resolution</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Follow-up result</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Outcome of the arbitration</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Outcome of the mediation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reason</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move ticket %1 to “%2”?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>I have checked the wording: it promises no return; send it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move to “%1”</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Validator</name>
    <message>
        <source>%1 is required.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 must be at most %2 characters long (now %3).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 cannot be negative.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The record has no id.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The id “%1” is not a UUID.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The revision cannot be negative.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The customer number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pinyin must be lower-case Latin letters without tones or spaces.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Initials must be lower-case Latin letters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The ID number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This is not a valid resident ID number: it needs 18 characters, a real birth date and the correct check digit.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The mobile number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A mainland mobile number has 11 digits and starts with 13–19.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This is not an email address (name@example.com).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The risk assessment must expire after the assessment date.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An assessment expiry needs the assessment date.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The VIP level must be between 0 and %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The ticket number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The subject</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The creation time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A complaint must name the customer who complains.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A 12386 transfer needs the due date set by the regulator.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Satisfaction must be between 1 and %1, or 0 when not surveyed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The acceptance due time cannot be before the ticket was created.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The reply due time cannot be before the ticket was created.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A closed ticket needs a resolution code.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A closed complaint needs the follow-up result.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A closed ticket needs its closing time.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A ticket in mediation or arbitration needs the body handling it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A ticket cannot be its own parent incident.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A ticket cannot be merged into itself.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The ticket</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The event time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The author</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A transition needs the state it left.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A transition needs the state it entered.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A transition must change the state.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The attachment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The cited article</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A citation needs the article revision it quotes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The linked ticket</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A ticket cannot be linked to itself.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The customer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The account number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An account number has 6 to 32 digits or capital letters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Total assets</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Liabilities</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The maintenance ratio cannot be negative.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A margin account with debt needs its maintenance ratio.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only margin accounts have a top-up deadline.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The category</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The title</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The article text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Revisions are numbered from 1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The expiry date must be after the effective date.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A published article needs the compliance sign-off.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A published article needs its effective date.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The helpful count</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The not-helpful count</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The issue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The handling</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The reply text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown placeholder {%1}; use one of %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The user name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A user name has 2 to 64 Latin letters, digits, dots, dashes or underscores.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The display name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Agents and leads belong to a team.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The agent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The start time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The duration cannot be negative.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only calls have a recording.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The alert text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The time raised</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A margin alert needs the margin account concerned.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Who acknowledged the alert</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The acknowledgement time</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>WireCodec</name>
    <message>
        <source>unknown field of %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot be set by a mutation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>required field is missing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>null</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a boolean</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a string</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>an array</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>an object</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>nothing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>expected %1, got %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown value &quot;%1&quot; (expected one of %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a non-empty string</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>must not be empty</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a string or null</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>an integer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>expected an integer, got %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>integer out of range (beyond ±%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>integer %1 out of range (beyond ±%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>integer %1 out of range (beyond %2 … %3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>expected a finite number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a date string or null</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>malformed date &quot;%1&quot; (expected YYYY-MM-DD)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a date-time string or null</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>malformed date-time &quot;%1&quot; (expected YYYY-MM-DDTHH:MM:SS.sssZ)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>an array of strings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>expected an array of strings, item %1 is %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a hex string</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>expected 64 lowercase hex digits or &quot;&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>must not be negative</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>an update must change at least one field</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>must be empty for a delete</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>empty, but the change is not a deletion</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>does not match change.id</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>invalid JSON at offset %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>expected a JSON object, got %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a scalar</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>WorkingCalendar</name>
    <message>
        <source>No holiday calendar for %1: only weekends are treated as days off, so deadlines in %1 may be wrong.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Workstation</name>
    <message>
        <source>Cannot open the profile %1:
%2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>AgentDesk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose another profile with --profile DIR, or check that the folder is writable and the file is not used by a newer version of AgentDesk.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>AgentDesk — customer-service workstation for a securities brokerage</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Profile directory holding the local store (default: %1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>dir</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>User interface language for this run: zh_CN or en.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>language</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>AgentDesk server to sign in to, e.g. https://desk.example.com:8443 (default: the profile&apos;s).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>url</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>User name to sign in with (default: the profile&apos;s last). With AGENTDESK_PASSWORD set, signs in without the dialog.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Synchronise the profile once without a window and exit: agentdesk sync --server URL --user NAME [--profile DIR] (see agentdesk sync --help).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not a server address: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--call: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--call-started: not an ISO 8601 date and time such as 2026-11-27T09:15:02+08:00</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the call was not handed over: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show this caller in the running workstation and exit, or start the workstation with it: what a softphone runs on an incoming call. Spaces and hyphens are ignored.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>With --call: when the call began, ISO 8601 such as 2026-11-27T09:15:02+08:00 (default: now).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--call-started needs --call</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
