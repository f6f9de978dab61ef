"""The sharded search index (issue 11), which the real manual is too small to use: a synthetic
corpus (Benchmarks/make-corpus) large enough that the index is split into term files, built by
the real `guide`, searched in the real browser from file://.

The oracle: the same search page with every term file loaded up front must list exactly the
same results. So a query that loads only some files (the files the first file names for its
words, see SearchTermFiles.swift) has everything its ranking needs."""
import os
import pathlib
import subprocess
import sys
import urllib.parse

import pytest
from selenium.webdriver.common.by import By

REPO = pathlib.Path(__file__).resolve().parents[2]
GUIDE = pathlib.Path(os.environ.get("GUIDE_BIN", REPO / ".build/debug/guide"))
PROCEDURES = 300  # enough postings for a couple of dozen term files, built in seconds

QUERIES = [
    ("th", "ต่ออายุรหัส"), ("th", "แนบเอกสาร"), ("th", "สำเนาบัตร ตำรวจ"), ("th", "ใช้ไม่ได้แล้ว"),
    ("en", "renew user"), ("en", "upload memo form"), ("en", "registation"), ("en", "police station"),
]

# Loads every term file before search.js runs, and hands them over as if inlined.
ALL_TERM_FILES = """<script>var guidePreloaded = {};
window.GUIDE_SEARCH_SHARD = function (key, data) { guidePreloaded[key] = data; };</script>
{scripts}
<script>GUIDE_SEARCH_INDEX.files = guidePreloaded;</script>
<script src="../../assets/search.js"></script>"""


@pytest.fixture(scope="module")
def sharded_site(tmp_path_factory):
    work = tmp_path_factory.mktemp("sharded")
    subprocess.run([sys.executable, str(REPO / "Benchmarks/make-corpus"), str(PROCEDURES), str(work)],
                   check=True, stdout=subprocess.DEVNULL)
    site = work / "site"
    run = subprocess.run([str(GUIDE), "build", "--content", str(work / "content"), "--output", str(site)],
                         capture_output=True, text=True, timeout=600)
    assert run.returncode == 0, run.stderr
    for language in ("th", "en"):
        folder = site / language / "search"
        terms = sorted(folder.glob("search-terms-*.js"))
        assert len(terms) >= 8, f"{language}: the index was not split ({len(terms)} term files)"
        page = (folder / "index.html").read_text(encoding="utf-8")
        scripts = "\n".join(f'<script src="{t.name}"></script>' for t in terms)
        preloaded = page.replace('<script src="../../assets/search.js"></script>',
                                 ALL_TERM_FILES.replace("{scripts}", scripts))
        assert preloaded != page
        (folder / "all-terms.html").write_text(preloaded, encoding="utf-8")
    return site


def results_and_term_files(browser, page, query):
    browser.get(page.as_uri() + "?q=" + urllib.parse.quote_plus(query))
    results = [[a.get_attribute("href") for a in item.find_elements(By.CSS_SELECTOR, "a")]
               for item in browser.find_elements(By.CSS_SELECTOR, ".guide-result")]
    inserted = browser.execute_script(
        "return Array.prototype.filter.call(document.querySelectorAll('script[src]'), function (s) {"
        " return /search-terms-/.test(s.src); }).map(function (s) { return s.src.split('/').pop(); });")
    return results, inserted


@pytest.mark.parametrize("language,query", QUERIES, ids=[f"{q[0]}:{q[1]}" for q in QUERIES])
def test_a_query_loads_a_few_term_files_and_ranks_as_with_all_of_them(browser, sharded_site, language, query):
    folder = sharded_site / language / "search"
    every_byte = sum(f.stat().st_size for f in folder.glob("search-terms-*.js"))
    on_demand, inserted = results_and_term_files(browser, folder / "index.html", query)
    with_all, _ = results_and_term_files(browser, folder / "all-terms.html", query)
    assert on_demand, f"nothing found for {query}"
    assert on_demand == with_all
    # A part of the index, not all of it: at most a third of its bytes.
    loaded = sum((folder / name).stat().st_size for name in inserted)
    assert inserted and loaded <= every_byte // 3, (inserted, loaded, every_byte)
    status = browser.find_element(By.ID, "guide-search-status").text
    assert str(len(with_all)) in status
    assert [e for e in browser.get_log("browser") if e["level"] == "SEVERE"] == []
