<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en">
<context>
    <name>AgendaDialog</name>
    <message>
        <source> (estimated)</source>
        <translation> (estimated)</translation>
    </message>
    <message>
        <source>To-do: deadlines of all cases</source>
        <translation>To-do: deadlines of all cases</translation>
    </message>
    <message numerus="yes">
        <source>Next %n day(s)</source>
        <translation>
            <numerusform>Next %n day</numerusform>
            <numerusform>Next %n days</numerusform>
        </translation>
    </message>
    <message>
        <source>Due (Beijing)</source>
        <translation>Due (Beijing)</translation>
    </message>
    <message>
        <source>State</source>
        <translation>State</translation>
    </message>
    <message>
        <source>Case</source>
        <translation>Case</translation>
    </message>
    <message>
        <source>Deadline</source>
        <translation>Deadline</translation>
    </message>
    <message>
        <source>What to do</source>
        <translation>What to do</translation>
    </message>
    <message>
        <source>Deadlines of all cases</source>
        <translation>Deadlines of all cases</translation>
    </message>
    <message>
        <source>Double-click a row to open the case.</source>
        <translation>Double-click a row to open the case.</translation>
    </message>
    <message>
        <source>Looking through the cases…</source>
        <translation>Looking through the cases…</translation>
    </message>
    <message numerus="yes">
        <source>%n deadline(s)</source>
        <translation>
            <numerusform>%n deadline</numerusform>
            <numerusform>%n deadlines</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n case(s)</source>
        <translation>
            <numerusform>%n case</numerusform>
            <numerusform>%n cases</numerusform>
        </translation>
    </message>
    <message>
        <source>Nothing falls due in this time.</source>
        <translation>Nothing falls due in this time.</translation>
    </message>
</context>
<context>
    <name>ArchivePassword</name>
    <message>
        <source>Wrong password. Try again:</source>
        <translation>Wrong password. Try again:</translation>
    </message>
    <message>
        <source>“%1” is encrypted. Its password:</source>
        <translation>“%1” is encrypted. Its password:</translation>
    </message>
    <message>
        <source>Open case archive</source>
        <translation>Open case archive</translation>
    </message>
</context>
<context>
    <name>ArchivePasswordDialog</name>
    <message>
        <source>Export case archive</source>
        <translation>Export case archive</translation>
    </message>
    <message>
        <source>Protect the archive with a password (AES-256; 7-Zip opens it)</source>
        <translation>Protect the archive with a password (AES-256; 7-Zip opens it)</translation>
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
        <source>The archive holds the consumer&apos;s identity and every original. Without a password anyone who gets the file can read it. Tell the volunteer the password another way than the file (a call, not the same chat). It is not stored: if it is lost, the archive cannot be opened.</source>
        <translation>The archive holds the consumer&apos;s identity and every original. Without a password anyone who gets the file can read it. Tell the volunteer the password another way than the file (a call, not the same chat). It is not stored: if it is lost, the archive cannot be opened.</translation>
    </message>
    <message>
        <source>The archive will not be encrypted.</source>
        <translation>The archive will not be encrypted.</translation>
    </message>
    <message numerus="yes">
        <source>At least %n characters; a phrase of several words is best.</source>
        <translation>
            <numerusform>At least %n characters; a phrase of several words is best.</numerusform>
            <numerusform>At least %n characters; a phrase of several words is best.</numerusform>
        </translation>
    </message>
    <message>
        <source>The two passwords differ.</source>
        <translation>The two passwords differ.</translation>
    </message>
    <message>
        <source>The passwords match.</source>
        <translation>The passwords match.</translation>
    </message>
</context>
<context>
    <name>CaseArchives</name>
    <message>
        <source>Save the case archive as</source>
        <translation>Save the case archive as</translation>
    </message>
    <message>
        <source>Case archives (*.zip)</source>
        <translation>Case archives (*.zip)</translation>
    </message>
    <message>
        <source>Writing the case archive…</source>
        <translation>Writing the case archive…</translation>
    </message>
    <message>
        <source>Case archive saved: %1</source>
        <translation>Case archive saved: %1</translation>
    </message>
    <message>
        <source>Encrypted case archive saved: %1</source>
        <translation>Encrypted case archive saved: %1</translation>
    </message>
    <message>
        <source>Open a case archive</source>
        <translation>Open a case archive</translation>
    </message>
    <message>
        <source>Import cancelled: the archive is encrypted.</source>
        <translation>Import cancelled: the archive is encrypted.</translation>
    </message>
    <message>
        <source>Checking and importing the case archive…</source>
        <translation>Checking and importing the case archive…</translation>
    </message>
    <message>
        <source>This case is already here</source>
        <translation>This case is already here</translation>
    </message>
    <message>
        <source>The archive holds “%1”, which is already in your cases.</source>
        <translation>The archive holds “%1”, which is already in your cases.</translation>
    </message>
    <message>
        <source>Open it</source>
        <translation>Open it</translation>
    </message>
    <message>
        <source>Import a copy</source>
        <translation>Import a copy</translation>
    </message>
    <message>
        <source>The case archive was checked and imported as a new case.</source>
        <translation>The case archive was checked and imported as a new case.</translation>
    </message>
</context>
<context>
    <name>CaseEditor</name>
    <message>
        <source>Case</source>
        <translation>Case</translation>
    </message>
    <message>
        <source>Order</source>
        <translation>Order</translation>
    </message>
    <message>
        <source>Course</source>
        <translation>Course</translation>
    </message>
    <message>
        <source>Refund</source>
        <translation>Refund</translation>
    </message>
    <message>
        <source>You (the complainant)</source>
        <translation>You (the complainant)</translation>
    </message>
    <message>
        <source>Merchant</source>
        <translation>Merchant</translation>
    </message>
    <message>
        <source>Agent filing for you (optional)</source>
        <translation>Agent filing for you (optional)</translation>
    </message>
    <message>
        <source>What you ask for, and what happened</source>
        <translation>What you ask for, and what happened</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Title</translation>
    </message>
    <message>
        <source>Bought on</source>
        <translation>Bought on</translation>
    </message>
    <message>
        <source>Case status</source>
        <translation>Case status</translation>
    </message>
    <message>
        <source>Order number</source>
        <translation>Order number</translation>
    </message>
    <message>
        <source>Course name</source>
        <translation>Course name</translation>
    </message>
    <message>
        <source>Amount paid (¥)</source>
        <translation>Amount paid (¥)</translation>
    </message>
    <message>
        <source>Paid at</source>
        <translation>Paid at</translation>
    </message>
    <message>
        <source>Paid with</source>
        <translation>Paid with</translation>
    </message>
    <message>
        <source>Course starts</source>
        <translation>Course starts</translation>
    </message>
    <message>
        <source>Progress (%)</source>
        <translation>Progress (%)</translation>
    </message>
    <message>
        <source>The promotion was false or misleading</source>
        <translation>The promotion was false or misleading</translation>
    </message>
    <message>
        <source>Refund status</source>
        <translation>Refund status</translation>
    </message>
    <message>
        <source>Refund requested at</source>
        <translation>Refund requested at</translation>
    </message>
    <message>
        <source>Already refunded (¥)</source>
        <translation>Already refunded (¥)</translation>
    </message>
    <message>
        <source>Refunded at</source>
        <translation>Refunded at</translation>
    </message>
    <message>
        <source>Refused at</source>
        <translation>Refused at</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Phone</translation>
    </message>
    <message>
        <source>Postal address</source>
        <translation>Postal address</translation>
    </message>
    <message>
        <source>ID card number</source>
        <translation>ID card number</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>Email</translation>
    </message>
    <message>
        <source>Agent&apos;s name</source>
        <translation>Agent&apos;s name</translation>
    </message>
    <message>
        <source>Agent&apos;s ID number</source>
        <translation>Agent&apos;s ID number</translation>
    </message>
    <message>
        <source>Agent&apos;s phone</source>
        <translation>Agent&apos;s phone</translation>
    </message>
    <message>
        <source>Company name</source>
        <translation>Company name</translation>
    </message>
    <message>
        <source>Shop / streamer</source>
        <translation>Shop / streamer</translation>
    </message>
    <message>
        <source>Company address</source>
        <translation>Company address</translation>
    </message>
    <message>
        <source>Contact</source>
        <translation>Contact</translation>
    </message>
    <message>
        <source>Your demands</source>
        <translation>Your demands</translation>
    </message>
    <message>
        <source>What happened</source>
        <translation>What happened</translation>
    </message>
    <message>
        <source>The payment is after the refund request.</source>
        <translation>The payment is after the refund request.</translation>
    </message>
    <message>
        <source>The refund arrived before it was requested.</source>
        <translation>The refund arrived before it was requested.</translation>
    </message>
    <message>
        <source>More was refunded than was paid: check the amount paid and the amount refunded.</source>
        <translation>More was refunded than was paid: check the amount paid and the amount refunded.</translation>
    </message>
    <message>
        <source>A title is required.</source>
        <translation>A title is required.</translation>
    </message>
    <message>
        <source>The title has %1 characters; at most %2 are allowed. Please shorten it.</source>
        <translation>The title has %1 characters; at most %2 are allowed. Please shorten it.</translation>
    </message>
    <message>
        <source>At most %1 characters.</source>
        <translation>At most %1 characters.</translation>
    </message>
</context>
<context>
    <name>CaseListModel</name>
    <message>
        <source>Title</source>
        <translation>Title</translation>
    </message>
    <message>
        <source>Merchant</source>
        <translation>Merchant</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>Amount</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Remedy</source>
        <translation>Remedy</translation>
    </message>
    <message>
        <source>Next deadline</source>
        <translation>Next deadline</translation>
    </message>
    <message>
        <source>Assigned to</source>
        <translation>Assigned to</translation>
    </message>
    <message>
        <source>Last changed by %1</source>
        <translation>Last changed by %1</translation>
    </message>
</context>
<context>
    <name>CaseListPanel</name>
    <message>
        <source>Opening your cases…</source>
        <translation>Opening your cases…</translation>
    </message>
    <message numerus="yes">
        <source>%n case(s)</source>
        <translation>
            <numerusform>%n case</numerusform>
            <numerusform>%n cases</numerusform>
        </translation>
    </message>
    <message>
        <source>Assign to me (%1)</source>
        <translation>Assign to me (%1)</translation>
    </message>
    <message>
        <source>Assign to</source>
        <translation>Assign to</translation>
    </message>
    <message>
        <source>Assign to someone else…</source>
        <translation>Assign to someone else…</translation>
    </message>
    <message>
        <source>Unassign</source>
        <translation>Unassign</translation>
    </message>
    <message>
        <source>Assign the case</source>
        <translation>Assign the case</translation>
    </message>
    <message>
        <source>Volunteer&apos;s name:</source>
        <translation>Volunteer&apos;s name:</translation>
    </message>
    <message>
        <source>No case matches the search.</source>
        <translation>No case matches the search.</translation>
    </message>
    <message>
        <source>No cases yet. Start with “New case”, or open the example case to try the app.</source>
        <translation>No cases yet. Start with “New case”, or open the example case to try the app.</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Open</translation>
    </message>
    <message>
        <source>Move to trash (Delete)</source>
        <translation>Move to trash (Delete)</translation>
    </message>
    <message>
        <source>Restore</source>
        <translation>Restore</translation>
    </message>
    <message>
        <source>Delete for good…</source>
        <translation>Delete for good…</translation>
    </message>
    <message>
        <source>Search title, names, order number, evidence…</source>
        <translation>Search title, names, order number, evidence…</translation>
    </message>
    <message>
        <source>Search cases</source>
        <translation>Search cases</translation>
    </message>
    <message>
        <source>Filter by status</source>
        <translation>Filter by status</translation>
    </message>
    <message>
        <source>Filter by volunteer</source>
        <translation>Filter by volunteer</translation>
    </message>
    <message>
        <source>Everyone&apos;s</source>
        <translation>Everyone&apos;s</translation>
    </message>
    <message>
        <source>Mine</source>
        <translation>Mine</translation>
    </message>
    <message>
        <source>Unassigned</source>
        <translation>Unassigned</translation>
    </message>
    <message>
        <source>Trash</source>
        <translation>Trash</translation>
    </message>
    <message>
        <source>Cases</source>
        <translation>Cases</translation>
    </message>
    <message>
        <source>All statuses</source>
        <translation>All statuses</translation>
    </message>
</context>
<context>
    <name>CaseTrash</name>
    <message>
        <source>“%1” is in the trash. Choose Trash in the status list to restore it.</source>
        <translation>“%1” is in the trash. Choose Trash in the status list to restore it.</translation>
    </message>
    <message>
        <source>The case is back in the list.</source>
        <translation>The case is back in the list.</translation>
    </message>
    <message>
        <source>Delete the case for good?</source>
        <translation>Delete the case for good?</translation>
    </message>
    <message>
        <source>“%1” and its records will be deleted; this cannot be undone.

%2 original file(s) belong to this case only. %3 are shared with other cases and stay.</source>
        <translation>“%1” and its records will be deleted; this cannot be undone.

%2 original file(s) belong to this case only. %3 are shared with other cases and stay.</translation>
    </message>
    <message>
        <source>Delete the case and its own originals</source>
        <translation>Delete the case and its own originals</translation>
    </message>
    <message>
        <source>Delete the case, keep the originals</source>
        <translation>Delete the case, keep the originals</translation>
    </message>
    <message>
        <source>“%1” was deleted, with its records, text and redactions; %2 original(s) removed, %3 kept. Bundles and archives you exported are files of their own: delete them where you saved them.</source>
        <translation>“%1” was deleted, with its records, text and redactions; %2 original(s) removed, %3 kept. Bundles and archives you exported are files of their own: delete them where you saved them.</translation>
    </message>
