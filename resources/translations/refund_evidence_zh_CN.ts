<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
<context>
    <name>AgendaDialog</name>
    <message>
        <source> (estimated)</source>
        <translation>（估算）</translation>
    </message>
    <message>
        <source>To-do: deadlines of all cases</source>
        <translation>待办：所有案件的期限</translation>
    </message>
    <message numerus="yes">
        <source>Next %n day(s)</source>
        <translation>
            <numerusform>未来 %n 天</numerusform>
        </translation>
    </message>
    <message>
        <source>Due (Beijing)</source>
        <translation>到期（北京时间）</translation>
    </message>
    <message>
        <source>State</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Case</source>
        <translation>案件</translation>
    </message>
    <message>
        <source>Deadline</source>
        <translation>期限</translation>
    </message>
    <message>
        <source>What to do</source>
        <translation>该做什么</translation>
    </message>
    <message>
        <source>Deadlines of all cases</source>
        <translation>所有案件的期限</translation>
    </message>
    <message>
        <source>Double-click a row to open the case.</source>
        <translation>双击一行打开该案件。</translation>
    </message>
    <message>
        <source>Looking through the cases…</source>
        <translation>正在查看各案件……</translation>
    </message>
    <message numerus="yes">
        <source>%n deadline(s)</source>
        <translation>
            <numerusform>%n 个期限</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n case(s)</source>
        <translation>
            <numerusform>%n 个案件</numerusform>
        </translation>
    </message>
    <message>
        <source>Nothing falls due in this time.</source>
        <translation>这段时间内没有到期的事项。</translation>
    </message>
</context>
<context>
    <name>ArchivePassword</name>
    <message>
        <source>Wrong password. Try again:</source>
        <translation>密码不对，请再试一次：</translation>
    </message>
    <message>
        <source>“%1” is encrypted. Its password:</source>
        <translation>“%1”已加密，请输入密码：</translation>
    </message>
    <message>
        <source>Open case archive</source>
        <translation>打开案件包</translation>
    </message>
</context>
<context>
    <name>ArchivePasswordDialog</name>
    <message>
        <source>Export case archive</source>
        <translation>导出案件包</translation>
    </message>
    <message>
        <source>Protect the archive with a password (AES-256; 7-Zip opens it)</source>
        <translation>用密码保护案件包（AES-256 加密，7-Zip 可以打开）</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>密码</translation>
    </message>
    <message>
        <source>Repeat the password</source>
        <translation>再输入一次密码</translation>
    </message>
    <message>
        <source>The archive holds the consumer&apos;s identity and every original. Without a password anyone who gets the file can read it. Tell the volunteer the password another way than the file (a call, not the same chat). It is not stored: if it is lost, the archive cannot be opened.</source>
        <translation>案件包里有消费者的身份信息和全部证据原件。不加密码，任何拿到文件的人都能看到。请用另一种方式把密码告诉志愿者（例如打电话，不要在发文件的同一个聊天里发）。本应用不保存密码：密码丢了，案件包就打不开了。</translation>
    </message>
    <message>
        <source>The archive will not be encrypted.</source>
        <translation>案件包将不加密。</translation>
    </message>
    <message numerus="yes">
        <source>At least %n characters; a phrase of several words is best.</source>
        <translation>
            <numerusform>至少 %n 个字符；最好用几个词组成的一句话。</numerusform>
        </translation>
    </message>
    <message>
        <source>The two passwords differ.</source>
        <translation>两次输入的密码不一样。</translation>
    </message>
    <message>
        <source>The passwords match.</source>
        <translation>两次输入的密码一致。</translation>
    </message>
</context>
<context>
    <name>CaseArchives</name>
    <message>
        <source>Save the case archive as</source>
        <translation>案件包保存为</translation>
    </message>
    <message>
        <source>Case archives (*.zip)</source>
        <translation>案件包 (*.zip)</translation>
    </message>
    <message>
        <source>Writing the case archive…</source>
        <translation>正在生成案件包…</translation>
    </message>
    <message>
        <source>Case archive saved: %1</source>
        <translation>案件包已保存：%1</translation>
    </message>
    <message>
        <source>Encrypted case archive saved: %1</source>
        <translation>加密的案件包已保存：%1</translation>
    </message>
    <message>
        <source>Open a case archive</source>
        <translation>打开案件包</translation>
    </message>
    <message>
        <source>Import cancelled: the archive is encrypted.</source>
        <translation>已取消导入：案件包已加密。</translation>
    </message>
    <message>
        <source>Checking and importing the case archive…</source>
        <translation>正在核对并导入案件包…</translation>
    </message>
    <message>
        <source>This case is already here</source>
        <translation>这个案件已经在这里了</translation>
    </message>
    <message>
        <source>The archive holds “%1”, which is already in your cases.</source>
        <translation>这个案件包里是“%1”，它已经在你的案件里了。</translation>
    </message>
    <message>
        <source>Open it</source>
        <translation>打开它</translation>
    </message>
    <message>
        <source>Import a copy</source>
        <translation>导入副本</translation>
    </message>
    <message>
        <source>The case archive was checked and imported as a new case.</source>
        <translation>案件包已核对无误，并导入为一个新案件。</translation>
    </message>
</context>
<context>
    <name>CaseEditor</name>
    <message>
        <source>Case</source>
        <translation>案件</translation>
    </message>
    <message>
        <source>Order</source>
        <translation>订单</translation>
    </message>
    <message>
        <source>Course</source>
        <translation>课程</translation>
    </message>
    <message>
        <source>Refund</source>
        <translation>退款</translation>
    </message>
    <message>
        <source>You (the complainant)</source>
        <translation>你（投诉人）</translation>
    </message>
    <message>
        <source>Merchant</source>
        <translation>商家</translation>
    </message>
    <message>
        <source>Agent filing for you (optional)</source>
        <translation>代你投诉的代理人（可不填）</translation>
    </message>
    <message>
        <source>What you ask for, and what happened</source>
        <translation>诉求与经过</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>标题</translation>
    </message>
    <message>
        <source>Bought on</source>
        <translation>购买平台</translation>
    </message>
    <message>
        <source>Case status</source>
        <translation>案件状态</translation>
    </message>
    <message>
        <source>Order number</source>
        <translation>订单号</translation>
    </message>
    <message>
        <source>Course name</source>
        <translation>课程名称</translation>
    </message>
    <message>
        <source>Amount paid (¥)</source>
        <translation>实付金额（元）</translation>
    </message>
    <message>
        <source>Paid at</source>
        <translation>付款时间</translation>
    </message>
    <message>
        <source>Paid with</source>
        <translation>支付方式</translation>
    </message>
    <message>
        <source>Course starts</source>
        <translation>开课时间</translation>
    </message>
    <message>
        <source>Progress (%)</source>
        <translation>学习进度（%）</translation>
    </message>
    <message>
        <source>The promotion was false or misleading</source>
        <translation>宣传内容虚假或引人误解</translation>
    </message>
    <message>
        <source>Refund status</source>
        <translation>退款状态</translation>
    </message>
    <message>
        <source>Refund requested at</source>
        <translation>申请退款时间</translation>
    </message>
    <message>
        <source>Already refunded (¥)</source>
        <translation>已退金额（元）</translation>
    </message>
    <message>
        <source>Refunded at</source>
        <translation>退款到账时间</translation>
    </message>
    <message>
        <source>Refused at</source>
        <translation>商家拒绝退款的时间</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>姓名</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>电话</translation>
    </message>
    <message>
        <source>Postal address</source>
        <translation>通讯地址</translation>
    </message>
    <message>
        <source>ID card number</source>
        <translation>身份证号</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>电子邮箱</translation>
    </message>
    <message>
        <source>Agent&apos;s name</source>
        <translation>代理人姓名</translation>
    </message>
    <message>
        <source>Agent&apos;s ID number</source>
        <translation>代理人身份证号</translation>
    </message>
    <message>
        <source>Agent&apos;s phone</source>
        <translation>代理人电话</translation>
    </message>
    <message>
        <source>Company name</source>
        <translation>公司名称</translation>
    </message>
    <message>
        <source>Shop / streamer</source>
        <translation>店铺 / 主播</translation>
    </message>
    <message>
        <source>Company address</source>
        <translation>公司地址</translation>
    </message>
    <message>
        <source>Contact</source>
        <translation>联系方式</translation>
    </message>
    <message>
        <source>Your demands</source>
        <translation>你的诉求</translation>
    </message>
    <message>
        <source>What happened</source>
        <translation>事情经过</translation>
    </message>
    <message>
        <source>The payment is after the refund request.</source>
        <translation>付款时间晚于申请退款时间。</translation>
    </message>
    <message>
        <source>The refund arrived before it was requested.</source>
        <translation>退款到账时间早于申请退款时间。</translation>
    </message>
    <message>
        <source>More was refunded than was paid: check the amount paid and the amount refunded.</source>
        <translation>已退金额大于实付金额：请核对实付金额和已退金额。</translation>
    </message>
    <message>
        <source>A title is required.</source>
        <translation>请填写标题。</translation>
    </message>
    <message>
        <source>The title has %1 characters; at most %2 are allowed. Please shorten it.</source>
        <translation>标题有 %1 个字，最多 %2 个字，请缩短。</translation>
    </message>
    <message>
        <source>At most %1 characters.</source>
        <translation>最多 %1 个字。</translation>
    </message>
</context>
<context>
    <name>CaseListModel</name>
    <message>
        <source>Title</source>
        <translation>标题</translation>
    </message>
    <message>
        <source>Merchant</source>
        <translation>商家</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>金额</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Remedy</source>
        <translation>可主张</translation>
    </message>
    <message>
        <source>Next deadline</source>
        <translation>下一个期限</translation>
    </message>
    <message>
        <source>Assigned to</source>
        <translation>负责人</translation>
    </message>
    <message>
        <source>Last changed by %1</source>
        <translation>最后修改：%1</translation>
    </message>
</context>
<context>
    <name>CaseListPanel</name>
    <message>
        <source>Cases</source>
        <translation>案件列表</translation>
    </message>
    <message>
        <source>Assign to me (%1)</source>
        <translation>交给我（%1）</translation>
    </message>
    <message>
        <source>Assign to</source>
        <translation>交给</translation>
    </message>
    <message>
        <source>Assign to someone else…</source>
        <translation>交给其他人…</translation>
    </message>
    <message>
        <source>Unassign</source>
        <translation>取消分配</translation>
    </message>
    <message>
        <source>Assign the case</source>
        <translation>分配案件</translation>
    </message>
    <message>
        <source>Volunteer&apos;s name:</source>
        <translation>志愿者姓名：</translation>
    </message>
    <message numerus="yes">
        <source>%n case(s)</source>
        <translation>
            <numerusform>共 %n 个案件</numerusform>
        </translation>
    </message>
    <message>
        <source>No case matches the search.</source>
        <translation>没有符合搜索条件的案件。</translation>
    </message>
    <message>
        <source>No cases yet. Start with “New case”, or open the example case to try the app.</source>
        <translation>还没有案件。点击“新建案件”开始，或打开示例案件试一试。</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>打开</translation>
    </message>
    <message>
        <source>Move to trash (Delete)</source>
        <translation>移到回收站（Delete）</translation>
    </message>
    <message>
        <source>Restore</source>
        <translation>恢复</translation>
    </message>
    <message>
        <source>Delete for good…</source>
        <translation>彻底删除…</translation>
    </message>
    <message>
        <source>Search title, names, order number, evidence…</source>
        <translation>搜索标题、姓名、订单号、证据…</translation>
    </message>
    <message>
        <source>Search cases</source>
        <translation>搜索案件</translation>
    </message>
    <message>
        <source>Filter by status</source>
        <translation>按状态筛选</translation>
    </message>
    <message>
        <source>All statuses</source>
        <translation>全部状态</translation>
    </message>
    <message>
        <source>Filter by volunteer</source>
        <translation>按负责人筛选</translation>
    </message>
    <message>
        <source>Everyone&apos;s</source>
        <translation>所有人的</translation>
    </message>
    <message>
        <source>Mine</source>
        <translation>我的</translation>
    </message>
    <message>
        <source>Unassigned</source>
        <translation>未分配</translation>
    </message>
    <message>
        <source>Trash</source>
        <translation>回收站</translation>
    </message>
    <message>
        <source>Opening your cases…</source>
        <translation>正在打开案件库…</translation>
    </message>
</context>
<context>
    <name>CaseTrash</name>
    <message>
        <source>“%1” is in the trash. Choose Trash in the status list to restore it.</source>
        <translation>“%1”已移到回收站。在状态列表中选择“回收站”可以恢复。</translation>
    </message>
    <message>
        <source>The case is back in the list.</source>
        <translation>案件已恢复到列表中。</translation>
    </message>
    <message>
        <source>Delete the case for good?</source>
        <translation>彻底删除这个案件？</translation>
    </message>
    <message>
        <source>“%1” and its records will be deleted; this cannot be undone.

%2 original file(s) belong to this case only. %3 are shared with other cases and stay.</source>
        <translation>“%1”及其记录将被删除，无法撤销。

%2 个原始文件只属于这个案件；%3 个与其他案件共用，会保留。</translation>
    </message>
    <message>
        <source>Delete the case and its own originals</source>
        <translation>删除案件及其独有的原始文件</translation>
    </message>
    <message>
        <source>Delete the case, keep the originals</source>
        <translation>删除案件，保留原始文件</translation>
    </message>
    <message>
        <source>“%1” was deleted, with its records, text and redactions; %2 original(s) removed, %3 kept. Bundles and archives you exported are files of their own: delete them where you saved them.</source>
        <translation>“%1”已彻底删除，连同它的记录、识别出的文字和遮挡；%2 个原始文件已删除，%3 个保留。你导出的证据材料和案件包是单独的文件，请到保存的位置自行删除。</translation>
    </message>
