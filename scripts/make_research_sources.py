"""Write resources/data/sources.research.csv from the research fact sheet.

One row per distinct ``source_url`` among the kept (high or medium confidence) facts of
``facts.csv``. Low-confidence facts are left out entirely, so their sources are too.

Usage::

    python scripts/make_research_sources.py [FACTS_CSV] [--output OUT_CSV]

FACTS_CSV defaults to ``../shared/research/facts.csv`` relative to the repository root.
The per-page metadata the fact sheet does not carry (publisher, language, kind, author,
repost remarks) is curated by hand in ``PAGES`` below; a kept source missing from it is an
error, so a new research row cannot slip in without someone looking at its page.
"""

from __future__ import annotations

import argparse
import csv
import hashlib
import re
import sys
from pathlib import Path
from urllib.parse import urlsplit

REPO = Path(__file__).resolve().parent.parent
DEFAULT_FACTS = REPO.parent / "shared" / "research" / "facts.csv"
DEFAULT_OUTPUT = REPO / "resources" / "data" / "sources.research.csv"
HEADER = ("id", "title", "publisher", "author", "published", "published_precision", "url",
          "language", "kind", "confidence", "note")
KEPT = ("high", "medium")

# host (without "www.") or full URL -> (publisher, language, kind, author, remark).
# Publisher is the outlet named in the title or known from the site itself; where that is
# unclear the domain stands in, so nothing is invented.
PAGES: dict[str, tuple[str, str, str, str, str]] = {
    "ttnews.xyz": ("ttnews.xyz", "zh", "news", "", "Repost on the aggregator site ttnews.xyz."),
    "p2.ttnews.xyz": ("搜狐科技", "zh", "news", "", "Repost of a Sohu Tech article on the aggregator site ttnews.xyz."),
    "blogs.cisco.com": ("Cisco", "en", "official", "", ""),
    "silicon.co.uk": ("Silicon UK", "en", "news", "", ""),
    "businessinsider.com": ("Business Insider", "en", "news", "", ""),
    "cisco.com": ("Cisco", "en", "official", "", ""),
    "community.cisco.com": ("Cisco Community", "en", "other", "", "Forum thread on Cisco's community site."),
    "lcby.net": ("藍鯨傳媒", "zh", "news", "", "Report by 藍鯨傳媒 hosted on lcby.net."),
    "alizila.com": ("Alizila (Alibaba Group)", "en", "official", "", ""),
    "yugoo.com": ("yugoo.com", "zh", "blog", "", ""),
    "business-standard.com": ("Business Standard", "en", "news", "", "AFP story."),
    "technode.com": ("TechNode", "en", "news", "", ""),
    "french.peopledaily.com.cn": ("Le Quotidien du Peuple en ligne", "fr", "news", "", ""),
    "paper.people.com.cn": ("人民日报海外版", "zh", "news", "李雪钦", ""),
    "chinainternetwatch.com": ("China Internet Watch", "en", "news", "", ""),
    "asiaone.com": ("AsiaOne", "en", "news", "", ""),
    "straitstimes.com": ("The Straits Times", "en", "news", "", "Bloomberg wire story."),
    "theverge.com": ("The Verge", "en", "news", "", ""),
    "weekinchina.com": ("Week in China", "en", "news", "", ""),
    "shine.cn": ("Shanghai Daily", "en", "news", "", ""),
    "xinhuanet.com": ("Xinhua", "en", "news", "", ""),
    "daybreak.ng": ("People's Daily", "en", "news", "Yu Jianbin", "People's Daily article reposted on daybreak.ng."),
    "technave.com": ("TechNave", "en", "news", "", ""),
    "globaltimes.cn": ("Global Times", "en", "news", "", ""),
    "ubs.com": ("UBS Evidence Lab", "en", "report", "", ""),
    "equalocean.com": ("EqualOcean", "en", "news", "", ""),
    "dsb.cn": ("dsb.cn", "zh", "news", "", ""),
    "appfigures.com": ("Appfigures", "en", "report", "", ""),
    "ddsb.cn": ("ddsb.cn", "zh", "news", "", ""),
    "en.pingwest.com": ("PingWest", "en", "news", "", ""),
    "qnmlgb.tech": ("DeepTech深科技", "zh", "news", "", "DeepTech article reposted on qnmlgb.tech."),
    "m.jizihe.com": ("中国经营报", "zh", "news", "", "中国经营报 report reprinted on jizihe.com; the page injects pinyin artefacts."),
    "m.1cnz.cn": ("1cnz.cn", "zh", "news", "", ""),
    "en.jiemian.com": ("Jiemian", "en", "news", "", ""),
    "blog.wongcw.com": ("blog.wongcw.com", "zh", "blog", "", ""),
    "yicaiglobal.com": ("Yicai Global", "en", "news", "", ""),
    "thatsmags.com": ("That's", "en", "news", "", ""),
    "cloud.google.com": ("Google Cloud", "en", "official", "", ""),
    "variety.com": ("Variety", "en", "news", "", ""),
    "venturebeat.com": ("VentureBeat", "en", "news", "", ""),
    "techllog.com": ("techllog.com", "en", "blog", "", "Paraphrased copy of Google's April 2020 G Suite blog post on Meet."),
    "deccanherald.com": ("Deccan Herald", "en", "news", "", ""),
    "thehindu.com": ("The Hindu", "en", "news", "", ""),
    "newsbytesapp.com": ("NewsBytes", "en", "news", "", ""),
    "nextbigbrand.in": ("nextbigbrand.in", "en", "news", "", ""),
    "chromeunboxed.com": ("Chrome Unboxed", "en", "blog", "", ""),
    "entrepreneur.com": ("Entrepreneur Middle East", "en", "news", "", ""),
    "webnews.it": ("Webnews", "it", "news", "", ""),
    "studyofnet.com": ("studyofnet.com", "zh", "news", "", "Repost; the title credits an exclusive 曹云社 interview with Huawei Cloud WeLink."),
    "news.zdwang.com": ("zdwang.com", "zh", "news", "", ""),
    "shadafang.com": ("中新经纬", "zh", "news", "", "中新经纬 report on the CNNIC 46th survey, reposted on shadafang.com."),
    "36kr.jp": ("36Kr Japan", "ja", "news", "", ""),
    "pragativadi.com": ("Pragativadi", "en", "news", "", ""),
    "businessdailyafrica.com": ("Business Daily Africa", "en", "news", "", ""),
    "smalltechnews.com": ("smalltechnews.com", "en", "news", "", ""),
    "technologyrecord.com": ("Technology Record", "en", "news", "", ""),
    "microsoft.com": ("Microsoft", "en", "official", "", ""),
    "onenewspage.com": ("One News Page", "en", "news", "", "Aggregator copy of a Business Insider story."),
    "business.maxis.com.my": ("Maxis", "en", "official", "", "Promotion FAQ of Maxis, a Malaysian Microsoft partner."),
    "digimag.fastcompany.co.za": ("Fast Company South Africa", "en", "news", "", ""),
    "businessinsider.in": ("Business Insider India", "en", "news", "", ""),
    "nasdaq.com": ("Nasdaq.com", "en", "news", "", ""),
    "cyfengchao.com": ("懂懂笔记", "zh", "blog", "", "懂懂笔记 article hosted on cyfengchao.com."),
    "c.m.163.com": ("北京日报客户端", "zh", "news", "杨天悦", "Beijing Daily app article hosted on NetEase (163.com)."),
    "u.ebrun.com": ("亿邦动力 (ebrun.com)", "zh", "news", "", ""),
    "news.cncjw.com.cn": ("cncjw.com.cn", "zh", "news", "", ""),
    "bwconfidential.com": ("BW Confidential", "en", "news", "", ""),
    "tellerreport.com": ("China News Service", "en", "news", "", "Translated China News Service article reposted on tellerreport.com."),
    "laitimes.com": ("Economic Observer", "en", "news", "", "Translated repost of an Economic Observer interview on laitimes.com."),
    "scmp.com": ("South China Morning Post", "en", "news", "", ""),
    "thejournalistclub.com": ("thejournalistclub.com", "th", "news", "", ""),
    "techseen.com": ("techseen", "en", "news", "", ""),
    "firstxw.com": ("firstxw.com", "en", "news", "", "Machine-translated text."),
    "sciencechn.com": ("sciencechn.com", "zh", "news", "", ""),
    "documents.pub": ("grata.cn", "en", "report", "", "grata.cn slide deck (English with Chinese) hosted on documents.pub."),
    "macaumonthly.net": ("中新网", "zh", "news", "", "China News Service (中新网) report reposted on macaumonthly.net."),
    "pressreader.com": ("The Citizen", "en", "news", "", "AFP story printed in The Citizen (KZN), on PressReader."),
    "it-consultis.com": ("IT Consultis", "en", "blog", "", ""),
    "ameinfo.com": ("AMEinfo", "en", "news", "", ""),
    "fool.com": ("The Motley Fool", "en", "news", "", ""),
    "zoomrising.com": ("zoomrising.com", "en", "blog", "Eric Yuan", ""),
    "archives.lincolndailynews.com": ("Reuters", "en", "news", "", "Reuters story reprinted in the Lincoln Daily News archive."),
    "asia.nikkei.com": ("Nikkei Asia", "en", "news", "", ""),
    "it.purdue.edu": ("Purdue University IT", "en", "news", "", ""),
}

