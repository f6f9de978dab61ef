"""The browser pre-check (<lang>/check/index.html) gives precheck's answers.

Every bundle of Tests/Fixtures/Bundles is handed to the page in headless Chromium over
file:// (without --allow-file-access-from-files, as an officer's browser runs), as a folder
and zipped, and the verdict and the set of (severity, rule) are compared with
`precheck --format json` on the same bundle. Each test runs twice: in today's Chromium, and
with every API that Chrome 38 lacks deleted before any page script runs.
"""
import json
import os
import pathlib
import shutil
import stat
import subprocess
import zipfile

import pytest
from selenium import webdriver
from selenium.webdriver.chrome.service import Service
from selenium.webdriver.common.action_chains import ActionChains
from selenium.webdriver.common.by import By
from selenium.webdriver.common.keys import Keys
from selenium.webdriver.support.ui import Select, WebDriverWait

from conftest import REPO, SITE

PRECHECK = REPO / ".build" / "debug" / "precheck"
BUNDLES = REPO / "Tests" / "Fixtures" / "Bundles"
AXE = next((REPO / ".venv-test").rglob("axe-core/axe.min.js"), None)
VERDICTS = {0: "ready", 1: "not-ready", 2: "unreadable"}

# Where the page cannot judge as precheck does. (bundle, handed as) → (only on the page,
# only from precheck, why). Any other difference fails, and so does a row that no longer
# differs, so that this table stays the truth.
ALLOWED_DIFFERENCES = {
    ("symlink-out-of-bundle", "folder"): (
        {("error", "attachment.file-missing")}, {("error", "attachment.not-regular")},
        "A page sees only the files the browser hands it, and Chrome does not hand over a "
        "symbolic link that points out of the chosen folder: the page finds the file missing "
        "where precheck finds a link. Both refuse the bundle."),
    ("pdf:owner-password-only-aes-256.pdf", "folder"): (
        {("error", "attachment.pdf-password")}, set(),
        "AES-256 PDFs (revision 6) are checked for an empty user password with SHA-384/512 and "
        "AES rounds that a Chrome 38 page does not have: the page takes them as protected; qpdf "
        "opens one that has only an owner password."),
}
PDFS = REPO / "Tests" / "Fixtures" / "CheckPage"

# Manifests written the ways people and programs write YAML, each compared with precheck.
READY_MANIFEST = (BUNDLES / "ready-external-search" / "request.yaml").read_text(encoding="utf-8")
MANIFEST_VARIANTS = {
    "byte-order-mark": "\ufeff" + READY_MANIFEST,
    "crlf-line-ends": READY_MANIFEST.replace("\n", "\r\n"),
    "cr-line-ends": READY_MANIFEST.replace("\n", "\r"),
    "comments": "# top\n" + READY_MANIFEST.replace("bundle: 1", "bundle: 1 # version"),
    "quoted-keys": READY_MANIFEST.replace("procedure:", '"procedure":').replace("  rank:", "  'rank':"),
    "block-scalar-with-markdown": READY_MANIFEST.replace(
        "duties: สอบสวนคดีอาญา", "duties: |\n  - งาน * พิเศษ\n  - & อื่น ๆ #1"),
    "document-markers": "---\n" + READY_MANIFEST + "...\n",
    "duplicate-key": READY_MANIFEST + "duties: again\n",
    "yes-is-text": READY_MANIFEST.replace("signed_by_unit_head: true", "signed_by_unit_head: yes"),
    "tab-indent": READY_MANIFEST.replace("  rank:", "\trank:"),
    "list-at-key-indent": READY_MANIFEST.replace("  - file:", "- file:").replace("    role:", "  role:")
    .replace("    signed_by", "  signed_by").replace("    certified", "  certified"),
    "flow-list-over-lines": READY_MANIFEST.replace(
        "data_sources: [civil-registration]", "data_sources: [\n  civil-registration,\n  other-thing ]"),
    "unclosed-quote": READY_MANIFEST.replace('"1101700230708"', '"1101700230708'),
    "alias-as-value": READY_MANIFEST.replace("duties: สอบสวนคดีอาญา", "duties: *x"),
    "text-with-colon": READY_MANIFEST.replace("duties: สอบสวนคดีอาญา", "duties: a: b"),
    "nested-too-deep": READY_MANIFEST + "x: " + "[" * 20 + "]" * 20 + "\n",
    "not-a-mapping": "hello world\n",
}

