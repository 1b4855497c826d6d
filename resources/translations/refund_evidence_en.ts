<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en">
<context>
    <name>CaseArchives</name>
    <message>
        <location filename="../../app/views/archive_commands.py" line="+37"/>
        <source>Save the case archive as</source>
        <translation>Save the case archive as</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+25"/>
        <source>Case archives (*.zip)</source>
        <translation>Case archives (*.zip)</translation>
    </message>
    <message>
        <location line="-13"/>
        <source>Writing the case archive…</source>
        <translation>Writing the case archive…</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Case archive saved: %1</source>
        <translation>Case archive saved: %1</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Open a case archive</source>
        <translation>Open a case archive</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Checking and importing the case archive…</source>
        <translation>Checking and importing the case archive…</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>The case archive was checked and imported as a new case.</source>
        <translation>The case archive was checked and imported as a new case.</translation>
    </message>
</context>
<context>
    <name>CaseEditor</name>
    <message>
        <location filename="../../app/views/case_editor.py" line="+48"/>
        <source>Case</source>
        <translation>Case</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Order</source>
        <translation>Order</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Course</source>
        <translation>Course</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Refund</source>
        <translation>Refund</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>You (the complainant)</source>
        <translation>You (the complainant)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Merchant</source>
        <translation>Merchant</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>What you ask for, and what happened</source>
        <translation>What you ask for, and what happened</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Title</source>
        <translation>Title</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Bought on</source>
        <translation>Bought on</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Case status</source>
        <translation>Case status</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Order number</source>
        <translation>Order number</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Course name</source>
        <translation>Course name</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Amount paid (¥)</source>
        <translation>Amount paid (¥)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Paid at</source>
        <translation>Paid at</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Paid with</source>
        <translation>Paid with</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Course starts</source>
        <translation>Course starts</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Progress (%)</source>
        <translation>Progress (%)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The promotion was false or misleading</source>
        <translation>The promotion was false or misleading</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Refund status</source>
        <translation>Refund status</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Refund requested at</source>
        <translation>Refund requested at</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Already refunded (¥)</source>
        <translation>Already refunded (¥)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Refunded at</source>
        <translation>Refunded at</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Phone</source>
        <translation>Phone</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Postal address</source>
        <translation>Postal address</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>ID card number</source>
        <translation>ID card number</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Email</source>
        <translation>Email</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Company name</source>
        <translation>Company name</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Shop / streamer</source>
        <translation>Shop / streamer</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Company address</source>
        <translation>Company address</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Contact</source>
        <translation>Contact</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Your demands</source>
        <translation>Your demands</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>What happened</source>
        <translation>What happened</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The payment is after the refund request.</source>
        <translation>The payment is after the refund request.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The refund arrived before it was requested.</source>
        <translation>The refund arrived before it was requested.</translation>
    </message>
    <message>
        <location line="+110"/>
        <source>A title is required.</source>
        <translation>A title is required.</translation>
    </message>
</context>
<context>
    <name>CaseListModel</name>
    <message>
        <location filename="../../app/views/case_list_model.py" line="+187"/>
        <source>Title</source>
        <translation>Title</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Merchant</source>
        <translation>Merchant</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Amount</source>
        <translation>Amount</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Remedy</source>
        <translation>Remedy</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Next deadline</source>
        <translation>Next deadline</translation>
    </message>
</context>
<context>
    <name>CaseListPanel</name>
    <message>
        <location filename="../../app/views/case_list.py" line="+171"/>
        <source>Opening your cases…</source>
        <translation>Opening your cases…</translation>
    </message>
    <message numerus="yes">
        <location line="-26"/>
        <location line="+32"/>
        <source>%n case(s)</source>
        <translation>
            <numerusform>%n case</numerusform>
            <numerusform>%n cases</numerusform>
        </translation>
    </message>
    <message>
        <location line="-26"/>
        <source>No case matches the search.</source>
        <translation>No case matches the search.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>No cases yet. Start with “New case”, or open the example case to try the app.</source>
        <translation>No cases yet. Start with “New case”, or open the example case to try the app.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Search title, names, order number, evidence…</source>
        <translation>Search title, names, order number, evidence…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Search cases</source>
        <translation>Search cases</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Filter by status</source>
        <translation>Filter by status</translation>
    </message>
    <message>
        <location line="-71"/>
        <location line="+80"/>
        <source>Cases</source>
        <translation>Cases</translation>
    </message>
    <message>
        <location line="-8"/>
        <source>All statuses</source>
        <translation>All statuses</translation>
    </message>
</context>
<context>
    <name>Countdown</name>
    <message numerus="yes">
        <location filename="../../app/views/rules_panel.py" line="+117"/>
        <source>%n day(s)</source>
        <translation>
            <numerusform>%n day</numerusform>
            <numerusform>%n days</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+0"/>
        <source>%n hour(s)</source>
        <translation>
            <numerusform>%n hour</numerusform>
            <numerusform>%n hours</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n minute(s)</source>
        <translation>
            <numerusform>%n minute</numerusform>
            <numerusform>%n minutes</numerusform>
        </translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{span} left</source>
        <translation>{span} left</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Passed {span} ago</source>
        <translation>Passed {span} ago</translation>
    </message>
