"""The fixed words of the comparison report in English and Chinese; no Qt.

The report is written in the data language chosen for it (``--lang`` or the window's data
language), not in the interface language, so its labels live here rather than in Qt's
translation files: a Chinese report comes out the same from an English desktop.
"""

from __future__ import annotations

LABELS: dict[str, tuple[str, str]] = {
    # key: (English, Chinese)
    "title": ("Cloud office comparison", "云办公产品对比报告"),
    "products": ("Products compared", "对比的产品"),
    "as_of": ("As of", "数据截至"),
    "data_version": ("Data version", "数据版本"),
    "database_built": ("Database built", "数据库生成日期"),
    "generated": ("Generated", "报告生成日期"),
    "language": ("Report language", "报告语言"),
    "language_name": ("English", "中文"),
    "database": ("Database", "数据库"),
    "coverage": ("Data coverage", "数据覆盖"),
    "coverage_note": (
        "How far to trust the comparison: for each product, the matrix cells a source speaks to "
        "(stated) out of the cells in its scope, the cells stated by the as-of date, the cells "
        "no source speaks to yet (unknown, \"?\"), the cells that do not apply to this kind of "
        "product (\"—\", never scored) and the share of its evidence that is high confidence.",
        "比较结果可信到什么程度：每个产品在其适用范围内有来源说明的单元格（已说明）、截至所选日期"
        "已说明的单元格、尚无来源的单元格（未知，“?”）、不适用于此类产品的单元格（“—”，不计分），"
        "以及高可信度证据所占比例。",
    ),
    "coverage_stated": ("Stated / in scope", "已说明 / 适用"),
    "coverage_as_of": ("Stated by the as-of date", "截至所选日期已说明"),
    "coverage_unknown": ("Unknown", "未知"),
    "coverage_out": ("Out of scope", "不适用"),
    "coverage_high": ("High-confidence evidence", "高可信度证据"),
    "focus_date": ("The dataset is about", "数据集聚焦日期"),
    "researched_through": ("Research covers up to", "研究资料截至"),
    "as_of_default": ("the dataset's focus date", "数据集聚焦日期"),
    "marks": ("Marks", "标记"),
    "at_least_since": ("at least since: the date a source first reported it; when it began is not known",
                       "至少自该日起：来源首次报道的日期，开始时间不详"),
    "stale": ("stale: last confirmed over 2 years before the as-of date, or the date is beyond the research",
              "已过时：最后确认距所选日期超过 2 年，或所选日期晚于研究截止日期"),
    "last_confirmed": ("last confirmed {date}", "最后确认于 {date}"),
    "footer": ("As of {as_of} · generated {generated} · {title}",
               "数据截至 {as_of} · 生成于 {generated} · {title}"),
    "page": ("Page {page} of {total}", "第 {page} 页 / 共 {total} 页"),
    "how_to_read": (
        "Every statement in this report cites its source with a number in square brackets, "
        "for example [1]; the numbered sources are listed in the appendix. Facts are shown as "
        "they stood on the as-of date: later changes are left out.",
        "本报告中的每条信息都以方括号中的编号注明出处，例如 [1]；编号对应的来源列在附录中。"
        "所有信息均为截至上述日期的状态，之后的变化不计入。",
    ),
    "profiles": ("Product profiles", "产品概况"),
    "vendor": ("Vendor", "厂商"),
    "category": ("Category", "类别"),
    "launched": ("Launched", "上线时间"),
    "aliases": ("Also known as", "别名"),
    "not_stated": ("not stated", "未注明"),
    "matrix": ("Feature matrix", "功能对比矩阵"),
    "matrix_note": (
        "Each cell gives the support level (symbol and word), the figure where one is known, "
        "the date it holds from and its source. Products {first}–{last} of {count}.",
        "每个单元格给出支持程度（符号和文字）、已知的数值、生效日期及其来源。"
        "第 {first}–{last} 个产品，共 {count} 个。",
    ),
    "feature": ("Feature", "功能"),
    "legend": ("Legend", "图例"),
    "since": ("since {date}", "{date}起"),
    "since_reported": ("at least since {date}", "至少自{date}起"),
    "ranking": ("Weighted ranking", "加权排名"),
    "ranking_note": (
        "Full support earns 1 point, partial 0.5, none or unknown 0; a disputed cell earns the "
        "lowest level its sources claim; a cell that does not apply to this kind of product "
        "counts neither way. The score is the weighted points as a share of the most a product "
        "could earn over its own features. Weights used: {weights}.",
        "完全支持得 1 分，部分支持得 0.5 分，不支持或未知得 0 分；有争议的单元格按来源中最低的"
        "支持程度计分；不适用于此类产品的单元格不计入。得分为加权得分占该产品适用功能可得最高分"
        "的比例。所用权重：{weights}。",
    ),
    "rank": ("Rank", "名次"),
    "product": ("Product", "产品"),
    "score": ("Score", "得分"),
    "points": ("Points", "加权得分"),
    "timeline": ("Timeline", "时间线"),
    "timeline_note": (
        "The chart shows {start} to {end}; numbers on the markers refer to the table below, "
        "which lists every event up to the as-of date. A bar marks a date known only to the "
        "month or year.",
        "图中显示 {start} 至 {end}；标记上的数字对应下表中的序号，下表列出截至数据日期的全部事件。"
        "横条表示只精确到月或年的日期。",
    ),
    "no_events": ("No events up to this date.", "截至该日期没有事件。"),
    "date": ("Date", "日期"),
    "lane": ("Product", "产品"),
    "kind": ("Kind", "类型"),
    "event": ("Event", "事件"),
    "source": ("Source", "来源"),
    "market": ("Market", "市场"),
    "metrics": ("Figures over time", "数据变化"),
    "metrics_note": (
        "Each panel shows one figure as reported, held until the next report.",
        "每个小图显示一项数据的报道值，在下一次报道前保持不变。",
    ),
    "no_metrics": ("No figures up to this date.", "截至该日期没有数据。"),
    "offers": ("Offers", "优惠措施"),
    "offers_note": ("Offers announced by the as-of date (undated ones by their source's date).",
                    "截至数据日期已公布的优惠（未注明日期的按其来源发表日期计）。"),
    "no_offers": ("No offers up to this date.", "截至该日期没有优惠措施。"),
    "audience": ("Who qualifies", "适用对象"),
    "offer": ("Offer", "优惠内容"),
    "announced": ("Announced", "公布时间"),
    "period": ("Period", "有效期"),
    "strategies": ("Platform strategies", "平台战略"),
    "context": ("Context", "背景"),
    "strategies_note": ("Statements published by the as-of date.", "截至数据日期已发表的观点。"),
    "no_strategies": ("No statements published by this date.", "截至该日期没有已发表的观点。"),
    "speaker": ("Speaker", "发言人"),
    "quote": ("Quote", "原文"),
    "sources": ("Sources", "来源"),
    "sources_note": ("Numbered in the order the report first cites them.",
                     "按在报告中首次引用的顺序编号。"),
    "publisher": ("Publisher", "发布者"),
    "author": ("Author", "作者"),
    "published": ("Published", "发表时间"),
    "confidence": ("Confidence", "可信度"),
    "url": ("Address", "网址"),
    "fell_back_en": (" [EN]", " [EN]"),
    "fell_back_zh": (" [中文]", " [中文]"),
    "period_both": ("{start} to {end}", "{start}至{end}"),
    "period_from": ("from {start}", "{start}起"),
    "period_until": ("until {end}", "至{end}"),
    "end_not_found": ("end not found", "未找到结束时间"),
}