# Taken away before any page script runs: what Chrome 38 does not have (UX.md's table).
# Globals are deleted. Methods that chromedriver's own scripts also call are replaced by one
# that throws a TypeError, as calling a missing method does, when a page's script (a file://
# URL on the stack) calls it, and works for chromedriver.
CHROME_38_MISSING = """
(function () {
  function drop(owner, name) {
    try { delete owner[name]; } catch (e) {}
    try { if (name in owner) { Object.defineProperty(owner, name, { value: undefined, configurable: true, writable: true }); } } catch (e) {}
  }
  function refuse(owner, name, label) {
    var original = owner[name];
    if (typeof original !== 'function') { return; }
    Object.defineProperty(owner, name, { configurable: true, writable: true, value: function () {
      if ((new Error().stack || '').indexOf('file://') >= 0) { throw new TypeError(label + ' is not a function (Chrome 38)'); }
      return original.apply(this, arguments);
    } });
  }
  ['fetch', 'URLSearchParams', 'PointerEvent', 'WebAssembly', 'Worker', 'TextDecoder', 'TextEncoder',
   'queueMicrotask'].forEach(function (name) { drop(window, name); });
  drop(KeyboardEvent.prototype, 'key');
  drop(HTMLImageElement.prototype, 'decode');
  drop(Uint8Array.prototype, 'fill');
  drop(Uint8Array.prototype, 'slice');
  [[Element.prototype, 'closest'], [NodeList.prototype, 'forEach'], [Array, 'from'], [Array, 'of'],
   [Array.prototype, 'find'], [Array.prototype, 'findIndex'], [Array.prototype, 'includes'],
   [Array.prototype, 'fill'], [Object, 'assign'], [Object, 'entries'], [Object, 'values'],
   [String.prototype, 'includes'], [String.prototype, 'startsWith'], [String.prototype, 'endsWith'],
   [String.prototype, 'padStart'], [String.prototype, 'repeat']].forEach(function (pair) {
    refuse(pair[0], pair[1], pair[1]);
  });
})();
"""


def make_driver(chrome_38, downloads):
    options = webdriver.ChromeOptions()
    options.binary_location = "/usr/bin/chromium"
    for arg in ("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
                "--window-size=1200,900"):
        options.add_argument(arg)
    options.set_capability("goog:loggingPrefs", {"browser": "ALL"})
    driver = webdriver.Chrome(service=Service("/usr/bin/chromedriver"), options=options)
    driver.execute_cdp_cmd("Browser.setDownloadBehavior",
                           {"behavior": "allow", "downloadPath": str(downloads)})
    if chrome_38:
        driver.execute_cdp_cmd("Page.addScriptToEvaluateOnNewDocument", {"source": CHROME_38_MISSING})
    return driver


@pytest.fixture(scope="module", params=["today", "chrome-38-apis"])
def page(request, tmp_path_factory):
    downloads = tmp_path_factory.mktemp("downloads")
    driver = make_driver(request.param == "chrome-38-apis", downloads)
    driver.downloads = downloads
    yield driver
    driver.quit()


def zipped(folder, target):
    """The folder as a .zip with its files at the root; links stay links (as `zip -y`)."""
    with zipfile.ZipFile(target, "w", zipfile.ZIP_DEFLATED) as archive:
        for path in sorted(folder.rglob("*")):
            name = str(path.relative_to(folder))
            if path.is_symlink():
                info = zipfile.ZipInfo(name)
                info.create_system = 3
                info.external_attr = (stat.S_IFLNK | 0o777) << 16
                archive.writestr(info, os.readlink(path))
            elif path.is_dir():
                archive.writestr(zipfile.ZipInfo(name + "/"), b"")
            else:
                archive.write(path, name)
    return target