_DATE = re.compile(r"^(\d{4})(?:-(\d{2}))?(?:-(\d{2}))?$")


def source_id(url: str) -> str:
    """The stable source id every data file uses for a research URL."""
    return "r-" + hashlib.sha1(url.encode("utf-8")).hexdigest()[:8]


def parse_source_date(raw: str) -> tuple[str, str, str]:
    """Split a fact-sheet ``source_date`` into (published, precision, English remark)."""
    raw = raw.strip()
    head, _, rest = raw.partition(" ")
    remark = rest.strip().strip("()").strip()
    match = _DATE.match(head)
    if not match:
        # e.g. "unknown (c. Feb 2020)": no date we could stand behind.
        return "", "", f"Publication date unknown ({remark})." if remark else "Publication date unknown."
    year, month, day = match.groups()
    if day:
        published, precision = f"{year}-{month}-{day}", "day"
    elif month:
        published, precision = f"{year}-{month}", "month"
    else:
        published, precision = year, "year"
    if not remark:
        return published, precision, ""
    if remark.startswith("from URL"):
        return published, precision, "Publication date taken from the URL."
    if remark == "inferred":
        return published, precision, "Publication date inferred; the page gives no dateline."
    return published, precision, f"Publication date approximate ({remark})."


def page_meta(url: str) -> tuple[str, str, str, str, str]:
    """Curated (publisher, language, kind, author, remark) of a source page."""
    host = urlsplit(url).hostname or ""
    host = host.removeprefix("www.")
    if host in PAGES:
        return PAGES[host]
    raise KeyError(f"no curated metadata for {host} ({url}); add it to PAGES")


