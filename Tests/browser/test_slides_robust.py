"""Slides where things go wrong: JavaScript off, an old Chrome whose history.replaceState throws
on file://, and a small 1024×768 screen where the language toggle must not cover the slide."""
import pathlib

from selenium.webdriver.common.action_chains import ActionChains
from selenium.webdriver.common.by import By
from selenium.webdriver.common.keys import Keys

from conftest import SITE, make_driver

DECK = SITE / "en/external-search/slides/index.html"
DECKS = sorted(SITE.glob("*/slides/index.html")) + sorted(SITE.glob("*/*/slides/index.html"))


def test_without_javascript_the_keyboard_help_is_not_shown(browser_without_js):
    browser_without_js.get(DECK.as_uri())
    help_line = browser_without_js.find_element(By.CSS_SELECTOR, ".guide-deck__help")
    assert not help_line.is_displayed()
    # The slides still read as one long page.
    assert browser_without_js.find_element(By.ID, "slide-3").is_displayed()


def test_with_javascript_the_keyboard_help_shows_on_the_first_slide_only(browser):
    browser.get(DECK.as_uri() + "#1")
    help_line = browser.find_element(By.CSS_SELECTOR, ".guide-deck__help")
    assert help_line.is_displayed() and "presenter view" in help_line.text
    ActionChains(browser).send_keys(Keys.ARROW_RIGHT).perform()
    assert not help_line.is_displayed()


def test_a_throwing_replace_state_falls_back_to_the_hash():
    driver = make_driver()
    try:
        driver.execute_cdp_cmd("Page.addScriptToEvaluateOnNewDocument", {"source": (
            "window.history.replaceState = function () {"
            " throw new Error('SecurityError: replaceState on file:// (Chrome 45-5x)'); };")})
        driver.get(DECK.as_uri())
        total = int(driver.find_element(By.CSS_SELECTOR, "[data-guide-deck]").get_attribute("data-count"))
        ActionChains(driver).send_keys(Keys.ARROW_RIGHT, Keys.ARROW_RIGHT).perform()
        assert driver.find_element(By.CSS_SELECTOR, ".guide-slide.is-current").get_attribute("data-slide") == "3"
        assert driver.current_url.endswith("#3")
        assert driver.find_element(By.CSS_SELECTOR, ".guide-deck__counter").text == f"3 / {total}"
        width = driver.execute_script(
            "return document.querySelector('.guide-deck__progress').style.width")
        assert width.startswith(str(round(300 / total))[:2])
        assert [e for e in driver.get_log("browser") if e["level"] == "SEVERE"] == []
    finally:
        driver.quit()


# The rectangles of everything a slide shows: each text line, each image and callout.
CONTENT_BOXES = """
var slide = document.querySelector('.guide-slide.is-current');
var boxes = [];
var walker = document.createTreeWalker(slide, NodeFilter.SHOW_TEXT, null, false);
var node;
while ((node = walker.nextNode())) {
  if (!node.nodeValue.replace(/\\s/g, '')) { continue; }
  var range = document.createRange();
  range.selectNodeContents(node);
  var rects = range.getClientRects();
  for (var i = 0; i < rects.length; i++) {
    if (rects[i].width > 0) { boxes.push([rects[i].left, rects[i].top, rects[i].right, rects[i].bottom, node.nodeValue.slice(0, 30)]); }
  }
}
var pictures = slide.querySelectorAll('img, .guide-callout');
for (var j = 0; j < pictures.length; j++) {
  var r = pictures[j].getBoundingClientRect();
  if (r.width > 0) { boxes.push([r.left, r.top, r.right, r.bottom, pictures[j].tagName]); }
}
return boxes;
"""


def test_the_language_toggle_never_covers_a_slide_at_1024_by_768(tmp_path):
    driver = make_driver()
    try:
        driver.set_window_size(1024, 768)
        inner = driver.execute_script("return [window.innerWidth, window.innerHeight]")
        driver.set_window_size(1024 + 1024 - inner[0], 768 + 768 - inner[1])
        covered = []
        for deck in DECKS:
            driver.get(deck.as_uri() + "#1")
            total = int(driver.find_element(By.CSS_SELECTOR, "[data-guide-deck]").get_attribute("data-count"))
            for number in range(1, total + 1):
                driver.execute_script("window.location.hash = '#' + arguments[0];", number)
                toggle = driver.execute_script(
                    "var r = document.querySelector('[data-guide-toggle]').getBoundingClientRect();"
                    "return [r.left, r.top, r.right, r.bottom];")
                for left, top, right, bottom, what in driver.execute_script(CONTENT_BOXES):
                    if left < toggle[2] and right > toggle[0] and top < toggle[3] and bottom > toggle[1]:
                        covered.append(f"{deck.relative_to(SITE)} #{number}: {what!r}")
                        driver.save_screenshot(str(tmp_path / f"covered-{len(covered)}.png"))
        assert driver.execute_script("return window.innerWidth") == 1024
        assert not covered, "the toggle covers:\n" + "\n".join(covered[:20])
    finally:
        driver.quit()