def cases():
    found = []
    for bundle in sorted(BUNDLES.iterdir()):
        if bundle.is_dir():
            found += [(bundle.name, "folder"), (bundle.name, "zipped")]
        elif bundle.suffix == ".zip":
            found.append((bundle.name, "zip"))
    return found


def bundle_path(name, handed_as, tmp_path):
    if handed_as == "zipped":
        return zipped(BUNDLES / name, tmp_path / (name + ".zip"))
    return BUNDLES / name


def precheck(path):
    run = subprocess.run([str(PRECHECK), "--format", "json", str(path)], capture_output=True, text=True)
    findings = json.loads(run.stdout)["findings"] if run.stdout.strip() else []
    return VERDICTS[run.returncode], {(f["severity"], f["rule"]) for f in findings}


def open_check_page(driver, language="en"):
    driver.get_log("browser")
    driver.get((SITE / language / "check" / "index.html").as_uri())


def wait_for_report(driver, timeout=60):
    WebDriverWait(driver, timeout).until(
        lambda d: d.find_element(By.ID, "check-report").get_attribute("data-verdict"))
    report = driver.find_element(By.ID, "check-report")
    findings = report.find_elements(By.CSS_SELECTOR, "[data-rule]")
    return report.get_attribute("data-verdict"), {
        (f.get_attribute("data-severity"), f.get_attribute("data-rule")) for f in findings}


def test_the_contract_names_every_case():
    assert len(cases()) >= 80
    for key in ALLOWED_DIFFERENCES:
        assert key in cases() + [("pdf:" + p.name, "folder") for p in PDFS.glob("*.pdf")] + [
            ("manifest:" + name, "folder") for name in MANIFEST_VARIANTS], key


@pytest.mark.parametrize("variant", sorted(MANIFEST_VARIANTS))
def test_the_page_and_precheck_agree_on_manifests_written_every_way(page, variant, tmp_path):
    bundle = tmp_path / "bundle"
    shutil.copytree(BUNDLES / "ready-external-search", bundle)
    (bundle / "request.yaml").write_text(MANIFEST_VARIANTS[variant], encoding="utf-8", newline="")
    open_check_page(page)
    page.find_element(By.ID, "bundle-folder").send_keys(str(bundle))
    verdict, found = wait_for_report(page)
    expected_verdict, expected = precheck(bundle)
    only_page, only_precheck, reason = ALLOWED_DIFFERENCES.get(("manifest:" + variant, "folder"), (set(), set(), ""))
    assert (found - expected, expected - found) == (only_page, only_precheck), reason
    if not only_page and not only_precheck:
        assert verdict == expected_verdict


@pytest.mark.parametrize("pdf", sorted(p.name for p in PDFS.glob("*.pdf")))
def test_the_page_and_precheck_agree_on_pdfs_of_every_kind(page, pdf, tmp_path):
    bundle = tmp_path / "bundle"
    shutil.copytree(BUNDLES / "ready-external-search", bundle)
    shutil.copy(PDFS / pdf, bundle / "memo.pdf")
    open_check_page(page)
    page.find_element(By.ID, "bundle-folder").send_keys(str(bundle))
    verdict, found = wait_for_report(page)
    expected_verdict, expected = precheck(bundle)
    only_page, only_precheck, reason = ALLOWED_DIFFERENCES.get(("pdf:" + pdf, "folder"), (set(), set(), ""))
    assert (found - expected, expected - found) == (only_page, only_precheck), reason
    if not only_page and not only_precheck:
        assert verdict == expected_verdict


