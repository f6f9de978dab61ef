"""The built `precheck` executable run end to end on the fixture bundles, as an officer would."""
import hashlib
import json
import os
import pathlib
import shutil
import subprocess

import pytest

from conftest import REPO

PRECHECK = pathlib.Path(os.environ.get("PRECHECK_BIN", REPO / ".build/debug/precheck"))
BUNDLES = REPO / "Tests/Fixtures/Bundles"
CASES = [line.split("\t") for line in (BUNDLES / "expected.tsv").read_text(encoding="utf-8").splitlines()]


def precheck(*args, cwd=REPO):
    return subprocess.run([str(PRECHECK), *map(str, args)], capture_output=True, text=True, cwd=cwd, timeout=60)


def digest(path):
    """Every byte (and every link) of a bundle, to prove a check changes nothing."""
    path = pathlib.Path(path)
    if path.is_file():
        return hashlib.sha256(path.read_bytes()).hexdigest()
    parts = []
    for item in sorted(path.rglob("*")):
        if item.is_symlink():
            parts.append(f"{item}->{os.readlink(item)}")
        elif item.is_file():
            parts.append(f"{item}:{hashlib.sha256(item.read_bytes()).hexdigest()}")
    return hashlib.sha256("\n".join(parts).encode()).hexdigest()


@pytest.mark.parametrize("name,rule,path", CASES, ids=[c[0] for c in CASES])
def test_each_fixture_gives_its_exit_status_and_finding_and_stays_unchanged(name, rule, path):
    bundle = BUNDLES / name
    before = digest(bundle)
    run = precheck(bundle, "--format", "json")
    assert digest(bundle) == before
    report = json.loads(run.stdout)
    assert set(report) == {"bundle", "procedure", "ready", "findings"}
    if rule == "ready":
        assert run.returncode == 0, run.stdout
        assert report["ready"] is True
    else:
        found = [f for f in report["findings"] if f["rule"] == rule and f.get("path", "-") == path]
        assert len(found) == 1, report["findings"]
        if found[0]["severity"] == "error":
            assert run.returncode == 1 and report["ready"] is False


def test_text_report_starts_with_a_summary_and_says_what_to_do():
    run = precheck(BUNDLES / "memo-not-signed", "--lang", "en")
    assert run.returncode == 1
    lines = run.stdout.splitlines()
    assert lines[1] == "Not ready: 1 thing to fix before you send"
    assert "Where: request.yaml line 18, attachments[0].signed_by_unit_head (memo.pdf)" in run.stdout
    assert "What to do: When it is, write `signed_by_unit_head: true` under this attachment" in run.stdout
    assert "Help: site/en/external-search/index.html#attach-documents" in run.stdout
    thai = precheck(BUNDLES / "memo-not-signed", "--lang", "th")
    assert "ยังไม่พร้อมส่ง: มี 1 เรื่องที่ต้องแก้ก่อนส่ง" in thai.stdout
    assert "Not ready" not in thai.stdout


def test_the_national_id_never_appears_in_full():
    for args in ((), ("--format", "json")):
        run = precheck(BUNDLES / "national-id-check-digit", *args)
        assert "1101700230709" not in run.stdout + run.stderr
        assert "0709" in run.stdout


def test_nothing_to_check_exits_2(tmp_path):
    missing = precheck(tmp_path / "nothing-here")
    assert missing.returncode == 2 and "does not exist" in missing.stderr
    text = tmp_path / "notes.txt"
    text.write_text("hello")
    assert precheck(text).returncode == 2
    broken = tmp_path / "broken.zip"
    broken.write_bytes(b"PK\x03\x04" + b"\0" * 40)
    run = precheck(broken)
    assert run.returncode == 2 and "cannot be read" in run.stderr
    assert precheck(BUNDLES / "ready-renew-user", "--format", "xml").returncode == 2


def test_init_writes_a_template_that_needs_filling_in_and_never_overwrites(tmp_path):
    folder = tmp_path / "my-request"
    run = precheck("init", "extra-privilege", folder)
    assert run.returncode == 0, run.stderr
    template = (folder / "request.yaml").read_text(encoding="utf-8")
    assert "procedure: extra-privilege" in template and "หนังสือแบบขอสิทธิ์เพิ่มเติม" in template
    assert "signed_by_unit_head: false" in template
    report = precheck(folder, "--format", "json")
    assert report.returncode == 1
    rules = {f["rule"] for f in json.loads(report.stdout)["findings"]}
    assert {"field.blank", "declaration.missing", "attachment.file-missing"} <= rules
    (folder / "request.yaml").write_text("my answers", encoding="utf-8")
    again = precheck("init", "extra-privilege", folder)
    assert again.returncode == 2
    assert (folder / "request.yaml").read_text(encoding="utf-8") == "my answers"