</context>
<context>
    <name>ComplaintDialog</name>
    <message>
        <source>Complaint</source>
        <translation>投诉</translation>
    </message>
    <message>
        <source>Edit complaint</source>
        <translation>修改投诉</translation>
    </message>
    <message>
        <source>The number the 12315 platform or the office gave</source>
        <translation>12315平台或受理机构给出的编号</translation>
    </message>
    <message>
        <source>Who you spoke to, what they said, what you sent</source>
        <translation>和谁联系过、对方怎么说、你提交了什么</translation>
    </message>
    <message>
        <source>Filed with:</source>
        <translation>投诉对象：</translation>
    </message>
    <message>
        <source>Complaint number:</source>
        <translation>投诉编号：</translation>
    </message>
    <message>
        <source>Filed (Beijing time):</source>
        <translation>提交时间（北京时间）：</translation>
    </message>
    <message>
        <source>Accepted:</source>
        <translation>受理时间：</translation>
    </message>
    <message>
        <source>Closed:</source>
        <translation>办结时间：</translation>
    </message>
    <message>
        <source>Outcome:</source>
        <translation>结果：</translation>
    </message>
    <message>
        <source>Notes:</source>
        <translation>备注：</translation>
    </message>
    <message>
        <source>It cannot be accepted before the day it was filed.</source>
        <translation>受理日期不能早于提交日期。</translation>
    </message>
    <message>
        <source>It cannot be closed before the day it was filed or accepted.</source>
        <translation>办结日期不能早于提交或受理日期。</translation>
    </message>
</context>
<context>
    <name>Complaints</name>
    <message>
        <source>Market regulator (12315)</source>
        <translation>市场监管部门（12315）</translation>
    </message>
    <message>
        <source>Consumer association</source>
        <translation>消费者协会</translation>
    </message>
    <message>
        <source>Platform customer service</source>
        <translation>平台客服</translation>
    </message>
    <message>
        <source>People&apos;s court</source>
        <translation>人民法院</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>处理中</translation>
    </message>
    <message>
        <source>Resolved</source>
        <translation>已解决</translation>
    </message>
    <message>
        <source>Mediation failed</source>
        <translation>调解不成</translation>
    </message>
    <message>
        <source>Not accepted</source>
        <translation>不予受理</translation>
    </message>
    <message>
        <source>Withdrawn</source>
        <translation>已撤回</translation>
    </message>
</context>
<context>
    <name>ComplaintsPanel</name>
    <message>
        <source>Record each complaint you file: where, its number, when it was accepted and how it ended. The deadlines the law sets follow from these dates (a decision on acceptance within 7 working days, mediation within 60 days, 3 years to go to court after the refusal).</source>
        <translation>记录每一次投诉：向哪里投诉、投诉编号、何时受理、结果如何。法定期限由这些日期算出（7个工作日内决定是否受理，60日内调解，被拒绝退款后3年内可以起诉）。</translation>
    </message>
    <message>
        <source>I filed it today</source>
        <translation>我今天已投诉</translation>
    </message>
    <message>
        <source>Records a complaint filed now with the body chosen on the left; add its number with Edit when you have it.</source>
        <translation>记录一条刚刚向左侧所选机构提交的投诉；拿到投诉编号后用“修改”补上。</translation>
    </message>
    <message>
        <source>Add…</source>
        <translation>添加…</translation>
    </message>
    <message>
        <source>Edit…</source>
        <translation>修改…</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>删除</translation>
    </message>
    <message>
        <source>File online (12315)…</source>
        <translation>网上投诉（12315）…</translation>
    </message>
    <message>
        <source>Filed with</source>
        <translation>投诉对象</translation>
    </message>
    <message>
        <source>Number</source>
        <translation>编号</translation>
    </message>
    <message>
        <source>Filed</source>
        <translation>提交</translation>
    </message>
    <message>
        <source>Accepted</source>
        <translation>受理</translation>
    </message>
    <message>
        <source>Closed</source>
        <translation>办结</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>结果</translation>
    </message>
    <message>
        <source>Complaints about this case</source>
        <translation>本案的投诉</translation>
    </message>
    <message>
        <source>Deadlines and what to do</source>
        <translation>期限与下一步</translation>
    </message>
    <message>
        <source>No deadline yet: they appear once the case has the dates (payment, refund request, the refusal, a complaint filed).</source>
        <translation>暂无期限：填写付款、申请退款、被拒绝、提交投诉等日期后会显示在这里。</translation>
    </message>
    <message>
        <source> (estimated)</source>
        <translation>（估算）</translation>
    </message>
    <message>
        <source>Delete complaint</source>
        <translation>删除投诉</translation>
    </message>
    <message>
        <source>Delete this complaint from the case? The audit log keeps a record.</source>
        <translation>从本案中删除这条投诉记录？审计日志会保留记录。</translation>
    </message>
</context>
<context>
    <name>ConflictDialog</name>
    <message>
        <source>Changed at another desk</source>
        <translation>在另一个工位被修改</translation>
    </message>
    <message>
        <source>Facts changed at both desks</source>
        <translation>两个工位都修改了的内容</translation>
    </message>
    <message>
        <source>Fact</source>
        <translation>内容</translation>
    </message>
    <message>
        <source>Saved meanwhile</source>
        <translation>期间保存的值</translation>
    </message>
    <message>
        <source>You typed</source>
        <translation>你填写的值</translation>
    </message>
    <message>
        <source>While you were editing, %1 saved other values for these facts. Nothing of yours was saved yet. Your other changes are kept whichever you choose.</source>
        <translation>你编辑期间，%1 为这些内容保存了不同的值。你的修改尚未保存。无论选择哪一项，你的其他修改都会保留。</translation>
    </message>
    <message>
        <source>someone at another desk</source>
        <translation>另一个工位的人</translation>
    </message>
    <message>
        <source>Keep mine</source>
        <translation>保留我的</translation>
    </message>
    <message>
        <source>Use theirs</source>
        <translation>采用对方的</translation>
    </message>
    <message>
        <source>(empty)</source>
        <translation>（空）</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>是</translation>
    </message>
    <message>
        <source>no</source>
        <translation>否</translation>
    </message>
</context>
<context>
    <name>Countdown</name>
    <message numerus="yes">
        <source>%n day(s)</source>
        <translation>
            <numerusform>%n 天</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n hour(s)</source>
        <translation>
            <numerusform>%n 小时</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n minute(s)</source>
        <translation>
            <numerusform>%n 分钟</numerusform>
        </translation>
    </message>
    <message>
        <source>{span} left</source>
        <translation>还剩 {span}</translation>
    </message>
    <message>
        <source>Passed {span} ago</source>
        <translation>已过去 {span}</translation>
    </message>
    <message>
        <source>Done in time</source>
        <translation>已按时办理</translation>
    </message>
    <message>
        <source>Overdue by {span}</source>
        <translation>已逾期 {span}</translation>
    </message>
    <message>
        <source>Filed in time</source>
        <translation>已按时起诉</translation>
    </message>
    <message>
        <source>Refunded</source>
        <translation>商家已退款</translation>
    </message>
    <message>
        <source>Asked in time</source>
        <translation>已按时申请</translation>
    </message>
    <message>
        <source>The merchant refused</source>
        <translation>商家拒绝退款</translation>
    </message>
    <message>
        <source>Merchant overdue by {span}</source>
        <translation>商家已逾期 {span}</translation>
    </message>
    <message>
        <source>Merchant: {countdown}</source>
        <translation>商家：{countdown}</translation>
    </message>
</context>
<context>
    <name>Deadlines</name>
    <message>
        <source>(no number yet: give your name and phone)</source>
        <translation>（暂无编号：报上姓名和电话）</translation>
    </message>
    <message>
        <source>The regulator decides by then whether it accepts the complaint. No word by then: call 12315 with complaint number %1.</source>
        <translation>市场监管部门应在此之前决定是否受理。到期仍无消息：拨打12315，报投诉编号%1查询。</translation>
    </message>
    <message>
        <source>No acceptance decision yet: call 12315 with complaint number %1 and ask for the decision and its reasons.</source>
        <translation>仍未收到是否受理的决定：拨打12315，报投诉编号%1，询问决定及理由。</translation>
    </message>
    <message>
        <source>Mediation ends by then if there is no agreement. Keep every reply; if it fails, ask for the decision ending mediation (complaint number %1).</source>
        <translation>未达成协议的，调解到此终止。请保存每次答复；调解不成的，索取终止调解决定书（投诉编号%1）。</translation>
    </message>
    <message>
        <source>Mediation has run its 60 days: ask for the decision ending it (complaint number %1), then go to court: statement of claim and evidence list from Export.</source>
        <translation>调解已满60日：索取终止调解决定书（投诉编号%1），然后向法院起诉：在“导出”中生成起诉状和证据清单。</translation>
    </message>
    <message>
        <source>Go to court before this date: the statement of claim and the evidence list come from Export. After it the court may refuse the claim as time-barred.</source>
        <translation>请在此日期之前向法院起诉：在“导出”中生成起诉状和证据清单。过期后，对方可以诉讼时效已过为由抗辩。</translation>
    </message>
    <message>
        <source>The merchant must refund by then. Not refunded: contact the platform&apos;s customer service, then complain to 12315.</source>
        <translation>商家应在此之前退款。未退款的：先联系平台客服，再向12315投诉。</translation>
    </message>
    <message>
        <source>Ask for the refund before then, in the app where you bought the course; keep a screenshot showing the time.</source>
        <translation>请在此之前到购买课程的App中申请退款，并截图保存申请时间。</translation>
    </message>
</context>
<context>
    <name>DocumentsBox</name>
    <message>
        <source>Complaint letter (投诉书)</source>
        <translation>投诉书</translation>
    </message>
    <message>
        <source>Statement of claim (民事起诉状)</source>
        <translation>民事起诉状</translation>
    </message>
    <message>
        <source>Evidence list (证据清单)</source>
        <translation>证据清单</translation>
    </message>
    <message>
        <source>Letter of authorisation (授权委托书)</source>
        <translation>授权委托书</translation>
    </message>
    <message>
        <source>One document, to edit or to file</source>
        <translation>单份文书（可编辑或直接提交）</translation>
    </message>
    <message>
        <source>Word (.docx)</source>
        <translation>Word（.docx）</translation>
    </message>
    <message>
        <source>PDF</source>
        <translation>PDF</translation>
    </message>
    <message>
        <source>Document</source>
        <translation>文书</translation>
    </message>
    <message>
        <source>Format</source>
        <translation>格式</translation>
    </message>
    <message>
        <source>Save as…</source>
        <translation>另存为…</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>打开</translation>
    </message>
    <message>
        <source>For going to court: the statement of claim and the evidence list, drafted from the case; Word files can be edited before you sign them.</source>
        <translation>向法院起诉时使用：根据案件信息起草的民事起诉状和证据清单；Word 文件可以先修改，再签名提交。</translation>
    </message>
    <message>
        <source>Save the document as</source>
        <translation>文书另存为</translation>
    </message>
    <message>
        <source>Word documents (*.docx)</source>
        <translation>Word 文档 (*.docx)</translation>
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation>PDF 文件 (*.pdf)</translation>
    </message>
    <message>
        <source>Writing %1…</source>
        <translation>正在生成 %1…</translation>
    </message>
    <message>
        <source>Saved: %1</source>
        <translation>已保存：%1</translation>
    </message>
    <message>
        <source>Not saved: %1</source>
        <translation>未能保存：%1</translation>
    </message>
</context>
<context>
    <name>DueNotice</name>
    <message>
        <source>Show the to-do list</source>
        <translation>查看待办</translation>
    </message>
    <message>
        <source>Dismiss</source>
        <translation>关闭</translation>
    </message>
    <message numerus="yes">
        <source>Since you last opened the app (%1), %n deadline(s) fell due:</source>
        <translation>
            <numerusform>自上次打开本应用（%1）以来，有 %n 个期限已到期：</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>and %n more.</source>
        <translation>
            <numerusform>另有 %n 个。</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ErrorBar</name>
    <message>
        <source>Copy</source>
        <translation>复制</translation>
    </message>
    <message>
        <source>Dismiss</source>
        <translation>关闭</translation>
    </message>
</context>
<context>
    <name>ErrorReporter</name>
    <message>
        <source>Unexpected error</source>
        <translation>意外错误</translation>
    </message>
    <message>
        <source>Something went wrong. Your cases and evidence are safe; you can keep working.</source>
        <translation>程序出了点问题。你的案件和证据都安全，可以继续使用。</translation>
    </message>
    <message>
        <source>%1

The details were saved to %2.</source>
        <translation>%1

详细信息已保存到 %2。</translation>
    </message>
    <message>
        <source>Error details</source>
        <translation>错误详情</translation>
    </message>
</context>
<context>
    <name>EventDialog</name>
    <message>
        <source>Event</source>
        <translation>事件</translation>
    </message>
    <message>
        <source>Edit event</source>
        <translation>编辑事件</translation>
    </message>
    <message>
        <source>What happened, e.g. Asked customer service for a refund; they refused.</source>
        <translation>发生了什么，例如：向客服申请退款，被拒绝。</translation>
    </message>
    <message>
        <source>When (Beijing time):</source>
        <translation>时间（北京时间）：</translation>
    </message>
    <message>
        <source>What happened:</source>
        <translation>经过：</translation>
    </message>
    <message>
        <source>Discard the changes?</source>
        <translation>放弃这些修改？</translation>
    </message>
    <message>
        <source>What you typed for this event has not been saved. Discard it?</source>
        <translation>你为这个事件填写的内容还没有保存。要放弃吗？</translation>
    </message>
    <message>
        <source>Discard</source>
        <translation>放弃</translation>
    </message>
    <message>
        <source>Keep editing</source>
        <translation>继续填写</translation>
    </message>