LEVELS: dict[str, tuple[str, str]] = {
    "full": ("Full", "支持"),
    "partial": ("Partial", "部分支持"),
    "none": ("None", "不支持"),
    "unknown": ("Unknown", "未知"),
    "disputed": ("Disputed", "有争议"),
    "out-of-scope": ("Not applicable", "不适用"),
}

LEVEL_NOTES: dict[str, tuple[str, str]] = {
    "full": ("the product has the feature", "产品具备该功能"),
    "partial": ("some of it, or with limits", "部分具备或有限制"),
    "none": ("a source says it lacks it", "有来源表明不具备"),
    "unknown": ("no source found", "未找到来源"),
    "disputed": ("sources disagree; all are cited", "来源说法不一，均已列出"),
    "out-of-scope": ("not this kind of product; never scored", "非此类产品，不计分"),
}

CATEGORIES: dict[str, tuple[str, str]] = {
    # Same words as the product list (models/product_list_model.py category_label).
    "suite": ("Collaboration suite", "协同办公套件"),
    "meeting": ("Video meetings", "视频会议"),
    "docs": ("Online documents", "在线文档"),
    "messaging": ("Messaging", "即时通讯"),
    "office": ("Office suite", "办公套件"),
}

EVENT_KINDS: dict[str, tuple[str, str]] = {
    "launch": ("Launch", "上线"),
    "offer": ("Offer", "优惠"),
    "capacity": ("Capacity", "容量"),
    "metric": ("Figure", "数据"),
    "feature": ("Feature", "功能"),
    "strategy": ("Strategy", "战略"),
    "context": ("Context", "背景"),
}

CONFIDENCES: dict[str, tuple[str, str]] = {
    "high": ("high", "高"),
    "medium": ("medium", "中"),
    "low": ("low", "低"),
}

# Feature units are stored in English only; these are the Chinese words for the ones the
# data uses. An unlisted unit is shown as stored.
UNITS_ZH: dict[str, str] = {
    "participants": "人",
    "form fillers": "人",
    "editors": "人",
    "recipients": "人",
    "viewers": "人",
    "users": "用户",
    "minutes": "分钟",
    "members": "人",
    "attendees": "人",
    "days": "天",
}


def pick(table: dict[str, tuple[str, str]], key: str, lang: str) -> str:
    """The ``lang`` word for ``key`` in ``table`` (the key itself when it is missing)."""
    pair = table.get(key)
    if pair is None:
        return key
    return pair[1] if lang == "zh" else pair[0]


def label(key: str, lang: str, **values: object) -> str:
    """A report label in ``lang`` with ``{name}`` fields filled from ``values``."""
    text = pick(LABELS, key, lang)
    return text.format(**values) if values else text


def unit_text(unit: str | None, lang: str) -> str:
    """A feature unit in ``lang``."""
    if not unit:
        return ""
    return UNITS_ZH.get(unit, unit) if lang == "zh" else unit