</context>
<context>
    <name>ComplaintDialog</name>
    <message>
        <source>Complaint</source>
        <translation>Complaint</translation>
    </message>
    <message>
        <source>Edit complaint</source>
        <translation>Edit complaint</translation>
    </message>
    <message>
        <source>The number the 12315 platform or the office gave</source>
        <translation>The number the 12315 platform or the office gave</translation>
    </message>
    <message>
        <source>Who you spoke to, what they said, what you sent</source>
        <translation>Who you spoke to, what they said, what you sent</translation>
    </message>
    <message>
        <source>Filed with:</source>
        <translation>Filed with:</translation>
    </message>
    <message>
        <source>Complaint number:</source>
        <translation>Complaint number:</translation>
    </message>
    <message>
        <source>Filed (Beijing time):</source>
        <translation>Filed (Beijing time):</translation>
    </message>
    <message>
        <source>Accepted:</source>
        <translation>Accepted:</translation>
    </message>
    <message>
        <source>Closed:</source>
        <translation>Closed:</translation>
    </message>
    <message>
        <source>Outcome:</source>
        <translation>Outcome:</translation>
    </message>
    <message>
        <source>Notes:</source>
        <translation>Notes:</translation>
    </message>
    <message>
        <source>It cannot be accepted before the day it was filed.</source>
        <translation>It cannot be accepted before the day it was filed.</translation>
    </message>
    <message>
        <source>It cannot be closed before the day it was filed or accepted.</source>
        <translation>It cannot be closed before the day it was filed or accepted.</translation>
    </message>
</context>
<context>
    <name>Complaints</name>
    <message>
        <source>Market regulator (12315)</source>
        <translation>Market regulator (12315)</translation>
    </message>
    <message>
        <source>Consumer association</source>
        <translation>Consumer association</translation>
    </message>
    <message>
        <source>Platform customer service</source>
        <translation>Platform customer service</translation>
    </message>
    <message>
        <source>People&apos;s court</source>
        <translation>People&apos;s court</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Open</translation>
    </message>
    <message>
        <source>Resolved</source>
        <translation>Resolved</translation>
    </message>
    <message>
        <source>Mediation failed</source>
        <translation>Mediation failed</translation>
    </message>
    <message>
        <source>Not accepted</source>
        <translation>Not accepted</translation>
    </message>
    <message>
        <source>Withdrawn</source>
        <translation>Withdrawn</translation>
    </message>
</context>
<context>
    <name>ComplaintsPanel</name>
    <message>
        <source>Record each complaint you file: where, its number, when it was accepted and how it ended. The deadlines the law sets follow from these dates (a decision on acceptance within 7 working days, mediation within 60 days, 3 years to go to court after the refusal).</source>
        <translation>Record each complaint you file: where, its number, when it was accepted and how it ended. The deadlines the law sets follow from these dates (a decision on acceptance within 7 working days, mediation within 60 days, 3 years to go to court after the refusal).</translation>
    </message>
    <message>
        <source>I filed it today</source>
        <translation>I filed it today</translation>
    </message>
    <message>
        <source>Records a complaint filed now with the body chosen on the left; add its number with Edit when you have it.</source>
        <translation>Records a complaint filed now with the body chosen on the left; add its number with Edit when you have it.</translation>
    </message>
    <message>
        <source>Add…</source>
        <translation>Add…</translation>
    </message>
    <message>
        <source>Edit…</source>
        <translation>Edit…</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Delete</translation>
    </message>
    <message>
        <source>File online (12315)…</source>
        <translation>File online (12315)…</translation>
    </message>
    <message>
        <source>Filed with</source>
        <translation>Filed with</translation>
    </message>
    <message>
        <source>Number</source>
        <translation>Number</translation>
    </message>
    <message>
        <source>Filed</source>
        <translation>Filed</translation>
    </message>
    <message>
        <source>Accepted</source>
        <translation>Accepted</translation>
    </message>
    <message>
        <source>Closed</source>
        <translation>Closed</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>Outcome</translation>
    </message>
    <message>
        <source>Complaints about this case</source>
        <translation>Complaints about this case</translation>
    </message>
    <message>
        <source>Deadlines and what to do</source>
        <translation>Deadlines and what to do</translation>
    </message>
    <message>
        <source>No deadline yet: they appear once the case has the dates (payment, refund request, the refusal, a complaint filed).</source>
        <translation>No deadline yet: they appear once the case has the dates (payment, refund request, the refusal, a complaint filed).</translation>
    </message>
    <message>
        <source> (estimated)</source>
        <translation> (estimated)</translation>
    </message>
    <message>
        <source>Delete complaint</source>
        <translation>Delete complaint</translation>
    </message>
    <message>
        <source>Delete this complaint from the case? The audit log keeps a record.</source>
        <translation>Delete this complaint from the case? The audit log keeps a record.</translation>
    </message>
</context>
<context>
    <name>ConflictDialog</name>
    <message>
        <source>Changed at another desk</source>
        <translation>Changed at another desk</translation>
    </message>
    <message>
        <source>Facts changed at both desks</source>
        <translation>Facts changed at both desks</translation>
    </message>
    <message>
        <source>Fact</source>
        <translation>Fact</translation>
    </message>
    <message>
        <source>Saved meanwhile</source>
        <translation>Saved meanwhile</translation>
    </message>
    <message>
        <source>You typed</source>
        <translation>You typed</translation>
    </message>
    <message>
        <source>While you were editing, %1 saved other values for these facts. Nothing of yours was saved yet. Your other changes are kept whichever you choose.</source>
        <translation>While you were editing, %1 saved other values for these facts. Nothing of yours was saved yet. Your other changes are kept whichever you choose.</translation>
    </message>
    <message>
        <source>someone at another desk</source>
        <translation>someone at another desk</translation>
    </message>
    <message>
        <source>Keep mine</source>
        <translation>Keep mine</translation>
    </message>
    <message>
        <source>Use theirs</source>
        <translation>Use theirs</translation>
    </message>
    <message>
        <source>(empty)</source>
        <translation>(empty)</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>yes</translation>
    </message>
    <message>
        <source>no</source>
        <translation>no</translation>
    </message>
</context>
<context>
    <name>Countdown</name>
    <message numerus="yes">
        <source>%n day(s)</source>
        <translation>
            <numerusform>%n day</numerusform>
            <numerusform>%n days</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n hour(s)</source>
        <translation>
            <numerusform>%n hour</numerusform>
            <numerusform>%n hours</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n minute(s)</source>
        <translation>
            <numerusform>%n minute</numerusform>
            <numerusform>%n minutes</numerusform>
        </translation>
    </message>
    <message>
        <source>{span} left</source>
        <translation>{span} left</translation>
    </message>
    <message>
        <source>Passed {span} ago</source>
        <translation>Passed {span} ago</translation>
    </message>
    <message>
        <source>Done in time</source>
        <translation>Done in time</translation>
    </message>
    <message>
        <source>Overdue by {span}</source>
        <translation>Overdue by {span}</translation>
    </message>
    <message>
        <source>Filed in time</source>
        <translation>Filed in time</translation>
    </message>
    <message>
        <source>Refunded</source>
        <translation>Refunded</translation>
    </message>
    <message>
        <source>Asked in time</source>
        <translation>Asked in time</translation>
    </message>
    <message>
        <source>The merchant refused</source>
        <translation>The merchant refused</translation>
    </message>
    <message>
        <source>Merchant overdue by {span}</source>
        <translation>Merchant overdue by {span}</translation>
    </message>
    <message>
        <source>Merchant: {countdown}</source>
        <translation>Merchant: {countdown}</translation>
    </message>
</context>
<context>
    <name>Deadlines</name>
    <message>
        <source>(no number yet: give your name and phone)</source>
        <translation>(no number yet: give your name and phone)</translation>
    </message>
    <message>
        <source>The regulator decides by then whether it accepts the complaint. No word by then: call 12315 with complaint number %1.</source>
        <translation>The regulator decides by then whether it accepts the complaint. No word by then: call 12315 with complaint number %1.</translation>
    </message>
    <message>
        <source>No acceptance decision yet: call 12315 with complaint number %1 and ask for the decision and its reasons.</source>
        <translation>No acceptance decision yet: call 12315 with complaint number %1 and ask for the decision and its reasons.</translation>
    </message>
    <message>
        <source>Mediation ends by then if there is no agreement. Keep every reply; if it fails, ask for the decision ending mediation (complaint number %1).</source>
        <translation>Mediation ends by then if there is no agreement. Keep every reply; if it fails, ask for the decision ending mediation (complaint number %1).</translation>
    </message>
    <message>
        <source>Mediation has run its 60 days: ask for the decision ending it (complaint number %1), then go to court: statement of claim and evidence list from Export.</source>
        <translation>Mediation has run its 60 days: ask for the decision ending it (complaint number %1), then go to court: statement of claim and evidence list from Export.</translation>
    </message>
    <message>
        <source>Go to court before this date: the statement of claim and the evidence list come from Export. After it the court may refuse the claim as time-barred.</source>
        <translation>Go to court before this date: the statement of claim and the evidence list come from Export. After it the court may refuse the claim as time-barred.</translation>
    </message>
    <message>
        <source>The merchant must refund by then. Not refunded: contact the platform&apos;s customer service, then complain to 12315.</source>
        <translation>The merchant must refund by then. Not refunded: contact the platform&apos;s customer service, then complain to 12315.</translation>
    </message>
    <message>
        <source>Ask for the refund before then, in the app where you bought the course; keep a screenshot showing the time.</source>
        <translation>Ask for the refund before then, in the app where you bought the course; keep a screenshot showing the time.</translation>
    </message>
</context>
<context>
    <name>DocumentsBox</name>
    <message>
        <source>Complaint letter (投诉书)</source>
        <translation>Complaint letter (投诉书)</translation>
    </message>
    <message>
        <source>Statement of claim (民事起诉状)</source>
        <translation>Statement of claim (民事起诉状)</translation>
    </message>
    <message>
        <source>Evidence list (证据清单)</source>
        <translation>Evidence list (证据清单)</translation>
    </message>
    <message>
        <source>Letter of authorisation (授权委托书)</source>
        <translation>Letter of authorisation (授权委托书)</translation>
    </message>
    <message>
        <source>One document, to edit or to file</source>
        <translation>One document, to edit or to file</translation>
    </message>
    <message>
        <source>Word (.docx)</source>
        <translation>Word (.docx)</translation>
    </message>
    <message>
        <source>PDF</source>
        <translation>PDF</translation>
    </message>
    <message>
        <source>Document</source>
        <translation>Document</translation>
    </message>
    <message>
        <source>Format</source>
        <translation>Format</translation>
    </message>
    <message>
        <source>Save as…</source>
        <translation>Save as…</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Open</translation>
    </message>
    <message>
        <source>For going to court: the statement of claim and the evidence list, drafted from the case; Word files can be edited before you sign them.</source>
        <translation>For going to court: the statement of claim and the evidence list, drafted from the case; Word files can be edited before you sign them.</translation>
    </message>
    <message>
        <source>Save the document as</source>
        <translation>Save the document as</translation>
    </message>
    <message>
        <source>Word documents (*.docx)</source>
        <translation>Word documents (*.docx)</translation>
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation>PDF files (*.pdf)</translation>
    </message>
    <message>
        <source>Writing %1…</source>
        <translation>Writing %1…</translation>
    </message>
    <message>
        <source>Saved: %1</source>
        <translation>Saved: %1</translation>
    </message>
    <message>
        <source>Not saved: %1</source>
        <translation>Not saved: %1</translation>
    </message>
</context>
<context>
    <name>DueNotice</name>
    <message>
        <source>Show the to-do list</source>
        <translation>Show the to-do list</translation>
    </message>
    <message>
        <source>Dismiss</source>
        <translation>Dismiss</translation>
    </message>
    <message numerus="yes">
        <source>Since you last opened the app (%1), %n deadline(s) fell due:</source>
        <translation>
            <numerusform>Since you last opened the app (%1), %n deadline fell due:</numerusform>
            <numerusform>Since you last opened the app (%1), %n deadlines fell due:</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>and %n more.</source>
        <translation>
            <numerusform>and %n more.</numerusform>
            <numerusform>and %n more.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ErrorBar</name>
    <message>
        <source>Copy</source>
        <translation>Copy</translation>
    </message>
    <message>
        <source>Dismiss</source>
        <translation>Dismiss</translation>
    </message>
</context>
<context>
    <name>ErrorReporter</name>
    <message>
        <source>Unexpected error</source>
        <translation>Unexpected error</translation>
    </message>
    <message>
        <source>Something went wrong. Your cases and evidence are safe; you can keep working.</source>
        <translation>Something went wrong. Your cases and evidence are safe; you can keep working.</translation>
    </message>
    <message>
        <source>%1

The details were saved to %2.</source>
        <translation>%1

The details were saved to %2.</translation>
    </message>
    <message>
        <source>Error details</source>
        <translation>Error details</translation>
    </message>
