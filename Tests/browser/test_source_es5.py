"""The page scripts are checked as ES5 at their source (Sources/HelpSite/Assets/*.js and the
browser pre-check's engine, Sources/HelpSite/CheckPage/*.js), where an engineer edits them, as
well as in the built site (test_pages.py): Chrome 38 runs ES5 only."""
import pathlib
import subprocess

import pytest

REPO = pathlib.Path(__file__).resolve().parents[2]
ASSETS = REPO / "Sources/HelpSite/Assets"
CHECK_PAGE = REPO / "Sources/HelpSite/CheckPage"


def es5_check(*files):
    return subprocess.run(["node", str(REPO / "Tests/browser/es5_check.js"), *map(str, files)],
                          capture_output=True, text=True)


@pytest.mark.parametrize("folder,must_hold", [
    (ASSETS, {"guide.js", "search.js", "slides.js"}),
    (CHECK_PAGE, {"pako_inflate.es5.min.js", "rules.js", "check-page.js"}),
], ids=["site", "check-page"])
def test_every_source_script_is_es5(folder, must_hold):
    scripts = sorted(folder.glob("*.js"))
    assert {p.name for p in scripts} >= must_hold
    run = es5_check(*scripts)
    assert run.returncode == 0, run.stdout + run.stderr
    assert run.stdout.count("ES5 ok:") == len(scripts)


def test_a_source_script_with_newer_syntax_is_named_with_its_line(tmp_path):
    # The same check on a copy of a real script with one ES2015 line added at its end.
    source = (ASSETS / "guide.js").read_text(encoding="utf-8")
    modern = tmp_path / "guide.js"
    modern.write_text(source + "const late = 1;\n", encoding="utf-8")
    run = es5_check(modern)
    line = source.count("\n") + 1
    assert run.returncode == 1 and f"guide.js:{line}:1: error: not ES5" in run.stdout, run.stdout