</context>
<context>
    <name>ErrorBar</name>
    <message>
        <location filename="../../app/views/panel_base.py" line="+109"/>
        <source>Copy</source>
        <translation>Copy</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Dismiss</source>
        <translation>Dismiss</translation>
    </message>
</context>
<context>
    <name>ErrorReporter</name>
    <message>
        <location filename="../../app/views/errors.py" line="+98"/>
        <source>Unexpected error</source>
        <translation>Unexpected error</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Something went wrong. Your cases and evidence are safe; you can keep working.</source>
        <translation>Something went wrong. Your cases and evidence are safe; you can keep working.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1

The details were saved to %2.</source>
        <translation>%1

The details were saved to %2.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Error details</source>
        <translation>Error details</translation>
    </message>
</context>
<context>
    <name>EventDialog</name>
    <message>
        <location filename="../../app/views/timeline_panel.py" line="+54"/>
        <source>Event</source>
        <translation>Event</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Edit event</source>
        <translation>Edit event</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>What happened, e.g. Asked customer service for a refund; they refused.</source>
        <translation>What happened, e.g. Asked customer service for a refund; they refused.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>When (Beijing time):</source>
        <translation>When (Beijing time):</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>What happened:</source>
        <translation>What happened:</translation>
    </message>
</context>
<context>
    <name>EvidenceChecklist</name>
    <message>
        <location filename="../../app/views/evidence_side.py" line="+58"/>
        <source>Checklist for a complaint</source>
        <translation>Checklist for a complaint</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Double-click a line to add files of that kind.</source>
        <translation>Double-click a line to add files of that kind.</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>{kind} — missing</source>
        <translation>{kind} — missing</translation>
    </message>
</context>
<context>
    <name>EvidenceEditor</name>
    <message>
        <location filename="../../app/views/evidence_editor.py" line="+98"/>
        <source>Selected evidence</source>
        <translation>Selected evidence</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Title:</source>
        <translation>Title:</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Kind:</source>
        <translation>Kind:</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Source:</source>
        <translation>Source:</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>What it proves:</source>
        <translation>What it proves:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Date:</source>
        <translation>Date:</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Where it comes from, e.g. Kuaishou order page</source>
        <translation>Where it comes from, e.g. Kuaishou order page</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>What this shows, e.g. the teacher promised a refund</source>
        <translation>What this shows, e.g. the teacher promised a refund</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Date known</source>
        <translation>Date known</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Tick when you know when this happened; it then appears on the timeline.</source>
        <translation>Tick when you know when this happened; it then appears on the timeline.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Save changes</source>
        <translation>Save changes</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Open…</source>
        <translation>Open…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Remove</source>
        <translation>Remove</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Select a thumbnail to edit it.</source>
        <translation>Select a thumbnail to edit it.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>File: {name} ({type}, {size})</source>
        <translation>File: {name} ({type}, {size})</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Taken: {when} (Beijing time)</source>
        <translation>Taken: {when} (Beijing time)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Imported: {when}</source>
        <translation>Imported: {when}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>SHA-256: {digest}…</source>
        <translation>SHA-256: {digest}…</translation>
    </message>
</context>
<context>
    <name>EvidenceKind</name>
    <message>
        <location filename="../../app/views/panel_base.py" line="-77"/>
        <source>Purchase record</source>
        <translation>Purchase record</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Contract or agreement</source>
        <translation>Contract or agreement</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Payment receipt</source>
        <translation>Payment receipt</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Chat record</source>
        <translation>Chat record</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Promotion or promise</source>
        <translation>Promotion or promise</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Refund record</source>
        <translation>Refund record</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Other</source>
        <translation>Other</translation>
    </message>
</context>
<context>
    <name>EvidencePanel</name>
    <message>
        <location filename="../../app/views/evidence_panel.py" line="+157"/>
        <source>Add files…</source>
        <translation>Add files…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Paste screenshot</source>
        <translation>Paste screenshot</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Add the picture or files on the clipboard (Ctrl+V).</source>
        <translation>Add the picture or files on the clipboard (Ctrl+V).</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sort by kind</source>
        <translation>Sort by kind</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Put the evidence in the bundle in kind order: purchase, contract, payment, chat, promotion, refund, other.</source>
        <translation>Put the evidence in the bundle in kind order: purchase, contract, payment, chat, promotion, refund, other.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Drag files or folders here, or paste a screenshot. Drag the thumbnails to set their order in the bundle; double-click one to view it.</source>
        <translation>Drag files or folders here, or paste a screenshot. Drag the thumbnails to set their order in the bundle; double-click one to view it.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Evidence, in bundle order</source>
        <translation>Evidence, in bundle order</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Undo</source>
        <translation>Undo</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Trash ({count})</source>
        <translation>Trash ({count})</translation>
    </message>
    <message>
        <location line="+76"/>
        <source>Add evidence files</source>
        <translation>Add evidence files</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>The clipboard holds no picture and no files to add.</source>
        <translation>The clipboard holds no picture and no files to add.</translation>
    </message>
