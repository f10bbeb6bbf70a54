"""From the lines OCR read on a business card to a proposed contact.

Rules, tested on rendered cards in English, German, French and Spanish:

- email and website by their shape; phone: the line with 7+ digits, preferring one a
  label calls a phone (Tel, Phone, Mobile, Telefon, Handy, Tél, Portable, Teléfono, Móvil);
- company: a line with a legal form (GmbH, Inc, Ltd, S.A., SARL, S.L., ...), else the
  line that spells the email's or website's domain;
- title: a line with a job word (CEO, Director, Geschäftsführer, Directrice, Gerente, ...);
- name: a line of 2-4 capitalised words without digits whose first word is a known first
  name, or whose words appear in the email's local part.

Lines used for nothing are returned too: the proposal shows them, so nothing read is lost.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from functools import cache

from storage.text import name_key

EMAIL = re.compile(r"[A-Za-z0-9._%+\-]+@[A-Za-z0-9.\-]+\.[A-Za-z]{2,}")
WEB = re.compile(
    r"\b((?:https?://)?(?:www\.)?[a-z0-9][a-z0-9\-]*(?:\.[a-z0-9\-]+)*\.(?:com|org|net|io|co|"
    r"de|fr|es|eu|uk|it|nl|ch|at|be|dk|no|se|pt|info|biz|app|dev|ai|us|ca|mx|ar)"
    r"(?:/[^\s]*)?)\b",
    re.IGNORECASE,
)
PHONE = re.compile(r"(\+?\(?\d[\d\s().\-/]{5,}\d)")
PHONE_LABEL = re.compile(
    r"^\s*(?:tel|tél|phone|mobile|mob|cell|fon|telefon|handy|mobil|portable|t[ée]l[ée]fono|"
    r"m[óo]vil|movil|office|direct|fax|t|m|p|f)\b\.?\s*:?",
    re.IGNORECASE,
)
FAX = re.compile(r"^\s*(?:fax|f)\b", re.IGNORECASE)
LEGAL_FORMS = re.compile(
    r"\b(?:gmbh|ag|kg|ug|se|inc|ltd|llc|plc|corp|co|company|sarl|sas|sa|s\.a|s\.l|sl|srl|"
    r"bv|nv|oy|ab|as|a/s|gruppe|group|holding|solutions|systems|technologies|labs|"
    r"consulting|partners)\b\.?",
    re.IGNORECASE,
)
TITLE_WORDS = [
    "ceo",
    "cfo",
    "cto",
    "coo",
    "cmo",
    "cio",
    "founder",
    "co-founder",
    "cofounder",
    "owner",
    "president",
    "vice",
    "partner",
    "director",
    "directora",
    "manager",
    "head",
    "chief",
    "officer",
    "lead",
    "engineer",
    "developer",
    "consultant",
    "architect",
    "analyst",
    "sales",
    "marketing",
    "account",
    "executive",
    "representative",
    "specialist",
    "assistant",
    "advisor",
    "adviser",
    "designer",
    "product",
    "operations",
    "support",
    "geschäftsführer",
    "geschaftsfuhrer",
    "geschäftsführerin",
    "leiter",
    "leiterin",
    "vertrieb",
    "vertriebsleiter",
    "vertriebsleiterin",
    "einkauf",
    "berater",
    "beraterin",
    "ingenieur",
    "ingenieurin",
    "entwickler",
    "entwicklerin",
    "inhaber",
    "inhaberin",
    "vorstand",
    "prokurist",
    "referent",
    "referentin",
    "directeur",
    "directrice",
    "générale",
    "generale",
    "général",
    "general",
    "responsable",
    "chef",
    "commercial",
    "commerciale",
    "ingénieur",
    "ingenieure",
    "gérant",
    "gérante",
    "conseiller",
    "conseillère",
    "chargé",
    "chargée",
    "gerente",
    "jefe",
    "jefa",
    "ventas",
    "comercial",
    "directora",
    "ingeniero",
    "ingeniera",
    "responsable",
    "fundador",
    "fundadora",
    "socio",
    "socia",
    "asesor",
    "asesora",
    "desarrollador",
    "compras",
]
_TITLE = frozenset(name_key(w) for w in TITLE_WORDS)
_LABEL_ONLY = re.compile(r"^[\W_]*(?:e-?mail|mail|web|www|site|internet)\s*:?\s*", re.I)
FIELDS = ("name", "title", "company", "email", "phone", "website")


@dataclass
class CardFields:
    name: str = ""
    title: str = ""
    company: str = ""
    email: str = ""
    phone: str = ""
    website: str = ""
    unused: list[str] = field(default_factory=list)

    def as_dict(self) -> dict[str, str]:
        return {k: getattr(self, k) for k in FIELDS if getattr(self, k)}

    @property
    def empty(self) -> bool:
        return not (self.name or self.email or self.phone)


@cache
def _first_names() -> frozenset[str]:
    from handlers.language.model import MODEL_DIR

    lines = (MODEL_DIR / "first_names.txt").read_text("utf-8").splitlines()
    return frozenset(name_key(w) for w in lines if w and not w.startswith("#"))


def _clean(line: str) -> str:
    line = line.replace("|", " ").replace("—", "-").strip(" \t•·*_-–:;,")
    return " ".join(line.split())


def _words(line: str) -> list[str]:
    return re.findall(r"[^\W\d_][^\W\d_'’.\-]*", line)


def _is_title(line: str) -> bool:
    keys = {name_key(w) for w in re.split(r"[\s,/&|()]+", line) if w}
    return bool(keys & _TITLE)


def _phone_of(line: str) -> str | None:
    m = PHONE.search(line)
    if not m:
        return None
    raw = m.group(1).strip(" .-/")
    if sum(ch.isdigit() for ch in raw) < 7:
        return None
    return " ".join(raw.split())


def _domain_word(email: str, website: str) -> str:
    """'acme' from maria@acme.com or www.acme-labs.de (generic mail hosts say nothing)."""
    host = ""
    if website:
        host = re.sub(r"^(?:https?://)?(?:www\.)?", "", website.lower()).split("/")[0]
    elif email:
        host = email.split("@", 1)[1].lower()
    if not host or host.split(".")[0] in ("gmail", "yahoo", "hotmail", "outlook", "gmx", "web"):
        return ""
    return host.split(".")[0]


def _name_score(line: str, email: str) -> int:
    words = _words(line)
    if not 2 <= len(words) <= 4 or any(ch.isdigit() for ch in line):
        return 0
    if "@" in line or LEGAL_FORMS.search(line) or _is_title(line):
        return 0
    if not all(w[0].isupper() for w in words if len(w) > 2 and w.lower() not in ("de", "van")):
        return 0
    score = 1
    if name_key(words[0]) in _first_names():
        score += 2
    local = name_key(email.split("@", 1)[0]) if email else ""
    if local and any(name_key(w) in local for w in words if len(w) > 2):
        score += 3
    return score


def parse_card(text: str) -> CardFields:
    """The fields a card's OCR text holds (see the module's rules)."""
    lines = [ln for ln in (_clean(x) for x in text.splitlines()) if len(ln) >= 2]
    out = CardFields()
    used: set[int] = set()
    for i, line in enumerate(lines):
        m = EMAIL.search(line)
        if m and not out.email:
            out.email = m.group(0).strip(".").lower()
            used.add(i)
    phones: list[tuple[int, int, str]] = []
    for i, line in enumerate(lines):
        if i in used:
            continue
        without_web = WEB.sub(" ", line)
        number = _phone_of(without_web)
        if number:
            rank = 0 if PHONE_LABEL.match(line) and not FAX.match(line) else 1
            rank = 2 if FAX.match(line) else rank
            phones.append((rank, i, number))
    if phones:
        phones.sort()
        out.phone = phones[0][2]
        used.update(i for _r, i, _n in phones)
    for i, line in enumerate(lines):
        if "@" in line:
            continue
        m = WEB.search(_LABEL_ONLY.sub("", line))
        if m and not out.website and (i not in used or not _phone_of(line)):
            out.website = m.group(1).rstrip("/.").lower()
            if i not in used and len(_LABEL_ONLY.sub("", line)) <= len(m.group(1)) + 6:
                used.add(i)
    dom = _domain_word(out.email, out.website)
    # company: a legal form, else the line spelling the domain's word
    for i, line in enumerate(lines):
        if i in used or "@" in line:
            continue
        if LEGAL_FORMS.search(line) and not _is_title(line):
            out.company = line
            used.add(i)
            break
    if not out.company and dom:
        for i, line in enumerate(lines):
            spelled = dom in name_key(line).replace(" ", "").replace("-", "")
            if i not in used and spelled and not _is_title(line) and not WEB.search(line):
                out.company = line
                used.add(i)
                break
    best, best_i = 0, -1
    for i, line in enumerate(lines):
        if i in used:
            continue
        s = _name_score(line, out.email)
        if s > best:
            best, best_i = s, i
    if best_i >= 0:
        out.name = lines[best_i]
        used.add(best_i)
    for i, line in enumerate(lines):
        if i not in used and _is_title(line) and not _phone_of(line):
            out.title = line
            used.add(i)
            break
    if not out.company and dom:
        out.company = dom.replace("-", " ").title()
    out.unused = [ln for i, ln in enumerate(lines) if i not in used]
    return out
