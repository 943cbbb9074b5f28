"""Removing what generic extractors leave in Indonesian news pages.

trafilatura finds the article well but keeps the lines sites put inside it:
related-article links ("Baca juga: ..."), ad markers, "Artikel ini telah
tayang di ..." trailers, video prompts, share and tag lines. Each rule is a row
of ``LINE_RULES``: a pattern for one whole line and what to do with it, so a
new site's habit is one more row. Titles lose the site-name suffix sites add.
"""
from __future__ import annotations

import re
from enum import Enum

from .pagedates import DATE_IN_TEXT


class Action(Enum):
    DROP = "drop"  # drop the line
    CUT = "cut"  # drop the line and everything after it (trailers)
    END = "end"  # keep the line, drop everything after it (the editors' initials close a story)


def _rule(pattern: str) -> re.Pattern[str]:
    return re.compile(pattern, re.IGNORECASE)


# (name, pattern matched against a whole stripped line, action)
LINE_RULES: tuple[tuple[str, re.Pattern[str], Action], ...] = (
    # A related link is a headline: a longer line is a link glued to real text, which is kept.
    ("related link", _rule(r"(?:baca|lihat|simak|cek|klik|tonton)\s+(?:juga|pula)\b.{0,160}"), Action.DROP),
    ("related link", _rule(r"baca\s*:.{0,160}"), Action.DROP),
    ("related link", _rule(r"(?:baca|klik)\s+(?:berita\s+)?(?:selengkapnya|selanjutnya|lainnya)\b.{0,80}"),
     Action.DROP),
    ("related link", _rule(r"(?:berita|artikel)\s+(?:terkait|lainnya|menarik)\s*:?.{0,160}"), Action.DROP),
    ("ad marker", _rule(r"(?:advertisement|iklan|sponsored|scroll\s+to\s+(?:continue|resume)\s+with\s+content"
                        r"|lanjutkan\s+membaca|gulir\s+untuk\s+melanjutkan)[\s\W]*"), Action.DROP),
    # Any short line in capitals made of ad and scroll words, whatever their order ("ADVERTISEMENT SCROLL TO
    # RESUME CONTENT", "IKLAN - GULIR UNTUK LANJUT"); a capitals line with other words is kept.
    ("ad marker", re.compile(r"[\W_]*(?:(?:ADVERTISEMENT|ADVERTORIAL|ADS?|IKLAN|SPONSORED|SCROLL|GULIR|SWIPE|DOWN|UP|"
                             r"TO|UNTUK|KE|BAWAH|KEEP|SCROLLING|CONTINUE|RESUME|READING|LANJUT\w*|MEMBACA|BACA|WITH|DENGAN|THE|"
                             r"CONTENT|KONTEN|ARTIKEL|ARTICLE|BERITA|ISI)[\W_]*){2,12}"), Action.DROP),
    ("republished trailer", _rule(r"-{3,}\s*|artikel\s+ini\s+(?:telah|sudah)\s+(?:naik|tayang|terbit|dimuat|"
                                  r"diterbitkan|dipublikasikan)\s+di\b.*"), Action.CUT),
    # "(mdk/ank)", "(pur/krs)", "(cn/dhy)": the editors' initials end Indonesian news stories; promos follow.
    # Lower case only: "(AP/AFP)" inside a story is a credit, not the end.
    ("editor initials", re.compile(r".{0,2000}?\(\s*[a-z]{2,5}(?:\s*/\s*[a-z]{2,5}){1,3}\s*\)"), Action.END),
    ("copyright", _rule(r"(?:copyright|hak\s+cipta|\u00a9).{0,200}"), Action.DROP),
    ("hashtag", _rule(r"#\w+(?:\s+\w+){0,3}"), Action.DROP),
    ("republished trailer", _rule(r"(?:sumber|artikel\s+asli)\s*:\s*\S+\.(?:com|co\.id|id)\b.*"), Action.DROP),
    ("video prompt", _rule(r"\[?\s*gambas\s*:\s*video.{0,200}"), Action.DROP),
    ("video prompt", _rule(r"(?:simak|saksikan|tonton|lihat|cek)\s+(?:juga\s+)?video\b.{0,200}"), Action.DROP),
    ("video prompt", _rule(r"(?:video|foto)\s+(?:pilihan|terkait|unggulan)\b.{0,200}"), Action.DROP),
    ("video prompt", _rule(r"(?:tonton|saksikan)\s*:.{0,200}"), Action.DROP),
    ("tags", _rule(r"(?:tags?|topik(?:\s+terkait)?|kata\s+kunci|label)\s*:.{0,400}"), Action.DROP),
    ("share", _rule(r"(?:bagikan|share)(?:\s+(?:artikel|berita)(?:\s+ini)?)?\s*:?(?:\s*(?:facebook|twitter|x|whatsapp"
                    r"|telegram|line|linkedin|email|e-mail|salin\s+tautan|copy\s+link|salin\s+link)\b[\s,|]*)*"),
     Action.DROP),
    ("follow prompt", _rule(r"(?:ikuti|follow|dapatkan|gabung).{0,160}\b(?:google\s+news|whatsapp\s+channel"
                            r"|telegram|instagram|update\s+berita|breaking\s+news)\b.{0,200}"), Action.DROP),
    ("pagination", _rule(r"(?:halaman\s+(?:selanjutnya|berikutnya|sebelumnya)|selanjutnya|berikutnya"
                         r"|halaman\s*:?[\s\d]+|load\s+more|muat\s+lebih\s+banyak)[\s>»›.]*"), Action.DROP),
    ("date line", re.compile(r"[-–|•\s]*(?:(?:pada|diperbarui|dipublikasikan|diterbitkan|terbit|updated|published"
                             r"|posted|diunggah)\s*:?\s*)?(?:" + DATE_IN_TEXT.pattern + r")[\s|]*(?:\|.{0,40})?",
                             re.IGNORECASE), Action.DROP),
    ("comments", _rule(r"(?:komentar|tulis\s+komentar|beri\s+komentar|\d+\s+komentar)[\s:]*"), Action.DROP),
)

