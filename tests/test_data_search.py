"""Global search: Chinese substrings of any length, aliases, ranking, and hostile input."""

from __future__ import annotations

import shutil
import sqlite3
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from cloudoffice_gui.data.database import CloudOfficeDatabase, open_database
from cloudoffice_gui.data.search import (
    KIND_ORDER,
    SearchHit,
    clean_query,
    fts_phrase,
    like_pattern,
    search,
)
from tests.dataset_factory import SOURCE_A, build_small_database, small_dataset

HOSTILE = ['"', '""', "'", "AND(", "NEAR(", "NEAR(a b)", "*", "a*", "%", "_", "\\", "\\%",
           "'; DROP TABLE x; --", "'; DROP TABLE search_index; --", "title_en:x", "^x", "-x",
           "x OR y", "(", ")", "{", "}", ":", "\x00", "a\x00b", "NOT", "AND", "OR",
           '"unterminated', "col:*", "+", "[", "]", "\u202e", "\ud800", "  ", ""]


def _ids(hits: list[SearchHit], kind: str | None = None) -> list[str]:
    return [h.item_id for h in hits if kind is None or h.kind == kind]


def _ranking_dataset() -> dict[str, list[dict[str, object]]]:
    tables = small_dataset()
    base = {"date": "2020-01-01", "date_precision": "day", "product_id": "beta",
            "vendor_id": "acme", "kind": "feature", "source_id": SOURCE_A, "confidence": "high"}
    tables["events"] = tables["events"] + [
        # Alphabetically first, but the word is only in its quote: it must rank after e11.
        {**base, "id": "e10", "title_en": "Aardvark update", "title_zh": "更新",
         "quote": "a new chassis arrives"},
        {**base, "id": "e11", "title_en": "Zebra chassis", "title_zh": "斑马底盘", "quote": "q"},
        {**base, "id": "e12", "title_en": 'Sale "50% off_now" AND( NEAR(x) *', "title_zh": "促销",
         "quote": "q"},
        {**base, "id": "e13", "title_en": "Animals", "title_zh": "动物", "quote": "a wombat"},
    ]
    tables["sources"] = tables["sources"] + [
        {"id": "src-w", "title": "Wombat weekly", "language": "en", "kind": "blog",
         "confidence": "low"},
    ]
    return tables


@pytest.fixture(scope="module")
def ranking_db(tmp_path_factory: pytest.TempPathFactory) -> CloudOfficeDatabase:
    path = build_small_database(tmp_path_factory.mktemp("ranking"), _ranking_dataset())
    db = open_database(path)
    yield db
    db.close()


@pytest.fixture(scope="module")
def small(tmp_path_factory: pytest.TempPathFactory) -> CloudOfficeDatabase:
    """The shared small dataset, built once for this module's read-only tests."""
    db = open_database(build_small_database(tmp_path_factory.mktemp("small"), small_dataset()))
    yield db
    db.close()


# -- Chinese substrings and aliases ------------------------------------------------------------
@pytest.mark.parametrize("text", ["阿", "阿尔", "阿尔法", "尔法", "法"])
def test_chinese_substrings_of_any_length_find_the_product(small: CloudOfficeDatabase, text: str) -> None:
    assert "alpha" in _ids(search(small, text), "product")


def test_english_is_case_insensitive_and_finds_substrings(small: CloudOfficeDatabase) -> None:
    assert _ids(search(small, "alpha talk"), "product") == ["alpha"]
    assert "alpha" in _ids(search(small, "LPH"), "product")
    assert "alpha" in _ids(search(small, "Al"), "product")


def test_aliases_match_and_rank_like_names(small: CloudOfficeDatabase) -> None:
    hits = search(small, "alphaintl")
    assert hits[0].kind == "product" and hits[0].item_id == "alpha" and hits[0].rank == 0
    assert "alpha" in _ids(search(small, "阿尔法会议"), "product")


def test_strategy_found_by_metaphor_in_both_languages(small: CloudOfficeDatabase) -> None:
    assert _ids(search(small, "底盘"), "strategy") == ["st1"]
    assert _ids(search(small, "chassis"), "strategy") == ["st1"]
    assert _ids(search(small, "盘"), "strategy") == ["st1"]


def test_quotes_and_offer_texts_are_searched(small: CloudOfficeDatabase) -> None:
    assert _ids(search(small, "quote o2"), "offer") == ["o2"]
    assert _ids(search(small, "医院"), "offer") == ["o2"]
    assert _ids(search(small, "example.org"), "source") == [SOURCE_A]


def test_every_word_must_match(small: CloudOfficeDatabase) -> None:
    assert _ids(search(small, "阿尔法 三年"), "offer") == ["o2"]  # product name + offer text
    assert search(small, "阿尔法 zzzz") == []


