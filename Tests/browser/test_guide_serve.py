"""`guide serve`, the live preview, run as the real built binary on a free port of 127.0.0.1:
the bytes it serves, the page reloading itself after an edit in headless Chromium, content
errors shown in the page, paths outside the site refused, a port in use, and clean stops."""
import http.client
import os
import pathlib
import queue
import re
import shutil
import signal
import socket
import subprocess
import threading
import time
import urllib.request

import pytest
from selenium.common.exceptions import NoSuchElementException, StaleElementReferenceException
from selenium.webdriver.common.by import By
from selenium.webdriver.support.ui import WebDriverWait

from conftest import REPO

GUIDE = pathlib.Path(os.environ.get("GUIDE_BIN", REPO / ".build/debug/guide"))
INJECTED = re.compile(rb'<script src="/__preview/reload\.js" data-guide-preview-version="\d+"></script>\n')
READY = re.compile(r"Serving the preview at (http://[^ ]+/) — Ctrl-C to stop")


def wait_across_reloads(browser, condition):
    """Waits for `condition(browser)` while the page may be reloading itself: an element
    found in the old document goes stale when the new one replaces it, so that (and an element
    not there yet) means "not yet", never a failure."""
    return WebDriverWait(browser, 60, poll_frequency=0.1,
                         ignored_exceptions=(StaleElementReferenceException, NoSuchElementException)
                         ).until(condition)


class Preview:
    """A running `guide serve`, its output read line by line on a thread (never blocking)."""

    def __init__(self, *args, cwd=REPO):
        self.process = subprocess.Popen([str(GUIDE), "serve", *args], cwd=cwd, stdout=subprocess.PIPE,
                                        stderr=subprocess.PIPE, text=True, encoding="utf-8")
        self.lines = queue.Queue()
        self.output = []
        for stream in (self.process.stdout, self.process.stderr):
            threading.Thread(target=self._read, args=(stream,), daemon=True).start()
        self.url = None

    def _read(self, stream):
        for line in stream:
            self.lines.put(line)

    def wait_for(self, pattern, seconds=60):
        """The first output line matching `pattern`, or the test fails after `seconds`."""
        deadline = time.monotonic() + seconds
        while time.monotonic() < deadline:
            try:
                line = self.lines.get(timeout=0.2)
            except queue.Empty:
                if self.process.poll() is not None and self.lines.empty():
                    break
                continue
            self.output.append(line)
            found = re.search(pattern, line)
            if found:
                return found
        pytest.fail(f"no line matching {pattern!r} within {seconds} s; output:\n{''.join(self.output)}")

    def start(self):
        self.url = self.wait_for(READY).group(1)
        return self

    def stop(self, number=signal.SIGINT):
        self.process.send_signal(number)
        code = self.process.wait(timeout=20)
        time.sleep(0.2)
        while not self.lines.empty():
            self.output.append(self.lines.get())
        return code

    def get(self, path):
        with urllib.request.urlopen(self.url + path.lstrip("/"), timeout=30) as response:
            return response.status, response.headers, response.read()

    def version(self):
        return self.get("__preview/version")[2].decode()


@pytest.fixture
def content(tmp_path):
    folder = tmp_path / "content"
    shutil.copytree(REPO / "content", folder)
    return folder


@pytest.fixture
def preview(content):
    # Run where a `site/` would land if serve wrote one (it must not).
    running = Preview("--content", str(content), "--port", "0", cwd=content.parent).start()
    yield running
    if running.process.poll() is None:
        assert running.stop() == 0, "".join(running.output)


def raw_request(url, target):
    """Sends `target` exactly as written (no client-side cleaning of `..` or `%2e`)."""
    host, port = url.split("//")[1].rstrip("/").split(":")
    with socket.create_connection((host, int(port)), timeout=10) as connection:
        connection.sendall(f"GET {target} HTTP/1.1\r\nHost: {host}\r\nConnection: close\r\n\r\n".encode("latin-1"))
        data = b""
        while True:
            chunk = connection.recv(65536)
            if not chunk:
                break
            data += chunk
    status = int(data.split(b" ", 2)[1])
    return status, data


def test_serves_every_file_of_guide_build_byte_for_byte(preview, content, tmp_path):
    built = tmp_path / "reference" / "site"
    run = subprocess.run([str(GUIDE), "build", "--content", str(content), "--output", str(built)],
                         capture_output=True, text=True, timeout=300)
    assert run.returncode == 0, run.stderr
    files = [p for p in built.rglob("*") if p.is_file() and p.name != ".guide-build"]
    assert len(files) > 40
    for file in files:
        path = file.relative_to(built).as_posix()
        status, headers, body = preview.get(path)
        assert status == 200, path
        if path.endswith(".html"):
            assert len(INJECTED.findall(body)) == 1, path
            body = INJECTED.sub(b"", body)
        assert body == file.read_bytes(), path
        kind = {"html": "text/html; charset=utf-8", "css": "text/css; charset=utf-8",
                "js": "text/javascript; charset=utf-8", "svg": "image/svg+xml; charset=utf-8"}[path.rsplit(".", 1)[1]]
        assert headers["Content-Type"] == kind, path
    # Folders are served by their index page; a Thai page reads as UTF-8.
    status, headers, body = preview.get("th/external-search/")
    assert status == 200 and "การขอสิทธิ์สืบค้นข้อมูลหน่วยงานภายนอก" in body.decode("utf-8")
    assert not (content.parent / "site").exists(), "serve must not write a site folder"


