"""Joint complaints (《市场监督管理投诉举报处理办法》 Art. 12): plain data and the rules they follow.

Two or more consumers with the same dispute against the same business may complain together, each
with their consent, through at most two representatives they elect in writing. Here: members are
cases; each gets a letter (A, B, …) that prefixes its exhibits in the joint bundle (证据A-1 …).
No SQLAlchemy and no Qt.
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass, field
from datetime import datetime
from decimal import Decimal

MAX_REPRESENTATIVES = 2
MIN_MEMBERS = 2
# Legal-form words that are spelt several ways but never tell two businesses apart.
_BRACKETS = str.maketrans({"（": "(", "）": ")", "【": "[", "】": "]"})
_NOISE = re.compile(r"[\s\"'“”‘’`·・.,，。、:：;；!！?？\-—_/\\|()\[\]{}<>《》〈〉「」『』]+")


def normalise(text: str) -> str:
    """A merchant's name as a key: full-width forms folded (NFKC), case, spaces and punctuation dropped.

    某某教育科技（北京）有限公司 and 某某教育科技(北京)有限公司 are one business; so are "ABC 课堂" and "abc课堂".
    """
    folded = unicodedata.normalize("NFKC", text or "").translate(_BRACKETS).casefold()
    return _NOISE.sub("", folded)


def merchant_key(name: str, shop: str) -> str:
    """The business a case is against: its legal name when known, else its shop (a streamer's name)."""
    legal = normalise(name)
    return f"name:{legal}" if legal else (f"shop:{normalise(shop)}" if normalise(shop) else "")


def letter_for(n: int) -> str:
    """0 -> A, 25 -> Z, 26 -> AA: the complainant's prefix in the joint bundle."""
    out = ""
    n += 1
    while n:
        n, rest = divmod(n - 1, 26)
        out = chr(ord("A") + rest) + out
    return out


@dataclass
class JointMemberInfo:
    case_id: int
    letter: str
    complainant: str
    phone: str
    address: str
    order_number: str
    amount_paid: Decimal | None
    case_title: str
    merchant_name: str
    merchant_shop: str
    consented_at: datetime | None = None
    consent_how: str = ""
    representative: bool = False


@dataclass
class JointInfo:
    id: int
    title: str
    merchant_name: str
    merchant_shop: str
    facts: str
    demands: str
    created_at: datetime
    updated_at: datetime
    members: list[JointMemberInfo] = field(default_factory=list)

    @property
    def representatives(self) -> list[JointMemberInfo]:
        return [m for m in self.members if m.representative]

    def problems(self) -> list[str]:
        """Why it cannot be filed yet (English; the window words them itself)."""
        out = []
        if len(self.members) < MIN_MEMBERS:
            out.append(f"a joint complaint needs at least {MIN_MEMBERS} complainants")
        out += [f"{m.letter} {m.complainant or m.case_title}: no consent recorded" for m in self.members
                if m.consented_at is None]
        if not self.representatives:
            out.append("no representative elected")
        return out


@dataclass
class JointSuggestion:
    """Cases against one business that are in no joint complaint yet."""

    key: str
    merchant_name: str
    merchant_shop: str
    case_ids: list[int]
    titles: list[str]
    complainants: list[str]