</context>
<context>
    <name>EvidenceViewer</name>
    <message>
        <location filename="../../app/views/evidence_viewer.py" line="+161"/>
        <source>Zoom in</source>
        <translation>Zoom in</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Zoom out</source>
        <translation>Zoom out</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Fit width</source>
        <translation>Fit width</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Actual size</source>
        <translation>Actual size</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Loading…</source>
        <translation>Loading…</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Rendering page {page} of {pages}…</source>
        <translation>Rendering page {page} of {pages}…</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Only the first {count} pages are shown here; the bundle contains them all.</source>
        <translation>Only the first {count} pages are shown here; the bundle contains them all.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>This file cannot be shown: {error}</source>
        <translation>This file cannot be shown: {error}</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>File name</source>
        <translation>File name</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Type</source>
        <translation>Type</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Size</source>
        <translation>Size</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>SHA-256</source>
        <translation>SHA-256</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Imported</source>
        <translation>Imported</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>This file cannot be shown inside the bundle. The bundle lists its name, size and SHA-256 fingerprint and marks it “original submitted separately”: hand the original file over together with the bundle.</source>
        <translation>This file cannot be shown inside the bundle. The bundle lists its name, size and SHA-256 fingerprint and marks it “original submitted separately”: hand the original file over together with the bundle.</translation>
    </message>
</context>
<context>
    <name>Export</name>
    <message>
        <location filename="../../app/views/export_parts.py" line="+31"/>
        <source>Market regulator (12315)</source>
        <translation>Market regulator (12315)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Consumer association</source>
        <translation>Consumer association</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Chinese</source>
        <translation>Chinese</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>English</source>
        <translation>English</translation>
    </message>
</context>
<context>
    <name>ExportHistory</name>
    <message>
        <location line="+114"/>
        <source>Earlier exports</source>
        <translation>Earlier exports</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Date (Beijing)</source>
        <translation>Date (Beijing)</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Sent to</source>
        <translation>Sent to</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Language</source>
        <translation>Language</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Pages</source>
        <translation>Pages</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>SHA-256</source>
        <translation>SHA-256</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>File</source>
        <translation>File</translation>
    </message>
</context>
<context>
    <name>ExportPanel</name>
    <message>
        <location filename="../../app/views/export_panel.py" line="+148"/>
        <source>Bundle</source>
        <translation>Bundle</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Send to:</source>
        <translation>Send to:</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Save as:</source>
        <translation>Save as:</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Bundle language:</source>
        <translation>Bundle language:</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Chinese</source>
        <translation>Chinese</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>English</source>
        <translation>English</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Attach the original PDF files after their exhibit pages</source>
        <translation>Attach the original PDF files after their exhibit pages</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Also save a ZIP with the PDF, all original files and a checksum list</source>
        <translation>Also save a ZIP with the PDF, all original files and a checksum list</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Choose…</source>
        <translation>Choose…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Export PDF</source>
        <translation>Export PDF</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cancel</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Open PDF</source>
        <translation>Open PDF</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Show in folder</source>
        <translation>Show in folder</translation>
    </message>
    <message>
        <location line="+46"/>
        <source>Save the evidence bundle as</source>
        <translation>Save the evidence bundle as</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>PDF files (*.pdf)</source>
        <translation>PDF files (*.pdf)</translation>
    </message>
    <message>
        <location line="+68"/>
        <source>The export is blocked until the pre-flight check passes.</source>
        <translation>The export is blocked until the pre-flight check passes.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Checking the originals and laying out the bundle…</source>
        <translation>Checking the originals and laying out the bundle…</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Cancelling…</source>
        <translation>Cancelling…</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Step {done} of {total}: {label}</source>
        <translation>Step {done} of {total}: {label}</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Saved {name}: {pages} pages, SHA-256 {digest}…</source>
        <translation>Saved {name}: {pages} pages, SHA-256 {digest}…</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Cancelled. No file was written.</source>
        <translation>Cancelled. No file was written.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The export failed.</source>
        <translation>The export failed.</translation>
    </message>
</context>
<context>
    <name>FormFields</name>
    <message>
        <location filename="../../app/views/form_fields.py" line="+126"/>
        <source>not set</source>
        <translation>not set</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Set</source>
        <translation>Set</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Clear</source>
        <translation>Clear</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Set to now (Beijing time)</source>
        <translation>Set to now (Beijing time)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Leave empty</source>
        <translation>Leave empty</translation>
    </message>
    <message>
        <location filename="../../app/views/labels.py" line="+14"/>
        <source>Kuaishou</source>
        <translation>Kuaishou</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Other platform</source>
        <translation>Other platform</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>In progress</source>
        <translation>In progress</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Complaint filed</source>
        <translation>Complaint filed</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Resolved</source>
        <translation>Resolved</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Closed</source>
        <translation>Closed</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Not requested yet</source>
        <translation>Not requested yet</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Requested, waiting</source>
        <translation>Requested, waiting</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Refused by the merchant</source>
        <translation>Refused by the merchant</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Partly refunded</source>
        <translation>Partly refunded</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Fully refunded</source>
        <translation>Fully refunded</translation>
    </message>