def test_refuses_paths_outside_the_site(preview, content):
    (content.parent / "secret.txt").write_text("officer's own file", encoding="utf-8")
    for target in ("/../secret.txt", "/../content/manual.yaml", "/%2e%2e/secret.txt", "/%2E%2E%2Fsecret.txt",
                   "/en/..%2f..%2fsecret.txt", "/en/%2e%2e/%2e%2e/secret.txt", "/index.html%00.css",
                   "//etc/passwd", "/..\\secret.txt", "/etc/passwd", "/manual.yaml", "/procedures/renew-user.yaml"):
        status, data = raw_request(preview.url, target)
        assert status in (400, 404), target
        assert b"officer's own file" not in data and b"root:" not in data and b"publisher:" not in data, target
    assert preview.process.poll() is None, "a bad request must not stop the preview"
    assert raw_request(preview.url, "/")[0] == 200


def test_the_open_page_reloads_itself_after_an_edit(preview, content, browser):
    browser.get(preview.url + "en/external-search/")
    assert "through the system only" in browser.find_element(By.TAG_NAME, "main").text
    procedure = content / "procedures/external-search.yaml"
    text = procedure.read_text(encoding="utf-8")
    procedure.write_text(text.replace("**through the system only**", "**through the new portal only**"), encoding="utf-8")
    wait_across_reloads(browser, lambda driver: "through the new portal only" in driver.find_element(By.TAG_NAME, "main").text)
    assert "__preview" not in (REPO / "site/en/external-search/index.html").read_text(encoding="utf-8")


def test_content_errors_are_listed_in_the_page_and_the_last_good_page_stays(preview, content, browser):
    browser.get(preview.url + "th/renew-user/")
    title = browser.find_element(By.TAG_NAME, "h1").text
    procedure = content / "procedures/renew-user.yaml"
    good = procedure.read_text(encoding="utf-8")
    procedure.write_text(good.replace("summary:", "summary: [unclosed\nsumary:", 1), encoding="utf-8")
    listed = wait_across_reloads(
        browser, lambda driver: driver.find_elements(By.ID, "guide-preview-problems")[0].text
        if driver.find_elements(By.ID, "guide-preview-problems") else None)
    assert re.search(r"procedures/renew-user\.yaml:\d+:\d+", listed), listed
    assert "วิธีแก้" in listed and "fix:" in listed, listed
    assert wait_across_reloads(browser, lambda driver: title in driver.find_element(By.TAG_NAME, "main").text), \
        "the last good page stays under the panel"
    status, _, body = preview.get("__preview/problems")
    assert status == 200 and re.search(rb"procedures/renew-user\.yaml:\d+:\d+", body)
    preview.wait_for(r"procedures/renew-user\.yaml:\d+:\d+: error:")

    procedure.write_text(good, encoding="utf-8")
    wait_across_reloads(browser, lambda driver: not driver.find_elements(By.ID, "guide-preview-problems")
                        and driver.find_element(By.TAG_NAME, "h1").text == title)


def test_content_broken_from_the_start_shows_the_problems_page(content):
    (content / "finder.yaml").write_text("start: [unclosed\n", encoding="utf-8")
    running = Preview("--content", str(content), "--port", "0").start()
    try:
        try:
            running.get("en/")
            pytest.fail("expected an error status")
        except urllib.error.HTTPError as error:
            body = error.read().decode("utf-8")
            assert error.code == 503
        assert re.search(r"finder\.yaml:\d+:\d+", body) and "วิธีแก้" in body and "fix:" in body
    finally:
        assert running.stop() == 0


def test_a_port_in_use_is_said_in_both_languages(content):
    with socket.socket() as taken:
        taken.bind(("127.0.0.1", 0))
        taken.listen()
        port = taken.getsockname()[1]
        run = subprocess.run([str(GUIDE), "serve", "--content", str(content), "--port", str(port)],
                             capture_output=True, text=True, timeout=60)
    assert run.returncode != 0
    assert f"port {port} on 127.0.0.1 is already in use" in run.stderr
    assert "ถูกโปรแกรมอื่นใช้อยู่" in run.stderr and "--port" in run.stderr


def test_a_missing_content_folder_is_said_in_both_languages(tmp_path):
    run = subprocess.run([str(GUIDE), "serve", "--content", str(tmp_path / "nowhere"), "--port", "0"],
                         capture_output=True, text=True, timeout=60)
    assert run.returncode == 1
    assert "does not exist" in run.stderr and "ไม่พบโฟลเดอร์เนื้อหา" in run.stderr and "--content" in run.stderr


def test_sigterm_stops_it_cleanly_and_another_address_is_warned_about(content):
    # 127.0.0.2 is still this computer (all of 127/8 is loopback), but not the default.
    running = Preview("--content", str(content), "--port", "0", "--host", "127.0.0.2").start()
    assert running.url.startswith("http://127.0.0.2:")
    assert running.get("")[0] == 200
    assert running.stop(signal.SIGTERM) == 0
    output = "".join(running.output)
    assert "other computers on the network can see it" in output and "เครื่องอื่นในเครือข่าย" in output
    assert "Stopped the preview." in output


def test_the_reload_script_is_es5(preview, tmp_path):
    script = tmp_path / "reload.js"
    status, headers, body = preview.get("__preview/reload.js")
    assert status == 200 and headers["Content-Type"] == "text/javascript; charset=utf-8"
    script.write_bytes(body)
    run = subprocess.run(["node", str(REPO / "Tests/browser/es5_check.js"), str(script)],
                         capture_output=True, text=True)
    assert run.returncode == 0, run.stdout + run.stderr