def test_rules_lists_every_rule_with_its_words():
    run = precheck("rules")
    assert run.returncode == 0
    for rule in ("attachment.pdf-password (error)", "bundle.unlisted-file (warning)", "advice.chrome-38 (info)"):
        assert rule in run.stdout


def test_precheck_works_copied_anywhere_alone(tmp_path):
    alone = tmp_path / "precheck"
    shutil.copyfile(PRECHECK, alone)
    alone.chmod(0o755)
    run = subprocess.run([str(alone), str(BUNDLES / "ready-external-search")], capture_output=True, text=True,
                         cwd=tmp_path, timeout=60)
    assert run.returncode == 0, run.stdout + run.stderr


def test_another_copy_of_the_content_can_be_used(tmp_path):
    content = tmp_path / "content"
    shutil.copytree(REPO / "content", content)
    fields = content / "fields.yaml"
    fields.write_text(fields.read_text(encoding="utf-8").replace(
        "  - id: contact.email\n    group: contact\n    type: email\n    optional: true\n",
        "  - id: contact.email\n    group: contact\n    type: email\n"), encoding="utf-8")
    bundle = tmp_path / "bundle"
    shutil.copytree(BUNDLES / "ready-json-manifest", bundle)
    run = precheck(bundle, "--content", content, "--format", "json")
    assert run.returncode == 1
    assert any(f["rule"] == "field.missing" and f["path"] == "contact.email" for f in json.loads(run.stdout)["findings"])


def test_several_bundles_get_one_report_each_and_the_worst_exit_status(tmp_path):
    ready, not_ready = BUNDLES / "ready-renew-user", BUNDLES / "pdf-password"
    run = precheck(ready, not_ready, "--format", "json")
    lines = run.stdout.splitlines()
    assert len(lines) == 2 and [json.loads(line)["ready"] for line in lines] == [True, False]
    assert run.returncode == 1
    assert precheck(ready, ready).returncode == 0
    missing = precheck(ready, tmp_path / "nothing")
    assert missing.returncode == 2 and "Ready to send" in missing.stdout


def test_help_links_lead_to_the_site_wherever_precheck_runs(tmp_path):
    # As on a USB stick: precheck with site/ beside it, run from another folder.
    stick = tmp_path / "usb"
    stick.mkdir()
    alone = stick / "precheck"
    shutil.copyfile(PRECHECK, alone)
    alone.chmod(0o755)
    shutil.copytree(REPO / "site", stick / "site")
    elsewhere = tmp_path / "elsewhere"
    elsewhere.mkdir()
    bundle = BUNDLES / "pdf-password"
    run = subprocess.run([str(alone), "--lang", "en", str(bundle)], capture_output=True, text=True,
                         cwd=elsewhere, timeout=60)
    link = f"Help: file://{stick}/site/en/external-search/index.html#attach-documents"
    assert link in run.stdout, run.stdout
    target = pathlib.Path(link.split("file://", 1)[1].split("#")[0])
    assert target.is_file()
    # --site names the folder; a folder that is no site is refused in both languages.
    run = subprocess.run([str(alone), "--lang", "en", "--site", str(REPO / "site"), str(bundle)],
                         capture_output=True, text=True, cwd=elsewhere, timeout=60)
    assert f"Help: file://{REPO}/site/en/" in run.stdout
    run = subprocess.run([str(alone), "--site", str(elsewhere), str(bundle)], capture_output=True, text=True,
                         cwd=elsewhere, timeout=60)
    assert run.returncode == 2
    assert "no help site at" in run.stderr and "ไม่พบเว็บคู่มือ" in run.stderr
    # No site anywhere: the links stay site/… and stderr says how to point precheck at it.
    shutil.rmtree(stick / "site")
    run = subprocess.run([str(alone), "--lang", "en", str(bundle)], capture_output=True, text=True,
                         cwd=elsewhere, timeout=60)
    assert "Help: site/en/external-search/" in run.stdout
    assert "--site" in run.stderr and "ไม่พบเว็บคู่มือ" in run.stderr