</context>
<context>
    <name>ImportProgress</name>
    <message>
        <location filename="../../app/views/import_progress.py" line="+74"/>
        <source>Cancel</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Copy list</source>
        <translation>Copy list</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Copy the refused files and their reasons to the clipboard.</source>
        <translation>Copy the refused files and their reasons to the clipboard.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Dismiss</source>
        <translation>Dismiss</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Preparing the import…</source>
        <translation>Preparing the import…</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Importing {done} of {total}: {name}</source>
        <translation>Importing {done} of {total}: {name}</translation>
    </message>
    <message numerus="yes">
        <location line="+27"/>
        <source>Added %n file(s).</source>
        <translation>
            <numerusform>Added %n file.</numerusform>
            <numerusform>Added %n files.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+28"/>
        <source>already in this case as “{title}”</source>
        <translation>already in this case as “{title}”</translation>
    </message>
    <message>
        <location line="-35"/>
        <source>The import stopped: {error}</source>
        <translation>The import stopped: {error}</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>{count} refused (see the reasons below).</source>
        <translation>{count} refused (see the reasons below).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{count} already in this case.</source>
        <translation>{count} already in this case.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Import cancelled; the files after that point were not added.</source>
        <translation>Import cancelled; the files after that point were not added.</translation>
    </message>
</context>
<context>
    <name>ImportReason</name>
    <message>
        <location filename="../../app/views/reasons.py" line="+33"/>
        <source>file does not exist</source>
        <translation>file does not exist</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>file is larger than the 2 GiB limit</source>
        <translation>file is larger than the 2 GiB limit</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>not enough disk space to store the file; nothing was changed</source>
        <translation>not enough disk space to store the file; nothing was changed</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the file is larger than this computer lets the app write (file size limit); nothing was changed</source>
        <translation>the file is larger than this computer lets the app write (file size limit); nothing was changed</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>the data folder is read-only; nothing was changed</source>
        <translation>the data folder is read-only; nothing was changed</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>permission denied when storing the file in the data folder; nothing was changed</source>
        <translation>permission denied when storing the file in the data folder; nothing was changed</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>permission denied when reading the file</source>
        <translation>permission denied when reading the file</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>cannot store the file in the data folder ({error}); nothing was changed</source>
        <translation>cannot store the file in the data folder ({error}); nothing was changed</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>cannot read the file ({error})</source>
        <translation>cannot read the file ({error})</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>file could not be read as evidence: {error}</source>
        <translation>file could not be read as evidence: {error}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>file could not be read as {suffix}: {error}</source>
        <translation>file could not be read as {suffix}: {error}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>file cannot be read ({error})</source>
        <translation>file cannot be read ({error})</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>not a regular file</source>
        <translation>not a regular file</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>file is empty</source>
        <translation>file is empty</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>file is too large ({size} GB; limit {limit} GB)</source>
        <translation>file is too large ({size} GB; limit {limit} GB)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>file content is not a {kind} image (it looks like {what})</source>
        <translation>file content is not a {kind} image (it looks like {what})</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>file content is not a PDF document (it looks like {what})</source>
        <translation>file content is not a PDF document (it looks like {what})</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>file content is not text (it looks like {what})</source>
        <translation>file content is not text (it looks like {what})</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{kind} image is truncated or damaged</source>
        <translation>{kind} image is truncated or damaged</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>image is too large ({width}×{height} pixels; limit {limit} megapixels) — possible decompression bomb</source>
        <translation>image is too large ({width}×{height} pixels; limit {limit} megapixels) — possible decompression bomb</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>image is too large (limit {limit} megapixels) — possible decompression bomb</source>
        <translation>image is too large (limit {limit} megapixels) — possible decompression bomb</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>PDF has no pages</source>
        <translation>PDF has no pages</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>PDF is damaged and cannot be opened</source>
        <translation>PDF is damaged and cannot be opened</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>PDF is password-protected</source>
        <translation>PDF is password-protected</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>text file is too large to read ({size} MB; limit {limit} MB)</source>
        <translation>text file is too large to read ({size} MB; limit {limit} MB)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>text file says it is {encoding} but contains invalid bytes</source>
        <translation>text file says it is {encoding} but contains invalid bytes</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>file is not readable text (unknown encoding or binary data)</source>
        <translation>file is not readable text (unknown encoding or binary data)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>file contains binary data (NUL bytes), not text</source>
        <translation>file contains binary data (NUL bytes), not text</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>file contains binary data, not text</source>
        <translation>file contains binary data, not text</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>unrecognised binary data</source>
        <translation>unrecognised binary data</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>a PNG image</source>
        <translation>a PNG image</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>a JPEG image</source>
        <translation>a JPEG image</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>a WebP image</source>
        <translation>a WebP image</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>a GIF image</source>
        <translation>a GIF image</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>a BMP image</source>
        <translation>a BMP image</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>a HEIC image</source>
        <translation>a HEIC image</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>a PDF document</source>
        <translation>a PDF document</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>a ZIP archive or Office document</source>
        <translation>a ZIP archive or Office document</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>a RAR archive</source>
        <translation>a RAR archive</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>a 7-Zip archive</source>
        <translation>a 7-Zip archive</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>a gzip archive</source>
        <translation>a gzip archive</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>an MP4/MOV video</source>
        <translation>an MP4/MOV video</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>an MP3 audio file</source>
        <translation>an MP3 audio file</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>an HTML page</source>
        <translation>an HTML page</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>text</source>
        <translation>text</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../app/views/app.py" line="+266"/>
        <source>Cannot open your cases</source>
        <translation>Cannot open your cases</translation>
    </message>
    <message>
        <location filename="../../app/views/main_window.py" line="+281"/>
        <source>Case created. Now add your evidence: drop files here or press Ctrl+V.</source>
        <translation>Case created. Now add your evidence: drop files here or press Ctrl+V.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Creating the example case…</source>
        <translation>Creating the example case…</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>The example case is open. Change anything; it is yours to try.</source>
        <translation>The example case is open. Change anything; it is yours to try.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Could not do that</source>
        <translation>Could not do that</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Open or create a case first, then paste a screenshot.</source>
        <translation>Open or create a case first, then paste a screenshot.</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>The new data folder is used the next time you start the app.</source>
        <translation>The new data folder is used the next time you start the app.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Could not save the settings</source>
        <translation>Could not save the settings</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>&amp;New case…</source>
        <translation>&amp;New case…</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Open &amp;example case</source>
        <translation>Open &amp;example case</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>&amp;Export…</source>
        <translation>&amp;Export…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Settings…</source>
        <translation>&amp;Settings…</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>&amp;Quit</source>
        <translation>&amp;Quit</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>&amp;Paste evidence</source>
        <translation>&amp;Paste evidence</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Find case</source>
        <translation>&amp;Find case</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>&amp;About</source>
        <translation>&amp;About</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Export case &amp;archive…</source>
        <translation>Export case &amp;archive…</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>&amp;Import case archive…</source>
        <translation>&amp;Import case archive…</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Case</source>
        <translation>&amp;Case</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Edit</source>
        <translation>&amp;Edit</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Help</source>
        <translation>&amp;Help</translation>
    </message>
    <message>
        <location filename="../../app/views/case_tabs.py" line="+168"/>
        <source>Overview</source>
        <translation>Overview</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Evidence</source>
        <translation>Evidence</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Timeline</source>
        <translation>Timeline</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Rules</source>
        <translation>Rules</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Export</source>
        <translation>Export</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The open case</source>
        <translation>The open case</translation>
    </message>
    <message>
        <location filename="../../app/views/main_window.py" line="+11"/>
        <source>Refund Evidence Organizer</source>
        <translation>Refund Evidence Organizer</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>About</source>
        <translation>About</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Refund Evidence Organizer %1