@pytest.mark.parametrize("name,handed_as", cases())
def test_the_page_and_precheck_agree(page, name, handed_as, tmp_path):
    path = bundle_path(name, handed_as, tmp_path)
    open_check_page(page)
    page.find_element(By.ID, "bundle-folder" if handed_as == "folder" else "bundle-zip").send_keys(str(path))
    verdict, found = wait_for_report(page)
    expected_verdict, expected = precheck(path)
    assert [e["message"] for e in page.get_log("browser") if e["level"] == "SEVERE"] == []
    only_page, only_precheck, reason = ALLOWED_DIFFERENCES.get((name, handed_as), (set(), set(), ""))
    assert verdict == expected_verdict, reason
    assert (found - expected, expected - found) == (only_page, only_precheck), reason


def fill_external_search(driver, with_files=True):
    Select(driver.find_element(By.ID, "check-procedure")).select_by_value("external-search")
    values = {
        "cf-officer-rank": "ร.ต.อ.", "cf-officer-first_name": "สมชาย", "cf-officer-last_name": "ใจดี",
        "cf-officer-national_id": "1-1017-00230-70-8", "cf-officer-position": "รอง สว.(สอบสวน)",
        "cf-officer-unit": "สภ.เมืองเชียงใหม่", "cf-contact-phone": "081-234-5678",
        "cf-contact-email": "somchai@example.go.th", "cf-duties": "สอบสวน: คดี \"พิเศษ\" # 1",
    }
    for field, value in values.items():
        driver.find_element(By.ID, field).send_keys(value)
    driver.find_element(By.ID, "cf-data_sources").click()
    if with_files:
        ready = BUNDLES / "ready-external-search"
        driver.find_element(By.ID, "cf-attachments-0--file").send_keys(str(ready / "memo.pdf"))
        driver.find_element(By.ID, "cf-attachments-1--file").send_keys(str(ready / "id-card.jpg"))
        driver.find_element(By.ID, "cf-attachments-0--signed_by_unit_head").click()
        driver.find_element(By.ID, "cf-attachments-1--certified_copy").click()


def test_a_request_filled_in_on_the_page_is_saved_as_a_manifest_precheck_accepts(page, tmp_path):
    open_check_page(page)
    fill_external_search(page)
    page.find_element(By.ID, "check-run").click()
    verdict, found = wait_for_report(page)
    assert verdict == "ready"
    saved = page.downloads / "request.yaml"
    if saved.exists():
        saved.unlink()
    page.find_element(By.ID, "check-save").click()
    WebDriverWait(page, 20).until(lambda d: saved.exists() and saved.stat().st_size > 0)
    bundle = tmp_path / "bundle"
    bundle.mkdir()
    shutil.copy(saved, bundle / "request.yaml")
    for name in ("memo.pdf", "id-card.jpg"):
        shutil.copy(BUNDLES / "ready-external-search" / name, bundle / name)
    assert precheck(bundle) == (verdict, found)
    # Text with `:`, quotes and ` #` is written quoted, so it reads back as it was typed.
    assert 'duties: "สอบสวน: คดี \\"พิเศษ\\" # 1"' in saved.read_text(encoding="utf-8")


def test_problems_in_the_form_get_the_error_summary_with_links_to_the_fields(page):
    open_check_page(page, "th")
    fill_external_search(page, with_files=False)
    phone = page.find_element(By.ID, "cf-contact-phone")
    phone.clear()
    phone.send_keys("12345")
    page.find_element(By.ID, "check-run").click()
    verdict, found = wait_for_report(page)
    assert verdict == "not-ready"
    assert ("error", "contact.phone") in found and ("error", "attachment.missing") in found
    summary = page.find_element(By.CSS_SELECTOR, "#check-report .check-summary")
    assert page.switch_to.active_element == summary
    assert summary.find_element(By.TAG_NAME, "h2").text == "มีข้อที่ต้องแก้ไข"
    phone_link = summary.find_element(By.CSS_SELECTOR, "[data-rule='contact.phone'] a")
    assert phone_link.get_attribute("href").endswith("#cf-contact-phone")
    phone_link.click()
    assert page.switch_to.active_element.get_attribute("id") == "cf-contact-phone"
    inline = page.find_element(By.ID, "cf-contact-phone-error")
    assert inline.is_displayed() and "12345" in inline.text
    help_link = summary.find_element(By.CSS_SELECTOR, "[data-rule='contact.phone'] .check-finding__help")
    assert "/th/external-search/index.html#" in help_link.get_attribute("href")


