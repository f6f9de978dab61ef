"""Search quality: every query of data/search-queries.tsv typed into the real search page (from
file://, in headless Chromium), scored by where the expected page comes (see search_queries.py)."""
import urllib.parse

from conftest import SITE
from search_queries import queries, rank, rates

# What the site achieved on 2026-11-28 (commit 0921fea's search), measured on this suite of
# 108 queries: 99 first, 108 in the top 3 (was 90 and 100 before the field-weighted,
# grouped ranking); 2026-11-29, with six questions added ("what is POLIS", "POLIS คือ"):
# 107 of 114 first, all 114 in the top 3, after questions about a word put its glossary
# entry first. The test fails if a change makes search worse; ranking work that does
# better raises these floors (issue 11's target: 90 % and 97 %).
TOP1_FLOOR = 107 / 114
TOP3_FLOOR = 114 / 114


def results_for(browser, language, query):
    browser.get((SITE / language / "search/index.html").as_uri() + "?q=" + urllib.parse.quote_plus(query))
    return browser.execute_script(
        "return Array.prototype.map.call(document.querySelectorAll('.guide-result__link'),"
        " function (a) { return a.href; });")


def test_the_query_suite_ranks_the_expected_page_first(browser):
    ranks, misses = [], []
    for query, language, expected, note in queries():
        place = rank(results_for(browser, language, query), expected)
        ranks.append(place)
        if place != 1:
            misses.append(f"  {language} {query!r}: expected {'|'.join(expected)}, place {place} ({note})")
    top1, top3 = rates(ranks)
    print(f"\nsearch quality ({browser.guide_mode}): top-1 {top1:.1%}, top-3 {top3:.1%} "
          f"of {len(ranks)} queries; not first:\n" + "\n".join(misses))
    assert len(ranks) >= 70
    assert top1 >= TOP1_FLOOR - 1e-9 and top3 >= TOP3_FLOOR - 1e-9, (top1, top3)