</context>
<context>
    <name>EventDialog</name>
    <message>
        <source>Event</source>
        <translation>Event</translation>
    </message>
    <message>
        <source>Edit event</source>
        <translation>Edit event</translation>
    </message>
    <message>
        <source>What happened, e.g. Asked customer service for a refund; they refused.</source>
        <translation>What happened, e.g. Asked customer service for a refund; they refused.</translation>
    </message>
    <message>
        <source>When (Beijing time):</source>
        <translation>When (Beijing time):</translation>
    </message>
    <message>
        <source>What happened:</source>
        <translation>What happened:</translation>
    </message>
    <message>
        <source>Discard the changes?</source>
        <translation>Discard the changes?</translation>
    </message>
    <message>
        <source>What you typed for this event has not been saved. Discard it?</source>
        <translation>What you typed for this event has not been saved. Discard it?</translation>
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
    <name>EvidenceChecklist</name>
    <message>
        <source>Checklist for a complaint</source>
        <translation>Checklist for a complaint</translation>
    </message>
    <message>
        <source>Double-click a line to add files of that kind.</source>
        <translation>Double-click a line to add files of that kind.</translation>
    </message>
    <message>
        <source>{kind} — missing</source>
        <translation>{kind} — missing</translation>
    </message>
</context>
<context>
    <name>EvidenceEditor</name>
    <message>
        <source>the photo&apos;s EXIF data (when it was taken)</source>
        <translation>the photo&apos;s EXIF data (when it was taken)</translation>
    </message>
    <message>
        <source>the PDF&apos;s metadata (when it was created)</source>
        <translation>the PDF&apos;s metadata (when it was created)</translation>
    </message>
    <message>
        <source>the first message of the chat log</source>
        <translation>the first message of the chat log</translation>
    </message>
    <message>
        <source>the file</source>
        <translation>the file</translation>
    </message>
    <message>
        <source>Selected evidence</source>
        <translation>Selected evidence</translation>
    </message>
    <message>
        <source>Title:</source>
        <translation>Title:</translation>
    </message>
    <message>
        <source>Kind:</source>
        <translation>Kind:</translation>
    </message>
    <message>
        <source>Source:</source>
        <translation>Source:</translation>
    </message>
    <message>
        <source>What it proves:</source>
        <translation>What it proves:</translation>
    </message>
    <message>
        <source>Date:</source>
        <translation>Date:</translation>
    </message>
    <message>
        <source>Where it comes from, e.g. Kuaishou order page</source>
        <translation>Where it comes from, e.g. Kuaishou order page</translation>
    </message>
    <message>
        <source>What this shows, e.g. the teacher promised a refund</source>
        <translation>What this shows, e.g. the teacher promised a refund</translation>
    </message>
    <message>
        <source>Ctrl+Enter saves.</source>
        <translation>Ctrl+Enter saves.</translation>
    </message>
    <message>
        <source>Date known</source>
        <translation>Date known</translation>
    </message>
    <message>
        <source>Tick when you know when this happened; it then appears on the timeline.</source>
        <translation>Tick when you know when this happened; it then appears on the timeline.</translation>
    </message>
    <message>
        <source>not set</source>
        <translation>not set</translation>
    </message>
    <message>
        <source>Save changes</source>
        <translation>Save changes</translation>
    </message>
    <message>
        <source>Changes are also saved when you select another item (Enter saves at once).</source>
        <translation>Changes are also saved when you select another item (Enter saves at once).</translation>
    </message>
    <message>
        <source>Open…</source>
        <translation>Open…</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Remove</translation>
    </message>
    <message>
        <source>Change it to the day this happened; it is not saved until you do.</source>
        <translation>Change it to the day this happened; it is not saved until you do.</translation>
    </message>
    <message>
        <source>From {source}.</source>
        <translation>From {source}.</translation>
    </message>
    <message>
        <source>The file says {when} ({source}).</source>
        <translation>The file says {when} ({source}).</translation>
    </message>
    <message>
        <source>Select a thumbnail to edit it.</source>
        <translation>Select a thumbnail to edit it.</translation>
    </message>
    <message>
        <source>File: {name} ({type}, {size})</source>
        <translation>File: {name} ({type}, {size})</translation>
    </message>
    <message>
        <source>File date: {when} (Beijing time), from {source}</source>
        <translation>File date: {when} (Beijing time), from {source}</translation>
    </message>
    <message>
        <source>The title has {n} characters; at most {max} are allowed. Please shorten it.</source>
        <translation>The title has {n} characters; at most {max} are allowed. Please shorten it.</translation>
    </message>
    <message>
        <source>Imported: {when}</source>
        <translation>Imported: {when}</translation>
    </message>
    <message>
        <source>SHA-256: {digest}…</source>
        <translation>SHA-256: {digest}…</translation>
    </message>
</context>
<context>
    <name>EvidenceKind</name>
    <message>
        <source>Purchase record</source>
        <translation>Purchase record</translation>
    </message>
    <message>
        <source>Contract or agreement</source>
        <translation>Contract or agreement</translation>
    </message>
    <message>
        <source>Payment receipt</source>
        <translation>Payment receipt</translation>
    </message>
    <message>
        <source>Chat record</source>
        <translation>Chat record</translation>
    </message>
    <message>
        <source>Promotion or promise</source>
        <translation>Promotion or promise</translation>
    </message>
    <message>
        <source>Refund record</source>
        <translation>Refund record</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>Other</translation>
    </message>
</context>
<context>
    <name>EvidencePanel</name>
    <message>
        <source>Add files…</source>
        <translation>Add files…</translation>
    </message>
    <message>
        <source>Paste screenshot</source>
        <translation>Paste screenshot</translation>
    </message>
    <message>
        <source>Add the picture or files on the clipboard (Ctrl+V).</source>
        <translation>Add the picture or files on the clipboard (Ctrl+V).</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Open</translation>
    </message>
    <message>
        <source>Move up (Alt+↑)</source>
        <translation>Move up (Alt+↑)</translation>
    </message>
    <message>
        <source>Sort by kind</source>
        <translation>Sort by kind</translation>
    </message>
    <message>
        <source>Move down (Alt+↓)</source>
        <translation>Move down (Alt+↓)</translation>
    </message>
    <message>
        <source>Remove (Delete)</source>
        <translation>Remove (Delete)</translation>
    </message>
    <message>
        <source>Move</source>
        <translation>Move</translation>
    </message>
    <message>
        <source>Put the evidence in the bundle in kind order: purchase, contract, payment, chat, promotion, refund, other.</source>
        <translation>Put the evidence in the bundle in kind order: purchase, contract, payment, chat, promotion, refund, other.</translation>
    </message>
    <message>
        <source>Drag files or folders here, or paste a screenshot. Drag the thumbnails to set their order in the bundle; double-click one to view it.</source>
        <translation>Drag files or folders here, or paste a screenshot. Drag the thumbnails to set their order in the bundle; double-click one to view it.</translation>
    </message>
    <message>
        <source>Evidence, in bundle order</source>
        <translation>Evidence, in bundle order</translation>
    </message>
    <message>
        <source>Undo</source>
        <translation>Undo</translation>
    </message>
    <message>
        <source>Trash ({count})</source>
        <translation>Trash ({count})</translation>
    </message>
    <message>
        <source>Add evidence files</source>
        <translation>Add evidence files</translation>
    </message>
    <message>
        <source>The clipboard holds no picture and no files to add.</source>
        <translation>The clipboard holds no picture and no files to add.</translation>
    </message>
</context>
<context>
    <name>EvidenceSearch</name>
    <message>
        <source>Search inside the evidence…</source>
        <translation>Search inside the evidence…</translation>
    </message>
    <message>
        <source>Search inside the evidence</source>
        <translation>Search inside the evidence</translation>
    </message>
    <message>
        <source>No evidence holds these words.</source>
        <translation>No evidence holds these words.</translation>
    </message>
</context>
<context>
    <name>EvidenceViewer</name>
    <message>
        <source>Redact…</source>
        <translation>Redact…</translation>
    </message>
    <message>
        <source>Cover ID numbers, bank cards and other people&apos;s details in the copy the bundle shows; the original stays as it is.</source>
        <translation>Cover ID numbers, bank cards and other people&apos;s details in the copy the bundle shows; the original stays as it is.</translation>
    </message>
    <message>
        <source>Zoom in</source>
        <translation>Zoom in</translation>
    </message>
    <message>
        <source>Zoom out</source>
        <translation>Zoom out</translation>
    </message>
    <message>
        <source>Fit width</source>
        <translation>Fit width</translation>
    </message>
    <message>
        <source>Actual size</source>
        <translation>Actual size</translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation>Loading…</translation>
    </message>
    <message>
        <source>Rendering page {page} of {pages}…</source>
        <translation>Rendering page {page} of {pages}…</translation>
    </message>
    <message>
        <source>Only the first {count} pages are shown here; the bundle contains them all.</source>
        <translation>Only the first {count} pages are shown here; the bundle contains them all.</translation>
    </message>
    <message>
        <source>This file cannot be shown: {error}</source>
        <translation>This file cannot be shown: {error}</translation>
    </message>
    <message>
        <source>File name</source>
        <translation>File name</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Type</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>Size</translation>
    </message>
    <message>
        <source>SHA-256</source>
        <translation>SHA-256</translation>
    </message>
    <message>
        <source>Imported</source>
        <translation>Imported</translation>
    </message>
    <message>
        <source>This file cannot be shown inside the bundle. The bundle lists its name, size and SHA-256 fingerprint and marks it “original submitted separately”: hand the original file over together with the bundle.</source>
        <translation>This file cannot be shown inside the bundle. The bundle lists its name, size and SHA-256 fingerprint and marks it “original submitted separately”: hand the original file over together with the bundle.</translation>
    </message>
    <message>
        <source>Only the first {shown} of {total} messages are shown here; the original file holds them all.</source>
        <translation>Only the first {shown} of {total} messages are shown here; the original file holds them all.</translation>
    </message>
    <message numerus="yes">
        <source>%n area(s) redacted</source>
        <translation>
            <numerusform>%n area redacted</numerusform>
            <numerusform>%n areas redacted</numerusform>
        </translation>
    </message>
    <message>
        <source>Cannot redact this file: {error}</source>
        <translation>Cannot redact this file: {error}</translation>
    </message>
    <message>
        <source>Making the redacted copy…</source>
        <translation>Making the redacted copy…</translation>
    </message>
    <message>
        <source>No areas are redacted: the bundle shows the original.</source>
        <translation>No areas are redacted: the bundle shows the original.</translation>
    </message>
    <message numerus="yes">
        <source>Saved: %n area(s) redacted. The bundle shows the redacted copy; the original is unchanged.</source>
        <translation>
            <numerusform>Saved: %n area redacted. The bundle shows the redacted copy; the original is unchanged.</numerusform>
            <numerusform>Saved: %n areas redacted. The bundle shows the redacted copy; the original is unchanged.</numerusform>
        </translation>
    </message>
    <message>
        <source>The redaction was not saved: {error}</source>
        <translation>The redaction was not saved: {error}</translation>
    </message>
    <message>
        <source>Nothing to suggest: no ID, bank card or other phone number was found in the text recognised on this picture (or none was recognised yet).</source>
        <translation>Nothing to suggest: no ID, bank card or other phone number was found in the text recognised on this picture (or none was recognised yet).</translation>
    </message>
    <message numerus="yes">
        <source>%n box(es) suggested over ID, bank card or phone numbers: check them, then save.</source>
        <translation>
            <numerusform>%n box(es) suggested over ID, bank card or phone numbers: check them, then save.</numerusform>
            <numerusform>%n box(es) suggested over ID, bank card or phone numbers: check them, then save.</numerusform>
        </translation>
    </message>
    <message>
        <source>Unsaved redaction</source>
        <translation>Unsaved redaction</translation>
    </message>
    <message>
        <source>The boxes you drew are not saved. Discard them?</source>
        <translation>The boxes you drew are not saved. Discard them?</translation>
    </message>
</context>
<context>
    <name>Export</name>
    <message>
        <source>Market regulator (12315)</source>
        <translation>Market regulator (12315)</translation>
    </message>
    <message>
        <source>Consumer association</source>
        <translation>Consumer association</translation>
    </message>
    <message>
        <source>Chinese</source>
        <translation>Chinese</translation>
    </message>
    <message>
        <source>English</source>
        <translation>English</translation>
    </message>
</context>
<context>
    <name>ExportHistory</name>
    <message>
        <source>Unchanged</source>
        <translation>Unchanged</translation>
    </message>
    <message>
        <source>Changed since the export</source>
        <translation>Changed since the export</translation>
    </message>
    <message>
        <source>Moved or deleted</source>
        <translation>Moved or deleted</translation>
    </message>
    <message>
        <source>Place not recorded</source>
        <translation>Place not recorded</translation>
    </message>
    <message>
        <source>Checking…</source>
        <translation>Checking…</translation>
    </message>
    <message>
        <source>Earlier exports</source>
        <translation>Earlier exports</translation>
    </message>
    <message>
        <source>Date (Beijing)</source>
        <translation>Date (Beijing)</translation>
    </message>
    <message>
        <source>Sent to</source>
        <translation>Sent to</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Language</translation>
    </message>
    <message>
        <source>Pages</source>
        <translation>Pages</translation>
    </message>
    <message>
        <source>SHA-256</source>
        <translation>SHA-256</translation>
    </message>
    <message>
        <source>File</source>
        <translation>File</translation>
    </message>
    <message>
        <source>The file now</source>
        <translation>The file now</translation>
    </message>
    <message>
        <source>Draft for %1</source>
        <translation>Draft for %1</translation>
    </message>
    <message>
        <source>Every page is marked 草稿 (draft): for checking, not for filing.</source>
        <translation>Every page is marked 草稿 (draft): for checking, not for filing.</translation>
    </message>
    <message>
        <source>Where this bundle was saved was not recorded (an export from before the app kept it).</source>
        <translation>Where this bundle was saved was not recorded (an export from before the app kept it).</translation>
    </message>
    <message>
        <source>The file is no longer at %1: it was moved or deleted.</source>
        <translation>The file is no longer at %1: it was moved or deleted.</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Open</translation>
    </message>
    <message>
        <source>Show in folder</source>
        <translation>Show in folder</translation>
    </message>
    <message>
        <source>Copy path</source>
        <translation>Copy path</translation>
    </message>
