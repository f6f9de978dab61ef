"""No report of the real `precheck` binary ever shows a national ID in full (issue 10, item 1).

Every committed fixture bundle holds the officer's ID 1101700230708 in its manifest; on top of
them this test writes bundles that put that ID wherever manifest text can go (every value,
every name, file names, names inside a zip, broken lines of every kind the reader refuses),
in every digit script and spacing an officer might type, and checks every output: text in
Thai, English and both, and JSON, on stdout and stderr. A digit of the ID may be shown only
when the run it belongs to is cut short (at most its last four)."""
import json
import os
import pathlib
import re
import shutil
import subprocess
import unicodedata
import zipfile

import pytest

from test_precheck_cli import BUNDLES, PRECHECK

ID = "1101700230708"
THAI_DIGITS = str.maketrans("0123456789", "๐๑๒๓๔๕๖๗๘๙")
FULL_WIDTH = str.maketrans("0123456789", "０１２３４５６７８９")
FORMS = [ID, ID.translate(THAI_DIGITS), ID.translate(FULL_WIDTH), "1-1017-00230-70-8", "1 1017 00230 70 8",
         "1.1017.00230.70.8", "1\u20131017\u201300230\u201370\u20138", "๑-๑๐๑๗-๐๐๒๓๐-๗๐-๘"]
# What may stand between the digits of one number when it is read back.
SEPARATORS = re.compile(r"(?<=\d)[\s\-\u2010-\u2015\u2212\uff0d./_·・()（）\u00ad\u200b-\u200f\u2060-\u2064\ufeff]+(?=\d)")


def leaks(text):
    """Whether `text` shows the ID: any decimal digit script read as ASCII, separators dropped."""
    ascii_digits = "".join(str(unicodedata.decimal(c)) if unicodedata.decimal(c, None) is not None else c for c in text)
    return ID in SEPARATORS.sub("", ascii_digits)


def test_the_leak_detector_sees_every_form():
    for form in FORMS:
        assert leaks(f"value: {form}."), form
    assert not leaks("•••••••••0708") and not leaks("line 11, column 01700230708"[:20])


READY = (BUNDLES / "ready-external-search" / "request.yaml").read_text(encoding="utf-8")
LINE = re.compile(r"^(\s*(?:- )?)([a-z_]+): (.+)$")


def manifest_variants():
    """(name, manifest text or bytes, extra files) for every place the ID can be written."""
    lines = READY.splitlines()
    for number, line in enumerate(lines):
        match = LINE.match(line)
        if not match:
            continue
        indent, key, _ = match.groups()
        for index, form in enumerate(FORMS):
            changed = lines[:number] + [f"{indent}{key}: {form}"] + lines[number + 1:]
            yield f"value-{number}-{index}", "\n".join(changed) + "\n", {}
        changed = lines[:number] + [f"{indent}{ID}: x"] + lines[number + 1:]
        yield f"key-{number}", "\n".join(changed) + "\n", {}
    broken = {
        "unclosed-list": f"duties: [{ID}\n", "unclosed-quote": f'duties: "{ID}\n',
        "tab": f"group:\n\trank: {ID}\n", "anchor": f"duties: &{ID} x\n", "alias": f"duties: *{ID}\n",
        "tag": f"duties: !{ID} x\n", "starts-with-star": f"duties: * {ID}\n",
        "colon-in-value": f"duties: a: {ID}\n", "bad-escape": f'duties: "\\q{ID}"\n',
        "duplicate-key": f"{ID}: a\n{ID}: b\n", "duplicate-named-key": f"duties: {ID}\nduties: {ID}\n",
        "two-documents": f"duties: {ID}\n---\nduties: {ID}\n", "deep": "a: " + "[" * 40 + ID + "]" * 40 + "\n",
        "many-values": "duties: [" + ", ".join([ID] * 2100) + "]\n", "complex-key": f"? [{ID}]\n: x\n",
        "not-a-map": f"- {ID}\n", "control-character": f"duties: {ID}\x07\n",
        "attachment-not-a-map": f"attachments:\n  - {ID}\n", "unknown-group-member": f"officer:\n  {ID}x: 1\n",
    }
    for name, text in broken.items():
        yield f"broken-{name}", READY.replace("duties: สอบสวนคดีอาญา\n", "") + text, {}
    yield "not-utf8", READY.encode() + f"duties: {ID}\xff\n".encode("latin-1"), {}
    yield "utf16", (READY + f"duties: {ID}\n").encode("utf-16"), {}
    yield "tis620", f"duties: {ID} งาน\n".encode("tis-620"), {}
    yield "too-large", (READY + f"# {ID}\n" * 20000).encode(), {}
    yield "file-named-id", READY.replace("file: memo.pdf", f"file: {ID}.pdf"), {}
    yield "file-outside", READY.replace("file: memo.pdf", f"file: ../{ID}.pdf"), {}
    yield "file-on-disk", READY, {f"{ID}.pdf": b"%PDF-1.4\n", f"\x1b[2J{ID}\u202e.jpg": b""}
    yield "choice-id", READY.replace("[civil-registration]", f"[civil-registration, {ID}]"), {}
    extra = (BUNDLES / "ready-extra-privilege" / "request.yaml").read_text(encoding="utf-8")
    yield "extra-kind", extra.replace("kind: secondment", f"kind: {ID}"), {"form.pdf": None}
    yield "extra-privilege-id", extra.replace("privileges: []", f"privileges: [{ID}]"), {"form.pdf": None}