def test_the_national_id_is_masked_in_the_report(page):
    open_check_page(page)
    page.find_element(By.ID, "bundle-folder").send_keys(str(BUNDLES / "national-id-check-digit"))
    wait_for_report(page)
    text = page.find_element(By.ID, "check-report").text
    manifest = (BUNDLES / "national-id-check-digit" / "request.yaml").read_text(encoding="utf-8")
    number = [line.split('"')[1] for line in manifest.splitlines() if "national_id" in line][0]
    assert number not in text and number[-4:] in text and "•" * 9 in text


def test_the_page_is_usable_by_keyboard_alone(page):
    open_check_page(page)
    keys = ActionChains(page)
    reached = []
    for _ in range(40):
        keys.send_keys(Keys.TAB).perform()
        reached.append(page.switch_to.active_element.get_attribute("id"))
        if reached[-1] == "check-procedure":
            break
    assert {"bundle-folder", "bundle-zip", "check-procedure"} <= set(reached)
    keys.send_keys(Keys.ARROW_DOWN).perform()
    assert page.find_element(By.ID, "check-procedure").get_attribute("value")
    for _ in range(60):
        keys.send_keys(Keys.TAB).perform()
        if page.switch_to.active_element.get_attribute("id") == "check-run":
            break
    keys.send_keys(Keys.ENTER).perform()
    verdict, _ = wait_for_report(page)
    assert verdict == "not-ready"


@pytest.mark.parametrize("language", ["th", "en"])
def test_axe_finds_no_serious_issue_on_the_page_with_a_report(page, language):
    open_check_page(page, language)
    fill_external_search(page, with_files=False)
    page.find_element(By.ID, "check-run").click()
    wait_for_report(page)
    page.execute_script(AXE.read_text(encoding="utf-8"))
    result = page.execute_async_script(
        "var done = arguments[arguments.length - 1];"
        "axe.run(document, function (error, results) { done(error ? {error: String(error)} : results); });")
    assert "error" not in result
    assert [(v["id"], v["impact"]) for v in result["violations"] if v["impact"] in ("serious", "critical")] == []


def test_with_javascript_off_the_page_says_to_use_precheck(browser_without_js):
    browser_without_js.get((SITE / "en" / "check" / "index.html").as_uri())
    main = browser_without_js.find_element(By.ID, "main")
    assert "precheck" in main.text
    assert not browser_without_js.find_element(By.ID, "check-app").is_displayed()


@pytest.mark.parametrize("language", ["th", "en"])
def test_the_home_page_and_before_you_start_link_to_the_check(browser_without_js, language):
    for path in (f"{language}/index.html", f"{language}/external-search/index.html"):
        browser_without_js.get((SITE / path).as_uri())
        link = browser_without_js.find_element(By.CSS_SELECTOR, ".guide-check-link a")
        assert link.get_attribute("href").endswith(f"/{language}/check/index.html")


def test_the_chrome_38_mode_catches_a_newer_api(tmp_path):
    """The API-stripped run can fail: a page script that calls String.prototype.includes
    (Chrome 41) or fetch (Chrome 42) gets the TypeError it would get in Chrome 38."""
    newer = tmp_path / "newer.html"
    newer.write_text('<!DOCTYPE html><html lang="en"><head><title>x</title></head><body><p id="out">-</p><script>'
                     'var out = [];'
                     'try { "abc".includes("b"); out.push("includes works"); } catch (e) { out.push("no includes"); }'
                     'out.push(typeof fetch);'
                     'document.getElementById("out").textContent = out.join(", ");'
                     '</script></body></html>')
    driver = make_driver(True, tmp_path)
    try:
        driver.get(newer.as_uri())
        assert driver.find_element(By.ID, "out").text == "no includes, undefined"
    finally:
        driver.quit()