</context>
<context>
    <name>ExportPanel</name>
    <message>
        <source>Bundle</source>
        <translation>Bundle</translation>
    </message>
    <message>
        <source>Send to:</source>
        <translation>Send to:</translation>
    </message>
    <message>
        <source>Save as:</source>
        <translation>Save as:</translation>
    </message>
    <message>
        <source>Bundle language:</source>
        <translation>Bundle language:</translation>
    </message>
    <message>
        <source>Chinese</source>
        <translation>Chinese</translation>
    </message>
    <message>
        <source>English</source>
        <translation>English</translation>
    </message>
    <message>
        <source>Attach the original PDF files after their exhibit pages</source>
        <translation>Attach the original PDF files after their exhibit pages</translation>
    </message>
    <message>
        <source>Also save a ZIP with the PDF, all original files and a checksum list</source>
        <translation>Also save a ZIP with the PDF, all original files and a checksum list</translation>
    </message>
    <message>
        <source>Add a letter of authorisation (filed by an agent)</source>
        <translation>Add a letter of authorisation (filed by an agent)</translation>
    </message>
    <message>
        <source>A 授权委托书 page for the consumer to sign, naming the agent from the case details: needed when someone else files the complaint (Art. 11 of the 2026 complaint measures).</source>
        <translation>A 授权委托书 page for the consumer to sign, naming the agent from the case details: needed when someone else files the complaint (Art. 11 of the 2026 complaint measures).</translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation>Choose…</translation>
    </message>
    <message>
        <source>Export PDF</source>
        <translation>Export PDF</translation>
    </message>
    <message>
        <source>Export draft</source>
        <translation>Export draft</translation>
    </message>
    <message>
        <source>Every page is marked 草稿 (draft): for checking, not for filing.</source>
        <translation>Every page is marked 草稿 (draft): for checking, not for filing.</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <source>Open PDF</source>
        <translation>Open PDF</translation>
    </message>
    <message>
        <source>Show in folder</source>
        <translation>Show in folder</translation>
    </message>
    <message>
        <source>The complaint is not complete for the market regulator (see the pre-flight check). Complete it, or export a draft.</source>
        <translation>The complaint is not complete for the market regulator (see the pre-flight check). Complete it, or export a draft.</translation>
    </message>
    <message>
        <source>Type where to save the PDF, or choose a folder.</source>
        <translation>Type where to save the PDF, or choose a folder.</translation>
    </message>
    <message>
        <source>Saved as “{name}”: a bundle is always a .pdf file.</source>
        <translation>Saved as “{name}”: a bundle is always a .pdf file.</translation>
    </message>
    <message>
        <source>A file of this name exists: the export asks before replacing it.</source>
        <translation>A file of this name exists: the export asks before replacing it.</translation>
    </message>
    <message>
        <source>Save the evidence bundle as</source>
        <translation>Save the evidence bundle as</translation>
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation>PDF files (*.pdf)</translation>
    </message>
    <message>
        <source>The export is blocked until the pre-flight check passes.</source>
        <translation>The export is blocked until the pre-flight check passes.</translation>
    </message>
    <message>
        <source>Replace the earlier bundle?</source>
        <translation>Replace the earlier bundle?</translation>
    </message>
    <message>
        <source>“{name}” already exists in {folder}. An earlier bundle may have been sent with its fingerprint.</source>
        <translation>“{name}” already exists in {folder}. An earlier bundle may have been sent with its fingerprint.</translation>
    </message>
    <message>
        <source>Save as “{name}”</source>
        <translation>Save as “{name}”</translation>
    </message>
    <message>
        <source>Replace</source>
        <translation>Replace</translation>
    </message>
    <message>
        <source>Checking the originals and laying out the bundle…</source>
        <translation>Checking the originals and laying out the bundle…</translation>
    </message>
    <message>
        <source>Cancelling…</source>
        <translation>Cancelling…</translation>
    </message>
    <message>
        <source>Step {done} of {total}: {label}</source>
        <translation>Step {done} of {total}: {label}</translation>
    </message>
    <message>
        <source>Saved {name}: {pages} pages, SHA-256 {digest}…</source>
        <translation>Saved {name}: {pages} pages, SHA-256 {digest}…</translation>
    </message>
    <message>
        <source>Cancelled. No file was written.</source>
        <translation>Cancelled. No file was written.</translation>
    </message>
    <message>
        <source>The export failed.</source>
        <translation>The export failed.</translation>
    </message>
</context>
<context>
    <name>FactProposalDialog</name>
    <message>
        <source>Kind of exhibit {n}</source>
        <translation>Kind of exhibit {n}</translation>
    </message>
    <message>
        <source>Date of exhibit {n}</source>
        <translation>Date of exhibit {n}</translation>
    </message>
    <message>
        <source>Facts found in the screenshots</source>
        <translation>Facts found in the screenshots</translation>
    </message>
    <message>
        <source>Tick the facts to put into the case; correct a value by editing it. The picture shows where each was read.</source>
        <translation>Tick the facts to put into the case; correct a value by editing it. The picture shows where each was read.</translation>
    </message>
    <message>
        <source>Fact</source>
        <translation>Fact</translation>
    </message>
    <message>
        <source>In the case now</source>
        <translation>In the case now</translation>
    </message>
    <message>
        <source>Found (editable)</source>
        <translation>Found (editable)</translation>
    </message>
    <message>
        <source>Shown by</source>
        <translation>Shown by</translation>
    </message>
    <message>
        <source>Put ticked facts into the case</source>
        <translation>Put ticked facts into the case</translation>
    </message>
    <message>
        <source>Exhibit {n} 「{title}」</source>
        <translation>Exhibit {n} 「{title}」</translation>
    </message>
    <message>
        <source>Exhibit {n} 「{title}」: {line}</source>
        <translation>Exhibit {n} 「{title}」: {line}</translation>
    </message>
    <message>
        <source>Not saved: {error}</source>
        <translation>Not saved: {error}</translation>
    </message>
</context>
<context>
    <name>FormFields</name>
    <message>
        <source>Cannot be negative.</source>
        <translation>Cannot be negative.</translation>
    </message>
    <message>
        <source>Too large: at most 999,999,999.99.</source>
        <translation>Too large: at most 999,999,999.99.</translation>
    </message>
    <message>
        <source>At most two decimal places.</source>
        <translation>At most two decimal places.</translation>
    </message>
    <message>
        <source>At most two decimal places (fen).</source>
        <translation>At most two decimal places (fen).</translation>
    </message>
    <message>
        <source>Unclear where the decimal point is: write 12.5</source>
        <translation>Unclear where the decimal point is: write 12.5</translation>
    </message>
    <message>
        <source>Unclear where the decimal point is: write 1299.50 or 1,299.50</source>
        <translation>Unclear where the decimal point is: write 1299.50 or 1,299.50</translation>
    </message>
    <message>
        <source>At most 100%.</source>
        <translation>At most 100%.</translation>
    </message>
    <message>
        <source>Not a percentage: type a number from 0 to 100, e.g. 12.5</source>
        <translation>Not a percentage: type a number from 0 to 100, e.g. 12.5</translation>
    </message>
    <message>
        <source>Not an amount: type digits, e.g. 199.50</source>
        <translation>Not an amount: type digits, e.g. 199.50</translation>
    </message>
    <message>
        <source>= ¥%1</source>
        <translation>= ¥%1</translation>
    </message>
    <message>
        <source>= %1%</source>
        <translation>= %1%</translation>
    </message>
    <message>
        <source>not set</source>
        <translation>not set</translation>
    </message>
    <message>
        <source>Set</source>
        <translation>Set</translation>
    </message>
    <message>
        <source>Clear</source>
        <translation>Clear</translation>
    </message>
    <message>
        <source>Pick the date and time; nothing is saved until you change the starting point shown</source>
        <translation>Pick the date and time; nothing is saved until you change the starting point shown</translation>
    </message>
    <message>
        <source>Change it to when this happened; it is not saved until you do.</source>
        <translation>Change it to when this happened; it is not saved until you do.</translation>
    </message>
    <message>
        <source>Leave empty</source>
        <translation>Leave empty</translation>
    </message>
    <message>
        <source>Kuaishou</source>
        <translation>Kuaishou</translation>
    </message>
    <message>
        <source>Other platform</source>
        <translation>Other platform</translation>
    </message>
    <message>
        <source>In progress</source>
        <translation>In progress</translation>
    </message>
    <message>
        <source>Complaint filed</source>
        <translation>Complaint filed</translation>
    </message>
    <message>
        <source>Resolved</source>
        <translation>Resolved</translation>
    </message>
    <message>
        <source>Closed</source>
        <translation>Closed</translation>
    </message>
    <message>
        <source>Not requested yet</source>
        <translation>Not requested yet</translation>
    </message>
    <message>
        <source>Requested, waiting</source>
        <translation>Requested, waiting</translation>
    </message>
    <message>
        <source>Refused by the merchant</source>
        <translation>Refused by the merchant</translation>
    </message>
    <message>
        <source>Partly refunded</source>
        <translation>Partly refunded</translation>
    </message>
    <message>
        <source>Fully refunded</source>
        <translation>Fully refunded</translation>
    </message>
</context>
<context>
    <name>ImportProgress</name>
    <message>
        <source>Cancel</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <source>Copy list</source>
        <translation>Copy list</translation>
    </message>
    <message>
        <source>Copy the refused files and their reasons to the clipboard.</source>
        <translation>Copy the refused files and their reasons to the clipboard.</translation>
    </message>
    <message>
        <source>Dismiss</source>
        <translation>Dismiss</translation>
    </message>
    <message>
        <source>Preparing the import…</source>
        <translation>Preparing the import…</translation>
    </message>
    <message>
        <source>Importing {done} of {total}: {name}</source>
        <translation>Importing {done} of {total}: {name}</translation>
    </message>
    <message numerus="yes">
        <source>Added %n file(s).</source>
        <translation>
            <numerusform>Added %n file.</numerusform>
            <numerusform>Added %n files.</numerusform>
        </translation>
    </message>
    <message>
        <source>already in this case as “{title}”</source>
        <translation>already in this case as “{title}”</translation>
    </message>
    <message>
        <source>The import stopped: {error}</source>
        <translation>The import stopped: {error}</translation>
    </message>
    <message>
        <source>{count} refused (see the reasons below).</source>
        <translation>{count} refused (see the reasons below).</translation>
    </message>
    <message>
        <source>{count} already in this case.</source>
        <translation>{count} already in this case.</translation>
    </message>
    <message>
        <source>Import cancelled; the files after that point were not added.</source>
        <translation>Import cancelled; the files after that point were not added.</translation>
    </message>