@pytest.mark.parametrize(("text", "kind", "item_id"), [
    ("钉", "product", "dingtalk"),
    ("钉钉", "product", "dingtalk"),
    ("飞书", "product", "feishu"),
    ("企业微", "product", "wecom"),
    ("底盘", "strategy", "dingtalk-universal-chassis"),
    ("chassis", "strategy", "dingtalk-universal-chassis"),
    ("连接器", "strategy", "wecom-connector"),
    ("Lark", "product", "feishu"),
    ("VooV", "product", "tencent-meeting"),
    ("徐思彦", "strategy", "context-xu-siyan-industry-fit"),
    ("停课不停学", "strategy", "context-classes-suspended-one-star"),
    ("湖北", "offer", "feishu-three-years-free-commercial"),
])
def test_bundled_database_finds_the_article_records(bundled_db: Path, text: str, kind: str,
                                                     item_id: str) -> None:
    with open_database(bundled_db) as db:
        assert item_id in _ids(search(db, text, limit=1000), kind)


def test_alias_hit_comes_first(bundled_db: Path) -> None:
    with open_database(bundled_db) as db:
        for alias, product in (("Lark", "feishu"), ("VooV", "tencent-meeting")):
            first = search(db, alias)[0]
            assert (first.kind, first.item_id) == ("product", product)


# -- grouping, ranking, titles -------------------------------------------------------------------
def test_results_are_grouped_by_kind(small: CloudOfficeDatabase) -> None:
    hits = search(small, "阿尔法")
    kinds = [h.kind for h in hits]
    assert len(set(kinds)) > 2
    blocks = list(dict.fromkeys(kinds))
    assert kinds == sorted(kinds, key=blocks.index)  # each kind is one contiguous block
    # Groups follow their best rank, then KIND_ORDER.
    best = {k: min(h.rank for h in hits if h.kind == k) for k in blocks}
    assert blocks == sorted(blocks, key=lambda k: (best[k], KIND_ORDER.index(k)))
    assert blocks[0] == "product"


def test_group_with_a_title_match_comes_first(ranking_db: CloudOfficeDatabase) -> None:
    # Events come before sources in KIND_ORDER, but only e13's quote says "wombat" while
    # the source's title starts with it: the source group leads.
    hits = search(ranking_db, "wombat")
    assert [(h.kind, h.item_id) for h in hits] == [("source", "src-w"), ("event", "e13")]


def test_title_matches_rank_before_body_matches(ranking_db: CloudOfficeDatabase) -> None:
    events = [h for h in search(ranking_db, "chassis") if h.kind == "event"]
    assert [h.item_id for h in events] == ["e11", "e10"]
    assert events[0].rank < events[1].rank
    assert "chassis" in events[1].snippet


def test_exact_title_ranks_before_prefix(small: CloudOfficeDatabase) -> None:
    product = search(small, "阿尔法")[0]
    assert (product.kind, product.item_id, product.rank) == ("product", "alpha", 0)
    assert search(small, "Alpha")[0].rank == 1


def test_titles_follow_lang_or_the_query_script(small: CloudOfficeDatabase) -> None:
    def product(text: str, lang: str | None) -> SearchHit:
        return next(h for h in search(small, text, lang) if h.kind == "product")

    assert product("阿尔法", "en").title == "Alpha Talk"
    assert product("alpha", "zh").title == "阿尔法"
    assert product("阿尔法", None).title == "阿尔法"
    assert product("alpha", None).title == "Alpha Talk"
    beta = product("beta", "zh")
    assert beta.title_in("zh") == ("贝塔会议", False)


def test_limit_applies_per_kind(small: CloudOfficeDatabase) -> None:
    hits = search(small, "quote", limit=1)
    kinds = [h.kind for h in hits]
    assert len(kinds) == len(set(kinds)) > 1


def test_limit_keeps_the_best_ranked(ranking_db: CloudOfficeDatabase) -> None:
    # e10 comes first in the index, but only its quote matches: the title match must win.
    assert _ids(search(ranking_db, "chassis", limit=1), "event") == ["e11"]
    assert search(ranking_db, "chassis", limit=0) == []


# -- hostile input -------------------------------------------------------------------------------
@pytest.mark.parametrize("text", HOSTILE)
def test_syntax_is_just_text(ranking_db: CloudOfficeDatabase, text: str) -> None:
    hits = search(ranking_db, text)
    assert all(h.kind in KIND_ORDER for h in hits)
    assert ranking_db.execute("SELECT count(*) FROM search_index")[0][0] > 0


