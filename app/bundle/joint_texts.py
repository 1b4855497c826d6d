"""What the joint bundle and the written election print, beside the single bundle's words (texts.py)."""

from __future__ import annotations

from app.bundle.texts import TABLES, Texts

ZH: dict[str, str] = {
    "joint.bundle_title": "共同投诉证据材料",
    "joint.doc_title": "{title} 共同投诉证据材料",
    "joint.label": "证据{letter}-{n}",
    "joint.group": "{letter}　{name}的证据",
    "section.joint_letter": "共同投诉书",
    "section.election": "推选代表人书",
    "section.joint_index": "证据目录",
    "joint.cover.complainants": "投诉人",
    "joint.cover.complainants_value": "{first}等{n}人（名单见共同投诉书）",
    "joint.cover.representatives": "代表人",
    "joint.cover.paid": "实付金额合计",
    "joint.cover.claimed": "请求金额合计",
    "joint.letter.complainants": "投诉人：{first}等{n}名消费者（名单见下表）",
    "joint.letter.representative": "代表人：{name}　电话：{phone}　地址：{address}",
    "joint.letter.respondent": "被投诉人：{name}",
    "joint.letter.respondent_address": "被投诉人地址：{address}",
    "joint.letter.shop": "店铺／主播：{shop}（{platform}）",
    "joint.letter.basis.market_regulator": ("本投诉由下表所列{n}名消费者就与被投诉人之间的同一消费纠纷，依照"
                                            "《市场监督管理投诉举报处理办法》第十条、第十二条的规定共同提出。"
                                            "每名投诉人均已同意共同投诉，并以书面形式推选上述代表人（推选代表人书附后）。"
                                            "与各投诉人的联系均经代表人进行。"),
    "joint.letter.basis.consumer_association": ("本投诉由下表所列{n}名消费者就与被投诉人之间的同一消费纠纷共同提出，"
                                                "依照《中华人民共和国消费者权益保护法》第三十七条的规定，请求贵会受理投诉"
                                                "并进行调解。每名投诉人均已同意共同投诉，并以书面形式推选上述代表人"
                                                "（推选代表人书附后）。与各投诉人的联系均经代表人进行。"),
    "joint.roster": "投诉人名单",
    "joint.col.letter": "代号",
    "joint.col.complainant": "投诉人",
    "joint.col.order": "订单号",
    "joint.col.paid": "实付金额",
    "joint.col.claimed": "请求金额",
    "joint.col.contact": "联系方式",
    "joint.contact.via": "经代表人{names}联系",
    "joint.contact.self": "代表人，{phone}",
    "joint.total": "合计",
    "joint.total_people": "{n}人",
    "joint.demands": "投诉请求",
    "joint.demand.refund": "请求被投诉人向上表所列各投诉人分别退还所付费用，合计{amount}；",
    "joint.demand.compensation": "请求被投诉人依法向受到欺诈的投诉人分别支付赔偿，合计{amount}；",
    "joint.facts": "事实与理由",
    "joint.facts.member": "（{letter}）投诉人{name}",
    "joint.facts.facts": "事实：",
    "joint.facts.grounds": "理由：",
    "joint.facts.exhibits": ("各投诉人的订单、付款和沟通记录见证据{first}至证据{last}，"
                             "按投诉人分组编号（证据目录附后）。"),
    "joint.truth": "以上内容及所附证据材料均真实，投诉人对其真实性负责。",
    "joint.sign": "代表人（签名）：__________　　日期：____年__月__日",
    "election.intro": ("我们是就与{merchant}之间的同一消费纠纷共同投诉的消费者，共{n}人。"
                       "经协商一致，推选下列人员为代表人，代表全体投诉人办理本次投诉，"
                       "包括提交材料、接受询问和参加调解。"),
    "election.limits": ("代表人变更、放弃投诉请求或者与被投诉人达成调解协议，须经被代表的投诉人同意。"),
    "election.reps": "推选的代表人",
    "election.col.name": "姓名",
    "election.col.phone": "电话",
    "election.col.address": "地址",
    "election.signers": "全体投诉人签名",
    "election.col.order": "订单号",
    "election.col.consent": "同意记录",
    "election.col.sign": "签名",
    "election.col.date": "日期",
    "election.consent": "{date}（{how}）",
    "election.consent_missing": "尚未记录",
    "election.note": "每名投诉人在本人一行签名并写明日期；本页可另附。",
}