</context>
<context>
    <name>ImportReason</name>
    <message>
        <source>file does not exist</source>
        <translation>file does not exist</translation>
    </message>
    <message>
        <source>file is larger than the 2 GiB limit</source>
        <translation>file is larger than the 2 GiB limit</translation>
    </message>
    <message>
        <source>not enough disk space to store the file; nothing was changed</source>
        <translation>not enough disk space to store the file; nothing was changed</translation>
    </message>
    <message>
        <source>the file is larger than this computer lets the app write (file size limit); nothing was changed</source>
        <translation>the file is larger than this computer lets the app write (file size limit); nothing was changed</translation>
    </message>
    <message>
        <source>the data folder is read-only; nothing was changed</source>
        <translation>the data folder is read-only; nothing was changed</translation>
    </message>
    <message>
        <source>permission denied when storing the file in the data folder; nothing was changed</source>
        <translation>permission denied when storing the file in the data folder; nothing was changed</translation>
    </message>
    <message>
        <source>permission denied when reading the file</source>
        <translation>permission denied when reading the file</translation>
    </message>
    <message>
        <source>cannot store the file in the data folder ({error}); nothing was changed</source>
        <translation>cannot store the file in the data folder ({error}); nothing was changed</translation>
    </message>
    <message>
        <source>cannot read the file ({error})</source>
        <translation>cannot read the file ({error})</translation>
    </message>
    <message>
        <source>file could not be read as evidence: {error}</source>
        <translation>file could not be read as evidence: {error}</translation>
    </message>
    <message>
        <source>file could not be read as {suffix}: {error}</source>
        <translation>file could not be read as {suffix}: {error}</translation>
    </message>
    <message>
        <source>file cannot be read ({error})</source>
        <translation>file cannot be read ({error})</translation>
    </message>
    <message>
        <source>not a regular file</source>
        <translation>not a regular file</translation>
    </message>
    <message>
        <source>file is empty</source>
        <translation>file is empty</translation>
    </message>
    <message>
        <source>file is too large ({size} GB; limit {limit} GB)</source>
        <translation>file is too large ({size} GB; limit {limit} GB)</translation>
    </message>
    <message>
        <source>file content is not a {kind} image (it looks like {what})</source>
        <translation>file content is not a {kind} image (it looks like {what})</translation>
    </message>
    <message>
        <source>file content is not a PDF document (it looks like {what})</source>
        <translation>file content is not a PDF document (it looks like {what})</translation>
    </message>
    <message>
        <source>file content is not text (it looks like {what})</source>
        <translation>file content is not text (it looks like {what})</translation>
    </message>
    <message>
        <source>{kind} image is truncated or damaged</source>
        <translation>{kind} image is truncated or damaged</translation>
    </message>
    <message>
        <source>image is too large ({width}×{height} pixels; limit {limit} megapixels) — possible decompression bomb</source>
        <translation>image is too large ({width}×{height} pixels; limit {limit} megapixels) — possible decompression bomb</translation>
    </message>
    <message>
        <source>image is too large (limit {limit} megapixels) — possible decompression bomb</source>
        <translation>image is too large (limit {limit} megapixels) — possible decompression bomb</translation>
    </message>
    <message>
        <source>PDF has no pages</source>
        <translation>PDF has no pages</translation>
    </message>
    <message>
        <source>PDF is damaged and cannot be opened</source>
        <translation>PDF is damaged and cannot be opened</translation>
    </message>
    <message>
        <source>PDF is password-protected</source>
        <translation>PDF is password-protected</translation>
    </message>
    <message>
        <source>text file is too large to read ({size} MB; limit {limit} MB)</source>
        <translation>text file is too large to read ({size} MB; limit {limit} MB)</translation>
    </message>
    <message>
        <source>text file says it is {encoding} but contains invalid bytes</source>
        <translation>text file says it is {encoding} but contains invalid bytes</translation>
    </message>
    <message>
        <source>file is not readable text (unknown encoding or binary data)</source>
        <translation>file is not readable text (unknown encoding or binary data)</translation>
    </message>
    <message>
        <source>file contains binary data (NUL bytes), not text</source>
        <translation>file contains binary data (NUL bytes), not text</translation>
    </message>
    <message>
        <source>file contains binary data, not text</source>
        <translation>file contains binary data, not text</translation>
    </message>
    <message>
        <source>its bytes no longer match its SHA-256 (they hash to {actual}); the vault copy is damaged</source>
        <translation>its bytes no longer match its SHA-256 (they hash to {actual}); the vault copy is damaged</translation>
    </message>
    <message>
        <source>is inside the app&apos;s own data folder (the case database and the originals); add your own files instead</source>
        <translation>is inside the app&apos;s own data folder (the case database and the originals); add your own files instead</translation>
    </message>
    <message>
        <source>the folder holds no file to add</source>
        <translation>the folder holds no file to add</translation>
    </message>
    <message>
        <source>the folder cannot be read ({error})</source>
        <translation>the folder cannot be read ({error})</translation>
    </message>
    <message>
        <source>chat log has more than {limit} messages; split it into parts of at most {limit}</source>
        <translation>chat log has more than {limit} messages; split it into parts of at most {limit}</translation>
    </message>
    <message>
        <source>animation has more than {limit} frames; the app reads at most {limit}</source>
        <translation>animation has more than {limit} frames; the app reads at most {limit}</translation>
    </message>
    <message>
        <source>the picture carries embedded text (metadata) over the {limit} MB the app reads</source>
        <translation>the picture carries embedded text (metadata) over the {limit} MB the app reads</translation>
    </message>
    <message>
        <source>unrecognised binary data</source>
        <translation>unrecognised binary data</translation>
    </message>
    <message>
        <source>a PNG image</source>
        <translation>a PNG image</translation>
    </message>
    <message>
        <source>a JPEG image</source>
        <translation>a JPEG image</translation>
    </message>
    <message>
        <source>a WebP image</source>
        <translation>a WebP image</translation>
    </message>
    <message>
        <source>a GIF image</source>
        <translation>a GIF image</translation>
    </message>
    <message>
        <source>a BMP image</source>
        <translation>a BMP image</translation>
    </message>
    <message>
        <source>a HEIC image</source>
        <translation>a HEIC image</translation>
    </message>
    <message>
        <source>a PDF document</source>
        <translation>a PDF document</translation>
    </message>
    <message>
        <source>a ZIP archive or Office document</source>
        <translation>a ZIP archive or Office document</translation>
    </message>
    <message>
        <source>a RAR archive</source>
        <translation>a RAR archive</translation>
    </message>
    <message>
        <source>a 7-Zip archive</source>
        <translation>a 7-Zip archive</translation>
    </message>
    <message>
        <source>a gzip archive</source>
        <translation>a gzip archive</translation>
    </message>
    <message>
        <source>an MP4/MOV video</source>
        <translation>an MP4/MOV video</translation>
    </message>
    <message>
        <source>an MP3 audio file</source>
        <translation>an MP3 audio file</translation>
    </message>
    <message>
        <source>an HTML page</source>
        <translation>an HTML page</translation>
    </message>
    <message>
        <source>text</source>
        <translation>text</translation>
    </message>
</context>
<context>
    <name>JointDialog</name>
    <message>
        <source>Joint complaints</source>
        <translation>Joint complaints</translation>
    </message>
    <message>
        <source>Suggested: cases against the same business</source>
        <translation>Suggested: cases against the same business</translation>
    </message>
    <message>
        <source>How they agreed:</source>
        <translation>How they agreed:</translation>
    </message>
    <message>
        <source>e.g. signed the election, WeChat message of 1 December</source>
        <translation>e.g. signed the election, WeChat message of 1 December</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <source>Suggested groups</source>
        <translation>Suggested groups</translation>
    </message>
    <message>
        <source>Complainants</source>
        <translation>Complainants</translation>
    </message>
    <message>
        <source>Make a joint complaint of this group</source>
        <translation>Make a joint complaint of this group</translation>
    </message>
    <message>
        <source>Add the open case</source>
        <translation>Add the open case</translation>
    </message>
    <message>
        <source>Take out</source>
        <translation>Take out</translation>
    </message>
    <message>
        <source>Election of representatives…</source>
        <translation>Election of representatives…</translation>
    </message>
    <message>
        <source>Export joint bundle…</source>
        <translation>Export joint bundle…</translation>
    </message>
    <message>
        <source>Edit…</source>
        <translation>Edit…</translation>
    </message>
    <message>
        <source>Draft</source>
        <translation>Draft</translation>
    </message>
    <message>
        <source>Recipient</source>
        <translation>Recipient</translation>
    </message>
    <message>
        <source>Every page marked 草稿 (DRAFT): possible while a complainant&apos;s case still lacks what Art. 10 asks for</source>
        <translation>Every page marked 草稿 (DRAFT): possible while a complainant&apos;s case still lacks what Art. 10 asks for</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>Code</translation>
    </message>
    <message>
        <source>Complainant</source>
        <translation>Complainant</translation>
    </message>
    <message>
        <source>Order number</source>
        <translation>Order number</translation>
    </message>
    <message>
        <source>Paid</source>
        <translation>Paid</translation>
    </message>
    <message>
        <source>Consented</source>
        <translation>Consented</translation>
    </message>
    <message>
        <source>When and how</source>
        <translation>When and how</translation>
    </message>
    <message>
        <source>Representative</source>
        <translation>Representative</translation>
    </message>
    <message>
        <source> (not ready)</source>
        <translation> (not ready)</translation>
    </message>
    <message numerus="yes">
        <source>%1: %n case(s) (%2)</source>
        <translation>
            <numerusform>%1: %n case (%2)</numerusform>
            <numerusform>%1: %n cases (%2)</numerusform>
        </translation>
    </message>
    <message>
        <source>No joint complaint yet: group a suggestion, or cases you choose.</source>
        <translation>No joint complaint yet: group a suggestion, or cases you choose.</translation>
    </message>
    <message>
        <source>A joint complaint needs two complainants or more.</source>
        <translation>A joint complaint needs two complainants or more.</translation>
    </message>
    <message>
        <source>No consent recorded yet: %1.</source>
        <translation>No consent recorded yet: %1.</translation>
    </message>
    <message>
        <source>Elect one or two representatives among those who consented.</source>
        <translation>Elect one or two representatives among those who consented.</translation>
    </message>
    <message>
        <source>Ready to file: print the election for signatures, then export.</source>
        <translation>Ready to file: print the election for signatures, then export.</translation>
    </message>
    <message>
        <source>recorded in the app</source>
        <translation>recorded in the app</translation>
    </message>
    <message>
        <source>At most two representatives may be elected.</source>
        <translation>At most two representatives may be elected.</translation>
    </message>
    <message>
        <source>Save as</source>
        <translation>Save as</translation>
    </message>
    <message>
        <source>PDF (*.pdf)</source>
        <translation>PDF (*.pdf)</translation>
    </message>
    <message>
        <source>Writing %1…</source>
        <translation>Writing %1…</translation>
    </message>
    <message>
        <source>Step %1 of %2: %3</source>
        <translation>Step %1 of %2: %3</translation>
    </message>
    <message>
        <source>Cancelled. No file was written.</source>
        <translation>Cancelled. No file was written.</translation>
    </message>
    <message numerus="yes">
        <source>Saved %1 (%n page(s)).</source>
        <translation>
            <numerusform>Saved %1 (%n page).</numerusform>
            <numerusform>Saved %1 (%n pages).</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>JointEditor</name>
    <message>
        <source>Title</source>
        <translation>Title</translation>
    </message>
    <message>
        <source>Requests (empty: drafted from each complainant&apos;s case)</source>
        <translation>Requests (empty: drafted from each complainant&apos;s case)</translation>
    </message>
    <message>
        <source>Facts shared by all (optional)</source>
        <translation>Facts shared by all (optional)</translation>
    </message>
    <message>
        <source>Edit the joint complaint</source>
        <translation>Edit the joint complaint</translation>
    </message>
    <message>
        <source>One request a line</source>
        <translation>One request a line</translation>
    </message>
    <message>
        <source>Each complainant&apos;s own facts are told in the letter already</source>
        <translation>Each complainant&apos;s own facts are told in the letter already</translation>
    </message>
</context>
<context>
    <name>JointText</name>
    <message>
        <source>Not ready for the market regulator: each complainant&apos;s case needs what Art. 10 asks for and consistent facts (a draft can still be exported).</source>
        <translation>Not ready for the market regulator: each complainant&apos;s case needs what Art. 10 asks for and consistent facts (a draft can still be exported).</translation>
    </message>
    <message>
        <source>A joint complaint needs two complainants or more.</source>
        <translation>A joint complaint needs two complainants or more.</translation>
    </message>
    <message>
        <source>At most two representatives may be elected.</source>
        <translation>At most two representatives may be elected.</translation>
    </message>
    <message>
        <source>A representative is elected among those who consented: record their consent first.</source>
        <translation>A representative is elected among those who consented: record their consent first.</translation>
    </message>
    <message>
        <source>A joint complaint needs a title.</source>
        <translation>A joint complaint needs a title.</translation>
    </message>
    <message>
        <source>The case 「%1」 names no merchant: say whom the complaint is against.</source>
        <translation>The case 「%1」 names no merchant: say whom the complaint is against.</translation>
    </message>
    <message>
        <source>The case 「%1」 is against another business: a joint complaint is against one (Art. 12).</source>
        <translation>The case 「%1」 is against another business: a joint complaint is against one (Art. 12).</translation>
    </message>
    <message>
        <source>Case %1 is already in a joint complaint.</source>
        <translation>Case %1 is already in a joint complaint.</translation>
    </message>
    <message>
        <source>Not ready to file: every complainant&apos;s consent and at least one representative are needed.</source>
        <translation>Not ready to file: every complainant&apos;s consent and at least one representative are needed.</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Cannot open your cases</source>
        <translation>Cannot open your cases</translation>
    </message>
    <message>
        <source>Case created with {n} screenshots as its evidence. Add more: drop files here or press Ctrl+V.</source>
        <translation>Case created with {n} screenshots as its evidence. Add more: drop files here or press Ctrl+V.</translation>
    </message>
    <message>
        <source>Not added: {reason}</source>
        <translation>Not added: {reason}</translation>
    </message>
    <message>
        <source>Case created. Now add your evidence: drop files here or press Ctrl+V.</source>
        <translation>Case created. Now add your evidence: drop files here or press Ctrl+V.</translation>
    </message>
    <message>
        <source>Opening the example case…</source>
        <translation>Opening the example case…</translation>
    </message>
    <message>
        <source>The example case is open. Change anything; it is yours to try.</source>
        <translation>The example case is open. Change anything; it is yours to try.</translation>
    </message>
    <message>
        <source>The example case you already have is open.</source>
        <translation>The example case you already have is open.</translation>
    </message>
    <message>
        <source>Could not do that</source>
        <translation>Could not do that</translation>
    </message>
    <message>
        <source>Open or create a case first, then paste a screenshot.</source>
        <translation>Open or create a case first, then paste a screenshot.</translation>
    </message>
    <message>
        <source>The new data folder is used the next time you start the app.</source>
        <translation>The new data folder is used the next time you start the app.</translation>
    </message>
    <message>
        <source>The office server is used the next time you start the app.</source>
        <translation>The office server is used the next time you start the app.</translation>
    </message>
    <message>
        <source>Could not save the settings</source>
        <translation>Could not save the settings</translation>
    </message>
    <message>
        <source>&amp;New case…</source>
        <translation>&amp;New case…</translation>
    </message>
    <message>
        <source>Open &amp;example case</source>
        <translation>Open &amp;example case</translation>
    </message>
    <message>
        <source>&amp;Export…</source>
        <translation>&amp;Export…</translation>
    </message>
    <message>
        <source>&amp;To-do: deadlines of all cases…</source>
        <translation>&amp;To-do: deadlines of all cases…</translation>
    </message>
    <message>
        <source>&amp;Settings…</source>
        <translation>&amp;Settings…</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Quit</translation>
    </message>
    <message>
        <source>&amp;Paste evidence</source>
        <translation>&amp;Paste evidence</translation>
    </message>
    <message>
        <source>&amp;Find case</source>
        <translation>&amp;Find case</translation>
    </message>
    <message>
        <source>&amp;About</source>
        <translation>&amp;About</translation>
    </message>
    <message>
        <source>Export case &amp;archive…</source>
        <translation>Export case &amp;archive…</translation>
    </message>
    <message>
        <source>&amp;Import case archive…</source>
        <translation>&amp;Import case archive…</translation>
    </message>
    <message>
        <source>Move case to &amp;trash</source>
        <translation>Move case to &amp;trash</translation>
    </message>
    <message>
        <source>&amp;Joint complaints…</source>
        <translation>&amp;Joint complaints…</translation>
    </message>
    <message>
        <source>&amp;Case</source>
        <translation>&amp;Case</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>&amp;Edit</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Help</translation>
    </message>
    <message>
        <source>Overview</source>
        <translation>Overview</translation>
    </message>
    <message>
        <source>Evidence</source>
        <translation>Evidence</translation>
    </message>
    <message>
        <source>Timeline</source>
        <translation>Timeline</translation>
    </message>
    <message>
        <source>Rules</source>
        <translation>Rules</translation>
    </message>
    <message>
        <source>Complaints</source>
        <translation>Complaints</translation>
    </message>
    <message>
        <source>Export</source>
        <translation>Export</translation>
    </message>
    <message>
        <source>The open case</source>
        <translation>The open case</translation>
    </message>
    <message>
        <source>Refund Evidence Organizer</source>
        <translation>Refund Evidence Organizer</translation>
    </message>
    <message>
        <source>About</source>
        <translation>About</translation>
    </message>
    <message>
        <source>Refund Evidence Organizer %1

