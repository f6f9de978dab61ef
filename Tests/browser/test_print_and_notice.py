"""The whole manual in print, and the Chrome 38 notice on the renewal pages, in Chromium."""
import base64
import re

from selenium.webdriver.common.by import By

from conftest import SITE


def pdf_pages(browser, **options):
    pdf = base64.b64decode(browser.execute_cdp_cmd("Page.printToPDF", options)["data"])
    return len(re.findall(rb"/Type\s*/Page[^s]", pdf)), pdf


def test_the_print_page_holds_every_procedure_in_order_with_a_contents_list(browser):
    for language, titles in (("th", ["การขอรหัสผู้ใช้", "การต่ออายุรหัสผู้ใช้งาน", "การขอสิทธิ์สืบค้นข้อมูลหน่วยงานภายนอก",
                                      "การต่ออายุสิทธิ์สืบค้นข้อมูล", "การขอสิทธิ์การใช้งานเพิ่มเติม"]),
                             ("en", ["Getting a CRIMES user ID", "Renewing your user ID", "Requesting search rights",
                                     "Renewing your search rights", "Requesting additional usage rights"])):
        browser.get((SITE / language / "print/index.html").as_uri())
        sections = [h.text for h in browser.find_elements(By.CSS_SELECTOR, ".guide-print__procedure > h2")]
        assert len(sections) == 5
        for section, title in zip(sections, titles):
            assert section.startswith(title)
        assert len(browser.find_elements(By.CSS_SELECTOR, ".guide-print__contents a")) == 5
        assert len(browser.find_elements(By.CSS_SELECTOR, ".guide-print__procedure figure")) == 14
        assert len(browser.find_elements(By.CSS_SELECTOR, ".guide-print__procedure .guide-step")) == 15


def test_printing_starts_each_procedure_on_a_new_page(browser):
    browser.get((SITE / "en/print/index.html").as_uri())
    pages, _ = pdf_pages(browser, preferCSSPageSize=True)
    assert pages >= 6  # the cover and contents, then each of the five sections on pages of its own


def test_the_renewal_page_says_whether_this_browser_would_do(browser):
    browser.get((SITE / "en/renew-user/index.html").as_uri())
    check = browser.find_element(By.CSS_SELECTOR, "#note-chrome-38 .guide-browser-check").text
    agent = browser.execute_script("return navigator.userAgent")
    version = re.search(r"Chrome/(\d+)", agent).group(1)
    assert check == f"The browser you are using is Google Chrome {version}, newer than 38. " \
                    "For CRIMES, use Google Chrome version 38 or lower."
    browser.execute_cdp_cmd("Network.setUserAgentOverride", {
        "userAgent": "Mozilla/5.0 (Windows NT 6.1) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/38.0.2125.122 Safari/537.36"})
    try:
        browser.get((SITE / "th/renew-search-rights/index.html").as_uri())
        check = browser.find_element(By.CSS_SELECTOR, "#note-chrome-38 .guide-browser-check").text
        assert check == "เบราว์เซอร์ที่ท่านใช้อยู่คือ Google Chrome 38 ซึ่งใช้กับ CRIMES ได้ (เวอร์ชั่น 38 ลงมา)"
    finally:
        browser.execute_cdp_cmd("Network.setUserAgentOverride", {"userAgent": agent})


def test_without_javascript_the_note_is_still_there(browser_without_js):
    browser_without_js.get((SITE / "en/renew-user/index.html").as_uri())
    note = browser_without_js.find_element(By.ID, "note-chrome-38")
    assert "Google Chrome version 38 or lower" in note.text
    assert not note.find_elements(By.CSS_SELECTOR, ".guide-browser-check")
