<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_US">
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
        <source>Pending changes: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Local changes waiting to be sent to the server</source>
        <translation type="unfinished"></translation>
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
</context>
</TS>