Keeps the evidence for an online-course refund in order and makes the complaint file. Everything stays on this computer.</source>
        <translation>Refund Evidence Organizer %1

Keeps the evidence for an online-course refund in order and makes the complaint file. Everything stays on this computer.</translation>
    </message>
</context>
<context>
    <name>NewCaseWizard</name>
    <message>
        <source>Merchant company</source>
        <translation>Merchant company</translation>
    </message>
    <message>
        <source>Shop or streamer</source>
        <translation>Shop or streamer</translation>
    </message>
    <message>
        <source>Where did you buy the course?</source>
        <translation>Where did you buy the course?</translation>
    </message>
    <message>
        <source>Give the case a short title you will recognise later.</source>
        <translation>Give the case a short title you will recognise later.</translation>
    </message>
    <message>
        <source>The order</source>
        <translation>The order</translation>
    </message>
    <message>
        <source>Copy these from the order details. Leave empty what you cannot find.</source>
        <translation>Copy these from the order details. Leave empty what you cannot find.</translation>
    </message>
    <message>
        <source>The course</source>
        <translation>The course</translation>
    </message>
    <message>
        <source>When it starts and how much of it you have studied decide the refund.</source>
        <translation>When it starts and how much of it you have studied decide the refund.</translation>
    </message>
    <message>
        <source>Your refund so far</source>
        <translation>Your refund so far</translation>
    </message>
    <message>
        <source>Have you asked the merchant for a refund yet?</source>
        <translation>Have you asked the merchant for a refund yet?</translation>
    </message>
    <message>
        <source>You</source>
        <translation>You</translation>
    </message>
    <message>
        <source>A complaint needs your name, phone and address. Filled in from Settings.</source>
        <translation>A complaint needs your name, phone and address. Filled in from Settings.</translation>
    </message>
    <message>
        <source>A complaint needs your name, phone and address. Save them in Settings and every new case starts with them.</source>
        <translation>A complaint needs your name, phone and address. Save them in Settings and every new case starts with them.</translation>
    </message>
    <message>
        <source>For example: Kuaishou English course refund</source>
        <translation>For example: Kuaishou English course refund</translation>
    </message>
    <message>
        <source>Kuaishou → Me → Orders → open the course → Order details: “Order number” (long-press to copy).</source>
        <translation>Kuaishou → Me → Orders → open the course → Order details: “Order number” (long-press to copy).</translation>
    </message>
    <message>
        <source>The product name at the top of the order details.</source>
        <translation>The product name at the top of the order details.</translation>
    </message>
    <message>
        <source>“Amount paid” in the order details.</source>
        <translation>“Amount paid” in the order details.</translation>
    </message>
    <message>
        <source>“Payment time” in the order details, or in your WeChat Pay / Alipay bill.</source>
        <translation>“Payment time” in the order details, or in your WeChat Pay / Alipay bill.</translation>
    </message>
    <message>
        <source>Order details → shop name → shop page → Qualifications: the company name on the business licence.</source>
        <translation>Order details → shop name → shop page → Qualifications: the company name on the business licence.</translation>
    </message>
    <message>
        <source>The streamer or shop that sold the course.</source>
        <translation>The streamer or shop that sold the course.</translation>
    </message>
    <message>
        <source>On the course page, or in the class notice you got after buying.</source>
        <translation>On the course page, or in the class notice you got after buying.</translation>
    </message>
    <message>
        <source>Course page → study record. If unsure: lessons watched ÷ all lessons × 100.</source>
        <translation>Course page → study record. If unsure: lessons watched ÷ all lessons × 100.</translation>
    </message>
    <message>
        <source>For example the live stream promised “pass in 7 days or your money back”, and it was not true.</source>
        <translation>For example the live stream promised “pass in 7 days or your money back”, and it was not true.</translation>
    </message>
    <message>
        <source>Kuaishou → Me → Orders → After-sales / Refunds shows the refund progress.</source>
        <translation>Kuaishou → Me → Orders → After-sales / Refunds shows the refund progress.</translation>
    </message>
    <message>
        <source>“Request time” in the refund details.</source>
        <translation>“Request time” in the refund details.</translation>
    </message>
    <message>
        <source>Money already back in your account; leave empty if none.</source>
        <translation>Money already back in your account; leave empty if none.</translation>
    </message>
    <message>
        <source>Your real name, as on your ID card.</source>
        <translation>Your real name, as on your ID card.</translation>
    </message>
    <message>
        <source>A number the regulator can call you on.</source>
        <translation>A number the regulator can call you on.</translation>
    </message>
    <message>
        <source>Where letters about the complaint should go.</source>
        <translation>Where letters about the complaint should go.</translation>
    </message>
    <message>
        <source>In the app you bought from: Me → Orders → Order details: the order number.</source>
        <translation>In the app you bought from: Me → Orders → Order details: the order number.</translation>
    </message>
    <message>
        <source>The company on the shop&apos;s licence or qualifications page, or on the contract.</source>
        <translation>The company on the shop&apos;s licence or qualifications page, or on the contract.</translation>
    </message>
    <message>
        <source>The after-sales or refund page of the order shows the refund progress.</source>
        <translation>The after-sales or refund page of the order shows the refund progress.</translation>
    </message>
    <message>
        <source>New case</source>
        <translation>New case</translation>
    </message>
    <message>
        <source>Discard the new case?</source>
        <translation>Discard the new case?</translation>
    </message>
    <message>
        <source>What you typed in this wizard has not been saved. Discard it?</source>
        <translation>What you typed in this wizard has not been saved. Discard it?</translation>
    </message>
    <message>
        <source>Discard</source>
        <translation>Discard</translation>
    </message>
    <message>
        <source>Keep editing</source>
        <translation>Keep editing</translation>
    </message>
    <message>
        <source>Read from {file}: 「{words}」. Check it; change it if it is wrong.</source>
        <translation>Read from {file}: 「{words}」. Check it; change it if it is wrong.</translation>
    </message>
    <message>
        <source>{file} shows 「{value}」; what you typed is kept.</source>
        <translation>{file} shows 「{value}」; what you typed is kept.</translation>
    </message>
    <message>
        <source>{file} shows the same.</source>
        <translation>{file} shows the same.</translation>
    </message>
    <message>
        <source>The screenshots show different values, so nothing was filled in: {values}</source>
        <translation>The screenshots show different values, so nothing was filled in: {values}</translation>
    </message>
</context>
<context>
    <name>OfficeBox</name>
    <message>
        <source>Office server (several desks, one set of cases)</source>
        <translation>Office server (several desks, one set of cases)</translation>
    </message>
    <message>
        <source>Leave the server empty to keep the cases on this computer. Each desk enters the same server and database; the data folder above should then be the office&apos;s shared folder. A change takes effect the next time you start the app.</source>
        <translation>Leave the server empty to keep the cases on this computer. Each desk enters the same server and database; the data folder above should then be the office&apos;s shared folder. A change takes effect the next time you start the app.</translation>
    </message>
    <message>
        <source>Your name</source>
        <translation>Your name</translation>
    </message>
    <message>
        <source>Server</source>
        <translation>Server</translation>
    </message>
    <message>
        <source>Database</source>
        <translation>Database</translation>
    </message>
    <message>
        <source>User</source>
        <translation>User</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>Password</translation>
    </message>
    <message>
        <source>recorded with each change you make</source>
        <translation>recorded with each change you make</translation>
    </message>
    <message>
        <source>host name or address, optionally :port</source>
        <translation>host name or address, optionally :port</translation>
    </message>
    <message>
        <source>leave empty to keep the saved password</source>
        <translation>leave empty to keep the saved password</translation>
    </message>
    <message>
        <source>The password is kept in this computer&apos;s keyring, never in a file.</source>
        <translation>The password is kept in this computer&apos;s keyring, never in a file.</translation>
    </message>
    <message>
        <source>The only keyring on this computer keeps passwords in a plain file (%1), so no password is stored: the server must let this desk in without one.</source>
        <translation>The only keyring on this computer keeps passwords in a plain file (%1), so no password is stored: the server must let this desk in without one.</translation>
    </message>
    <message>
        <source>No keyring is available on this computer, so no password can be stored: the server must let this desk in without one.</source>
        <translation>No keyring is available on this computer, so no password can be stored: the server must let this desk in without one.</translation>
    </message>
    <message>
        <source>REFUND_EVIDENCE_DB_URL is set: that database is used, not these settings.</source>
        <translation>REFUND_EVIDENCE_DB_URL is set: that database is used, not these settings.</translation>
    </message>
</context>
<context>
    <name>OnlineFilingDialog</name>
    <message>
        <source>File online on 12315</source>
        <translation>File online on 12315</translation>
    </message>
    <message>
        <source>Open the 12315 complaint form (www.12315.cn, the 12315 app or mini program) next to this window and copy each field across. The texts say what the complaint letter says; check them before you submit.</source>
        <translation>Open the 12315 complaint form (www.12315.cn, the 12315 app or mini program) next to this window and copy each field across. The texts say what the complaint letter says; check them before you submit.</translation>
    </message>
    <message>
        <source>Open www.12315.cn</source>
        <translation>Open www.12315.cn</translation>
    </message>
    <message>
        <source>Preparing the texts…</source>
        <translation>Preparing the texts…</translation>
    </message>
    <message>
        <source>Your name</source>
        <translation>Your name</translation>
    </message>
    <message>
        <source>Your phone</source>
        <translation>Your phone</translation>
    </message>
    <message>
        <source>Your postal address</source>
        <translation>Your postal address</translation>
    </message>
    <message>
        <source>Your ID number</source>
        <translation>Your ID number</translation>
    </message>
    <message>
        <source>Respondent (the merchant&apos;s full name)</source>
        <translation>Respondent (the merchant&apos;s full name)</translation>
    </message>
    <message>
        <source>Respondent&apos;s address</source>
        <translation>Respondent&apos;s address</translation>
    </message>
    <message>
        <source>Shop on the platform</source>
        <translation>Shop on the platform</translation>
    </message>
    <message>
        <source>Which regulator (Art. 13)</source>
        <translation>Which regulator (Art. 13)</translation>
    </message>
    <message>
        <source>Order number</source>
        <translation>Order number</translation>
    </message>
    <message>
        <source>Goods or service</source>
        <translation>Goods or service</translation>
    </message>
    <message>
        <source>Purchase time</source>
        <translation>Purchase time</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>Amount</translation>
    </message>
    <message>
        <source>The problem, short</source>
        <translation>The problem, short</translation>
    </message>
    <message>
        <source>The problem, in full</source>
        <translation>The problem, in full</translation>
    </message>
    <message>
        <source>Your request</source>
        <translation>Your request</translation>
    </message>
    <message numerus="yes">
        <source>%n character(s)</source>
        <translation>
            <numerusform>%n character</numerusform>
            <numerusform>%n characters</numerusform>
        </translation>
    </message>
    <message>
        <source>empty</source>
        <translation>empty</translation>
    </message>
    <message>
        <source>Copy</source>
        <translation>Copy</translation>
    </message>
    <message>
        <source>Copied</source>
        <translation>Copied</translation>
    </message>
    <message>
        <source>Evidence pictures for upload</source>
        <translation>Evidence pictures for upload</translation>
    </message>
    <message>
        <source>Write the pictures…</source>
        <translation>Write the pictures…</translation>
    </message>
    <message>
        <source>Open the folder</source>
        <translation>Open the folder</translation>
    </message>
    <message>
        <source>Each exhibit becomes numbered pictures in the bundle&apos;s order: 证据1-1.jpg, 证据1-2.jpg, 证据2-1.jpg… Long screenshots are cut on blank rows, PDF pages and chat logs become pages. The 12315 form&apos;s limits are not published where this app could check them: if it refuses a picture, lower the limits and write again.</source>
        <translation>Each exhibit becomes numbered pictures in the bundle&apos;s order: 证据1-1.jpg, 证据1-2.jpg, 证据2-1.jpg… Long screenshots are cut on blank rows, PDF pages and chat logs become pages. The 12315 form&apos;s limits are not published where this app could check them: if it refuses a picture, lower the limits and write again.</translation>
    </message>
    <message>
        <source>Each picture at most</source>
        <translation>Each picture at most</translation>
    </message>
    <message>
        <source>and</source>
        <translation>and</translation>
    </message>
    <message>
        <source>Where to put the folder of pictures</source>
        <translation>Where to put the folder of pictures</translation>
    </message>
    <message numerus="yes">
        <source>%n picture(s) written to %1</source>
        <translation>
            <numerusform>%n picture written to %1</numerusform>
            <numerusform>%n pictures written to %1</numerusform>
        </translation>
    </message>
    <message>
        <source>Not turned into pictures (submit them as the form allows): %1</source>
        <translation>Not turned into pictures (submit them as the form allows): %1</translation>
    </message>
    <message>
        <source>The pictures were not written: %1</source>
        <translation>The pictures were not written: %1</translation>
    </message>