</context>
<context>
    <name>EvidenceChecklist</name>
    <message>
        <source>Checklist for a complaint</source>
        <translation>投诉材料清单</translation>
    </message>
    <message>
        <source>Double-click a line to add files of that kind.</source>
        <translation>双击某一行，添加该类证据文件。</translation>
    </message>
    <message>
        <source>{kind} — missing</source>
        <translation>{kind} —— 缺少</translation>
    </message>
</context>
<context>
    <name>EvidenceEditor</name>
    <message>
        <source>the photo&apos;s EXIF data (when it was taken)</source>
        <translation>照片的 EXIF 信息（拍摄时间）</translation>
    </message>
    <message>
        <source>the PDF&apos;s metadata (when it was created)</source>
        <translation>PDF 文件的元数据（创建时间）</translation>
    </message>
    <message>
        <source>the first message of the chat log</source>
        <translation>聊天记录的第一条消息</translation>
    </message>
    <message>
        <source>the file</source>
        <translation>文件本身</translation>
    </message>
    <message>
        <source>Selected evidence</source>
        <translation>所选证据</translation>
    </message>
    <message>
        <source>Title:</source>
        <translation>标题：</translation>
    </message>
    <message>
        <source>Kind:</source>
        <translation>类别：</translation>
    </message>
    <message>
        <source>Source:</source>
        <translation>来源：</translation>
    </message>
    <message>
        <source>What it proves:</source>
        <translation>证明内容：</translation>
    </message>
    <message>
        <source>Date:</source>
        <translation>日期：</translation>
    </message>
    <message>
        <source>Where it comes from, e.g. Kuaishou order page</source>
        <translation>证据出处，例如：快手订单页面</translation>
    </message>
    <message>
        <source>What this shows, e.g. the teacher promised a refund</source>
        <translation>能证明什么，例如：老师承诺可以退款</translation>
    </message>
    <message>
        <source>Ctrl+Enter saves.</source>
        <translation>按 Ctrl+Enter 保存。</translation>
    </message>
    <message>
        <source>Date known</source>
        <translation>已知日期</translation>
    </message>
    <message>
        <source>Tick when you know when this happened; it then appears on the timeline.</source>
        <translation>知道发生时间时请勾选，它会显示在时间线上。</translation>
    </message>
    <message>
        <source>not set</source>
        <translation>未填写</translation>
    </message>
    <message>
        <source>Save changes</source>
        <translation>保存修改</translation>
    </message>
    <message>
        <source>Changes are also saved when you select another item (Enter saves at once).</source>
        <translation>选择其他证据时也会自动保存（按 Enter 立即保存）。</translation>
    </message>
    <message>
        <source>Open…</source>
        <translation>打开…</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>移除</translation>
    </message>
    <message>
        <source>Change it to the day this happened; it is not saved until you do.</source>
        <translation>请改成这件事实际发生的日期；改之前不会保存。</translation>
    </message>
    <message>
        <source>From {source}.</source>
        <translation>来自{source}。</translation>
    </message>
    <message>
        <source>The file says {when} ({source}).</source>
        <translation>文件记载的日期：{when}（来自{source}）。</translation>
    </message>
    <message>
        <source>Select a thumbnail to edit it.</source>
        <translation>选择一个缩略图进行编辑。</translation>
    </message>
    <message>
        <source>File: {name} ({type}, {size})</source>
        <translation>文件：{name}（{type}，{size}）</translation>
    </message>
    <message>
        <source>File date: {when} (Beijing time), from {source}</source>
        <translation>文件日期：{when}（北京时间），来自{source}</translation>
    </message>
    <message>
        <source>The title has {n} characters; at most {max} are allowed. Please shorten it.</source>
        <translation>标题有 {n} 个字，最多 {max} 个字，请缩短。</translation>
    </message>
    <message>
        <source>Imported: {when}</source>
        <translation>导入时间：{when}</translation>
    </message>
    <message>
        <source>SHA-256: {digest}…</source>
        <translation>SHA-256：{digest}…</translation>
    </message>
</context>
<context>
    <name>EvidenceKind</name>
    <message>
        <source>Purchase record</source>
        <translation>购买记录</translation>
    </message>
    <message>
        <source>Contract or agreement</source>
        <translation>合同或协议</translation>
    </message>
    <message>
        <source>Payment receipt</source>
        <translation>付款凭证</translation>
    </message>
    <message>
        <source>Chat record</source>
        <translation>聊天记录</translation>
    </message>
    <message>
        <source>Promotion or promise</source>
        <translation>宣传或承诺</translation>
    </message>
    <message>
        <source>Refund record</source>
        <translation>退款记录</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>其他</translation>
    </message>
</context>
<context>
    <name>EvidencePanel</name>
    <message>
        <source>Add files…</source>
        <translation>添加文件…</translation>
    </message>
    <message>
        <source>Paste screenshot</source>
        <translation>粘贴截图</translation>
    </message>
    <message>
        <source>Add the picture or files on the clipboard (Ctrl+V).</source>
        <translation>添加剪贴板中的图片或文件（Ctrl+V）。</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>打开</translation>
    </message>
    <message>
        <source>Move up (Alt+↑)</source>
        <translation>前移（Alt+↑）</translation>
    </message>
    <message>
        <source>Sort by kind</source>
        <translation>按类别排序</translation>
    </message>
    <message>
        <source>Move down (Alt+↓)</source>
        <translation>后移（Alt+↓）</translation>
    </message>
    <message>
        <source>Remove (Delete)</source>
        <translation>移除（Delete）</translation>
    </message>
    <message>
        <source>Move</source>
        <translation>移动</translation>
    </message>
    <message>
        <source>Put the evidence in the bundle in kind order: purchase, contract, payment, chat, promotion, refund, other.</source>
        <translation>按类别排列证据在材料中的顺序：购买记录、合同、付款、聊天、宣传、退款、其他。</translation>
    </message>
    <message>
        <source>Drag files or folders here, or paste a screenshot. Drag the thumbnails to set their order in the bundle; double-click one to view it.</source>
        <translation>把文件或文件夹拖到这里，或粘贴截图。拖动缩略图可调整它们在材料中的顺序；双击可查看。</translation>
    </message>
    <message>
        <source>Evidence, in bundle order</source>
        <translation>证据（按材料中的顺序）</translation>
    </message>
    <message>
        <source>Undo</source>
        <translation>撤销</translation>
    </message>
    <message>
        <source>Trash ({count})</source>
        <translation>回收站（{count}）</translation>
    </message>
    <message>
        <source>Add evidence files</source>
        <translation>添加证据文件</translation>
    </message>
    <message>
        <source>The clipboard holds no picture and no files to add.</source>
        <translation>剪贴板里没有可添加的图片或文件。</translation>
    </message>
</context>
<context>
    <name>EvidenceSearch</name>
    <message>
        <source>Search inside the evidence…</source>
        <translation>在证据中搜索…</translation>
    </message>
    <message>
        <source>Search inside the evidence</source>
        <translation>在证据中搜索</translation>
    </message>
    <message>
        <source>No evidence holds these words.</source>
        <translation>没有证据包含这些词。</translation>
    </message>
</context>
<context>
    <name>EvidenceViewer</name>
    <message>
        <source>Redact…</source>
        <translation>遮挡…</translation>
    </message>
    <message>
        <source>Cover ID numbers, bank cards and other people&apos;s details in the copy the bundle shows; the original stays as it is.</source>
        <translation>在证据材料使用的副本里遮住身份证号、银行卡号和他人信息；原件保持不变。</translation>
    </message>
    <message>
        <source>Zoom in</source>
        <translation>放大</translation>
    </message>
    <message>
        <source>Zoom out</source>
        <translation>缩小</translation>
    </message>
    <message>
        <source>Fit width</source>
        <translation>适合宽度</translation>
    </message>
    <message>
        <source>Actual size</source>
        <translation>实际大小</translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation>正在加载…</translation>
    </message>
    <message>
        <source>Rendering page {page} of {pages}…</source>
        <translation>正在显示第 {page} 页，共 {pages} 页…</translation>
    </message>
    <message>
        <source>Only the first {count} pages are shown here; the bundle contains them all.</source>
        <translation>这里只显示前 {count} 页；导出的材料包含全部页面。</translation>
    </message>
    <message>
        <source>This file cannot be shown: {error}</source>
        <translation>无法显示此文件：{error}</translation>
    </message>
    <message>
        <source>File name</source>
        <translation>文件名</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>类型</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>大小</translation>
    </message>
    <message>
        <source>SHA-256</source>
        <translation>SHA-256</translation>
    </message>
    <message>
        <source>Imported</source>
        <translation>导入时间</translation>
    </message>
    <message>
        <source>This file cannot be shown inside the bundle. The bundle lists its name, size and SHA-256 fingerprint and marks it “original submitted separately”: hand the original file over together with the bundle.</source>
        <translation>此文件无法放进材料中显示。材料会列出它的文件名、大小和 SHA-256 指纹，并注明“原件另行提交”：请把原始文件和材料一起提交。</translation>
    </message>
    <message>
        <source>Only the first {shown} of {total} messages are shown here; the original file holds them all.</source>
        <translation>这里只显示 {total} 条消息中的前 {shown} 条；原件包含全部消息。</translation>
    </message>
    <message numerus="yes">
        <source>%n area(s) redacted</source>
        <translation>
            <numerusform>已遮挡 %n 处</numerusform>
        </translation>
    </message>
    <message>
        <source>Cannot redact this file: {error}</source>
        <translation>无法遮挡这个文件：{error}</translation>
    </message>
    <message>
        <source>Making the redacted copy…</source>
        <translation>正在生成遮挡后的副本…</translation>
    </message>
    <message>
        <source>No areas are redacted: the bundle shows the original.</source>
        <translation>没有遮挡：证据材料将展示原件。</translation>
    </message>
    <message numerus="yes">
        <source>Saved: %n area(s) redacted. The bundle shows the redacted copy; the original is unchanged.</source>
        <translation>
            <numerusform>已保存：已遮挡 %n 处。证据材料将展示遮挡后的副本，原件不变。</numerusform>
        </translation>
    </message>
    <message>
        <source>The redaction was not saved: {error}</source>
        <translation>遮挡未保存：{error}</translation>
    </message>
    <message>
        <source>Nothing to suggest: no ID, bank card or other phone number was found in the text recognised on this picture (or none was recognised yet).</source>
        <translation>没有可建议的遮挡：这张图片识别出的文字里没有身份证号、银行卡号或其他人的电话号码（或者还没有识别文字）。</translation>
    </message>
    <message numerus="yes">
        <source>%n box(es) suggested over ID, bank card or phone numbers: check them, then save.</source>
        <translation>
            <numerusform>已建议 %n 处遮挡（身份证号、银行卡号或电话号码）：请核对后保存。</numerusform>
        </translation>
    </message>
    <message>
        <source>Unsaved redaction</source>
        <translation>遮挡尚未保存</translation>
    </message>
    <message>
        <source>The boxes you drew are not saved. Discard them?</source>
        <translation>画好的遮挡框还没有保存。要放弃吗？</translation>
    </message>
</context>
<context>
    <name>Export</name>
    <message>
        <source>Market regulator (12315)</source>
        <translation>市场监督管理部门（12315）</translation>
    </message>
    <message>
        <source>Consumer association</source>
        <translation>消费者协会</translation>
    </message>
    <message>
        <source>Chinese</source>
        <translation>中文</translation>
    </message>
    <message>
        <source>English</source>
        <translation>英文</translation>
    </message>
</context>
<context>
    <name>ExportHistory</name>
    <message>
        <source>Unchanged</source>
        <translation>未改动</translation>
    </message>
    <message>
        <source>Changed since the export</source>
        <translation>导出后已被改动</translation>
    </message>
    <message>
        <source>Moved or deleted</source>
        <translation>已移走或删除</translation>
    </message>
    <message>
        <source>Place not recorded</source>
        <translation>未记录保存位置</translation>
    </message>
    <message>
        <source>Checking…</source>
        <translation>正在核对…</translation>
    </message>
    <message>
        <source>Earlier exports</source>
        <translation>导出记录</translation>
    </message>
    <message>
        <source>Date (Beijing)</source>
        <translation>日期（北京时间）</translation>
    </message>
    <message>
        <source>Sent to</source>
        <translation>提交对象</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>语言</translation>
    </message>
    <message>
        <source>Pages</source>
        <translation>页数</translation>
    </message>
    <message>
        <source>SHA-256</source>
        <translation>SHA-256</translation>
    </message>
    <message>
        <source>File</source>
        <translation>文件</translation>
    </message>
    <message>
        <source>The file now</source>
        <translation>文件现状</translation>
    </message>
    <message>
        <source>Draft for %1</source>
        <translation>草稿：%1</translation>
    </message>
    <message>
        <source>Every page is marked 草稿 (draft): for checking, not for filing.</source>
        <translation>每一页都标有“草稿”：用于核对，不能用于正式投诉。</translation>
    </message>
    <message>
        <source>Where this bundle was saved was not recorded (an export from before the app kept it).</source>
        <translation>这份材料保存在哪里没有记录（应用开始记录之前的导出）。</translation>
    </message>
    <message>
        <source>The file is no longer at %1: it was moved or deleted.</source>
        <translation>文件已不在 %1：已被移动或删除。</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>打开</translation>
    </message>
    <message>
        <source>Show in folder</source>
        <translation>在文件夹中显示</translation>
    </message>
    <message>
        <source>Copy path</source>
        <translation>复制路径</translation>
    </message>
