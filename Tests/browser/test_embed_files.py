"""The build-time embedder (Sources/embed-files, run by the EmbedAssets and EmbedContent
plugins) keeps every byte: its output is compiled with swiftc and the embedded texts are
printed back. The real assets and content only show the common cases; these are the rest."""
import os
import pathlib
import subprocess

REPO = pathlib.Path(__file__).resolve().parents[2]
TOOL = pathlib.Path(os.environ.get("EMBED_FILES_BIN", REPO / ".build/debug/embed-files"))

TRICKY = {
    "crlf.yaml": b"a: 1\r\nb: 2\r\n",
    "bom.yaml": "\ufeffth: ต่ออายุรหัส\n".encode(),
    "escapes.yaml": b'quote " backslash \\ \\(not interpolated) \\u{41} """# \t tab \x07 bell \x7f del',
    "indented.yaml": b"    four spaces\n\tand a tab\n",
    "no-newline.yaml": "สวัสดี".encode(),
    "empty.yaml": b"",
    "sub/nested.yaml": b"nested: true\n",
}


def embed(folder, output, *options):
    return subprocess.run([str(TOOL), str(output), "Embedded", str(folder), "yaml", *options],
                          capture_output=True, text=True, timeout=60)


def test_every_byte_survives_a_swift_compile(tmp_path):
    folder = tmp_path / "content"
    for name, data in TRICKY.items():
        (folder / name).parent.mkdir(parents=True, exist_ok=True)
        (folder / name).write_bytes(data)
    (folder / "figure.svg").write_bytes(b"<svg/>")
    (folder / ".hidden.yaml").write_bytes(b"left out")
    source = tmp_path / "Embedded.swift"
    run = embed(folder, source, "--others-by-name")
    assert run.returncode == 0, run.stderr
    main = tmp_path / "main.swift"
    main.write_text('for key in Embedded.files.keys.sorted() {\n'
                    '  print(key, Array(Embedded.files[key]!.utf8).map { String($0) }.joined(separator: ","))\n'
                    '}\n')
    program = tmp_path / "dump"
    build = subprocess.run(["swiftc", "-o", str(program), str(source), str(main)],
                           capture_output=True, text=True, timeout=600)
    assert build.returncode == 0, build.stderr
    printed = {}
    for line in subprocess.run([str(program)], capture_output=True, text=True, check=True).stdout.splitlines():
        key, _, numbers = line.partition(" ")
        printed[key] = bytes(int(n) for n in numbers.split(",") if n)
    assert printed == {**TRICKY, "figure.svg": b""}


def test_text_that_is_not_utf8_is_refused_with_its_path(tmp_path):
    folder = tmp_path / "content"
    folder.mkdir()
    (folder / "latin1.yaml").write_bytes("caf\u00e9".encode("latin-1"))
    run = embed(folder, tmp_path / "Embedded.swift")
    assert run.returncode == 1
    assert f"{folder / 'latin1.yaml'}: error: cannot embed: not readable as UTF-8" in run.stderr
    assert not (tmp_path / "Embedded.swift").exists()