</context>
<context>
    <name>OverviewPanel</name>
    <message>
        <source>Save</source>
        <translation>Save</translation>
    </message>
    <message>
        <source>Save the case</source>
        <translation>Save the case</translation>
    </message>
    <message>
        <source>Changes are also saved automatically as you type.</source>
        <translation>Changes are also saved automatically as you type.</translation>
    </message>
    <message>
        <source>Unsaved changes…</source>
        <translation>Unsaved changes…</translation>
    </message>
    <message>
        <source>Saving…</source>
        <translation>Saving…</translation>
    </message>
    <message>
        <source>All changes saved</source>
        <translation>All changes saved</translation>
    </message>
    <message>
        <source>Not saved: please correct the field marked in red.</source>
        <translation>Not saved: please correct the field marked in red.</translation>
    </message>
    <message>
        <source>Not saved: someone else changed the same facts.</source>
        <translation>Not saved: someone else changed the same facts.</translation>
    </message>
    <message>
        <source>The check waits until “%1” is corrected.</source>
        <translation>The check waits until “%1” is corrected.</translation>
    </message>
</context>
<context>
    <name>PreflightList</name>
    <message>
        <source>Pre-flight check</source>
        <translation>Pre-flight check</translation>
    </message>
    <message>
        <source>Check again</source>
        <translation>Check again</translation>
    </message>
    <message>
        <source>Open a case to check it before export.</source>
        <translation>Open a case to check it before export.</translation>
    </message>
    <message>
        <source>Checking original {done} of {total}…</source>
        <translation>Checking original {done} of {total}…</translation>
    </message>
    <message>
        <source>Checking…</source>
        <translation>Checking…</translation>
    </message>
    <message>
        <source>The check could not be run: {error}</source>
        <translation>The check could not be run: {error}</translation>
    </message>
    <message>
        <source>the file is missing</source>
        <translation>the file is missing</translation>
    </message>
    <message>
        <source>Changed original: {item}. Expected SHA-256 {expected}…, found {found}.</source>
        <translation>Changed original: {item}. Expected SHA-256 {expected}…, found {found}.</translation>
    </message>
    <message>
        <source>Changed outside the app: {what}.</source>
        <translation>Changed outside the app: {what}.</translation>
    </message>
    <message>
        <source>Please correct: {problem}</source>
        <translation>Please correct: {problem}</translation>
    </message>
    <message>
        <source>Required for a complaint (Art. 10): {field}</source>
        <translation>Required for a complaint (Art. 10): {field}</translation>
    </message>
    <message>
        <source>Missing for the complaint: {field}</source>
        <translation>Missing for the complaint: {field}</translation>
    </message>
    <message>
        <source>No evidence of this kind yet: {kind}</source>
        <translation>No evidence of this kind yet: {kind}</translation>
    </message>
    <message numerus="yes">
        <source>%n original file(s) verified against their SHA-256 fingerprint.</source>
        <translation>
            <numerusform>%n original file verified against its SHA-256 fingerprint.</numerusform>
            <numerusform>%n original files verified against their SHA-256 fingerprint.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Export blocked: %n original file(s) no longer match the fingerprint taken at import. Restore them from a backup, or remove them from the case.</source>
        <translation>
            <numerusform>Export blocked: %n original file no longer matches the fingerprint taken at import. Restore it from a backup, or remove it from the case.</numerusform>
            <numerusform>Export blocked: %n original files no longer match the fingerprint taken at import. Restore them from a backup, or remove them from the case.</numerusform>
        </translation>
    </message>
    <message>
        <source>Export blocked: the case&apos;s records were changed outside the app, so the bundle could not be trusted. Restore the database from a backup; the command-line verify lists every difference.</source>
        <translation>Export blocked: the case&apos;s records were changed outside the app, so the bundle could not be trusted. Restore the database from a backup; the command-line verify lists every difference.</translation>
    </message>
    <message>
        <source>none</source>
        <translation>none</translation>
    </message>
    <message>
        <source>Not ready for the market regulator: Art. 10 of the 2026 complaint measures asks for the complainant&apos;s name, phone and address, the merchant&apos;s name and address, a request and the facts. Missing: {missing}. {problems}You can export a draft (every page marked 草稿) to check it.</source>
        <translation>Not ready for the market regulator: Art. 10 of the 2026 complaint measures asks for the complainant&apos;s name, phone and address, the merchant&apos;s name and address, a request and the facts. Missing: {missing}. {problems}You can export a draft (every page marked 草稿) to check it.</translation>
    </message>
    <message>
        <source>Some facts need correcting. </source>
        <translation>Some facts need correcting. </translation>
    </message>
    <message>
        <source>Only a draft can be exported until the complaint is complete.</source>
        <translation>Only a draft can be exported until the complaint is complete.</translation>
    </message>
    <message numerus="yes">
        <source>Ready, with %n warning(s): the bundle can be made, but a complaint may need more.</source>
        <translation>
            <numerusform>Ready, with %n warning: the bundle can be made, but a complaint may need more.</numerusform>
            <numerusform>Ready, with %n warnings: the bundle can be made, but a complaint may need more.</numerusform>
        </translation>
    </message>
    <message>
        <source>exhibit {n} shows {value}</source>
        <translation>exhibit {n} shows {value}</translation>
    </message>
    <message>
        <source>{fact}: the case says {value}, but {shown}</source>
        <translation>{fact}: the case says {value}, but {shown}</translation>
    </message>
    <message>
        <source>{fact}: the exhibits disagree: {shown}</source>
        <translation>{fact}: the exhibits disagree: {shown}</translation>
    </message>
    <message>
        <source>{fact} {value}: agrees with exhibit {numbers}</source>
        <translation>{fact} {value}: agrees with exhibit {numbers}</translation>
    </message>
    <message>
        <source>The export cannot start.</source>
        <translation>The export cannot start.</translation>
    </message>
    <message>
        <source>Ready to export.</source>
        <translation>Ready to export.</translation>
    </message>
</context>
<context>
    <name>ReadingBar</name>
    <message>
        <source>Stop reading</source>
        <translation>Stop reading</translation>
    </message>
    <message>
        <source>Review found facts ({count})</source>
        <translation>Review found facts ({count})</translation>
    </message>
    <message>
        <source>Reading the text in screenshots: {done} of {total}…</source>
        <translation>Reading the text in screenshots: {done} of {total}…</translation>
    </message>
    <message>
        <source>The screenshots show facts the case does not have yet.</source>
        <translation>The screenshots show facts the case does not have yet.</translation>
    </message>
    <message>
        <source>Text recognition stopped: {error}</source>
        <translation>Text recognition stopped: {error}</translation>
    </message>
</context>
<context>
    <name>RedactionBar</name>
    <message>
        <source>Drag over what the recipient must not see. Click a box to select it; Delete removes it.</source>
        <translation>Drag over what the recipient must not see. Click a box to select it; Delete removes it.</translation>
    </message>
    <message>
        <source>Suggest boxes</source>
        <translation>Suggest boxes</translation>
    </message>
    <message>
        <source>Remove selected</source>
        <translation>Remove selected</translation>
    </message>
    <message>
        <source>Remove all</source>
        <translation>Remove all</translation>
    </message>
    <message>
        <source>Save redaction</source>
        <translation>Save redaction</translation>
    </message>
    <message>
        <source>Close tool</source>
        <translation>Close tool</translation>
    </message>
</context>
<context>
    <name>RulesPanel</name>
    <message>
        <source>Merchant&apos;s obligation: {title}</source>
        <translation>Merchant&apos;s obligation: {title}</translation>
    </message>
    <message>
        <source>Check again</source>
        <translation>Check again</translation>
    </message>
    <message>
        <source>Run the check again with the case as it is now.</source>
        <translation>Run the check again with the case as it is now.</translation>
    </message>
    <message>
        <source>Copy report</source>
        <translation>Copy report</translation>
    </message>
    <message>
        <source>Copy the whole check as text, to paste into a message or a complaint.</source>
        <translation>Copy the whole check as text, to paste into a message or a complaint.</translation>
    </message>
    <message>
        <source>Beware of refund scams: nobody who really refunds you asks for your bank card password, an SMS code or a fee first. Use only the official entry in the app; if in doubt, call 110 or 96110.</source>
        <translation>Beware of refund scams: nobody who really refunds you asks for your bank card password, an SMS code or a fee first. Use only the official entry in the app; if in doubt, call 110 or 96110.</translation>
    </message>
    <message>
        <source>Checking the case against the refund rules…</source>
        <translation>Checking the case against the refund rules…</translation>
    </message>
    <message>
        <source>The check could not be run.</source>
        <translation>The check could not be run.</translation>
    </message>
    <message>
        <source>The report is on the clipboard.</source>
        <translation>The report is on the clipboard.</translation>
    </message>
    <message>
        <source>Open a case to check it against the refund rules.</source>
        <translation>Open a case to check it against the refund rules.</translation>
    </message>
    <message>
        <source>Checked {when} (Beijing time) against: {packs}</source>
        <translation>Checked {when} (Beijing time) against: {packs}</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>Result</translation>
    </message>
    <message>
        <source>Best remedy: {remedy}</source>
        <translation>Best remedy: {remedy}</translation>
    </message>
    <message>
        <source>Enter the order amount in the case details to see the sums.</source>
        <translation>Enter the order amount in the case details to see the sums.</translation>
    </message>
    <message>
        <source>Refund due: ¥{amount}</source>
        <translation>Refund due: ¥{amount}</translation>
    </message>
    <message>
        <source>Compensation you may claim: ¥{amount}</source>
        <translation>Compensation you may claim: ¥{amount}</translation>
    </message>
    <message>
        <source>Claiming compensation needs proof that the promotion was false or misleading (screenshots, live-stream recordings); the case has no promotion material yet.</source>
        <translation>Claiming compensation needs proof that the promotion was false or misleading (screenshots, live-stream recordings); the case has no promotion material yet.</translation>
    </message>
    <message>
        <source>The refund is overdue.</source>
        <translation>The refund is overdue.</translation>
    </message>
    <message>
        <source>Deadlines</source>
        <translation>Deadlines</translation>
    </message>
    <message>
        <source> (estimated)</source>
        <translation> (estimated)</translation>
    </message>
    <message>
        <source>That year&apos;s official holidays are not published yet: Monday to Friday are counted as working days.</source>
        <translation>That year&apos;s official holidays are not published yet: Monday to Friday are counted as working days.</translation>
    </message>
    <message>
        <source>Rules</source>
        <translation>Rules</translation>
    </message>
    <message>
        <source>Source: {source}</source>
        <translation>Source: {source}</translation>
    </message>
    <message>
        <source>Still missing</source>
        <translation>Still missing</translation>
    </message>
    <message>
        <source>Evidence: {kinds}</source>
        <translation>Evidence: {kinds}</translation>
    </message>
    <message>
        <source>Complaint details: {fields}</source>
        <translation>Complaint details: {fields}</translation>
    </message>
    <message>
        <source>Next steps</source>
        <translation>Next steps</translation>
    </message>
    <message>
        <source>Good to know</source>
        <translation>Good to know</translation>
    </message>
    <message>
        <source>Refund plus compensation</source>
        <translation>Refund plus compensation</translation>
    </message>
    <message>
        <source>Full refund</source>
        <translation>Full refund</translation>
    </message>
    <message>
        <source>Partial refund</source>
        <translation>Partial refund</translation>
    </message>
    <message>
        <source>No refund rule is met</source>
        <translation>No refund rule is met</translation>
    </message>
    <message>
        <source>Not enough facts to decide</source>
        <translation>Not enough facts to decide</translation>
    </message>
    <message>
        <source>Your name</source>
        <translation>Your name</translation>
    </message>
    <message>
        <source>Your phone number</source>
        <translation>Your phone number</translation>
    </message>
    <message>
        <source>Your postal address</source>
        <translation>Your postal address</translation>
    </message>
    <message>
        <source>The merchant&apos;s name</source>
        <translation>The merchant&apos;s name</translation>
    </message>
    <message>
        <source>The merchant&apos;s address</source>
        <translation>The merchant&apos;s address</translation>
    </message>
    <message>
        <source>The order number</source>
        <translation>The order number</translation>
    </message>
    <message>
        <source>Met</source>
        <translation>Met</translation>
    </message>
    <message>
        <source>Not met</source>
        <translation>Not met</translation>
    </message>
    <message>
        <source>Unknown</source>
        <translation>Unknown</translation>
    </message>