def json_variants():
    broken = [f'{{"bundle": 1, "officer": {{"national_id": "{ID}"', f'{{"procedure": "{ID}", "bundle": 1}}',
              f'{{"a": "\\ud83d{ID}"}}', f'{{"{ID}": 1, "{ID}": 2}}']
    for index, text in enumerate(broken):
        yield f"json-{index}", text, {}


def write_bundles(root):
    paths = []
    ready = BUNDLES / "ready-external-search"
    for name, manifest, extra in list(manifest_variants()) + list(json_variants()):
        folder = root / name
        shutil.copytree(BUNDLES / "ready-extra-privilege" if name.startswith("extra-") else ready, folder)
        manifest_name = "request.json" if name.startswith("json-") else "request.yaml"
        if manifest_name == "request.json":
            (folder / "request.yaml").unlink()
        data = manifest.encode() if isinstance(manifest, str) else manifest
        (folder / manifest_name).write_bytes(data)
        for file_name, content in extra.items():
            if content is not None:
                (folder / file_name).write_bytes(content)
        paths.append(folder)
    for name, entries in {
        "zip-entry-named-id": [(f"{ID}.pdf", b"%PDF-1.4\n")],
        "zip-unsafe-id": [(f"../{ID}.txt", b"x")],
        "zip-duplicate-id": [(f"{ID}.pdf", b"a"), (f"./{ID}.pdf", b"b")],
    }.items():
        archive = root / f"{name}.zip"
        with zipfile.ZipFile(archive, "w") as out:
            for file_name in ("request.yaml", "memo.pdf", "id-card.jpg"):
                out.write(ready / file_name, file_name)
            for entry, data in entries:
                out.writestr(entry, data)
        paths.append(archive)
    return paths


@pytest.fixture(scope="module")
def bundles(tmp_path_factory):
    root = tmp_path_factory.mktemp("privacy")
    committed = [BUNDLES / line.split("\t")[0] for line in (BUNDLES / "expected.tsv").read_text().splitlines()]
    return committed + write_bundles(root)


@pytest.mark.parametrize("args", [("--lang", "th"), ("--lang", "en"), ("--lang", "both"),
                                  ("--format", "json", "--lang", "th"), ("--format", "json", "--lang", "en")],
                         ids=["text-th", "text-en", "text-both", "json-th", "json-en"])
def test_no_output_shows_the_national_id(bundles, args):
    run = subprocess.run([str(PRECHECK), *map(str, bundles), *args], capture_output=True, timeout=600)
    stdout = run.stdout.decode("utf-8")
    stderr = run.stderr.decode("utf-8")
    assert run.returncode in (0, 1), stderr
    assert not leaks(stderr), stderr
    if "json" in args:
        reports = [json.loads(line) for line in stdout.splitlines()]
        assert len(reports) == len(bundles)
        for bundle, report in zip(bundles, reports):
            assert not leaks(json.dumps(report, ensure_ascii=False)), (bundle.name, report)
    else:
        for block in stdout.split("\n\n"):
            assert not leaks(block), block
        # The bundle's own path is the only text shown raw, and these paths hold no ID.
        assert stdout.count("\x1b") == 0, "a control character reached the terminal"


def test_every_error_path_was_reached(bundles):
    """The variants above must really reach the reader's refusals and the field checks."""
    run = subprocess.run([str(PRECHECK), *map(str, bundles), "--format", "json", "--lang", "en"],
                         capture_output=True, timeout=600)
    rules = {f["rule"] for line in run.stdout.decode().splitlines() for f in json.loads(line)["findings"]}
    details = " ".join(f["message"]["en"] for line in run.stdout.decode().splitlines()
                       for f in json.loads(line)["findings"] if f["rule"] == "manifest.unreadable")
    for rule in ("officer.national-id", "contact.phone", "contact.email", "manifest.procedure",
                 "attachment.role-unknown", "selection.unknown", "selection.unlisted", "attachment.file-missing",
                 "attachment.path-outside", "manifest.unknown-field", "bundle.unlisted-file", "field.type",
                 "bundle.unsafe-entry", "bundle.duplicate-entry", "manifest.version"):
        assert rule in rules, rule
    for words in ("anchors and aliases", "tags", "duplicate key", "not closed", "Tab", "more than 16 levels",
                  "more than 2000 values", "more than one YAML document", "UTF-16", "TIS-620", "not saved as UTF-8",
                  "must be put in quotes", "control character", "262144"):
        assert words in details, words
