/// The script the preview adds to every page it serves (never to `site/`): it asks the server
/// for the content's version a few times a second and reloads the page when it changed.
/// ES5 and XHR only, like every script of the site, so it runs in the browsers officers have.
enum ReloadScript {
  static let path = "reload.js"

  /// The tag put before `</body>`, carrying the version the page was served at: an edit made
  /// between the page's load and the first question is not missed.
  static func tag(version: Int) -> String {
    "<script src=\"/__preview/\(path)\" data-guide-preview-version=\"\(version)\"></script>"
  }

  static let js = """
    /* guide serve: reloads the page when the content changes. Added by the preview only. */
    (function () {
      var scripts = document.getElementsByTagName('script');
      var seen = null;
      for (var i = 0; i < scripts.length; i++) {
        var version = scripts[i].getAttribute('data-guide-preview-version');
        if (version !== null) { seen = version; }
      }
      function ask() {
        var request = new XMLHttpRequest();
        request.open('GET', '/__preview/version?t=' + new Date().getTime(), true);
        request.onreadystatechange = function () {
          if (request.readyState !== 4) { return; }
          var answer = null;
          if (request.status === 200) {
            try { answer = JSON.parse(request.responseText); } catch (e) { answer = null; }
          }
          if (answer && String(answer.version) !== seen) {
            window.location.reload();
            return;
          }
          /* Stopped or restarting server: keep asking, less often. */
          window.setTimeout(ask, answer ? 250 : 1000);
        };
        request.send(null);
      }
      window.setTimeout(ask, 250);
    })();

    """
}