</context>
<context>
    <name>ExportPanel</name>
    <message>
        <source>Bundle</source>
        <translation>投诉材料</translation>
    </message>
    <message>
        <source>Send to:</source>
        <translation>提交给：</translation>
    </message>
    <message>
        <source>Bundle language:</source>
        <translation>材料语言：</translation>
    </message>
    <message>
        <source>Save as:</source>
        <translation>保存为：</translation>
    </message>
    <message>
        <source>Chinese</source>
        <translation>中文</translation>
    </message>
    <message>
        <source>English</source>
        <translation>英文</translation>
    </message>
    <message>
        <source>Attach the original PDF files after their exhibit pages</source>
        <translation>在证据页之后附上原始 PDF 文件</translation>
    </message>
    <message>
        <source>Also save a ZIP with the PDF, all original files and a checksum list</source>
        <translation>同时保存一个 ZIP 压缩包，包含 PDF、全部原始文件和校验值清单</translation>
    </message>
    <message>
        <source>Add a letter of authorisation (filed by an agent)</source>
        <translation>附授权委托书（由代理人代为投诉时）</translation>
    </message>
    <message>
        <source>A 授权委托书 page for the consumer to sign, naming the agent from the case details: needed when someone else files the complaint (Art. 11 of the 2026 complaint measures).</source>
        <translation>生成一页授权委托书，写明案件中的代理人，由消费者本人签名：他人代为投诉时需要提交（《市场监督管理投诉举报处理办法》第十一条）。</translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation>选择…</translation>
    </message>
    <message>
        <source>Export PDF</source>
        <translation>导出 PDF</translation>
    </message>
    <message>
        <source>Export draft</source>
        <translation>导出草稿</translation>
    </message>
    <message>
        <source>Every page is marked 草稿 (draft): for checking, not for filing.</source>
        <translation>每页都带“草稿”水印：用于核对，不能用于提交。</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <source>Open PDF</source>
        <translation>打开 PDF</translation>
    </message>
    <message>
        <source>Show in folder</source>
        <translation>在文件夹中显示</translation>
    </message>
    <message>
        <source>The complaint is not complete for the market regulator (see the pre-flight check). Complete it, or export a draft.</source>
        <translation>投诉材料还不齐，不能提交给市场监督管理部门（见导出前检查）。请补全，或先导出草稿。</translation>
    </message>
    <message>
        <source>Type where to save the PDF, or choose a folder.</source>
        <translation>请填写 PDF 的保存位置，或点“选择…”。</translation>
    </message>
    <message>
        <source>Saved as “{name}”: a bundle is always a .pdf file.</source>
        <translation>将保存为“{name}”：证据材料总是 .pdf 文件。</translation>
    </message>
    <message>
        <source>A file of this name exists: the export asks before replacing it.</source>
        <translation>已有同名文件：导出前会先询问是否替换。</translation>
    </message>
    <message>
        <source>Save the evidence bundle as</source>
        <translation>投诉材料另存为</translation>
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation>PDF 文件 (*.pdf)</translation>
    </message>
    <message>
        <source>The export is blocked until the pre-flight check passes.</source>
        <translation>导出前检查通过后才能导出。</translation>
    </message>
    <message>
        <source>Replace the earlier bundle?</source>
        <translation>替换之前的证据材料？</translation>
    </message>
    <message>
        <source>“{name}” already exists in {folder}. An earlier bundle may have been sent with its fingerprint.</source>
        <translation>“{name}”已存在于 {folder}。之前的材料可能已经连同指纹一起提交过。</translation>
    </message>
    <message>
        <source>Save as “{name}”</source>
        <translation>另存为“{name}”</translation>
    </message>
    <message>
        <source>Replace</source>
        <translation>替换</translation>
    </message>
    <message>
        <source>Checking the originals and laying out the bundle…</source>
        <translation>正在核对原始文件并排版材料…</translation>
    </message>
    <message>
        <source>Cancelling…</source>
        <translation>正在取消…</translation>
    </message>
    <message>
        <source>Step {done} of {total}: {label}</source>
        <translation>第 {done} 步，共 {total} 步：{label}</translation>
    </message>
    <message>
        <source>Saved {name}: {pages} pages, SHA-256 {digest}…</source>
        <translation>已保存 {name}：共 {pages} 页，SHA-256 {digest}…</translation>
    </message>
    <message>
        <source>Cancelled. No file was written.</source>
        <translation>已取消，没有写入任何文件。</translation>
    </message>
    <message>
        <source>The export failed.</source>
        <translation>导出失败。</translation>
    </message>
</context>
<context>
    <name>FactProposalDialog</name>
    <message>
        <source>Kind of exhibit {n}</source>
        <translation>证据{n}的类别</translation>
    </message>
    <message>
        <source>Date of exhibit {n}</source>
        <translation>证据{n}的日期</translation>
    </message>
    <message>
        <source>Facts found in the screenshots</source>
        <translation>截图中识别出的事实</translation>
    </message>
    <message>
        <source>Tick the facts to put into the case; correct a value by editing it. The picture shows where each was read.</source>
        <translation>勾选要填入案件的事实；如有误，直接修改数值。右侧图片标出了每项的识别位置。</translation>
    </message>
    <message>
        <source>Fact</source>
        <translation>事实</translation>
    </message>
    <message>
        <source>In the case now</source>
        <translation>案件中现有</translation>
    </message>
    <message>
        <source>Found (editable)</source>
        <translation>识别结果（可修改）</translation>
    </message>
    <message>
        <source>Shown by</source>
        <translation>出处</translation>
    </message>
    <message>
        <source>Put ticked facts into the case</source>
        <translation>将勾选的事实填入案件</translation>
    </message>
    <message>
        <source>Exhibit {n} 「{title}」</source>
        <translation>证据{n}「{title}」</translation>
    </message>
    <message>
        <source>Exhibit {n} 「{title}」: {line}</source>
        <translation>证据{n}「{title}」：{line}</translation>
    </message>
    <message>
        <source>Not saved: {error}</source>
        <translation>未保存：{error}</translation>
    </message>
</context>
<context>
    <name>FormFields</name>
    <message>
        <source>Cannot be negative.</source>
        <translation>不能是负数。</translation>
    </message>
    <message>
        <source>Too large: at most 999,999,999.99.</source>
        <translation>数额太大：最多 999,999,999.99。</translation>
    </message>
    <message>
        <source>At most two decimal places.</source>
        <translation>最多两位小数。</translation>
    </message>
    <message>
        <source>At most two decimal places (fen).</source>
        <translation>最多两位小数（到分）。</translation>
    </message>
    <message>
        <source>Unclear where the decimal point is: write 12.5</source>
        <translation>看不出小数点在哪里：请写成 12.5</translation>
    </message>
    <message>
        <source>Unclear where the decimal point is: write 1299.50 or 1,299.50</source>
        <translation>看不出小数点在哪里：请写成 1299.50 或 1,299.50</translation>
    </message>
    <message>
        <source>At most 100%.</source>
        <translation>最多 100%。</translation>
    </message>
    <message>
        <source>Not a percentage: type a number from 0 to 100, e.g. 12.5</source>
        <translation>看不懂这个百分比：请填 0 到 100 之间的数字，例如 12.5</translation>
    </message>
    <message>
        <source>Not an amount: type digits, e.g. 199.50</source>
        <translation>看不懂这个金额：请填数字，例如 199.50</translation>
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
        <translation>未填写</translation>
    </message>
    <message>
        <source>Set</source>
        <translation>填写</translation>
    </message>
    <message>
        <source>Clear</source>
        <translation>清除</translation>
    </message>
    <message>
        <source>Pick the date and time; nothing is saved until you change the starting point shown</source>
        <translation>选择日期和时间；显示的起始时间在你修改之前不会保存</translation>
    </message>
    <message>
        <source>Change it to when this happened; it is not saved until you do.</source>
        <translation>请改成事情发生的时间；改之前不会保存。</translation>
    </message>
    <message>
        <source>Leave empty</source>
        <translation>清空，不填写</translation>
    </message>
    <message>
        <source>Kuaishou</source>
        <translation>快手</translation>
    </message>
    <message>
        <source>Other platform</source>
        <translation>其他平台</translation>
    </message>
    <message>
        <source>In progress</source>
        <translation>进行中</translation>
    </message>
    <message>
        <source>Complaint filed</source>
        <translation>已投诉</translation>
    </message>
    <message>
        <source>Resolved</source>
        <translation>已解决</translation>
    </message>
    <message>
        <source>Closed</source>
        <translation>已关闭</translation>
    </message>
    <message>
        <source>Not requested yet</source>
        <translation>尚未申请</translation>
    </message>
    <message>
        <source>Requested, waiting</source>
        <translation>已申请，等待处理</translation>
    </message>
    <message>
        <source>Refused by the merchant</source>
        <translation>商家拒绝退款</translation>
    </message>
    <message>
        <source>Partly refunded</source>
        <translation>已部分退款</translation>
    </message>
    <message>
        <source>Fully refunded</source>
        <translation>已全额退款</translation>
    </message>
</context>
<context>
    <name>ImportProgress</name>
    <message>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <source>Copy list</source>
        <translation>复制列表</translation>
    </message>
    <message>
        <source>Copy the refused files and their reasons to the clipboard.</source>
        <translation>把未能导入的文件及原因复制到剪贴板。</translation>
    </message>
    <message>
        <source>Dismiss</source>
        <translation>关闭</translation>
    </message>
    <message>
        <source>Preparing the import…</source>
        <translation>正在准备导入…</translation>
    </message>
    <message>
        <source>Importing {done} of {total}: {name}</source>
        <translation>正在导入第 {done} 个，共 {total} 个：{name}</translation>
    </message>
    <message numerus="yes">
        <source>Added %n file(s).</source>
        <translation>
            <numerusform>已添加 %n 个文件。</numerusform>
        </translation>
    </message>
    <message>
        <source>already in this case as “{title}”</source>
        <translation>已在本案件中，名为“{title}”</translation>
    </message>
    <message>
        <source>The import stopped: {error}</source>
        <translation>导入已中止：{error}</translation>
    </message>
    <message>
        <source>{count} refused (see the reasons below).</source>
        <translation>{count} 个文件未能导入（原因见下方）。</translation>
    </message>
    <message>
        <source>{count} already in this case.</source>
        <translation>{count} 个文件已在本案件中。</translation>
    </message>
    <message>
        <source>Import cancelled; the files after that point were not added.</source>
        <translation>导入已取消；之后的文件没有添加。</translation>
    </message>