EN: dict[str, str] = {
    "joint.bundle_title": "Joint Consumer Complaint: Evidence Bundle",
    "joint.doc_title": "{title} Joint Evidence Bundle",
    "joint.label": "Exhibit {letter}-{n}",
    "joint.group": "{letter} Exhibits of {name}",
    "section.joint_letter": "Joint complaint",
    "section.election": "Election of representatives",
    "section.joint_index": "Index of exhibits",
    "joint.cover.complainants": "Complainants",
    "joint.cover.complainants_value": "{first} and others, {n} in all (listed in the joint complaint)",
    "joint.cover.representatives": "Representatives",
    "joint.cover.paid": "Total paid",
    "joint.cover.claimed": "Total claimed",
    "joint.letter.complainants": "Complainants: {first} and others, {n} consumers (listed below)",
    "joint.letter.representative": "Representative: {name}  Phone: {phone}  Address: {address}",
    "joint.letter.respondent": "Respondent: {name}",
    "joint.letter.respondent_address": "Respondent's address: {address}",
    "joint.letter.shop": "Shop / streamer: {shop} ({platform})",
    "joint.letter.basis.market_regulator": (
        "This complaint is made jointly by the {n} consumers listed below about one and the same dispute with the "
        "respondent, under Arts. 10 and 12 of the Measures for Handling Complaints and Reports on Market Regulation. "
        "Every complainant has agreed to complain jointly and has elected the representatives above in writing (the "
        "election is attached). Please contact the complainants through the representatives."),
    "joint.letter.basis.consumer_association": (
        "This complaint is made jointly by the {n} consumers listed below about one and the same dispute with the "
        "respondent; under Art. 37 of the Consumer Rights Protection Law they ask the association to accept it and "
        "mediate. Every complainant has agreed to complain jointly and has elected the representatives above in "
        "writing (the election is attached). Please contact the complainants through the representatives."),
    "joint.roster": "Complainants",
    "joint.col.letter": "Code",
    "joint.col.complainant": "Complainant",
    "joint.col.order": "Order number",
    "joint.col.paid": "Paid",
    "joint.col.claimed": "Claimed",
    "joint.col.contact": "Contact",
    "joint.contact.via": "through {names}",
    "joint.contact.self": "representative, {phone}",
    "joint.total": "Total",
    "joint.total_people": "{n} people",
    "joint.demands": "Requests",
    "joint.demand.refund": "That the respondent refund each complainant listed above what they paid, {amount} in all;",
    "joint.demand.compensation": "That the respondent compensate each complainant who was deceived as the law "
                                 "provides, {amount} in all;",
    "joint.facts": "Facts and grounds",
    "joint.facts.member": "({letter}) Complainant {name}",
    "joint.facts.facts": "Facts:",
    "joint.facts.grounds": "Grounds:",
    "joint.facts.exhibits": ("Each complainant's order, payment and messages are Exhibits {first} to {last}, numbered "
                             "by complainant (index attached)."),
    "joint.truth": "The above and the attached evidence are true; the complainants answer for their truth.",
    "joint.sign": "Representative (signature): __________    Date: __________",
    "election.intro": ("We are {n} consumers complaining jointly about one and the same dispute with {merchant}. We "
                       "have agreed to elect the following to act for all of us in this complaint, including "
                       "handing in material, answering questions and taking part in mediation."),
    "election.limits": ("A representative may change or drop the requests, or settle with the respondent, only with "
                        "the consent of the complainants they represent."),
    "election.reps": "Representatives elected",
    "election.col.name": "Name",
    "election.col.phone": "Phone",
    "election.col.address": "Address",
    "election.signers": "Signatures of all complainants",
    "election.col.order": "Order number",
    "election.col.consent": "Consent recorded",
    "election.col.sign": "Signature",
    "election.col.date": "Date",
    "election.consent": "{date} ({how})",
    "election.consent_missing": "not recorded yet",
    "election.note": "Each complainant signs and dates their own row; more pages may be attached.",
}


class JointTexts(Texts):
    """The single bundle's words plus the joint ones."""

    def __init__(self, lang: str) -> None:
        super().__init__(lang)
        self._table = {**TABLES[lang], **{"zh": ZH, "en": EN}[lang]}