# "KapanLagi.com: FOTO: Judul": a site name glued to the title by a colon.
_COLON_PREFIX = re.compile(r"^([^:]{2,40}?)\s*:\s+(?=\S)")
_TITLE_SEPARATORS = re.compile(r"(\s+(?:[-|–—•·»]|::)\s+)")
_DOMAIN = re.compile(r"^[\w.-]+\.(?:com|co\.id|id|net|org|tv|news|info|or\.id|go\.id)$", re.IGNORECASE)
# A site's section, stripped only next to a site name ("Judul - Berita Nasional - Kompas.com").
_SECTION = re.compile(r"(?:berita|halaman|news|kanal|rubrik)\b.{0,30}", re.IGNORECASE)
# Names sites put after their titles that do not look like a domain.
KNOWN_SITES = frozenset(
    s.lower()
    for s in (
        "Kompas", "Kompas.com", "Kompas.id", "KOMPAS.tv", "detikcom", "detikNews", "detikFinance", "detikSport",
        "detikHealth", "detikInet", "detikOto", "detikTravel", "detikFood", "detikHot", "detikJateng", "detikJatim",
        "Tribunnews", "Tribunnews.com", "Tribun", "Liputan6", "Liputan6.com", "Tempo", "Tempo.co", "Koran Tempo",
        "CNN Indonesia", "CNBC Indonesia", "Okezone", "Okezone News", "Sindonews", "Republika", "Republika Online",
        "Antara", "ANTARA News", "Suara.com", "Kumparan", "kumparan", "IDN Times", "Merdeka", "Merdeka.com",
        "Viva", "VIVA", "JPNN", "JPNN.com", "Media Indonesia", "Bisnis.com", "Kontan", "Katadata", "Tirto",
        "tirto.id", "Jawa Pos", "JawaPos.com", "Pikiran Rakyat", "iNews", "Beritasatu", "The Jakarta Post",
        "Berita Terkini", "Berita Hari Ini", "Halaman all",
    )
)


def _norm(text: str) -> str:
    return re.sub(r"[\W_]+", "", text.lower())