</context>
<context>
    <name>ImportReason</name>
    <message>
        <source>file does not exist</source>
        <translation>文件不存在</translation>
    </message>
    <message>
        <source>file is larger than the 2 GiB limit</source>
        <translation>文件超过 2 GiB 的大小上限</translation>
    </message>
    <message>
        <source>not enough disk space to store the file; nothing was changed</source>
        <translation>磁盘空间不足，无法保存该文件；没有做任何更改</translation>
    </message>
    <message>
        <source>the file is larger than this computer lets the app write (file size limit); nothing was changed</source>
        <translation>文件超过了本机允许本程序写入的大小（文件大小限制）；没有做任何更改</translation>
    </message>
    <message>
        <source>the data folder is read-only; nothing was changed</source>
        <translation>数据文件夹是只读的，无法保存该文件；没有做任何更改</translation>
    </message>
    <message>
        <source>permission denied when storing the file in the data folder; nothing was changed</source>
        <translation>没有权限把该文件保存到数据文件夹；没有做任何更改</translation>
    </message>
    <message>
        <source>permission denied when reading the file</source>
        <translation>没有读取该文件的权限</translation>
    </message>
    <message>
        <source>cannot store the file in the data folder ({error}); nothing was changed</source>
        <translation>无法把该文件保存到数据文件夹（{error}）；没有做任何更改</translation>
    </message>
    <message>
        <source>cannot read the file ({error})</source>
        <translation>无法读取文件（{error}）</translation>
    </message>
    <message>
        <source>file could not be read as evidence: {error}</source>
        <translation>无法作为证据读取该文件：{error}</translation>
    </message>
    <message>
        <source>file could not be read as {suffix}: {error}</source>
        <translation>无法按 {suffix} 格式读取该文件：{error}</translation>
    </message>
    <message>
        <source>file cannot be read ({error})</source>
        <translation>无法读取文件（{error}）</translation>
    </message>
    <message>
        <source>not a regular file</source>
        <translation>不是普通文件</translation>
    </message>
    <message>
        <source>file is empty</source>
        <translation>文件是空的</translation>
    </message>
    <message>
        <source>file is too large ({size} GB; limit {limit} GB)</source>
        <translation>文件太大（{size} GB，上限 {limit} GB）</translation>
    </message>
    <message>
        <source>file content is not a {kind} image (it looks like {what})</source>
        <translation>文件内容不是 {kind} 图片（看起来是{what}）</translation>
    </message>
    <message>
        <source>file content is not a PDF document (it looks like {what})</source>
        <translation>文件内容不是 PDF 文档（看起来是{what}）</translation>
    </message>
    <message>
        <source>file content is not text (it looks like {what})</source>
        <translation>文件内容不是文本（看起来是{what}）</translation>
    </message>
    <message>
        <source>{kind} image is truncated or damaged</source>
        <translation>{kind} 图片不完整或已损坏</translation>
    </message>
    <message>
        <source>image is too large ({width}×{height} pixels; limit {limit} megapixels) — possible decompression bomb</source>
        <translation>图片尺寸过大（{width}×{height} 像素，上限 {limit} 百万像素），可能是解压缩炸弹</translation>
    </message>
    <message>
        <source>image is too large (limit {limit} megapixels) — possible decompression bomb</source>
        <translation>图片尺寸过大（上限 {limit} 百万像素），可能是解压缩炸弹</translation>
    </message>
    <message>
        <source>PDF has no pages</source>
        <translation>PDF 没有任何页面</translation>
    </message>
    <message>
        <source>PDF is damaged and cannot be opened</source>
        <translation>PDF 已损坏，无法打开</translation>
    </message>
    <message>
        <source>PDF is password-protected</source>
        <translation>PDF 受密码保护</translation>
    </message>
    <message>
        <source>text file is too large to read ({size} MB; limit {limit} MB)</source>
        <translation>文本文件太大，无法读取（{size} MB，上限 {limit} MB）</translation>
    </message>
    <message>
        <source>text file says it is {encoding} but contains invalid bytes</source>
        <translation>文本文件标明为 {encoding} 编码，但含有无效字节</translation>
    </message>
    <message>
        <source>file is not readable text (unknown encoding or binary data)</source>
        <translation>文件不是可读的文本（编码无法识别，或是二进制数据）</translation>
    </message>
    <message>
        <source>file contains binary data (NUL bytes), not text</source>
        <translation>文件含有二进制数据（NUL 字节），不是文本</translation>
    </message>
    <message>
        <source>file contains binary data, not text</source>
        <translation>文件含有二进制数据，不是文本</translation>
    </message>
    <message>
        <source>its bytes no longer match its SHA-256 (they hash to {actual}); the vault copy is damaged</source>
        <translation>其内容已与 SHA-256 不符（现为 {actual}）；保管库中的副本已损坏</translation>
    </message>
    <message>
        <source>is inside the app&apos;s own data folder (the case database and the originals); add your own files instead</source>
        <translation>位于本程序自己的数据文件夹中（案件数据库和原件）；请添加你自己的文件</translation>
    </message>
    <message>
        <source>the folder holds no file to add</source>
        <translation>文件夹中没有可添加的文件</translation>
    </message>
    <message>
        <source>the folder cannot be read ({error})</source>
        <translation>无法读取该文件夹（{error}）</translation>
    </message>
    <message>
        <source>chat log has more than {limit} messages; split it into parts of at most {limit}</source>
        <translation>聊天记录超过 {limit} 条消息；请拆分成每份不超过 {limit} 条</translation>
    </message>
    <message>
        <source>animation has more than {limit} frames; the app reads at most {limit}</source>
        <translation>动画超过 {limit} 帧；本程序最多读取 {limit} 帧</translation>
    </message>
    <message>
        <source>the picture carries embedded text (metadata) over the {limit} MB the app reads</source>
        <translation>图片内嵌的文字信息（元数据）超过本程序读取的 {limit} MB 上限</translation>
    </message>
    <message>
        <source>unrecognised binary data</source>
        <translation>无法识别的二进制数据</translation>
    </message>
    <message>
        <source>a PNG image</source>
        <translation>PNG 图片</translation>
    </message>
    <message>
        <source>a JPEG image</source>
        <translation>JPEG 图片</translation>
    </message>
    <message>
        <source>a WebP image</source>
        <translation>WebP 图片</translation>
    </message>
    <message>
        <source>a GIF image</source>
        <translation>GIF 图片</translation>
    </message>
    <message>
        <source>a BMP image</source>
        <translation>BMP 图片</translation>
    </message>
    <message>
        <source>a HEIC image</source>
        <translation>HEIC 图片</translation>
    </message>
    <message>
        <source>a PDF document</source>
        <translation>PDF 文档</translation>
    </message>
    <message>
        <source>a ZIP archive or Office document</source>
        <translation>ZIP 压缩包或 Office 文档</translation>
    </message>
    <message>
        <source>a RAR archive</source>
        <translation>RAR 压缩包</translation>
    </message>
    <message>
        <source>a 7-Zip archive</source>
        <translation>7-Zip 压缩包</translation>
    </message>
    <message>
        <source>a gzip archive</source>
        <translation>gzip 压缩包</translation>
    </message>
    <message>
        <source>an MP4/MOV video</source>
        <translation>MP4/MOV 视频</translation>
    </message>
    <message>
        <source>an MP3 audio file</source>
        <translation>MP3 音频文件</translation>
    </message>
    <message>
        <source>an HTML page</source>
        <translation>HTML 网页</translation>
    </message>
    <message>
        <source>text</source>
        <translation>文本</translation>
    </message>
</context>
<context>
    <name>JointDialog</name>
    <message>
        <source>Joint complaints</source>
        <translation>共同投诉</translation>
    </message>
    <message>
        <source>Suggested: cases against the same business</source>
        <translation>建议：针对同一经营者的案件</translation>
    </message>
    <message>
        <source>How they agreed:</source>
        <translation>同意方式：</translation>
    </message>
    <message>
        <source>e.g. signed the election, WeChat message of 1 December</source>
        <translation>例如：签署推选代表人书、12月1日微信消息</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <source>Suggested groups</source>
        <translation>建议的分组</translation>
    </message>
    <message>
        <source>Complainants</source>
        <translation>投诉人</translation>
    </message>
    <message>
        <source>Make a joint complaint of this group</source>
        <translation>将这一组作为共同投诉</translation>
    </message>
    <message>
        <source>Add the open case</source>
        <translation>加入当前案件</translation>
    </message>
    <message>
        <source>Take out</source>
        <translation>移出</translation>
    </message>
    <message>
        <source>Election of representatives…</source>
        <translation>推选代表人书…</translation>
    </message>
    <message>
        <source>Export joint bundle…</source>
        <translation>导出共同投诉材料…</translation>
    </message>
    <message>
        <source>Edit…</source>
        <translation>编辑…</translation>
    </message>
    <message>
        <source>Draft</source>
        <translation>草稿</translation>
    </message>
    <message>
        <source>Recipient</source>
        <translation>提交对象</translation>
    </message>
    <message>
        <source>Every page marked 草稿 (DRAFT): possible while a complainant&apos;s case still lacks what Art. 10 asks for</source>
        <translation>每页标注“草稿”：在某位投诉人的案件仍缺少第十条要求的材料时也可导出</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>代号</translation>
    </message>
    <message>
        <source>Complainant</source>
        <translation>投诉人</translation>
    </message>
    <message>
        <source>Order number</source>
        <translation>订单号</translation>
    </message>
    <message>
        <source>Paid</source>
        <translation>实付金额</translation>
    </message>
    <message>
        <source>Consented</source>
        <translation>已同意</translation>
    </message>
    <message>
        <source>When and how</source>
        <translation>同意时间与方式</translation>
    </message>
    <message>
        <source>Representative</source>
        <translation>代表人</translation>
    </message>
    <message>
        <source> (not ready)</source>
        <translation>（未就绪）</translation>
    </message>
    <message numerus="yes">
        <source>%1: %n case(s) (%2)</source>
        <translation>
            <numerusform>%1：%n 个案件（%2）</numerusform>
        </translation>
    </message>
    <message>
        <source>No joint complaint yet: group a suggestion, or cases you choose.</source>
        <translation>还没有共同投诉：可将建议的分组或选定的案件组成共同投诉。</translation>
    </message>
    <message>
        <source>A joint complaint needs two complainants or more.</source>
        <translation>共同投诉至少需要两名投诉人。</translation>
    </message>
    <message>
        <source>No consent recorded yet: %1.</source>
        <translation>尚未记录同意：%1。</translation>
    </message>
    <message>
        <source>Elect one or two representatives among those who consented.</source>
        <translation>请在已同意的投诉人中推选一至两名代表人。</translation>
    </message>
    <message>
        <source>Ready to file: print the election for signatures, then export.</source>
        <translation>可以提交：先打印推选代表人书供签名，再导出材料。</translation>
    </message>
    <message>
        <source>recorded in the app</source>
        <translation>在应用中记录</translation>
    </message>
    <message>
        <source>At most two representatives may be elected.</source>
        <translation>最多可推选两名代表人。</translation>
    </message>
    <message>
        <source>Save as</source>
        <translation>另存为</translation>
    </message>
    <message>
        <source>PDF (*.pdf)</source>
        <translation>PDF 文件 (*.pdf)</translation>
    </message>
    <message>
        <source>Writing %1…</source>
        <translation>正在写入 %1…</translation>
    </message>
    <message>
        <source>Step %1 of %2: %3</source>
        <translation>第 %1 步，共 %2 步：%3</translation>
    </message>
    <message>
        <source>Cancelled. No file was written.</source>
        <translation>已取消，未写入任何文件。</translation>
    </message>
    <message numerus="yes">
        <source>Saved %1 (%n page(s)).</source>
        <translation>
            <numerusform>已保存 %1（共 %n 页）。</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>JointEditor</name>
    <message>
        <source>Title</source>
        <translation>标题</translation>
    </message>
    <message>
        <source>Requests (empty: drafted from each complainant&apos;s case)</source>
        <translation>投诉请求（留空：根据各投诉人的案件拟定）</translation>
    </message>
    <message>
        <source>Facts shared by all (optional)</source>
        <translation>全体投诉人共同的事实（可选）</translation>
    </message>
    <message>
        <source>Edit the joint complaint</source>
        <translation>编辑共同投诉</translation>
    </message>
    <message>
        <source>One request a line</source>
        <translation>每行一项请求</translation>
    </message>
    <message>
        <source>Each complainant&apos;s own facts are told in the letter already</source>
        <translation>每位投诉人自己的事实已写入投诉书</translation>
    </message>
</context>
<context>
    <name>JointText</name>
    <message>
        <source>Not ready for the market regulator: each complainant&apos;s case needs what Art. 10 asks for and consistent facts (a draft can still be exported).</source>
        <translation>尚不能提交市场监管部门：每位投诉人的案件都需要第十条要求的材料，且事实前后一致（仍可导出草稿）。</translation>
    </message>
    <message>
        <source>A joint complaint needs two complainants or more.</source>
        <translation>共同投诉需要两名或以上投诉人。</translation>
    </message>
    <message>
        <source>At most two representatives may be elected.</source>
        <translation>最多推选两名代表人。</translation>
    </message>
    <message>
        <source>A representative is elected among those who consented: record their consent first.</source>
        <translation>代表人须从已同意共同投诉的投诉人中推选：请先记录其同意。</translation>
    </message>
    <message>
        <source>A joint complaint needs a title.</source>
        <translation>共同投诉需要标题。</translation>
    </message>
    <message>
        <source>The case 「%1」 names no merchant: say whom the complaint is against.</source>
        <translation>案件「%1」没有填写商家：请写明投诉对象。</translation>
    </message>
    <message>
        <source>The case 「%1」 is against another business: a joint complaint is against one (Art. 12).</source>
        <translation>案件「%1」的投诉对象是另一家经营者：共同投诉只能针对同一经营者（第十二条）。</translation>
    </message>
    <message>
        <source>Case %1 is already in a joint complaint.</source>
        <translation>案件 %1 已在一项共同投诉中。</translation>
    </message>
    <message>
        <source>Not ready to file: every complainant&apos;s consent and at least one representative are needed.</source>
        <translation>尚不能提交：需要每位投诉人的同意，并至少推选一名代表人。</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Cannot open your cases</source>
        <translation>无法打开案件库</translation>
    </message>
    <message>
        <source>Case created with {n} screenshots as its evidence. Add more: drop files here or press Ctrl+V.</source>
        <translation>案件已建立，{n} 张截图已作为证据加入。还可以继续添加：把文件拖到这里，或按 Ctrl+V。</translation>
    </message>
    <message>
        <source>Not added: {reason}</source>
        <translation>未加入：{reason}</translation>
    </message>
    <message>
        <source>Case created. Now add your evidence: drop files here or press Ctrl+V.</source>
        <translation>案件已创建。现在添加证据：把文件拖到这里，或按 Ctrl+V 粘贴截图。</translation>
    </message>
    <message>
        <source>Opening the example case…</source>
        <translation>正在打开示例案件…</translation>
    </message>
    <message>
        <source>The example case is open. Change anything; it is yours to try.</source>
        <translation>示例案件已打开，可以随意修改试用。</translation>
    </message>
    <message>
        <source>The example case you already have is open.</source>
        <translation>已打开你已有的示例案件。</translation>
    </message>
    <message>
        <source>Could not do that</source>
        <translation>操作未能完成</translation>
    </message>
    <message>
        <source>Open or create a case first, then paste a screenshot.</source>
        <translation>请先打开或新建一个案件，再粘贴截图。</translation>
    </message>
    <message>
        <source>The new data folder is used the next time you start the app.</source>
        <translation>新的数据文件夹将在下次启动时生效。</translation>
    </message>
    <message>
        <source>The office server is used the next time you start the app.</source>
        <translation>下次启动时改用办公室服务器。</translation>
    </message>
    <message>
        <source>Could not save the settings</source>
        <translation>无法保存设置</translation>
    </message>
    <message>
        <source>&amp;New case…</source>
        <translation>新建案件(&amp;N)…</translation>
    </message>
    <message>
        <source>Open &amp;example case</source>
        <translation>打开示例案件(&amp;E)</translation>
    </message>
    <message>
        <source>&amp;Export…</source>
        <translation>导出(&amp;X)…</translation>
    </message>
    <message>
        <source>&amp;To-do: deadlines of all cases…</source>
        <translation>待办：所有案件的期限(&amp;T)…</translation>
    </message>
    <message>
        <source>&amp;Settings…</source>
        <translation>设置(&amp;S)…</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>退出(&amp;Q)</translation>
    </message>
    <message>
        <source>&amp;Paste evidence</source>
        <translation>粘贴证据(&amp;P)</translation>
    </message>
    <message>
        <source>&amp;Find case</source>
        <translation>查找案件(&amp;F)</translation>
    </message>
    <message>
        <source>&amp;About</source>
        <translation>关于(&amp;A)</translation>
    </message>
    <message>
        <source>Export case &amp;archive…</source>
        <translation>导出案件包(&amp;A)…</translation>
    </message>
    <message>
        <source>&amp;Import case archive…</source>
        <translation>导入案件包(&amp;I)…</translation>
    </message>
    <message>
        <source>Move case to &amp;trash</source>
        <translation>把案件移到回收站(&amp;T)</translation>
    </message>
    <message>
        <source>&amp;Joint complaints…</source>
        <translation>共同投诉(&amp;J)…</translation>
    </message>
    <message>
        <source>&amp;Case</source>
        <translation>案件(&amp;C)</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>编辑(&amp;E)</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>帮助(&amp;H)</translation>
    </message>
    <message>
        <source>Overview</source>
        <translation>概况</translation>
    </message>
    <message>
        <source>Evidence</source>
        <translation>证据</translation>
    </message>
    <message>
        <source>Timeline</source>
        <translation>时间线</translation>
    </message>
    <message>
        <source>Rules</source>
        <translation>规则</translation>
    </message>
    <message>
        <source>Complaints</source>
        <translation>投诉进展</translation>
    </message>
    <message>
        <source>Export</source>
        <translation>导出</translation>
    </message>
    <message>
        <source>The open case</source>
        <translation>当前案件</translation>
    </message>
    <message>
        <source>Refund Evidence Organizer</source>
        <translation>维权证据夹</translation>
    </message>
    <message>
        <source>About</source>
        <translation>关于</translation>
    </message>
    <message>
        <source>Refund Evidence Organizer %1

