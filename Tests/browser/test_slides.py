"""Slides for trainers in the real browser: keys, click, swipe, the place in the address,
the language toggle, the presenter window that follows, and printing one slide a page."""
import base64
import re
import time

from selenium.webdriver.common.action_chains import ActionChains
from selenium.webdriver.common.by import By
from selenium.webdriver.common.keys import Keys

from conftest import SITE, strip_window_opened_by_the_page

DECK = SITE / "en/external-search/slides/index.html"


def current(browser):
    shown = browser.find_elements(By.CSS_SELECTOR, ".guide-slide.is-current")
    assert len(shown) == 1
    return int(shown[0].get_attribute("data-slide"))


def press(browser, *keys):
    ActionChains(browser).send_keys(*keys).perform()


def open_deck(browser, path=DECK, slide=None):
    browser.get(path.as_uri() + (f"#{slide}" if slide else ""))
    return int(browser.find_element(By.CSS_SELECTOR, "[data-guide-deck]").get_attribute("data-count"))


def test_keys_move_through_the_slides_and_the_address_keeps_the_place(browser):
    total = open_deck(browser)
    assert total == 11  # title, before you start, notes, 7 steps and the closing "คำถาม ?"
    assert current(browser) == 1
    press(browser, Keys.ARROW_RIGHT)
    press(browser, Keys.SPACE)
    press(browser, Keys.PAGE_DOWN)
    assert current(browser) == 4 and browser.current_url.endswith("#4")
    press(browser, Keys.ARROW_LEFT)
    press(browser, Keys.PAGE_UP)
    assert current(browser) == 2
    press(browser, Keys.END)
    assert current(browser) == total
    assert "คำถาม ?" in browser.find_element(By.CSS_SELECTOR, ".guide-slide.is-current").text
    press(browser, Keys.HOME)
    assert current(browser) == 1
    press(browser, "7", Keys.ENTER)
    assert current(browser) == 7 and browser.current_url.endswith("#7")
    browser.refresh()
    assert current(browser) == 7
    assert browser.find_element(By.CSS_SELECTOR, ".guide-deck__counter").text == f"7 / {total}"


def test_click_and_swipe_move_on(browser):
    open_deck(browser, slide=3)
    browser.find_element(By.CSS_SELECTOR, ".guide-slide.is-current").click()
    assert current(browser) == 4
    browser.execute_cdp_cmd("Input.dispatchTouchEvent", {"type": "touchStart", "touchPoints": [{"x": 600, "y": 300}]})
    browser.execute_cdp_cmd("Input.dispatchTouchEvent", {"type": "touchEnd", "touchPoints": []})
    browser.execute_cdp_cmd("Input.dispatchTouchEvent", {"type": "touchStart", "touchPoints": [{"x": 600, "y": 300}]})
    browser.execute_cdp_cmd("Input.dispatchTouchEvent", {"type": "touchMove", "touchPoints": [{"x": 200, "y": 300}]})
    browser.execute_cdp_cmd("Input.dispatchTouchEvent", {"type": "touchEnd", "touchPoints": []})
    assert current(browser) in (5, 6)  # the first touch is a tap (click), the second a swipe


def test_a_step_slide_shows_its_figure_with_callouts(browser):
    open_deck(browser, SITE / "th/extra-privilege/slides/index.html", slide=8)
    slide = browser.find_element(By.CSS_SELECTOR, ".guide-slide.is-current")
    assert "ขั้นตอนที่ 5 จาก 8" in slide.text
    assert slide.find_element(By.CSS_SELECTOR, ".guide-figure__frame img").is_displayed()
    assert [c.text for c in slide.find_elements(By.CSS_SELECTOR, ".guide-legend .guide-callout")] == ["4"]
    size = float(browser.execute_script(
        "return parseFloat(getComputedStyle(document.querySelector('.guide-slide.is-current p')).fontSize)"))
    assert size >= 20  # readable at the back of a room


def test_the_language_toggle_keeps_the_slide(browser):
    open_deck(browser, slide=6)
    browser.find_element(By.CSS_SELECTOR, "[data-guide-toggle]").click()
    assert browser.current_url.endswith("/th/external-search/slides/index.html#6")
    assert current(browser) == 6