def build_rows(facts: list[dict[str, str]]) -> list[dict[str, str]]:
    """One sources row per distinct URL of the kept facts, in first-cited order."""
    rank = {"high": 0, "medium": 1}
    by_url: dict[str, dict[str, str]] = {}
    for fact in facts:
        if fact["confidence"] not in KEPT:
            continue
        url = fact["source_url"]
        row = by_url.get(url)
        if row is not None:
            if rank[fact["confidence"]] < rank[row["confidence"]]:
                row["confidence"] = fact["confidence"]
            continue
        publisher, language, kind, author, remark = page_meta(url)
        published, precision, date_note = parse_source_date(fact["source_date"])
        by_url[url] = {
            "id": source_id(url),
            "title": fact["source_title"],
            "publisher": publisher,
            "author": author,
            "published": published,
            "published_precision": precision,
            "url": url,
            "language": language,
            "kind": kind,
            "confidence": fact["confidence"],
            "note": " ".join(part for part in (remark, date_note) if part),
        }
    ids = [row["id"] for row in by_url.values()]
    if len(ids) != len(set(ids)):
        raise ValueError("source id collision")
    return list(by_url.values())


def main(argv: list[str] | None = None) -> int:
    """Command-line entry point; returns the process exit status."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("facts", nargs="?", type=Path, default=DEFAULT_FACTS)
    parser.add_argument("--output", type=Path, default=DEFAULT_OUTPUT)
    args = parser.parse_args(argv)
    with args.facts.open(encoding="utf-8", newline="") as handle:
        facts = list(csv.DictReader(handle))
    rows = build_rows(facts)
    with args.output.open("w", encoding="utf-8", newline="") as handle:
        writer = csv.DictWriter(handle, fieldnames=HEADER, lineterminator="\n")
        writer.writeheader()
        writer.writerows(rows)
    print(f"wrote {len(rows)} sources to {args.output}", file=sys.stderr)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