Keeps the evidence for an online-course refund in order and makes the complaint file. Everything stays on this computer.</source>
        <translation>Refund Evidence Organizer %1

Keeps the evidence for an online-course refund in order and makes the complaint file. Everything stays on this computer.</translation>
    </message>
</context>
<context>
    <name>NewCaseWizard</name>
    <message>
        <location filename="../../app/views/wizard.py" line="+34"/>
        <source>Merchant company</source>
        <translation>Merchant company</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Shop or streamer</source>
        <translation>Shop or streamer</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Where did you buy the course?</source>
        <translation>Where did you buy the course?</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Give the case a short title you will recognise later.</source>
        <translation>Give the case a short title you will recognise later.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The order</source>
        <translation>The order</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Copy these from the order details. Leave empty what you cannot find.</source>
        <translation>Copy these from the order details. Leave empty what you cannot find.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The course</source>
        <translation>The course</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>When it starts and how much of it you have studied decide the refund.</source>
        <translation>When it starts and how much of it you have studied decide the refund.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Your refund so far</source>
        <translation>Your refund so far</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Have you asked the merchant for a refund yet?</source>
        <translation>Have you asked the merchant for a refund yet?</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>You</source>
        <translation>You</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A complaint needs your name, phone and address. Filled in from Settings.</source>
        <translation>A complaint needs your name, phone and address. Filled in from Settings.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>For example: Kuaishou English course refund</source>
        <translation>For example: Kuaishou English course refund</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Kuaishou → Me → Orders → open the course → Order details: “Order number” (long-press to copy).</source>
        <translation>Kuaishou → Me → Orders → open the course → Order details: “Order number” (long-press to copy).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The product name at the top of the order details.</source>
        <translation>The product name at the top of the order details.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>“Amount paid” in the order details.</source>
        <translation>“Amount paid” in the order details.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>“Payment time” in the order details, or in your WeChat Pay / Alipay bill.</source>
        <translation>“Payment time” in the order details, or in your WeChat Pay / Alipay bill.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Order details → shop name → shop page → Qualifications: the company name on the business licence.</source>
        <translation>Order details → shop name → shop page → Qualifications: the company name on the business licence.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The streamer or shop that sold the course.</source>
        <translation>The streamer or shop that sold the course.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>On the course page, or in the class notice you got after buying.</source>
        <translation>On the course page, or in the class notice you got after buying.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Course page → study record. If unsure: lessons watched ÷ all lessons × 100.</source>
        <translation>Course page → study record. If unsure: lessons watched ÷ all lessons × 100.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>For example the live stream promised “pass in 7 days or your money back”, and it was not true.</source>
        <translation>For example the live stream promised “pass in 7 days or your money back”, and it was not true.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Kuaishou → Me → Orders → After-sales / Refunds shows the refund progress.</source>
        <translation>Kuaishou → Me → Orders → After-sales / Refunds shows the refund progress.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>“Request time” in the refund details.</source>
        <translation>“Request time” in the refund details.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Money already back in your account; leave empty if none.</source>
        <translation>Money already back in your account; leave empty if none.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Your real name, as on your ID card.</source>
        <translation>Your real name, as on your ID card.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A number the regulator can call you on.</source>
        <translation>A number the regulator can call you on.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Where letters about the complaint should go.</source>
        <translation>Where letters about the complaint should go.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>In the app you bought from: Me → Orders → Order details: the order number.</source>
        <translation>In the app you bought from: Me → Orders → Order details: the order number.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The company on the shop&apos;s licence or qualifications page, or on the contract.</source>
        <translation>The company on the shop&apos;s licence or qualifications page, or on the contract.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The after-sales or refund page of the order shows the refund progress.</source>
        <translation>The after-sales or refund page of the order shows the refund progress.</translation>
    </message>
    <message>
        <location line="+78"/>
        <source>New case</source>
        <translation>New case</translation>
    </message>
