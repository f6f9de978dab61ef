"""Search, from file://, in the real browser: a suite of queries with their expected top result."""
import pytest
from selenium.common.exceptions import StaleElementReferenceException
from selenium.webdriver.common.by import By
from selenium.webdriver.support.ui import WebDriverWait

from conftest import SITE

# (language of the page, query, where the top result must lead)
QUERIES = [
    ("th", "ต่ออายุรหัส", "th/renew-user/index.html"),  # Thai without spaces
    ("th", "ต่ออายุสิทธิ์สืบค้น", "th/renew-search-rights/index.html"),
    ("th", "ทะเบียนราษฎร์", "th/glossary/index.html#civil-registration"),
    ("th", "ช่วยราชการ", "th/glossary/index.html#secondment"),
    ("th", "ส่งคำร้อง", "th/external-search/index.html#send-request"),
    ("th", "เลือกไฟล์", "th/external-search/index.html#attach-documents"),
    ("th", "ย้ายกลับสังกัดเดิม", "th/glossary/index.html#return-home-unit"),
    ("en", "renew", "en/renew-user/index.html"),
    ("en", "upload", "en/external-search/index.html#attach-documents"),
    ("en", "civil registration", "en/glossary/index.html#civil-registration"),
    ("en", "chrome 38", "en/glossary/index.html#chrome-38"),
    ("en", "police network", "en/extra-privilege/index.html#log-in"),
    ("th", "civil registration", "th/glossary/index.html#civil-registration"),  # English finds Thai
    ("en", "ทะเบียนราษฎร์", "en/glossary/index.html#civil-registration"),  # Thai finds English
    ("en", "ช่วยราชการ", "en/glossary/index.html#secondment"),
    ("en", "renwe", "en/renew-user/index.html"),  # typos in English
    ("en", "secondmnet", "en/glossary/index.html#secondment"),
    ("en", "registation", "en/glossary/index.html#civil-registration"),
    ("en", "attach memo", "en/external-search/index.html#attach-documents"),  # mixed words
    ("th", "แนบ memo", "th/external-search/index.html#attach-documents"),  # mixed languages
]


def short(href):
    return href.split("/site/")[-1].split(str(SITE) + "/")[-1]


def run_query(browser, language, query):
    browser.get((SITE / language / "search/index.html").as_uri() + "?q=" + query)
    return [short(a.get_attribute("href")) for a in browser.find_elements(By.CSS_SELECTOR, ".guide-result__link")]


def wait_for_results_at(browser, address_test):
    """After a click or a submit, which do not wait for the next page: waits until the address
    passes and the search has put its results on screen (search.js marks the list when done).
    An element of the old page going stale on the way is 'not yet', not a failure."""
    def ready(driver):
        if not address_test(driver.current_url):
            return False
        return driver.find_element(By.ID, "guide-search-results").get_attribute("data-search-done")
    WebDriverWait(browser, 30, poll_frequency=0.1, ignored_exceptions=(StaleElementReferenceException,)).until(ready)


def result_links(browser):
    """Each result (one a page) with its own link and the links of its matching steps."""
    return [[short(a.get_attribute("href")) for a in item.find_elements(By.CSS_SELECTOR, "a")]
            for item in browser.find_elements(By.CSS_SELECTOR, ".guide-result")]


@pytest.mark.parametrize("language,query,expected", QUERIES, ids=[f"{q[0]}:{q[1]}" for q in QUERIES])
def test_query_finds_the_right_step_among_the_first_two_results(browser, language, query, expected):
    # Results are grouped by page (issue 11): the step is the page's link or one of its steps.
    run_query(browser, language, query)
    results = result_links(browser)
    assert results, f"nothing found for {query}"
    assert any(link.endswith(expected) for links in results[:2] for link in links), results[:2]
    errors = [e for e in browser.get_log("browser") if e["level"] == "SEVERE"]
    assert errors == []


@pytest.mark.parametrize("query", ["constructor", "toString", "__proto__ hasOwnProperty", "valueOf renew"])
def test_words_that_name_javascript_properties_are_only_words(browser, query):
    # The index is a JavaScript object: a query word that names one of its built-in properties
    # must be looked up as a word (found or not), not run into the object's own machinery.
    run_query(browser, "en", query)
    status = browser.find_element(By.ID, "guide-search-status").text
    assert query in status
    assert [e for e in browser.get_log("browser") if e["level"] == "SEVERE"] == []
    if "renew" in query:
        assert result_links(browser), "the other word still finds its pages"


def test_results_show_a_snippet_with_the_words_highlighted(browser):
    run_query(browser, "en", "upload")
    first = browser.find_element(By.CSS_SELECTOR, ".guide-result")
    assert "upload" in [m.text.lower() for m in first.find_elements(By.TAG_NAME, "mark")]
    assert browser.find_element(By.ID, "guide-search-q").get_attribute("value") == "upload"
    status = browser.find_element(By.ID, "guide-search-status").text
    shown = len(browser.find_elements(By.CSS_SELECTOR, ".guide-result"))
    assert f"{shown} results for “upload”" in status and shown >= 2


def test_a_result_leads_to_the_step(browser):
    run_query(browser, "th", "ต่ออายุรหัส")
    browser.find_element(By.CSS_SELECTOR, ".guide-result__link").click()
    WebDriverWait(browser, 30, poll_frequency=0.1).until(
        lambda driver: driver.current_url.endswith("/th/renew-user/index.html"))


def test_the_search_box_on_every_page_submits_to_the_search_page(browser):
    browser.get((SITE / "en/extra-privilege/index.html").as_uri())
    box = browser.find_element(By.ID, "guide-q")
    box.send_keys("upload")
    box.submit()
    wait_for_results_at(browser, lambda url: "/en/search/index.html?q=upload" in url)
    assert browser.find_elements(By.CSS_SELECTOR, ".guide-result__link")


def test_the_language_toggle_keeps_the_search(browser):
    browser.get((SITE / "en/search/index.html").as_uri() + "?q=civil+registration")
    browser.find_element(By.CSS_SELECTOR, "[data-guide-toggle]").click()
    wait_for_results_at(browser, lambda url: url.endswith("/th/search/index.html?q=civil+registration"))
    assert browser.find_elements(By.CSS_SELECTOR, ".guide-result__link")


def test_without_javascript_the_a_to_z_index_links_to_the_steps(browser_without_js):
    browser_without_js.get((SITE / "th/search/index.html").as_uri() + "?q=x")
    links = browser_without_js.find_elements(By.CSS_SELECTOR, ".guide-az a")
    assert len(links) > 20
    targets = [a.get_attribute("href") for a in links]
    assert any(t.endswith("/th/extra-privilege/index.html#choose-rights") for t in targets)
    assert browser_without_js.find_element(By.ID, "a-z").is_displayed()