Keeps the evidence for an online-course refund in order and makes the complaint file. Everything stays on this computer.</source>
        <translation>维权证据夹 %1

为网课退款整理证据，并生成投诉材料。所有资料只保存在这台电脑上。</translation>
    </message>
</context>
<context>
    <name>NewCaseWizard</name>
    <message>
        <source>Merchant company</source>
        <translation>商家公司名称</translation>
    </message>
    <message>
        <source>Shop or streamer</source>
        <translation>店铺或主播</translation>
    </message>
    <message>
        <source>Where did you buy the course?</source>
        <translation>你在哪里买的课？</translation>
    </message>
    <message>
        <source>Give the case a short title you will recognise later.</source>
        <translation>给案件起个简短的标题，方便以后找到。</translation>
    </message>
    <message>
        <source>The order</source>
        <translation>订单信息</translation>
    </message>
    <message>
        <source>Copy these from the order details. Leave empty what you cannot find.</source>
        <translation>从订单详情里抄下这些信息；找不到的可以先空着。</translation>
    </message>
    <message>
        <source>The course</source>
        <translation>课程情况</translation>
    </message>
    <message>
        <source>When it starts and how much of it you have studied decide the refund.</source>
        <translation>开课时间和学习进度决定能退多少。</translation>
    </message>
    <message>
        <source>Your refund so far</source>
        <translation>退款进展</translation>
    </message>
    <message>
        <source>Have you asked the merchant for a refund yet?</source>
        <translation>你向商家申请过退款吗？</translation>
    </message>
    <message>
        <source>You</source>
        <translation>你的信息</translation>
    </message>
    <message>
        <source>A complaint needs your name, phone and address. Filled in from Settings.</source>
        <translation>投诉需要你的姓名、电话和地址。已按“设置”中的资料填好。</translation>
    </message>
    <message>
        <source>A complaint needs your name, phone and address. Save them in Settings and every new case starts with them.</source>
        <translation>投诉需要你的姓名、电话和地址。在“设置”中保存后，每个新案件都会自动填好。</translation>
    </message>
    <message>
        <source>For example: Kuaishou English course refund</source>
        <translation>例如：快手英语课退款</translation>
    </message>
    <message>
        <source>Kuaishou → Me → Orders → open the course → Order details: “Order number” (long-press to copy).</source>
        <translation>快手 → 我的 → 订单 → 点开这门课 → 订单详情：“订单编号”（可长按复制）。</translation>
    </message>
    <message>
        <source>The product name at the top of the order details.</source>
        <translation>订单详情顶部的商品名称。</translation>
    </message>
    <message>
        <source>“Amount paid” in the order details.</source>
        <translation>订单详情里的“实付款”。</translation>
    </message>
    <message>
        <source>“Payment time” in the order details, or in your WeChat Pay / Alipay bill.</source>
        <translation>订单详情里的“付款时间”，也可以在微信支付或支付宝账单里找到。</translation>
    </message>
    <message>
        <source>Order details → shop name → shop page → Qualifications: the company name on the business licence.</source>
        <translation>订单详情 → 店铺名称 → 店铺主页 → 资质信息：营业执照上的公司名称。</translation>
    </message>
    <message>
        <source>The streamer or shop that sold the course.</source>
        <translation>卖课的主播或店铺名称。</translation>
    </message>
    <message>
        <source>On the course page, or in the class notice you got after buying.</source>
        <translation>在课程详情页，或购买后收到的上课通知里。</translation>
    </message>
    <message>
        <source>Course page → study record. If unsure: lessons watched ÷ all lessons × 100.</source>
        <translation>课程页 → 学习记录。不确定时：已学课时 ÷ 总课时 × 100。</translation>
    </message>
    <message>
        <source>For example the live stream promised “pass in 7 days or your money back”, and it was not true.</source>
        <translation>例如直播间承诺“7天包过，不过全额退”，实际并非如此。</translation>
    </message>
    <message>
        <source>Kuaishou → Me → Orders → After-sales / Refunds shows the refund progress.</source>
        <translation>快手 → 我的 → 订单 → 售后/退款，可以查看退款进度。</translation>
    </message>
    <message>
        <source>“Request time” in the refund details.</source>
        <translation>退款详情里的“申请时间”。</translation>
    </message>
    <message>
        <source>Money already back in your account; leave empty if none.</source>
        <translation>已经退回到账的金额；没有就留空。</translation>
    </message>
    <message>
        <source>Your real name, as on your ID card.</source>
        <translation>你的真实姓名，与身份证一致。</translation>
    </message>
    <message>
        <source>A number the regulator can call you on.</source>
        <translation>监管部门能联系到你的电话。</translation>
    </message>
    <message>
        <source>Where letters about the complaint should go.</source>
        <translation>接收投诉相关信件的地址。</translation>
    </message>
    <message>
        <source>In the app you bought from: Me → Orders → Order details: the order number.</source>
        <translation>在你购买课程的 App 里：我的 → 订单 → 订单详情：订单号。</translation>
    </message>
    <message>
        <source>The company on the shop&apos;s licence or qualifications page, or on the contract.</source>
        <translation>店铺营业执照或资质页面上的公司名称，或合同上的公司名称。</translation>
    </message>
    <message>
        <source>The after-sales or refund page of the order shows the refund progress.</source>
        <translation>订单的售后或退款页面可以查看退款进度。</translation>
    </message>
    <message>
        <source>New case</source>
        <translation>新建案件</translation>
    </message>
    <message>
        <source>Discard the new case?</source>
        <translation>放弃这个新案件？</translation>
    </message>
    <message>
        <source>What you typed in this wizard has not been saved. Discard it?</source>
        <translation>你在向导中填写的内容还没有保存。要放弃吗？</translation>
    </message>
    <message>
        <source>Discard</source>
        <translation>放弃</translation>
    </message>
    <message>
        <source>Keep editing</source>
        <translation>继续填写</translation>
    </message>
    <message>
        <source>Read from {file}: 「{words}」. Check it; change it if it is wrong.</source>
        <translation>从 {file} 读出：「{words}」。请核对，有误请直接修改。</translation>
    </message>
    <message>
        <source>{file} shows 「{value}」; what you typed is kept.</source>
        <translation>{file} 显示为「{value}」；已保留您填写的内容。</translation>
    </message>
    <message>
        <source>{file} shows the same.</source>
        <translation>{file} 显示的内容与此一致。</translation>
    </message>
    <message>
        <source>The screenshots show different values, so nothing was filled in: {values}</source>
        <translation>几张截图显示的内容不一致，因此没有自动填写：{values}</translation>
    </message>
</context>
<context>
    <name>OfficeBox</name>
    <message>
        <source>Office server (several desks, one set of cases)</source>
        <translation>办公室服务器（多个工位共用一套案件）</translation>
    </message>
    <message>
        <source>Leave the server empty to keep the cases on this computer. Each desk enters the same server and database; the data folder above should then be the office&apos;s shared folder. A change takes effect the next time you start the app.</source>
        <translation>服务器留空则案件保存在本机。各工位填写同一个服务器和数据库；上面的数据文件夹应设为办公室的共享文件夹。更改在下次启动时生效。</translation>
    </message>
    <message>
        <source>Your name</source>
        <translation>你的姓名</translation>
    </message>
    <message>
        <source>Server</source>
        <translation>服务器</translation>
    </message>
    <message>
        <source>Database</source>
        <translation>数据库</translation>
    </message>
    <message>
        <source>User</source>
        <translation>用户名</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>密码</translation>
    </message>
    <message>
        <source>recorded with each change you make</source>
        <translation>记录在你做的每一处更改中</translation>
    </message>
    <message>
        <source>host name or address, optionally :port</source>
        <translation>主机名或地址，可加 :端口</translation>
    </message>
    <message>
        <source>leave empty to keep the saved password</source>
        <translation>留空则保留已保存的密码</translation>
    </message>
    <message>
        <source>The password is kept in this computer&apos;s keyring, never in a file.</source>
        <translation>密码保存在本机的系统钥匙串中，绝不写入文件。</translation>
    </message>
    <message>
        <source>The only keyring on this computer keeps passwords in a plain file (%1), so no password is stored: the server must let this desk in without one.</source>
        <translation>本机唯一的钥匙串会把密码写成明文文件（%1），因此不保存密码：服务器须允许本工位无密码连接。</translation>
    </message>
    <message>
        <source>No keyring is available on this computer, so no password can be stored: the server must let this desk in without one.</source>
        <translation>本机没有可用的系统钥匙串（keyring），因此无法保存密码：服务器须允许本工位无密码连接。</translation>
    </message>
    <message>
        <source>REFUND_EVIDENCE_DB_URL is set: that database is used, not these settings.</source>
        <translation>已设置 REFUND_EVIDENCE_DB_URL：使用该数据库，而不是这里的设置。</translation>
    </message>
</context>
<context>
    <name>OnlineFilingDialog</name>
    <message>
        <source>File online on 12315</source>
        <translation>网上投诉（12315）</translation>
    </message>
    <message>
        <source>Open the 12315 complaint form (www.12315.cn, the 12315 app or mini program) next to this window and copy each field across. The texts say what the complaint letter says; check them before you submit.</source>
        <translation>在本窗口旁打开12315投诉页面（www.12315.cn、12315 App或小程序），逐项复制填写。这些文字与投诉书内容一致；提交前请核对。</translation>
    </message>
    <message>
        <source>Open www.12315.cn</source>
        <translation>打开 www.12315.cn</translation>
    </message>
    <message>
        <source>Preparing the texts…</source>
        <translation>正在准备文字……</translation>
    </message>
    <message>
        <source>Your name</source>
        <translation>投诉人姓名</translation>
    </message>
    <message>
        <source>Your phone</source>
        <translation>投诉人电话</translation>
    </message>
    <message>
        <source>Your postal address</source>
        <translation>投诉人通讯地址</translation>
    </message>
    <message>
        <source>Your ID number</source>
        <translation>投诉人身份证件号码</translation>
    </message>
    <message>
        <source>Respondent (the merchant&apos;s full name)</source>
        <translation>被投诉人（商家全称）</translation>
    </message>
    <message>
        <source>Respondent&apos;s address</source>
        <translation>被投诉人地址</translation>
    </message>
    <message>
        <source>Shop on the platform</source>
        <translation>平台店铺</translation>
    </message>
    <message>
        <source>Which regulator (Art. 13)</source>
        <translation>管辖（第十三条）</translation>
    </message>
    <message>
        <source>Order number</source>
        <translation>订单号</translation>
    </message>
    <message>
        <source>Goods or service</source>
        <translation>商品或服务名称</translation>
    </message>
    <message>
        <source>Purchase time</source>
        <translation>购买时间</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>金额</translation>
    </message>
    <message>
        <source>The problem, short</source>
        <translation>问题简述</translation>
    </message>
    <message>
        <source>The problem, in full</source>
        <translation>问题详述</translation>
    </message>
    <message>
        <source>Your request</source>
        <translation>投诉请求</translation>
    </message>
    <message numerus="yes">
        <source>%n character(s)</source>
        <translation>
            <numerusform>%n 个字</numerusform>
        </translation>
    </message>
    <message>
        <source>empty</source>
        <translation>（空）</translation>
    </message>
    <message>
        <source>Copy</source>
        <translation>复制</translation>
    </message>
    <message>
        <source>Copied</source>
        <translation>已复制</translation>
    </message>
    <message>
        <source>Evidence pictures for upload</source>
        <translation>上传用的证据图片</translation>
    </message>
    <message>
        <source>Write the pictures…</source>
        <translation>生成图片…</translation>
    </message>
    <message>
        <source>Open the folder</source>
        <translation>打开文件夹</translation>
    </message>
    <message>
        <source>Each exhibit becomes numbered pictures in the bundle&apos;s order: 证据1-1.jpg, 证据1-2.jpg, 证据2-1.jpg… Long screenshots are cut on blank rows, PDF pages and chat logs become pages. The 12315 form&apos;s limits are not published where this app could check them: if it refuses a picture, lower the limits and write again.</source>
        <translation>每份证据按证据材料中的顺序生成编号图片：证据1-1.jpg、证据1-2.jpg、证据2-1.jpg……长截图在空白行处切开，PDF和聊天记录逐页生成。本应用无法核实12315页面对附件的限制：如果页面拒收某张图片，请调低上限后重新生成。</translation>
    </message>
    <message>
        <source>Each picture at most</source>
        <translation>每张图片不超过</translation>
    </message>
    <message>
        <source>and</source>
        <translation>和</translation>
    </message>
    <message>
        <source>Where to put the folder of pictures</source>
        <translation>图片文件夹放在哪里</translation>
    </message>
    <message numerus="yes">
        <source>%n picture(s) written to %1</source>
        <translation>
            <numerusform>已生成 %n 张图片：%1</numerusform>
        </translation>
    </message>
    <message>
        <source>Not turned into pictures (submit them as the form allows): %1</source>
        <translation>未能转成图片（请按页面要求另行提交）：%1</translation>
    </message>
    <message>
        <source>The pictures were not written: %1</source>
        <translation>图片未能生成：%1</translation>
    </message>
