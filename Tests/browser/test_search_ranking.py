"""How the search page ranks and lists results (issue 11), on the real page from file://: the query
words the browser makes (one golden table with the Swift index), one result per page with its
matching steps, partial matches that say which words were not found, numbers, stems, synonyms."""
import pathlib
import urllib.parse

import pytest
from selenium.webdriver.common.by import By

from conftest import SITE

TABLE = pathlib.Path(__file__).resolve().parents[1] / "Fixtures/search-tokens.tsv"


def golden_rows():
    rows = []
    for line in TABLE.read_text(encoding="utf-8").splitlines():
        if line and not line.startswith("#"):
            query, tokens = line.split("\t")
            rows.append((query, tokens))
    return rows


def search(browser, language, query):
    browser.get((SITE / language / "search/index.html").as_uri() + "?q=" + urllib.parse.quote_plus(query))
    errors = [e for e in browser.get_log("browser") if e["level"] == "SEVERE"]
    assert errors == []
    results = []
    for item in browser.find_elements(By.CSS_SELECTOR, ".guide-result"):
        missing = item.find_elements(By.CSS_SELECTOR, ".guide-result__missing")
        results.append({
            "page": item.find_element(By.CSS_SELECTOR, ".guide-result__link").get_attribute("href"),
            "steps": [a.get_attribute("href") for a in item.find_elements(By.CSS_SELECTOR, ".guide-result__step")],
            "missing": missing[0].text if missing else "",
            "marks": [m.text for m in item.find_elements(By.TAG_NAME, "mark")],
        })
    return results


def test_the_browser_makes_the_same_words_as_the_index(browser):
    browser.get((SITE / "th/search/index.html").as_uri())
    for query, tokens in golden_rows():
        got = browser.execute_script("return window.GUIDE_SEARCH_WORDS.tokens(arguments[0]).join(' ');", query)
        assert got == tokens, query


@pytest.mark.parametrize("language,query", [("en", "attach"), ("th", "แนบ"), ("en", "request"), ("th", "ขอ")])
def test_one_result_per_page_with_at_most_three_steps_of_that_page(browser, language, query):
    results = search(browser, language, query)
    pages = [r["page"] for r in results]
    assert len(results) >= 2 and len(pages) == len(set(pages)), pages
    assert any(r["steps"] for r in results)
    for result in results:
        assert len(result["steps"]) <= 3
        for step in result["steps"]:
            page = result["page"].split("#")[0]
            assert step.startswith(page + "#") and step != result["page"], (result["page"], step)


@pytest.mark.parametrize("language,query,unknown,says", [
    ("en", "renew qzxwv", "qzxwv", "Not found: qzxwv"),
    ("th", "ต่ออายุ qzxwv", "qzxwv", "ไม่พบคำว่า qzxwv"),
    ("en", "upload flurbish", "flurbish", "Not found: flurbish"),
])
def test_a_word_the_manual_does_not_use_leaves_the_pages_with_the_others(browser, language, query, unknown, says):
    results = search(browser, language, query)
    assert results, f"nothing for {query}"
    assert all(says in r["missing"] for r in results), [r["missing"] for r in results]


@pytest.mark.parametrize("language,query", [
    ("en", "police network"), ("en", "civil registration data"), ("en", "renew search rights"),
    ("th", "ต่ออายุสิทธิ์สืบค้น"), ("en", "attach memo"),
])
def test_pages_with_every_word_come_before_pages_missing_some(browser, language, query):
    results = search(browser, language, query)
    missing = [bool(r["missing"]) for r in results]
    assert missing and not missing[0]
    assert missing == sorted(missing), missing


@pytest.mark.parametrize("language,same", [
    ("th", ["2 สถานี", "สองสถานี", "๒ สถานี"]),
    ("en", ["2 stations", "two stations"]),
    ("en", ["renew", "renewing", "renewal", "renewed"]),
    ("th", ["เข้าสู่ระบบ", "ล็อกอิน"]),
    ("th", ["อัปโหลด", "อัพโหลด"]),
])
def test_numbers_stems_and_spellings_meet(browser, language, same):
    # The same two pages lead (a spelling the manual uses itself may order them differently).
    leads = []
    for query in same:
        results = search(browser, language, query)
        assert results, query
        leads.append(frozenset(r["page"] for r in results[:2]))
    assert len(set(leads)) == 1, dict(zip(same, leads))


def test_the_excerpt_highlights_the_words(browser):
    results = search(browser, "en", "upload")
    assert "upload" in [m.lower() for m in results[0]["marks"]]
