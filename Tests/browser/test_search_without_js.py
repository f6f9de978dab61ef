"""With JavaScript off, a search from the header box lands on the search page, which says in the
page's language that searching needs JavaScript and points to the A–Z index on the same page."""
import pytest
from selenium.webdriver.common.by import By
from selenium.webdriver.support.ui import WebDriverWait

from conftest import SITE

SAYS = {"en": "Searching needs JavaScript", "th": "การค้นหาต้องใช้ JavaScript"}


@pytest.mark.parametrize("language", ["th", "en"])
def test_a_header_search_without_javascript_says_why_nothing_was_searched(browser_without_js, language):
    browser = browser_without_js
    browser.get((SITE / language / "renew-user/index.html").as_uri())
    box = browser.find_element(By.CSS_SELECTOR, ".guide-header__search input[name=q]")
    box.send_keys("renew")
    box.submit()
    # A submit does not wait for the next page: wait for its address.
    WebDriverWait(browser, 30, poll_frequency=0.1).until(lambda d: "/search/index.html?q=renew" in d.current_url)
    note = browser.find_element(By.CSS_SELECTOR, ".guide-search__nojs")
    assert note.is_displayed() and SAYS[language] in note.text
    link = note.find_element(By.TAG_NAME, "a")
    link.click()
    WebDriverWait(browser, 30, poll_frequency=0.1).until(lambda d: d.current_url.endswith("#a-z"))
    assert browser.find_element(By.ID, "a-z").is_displayed()
    assert len(browser.find_elements(By.CSS_SELECTOR, ".guide-az a")) > 20


def test_with_javascript_the_note_is_not_shown(browser):
    browser.get((SITE / "en/search/index.html").as_uri() + "?q=renew")
    assert browser.find_elements(By.CSS_SELECTOR, ".guide-search__nojs") == []