def test_the_whole_manual_deck_follows_the_original_order(browser):
    total = open_deck(browser, SITE / "th/slides/index.html")
    first = browser.find_element(By.CSS_SELECTOR, ".guide-slide.is-current").text
    assert "สำนักงานเทคโนโลยีสารสนเทศและการสื่อสาร" in first and "ศูนย์เทคโนโลยีสารสนเทศกลาง" in first
    titles = browser.execute_script(
        "return Array.prototype.map.call(document.querySelectorAll('.guide-slide--section .guide-slide__title'),"
        " function (h) { return h.textContent; });")
    assert titles == ["การขอรหัสผู้ใช้ และรหัสผ่าน CRIMES", "การต่ออายุรหัสผู้ใช้งาน",
                      "การขอสิทธิ์สืบค้นข้อมูลหน่วยงานภายนอก", "การต่ออายุสิทธิ์สืบค้นข้อมูล", "การขอสิทธิ์การใช้งานเพิ่มเติม"]
    press(browser, Keys.END)
    assert browser.find_element(By.CSS_SELECTOR, ".guide-slide.is-current").text.strip() == "คำถาม ?"
    assert current(browser) == total


def test_the_presenter_window_follows_the_main_one_and_can_lead_it(browser):
    open_deck(browser, slide=2)
    main = browser.current_window_handle
    press(browser, "p")
    deadline = time.time() + 10
    while len(browser.window_handles) < 2 and time.time() < deadline:
        time.sleep(0.1)
    presenter = [h for h in browser.window_handles if h != main][0]
    try:
        browser.switch_to.window(presenter)
        strip_window_opened_by_the_page(browser)
        assert "presenter" in browser.current_url
        notes = browser.find_element(By.CSS_SELECTOR, ".guide-presenter__notes")
        assert "172.17.4.72" in notes.text  # the notes of slide 2
        assert re.search(r"Time \d\d:\d\d", browser.find_element(By.CSS_SELECTOR, ".guide-presenter__timer").text)
        browser.switch_to.window(main)
        press(browser, Keys.ARROW_RIGHT)
        press(browser, Keys.ARROW_RIGHT)
        assert current(browser) == 4
        browser.switch_to.window(presenter)
        wait_for(lambda: browser.find_element(By.CSS_SELECTOR, ".guide-presenter__counter").text == "4 / 11")
        assert "Press the button at the top-right corner" in \
            browser.find_element(By.CSS_SELECTOR, ".guide-presenter__notes").text
        assert "Next slide" in browser.find_element(By.CSS_SELECTOR, ".guide-presenter__next").text
        press(browser, Keys.ARROW_RIGHT)  # the presenter leads
        browser.switch_to.window(main)
        wait_for(lambda: current(browser) == 5)
    finally:
        browser.switch_to.window(presenter)
        browser.close()
        browser.switch_to.window(main)


def wait_for(condition, seconds=5):
    deadline = time.time() + seconds
    while time.time() < deadline:
        if condition():
            return
        time.sleep(0.1)
    assert condition()


def test_printing_gives_one_slide_per_a4_landscape_page(browser):
    total = open_deck(browser)
    pdf = base64.b64decode(browser.execute_cdp_cmd("Page.printToPDF", {"preferCSSPageSize": True})["data"])
    pages = len(re.findall(rb"/Type\s*/Page[^s]", pdf))
    assert pages == total
    box = re.search(rb"/MediaBox\s*\[\s*0\s+0\s+([\d.]+)\s+([\d.]+)", pdf)
    width, height = float(box.group(1)), float(box.group(2))
    assert width > height and abs(width - 841.9) < 2  # A4 landscape in points


def test_without_javascript_the_slides_read_as_one_page(browser_without_js):
    browser_without_js.get(DECK.as_uri())
    slides = browser_without_js.find_elements(By.CSS_SELECTOR, ".guide-slide")
    assert len(slides) == 11 and all(s.is_displayed() for s in slides)
    assert browser_without_js.find_element(By.CSS_SELECTOR, ".guide-slide__notes").is_displayed()
