// The rules of the browser pre-check, written one by one against precheck's
// (Sources/BundleCheck/Checks/BundleChecker.swift and FieldRules.swift): the same rule ids,
// the same order, the same values for the words of rules.yaml. What a procedure needs is read
// from CHECK_DATA (generated from content/), never written here. ES5.
var PRECHECK = window.PRECHECK || {};
window.PRECHECK = PRECHECK;

(function () {
  'use strict';

  var data = function () { return window.CHECK_DATA; };
  // Helpers the scripts loaded after this one share (field-rules, check-form, check-page).
  // The same text in both languages: a value from the bundle, quoted in a message.
  PRECHECK.same = function (text) { return { th: String(text), en: String(text) }; };
  // The item of `list` (procedures, fields, lists of CHECK_DATA) whose id is `id`, or null.
  PRECHECK.byId = function (list, id) {
    for (var i = 0; i < list.length; i++) { if (list[i].id === id) { return list[i]; } }
    return null;
  };
  var same = PRECHECK.same;
  var byId = PRECHECK.byId;
  function contains(list, item) { return list.indexOf(item) >= 0; }
  var get = PRECHECK.get;
  var text = PRECHECK.text;

  // A word of the page in the page's language (the data holds that one), with {placeholders}
  // filled in.
  PRECHECK.word = function (key, values) {
    var word = data().words[key];
    var out = {};
    for (var language in word) {
      if (word.hasOwnProperty(language)) {
        out[language] = word[language];
        for (var name in values) {
          if (values.hasOwnProperty(name)) { out[language] = out[language].split('{' + name + '}').join(String(values[name])); }
        }
      }
    }
    return out;
  };

  // Thai (๐–๙) and full-width (０–９) digits read as 0–9, as precheck's Digits.arabic.
  PRECHECK.arabicDigits = function (value) {
    // Both ranges start at a multiple of 16: the digit's value is its code modulo 16.
    return value.replace(/[\u0e50-\u0e59\uff10-\uff19]/g, function (d) { return String.fromCharCode(48 + d.charCodeAt(0) % 16); });
  };

  PRECHECK.nationalID = function (value) {
    var kept = PRECHECK.arabicDigits(value).replace(/[\- ]/g, '');
    if (!/^[0-9]*$/.test(kept)) { return 'id.digits'; }
    if (kept.length !== 13) { return 'id.length'; }
    var sum = 0;
    for (var i = 0; i < 12; i++) { sum += (+kept.charAt(i)) * (13 - i); }
    return (11 - sum % 11) % 10 === +kept.charAt(12) ? null : 'id.check';
  };

  // Every digit hidden but the last four, as precheck's report shows a national ID.
  PRECHECK.maskID = function (value) {
    var digits = value.replace(/[^0-9\u0e50-\u0e59\uff10-\uff19]/g, '');
    if (digits.length <= 4) { return new Array(digits.length + 1).join('\u2022'); }
    return new Array(digits.length - 3).join('\u2022') + digits.slice(digits.length - 4);
  };

  PRECHECK.thaiPhone = function (value) {
    var kept = PRECHECK.arabicDigits(value).replace(/[\- ]/g, '');
    if (kept.slice(0, 3) === '+66') { kept = '0' + kept.slice(3); }
    if (!/^0[0-9]*$/.test(kept)) { return false; }
    if (kept.length === 10 && contains(['06', '08', '09'], kept.slice(0, 2))) { return true; }
    return kept.length === 9;
  };

  PRECHECK.email = function (value) {
    var parts = value.split('@');
    return !(parts.length !== 2 || parts[0] === '' || parts[1].indexOf('.') < 0 || value.indexOf(' ') >= 0);
  };

  // What a file's first bytes say it is.
  PRECHECK.sniff = function (b) {
    function starts(magic) {
      if (b.length < magic.length) { return false; }
      for (var i = 0; i < magic.length; i++) { if (b[i] !== magic[i]) { return false; } }
      return true;
    }
    if (b.length === 0) { return 'empty'; }
    if (starts([0x25, 0x50, 0x44, 0x46, 0x2d])) { return 'pdf'; }
    if (starts([0xff, 0xd8, 0xff])) { return 'jpeg'; }
    if (starts([0x89, 0x50, 0x4e, 0x47])) { return 'png'; }
    if (starts([0x47, 0x49, 0x46, 0x38])) { return 'gif'; }
    if (starts([0x50, 0x4b, 0x03, 0x04])) { return 'zip'; }
    return 'unknown';
  };

  function Run(source, progress) {
    this.source = source;
    this.progress = progress || function () {};
    this.findings = [];
    this.procedure = null;
    this.manifestName = 'request.yaml';
    this.namedFiles = {};
    this.checked = {};
    this.pending = [];
  }

  Run.prototype.add = function (rule, fields) { this.findings.push(PRECHECK.finding(rule, fields || {})); };

  // The bundle's entries by name in NFC, built once; a name twice (NFC and NFD on disk) is an error.
  Run.prototype.entry = function (path) {
    var self = this;
    if (!this.byKey) {
      this.byKey = {};
      this.source.entries.forEach(function (e) {
        var key = PRECHECK.key(e.path);
        if (!self.byKey.hasOwnProperty(key)) { self.byKey[key] = e; return; }
        self.add('bundle.duplicate-entry', { file: e.path, values: { file: same(e.path) } });
      });
    }
    return this.byKey.hasOwnProperty(PRECHECK.key(path)) ? this.byKey[PRECHECK.key(path)] : null;
  };

  Run.prototype.unreadable = function (detail, line) {
    this.add('manifest.unreadable', { file: this.manifestName, line: line, values: { file: same(this.manifestName), detail: detail } });
  };

  // Resolves when every finding is in; the findings then sorted by severity, as precheck does.
  Run.prototype.checkAll = function () {
    var self = this;
    this.entry('');
    var names = {};
    this.source.entries.forEach(function (e) { if (e.path.indexOf('/') < 0) { names[e.path] = true; } });
    var present = ['request.yaml', 'request.json'].filter(function (n) { return names[n]; });
    if (!present.length) {
      this.add('manifest.missing', { file: 'request.yaml', help: 'index.html' });
      return Promise.resolve();
    }
    var name = this.manifestName = present[0];
    this.namedFiles[name] = true;
    if (present.length > 1) {
      this.namedFiles['request.json'] = true;
      this.add('manifest.ambiguous', { file: 'request.json' });
    }
    var entry = this.entry(name);
    if (!entry || entry.kind !== 'file') {
      this.add('attachment.not-regular', { file: name });
      return Promise.resolve();
    }
    var limit = data().limits.maximumManifestBytes;
    if (entry.size > limit) {
      this.unreadable(PRECHECK.word('manifest.too-large', { bytes: entry.size, limit: limit }));
      return Promise.resolve();
    }
    return this.source.read(name, limit + 1).then(function (bytes) {
      var decoded = PRECHECK.utf8(bytes, true);
      if (decoded === null) { return self.unreadable(PRECHECK.word('manifest.not-utf8')); }
      var result = PRECHECK.readYAML(decoded.replace(/^\ufeff/, '').replace(/\r\n?/g, '\n'), data().limits);
      var problem = result.problem;
      if (!problem) { return self.checkManifest(result.value); }
      if (problem.kind === 'empty') { return self.unreadable(PRECHECK.word('manifest.empty')); }
      if (problem.kind === 'anchor') { return self.unreadable(PRECHECK.word('manifest.anchor', problem), problem.line); }
      if (problem.kind === 'deep') { return self.unreadable(PRECHECK.word('manifest.deep', problem), problem.line); }
      return self.unreadable(PRECHECK.word('manifest.syntax', { line: problem.line, column: problem.column, detail: problem.message }), problem.line);
    }, function () {
      self.unreadable(PRECHECK.word('read.failed'));
    });
  };

  Run.prototype.checkManifest = function (manifest) {
    var self = this;
    if (manifest.type !== 'map') { return this.unreadable(PRECHECK.word('manifest.not-map'), manifest.line); }
    var version = get(manifest, 'bundle');
    if (text(version) !== '1') {
      this.add('manifest.version', { path: 'bundle', file: this.manifestName, line: version ? version.line : 1 });
    }
    var procedureNode = get(manifest, 'procedure');
    var procedure = byId(data().procedures, text(procedureNode));
    if (!procedure) {
      this.add('manifest.procedure', { path: 'procedure', file: this.manifestName, line: procedureNode ? procedureNode.line : 1,
        values: { value: same(text(procedureNode) || ''), expected: same(data().procedures.map(function (p) { return p.id; }).join(', ')) } });
      return null;
    }
    this.procedure = procedure;
    this.checkUnknownFields(manifest, procedure);
    procedure.fields.forEach(function (id) {
      var field = byId(data().fields, id);
      if (field) { PRECHECK.fieldRules(self, manifest, procedure, field); }
    });
    this.checkAttachments(get(manifest, 'attachments'), procedure);
    this.checkUnlistedFiles();
    this.addAdvice(manifest, procedure);
    return Promise.all(this.pending);
  };

  Run.prototype.unknownField = function (path, line, expected) {
    this.add('manifest.unknown-field', { path: path, file: this.manifestName, line: line,
      values: { path: same(path), expected: same(expected.join(', ')) } });
  };

  Run.prototype.checkUnknownFields = function (manifest, procedure) {
    var self = this;
    var topLevel = ['bundle', 'procedure', 'attachments'];
    procedure.fields.forEach(function (id) {
      var top = id.split('.')[0];
      if (!contains(topLevel, top)) { topLevel.push(top); }
    });
    var sorted = topLevel.slice().sort();
    manifest.value.forEach(function (pair) {
      if (!contains(topLevel, pair.key)) { self.unknownField(pair.key, pair.value.line, sorted); return; }
      var inside = procedure.fields.filter(function (id) { return id.indexOf(pair.key + '.') === 0; })
        .map(function (id) { return id.slice(pair.key.length + 1); });
      if (!inside.length || pair.value.type !== 'map') { return; }
      pair.value.value.forEach(function (member) {
        if (!contains(inside, member.key)) { self.unknownField(pair.key + '.' + member.key, member.value.line, inside); }
      });
    });
  };

  Run.prototype.help = function (roleID, procedure) {
    return procedure.roleHelp[roleID] || procedure.id + '/index.html#before';
  };

  Run.prototype.typeFinding = function (path, label, expected, line) {
    this.add('field.type', { path: path, file: this.manifestName, line: line,
      values: { label: label, expected: expected, path: same(path) } });
  };

  Run.prototype.checkAttachments = function (value, procedure) {
    var self = this;
    var attached = {};
    var items = [];
    if (value && value.type === 'list') {
      items = value.value;
    } else if (value) {
      this.typeFinding('attachments', PRECHECK.word('attachments.label'), PRECHECK.word('attachments.expected'), value.line);
    }
    items.forEach(function (item, index) {
      var path = 'attachments[' + index + ']';
      if (item.type !== 'map') {
        self.typeFinding(path, PRECHECK.word('attachment.label'), PRECHECK.word('attachment.expected'), item.line);
        return;
      }
      var roleNode = get(item, 'role');
      var roleID = text(roleNode);
      var role = roleID === null ? null : byId(data().roles, roleID);
      if (role && contains(procedure.attachments, roleID)) {
        attached[roleID] = true;
      } else {
        self.add('attachment.role-unknown', { path: path + '.role', file: self.manifestName,
          line: roleNode ? roleNode.line : item.line,
          values: { value: same(roleID || ''), expected: same(procedure.attachments.join(', ')) },
          help: self.help(roleID, procedure) });
      }
      var allowed = ['file', 'role'].concat(role ? role.declarations : data().declarations.map(function (d) { return d.id; }));
      item.value.forEach(function (pair) {
        if (!contains(allowed, pair.key)) { self.unknownField(path + '.' + pair.key, pair.value.line, allowed); }
      });
      self.checkAttachmentFile(item, path, role, procedure);
      (role ? role.declarations : []).forEach(function (declarationID) {
        var stated = get(item, declarationID);
        if (text(stated) === 'true') { return; }
        var declaration = byId(data().declarations, declarationID);
        self.add('declaration.missing', { path: path + '.' + declarationID, file: text(get(item, 'file')) || undefined,
          line: stated ? stated.line : item.line,
          values: { label: role.title, expected: declaration ? declaration.label : same(declarationID), value: same(declarationID) },
          help: self.help(role.id, procedure) });
      });
    });
    procedure.attachments.forEach(function (roleID) {
      var role = byId(data().roles, roleID);
      if (attached[roleID] || !role) { return; }
      self.add('attachment.missing', { path: 'attachments', file: self.manifestName, line: value ? value.line : undefined,
        values: { label: role.title, value: same(roleID) }, help: self.help(roleID, procedure) });
    });
  };

  function extension(name) {
    var last = name.split('/').pop();
    var dot = last.lastIndexOf('.');
    return dot > 0 ? last.slice(dot + 1).toLowerCase() : '';
  }

  Run.prototype.checkAttachmentFile = function (item, path, role, procedure) {
    var self = this;
    var filePath = path + '.file';
    var fileNode = get(item, 'file');
    var line = fileNode ? fileNode.line : item.line;
    var help = this.help(role && role.id, procedure);
    var written = text(fileNode);
    if (written === null || written.replace(/[ \t]/g, '') === '') {
      this.add('field.missing', { path: filePath, file: this.manifestName, line: line,
        values: { label: PRECHECK.word('file-name.label'), path: same(filePath) }, help: help });
      return;
    }
    var slot = [];
    this.findings.push(slot);
    function finding(rule, values) {
      values = values || {};
      values.file = same(name);
      slot.push(PRECHECK.finding(rule, { path: filePath, file: name, line: line, values: values, help: help }));
    }
    var name = PRECHECK.normalized(written);
    if (!PRECHECK.staysInside(written) || !name) { return finding('attachment.path-outside'); }
    var entry = this.entry(name);
    if (!entry) { return finding('attachment.file-missing'); }
    var key = PRECHECK.key(entry.path);
    this.namedFiles[key] = true;
    // Each file is checked once, however often the manifest names it (precheck: a warning).
    if (this.checked[key]) { return finding('attachment.listed-twice'); }
    this.checked[key] = true;
    if (entry.kind !== 'file') { return finding('attachment.not-regular'); }
    var types = role ? role.types : ['pdf', 'jpg'];
    var ext = extension(name);
    var expected = ext === 'pdf' ? 'pdf' : ext === 'jpg' || ext === 'jpeg' ? 'jpeg' : null;
    if (!contains(types, ext) || !expected) {
      var or = PRECHECK.word('or');
      var dotted = types.map(function (t) { return '.' + t; });
      var expectedTypes = {};
      for (var language in or) { if (or.hasOwnProperty(language)) { expectedTypes[language] = dotted.join(or[language]); } }
      return finding('attachment.extension', { expected: expectedTypes });
    }
    if (entry.size <= 0) { return finding('attachment.empty'); }
    var maximum = data().limits.maximumFileBytes;
    this.pending.push(this.source.read(entry.path, maximum).then(function (bytes) {
      self.progress(name);
      var kind = PRECHECK.sniff(bytes);
      if (kind !== expected) {
        if (kind === 'empty') { return finding('attachment.empty'); }
        return finding('attachment.type-mismatch', { expected: same('.' + ext), detail: PRECHECK.word('kind.' + kind) });
      }
      if (expected === 'pdf') {
        return PRECHECK.inspectPDF(bytes, function (done, total) { self.progress(name, done, total); }).then(function (result) {
          if (result.verdict === 'password') { finding('attachment.pdf-password'); }
          if (result.verdict === 'damaged') { finding('attachment.pdf-damaged', { detail: same(result.detail) }); }
          if (result.verdict === 'warnings') { finding('attachment.pdf-warning', { detail: same(result.detail) }); }
          if (result.verdict === 'over') { finding('attachment.over-limit', { detail: same(result.detail) }); }
          if (result.unchecked) { finding('attachment.pdf-image-unchecked', { detail: same(result.unchecked) }); }
        });
      }
      return PRECHECK.inspectJPEG(bytes).then(function (result) {
        if (result.verdict === 'damaged') { finding('attachment.jpeg-damaged', { detail: same(result.detail) }); }
        if (result.verdict === 'over') { finding('attachment.over-limit', { detail: same(result.detail) }); }
        if (result.verdict === 'unsupported') { finding('attachment.jpeg-unsupported', { detail: same(result.detail) }); }
      });
    }, function (error) {
      if (error && error.encrypted) { return finding('attachment.encrypted'); }
      finding('attachment.unreadable', { detail: PRECHECK.word('file.too-large', { mib: maximum / 1048576 }) });
    }));
  };

  Run.prototype.checkUnlistedFiles = function () {
    var self = this;
    this.source.entries.forEach(function (entry) {
      if (entry.kind !== 'folder' && !self.namedFiles[PRECHECK.key(entry.path)]) {
        self.add('bundle.unlisted-file', { file: entry.path, values: { file: same(entry.path) } });
      }
    });
  };

  // The manual's notes become advice where they apply to this request.
  Run.prototype.addAdvice = function (manifest, procedure) {
    var self = this;
    procedure.notes.forEach(function (note) {
      var when = note.when;
      if (when) {
        var value = PRECHECK.at(manifest, when.field);
        if (when.isTrue && text(value) !== 'true') { return; }
        if (when.includes !== undefined && !(value && value.type === 'list' &&
            value.value.some(function (item) { return text(item) === when.includes; }))) { return; }
      }
      self.add('advice.' + note.id, { help: procedure.id + '/index.html#note-' + note.id, advice: note });
    });
  };

  Run.prototype.severity = function (finding) {
    if (finding.advice) { return 'info'; }
    var rule = byId(data().rules, finding.rule);
    return rule ? rule.severity : 'error';
  };

  Run.prototype.sorted = function () {
    var self = this;
    var flat = [];
    this.findings.forEach(function (f) { flat = flat.concat(Array.isArray(f) ? f : [f]); });
    var order = { error: 0, warning: 1, info: 2 };
    return flat.map(function (f, i) { f.severity = self.severity(f); return { f: f, i: i }; })
      .sort(function (a, b) { return order[a.f.severity] - order[b.f.severity] || a.i - b.i; })
      .map(function (x) { return x.f; });
  };

  // Checks a bundle source; resolves to {procedure, findings, verdict: ready|not-ready}.
  PRECHECK.checkBundle = function (source, progress) {
    var run = new Run(source, progress);
    run.findings = run.findings.concat(source.openingFindings);
    return run.checkAll().then(function () {
      var findings = run.sorted();
      // Past maximumFindings only counted, with one that says how many were left out (precheck).
      var limit = data().limits.maximumFindings;
      if (findings.length > limit) {
        var cut = PRECHECK.finding('report.cut', { values: { value: same(findings.length - limit), expected: same(limit) } });
        cut.severity = run.severity(cut);
        findings = findings.slice(0, limit).concat([cut]);
      }
      var ready = !findings.some(function (f) { return f.severity === 'error'; });
      return { procedure: run.procedure && run.procedure.id, findings: findings, verdict: ready ? 'ready' : 'not-ready' };
    });
  };
}());
