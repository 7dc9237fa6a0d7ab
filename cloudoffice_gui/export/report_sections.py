"""Report sections beyond the matrix: offers, strategies, context, weighted ranking; no Qt."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable, Sequence

from cloudoffice_gui.data.database import CloudOfficeDatabase
from cloudoffice_gui.data.dates import format_date, period_bounds
from cloudoffice_gui.data.feature_matrix import CellState, FeatureMatrix
from cloudoffice_gui.data.feature_scoring import Weights, rank_products
from cloudoffice_gui.data.records import Offer, Product, Source, Strategy, localized
from cloudoffice_gui.export.report_labels import label
from cloudoffice_gui.export.report_types import (
    Citations, OfferEntry, RankingEntry, StrategyEntry, number_text,
)


def _marked(en: str | None, zh: str | None, lang: str) -> str:
    text, fell_back = localized(en, zh, lang)
    if fell_back:
        text += label("fell_back_en" if lang == "zh" else "fell_back_zh", lang)
    return text


def known_by(date: str | None, precision: str | None, source: Source | None,
             as_of: dt.date) -> bool:
    """True when a fact was public by ``as_of``: its own date, else its source's, else yes."""
    if date:
        return period_bounds(date, precision)[0] <= as_of
    if source is not None and source.published:
        return period_bounds(source.published, source.published_precision)[0] <= as_of
    return True


def offer_entries(offers: Iterable[Offer], products: dict[str, Product],
                  sources: dict[str, Source], as_of: dt.date, lang: str,
                  citations: Citations) -> tuple[OfferEntry, ...]:
    """The offers public by ``as_of``, in the database's order (by announcement)."""
    result = []
    for offer in offers:
        if not known_by(offer.announced, offer.announced_precision, sources.get(offer.source_id),
                        as_of):
            continue
        announced = (format_date(offer.announced, offer.announced_precision, lang)
                     if offer.announced else label("not_stated", lang))
        result.append(OfferEntry(
            product_name=products[offer.product_id].name(lang),
            audience=_marked(offer.audience_en, offer.audience_zh, lang),
            offer=_marked(offer.offer_en, offer.offer_zh, lang),
            announced=announced, period=_period(offer, lang),
            citation=citations.cite(offer.source_id)))
    return tuple(result)


def _period(offer: Offer, lang: str) -> str:
    # A missing end date means the source gave none, not that the offer never ends.
    start = format_date(offer.starts, None, lang) if offer.starts else ""
    end = format_date(offer.ends, None, lang) if offer.ends else label("end_not_found", lang)
    if start:
        return label("period_both", lang, start=start, end=end)
    return label("period_until", lang, end=end) if offer.ends else end


def strategy_entries(database: CloudOfficeDatabase, ids: Sequence[str],
                     sources: dict[str, Source], as_of: dt.date, lang: str,
                     citations: Citations) -> tuple[StrategyEntry, ...]:
    """Platform strategies of the compared products (or their vendors) public by ``as_of``."""
    products = {p.id: p for p in database.products()}
    vendors = {v.id: v for v in database.vendors()}
    chosen_vendors = {products[p].vendor_id for p in ids}
    result = []
    for strategy in database.strategies():
        if strategy.kind != "platform":
            continue
        if strategy.product_id not in ids and not (
                strategy.product_id is None and strategy.vendor_id in chosen_vendors):
            continue
        if not known_by(None, None, sources.get(strategy.source_id), as_of):
            continue
        owner = (products[strategy.product_id].name(lang) if strategy.product_id
                 else vendors[strategy.vendor_id].name(lang) if strategy.vendor_id else "")
        result.append(_entry(strategy, owner, lang, citations))
    return tuple(result)


def context_entries(database: CloudOfficeDatabase, sources: dict[str, Source], as_of: dt.date,
                    lang: str, citations: Citations) -> tuple[StrategyEntry, ...]:
    """The article's context pieces public by ``as_of``."""
    return tuple(_entry(s, "", lang, citations) for s in database.strategies()
                 if s.kind == "context"
                 and known_by(None, None, sources.get(s.source_id), as_of))


def _entry(strategy: Strategy, owner: str, lang: str, citations: Citations) -> StrategyEntry:
    metaphor = localized(strategy.metaphor_en, strategy.metaphor_zh, lang)[0]
    quoted = f"“{metaphor}”" if metaphor else ""
    heading = " — ".join(t for t in (owner, quoted) if t)
    return StrategyEntry(heading=heading,
                         summary=_marked(strategy.summary_en, strategy.summary_zh, lang),
                         speaker=strategy.speaker or "", quote=strategy.quote,
                         citation=citations.cite(strategy.source_id))


def ranking_entries(matrix: FeatureMatrix, ids: Sequence[str], grid: list[list[CellState]],
                    weights: Weights, names: Sequence[str],
                    lang: str) -> tuple[tuple[RankingEntry, ...], str]:
    """The weighted ranking of ``ids`` and a text that states the weights used."""
    ranking = rank_products(matrix.features, list(ids), grid, weights)
    name_of = dict(zip(ids, names))
    entries = tuple(RankingEntry(s.rank, name_of[s.product_id], s.percent,
                                 f"{number_text(float(s.points))} / {number_text(float(s.possible))}")
                    for s in ranking.scores)
    separator = "，" if lang == "zh" else ", "
    parts = [f"{g.name(lang)} {number_text(float(weights.group_weight(g.id)))}"
             for g in matrix.groups]
    if weights.per_feature:
        parts += [f"{f.name(lang)} ×{number_text(float(weights.feature_weight(f.id)))}"
                  for f in matrix.features if weights.feature_weight(f.id) != 1]
    return entries, separator.join(parts)
