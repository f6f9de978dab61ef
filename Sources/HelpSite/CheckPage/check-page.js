// The pre-check page: a bundle opened as a folder or a .zip, or a request filled in on the
// page, checked by rules.js, and the report shown in #check-report (data-verdict, and one
// element per finding with data-rule, data-severity, data-path and data-file). A filled-in
// request is written as request.yaml and checked exactly as a bundle holding it would be,
// so "Save request.yaml" saves what was checked. Nothing leaves the machine; nothing is
// kept. ES5, and no API newer than Chrome 38.
(function () {
  'use strict';

  var PRECHECK = window.PRECHECK;
  var DATA = window.CHECK_DATA;
  var language = document.documentElement.getAttribute('lang') === 'th' ? 'th' : 'en';
  var $ = function (id) { return document.getElementById(id); };
  var app = $('check-app');
  if (!app || !PRECHECK || !DATA) { return; }
  app.removeAttribute('hidden');
  // Set here, not in the HTML: the attribute is Chrome's own and not in the HTML standard.
  $('bundle-folder').setAttribute('webkitdirectory', '');

  function words(key, values) { return PRECHECK.word(key, values)[language]; }
  var escape = PRECHECK.escapeHTML;
  // Content text (Markdown-light: `code` and **strong**) as HTML.
  // On the English page, Thai runs are marked lang="th", as the site's pages mark them, so
  // that the browser breaks their lines with its Thai dictionary. (Thai letters never occur
  // in tag names or entities, so the marking cannot cut markup.)
  function rich(text) {
    var html = escape(text).replace(/`([^`]+)`/g, '<code>$1</code>').replace(/\*\*([^*]+)\*\*/g, '<strong>$1</strong>');
    return language === 'th' ? html : html.replace(/[\u0e00-\u0e7f]+(?:[ .()][\u0e00-\u0e7f]+)*/g, '<span lang="th">$&</span>');
  }
  var byId = PRECHECK.byId;

  // Control characters and bidirectional overrides in a name or value are shown escaped
  // (\u202E), so that a file name cannot disguise itself in the report.
  function visible(text) {
    return String(text).replace(/[\u0000-\u001f\u007f\u200e\u200f\u202a-\u202e\u2066-\u2069]/g, function (c) {
      return '\\u' + ('000' + c.charCodeAt(0).toString(16).toUpperCase()).slice(-4);
    });
  }

  function fill(template, values) {
    return template.replace(/\{([a-z]+)\}/g, function (all, name) {
      return values[name] ? visible(values[name][language]) : all;
    });
  }

  function message(finding) {
    if (finding.advice) { return { message: finding.advice.text[language], fix: null }; }
    var rule = byId(DATA.rules, finding.rule);
    if (!rule) { return { message: finding.rule, fix: null }; }
    return { message: fill(rule.message[language], finding.values), fix: fill(rule.fix[language], finding.values) };
  }

  var progress = $('check-progress');
  function say(text) { progress.textContent = text; }

  // --- the report ---------------------------------------------------------------------

  function findingHTML(finding, target, fromForm) {
    var text = message(finding);
    var where = finding.line && !fromForm ? ' (' + escape(words('line', { line: finding.line })) + ')' : '';
    var html = '<li class="check-finding check-finding--' + finding.severity + '" data-rule="' + escape(finding.rule) +
      '" data-severity="' + finding.severity + '" data-path="' + escape(finding.path || '') +
      '" data-file="' + escape(finding.file || '') + '">';
    html += target ? '<a href="#' + target + '">' + rich(text.message) + '</a>' : '<span class="check-finding__message">' + rich(text.message) + '</span>';
    // A request filled in on the page has no request.yaml to point into: its link leads to the field.
    if ((finding.file || finding.path) && !(fromForm && finding.file === 'request.yaml')) {
      html += ' <span class="check-finding__where">' + escape(visible([finding.file, finding.path].filter(Boolean).join(' · '))) + where + '</span>';
    }
    if (text.fix) { html += '<br><span class="check-finding__fix">' + rich(text.fix) + '</span>'; }
    if (finding.help) { html += ' <a class="check-finding__help" href="../' + escape(finding.help) + '">' + escape(words('help')) + '</a>'; }
    return html + '</li>';
  }

  function show(report, targets) {
    var box = $('check-report');
    var errors = report.findings.filter(function (f) { return f.severity === 'error'; });
    var warnings = report.findings.filter(function (f) { return f.severity === 'warning'; });
    var advice = report.findings.filter(function (f) { return f.severity === 'info'; });
    var html = '';
    function list(items, withTargets) {
      return '<ul class="check-findings">' + items.map(function (f) {
        return findingHTML(f, withTargets && targets ? targets(f) : null, !!targets);
      }).join('') + '</ul>';
    }
    if (report.verdict === 'unreadable') {
      html = '<div class="check-summary" role="alert" tabindex="-1"><h2>' + escape(words('unreadable.title')) +
        '</h2><p>' + escape(report.reason) + '</p></div>';
    } else if (errors.length) {
      html = '<div class="check-summary" role="alert" tabindex="-1" aria-labelledby="check-summary-title">' +
        '<h2 id="check-summary-title">' + escape(words('summary.title')) + '</h2>' + list(errors, true) + '</div>';
    } else {
      html = '<div class="check-ready" role="alert" tabindex="-1"><h2>' + escape(words('ready.title')) +
        '</h2><p>' + escape(words('ready.text')) + '</p></div>';
    }
    if (warnings.length) { html += '<h2>' + escape(words('warnings')) + '</h2>' + list(warnings, true); }
    if (advice.length) { html += '<h2>' + escape(words('advice')) + '</h2>' + list(advice, false); }
    if (report.sawPDF) { html += '<p class="check-deeper">' + escape(words('deeper')) + '</p>'; }
    box.innerHTML = html;
    box.setAttribute('data-verdict', report.verdict);
    say(words('progress.done'));
    var first = box.querySelector('[tabindex="-1"]');
    if (first) { first.focus(); }
  }

  function run(source, targets) {
    $('check-report').removeAttribute('data-verdict');
    $('check-report').innerHTML = '';
    var sawPDF = source.entries.some(function (e) { return /\.pdf$/i.test(e.path); });
    return PRECHECK.checkBundle(source, function (file, done, total) {
      say(words('progress', { file: file }) + (total ? ' ' + done + '/' + total : ''));
    }).then(function (report) {
      report.sawPDF = sawPDF;
      show(report, targets);
      return report;
    }, function (error) {
      show({ verdict: 'unreadable', reason: String(error), findings: [] });
    });
  }

  // A link of the error summary moves the focus to its field, as GOV.UK's summary does.
  $('check-report').addEventListener('click', function (event) {
    var link = event.target;
    while (link && link.tagName !== 'A' && link !== this) { link = link.parentNode; }
    if (!link || link.tagName !== 'A' || (link.getAttribute('href') || '').charAt(0) !== '#') { return; }
    var field = document.getElementById(link.getAttribute('href').slice(1));
    if (field) {
      event.preventDefault();
      field.focus();
    }
  }, false);

  function unreadable(key) { show({ verdict: 'unreadable', reason: words(key), findings: [] }); }

  // --- a bundle: folder or zip ------------------------------------------------------------

  $('bundle-folder').addEventListener('change', function () {
    // An empty folder is checked like any other (precheck: no request.yaml, not ready).
    say(words('progress', { file: '' }));
    run(PRECHECK.folderSource(this.files || []));
  }, false);

  $('bundle-zip').addEventListener('change', function () {
    var file = this.files && this.files[0];
    if (!file) { return; }
    say(words('progress', { file: file.name }));
    PRECHECK.readFile(file, DATA.limits.maximumTotalBytes).then(function (bytes) {
      var source;
      try {
        source = PRECHECK.zipSource(bytes);
      } catch (error) {
        if (error && error.badZip) { return unreadable(error.message === 'not a zip' ? 'zip.not' : 'zip.bad'); }
        throw error;
      }
      return run(source);
    }, function () { unreadable('zip.bad'); });
  }, false);

  // --- the form -----------------------------------------------------------------------------

  PRECHECK.form.build(language, $('check-procedure'), $('check-fields'));

  function formSource() {
    var form = PRECHECK.form.read();
    var yaml = PRECHECK.form.yaml(form);
    var bytes = PRECHECK.form.utf8Bytes(yaml);
    var files = { 'request.yaml': null };
    var entries = [{ path: 'request.yaml', kind: 'file', size: bytes.length }];
    form.attachments.forEach(function (a) {
      if (a.file && !files.hasOwnProperty(a.file.name)) {
        files[a.file.name] = a.file;
        entries.push({ path: a.file.name, kind: 'file', size: a.file.size });
      }
    });
    return {
      form: form, yaml: yaml,
      source: {
        entries: entries, openingFindings: [],
        read: function (path, limit) {
          if (path === 'request.yaml') { return Promise.resolve(bytes); }
          return PRECHECK.readFile(files[path], limit);
        }
      }
    };
  }

  $('check-form').addEventListener('submit', function (event) {
    event.preventDefault();
    if (!$('check-procedure').value) { $('check-procedure').focus(); return; }
    var made = formSource();
    PRECHECK.form.clearErrors();
    run(made.source, PRECHECK.form.target).then(function (report) {
      if (report) { PRECHECK.form.showErrors(report.findings, message); }
    });
  }, false);

  $('check-save').addEventListener('click', function () {
    if (!$('check-procedure').value) { $('check-procedure').focus(); return; }
    var yaml = formSource().yaml;
    var link = document.createElement('a');
    link.href = URL.createObjectURL(new Blob([yaml], { type: 'text/yaml;charset=utf-8' }));
    link.download = 'request.yaml';
    document.body.appendChild(link);
    link.click();
    document.body.removeChild(link);
  }, false);

}());
