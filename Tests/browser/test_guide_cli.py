"""The built `guide` executable run end to end, its messages read as text."""
import os
import pathlib
import shutil
import subprocess

from conftest import REPO

GUIDE = pathlib.Path(os.environ.get("GUIDE_BIN", REPO / ".build/debug/guide"))


def guide(*args, cwd=REPO):
    return subprocess.run([str(GUIDE), *args], capture_output=True, text=True, cwd=cwd, timeout=120)


def copy_content(tmp_path):
    content = tmp_path / "content"
    shutil.copytree(REPO / "content", content)
    return content


def line_of(path, words):
    """The 1-based line of the first line holding `words`, so that no test names a line of
    the real content (which editing the manual moves)."""
    lines = pathlib.Path(path).read_text(encoding="utf-8").split("\n")
    return next(number for number, line in enumerate(lines, 1) if words in line)


def test_check_on_the_real_content_lists_the_known_gaps_and_no_error():
    run = guide("check")
    assert run.returncode == 0, run.stderr
    assert run.stderr == ""
    assert run.stdout.startswith("10 gaps:")
    line = line_of(REPO / "content/procedures/renew-user.yaml", "id: renewal-steps")
    assert f"procedures/renew-user.yaml:{line}:5: gap: renewal-steps:" in run.stdout


def test_check_reports_every_mistake_with_place_what_and_fix(tmp_path):
    content = copy_content(tmp_path)
    procedure = content / "procedures/extra-privilege.yaml"
    text = procedure.read_text(encoding="utf-8").replace("summary:", "sumary:", 1)
    procedure.write_text(text, encoding="utf-8")
    glossary = content / "glossary.yaml"
    glossary.write_text(glossary.read_text(encoding="utf-8").replace("    term: {th: POLIS, en: POLIS}\n", "    term: {th: POLIS}\n"), encoding="utf-8")
    run = guide("check", "--content", str(content))
    assert run.returncode == 1
    line = line_of(procedure, "sumary:")
    assert f"procedures/extra-privilege.yaml:{line}:1: error: unknown field `sumary` in the file; expected one of:" in run.stderr
    assert "Did you mean `summary`?" in run.stderr
    line = line_of(glossary, "term: {th: POLIS}")
    assert f"glossary.yaml:{line}:11: error: `term` has `th` text but no `en` text: untranslated" in run.stderr
    assert "fix: add `en: …` next to `th:`" in run.stderr
    assert "ไทย:" in run.stderr
    assert "errors in the content." in run.stderr


def test_a_failed_build_leaves_the_last_good_site(tmp_path):
    content = copy_content(tmp_path)
    site = tmp_path / "site"
    assert guide("build", "--content", str(content), "--output", str(site)).returncode == 0
    before = {p: p.read_bytes() for p in site.rglob("*") if p.is_file()}
    (content / "finder.yaml").write_text("start: [unclosed\n", encoding="utf-8")
    run = guide("build", "--content", str(content), "--output", str(site))
    assert run.returncode == 1
    assert "finder.yaml:" in run.stderr and "not valid YAML" in run.stderr
    assert {p: p.read_bytes() for p in site.rglob("*") if p.is_file()} == before


def test_build_refuses_folders_it_must_not_overwrite(tmp_path):
    for output, words in ((REPO, "project root"), (REPO / "content", "content folder")):
        run = guide("build", "--output", str(output))
        assert run.returncode == 1 and words in run.stderr, run.stderr
    foreign = tmp_path / "documents"
    foreign.mkdir()
    (foreign / "report.docx").write_bytes(b"officer's own file")
    run = guide("build", "--output", str(foreign))
    assert run.returncode == 1 and "report.docx" in run.stderr
    assert (foreign / "report.docx").read_bytes() == b"officer's own file"
