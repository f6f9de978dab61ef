// The manifest reader of the browser pre-check: the YAML of the request-bundle spec (block
// maps and lists, flow lists and maps, quoted and block scalars, comments), and so JSON too,
// as precheck reads it. Every value keeps its line and column; scalars stay text exactly as
// written ("0812345678" is never a number). Anchors and aliases are refused before anything
// is expanded, as precheck refuses them: they are how alias bombs expand without end.
// ES5 only: officers' browsers are Chrome 38.
var PRECHECK = window.PRECHECK || {};
window.PRECHECK = PRECHECK;

(function () {
  'use strict';

  function SyntaxProblem(message, line, column) {
    this.kind = 'syntax';
    this.message = message;
    this.line = line;
    this.column = column;
  }

  function Reader(text, limits) {
    this.text = text;
    this.maximumDepth = limits.maximumManifestDepth;
    this.maximumValues = limits.maximumManifestValues;
    this.count = 0;
    this.lineStarts = [0];
    for (var i = 0; i < text.length; i++) {
      if (text.charAt(i) === '\n') { this.lineStarts.push(i + 1); }
    }
    this.lines = [];
    var raw = text.split('\n');
    for (var n = 0; n < raw.length; n++) {
      var indent = 0;
      while (indent < raw[n].length && raw[n].charAt(indent) === ' ') { indent++; }
      var body = raw[n].slice(indent);
      this.lines.push({ no: n + 1, indent: indent, text: body, offset: this.lineStarts[n] + indent });
    }
    this.index = 0;
  }

  Reader.prototype.place = function (offset) {
    var low = 0;
    var high = this.lineStarts.length - 1;
    while (low < high) {
      var middle = (low + high + 1) >> 1;
      if (this.lineStarts[middle] <= offset) { low = middle; } else { high = middle - 1; }
    }
    return { line: low + 1, column: offset - this.lineStarts[low] + 1 };
  };

  Reader.prototype.fail = function (message, offset) {
    var at = this.place(offset);
    throw new SyntaxProblem(message, at.line, at.column);
  };

  function isBlank(line) {
    return line.text === '' || line.text.charAt(0) === '#';
  }

  // The line's text without a trailing comment (` #` outside quotes).
  function withoutComment(text) {
    var quote = null;
    for (var i = 0; i < text.length; i++) {
      var ch = text.charAt(i);
      if (quote !== null) {
        if (ch === quote) { quote = null; }
      } else if (ch === '"' || ch === '\'') {
        if (i === 0 || ' [{,:'.indexOf(text.charAt(i - 1)) >= 0) { quote = ch; }
      } else if (ch === '#' && (i === 0 || text.charAt(i - 1) === ' ' || text.charAt(i - 1) === '\t')) {
        return text.slice(0, i).replace(/[ \t]+$/, '');
      }
    }
    return text.replace(/[ \t]+$/, '');
  }

  Reader.prototype.skipBlank = function () {
    while (this.index < this.lines.length) {
      var line = this.lines[this.index];
      if (line.text.charAt(0) === '\t' && line.text.replace(/[\t ]/g, '') !== '' &&
          line.text.replace(/^[\t ]+/, '').charAt(0) !== '#') {
        this.fail('found a tab character that violates indentation', line.offset);
      }
      if (!isBlank(line) && line.text.replace(/[\t ]/g, '') !== '') { return line; }
      this.index++;
    }
    return null;
  };

  function isSequenceItem(text) {
    return text === '-' || text.slice(0, 2) === '- ' || text.slice(0, 2) === '-\t';
  }

  // Where the `:` of `key: value` is, outside quotes; -1 when the text is no key.
  function keyColon(text) {
    var i = 0;
    if (text.charAt(0) === '"' || text.charAt(0) === '\'') {
      var quote = text.charAt(0);
      i = 1;
      while (i < text.length) {
        if (text.charAt(i) === '\\' && quote === '"') { i += 2; continue; }
        if (text.charAt(i) === quote) {
          if (quote === '\'' && text.charAt(i + 1) === '\'') { i += 2; continue; }
          break;
        }
        i++;
      }
      i++;
      while (text.charAt(i) === ' ') { i++; }
      return text.charAt(i) === ':' && (i + 1 === text.length || text.charAt(i + 1) === ' ') ? i : -1;
    }
    if ('[{'.indexOf(text.charAt(0)) >= 0) { return -1; }
    for (; i < text.length; i++) {
      if (text.charAt(i) === ':' && (i + 1 === text.length || text.charAt(i + 1) === ' ' || text.charAt(i + 1) === '\t')) {
        return i;
      }
      if (text.charAt(i) === '#' && i > 0 && text.charAt(i - 1) === ' ') { return -1; }
    }
    return -1;
  }

  // Every value counts against precheck's maximumManifestValues (a real manifest has ~50).
  Reader.prototype.node = function (type, value, offset) {
    if (++this.count > this.maximumValues) { this.fail('more than ' + this.maximumValues + ' values', offset); }
    var at = this.place(offset);
    return { type: type, value: value, line: at.line, column: at.column };
  };

  // A value that sits on its own lines below `indent`, or on the rest of a line.
  Reader.prototype.parseBlock = function (indent, depth) {
    if (depth >= this.maximumDepth) {
      var here = this.lines[Math.min(this.index, this.lines.length - 1)];
      throw { kind: 'deep', line: here.no, column: here.indent + 1 };
    }
    var line = this.skipBlank();
    if (line === null || line.indent < indent) { return null; }
    if (isSequenceItem(line.text)) { return this.parseSequence(line.indent, depth); }
    if (keyColon(withoutComment(line.text)) >= 0) { return this.parseMapping(line.indent, depth); }
    this.index++;
    return this.parseInlineValue(line, line.text, line.offset, line.indent - 1, depth);
  };

  Reader.prototype.parseSequence = function (indent, depth) {
    var first = this.lines[this.index];
    var items = [];
    var line;
    while ((line = this.skipBlank()) !== null && line.indent === indent && isSequenceItem(line.text)) {
      var rest = line.text.slice(1);
      var pad = 1;
      while (rest.charAt(0) === ' ') { rest = rest.slice(1); pad++; }
      var content = withoutComment(rest);
      if (content === '') {
        this.index++;
        var nested = this.parseBlock(indent + 1, depth + 1);
        items.push(nested || this.node('text', '', line.offset + 1));
      } else {
        // The item's content becomes a line of its own, indented where it starts, so that
        // `- file: a.pdf` and the `role:` line under it form one mapping.
        this.lines[this.index] = { no: line.no, indent: indent + pad, text: rest, offset: line.offset + pad };
        items.push(this.parseBlock(indent + pad, depth + 1));
      }
    }
    if (line !== null && line.indent > indent) { this.fail('did not find expected \'-\' indicator', line.offset); }
    return this.node('list', items, first.offset);
  };

  Reader.prototype.parseMapping = function (indent, depth) {
    var first = this.lines[this.index];
    var pairs = [];
    var line;
    while ((line = this.skipBlank()) !== null && line.indent === indent) {
      if (isSequenceItem(line.text)) { this.fail('did not find expected key', line.offset); }
      var text = withoutComment(line.text);
      var colon = keyColon(text);
      if (colon < 0) { this.fail('could not find expected \':\'', line.offset); }
      var key = text.slice(0, colon).replace(/\s+$/, '');
      if (key.charAt(0) === '"' || key.charAt(0) === '\'') { key = this.quoted(line.offset).value; }
      var valueStart = colon + 1;
      while (line.text.charAt(valueStart) === ' ' || line.text.charAt(valueStart) === '\t') { valueStart++; }
      var valueText = withoutComment(line.text.slice(valueStart));
      this.index++;
      var value;
      if (valueText === '') {
        var next = this.skipBlank();
        if (next !== null && (next.indent > indent || (next.indent === indent && isSequenceItem(next.text)))) {
          value = this.parseBlock(next.indent, depth + 1);
        } else {
          value = this.node('text', '', line.offset + colon + 1);
        }
      } else {
        value = this.parseInlineValue(line, line.text.slice(valueStart), line.offset + valueStart, indent, depth + 1);
      }
      duplicate(this, pairs, key, line.offset);
      pairs.push({ key: key, value: value });
    }
    if (line !== null && line.indent > indent) {
      this.fail('mapping values are not allowed in this context', line.offset);
    }
    return this.node('map', pairs, first.offset);
  };

  // An unquoted value as precheck reads it: a tag (`!!str x`), anchor (`&a`) or alias (`*a`)
  // refused where the value starts (inside text they are text: a Markdown list in a block
  // scalar); YAML 1.2's core schema (True/TRUE are true, Null and ~ empty; yes/no text).
  Reader.prototype.plain = function (value, offset) {
    if (/^[&*]/.test(value)) {
      var at = this.place(offset);
      throw { kind: 'anchor', line: at.line, column: at.column };
    }
    if (value.charAt(0) === '!') { this.fail('tags are not accepted', offset); }
    value = /^(true|True|TRUE)$/.test(value) ? 'true' : /^(false|False|FALSE)$/.test(value) ? 'false' :
      /^(null|Null|NULL|~)$/.test(value) ? '' : value;
    return this.node('text', value, offset);
  };

  // Two equal keys in one mapping are refused, as precheck's YAML reader refuses them.
  function duplicate(reader, pairs, key, offset) {
    for (var i = 0; i < pairs.length; i++) {
      if (pairs[i].key === key) { reader.fail('expected all keys to be unique but found the duplicated key \'' + key + '\'', offset); }
    }
  }

  // A value that starts on a line already taken (`key: value`, `- value`): flow collections
  // and quoted scalars may run on over the next lines; plain scalars continue on lines
  // indented deeper than `indent`.
  Reader.prototype.parseInlineValue = function (line, text, offset, indent, depth) {
    var first = text.charAt(0);
    if (first === '[' || first === '{' || first === '"' || first === '\'') {
      var flow = { reader: this, position: offset, depth: depth };
      var value = first === '"' || first === '\'' ? this.quoted(offset) : parseFlow(flow);
      var end = value.end;
      var rest = this.text.slice(end, this.text.indexOf('\n', end) < 0 ? this.text.length : this.text.indexOf('\n', end));
      if (withoutComment(' ' + rest).replace(/\s+/g, '') !== '') {
        this.fail('did not find expected <document start>', end);
      }
      this.index = this.place(end).line;
      delete value.end;
      return value.node || this.node('text', value.value, offset);
    }
    if (first === '|' || first === '>') { return this.blockScalar(line, text, offset, indent); }
    if (first === '@' || first === '`' || first === '%') {
      this.fail('found character that cannot start any token', offset);
    }
    var words = [withoutComment(text)];
    var next;
    while ((next = this.skipBlank()) !== null && next.indent > indent) {
      words.push(withoutComment(next.text));
      this.index++;
    }
    var plain = words.join(' ');
    var inner = plain.search(/:( |\t|$)/);
    if (inner >= 0) { this.fail('mapping values are not allowed in this context', offset + inner); }
    return this.plain(plain, offset);
  };

  Reader.prototype.blockScalar = function (line, text, offset, indent) {
    var header = withoutComment(text);
    var keep = header.indexOf('+') >= 0;
    var strip = header.indexOf('-') >= 0;
    var lines = [];
    var blockIndent = -1;
    while (this.index < this.lines.length) {
      var next = this.lines[this.index];
      var empty = next.text.replace(/\s/g, '') === '';
      if (!empty && next.indent <= indent) { break; }
      if (!empty && blockIndent < 0) { blockIndent = next.indent; }
      lines.push(empty ? '' : new Array(next.indent - Math.max(blockIndent, 0) + 1).join(' ') + next.text);
      this.index++;
    }
    var trailing = 0;
    while (lines.length && lines[lines.length - 1] === '') { lines.pop(); trailing++; }
    var body = header.charAt(0) === '>' ? lines.join(' ').replace(/ {2,}/g, ' ') : lines.join('\n');
    if (!strip && lines.length) { body += keep ? new Array(trailing + 2).join('\n') : '\n'; }
    return this.node('text', body, offset);
  };

  var escapes = { '0': '\0', 'a': '\x07', 'b': '\b', 't': '\t', '\t': '\t', 'n': '\n', 'v': '\v',
    'f': '\f', 'r': '\r', 'e': '\x1b', ' ': ' ', '"': '"', '/': '/', '\\': '\\', 'N': '\x85',
    '_': '\xa0' };

  // A quoted scalar starting at `offset` in the whole text; it may run over several lines.
  Reader.prototype.quoted = function (offset) {
    var text = this.text;
    var quote = text.charAt(offset);
    var out = '';
    var i = offset + 1;
    while (i < text.length) {
      var ch = text.charAt(i);
      if (quote === '\'' && ch === '\'') {
        if (text.charAt(i + 1) === '\'') { out += '\''; i += 2; continue; }
        return { value: out, end: i + 1 };
      }
      if (quote === '"' && ch === '"') { return { value: out, end: i + 1 }; }
      if (quote === '"' && ch === '\\') {
        var code = text.charAt(i + 1);
        var size = { x: 2, u: 4, U: 8 }[code];
        if (size) {
          var hex = text.substr(i + 2, size);
          if (!/^[0-9a-fA-F]+$/.test(hex) || hex.length !== size) {
            this.fail('found unknown escape character while parsing a quoted scalar', i);
          }
          var point = parseInt(hex, 16);
          out += point > 0xffff
            ? String.fromCharCode(0xd800 + ((point - 0x10000) >> 10), 0xdc00 + ((point - 0x10000) & 0x3ff))
            : String.fromCharCode(point);
          i += 2 + size;
          continue;
        }
        if (code === '\n') { i += 2; while (text.charAt(i) === ' ') { i++; } continue; }
        if (!escapes.hasOwnProperty(code)) {
          this.fail('found unknown escape character while parsing a quoted scalar', i);
        }
        out += escapes[code];
        i += 2;
        continue;
      }
      if (ch === '\n') {
        // A line break inside quotes folds into a space (an empty line into a newline).
        out = out.replace(/[ \t]+$/, '');
        i++;
        var breaks = 0;
        while (i < text.length && /[ \t\n]/.test(text.charAt(i))) {
          if (text.charAt(i) === '\n') { breaks++; }
          i++;
        }
        out += breaks ? new Array(breaks + 1).join('\n') : ' ';
        continue;
      }
      out += ch;
      i++;
    }
    this.fail('found unexpected end of stream while scanning a quoted scalar', offset);
  };

  // Flow collections: `[a, b]`, `{k: v}` (JSON is one of these), over any number of lines.
  function parseFlow(flow) {
    var reader = flow.reader;
    var text = reader.text;
    function skip() {
      while (flow.position < text.length) {
        var ch = text.charAt(flow.position);
        if (ch === '#' && /[\s,\[{]/.test(text.charAt(flow.position - 1))) {
          while (flow.position < text.length && text.charAt(flow.position) !== '\n') { flow.position++; }
        } else if (/\s/.test(ch)) {
          flow.position++;
        } else {
          return ch;
        }
      }
      return '';
    }
    function scalar() {
      var start = flow.position;
      var ch = text.charAt(start);
      if (ch === '"' || ch === '\'') {
        var q = reader.quoted(start);
        flow.position = q.end;
        return reader.node('text', q.value, start);
      }
      if (ch === '[' || ch === '{') {
        if (flow.depth + 1 >= reader.maximumDepth) {
          var at = reader.place(start);
          throw { kind: 'deep', line: at.line, column: at.column };
        }
        var inner = { reader: reader, position: start, depth: flow.depth + 1 };
        var result = parseFlow(inner);
        flow.position = inner.position;
        return result.node;
      }
      var end = start;
      while (end < text.length) {
        var c = text.charAt(end);
        if (c === ',' || c === ']' || c === '}' || c === '[' || c === '{') { break; }
        if (c === ':' && /[\s,\]}]/.test(text.charAt(end + 1) || ' ')) { break; }
        if (c === '#' && /\s/.test(text.charAt(end - 1))) { break; }
        end++;
      }
      flow.position = end;
      return reader.plain(text.slice(start, end).replace(/\s+/g, ' ').replace(/ $/, ''), start);
    }
    var open = text.charAt(flow.position);
    var close = open === '[' ? ']' : '}';
    var startOffset = flow.position;
    flow.position++;
    var items = [];
    for (;;) {
      var ch = skip();
      if (ch === '') {
        reader.fail(open === '[' ? 'did not find expected \',\' or \']\'' : 'did not find expected \',\' or \'}\'', startOffset);
      }
      if (ch === close) { flow.position++; break; }
      var key = scalar();
      var value = null;
      if (skip() === ':') {
        flow.position++;
        var next = skip();
        value = next === ',' || next === close ? reader.node('text', '', flow.position) : scalar();
      }
      if (open === '{') {
        duplicate(reader, items, key.type === 'text' ? key.value : '', key.line ? flow.position : startOffset);
        items.push({ key: key.type === 'text' ? key.value : '', value: value || reader.node('text', '', flow.position) });
      } else {
        items.push(value ? reader.node('map', [{ key: key.value, value: value }], startOffset) : key);
      }
      ch = skip();
      if (ch === ',') { flow.position++; continue; }
      if (ch !== close) {
        reader.fail(open === '[' ? 'did not find expected \',\' or \']\'' : 'did not find expected \',\' or \'}\'', flow.position);
      }
    }
    return { node: reader.node(open === '[' ? 'list' : 'map', items, startOffset), end: flow.position };
  }

  // Reads manifest text (already decoded) within precheck's caps (`limits`: CHECK_DATA.limits,
  // maximumManifestDepth and maximumManifestValues). Returns {value} or {problem}; a problem has a
  // kind (syntax, anchor, deep, empty) and where it was found.
  PRECHECK.readYAML = function (text, limits) {
    var reader = new Reader(text, limits);
    // `...` ends the document: what follows it may only be blank lines and comments.
    for (var end = 0; end < reader.lines.length; end++) {
      if (reader.lines[end].indent === 0 && /^\.\.\.(\s|$)/.test(reader.lines[end].text)) {
        var after = reader.lines.slice(end + 1).every(function (line) { return isBlank(line) || line.text.replace(/\s/g, '') === ''; });
        if (after) { reader.lines = reader.lines.slice(0, end); }
        break;
      }
    }
    try {
      var line = reader.skipBlank();
      if (line !== null && /^---(\s|$)/.test(line.text)) {
        line.text = line.text.slice(3).replace(/^\s+/, '');
        line.offset += 3;
        if (line.text === '') { reader.index++; }
      }
      var value = reader.parseBlock(0, 0);
      var rest = reader.skipBlank();
      if (rest !== null && !/^\.\.\.(\s|$)/.test(rest.text)) {
        reader.fail('did not find expected <document start>', rest.offset);
      }
      if (value === null) { return { problem: { kind: 'empty' } }; }
      return { value: value };
    } catch (problem) {
      if (problem && /^(syntax|deep|anchor)$/.test(problem.kind)) { return { problem: problem }; }
      throw problem;
    }
  };

  // The value at `key` of a map node, or null.
  PRECHECK.get = function (node, key) {
    if (!node || node.type !== 'map') { return null; }
    for (var i = 0; i < node.value.length; i++) {
      if (node.value[i].key === key) { return node.value[i].value; }
    }
    return null;
  };

  // The value at a dotted path (`officer.national_id`), or null.
  PRECHECK.at = function (node, path) {
    var parts = path.split('.');
    for (var i = 0; i < parts.length && node; i++) { node = PRECHECK.get(node, parts[i]); }
    return node || null;
  };

  // The text of a scalar node, or null for a list or a map.
  PRECHECK.text = function (node) {
    return node && node.type === 'text' ? node.value : null;
  };
}());