def hostile_bundle(kind, folder):
    """Bundles made on the spot: too big to keep in the repository."""
    shutil.copytree(BUNDLES / ("ready-extra-privilege" if kind == "return-with-unit" else "ready-external-search"), folder)
    if kind == "return-with-unit":
        # The one rule no fixture bundle reaches yet: a return to the home unit names a unit.
        manifest = folder / "request.yaml"
        manifest.write_text(manifest.read_text(encoding="utf-8").replace("kind: secondment", "kind: return"),
                            encoding="utf-8")
    elif kind == "10000-files":
        extra = folder / "extra"
        extra.mkdir()
        for number in range(10_000):
            (extra / f"scan-{number:05}.txt").write_bytes(b"x")
    elif kind == "pdf-over-64-mib":
        with open(folder / "memo.pdf", "r+b") as memo:
            memo.seek(0, os.SEEK_END)
            memo.write(b"\0" * (65 * 1024 * 1024))
    elif kind == "pdf-of-3000-pages":
        (folder / "memo.pdf").write_bytes(many_pages_pdf(3000))
    return folder


def many_pages_pdf(pages):
    """A valid PDF of many pages, each drawing a compressed content stream."""
    import zlib
    objects = [b"<< /Type /Catalog /Pages 2 0 R >>",
               b"<< /Type /Pages /Kids [" + b" ".join(b"%d 0 R" % (3 + 2 * i) for i in range(pages))
               + b"] /Count %d >>" % pages]
    for i in range(pages):
        content = zlib.compress(b"BT /F1 12 Tf 72 770 Td (Page %d of a long scan) Tj ET" % i * 40)
        objects.append(b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Resources << >> /Contents %d 0 R >>" % (4 + 2 * i))
        objects.append(b"<< /Length %d /Filter /FlateDecode >>\nstream\n" % len(content) + content + b"\nendstream")
    out = bytearray(b"%PDF-1.4\n")
    offsets = []
    for number, body in enumerate(objects, start=1):
        offsets.append(len(out))
        out += b"%d 0 obj\n" % number + body + b"\nendobj\n"
    xref = len(out)
    out += b"xref\n0 %d\n0000000000 65535 f \n" % (len(objects) + 1)
    out += b"".join(b"%010d 00000 n \n" % offset for offset in offsets)
    out += b"trailer\n<< /Size %d /Root 1 0 R >>\nstartxref\n%d\n%%%%EOF\n" % (len(objects) + 1, xref)
    return bytes(out)


@pytest.mark.parametrize("kind", ["return-with-unit", "10000-files", "pdf-over-64-mib", "pdf-of-3000-pages"])
def test_hostile_bundles_end_with_precheck_s_verdict_in_bounded_time(page, kind, tmp_path):
    folder = hostile_bundle(kind, tmp_path / "bundle")
    open_check_page(page)
    page.execute_script(
        "window.progressSeen = []; new MutationObserver(function () {"
        " window.progressSeen.push(document.getElementById('check-progress').textContent); })"
        ".observe(document.getElementById('check-progress'), {childList: true, characterData: true, subtree: true});")
    page.find_element(By.ID, "bundle-folder").send_keys(str(folder))
    verdict, found = wait_for_report(page, timeout=120)
    assert (verdict, found) == precheck(folder)
    if kind == "return-with-unit":
        assert ("warning", "assignment.unit-unexpected") in found
    if kind == "10000-files":
        assert ("error", "bundle.too-large") in found
    if kind == "pdf-over-64-mib":
        assert ("error", "attachment.unreadable") in found
    if kind == "pdf-of-3000-pages":
        assert verdict == "ready"
        # The pages are read in slices, and the officer sees how far the check has come.
        seen = page.execute_script("return window.progressSeen;")
        assert any("/3000" in text and not text.endswith(" 3000/3000") for text in seen), seen
