"""The Chrome 38 mode itself (chrome38.py): it takes away what the issue names, it leaves
what Chrome 38 had, and a page script that needs a newer API fails in it and nowhere else."""
import pytest

from chrome38 import DRIVER_GUARDS, missing_apis, plan

# Named by issues 9 and 11: each must be gone in Chrome 38 mode and present in modern.
NAMED = ["typeof Array.from", "typeof Object.assign", "typeof fetch", "typeof URLSearchParams",
         "typeof Element.prototype.closest", "typeof NodeList.prototype.forEach",
         "typeof String.prototype.startsWith", "typeof String.prototype.includes",
         "typeof Object.getOwnPropertyDescriptor(KeyboardEvent.prototype, 'key')",
         "typeof Object.getOwnPropertyDescriptor(KeyboardEvent.prototype, 'code')",
         "typeof Array.prototype.find", "typeof Intl.Segmenter", "typeof Symbol.for"]
# Chrome 38 had these: they must stay (and ES5's regular expressions must still work).
KEPT = ["typeof Promise", "typeof JSON.parse", "typeof FileReader", "typeof Blob", "typeof Uint8Array",
        "typeof Array.prototype.forEach", "typeof document.querySelectorAll", "typeof Element.prototype.matches",
        "typeof window.history.replaceState", "typeof window.postMessage", "typeof Map", "typeof WeakMap",
        "'a,b'.split(/,/).length === 2 ? 'function' : 'broken'", "'aXa'.replace(/a/g, 'b') === 'bXb' ? 'function' : 'broken'"]


def page(tmp_path, script):
    """A page whose script writes "ran" into the body when it gets to the end."""
    path = tmp_path / "control.html"
    path.write_text('<!DOCTYPE html><html lang="en"><head><meta charset="utf-8"><title>control</title></head>'
                    f'<body><h1>control</h1><script>{script}\ndocument.body.setAttribute("data-ran", "yes");'
                    '</script></body></html>', encoding="utf-8")
    return path.as_uri()


def severe(browser):
    return [e["message"] for e in browser.get_log("browser") if e["level"] == "SEVERE"]


def test_the_list_comes_from_browser_compat_data_and_is_turned_into_deletions():
    rows = missing_apis()
    assert len(rows) > 7000
    assert ("javascript.Array.from", "45") in rows and ("api.KeyboardEvent.key", "51") in rows
    globals_, members, builtins = plan(rows)
    assert {"fetch", "URLSearchParams", "Proxy", "Reflect"} <= set(globals_)
    assert ["Element", "closest", False] in members and ["KeyboardEvent", "key", False] in members
    assert ["Array", "from"] in builtins and ["String", "startsWith"] in builtins
    assert "Promise" not in globals_  # Chrome 38 has Promise


def test_the_named_apis_are_gone_only_in_chrome38_mode(browser, tmp_path):
    browser.get(page(tmp_path, ""))
    types = browser.execute_script("return [" + ", ".join(NAMED) + "];")
    if browser.guide_mode == "chrome38":
        assert [n for n, t in zip(NAMED, types) if t != "undefined"] == []
        report = browser.execute_script("return window.__guideChrome38")
        assert report["removed"] > 1000 and report["guarded"] == len(DRIVER_GUARDS)
        assert report["stuck"] == []
    else:
        assert "undefined" not in types


def test_what_chrome38_had_is_still_there(browser, tmp_path):
    browser.get(page(tmp_path, ""))
    assert browser.execute_script("return [" + ", ".join(KEPT) + "];") == ["function"] * len(KEPT)


@pytest.mark.parametrize("call,api", [
    ("Array.from(document.querySelectorAll('h1'))", "Array.from"),
    ("document.body.closest('html')", "closest"),
    ("'abc'.includes('b')", "includes"),
    # Kept for ChromeDriver's own helpers, but refused to a page script:
    ("Object.hasOwn({a: 1}, 'a')", "Object.hasOwn"),
    ("[1, 2].includes(2)", "Array.includes"),
])
def test_negative_control_a_page_needing_a_newer_api_fails_only_in_chrome38_mode(browser, tmp_path, call, api):
    browser.get_log("browser")
    browser.get(page(tmp_path, call + ";"))
    errors = severe(browser)
    ran = browser.execute_script("return document.body.getAttribute('data-ran')")
    if browser.guide_mode == "chrome38":
        assert ran is None and errors and api.split(".")[-1] in errors[0], errors
    else:
        assert ran == "yes" and errors == []


def test_a_page_that_tests_for_the_api_first_takes_its_old_way(browser, tmp_path):
    browser.get_log("browser")
    browser.get(page(tmp_path, "var key = ('key' in KeyboardEvent.prototype) ? 'key' : 'keyCode';"
                               "document.title = key;"))
    assert severe(browser) == []
    assert browser.title == ("keyCode" if browser.guide_mode == "chrome38" else "key")