</context>
<context>
    <name>OverviewPanel</name>
    <message>
        <source>Save</source>
        <translation>保存</translation>
    </message>
    <message>
        <source>Save the case</source>
        <translation>保存案件</translation>
    </message>
    <message>
        <source>Changes are also saved automatically as you type.</source>
        <translation>修改会在输入时自动保存。</translation>
    </message>
    <message>
        <source>Unsaved changes…</source>
        <translation>有未保存的修改…</translation>
    </message>
    <message>
        <source>Saving…</source>
        <translation>正在保存…</translation>
    </message>
    <message>
        <source>All changes saved</source>
        <translation>所有修改已保存</translation>
    </message>
    <message>
        <source>Not saved: please correct the field marked in red.</source>
        <translation>未保存：请修改标红的字段。</translation>
    </message>
    <message>
        <source>Not saved: someone else changed the same facts.</source>
        <translation>未保存：其他人修改了相同的内容。</translation>
    </message>
    <message>
        <source>The check waits until “%1” is corrected.</source>
        <translation>请先改正“%1”，然后才能检查。</translation>
    </message>
</context>
<context>
    <name>PreflightList</name>
    <message>
        <source>Pre-flight check</source>
        <translation>导出前检查</translation>
    </message>
    <message>
        <source>Check again</source>
        <translation>重新检查</translation>
    </message>
    <message>
        <source>Open a case to check it before export.</source>
        <translation>打开一个案件，在导出前进行检查。</translation>
    </message>
    <message>
        <source>Checking original {done} of {total}…</source>
        <translation>正在核对第 {done} 个原始文件，共 {total} 个…</translation>
    </message>
    <message>
        <source>Checking…</source>
        <translation>正在检查…</translation>
    </message>
    <message>
        <source>The check could not be run: {error}</source>
        <translation>无法进行检查：{error}</translation>
    </message>
    <message>
        <source>the file is missing</source>
        <translation>文件缺失</translation>
    </message>
    <message>
        <source>Changed original: {item}. Expected SHA-256 {expected}…, found {found}.</source>
        <translation>原始文件已被改动：{item}。应为 SHA-256 {expected}…，实际为 {found}。</translation>
    </message>
    <message>
        <source>Changed outside the app: {what}.</source>
        <translation>在本程序之外被改动：{what}。</translation>
    </message>
    <message>
        <source>Please correct: {problem}</source>
        <translation>请改正：{problem}</translation>
    </message>
    <message>
        <source>Required for a complaint (Art. 10): {field}</source>
        <translation>投诉必备（第十条）：{field}</translation>
    </message>
    <message>
        <source>Missing for the complaint: {field}</source>
        <translation>投诉还缺少：{field}</translation>
    </message>
    <message>
        <source>No evidence of this kind yet: {kind}</source>
        <translation>还没有这类证据：{kind}</translation>
    </message>
    <message numerus="yes">
        <source>%n original file(s) verified against their SHA-256 fingerprint.</source>
        <translation>
            <numerusform>已按 SHA-256 指纹核对 %n 个原始文件。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Export blocked: %n original file(s) no longer match the fingerprint taken at import. Restore them from a backup, or remove them from the case.</source>
        <translation>
            <numerusform>无法导出：有 %n 个原始文件与导入时记录的指纹不一致。请从备份中恢复这些文件，或将其从案件中移除。</numerusform>
        </translation>
    </message>
    <message>
        <source>Export blocked: the case&apos;s records were changed outside the app, so the bundle could not be trusted. Restore the database from a backup; the command-line verify lists every difference.</source>
        <translation>无法导出：此案件的记录在本程序之外被改动过，生成的材料将不可信。请从备份恢复数据库；命令行的 verify 会列出每一处差异。</translation>
    </message>
    <message>
        <source>none</source>
        <translation>无</translation>
    </message>
    <message>
        <source>Not ready for the market regulator: Art. 10 of the 2026 complaint measures asks for the complainant&apos;s name, phone and address, the merchant&apos;s name and address, a request and the facts. Missing: {missing}. {problems}You can export a draft (every page marked 草稿) to check it.</source>
        <translation>还不能提交给市场监督管理部门：《市场监督管理投诉举报处理办法》第十条要求投诉写明投诉人的姓名、电话、通讯地址，被投诉人的名称和地址，具体的投诉请求和消费者权益争议事实。缺少：{missing}。{problems}可以先导出草稿（每页标“草稿”）核对。</translation>
    </message>
    <message>
        <source>Some facts need correcting. </source>
        <translation>有些事实需要改正。</translation>
    </message>
    <message>
        <source>Only a draft can be exported until the complaint is complete.</source>
        <translation>投诉材料补全之前，只能导出草稿。</translation>
    </message>
    <message numerus="yes">
        <source>Ready, with %n warning(s): the bundle can be made, but a complaint may need more.</source>
        <translation>
            <numerusform>可以导出，但有 %n 条提醒：材料可以生成，但投诉可能还需要补充。</numerusform>
        </translation>
    </message>
    <message>
        <source>exhibit {n} shows {value}</source>
        <translation>证据{n}显示为 {value}</translation>
    </message>
    <message>
        <source>{fact}: the case says {value}, but {shown}</source>
        <translation>{fact}：案件中为 {value}，但{shown}</translation>
    </message>
    <message>
        <source>{fact}: the exhibits disagree: {shown}</source>
        <translation>{fact}：证据之间不一致：{shown}</translation>
    </message>
    <message>
        <source>{fact} {value}: agrees with exhibit {numbers}</source>
        <translation>{fact} {value}：与证据{numbers}一致</translation>
    </message>
    <message>
        <source>The export cannot start.</source>
        <translation>无法开始导出。</translation>
    </message>
    <message>
        <source>Ready to export.</source>
        <translation>可以导出。</translation>
    </message>
</context>
<context>
    <name>ReadingBar</name>
    <message>
        <source>Stop reading</source>
        <translation>停止识别</translation>
    </message>
    <message>
        <source>Review found facts ({count})</source>
        <translation>查看识别出的事实（{count}）</translation>
    </message>
    <message>
        <source>Reading the text in screenshots: {done} of {total}…</source>
        <translation>正在识别截图中的文字：第 {done} 张，共 {total} 张…</translation>
    </message>
    <message>
        <source>The screenshots show facts the case does not have yet.</source>
        <translation>截图中有案件尚未填写的事实。</translation>
    </message>
    <message>
        <source>Text recognition stopped: {error}</source>
        <translation>文字识别已停止：{error}</translation>
    </message>
</context>
<context>
    <name>RedactionBar</name>
    <message>
        <source>Drag over what the recipient must not see. Click a box to select it; Delete removes it.</source>
        <translation>在不应让对方看到的内容上拖动画框。点一下框可以选中，按 Delete 删除。</translation>
    </message>
    <message>
        <source>Suggest boxes</source>
        <translation>建议遮挡</translation>
    </message>
    <message>
        <source>Remove selected</source>
        <translation>删除选中的框</translation>
    </message>
    <message>
        <source>Remove all</source>
        <translation>全部删除</translation>
    </message>
    <message>
        <source>Save redaction</source>
        <translation>保存遮挡</translation>
    </message>
    <message>
        <source>Close tool</source>
        <translation>关闭遮挡工具</translation>
    </message>
</context>
<context>
    <name>RulesPanel</name>
    <message>
        <source>Merchant&apos;s obligation: {title}</source>
        <translation>商家义务：{title}</translation>
    </message>
    <message>
        <source>Check again</source>
        <translation>重新检查</translation>
    </message>
    <message>
        <source>Run the check again with the case as it is now.</source>
        <translation>按案件当前信息重新检查。</translation>
    </message>
    <message>
        <source>Copy report</source>
        <translation>复制报告</translation>
    </message>
    <message>
        <source>Copy the whole check as text, to paste into a message or a complaint.</source>
        <translation>把整份检查结果复制为文字，可粘贴到消息或投诉中。</translation>
    </message>
    <message>
        <source>Beware of refund scams: nobody who really refunds you asks for your bank card password, an SMS code or a fee first. Use only the official entry in the app; if in doubt, call 110 or 96110.</source>
        <translation>谨防退款诈骗：真正给你退款的人，不会先要你的银行卡密码、短信验证码或任何费用。只通过 App 内的官方入口办理；如有疑问，请拨打 110 或 96110。</translation>
    </message>
    <message>
        <source>Checking the case against the refund rules…</source>
        <translation>正在按退款规则检查案件…</translation>
    </message>
    <message>
        <source>The check could not be run.</source>
        <translation>无法进行检查。</translation>
    </message>
    <message>
        <source>The report is on the clipboard.</source>
        <translation>检查报告已复制到剪贴板。</translation>
    </message>
    <message>
        <source>Open a case to check it against the refund rules.</source>
        <translation>打开一个案件，按退款规则进行检查。</translation>
    </message>
    <message>
        <source>Checked {when} (Beijing time) against: {packs}</source>
        <translation>检查时间 {when}（北京时间），依据：{packs}</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>结论</translation>
    </message>
    <message>
        <source>Best remedy: {remedy}</source>
        <translation>最有利的主张：{remedy}</translation>
    </message>
    <message>
        <source>Enter the order amount in the case details to see the sums.</source>
        <translation>在案件概况中填写订单金额后，即可看到具体金额。</translation>
    </message>
    <message>
        <source>Refund due: ¥{amount}</source>
        <translation>应退金额：¥{amount}</translation>
    </message>
    <message>
        <source>Compensation you may claim: ¥{amount}</source>
        <translation>可主张的赔偿：¥{amount}</translation>
    </message>
    <message>
        <source>Claiming compensation needs proof that the promotion was false or misleading (screenshots, live-stream recordings); the case has no promotion material yet.</source>
        <translation>主张赔偿需要证明宣传虚假或引人误解的证据（宣传截图、直播录屏等），目前案件中还没有宣传材料。</translation>
    </message>
    <message>
        <source>The refund is overdue.</source>
        <translation>退款已逾期。</translation>
    </message>
    <message>
        <source>Deadlines</source>
        <translation>期限</translation>
    </message>
    <message>
        <source> (estimated)</source>
        <translation>（估算）</translation>
    </message>
    <message>
        <source>That year&apos;s official holidays are not published yet: Monday to Friday are counted as working days.</source>
        <translation>该年的法定节假日安排尚未公布：暂按周一至周五为工作日计算。</translation>
    </message>
    <message>
        <source>Rules</source>
        <translation>规则</translation>
    </message>
    <message>
        <source>Source: {source}</source>
        <translation>依据：{source}</translation>
    </message>
    <message>
        <source>Still missing</source>
        <translation>还缺少</translation>
    </message>
    <message>
        <source>Evidence: {kinds}</source>
        <translation>证据：{kinds}</translation>
    </message>
    <message>
        <source>Complaint details: {fields}</source>
        <translation>投诉信息：{fields}</translation>
    </message>
    <message>
        <source>Next steps</source>
        <translation>下一步</translation>
    </message>
    <message>
        <source>Good to know</source>
        <translation>须知</translation>
    </message>
    <message>
        <source>Refund plus compensation</source>
        <translation>退款并赔偿</translation>
    </message>
    <message>
        <source>Full refund</source>
        <translation>全额退款</translation>
    </message>
    <message>
        <source>Partial refund</source>
        <translation>部分退款</translation>
    </message>
    <message>
        <source>No refund rule is met</source>
        <translation>没有符合的退款规则</translation>
    </message>
    <message>
        <source>Not enough facts to decide</source>
        <translation>信息不足，无法判断</translation>
    </message>
    <message>
        <source>Your name</source>
        <translation>你的姓名</translation>
    </message>
    <message>
        <source>Your phone number</source>
        <translation>你的电话号码</translation>
    </message>
    <message>
        <source>Your postal address</source>
        <translation>你的通讯地址</translation>
    </message>
    <message>
        <source>The merchant&apos;s name</source>
        <translation>商家名称</translation>
    </message>
    <message>
        <source>The merchant&apos;s address</source>
        <translation>商家地址</translation>
    </message>
    <message>
        <source>The order number</source>
        <translation>订单号</translation>
    </message>
    <message>
        <source>Met</source>
        <translation>符合</translation>
    </message>
    <message>
        <source>Not met</source>
        <translation>不符合</translation>
    </message>
    <message>
        <source>Unknown</source>
        <translation>无法判断</translation>
    </message>