</context>
<context>
    <name>OverviewPanel</name>
    <message>
        <location filename="../../app/views/case_form.py" line="+109"/>
        <source>Save</source>
        <translation>Save</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Save the case</source>
        <translation>Save the case</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Changes are also saved automatically as you type.</source>
        <translation>Changes are also saved automatically as you type.</translation>
    </message>
    <message>
        <location line="+56"/>
        <source>Unsaved changes…</source>
        <translation>Unsaved changes…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Saving…</source>
        <translation>Saving…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>All changes saved</source>
        <translation>All changes saved</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Not saved: please correct the field marked in red.</source>
        <translation>Not saved: please correct the field marked in red.</translation>
    </message>
</context>
<context>
    <name>PreflightList</name>
    <message>
        <location filename="../../app/views/export_parts.py" line="-85"/>
        <source>Pre-flight check</source>
        <translation>Pre-flight check</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Check again</source>
        <translation>Check again</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Open a case to check it before export.</source>
        <translation>Open a case to check it before export.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Checking original {done} of {total}…</source>
        <translation>Checking original {done} of {total}…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Checking…</source>
        <translation>Checking…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The check could not be run: {error}</source>
        <translation>The check could not be run: {error}</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>the file is missing</source>
        <translation>the file is missing</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Changed original: {item}. Expected SHA-256 {expected}…, found {found}.</source>
        <translation>Changed original: {item}. Expected SHA-256 {expected}…, found {found}.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Missing for the complaint: {field}</source>
        <translation>Missing for the complaint: {field}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>No evidence of this kind yet: {kind}</source>
        <translation>No evidence of this kind yet: {kind}</translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%n original file(s) verified against their SHA-256 fingerprint.</source>
        <translation>
            <numerusform>%n original file verified against its SHA-256 fingerprint.</numerusform>
            <numerusform>%n original files verified against their SHA-256 fingerprint.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>Export blocked: %n original file(s) no longer match the fingerprint taken at import. Restore them from a backup, or remove them from the case.</source>
        <translation>
            <numerusform>Export blocked: %n original file no longer matches the fingerprint taken at import. Restore it from a backup, or remove it from the case.</numerusform>
            <numerusform>Export blocked: %n original files no longer match the fingerprint taken at import. Restore them from a backup, or remove them from the case.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+8"/>
        <source>Ready, with %n warning(s): the bundle can be made, but a complaint may need more.</source>
        <translation>
            <numerusform>Ready, with %n warning: the bundle can be made, but a complaint may need more.</numerusform>
            <numerusform>Ready, with %n warnings: the bundle can be made, but a complaint may need more.</numerusform>
        </translation>
    </message>
    <message>
        <location line="-2"/>
        <source>The export cannot start.</source>
        <translation>The export cannot start.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Ready to export.</source>
        <translation>Ready to export.</translation>
    </message>