</context>
<context>
    <name>ScreenshotStart</name>
    <message>
        <source>Start from screenshots…</source>
        <translation>Start from screenshots…</translation>
    </message>
    <message>
        <source>Choose screenshots of the order and the payment: the app reads them and fills in what they show. They become the case&apos;s evidence.</source>
        <translation>Choose screenshots of the order and the payment: the app reads them and fills in what they show. They become the case&apos;s evidence.</translation>
    </message>
    <message>
        <source>Stop reading</source>
        <translation>Stop reading</translation>
    </message>
    <message>
        <source>Reading the screenshots: {done} of {total}…</source>
        <translation>Reading the screenshots: {done} of {total}…</translation>
    </message>
    <message>
        <source>Read {read} of {total} files; {filled} facts filled in from them. Check each on the next pages: the note under a field says which screenshot it comes from. The screenshots will be the case&apos;s evidence.</source>
        <translation>Read {read} of {total} files; {filled} facts filled in from them. Check each on the next pages: the note under a field says which screenshot it comes from. The screenshots will be the case&apos;s evidence.</translation>
    </message>
    <message>
        <source>Could not read {file}: {error}</source>
        <translation>Could not read {file}: {error}</translation>
    </message>
    <message>
        <source>The screenshots could not be read ({error}). They will still be the case&apos;s evidence; fill in the fields yourself.</source>
        <translation>The screenshots could not be read ({error}). They will still be the case&apos;s evidence; fill in the fields yourself.</translation>
    </message>
    <message>
        <source>Or fill in the fields yourself, page by page.</source>
        <translation>Or fill in the fields yourself, page by page.</translation>
    </message>
    <message>
        <source>Screenshots of the order and the payment</source>
        <translation>Screenshots of the order and the payment</translation>
    </message>
    <message>
        <source>Screenshots and PDFs (*.png *.jpg *.jpeg *.webp *.heic *.heif *.bmp *.gif *.pdf);;All files (*)</source>
        <translation>Screenshots and PDFs (*.png *.jpg *.jpeg *.webp *.heic *.heif *.bmp *.gif *.pdf);;All files (*)</translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <source>Settings</source>
        <translation>Settings</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Language</translation>
    </message>
    <message>
        <source>Data folder</source>
        <translation>Data folder</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Phone</translation>
    </message>
    <message>
        <source>Postal address</source>
        <translation>Postal address</translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation>Choose…</translation>
    </message>
    <message>
        <source>Choose the data folder</source>
        <translation>Choose the data folder</translation>
    </message>
    <message>
        <source>Where your cases and evidence are kept. A new folder takes effect the next time you start the app; nothing is moved.</source>
        <translation>Where your cases and evidence are kept. A new folder takes effect the next time you start the app; nothing is moved.</translation>
    </message>
    <message>
        <source>Your details for complaints</source>
        <translation>Your details for complaints</translation>
    </message>
    <message>
        <source>Filled in for every new case. They stay on this computer.</source>
        <translation>Filled in for every new case. They stay on this computer.</translation>
    </message>
    <message>
        <source>Save the changed settings?</source>
        <translation>Save the changed settings?</translation>
    </message>
    <message>
        <source>You changed the settings (for example your details for complaints). Save the changes?</source>
        <translation>You changed the settings (for example your details for complaints). Save the changes?</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Save</translation>
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
    <name>StoreError</name>
    <message>
        <source>the disk is full</source>
        <translation>the disk is full</translation>
    </message>
    <message>
        <source>the disk could not be read or written (it may be full, removed or failing)</source>
        <translation>the disk could not be read or written (it may be full, removed or failing)</translation>
    </message>
    <message>
        <source>the database file or its folder is read-only</source>
        <translation>the database file or its folder is read-only</translation>
    </message>
    <message>
        <source>the database file cannot be opened (missing folder or no permission)</source>
        <translation>the database file cannot be opened (missing folder or no permission)</translation>
    </message>
    <message>
        <source>the file is not a case database (damaged, or another program&apos;s file)</source>
        <translation>the file is not a case database (damaged, or another program&apos;s file)</translation>
    </message>
    <message>
        <source>the database file is damaged; restore it from backups/</source>
        <translation>the database file is damaged; restore it from backups/</translation>
    </message>
    <message>
        <source>the database is busy in another program; close it and try again</source>
        <translation>the database is busy in another program; close it and try again</translation>
    </message>
    <message>
        <source>the server refused the user name or password (see Settings)</source>
        <translation>the server refused the user name or password (see Settings)</translation>
    </message>
    <message>
        <source>the database does not exist on the server (see Settings)</source>
        <translation>the database does not exist on the server (see Settings)</translation>
    </message>
    <message>
        <source>the database user has no permission for this (ask whoever runs the server)</source>
        <translation>the database user has no permission for this (ask whoever runs the server)</translation>
    </message>
    <message>
        <source>the server has too many connections; try again later</source>
        <translation>the server has too many connections; try again later</translation>
    </message>
    <message>
        <source>the server&apos;s disk is full</source>
        <translation>the server&apos;s disk is full</translation>
    </message>
    <message>
        <source>the server accepts no changes (it is read-only)</source>
        <translation>the server accepts no changes (it is read-only)</translation>
    </message>
    <message>
        <source>the connection to the server was lost; try again</source>
        <translation>the connection to the server was lost; try again</translation>
    </message>
    <message>
        <source>the database server cannot be reached (is it running? see Settings)</source>
        <translation>the database server cannot be reached (is it running? see Settings)</translation>
    </message>
    <message>
        <source>%1: the case database cannot be used: %2; nothing was changed</source>
        <translation>%1: the case database cannot be used: %2; nothing was changed</translation>
    </message>
</context>
<context>
    <name>Summary</name>
    <message>
        <source>Refund + compensation</source>
        <translation>Refund + compensation</translation>
    </message>
    <message>
        <source>Full refund</source>
        <translation>Full refund</translation>
    </message>
    <message>
        <source>Partial refund</source>
        <translation>Partial refund</translation>
    </message>
    <message>
        <source>None found</source>
        <translation>None found</translation>
    </message>
    <message>
        <source>Not enough facts</source>
        <translation>Not enough facts</translation>
    </message>
    <message>
        <source>MMM d yyyy, HH:mm</source>
        <translation>MMM d yyyy, HH:mm</translation>
    </message>
    <message>
        <source>MMM d, HH:mm</source>
        <translation>MMM d, HH:mm</translation>
    </message>
    <message>
        <source>1 day left</source>
        <translation>1 day left</translation>
    </message>
    <message>
        <source>%1 days left</source>
        <translation>%1 days left</translation>
    </message>
    <message>
        <source>1 hour left</source>
        <translation>1 hour left</translation>
    </message>
    <message>
        <source>%1 hours left</source>
        <translation>%1 hours left</translation>
    </message>
    <message>
        <source>done in time</source>
        <translation>done in time</translation>
    </message>
    <message>
        <source>overdue since %1</source>
        <translation>overdue since %1</translation>
    </message>
    <message>
        <source>refunded</source>
        <translation>refunded</translation>
    </message>
    <message>
        <source>filed in time</source>
        <translation>filed in time</translation>
    </message>
    <message>
        <source>asked in time</source>
        <translation>asked in time</translation>
    </message>
    <message>
        <source>the merchant is overdue since %1</source>
        <translation>the merchant is overdue since %1</translation>
    </message>
    <message>
        <source>passed %1</source>
        <translation>passed %1</translation>
    </message>
    <message>
        <source>due %1, %2</source>
        <translation>due %1, %2</translation>
    </message>
    <message>
        <source>%1 – enter the order amount to see how much</source>
        <translation>%1 – enter the order amount to see how much</translation>
    </message>
    <message>
        <source>Refund %1; compensation you may claim %2</source>
        <translation>Refund %1; compensation you may claim %2</translation>
    </message>
    <message>
        <source>Full refund possible: %1</source>
        <translation>Full refund possible: %1</translation>
    </message>
    <message>
        <source>Partial refund possible: %1</source>
        <translation>Partial refund possible: %1</translation>
    </message>
    <message>
        <source>No refund claim found yet</source>
        <translation>No refund claim found yet</translation>
    </message>
    <message>
        <source>Not enough facts to decide yet</source>
        <translation>Not enough facts to decide yet</translation>
    </message>
    <message>
        <source>Next: %1</source>
        <translation>Next: %1</translation>
    </message>
    <message>
        <source>A complaint still needs: %1</source>
        <translation>A complaint still needs: %1</translation>
    </message>
    <message>
        <source>Evidence still missing: %1</source>
        <translation>Evidence still missing: %1</translation>
    </message>
    <message>
        <source>Summary of the rule check</source>
        <translation>Summary of the rule check</translation>
    </message>
    <message>
        <source>Checking the refund rules…</source>
        <translation>Checking the refund rules…</translation>
    </message>
    <message>
        <source>The refund is overdue: it should have arrived by now.</source>
        <translation>The refund is overdue: it should have arrived by now.</translation>
    </message>
    <message>
        <source>Please check: %1</source>
        <translation>Please check: %1</translation>
    </message>
</context>
<context>
    <name>TimelinePanel</name>
    <message>
        <source>Time (Beijing)</source>
        <translation>Time (Beijing)</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Type</translation>
    </message>
    <message>
        <source>What happened</source>
        <translation>What happened</translation>
    </message>
    <message>
        <source>Timeline of the case</source>
        <translation>Timeline of the case</translation>
    </message>
    <message>
        <source>Add event…</source>
        <translation>Add event…</translation>
    </message>
    <message>
        <source>Edit…</source>
        <translation>Edit…</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Delete</translation>
    </message>
    <message>
        <source>Evidence appears here when it has a date; change that date in the Evidence tab. Order, course and refund dates come from the case details.</source>
        <translation>Evidence appears here when it has a date; change that date in the Evidence tab. Order, course and refund dates come from the case details.</translation>
    </message>
    <message>
        <source>Paid for order {number}</source>
        <translation>Paid for order {number}</translation>
    </message>
    <message>
        <source>Paid for the order</source>
        <translation>Paid for the order</translation>
    </message>
    <message>
        <source>The course starts</source>
        <translation>The course starts</translation>
    </message>
    <message>
        <source>Asked for a refund</source>
        <translation>Asked for a refund</translation>
    </message>
    <message>
        <source>Refund received</source>
        <translation>Refund received</translation>
    </message>
    <message>
        <source>Event</source>
        <translation>Event</translation>
    </message>
    <message>
        <source>Case details</source>
        <translation>Case details</translation>
    </message>
    <message>
        <source>Evidence: {kind}</source>
        <translation>Evidence: {kind}</translation>
    </message>
    <message>
        <source>Delete event</source>
        <translation>Delete event</translation>
    </message>
    <message>
        <source>Delete this event from the timeline?</source>
        <translation>Delete this event from the timeline?</translation>
    </message>
</context>
<context>
    <name>TrashCommand</name>
    <message>
        <source>Restore “{title}”</source>
        <translation>Restore “{title}”</translation>
    </message>
    <message>
        <source>Remove “{title}”</source>
        <translation>Remove “{title}”</translation>
    </message>
</context>
<context>
    <name>TrashList</name>
    <message>
        <source>Removed evidence stays in the store and is left out of the bundle. Restore an item to put it back.</source>
        <translation>Removed evidence stays in the store and is left out of the bundle. Restore an item to put it back.</translation>
    </message>
    <message>
        <source>Restore selected</source>
        <translation>Restore selected</translation>
    </message>
    <message>
        <source>{title} ({kind}) — removed {when}</source>
        <translation>{title} ({kind}) — removed {when}</translation>
    </message>
</context>
<context>
    <name>WelcomePage</name>
    <message>
        <source>Get your course money back</source>
        <translation>Get your course money back</translation>
    </message>
    <message>
        <source>Bought an online course in a Kuaishou live stream and want a refund? This app keeps your evidence in order, tells you what the refund rules give you, and makes the complaint file for the platform, 12315 or the consumer association.</source>
        <translation>Bought an online course in a Kuaishou live stream and want a refund? This app keeps your evidence in order, tells you what the refund rules give you, and makes the complaint file for the platform, 12315 or the consumer association.</translation>
    </message>
    <message>
        <source>Create a case</source>
        <translation>Create a case</translation>
    </message>
    <message>
        <source>Answer a few questions about the order; the app shows where to find each detail in the app you bought from.</source>
        <translation>Answer a few questions about the order; the app shows where to find each detail in the app you bought from.</translation>
    </message>
    <message>
        <source>Add your evidence</source>
        <translation>Add your evidence</translation>
    </message>
    <message>
        <source>Screenshots of the order and payment, the contract, the chat with the merchant, the promises made in the live stream.</source>
        <translation>Screenshots of the order and payment, the contract, the chat with the merchant, the promises made in the live stream.</translation>
    </message>
    <message>
        <source>See what you can claim, then export</source>
        <translation>See what you can claim, then export</translation>
    </message>
    <message>
        <source>The rule check says which refund applies and by when; export one PDF to hand in.</source>
        <translation>The rule check says which refund applies and by when; export one PDF to hand in.</translation>
    </message>
    <message>
        <source>New case</source>
        <translation>New case</translation>
    </message>
    <message>
        <source>Open example case</source>
        <translation>Open example case</translation>
    </message>
    <message>
        <source>Beware of refund scams: no real refund ever needs your bank password, a verification code or a “refund fee”.</source>
        <translation>Beware of refund scams: no real refund ever needs your bank password, a verification code or a “refund fee”.</translation>
    </message>
</context>
</TS>