</context>
<context>
    <name>ScreenshotStart</name>
    <message>
        <source>Start from screenshots…</source>
        <translation>从截图开始…</translation>
    </message>
    <message>
        <source>Choose screenshots of the order and the payment: the app reads them and fills in what they show. They become the case&apos;s evidence.</source>
        <translation>选择订单和付款的截图：本软件会识别截图中的文字，并填入其中显示的信息。这些截图会作为案件的证据。</translation>
    </message>
    <message>
        <source>Stop reading</source>
        <translation>停止识别</translation>
    </message>
    <message>
        <source>Reading the screenshots: {done} of {total}…</source>
        <translation>正在识别截图：第 {done} 张，共 {total} 张…</translation>
    </message>
    <message>
        <source>Read {read} of {total} files; {filled} facts filled in from them. Check each on the next pages: the note under a field says which screenshot it comes from. The screenshots will be the case&apos;s evidence.</source>
        <translation>已识别 {read} 个文件（共 {total} 个），据此填写了 {filled} 项信息。请在后面几页逐项核对：每项下方的说明写明了它来自哪张截图。这些截图将作为案件的证据。</translation>
    </message>
    <message>
        <source>Could not read {file}: {error}</source>
        <translation>无法识别 {file}：{error}</translation>
    </message>
    <message>
        <source>The screenshots could not be read ({error}). They will still be the case&apos;s evidence; fill in the fields yourself.</source>
        <translation>无法识别这些截图（{error}）。它们仍会作为案件的证据；请自己填写各项信息。</translation>
    </message>
    <message>
        <source>Or fill in the fields yourself, page by page.</source>
        <translation>也可以逐页自己填写。</translation>
    </message>
    <message>
        <source>Screenshots of the order and the payment</source>
        <translation>订单和付款的截图</translation>
    </message>
    <message>
        <source>Screenshots and PDFs (*.png *.jpg *.jpeg *.webp *.heic *.heif *.bmp *.gif *.pdf);;All files (*)</source>
        <translation>截图和 PDF (*.png *.jpg *.jpeg *.webp *.heic *.heif *.bmp *.gif *.pdf);;所有文件 (*)</translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <source>Settings</source>
        <translation>设置</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>语言</translation>
    </message>
    <message>
        <source>Data folder</source>
        <translation>数据文件夹</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>姓名</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>电话</translation>
    </message>
    <message>
        <source>Postal address</source>
        <translation>通讯地址</translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation>选择…</translation>
    </message>
    <message>
        <source>Choose the data folder</source>
        <translation>选择数据文件夹</translation>
    </message>
    <message>
        <source>Where your cases and evidence are kept. A new folder takes effect the next time you start the app; nothing is moved.</source>
        <translation>案件和证据保存的位置。新文件夹在下次启动时生效，已有的资料不会被移动。</translation>
    </message>
    <message>
        <source>Your details for complaints</source>
        <translation>投诉用的个人信息</translation>
    </message>
    <message>
        <source>Filled in for every new case. They stay on this computer.</source>
        <translation>新建案件时自动填入，只保存在这台电脑上。</translation>
    </message>
    <message>
        <source>Save the changed settings?</source>
        <translation>保存修改过的设置吗？</translation>
    </message>
    <message>
        <source>You changed the settings (for example your details for complaints). Save the changes?</source>
        <translation>你修改了设置（例如用于投诉的个人信息）。要保存这些修改吗？</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>保存</translation>
    </message>
    <message>
        <source>Discard</source>
        <translation>放弃</translation>
    </message>
    <message>
        <source>Keep editing</source>
        <translation>继续填写</translation>
    </message>
</context>
<context>
    <name>StoreError</name>
    <message>
        <source>the disk is full</source>
        <translation>磁盘已满</translation>
    </message>
    <message>
        <source>the disk could not be read or written (it may be full, removed or failing)</source>
        <translation>磁盘无法读写（可能已满、已被拔出或出现故障）</translation>
    </message>
    <message>
        <source>the database file or its folder is read-only</source>
        <translation>数据库文件或其所在文件夹是只读的</translation>
    </message>
    <message>
        <source>the database file cannot be opened (missing folder or no permission)</source>
        <translation>无法打开数据库文件（文件夹不存在或没有权限）</translation>
    </message>
    <message>
        <source>the file is not a case database (damaged, or another program&apos;s file)</source>
        <translation>该文件不是案件数据库（已损坏，或是其他程序的文件）</translation>
    </message>
    <message>
        <source>the database file is damaged; restore it from backups/</source>
        <translation>数据库文件已损坏；请从 backups/ 文件夹中的备份恢复</translation>
    </message>
    <message>
        <source>the database is busy in another program; close it and try again</source>
        <translation>数据库正被其他程序占用；请关闭该程序后重试</translation>
    </message>
    <message>
        <source>the server refused the user name or password (see Settings)</source>
        <translation>服务器拒绝了用户名或密码（见设置）</translation>
    </message>
    <message>
        <source>the database does not exist on the server (see Settings)</source>
        <translation>服务器上没有这个数据库（见设置）</translation>
    </message>
    <message>
        <source>the database user has no permission for this (ask whoever runs the server)</source>
        <translation>数据库用户没有这项权限（请联系服务器管理员）</translation>
    </message>
    <message>
        <source>the server has too many connections; try again later</source>
        <translation>服务器连接数已满，请稍后再试</translation>
    </message>
    <message>
        <source>the server&apos;s disk is full</source>
        <translation>服务器磁盘已满</translation>
    </message>
    <message>
        <source>the server accepts no changes (it is read-only)</source>
        <translation>服务器不接受更改（只读）</translation>
    </message>
    <message>
        <source>the connection to the server was lost; try again</source>
        <translation>与服务器的连接已断开，请重试</translation>
    </message>
    <message>
        <source>the database server cannot be reached (is it running? see Settings)</source>
        <translation>无法连接数据库服务器（是否已运行？见设置）</translation>
    </message>
    <message>
        <source>%1: the case database cannot be used: %2; nothing was changed</source>
        <translation>%1：案件数据库无法使用：%2；没有做任何更改</translation>
    </message>
</context>
<context>
    <name>Summary</name>
    <message>
        <source>Refund + compensation</source>
        <translation>退款并赔偿</translation>
    </message>
    <message>
        <source>Full refund</source>
        <translation>全额退款</translation>
    </message>
    <message>
        <source>Partial refund</source>
        <translation>部分退款</translation>
    </message>
    <message>
        <source>None found</source>
        <translation>暂无</translation>
    </message>
    <message>
        <source>Not enough facts</source>
        <translation>信息不足</translation>
    </message>
    <message>
        <source>MMM d yyyy, HH:mm</source>
        <translation>yyyy年M月d日 HH:mm</translation>
    </message>
    <message>
        <source>MMM d, HH:mm</source>
        <translation>M月d日 HH:mm</translation>
    </message>
    <message>
        <source>1 day left</source>
        <translation>还剩 1 天</translation>
    </message>
    <message>
        <source>%1 days left</source>
        <translation>还剩 %1 天</translation>
    </message>
    <message>
        <source>1 hour left</source>
        <translation>还剩 1 小时</translation>
    </message>
    <message>
        <source>%1 hours left</source>
        <translation>还剩 %1 小时</translation>
    </message>
    <message>
        <source>done in time</source>
        <translation>已按时办理</translation>
    </message>
    <message>
        <source>overdue since %1</source>
        <translation>%1 起已逾期</translation>
    </message>
    <message>
        <source>refunded</source>
        <translation>商家已退款</translation>
    </message>
    <message>
        <source>filed in time</source>
        <translation>已按时起诉</translation>
    </message>
    <message>
        <source>asked in time</source>
        <translation>已按时申请</translation>
    </message>
    <message>
        <source>the merchant is overdue since %1</source>
        <translation>商家自 %1 起逾期</translation>
    </message>
    <message>
        <source>passed %1</source>
        <translation>已于 %1 截止</translation>
    </message>
    <message>
        <source>due %1, %2</source>
        <translation>截止 %1，%2</translation>
    </message>
    <message>
        <source>%1 – enter the order amount to see how much</source>
        <translation>%1（填写订单金额后可算出金额）</translation>
    </message>
    <message>
        <source>Refund %1; compensation you may claim %2</source>
        <translation>可退款 %1；可主张赔偿 %2</translation>
    </message>
    <message>
        <source>Full refund possible: %1</source>
        <translation>可全额退款 %1</translation>
    </message>
    <message>
        <source>Partial refund possible: %1</source>
        <translation>可部分退款 %1</translation>
    </message>
    <message>
        <source>No refund claim found yet</source>
        <translation>暂未找到可主张的退款</translation>
    </message>
    <message>
        <source>Not enough facts to decide yet</source>
        <translation>信息不足，暂时无法判断</translation>
    </message>
    <message>
        <source>Next: %1</source>
        <translation>下一步：%1</translation>
    </message>
    <message>
        <source>A complaint still needs: %1</source>
        <translation>投诉还需要：%1</translation>
    </message>
    <message>
        <source>Evidence still missing: %1</source>
        <translation>还缺少证据：%1</translation>
    </message>
    <message>
        <source>Summary of the rule check</source>
        <translation>规则检查摘要</translation>
    </message>
    <message>
        <source>Checking the refund rules…</source>
        <translation>正在检查退款规则…</translation>
    </message>
    <message>
        <source>The refund is overdue: it should have arrived by now.</source>
        <translation>退款已逾期：按规则现在应该已经到账。</translation>
    </message>
    <message>
        <source>Please check: %1</source>
        <translation>请核对：%1</translation>
    </message>
</context>
<context>
    <name>TimelinePanel</name>
    <message>
        <source>Time (Beijing)</source>
        <translation>时间（北京时间）</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>类型</translation>
    </message>
    <message>
        <source>What happened</source>
        <translation>经过</translation>
    </message>
    <message>
        <source>Timeline of the case</source>
        <translation>案件时间线</translation>
    </message>
    <message>
        <source>Add event…</source>
        <translation>添加事件…</translation>
    </message>
    <message>
        <source>Edit…</source>
        <translation>编辑…</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>删除</translation>
    </message>
    <message>
        <source>Evidence appears here when it has a date; change that date in the Evidence tab. Order, course and refund dates come from the case details.</source>
        <translation>有日期的证据会显示在这里，可在“证据”页修改日期。订单、课程和退款的时间来自案件概况。</translation>
    </message>
    <message>
        <source>Paid for order {number}</source>
        <translation>为订单 {number} 付款</translation>
    </message>
    <message>
        <source>Paid for the order</source>
        <translation>订单付款</translation>
    </message>
    <message>
        <source>The course starts</source>
        <translation>课程开课</translation>
    </message>
    <message>
        <source>Asked for a refund</source>
        <translation>申请退款</translation>
    </message>
    <message>
        <source>Refund received</source>
        <translation>收到退款</translation>
    </message>
    <message>
        <source>Event</source>
        <translation>事件</translation>
    </message>
    <message>
        <source>Case details</source>
        <translation>案件概况</translation>
    </message>
    <message>
        <source>Evidence: {kind}</source>
        <translation>证据：{kind}</translation>
    </message>
    <message>
        <source>Delete event</source>
        <translation>删除事件</translation>
    </message>
    <message>
        <source>Delete this event from the timeline?</source>
        <translation>要从时间线中删除这个事件吗？</translation>
    </message>
</context>
<context>
    <name>TrashCommand</name>
    <message>
        <source>Restore “{title}”</source>
        <translation>恢复“{title}”</translation>
    </message>
    <message>
        <source>Remove “{title}”</source>
        <translation>移除“{title}”</translation>
    </message>
</context>
<context>
    <name>TrashList</name>
    <message>
        <source>Removed evidence stays in the store and is left out of the bundle. Restore an item to put it back.</source>
        <translation>移除的证据仍保存在证据库中，但不会放进材料。恢复后即可重新放入。</translation>
    </message>
    <message>
        <source>Restore selected</source>
        <translation>恢复所选</translation>
    </message>
    <message>
        <source>{title} ({kind}) — removed {when}</source>
        <translation>{title}（{kind}）—— 移除于 {when}</translation>
    </message>
</context>
<context>
    <name>WelcomePage</name>
    <message>
        <source>Get your course money back</source>
        <translation>把买课的钱要回来</translation>
    </message>
    <message>
        <source>Bought an online course in a Kuaishou live stream and want a refund? This app keeps your evidence in order, tells you what the refund rules give you, and makes the complaint file for the platform, 12315 or the consumer association.</source>
        <translation>在快手直播间买了网课，想退款？维权证据夹帮你整理证据，告诉你按规则能退多少，并生成提交给平台、12315 或消费者协会的投诉材料。</translation>
    </message>
    <message>
        <source>Create a case</source>
        <translation>新建案件</translation>
    </message>
    <message>
        <source>Answer a few questions about the order; the app shows where to find each detail in the app you bought from.</source>
        <translation>回答几个关于订单的问题；每一项都会告诉你在购买课程的 App 里哪里能找到。</translation>
    </message>
    <message>
        <source>Add your evidence</source>
        <translation>添加证据</translation>
    </message>
    <message>
        <source>Screenshots of the order and payment, the contract, the chat with the merchant, the promises made in the live stream.</source>
        <translation>订单和付款截图、合同、与商家的聊天记录、直播间里的承诺。</translation>
    </message>
    <message>
        <source>See what you can claim, then export</source>
        <translation>查看能主张什么，然后导出</translation>
    </message>
    <message>
        <source>The rule check says which refund applies and by when; export one PDF to hand in.</source>
        <translation>规则检查告诉你适用哪种退款、截止到什么时候；导出一份 PDF 即可提交。</translation>
    </message>
    <message>
        <source>New case</source>
        <translation>新建案件</translation>
    </message>
    <message>
        <source>Open example case</source>
        <translation>打开示例案件</translation>
    </message>
    <message>
        <source>Beware of refund scams: no real refund ever needs your bank password, a verification code or a “refund fee”.</source>
        <translation>谨防退款诈骗：真正的退款绝不需要你的银行卡密码、验证码或“退款手续费”。</translation>
    </message>
</context>
</TS>