</context>
<context>
    <name>RulesPanel</name>
    <message>
        <location filename="../../app/views/rules_panel.py" line="+78"/>
        <source>Check again</source>
        <translation>Check again</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Run the check again with the case as it is now.</source>
        <translation>Run the check again with the case as it is now.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Copy report</source>
        <translation>Copy report</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Copy the whole check as text, to paste into a message or a complaint.</source>
        <translation>Copy the whole check as text, to paste into a message or a complaint.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Beware of refund scams: nobody who really refunds you asks for your bank card password, an SMS code or a fee first. Use only the official entry in the app; if in doubt, call 110 or 96110.</source>
        <translation>Beware of refund scams: nobody who really refunds you asks for your bank card password, an SMS code or a fee first. Use only the official entry in the app; if in doubt, call 110 or 96110.</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Checking the case against the refund rules…</source>
        <translation>Checking the case against the refund rules…</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>The check could not be run.</source>
        <translation>The check could not be run.</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>The report is on the clipboard.</source>
        <translation>The report is on the clipboard.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Open a case to check it against the refund rules.</source>
        <translation>Open a case to check it against the refund rules.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Checked {when} (Beijing time) against: {packs}</source>
        <translation>Checked {when} (Beijing time) against: {packs}</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Result</source>
        <translation>Result</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Best remedy: {remedy}</source>
        <translation>Best remedy: {remedy}</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Enter the order amount in the case details to see the sums.</source>
        <translation>Enter the order amount in the case details to see the sums.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Refund due: ¥{amount}</source>
        <translation>Refund due: ¥{amount}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Compensation: ¥{amount}</source>
        <translation>Compensation: ¥{amount}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The refund is overdue.</source>
        <translation>The refund is overdue.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Deadlines</source>
        <translation>Deadlines</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Rules</source>
        <translation>Rules</translation>
    </message>
    <message>
        <location line="+24"/>
        <location line="+35"/>
        <source>Source: {source}</source>
        <translation>Source: {source}</translation>
    </message>
    <message>
        <location line="-29"/>
        <source>Still missing</source>
        <translation>Still missing</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Evidence: {kinds}</source>
        <translation>Evidence: {kinds}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Complaint details: {fields}</source>
        <translation>Complaint details: {fields}</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Next steps</source>
        <translation>Next steps</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Good to know</source>
        <translation>Good to know</translation>
    </message>
    <message>
        <location line="-298"/>
        <source>Refund plus compensation</source>
        <translation>Refund plus compensation</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Full refund</source>
        <translation>Full refund</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Partial refund</source>
        <translation>Partial refund</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No refund rule is met</source>
        <translation>No refund rule is met</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Not enough facts to decide</source>
        <translation>Not enough facts to decide</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Your name</source>
        <translation>Your name</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Your phone number</source>
        <translation>Your phone number</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Your postal address</source>
        <translation>Your postal address</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The merchant&apos;s name</source>
        <translation>The merchant&apos;s name</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The merchant&apos;s address</source>
        <translation>The merchant&apos;s address</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The order number</source>
        <translation>The order number</translation>
    </message>
    <message>
        <location line="-15"/>
        <source>Met</source>
        <translation>Met</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Not met</source>
        <translation>Not met</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Unknown</source>
        <translation>Unknown</translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <location filename="../../app/views/settings_dialog.py" line="+81"/>
        <source>Settings</source>
        <translation>Settings</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Language</source>
        <translation>Language</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Data folder</source>
        <translation>Data folder</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Phone</source>
        <translation>Phone</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Postal address</source>
        <translation>Postal address</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Choose…</source>
        <translation>Choose…</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+7"/>
        <source>Choose the data folder</source>
        <translation>Choose the data folder</translation>
    </message>
    <message>
        <location line="-6"/>
        <source>Where your cases and evidence are kept. A new folder takes effect the next time you start the app; nothing is moved.</source>
        <translation>Where your cases and evidence are kept. A new folder takes effect the next time you start the app; nothing is moved.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Your details for complaints</source>
        <translation>Your details for complaints</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Filled in for every new case. They stay on this computer.</source>
        <translation>Filled in for every new case. They stay on this computer.</translation>
    </message>
</context>
<context>
    <name>StoreError</name>
    <message>
        <location filename="../../app/views/store_text.py" line="+17"/>
        <source>the disk is full</source>
        <translation>the disk is full</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the disk could not be read or written (it may be full, removed or failing)</source>
        <translation>the disk could not be read or written (it may be full, removed or failing)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>the database file or its folder is read-only</source>
        <translation>the database file or its folder is read-only</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the database file cannot be opened (missing folder or no permission)</source>
        <translation>the database file cannot be opened (missing folder or no permission)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>the file is not a case database (damaged, or another program&apos;s file)</source>
        <translation>the file is not a case database (damaged, or another program&apos;s file)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>the database file is damaged; restore it from backups/</source>
        <translation>the database file is damaged; restore it from backups/</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the database is busy in another program; close it and try again</source>
        <translation>the database is busy in another program; close it and try again</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>%1: the case database cannot be used: %2; nothing was changed</source>
        <translation>%1: the case database cannot be used: %2; nothing was changed</translation>
    </message>