@pytest.mark.parametrize("text", ['"50% off_now"', "50%", "off_", "AND(", "NEAR(x)", "% off", "*"])
def test_special_characters_match_literally(ranking_db: CloudOfficeDatabase, text: str) -> None:
    assert _ids(search(ranking_db, text)) == ["e12"]


def test_wildcards_do_not_match_everything(small: CloudOfficeDatabase) -> None:
    for text in ("%", "_", "*", "%%", "__", "***"):
        assert search(small, text) == []


def test_quoting_helpers() -> None:
    assert fts_phrase('a"b') == '"a""b"'
    assert like_pattern("5%_\\") == "%5\\%\\_\\\\%"
    assert clean_query("  a\tb\n\x00c  ") == "a b c"
    assert clean_query("\ud800x") == "?x"
    assert len(clean_query("字" * 10_000)) == 200


@settings(max_examples=300, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(text=st.text(max_size=40))
def test_any_text_never_raises(ranking_db: CloudOfficeDatabase, text: str) -> None:
    for lang in (None, "zh", "en"):
        hits = search(ranking_db, text, lang)
        assert all(isinstance(h, SearchHit) and h.kind in KIND_ORDER for h in hits)


def _titles(db: CloudOfficeDatabase) -> list[tuple[str, str, str]]:
    rows = db.execute("SELECT kind, item_id, title_en, title_zh FROM search_index")
    return [(k, i, t) for k, i, en, zh in rows for t in (en, zh) if t.strip()]


@settings(max_examples=200, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(data=st.data())
def test_any_substring_of_a_title_finds_its_record(ranking_db: CloudOfficeDatabase,
                                                   data: st.DataObject) -> None:
    kind, item_id, title = data.draw(st.sampled_from(_titles(ranking_db)))
    start = data.draw(st.integers(0, len(title) - 1))
    end = data.draw(st.integers(start + 1, len(title)))
    piece = title[start:end]
    if not piece.strip():
        return
    assert (kind, item_id) in {(h.kind, h.item_id) for h in search(ranking_db, piece, limit=1000)}


# -- databases without (part of) the index --------------------------------------------------------
def _copy_without(src: Path, target: Path, statements: list[str]) -> Path:
    shutil.copyfile(src, target)
    conn = sqlite3.connect(target)
    for statement in statements:
        conn.execute(statement)
    conn.commit()
    conn.close()
    return target


def test_without_fts_table_like_still_answers(small_db: Path, tmp_path: Path) -> None:
    path = _copy_without(small_db, tmp_path / "nofts.db", ["DROP TABLE search_index_fts"])
    with open_database(path) as db:
        assert "alpha" in _ids(search(db, "阿尔法"), "product")
        assert "st1" in _ids(search(db, "chassis"), "strategy")


def test_without_search_index_nothing_is_found(small_db: Path, tmp_path: Path) -> None:
    path = _copy_without(small_db, tmp_path / "noindex.db",
                         ["DROP TABLE search_index_fts", "DROP TABLE search_index"])
    with open_database(path) as db:
        assert search(db, "阿尔法") == []


# -- the hanzi index (search_chars_fts) ----------------------------------------------------------
def test_short_hanzi_terms_use_the_hanzi_index(small_db: Path, tmp_path: Path) -> None:
    # The product's text is blanked in search_index: only the hanzi index still holds it.
    path = _copy_without(small_db, tmp_path / "chars.db", [
        "UPDATE search_index SET title_zh = '', body = '' WHERE kind = 'product' AND item_id = 'alpha'"])
    with open_database(path) as db:
        for text in ("阿", "阿尔", "尔法"):
            assert "alpha" in _ids(search(db, text), "product"), text
        assert "alpha" not in _ids(search(db, "尔阿"), "product")  # a phrase: order matters


def test_short_hanzi_term_found_in_a_quote(bundled_db: Path) -> None:
    with open_database(bundled_db) as db:
        strategy, quote = db.execute("SELECT id, quote FROM strategies WHERE quote != '' LIMIT 1")[0]
        hanzi = [c for c in quote if "\u4e00" <= c <= "\u9fff"]
        for text in (hanzi[0], hanzi[0] + hanzi[1]) if quote.find(hanzi[0] + hanzi[1]) >= 0 else hanzi[:1]:
            assert strategy in _ids(search(db, text, limit=1000), "strategy"), text


def test_without_hanzi_index_like_still_answers(small_db: Path, tmp_path: Path) -> None:
    path = _copy_without(small_db, tmp_path / "nochars.db", ["DROP TABLE search_chars_fts"])
    with open_database(path) as db:
        assert "alpha" in _ids(search(db, "阿尔"), "product")