def _is_site_name(part: str, site_names: tuple[str, ...]) -> bool:
    part = part.strip()
    if not part or len(part) > 60:
        return False
    lowered = part.lower()
    if lowered in KNOWN_SITES or _DOMAIN.match(part):
        return True
    norm = _norm(part)
    for name in site_names:
        other = _norm(name)
        if other and (norm == other or norm == _norm(name.split(".")[0]) or other.startswith(norm) and len(norm) > 3):
            return True
    # "Berita Nasional - Kompas.com", "News | detikNews": a site section and name.
    return any(word.lower() in KNOWN_SITES or _DOMAIN.match(word) for word in part.split())


def split_title(title: str, site_names: tuple[str, ...] = ()) -> tuple[str, str | None]:
    """(``title`` without the site name sites add at either end, that site name or None)."""
    # Texts at even indexes, the separators between them at odd ones.
    pieces = _TITLE_SEPARATORS.split(" ".join(title.split()))
    site: str | None = None
    stripped = False
    while len(pieces) > 2 and (
        _is_site_name(pieces[-1], site_names) or stripped and _SECTION.fullmatch(pieces[-1].strip())
    ):
        if not stripped:
            site = pieces[-1].strip()
        del pieces[-2:]
        stripped = True
    while len(pieces) > 2 and _is_site_name(pieces[0], site_names):
        site = site or pieces[0].strip()
        del pieces[:2]
    text = "".join(pieces).strip()
    prefix = _COLON_PREFIX.match(text)
    while prefix and _is_site_name(prefix.group(1), site_names):
        site = site or prefix.group(1).strip()
        text = text[prefix.end():]
        prefix = _COLON_PREFIX.match(text)
    return text, site


def clean_title(title: str, site_names: tuple[str, ...] = ()) -> str:
    """``title`` without the site name sites append or prepend (``Judul - Kompas.com``)."""
    return split_title(title, site_names)[0]


# All rules at once: most lines match none, and one C-level pass tells so.
_ANY_RULE = re.compile("|".join(
    f"(?:{pattern.pattern})" if pattern.flags & re.IGNORECASE else f"(?-i:{pattern.pattern})"
    for _, pattern, _ in LINE_RULES), re.IGNORECASE)


def rule_for(line: str) -> tuple[str, Action] | None:
    """The boilerplate rule a whole line matches, if any."""
    if not _ANY_RULE.fullmatch(line):
        return None
    for name, pattern, action in LINE_RULES:
        if pattern.fullmatch(line):
            return name, action
    return None


def clean_body(lines: list[str], headline: str = "") -> list[str]:
    """Article paragraphs without the boilerplate lines of ``LINE_RULES``.

    Lines that repeat the headline go too: extractors keep the page's <h1>,
    usually as the first line.
    """
    kept: list[str] = []
    head = _norm(headline)
    for raw in lines:
        line = " ".join(raw.split())
        if not line:
            continue
        if head and abs(len(line) - len(headline)) <= len(headline) // 4 + 4 and _norm(line) == head:
            continue
        found = rule_for(line)
        if found is None:
            kept.append(line)
            continue
        if found[1] is Action.END:
            kept.append(line)
            break
        if found[1] is Action.CUT:
            break
    return _end_at_editor_mark(kept)


# One editor's mark closing a paragraph: "… di rumah masing-masing. (ren)". Alone it may also be a word
# in brackets, so it ends the story only when what follows is a few short scraps (a section kicker,
# the standfirst or a photo caption that an extractor put after the text), never more paragraphs.
_EDITOR_MARK = re.compile(r".*[.!?\"\u201d]\s*\(\s*[a-z]{2,5}\s*\)")
_SCRAPS_MAX = 400
_SCRAP_MAX = 200


def _end_at_editor_mark(lines: list[str]) -> list[str]:
    for i, line in enumerate(lines[:-1]):
        if _EDITOR_MARK.fullmatch(line):
            rest = lines[i + 1:]
            if sum(map(len, rest)) <= _SCRAPS_MAX and all(len(r) <= _SCRAP_MAX for r in rest):
                return lines[: i + 1]
    return lines