</context>
<context>
    <name>Summary</name>
    <message>
        <location filename="../../app/views/summary_card.py" line="+58"/>
        <source>Refund + compensation</source>
        <translation>Refund + compensation</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Full refund</source>
        <translation>Full refund</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Partial refund</source>
        <translation>Partial refund</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>None found</source>
        <translation>None found</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Not enough facts</source>
        <translation>Not enough facts</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>MMM d, HH:mm</source>
        <translation>MMM d, HH:mm</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>1 day left</source>
        <translation>1 day left</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>%1 days left</source>
        <translation>%1 days left</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>1 hour left</source>
        <translation>1 hour left</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>%1 hours left</source>
        <translation>%1 hours left</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>passed %1</source>
        <translation>passed %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>due %1, %2</source>
        <translation>due %1, %2</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>%1 – enter the order amount to see how much</source>
        <translation>%1 – enter the order amount to see how much</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Refund %1 plus compensation %2</source>
        <translation>Refund %1 plus compensation %2</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Full refund possible: %1</source>
        <translation>Full refund possible: %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Partial refund possible: %1</source>
        <translation>Partial refund possible: %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>No refund claim found yet</source>
        <translation>No refund claim found yet</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Not enough facts to decide yet</source>
        <translation>Not enough facts to decide yet</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Next: %1</source>
        <translation>Next: %1</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>A complaint still needs: %1</source>
        <translation>A complaint still needs: %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Evidence still missing: %1</source>
        <translation>Evidence still missing: %1</translation>
    </message>
    <message>
        <location line="+26"/>
        <location line="+31"/>
        <source>Summary of the rule check</source>
        <translation>Summary of the rule check</translation>
    </message>
    <message>
        <location line="-25"/>
        <source>Checking the refund rules…</source>
        <translation>Checking the refund rules…</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>The refund is overdue: it should have arrived by now.</source>
        <translation>The refund is overdue: it should have arrived by now.</translation>
    </message>
</context>
<context>
    <name>TimelinePanel</name>
    <message>
        <location filename="../../app/views/timeline_panel.py" line="+44"/>
        <source>Time (Beijing)</source>
        <translation>Time (Beijing)</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Type</source>
        <translation>Type</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>What happened</source>
        <translation>What happened</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Timeline of the case</source>
        <translation>Timeline of the case</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Add event…</source>
        <translation>Add event…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Edit…</source>
        <translation>Edit…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Delete</source>
        <translation>Delete</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Evidence appears here when it has a date; change that date in the Evidence tab. Order, course and refund dates come from the case details.</source>
        <translation>Evidence appears here when it has a date; change that date in the Evidence tab. Order, course and refund dates come from the case details.</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Paid for order {number}</source>
        <translation>Paid for order {number}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Paid for the order</source>
        <translation>Paid for the order</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The course starts</source>
        <translation>The course starts</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Asked for a refund</source>
        <translation>Asked for a refund</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Refund received</source>
        <translation>Refund received</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>Event</source>
        <translation>Event</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Case details</source>
        <translation>Case details</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Evidence: {kind}</source>
        <translation>Evidence: {kind}</translation>
    </message>
    <message>
        <location line="+43"/>
        <source>Delete event</source>
        <translation>Delete event</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Delete this event from the timeline?</source>
        <translation>Delete this event from the timeline?</translation>
    </message>
</context>
<context>
    <name>TrashCommand</name>
    <message>
        <location filename="../../app/views/evidence_side.py" line="+67"/>
        <source>Restore “{title}”</source>
        <translation>Restore “{title}”</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Remove “{title}”</source>
        <translation>Remove “{title}”</translation>
    </message>
</context>
<context>
    <name>TrashList</name>
    <message>
        <location line="-37"/>
        <source>Removed evidence stays in the store and is left out of the bundle. Restore an item to put it back.</source>
        <translation>Removed evidence stays in the store and is left out of the bundle. Restore an item to put it back.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Restore selected</source>
        <translation>Restore selected</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>{title} ({kind}) — removed {when}</source>
        <translation>{title} ({kind}) — removed {when}</translation>
    </message>
</context>
<context>
    <name>WelcomePage</name>
    <message>
        <location filename="../../app/views/welcome.py" line="+103"/>
        <source>Get your course money back</source>
        <translation>Get your course money back</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Bought an online course in a Kuaishou live stream and want a refund? This app keeps your evidence in order, tells you what the refund rules give you, and makes the complaint file for the platform, 12315 or the consumer association.</source>
        <translation>Bought an online course in a Kuaishou live stream and want a refund? This app keeps your evidence in order, tells you what the refund rules give you, and makes the complaint file for the platform, 12315 or the consumer association.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Create a case</source>
        <translation>Create a case</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Answer a few questions about the order; the app shows where to find each detail in the app you bought from.</source>
        <translation>Answer a few questions about the order; the app shows where to find each detail in the app you bought from.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Add your evidence</source>
        <translation>Add your evidence</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Screenshots of the order and payment, the contract, the chat with the merchant, the promises made in the live stream.</source>
        <translation>Screenshots of the order and payment, the contract, the chat with the merchant, the promises made in the live stream.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>See what you can claim, then export</source>
        <translation>See what you can claim, then export</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>The rule check says which refund applies and by when; export one PDF to hand in.</source>
        <translation>The rule check says which refund applies and by when; export one PDF to hand in.</translation>
    </message>
    <message>
        <location line="+6"/>
        <location line="+1"/>
        <source>New case</source>
        <translation>New case</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+1"/>
        <source>Open example case</source>
        <translation>Open example case</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Beware of refund scams: no real refund ever needs your bank password, a verification code or a “refund fee”.</source>
        <translation>Beware of refund scams: no real refund ever needs your bank password, a verification code or a “refund fee”.</translation>
    </message>
</context>
</TS>
