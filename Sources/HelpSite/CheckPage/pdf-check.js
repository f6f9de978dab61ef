// PDF checks of the browser pre-check, as close to precheck's qpdf reading as a page can
// come: the cross-reference (table or stream) found through `startxref`, the trailer,
// `/Encrypt`, at least one page, and every page's content streams and images decoded (Flate
// through pako; JPEG images through the JPEG check). A file cut short loses its `startxref`
// or its objects, and is found. Work is done page by page in setTimeout slices, so a large
// scan shows progress and the page stays responsive (file:// pages have no Workers). ES5.
var PRECHECK = window.PRECHECK || {};
window.PRECHECK = PRECHECK;

(function () {
  'use strict';

  function Damaged(detail) { this.damaged = true; this.detail = detail; }
  // A limit of precheck's BundleLimits met: attachment.over-limit, as precheck says.
  function OverLimit(detail) { this.over = true; this.detail = detail; }
  var MiB = 1048576;

  function latin1(bytes, start, end) {
    var s = '';
    for (var i = start; i < end; i += 4096) {
      s += String.fromCharCode.apply(null, bytes.subarray(i, Math.min(end, i + 4096)));
    }
    return s;
  }

  function isSpace(b) { return b === 0 || b === 9 || b === 10 || b === 12 || b === 13 || b === 32; }
  function isDelimiter(b) { return '()<>[]{}/%'.indexOf(String.fromCharCode(b)) >= 0; }

  // A tokenizer and object parser over the file's bytes.
  function Parser(bytes, position) {
    this.bytes = bytes;
    this.position = position;
  }

  Parser.prototype.skip = function () {
    var b = this.bytes;
    while (this.position < b.length) {
      if (isSpace(b[this.position])) {
        this.position++;
      } else if (b[this.position] === 37) {
        while (this.position < b.length && b[this.position] !== 10 && b[this.position] !== 13) { this.position++; }
      } else {
        return;
      }
    }
  };

  Parser.prototype.word = function () {
    this.skip();
    return this.wordHere();
  };

  Parser.prototype.object = function (depth) {
    if (depth > 64) { throw new Damaged('objects nested too deeply'); }
    this.skip();
    var b = this.bytes;
    if (this.position >= b.length) { throw new Damaged('the file ends inside an object'); }
    var c = b[this.position];
    if (c === 60 && b[this.position + 1] === 60) {
      this.position += 2;
      var dict = { dict: {} };
      for (;;) {
        this.skip();
        if (this.position >= b.length) { throw new Damaged('the file ends inside a dictionary'); }
        if (b[this.position] === 62 && b[this.position + 1] === 62) { this.position += 2; return dict; }
        var key = this.object(depth + 1);
        if (!key || typeof key.name !== 'string') { throw new Damaged('a dictionary key is not a name'); }
        dict.dict[key.name] = this.object(depth + 1);
      }
    }
    if (c === 91) {
      this.position++;
      var list = [];
      for (;;) {
        this.skip();
        if (this.position >= b.length) { throw new Damaged('the file ends inside an array'); }
        if (b[this.position] === 93) { this.position++; return list; }
        list.push(this.object(depth + 1));
      }
    }
    if (c === 47) {
      this.position++;
      return { name: this.wordHere() };
    }
    if (c === 40) { return this.literalString(); }
    if (c === 60) {
      var end = this.position + 1;
      while (end < b.length && b[end] !== 62) { end++; }
      if (end >= b.length) { throw new Damaged('the file ends inside a string'); }
      var hex = latin1(b, this.position + 1, end).replace(/[^0-9a-fA-F]/g, '');
      if (hex.length % 2) { hex += '0'; }
      var bytes = [];
      for (var h = 0; h < hex.length; h += 2) { bytes.push(parseInt(hex.substr(h, 2), 16)); }
      this.position = end + 1;
      return { string: true, bytes: bytes };
    }
    var token = this.word();
    if (token === '') { throw new Damaged('unexpected ' + String.fromCharCode(c)); }
    if (/^[+\-]?(\d+\.?\d*|\.\d+)$/.test(token)) {
      // `n g R` is a reference to an object.
      var saved = this.position;
      if (/^\d+$/.test(token)) {
        var generation = this.word();
        if (/^\d+$/.test(generation) && this.word() === 'R') { return { ref: +token, gen: +generation }; }
      }
      this.position = saved;
      return +token;
    }
    if (token === 'true' || token === 'false') { return token === 'true'; }
    if (token === 'null') { return null; }
    return { keyword: token };
  };

  // The word that starts exactly here: a keyword or number after `skip`, a name after its slash.
  Parser.prototype.wordHere = function () {
    var start = this.position;
    var b = this.bytes;
    while (this.position < b.length && !isSpace(b[this.position]) && !isDelimiter(b[this.position])) { this.position++; }
    return latin1(b, start, this.position);
  };

  var escapes = { 110: 10, 114: 13, 116: 9, 98: 8, 102: 12, 40: 40, 41: 41, 92: 92 };

  // A (literal string) with its bytes: the password check needs /O, /U and /ID.
  Parser.prototype.literalString = function () {
    var b = this.bytes;
    var level = 0;
    var out = [];
    while (this.position < b.length) {
      var c = b[this.position++];
      if (c === 92) {
        var next = b[this.position++];
        if (next >= 48 && next <= 55) {
          var octal = next - 48;
          for (var k = 0; k < 2 && b[this.position] >= 48 && b[this.position] <= 55; k++) { octal = octal * 8 + b[this.position++] - 48; }
          out.push(octal & 0xff);
        } else if (next === 13 || next === 10) {
          if (next === 13 && b[this.position] === 10) { this.position++; }
        } else {
          out.push(escapes.hasOwnProperty(next) ? escapes[next] : next);
        }
        continue;
      }
      if (c === 40) { level++; }
      if (c === 41 && --level === 0) { return { string: true, bytes: out }; }
      if (level > 0 && !(c === 40 && level === 1)) { out.push(c); }
    }
    throw new Damaged('the file ends inside a string');
  };

  function Document(bytes) {
    this.bytes = bytes;
    this.xref = {};
    this.cache = {};
    this.unchecked = {};
    this.decoded = 0;
    // Images and forms drawn, each counted once however often it is drawn (precheck's cap).
    this.drawn = {};
    this.drawnCount = 0;
  }

  Document.prototype.open = function () {
    var b = this.bytes;
    var tail = latin1(b, Math.max(0, b.length - 1024), b.length);
    var at = tail.lastIndexOf('startxref');
    if (at < 0) { throw new Damaged('it has no startxref: the file is cut short'); }
    var offset = parseInt(tail.slice(at + 9).replace(/^\s+/, ''), 10);
    if (isNaN(offset) || offset >= b.length) { throw new Damaged('startxref points past the end of the file'); }
    var seen = {};
    this.trailer = null;
    while (offset !== null && !seen[offset]) {
      seen[offset] = true;
      var section = this.readXref(offset);
      if (!this.trailer) { this.trailer = section; }
      offset = typeof section.dict.Prev === 'number' ? section.dict.Prev : null;
    }
  };

  Document.prototype.readXref = function (offset) {
    var parser = new Parser(this.bytes, offset);
    var first = parser.word();
    if (first === 'xref') {
      for (;;) {
        var start = parser.word();
        if (start === 'trailer') { break; }
        var count = parser.word();
        if (!/^\d+$/.test(start) || !/^\d+$/.test(count)) { throw new Damaged('the xref table is damaged'); }
        for (var i = 0; i < +count; i++) {
          var place = parser.word();
          var generation = parser.word();
          var kind = parser.word();
          if (kind !== 'n' && kind !== 'f') { throw new Damaged('the xref table is damaged'); }
          var number = +start + i;
          if (kind === 'n' && !this.xref.hasOwnProperty(number)) { this.xref[number] = { offset: +place, gen: +generation }; }
          if (kind === 'f' && !this.xref.hasOwnProperty(number)) { this.xref[number] = null; }
        }
      }
      var trailer = parser.object(0);
      if (!trailer || !trailer.dict) { throw new Damaged('the trailer is damaged'); }
      if (typeof trailer.dict.XRefStm === 'number') { this.readXref(trailer.dict.XRefStm); }
      return trailer;
    }
    if (!/^\d+$/.test(first)) { throw new Damaged('startxref does not point to a cross-reference'); }
    var stream = this.objectAt(offset, +first);
    if (!stream || !stream.stream || !stream.dict.Type || stream.dict.Type.name !== 'XRef') {
      throw new Damaged('startxref does not point to a cross-reference');
    }
    var data = this.decode(stream, false);
    var widths = stream.dict.W || [];
    var index = stream.dict.Index || [0, stream.dict.Size];
    var row = widths[0] + widths[1] + widths[2];
    var position = 0;
    for (var s = 0; s < index.length; s += 2) {
      for (var n = 0; n < index[s + 1]; n++) {
        if (position + row > data.length) { throw new Damaged('the xref stream is damaged'); }
        var fields = [];
        for (var w = 0; w < 3; w++) {
          var value = 0;
          for (var k = 0; k < widths[w]; k++) { value = value * 256 + data[position++]; }
          fields.push(widths[w] === 0 && w === 0 ? 1 : value);
        }
        var id = index[s] + n;
        if (this.xref.hasOwnProperty(id)) { continue; }
        if (fields[0] === 1) { this.xref[id] = { offset: fields[1], gen: fields[2] }; }
        if (fields[0] === 2) { this.xref[id] = { stream: fields[1], index: fields[2] }; }
      }
    }
    return stream;
  };

  // The object `number 0 obj … endobj` at a byte offset, with its stream bytes if it has one.
  Document.prototype.objectAt = function (offset, number) {
    if (offset >= this.bytes.length) { throw new Damaged('object ' + number + ' lies past the end of the file'); }
    var parser = new Parser(this.bytes, offset);
    if (parser.word() !== String(number)) { throw new Damaged('object ' + number + ' is not where the xref says'); }
    parser.word();
    if (parser.word() !== 'obj') { throw new Damaged('object ' + number + ' is damaged'); }
    var value = parser.object(0);
    var after = parser.position;
    if (parser.word() === 'stream' && value && value.dict) {
      var b = this.bytes;
      var start = parser.position;
      if (b[start] === 13) { start++; }
      if (b[start] === 10) { start++; }
      var length = this.resolve(value.dict.Length);
      if (typeof length !== 'number' || start + length > b.length) {
        throw new Damaged('a stream of object ' + number + ' runs past the end of the file');
      }
      value.stream = b.subarray(start, start + length);
      var check = new Parser(b, start + length);
      if (check.word() !== 'endstream') { this.warning = 'object ' + number + ': stream length is wrong'; }
      return value;
    }
    parser.position = after;
    return value;
  };

  Document.prototype.get = function (number) {
    if (this.cache.hasOwnProperty(number)) { return this.cache[number]; }
    var entry = this.xref[number];
    var value = null;
    this.cache[number] = null;
    if (entry && entry.stream !== undefined) {
      value = this.fromObjectStream(entry.stream, number);
    } else if (entry) {
      value = this.objectAt(entry.offset, number);
    }
    this.cache[number] = value;
    return value;
  };

  Document.prototype.fromObjectStream = function (streamNumber, number) {
    var holder = this.get(streamNumber);
    if (!holder || !holder.stream) { throw new Damaged('object stream ' + streamNumber + ' is missing'); }
    var data = this.decode(holder, false);
    var parser = new Parser(data, 0);
    var first = holder.dict.First;
    for (var i = 0; i < holder.dict.N; i++) {
      var id = +parser.word();
      var offset = +parser.word();
      if (id === number) {
        var inner = new Parser(data, first + offset);
        return inner.object(0);
      }
    }
    throw new Damaged('object ' + number + ' is missing from its object stream');
  };

  Document.prototype.resolve = function (value) {
    var guard = 0;
    while (value && typeof value.ref === 'number' && guard++ < 32) { value = this.get(value.ref); }
    return value;
  };

  // Inflated in pieces and stopped once over `budget` bytes: a Flate bomb never fills memory.
  function inflate(data, budget) {
    var inflator = new window.pako.Inflate();
    var total = 0;
    inflator.onData = function (chunk) {
      total += chunk.length;
      if (total <= budget) { this.chunks.push(chunk); }
    };
    for (var at = 0; at < data.length && total <= budget && !inflator.ended && !inflator.err; at += 16384) {
      inflator.push(data.subarray(at, at + 16384), at + 16384 >= data.length);
    }
    if (total > budget) { throw new OverLimit('a stream decodes to more than ' + budget / MiB + ' MiB (the limit)'); }
    if (inflator.err) { throw new Damaged('a compressed stream is damaged (' + inflator.msg + ')'); }
    if (!inflator.ended) { throw new Damaged('a compressed stream is cut short'); }
    return inflator.result;
  }

  // PNG predictors (/DecodeParms /Predictor ≥ 10), as cross-reference streams use them.
  function unpredict(data, parameters) {
    var columns = parameters.Columns || 1;
    var colors = parameters.Colors || 1;
    var bits = parameters.BitsPerComponent || 8;
    var pixel = Math.max(1, Math.ceil(colors * bits / 8));
    var rowLength = Math.ceil(columns * colors * bits / 8);
    var rows = Math.floor(data.length / (rowLength + 1));
    var out = new Uint8Array(rows * rowLength);
    for (var r = 0; r < rows; r++) {
      var type = data[r * (rowLength + 1)];
      for (var i = 0; i < rowLength; i++) {
        var x = data[r * (rowLength + 1) + 1 + i];
        var left = i >= pixel ? out[r * rowLength + i - pixel] : 0;
        var up = r > 0 ? out[(r - 1) * rowLength + i] : 0;
        var corner = r > 0 && i >= pixel ? out[(r - 1) * rowLength + i - pixel] : 0;
        var value = type === 1 ? x + left : type === 2 ? x + up : type === 3 ? x + ((left + up) >> 1)
          : type === 4 ? x + paeth(left, up, corner) : x;
        out[r * rowLength + i] = value & 0xff;
      }
    }
    return out;
  }

  function paeth(a, b, c) {
    var p = a + b - c;
    var pa = Math.abs(p - a);
    var pb = Math.abs(p - b);
    var pc = Math.abs(p - c);
    return pa <= pb && pa <= pc ? a : pb <= pc ? b : c;
  }

  // A stream's bytes through its Flate filters; `images` collects JPEG (/DCTDecode) data,
  // which the JPEG check decodes. Filters a browser cannot undo are left as they are.
  Document.prototype.decode = function (object, images) {
    var filters = this.resolve(object.dict.Filter);
    var parameters = this.resolve(object.dict.DecodeParms);
    if (filters && filters.name) { filters = [filters]; }
    if (!filters || filters.length === undefined) { filters = []; }
    if (parameters && !parameters.length) { parameters = [parameters]; }
    // precheck's caps (BundleLimits, from the page's data): filters in a chain, predictor
    // rows, bytes per stream and per file.
    var limits = window.CHECK_DATA.limits;
    if (filters.length > limits.maximumFilters) {
      throw new OverLimit(filters.length + ' filters in a chain, over the limit of ' + limits.maximumFilters);
    }
    for (var k = 0; parameters && k < parameters.length; k++) {
      var q = this.resolve(parameters[k]);
      q = q && q.dict;
      if (q && q.Predictor > 1 && !((q.Columns || 1) >= 1 && (q.Columns || 1) <= 16777216 && (q.Colors || 1) >= 1 &&
          (q.Colors || 1) <= 32 && [1, 2, 4, 8, 16].indexOf(q.BitsPerComponent || 8) >= 0 &&
          Math.ceil((q.Columns || 1) * (q.Colors || 1) * (q.BitsPerComponent || 8) / 8) <= limits.maximumPredictorRowBytes)) {
        throw new OverLimit('its predictor parameters ask for rows over ' + limits.maximumPredictorRowBytes + ' bytes (the limit)');
      }
    }
    var data = object.stream;
    for (var i = 0; i < filters.length; i++) {
      var name = filters[i] && filters[i].name;
      if (/^(JBIG2Decode|JPXDecode|CCITTFaxDecode|CCF)$/.test(name)) {
        this.unchecked[name] = true;
        return data;
      }
      if (name === 'FlateDecode' || name === 'Fl') {
        data = inflate(data, Math.min(limits.maximumStreamBytes, limits.maximumDecodedBytesPerFile - this.decoded));
        this.decoded += data.length;
        var p = parameters && parameters[i] && this.resolve(parameters[i]);
        if (p && p.dict && p.dict.Predictor >= 10) { data = unpredict(data, p.dict); }
      } else if (name === 'DCTDecode' || name === 'DCT') {
        if (images) { images.push(data); }
        return data;
      } else {
        return data;
      }
    }
    return data;
  };

  Document.prototype.pages = function () {
    var root = this.resolve(this.trailer.dict.Root);
    if (!root || !root.dict) { throw new Damaged('it has no document catalog'); }
    var pages = [];
    var seen = {};
    var self = this;
    // precheck's cap, counted as precheck counts it: every node of the page tree reached,
    // repeats included, up to twice the number of pages allowed.
    var limit = window.CHECK_DATA.limits.maximumPDFPages;
    var nodes = 0;
    function walk(node, depth) {
      if (++nodes > 2 * limit) { throw new OverLimit('it has more than ' + limit + ' pages (the limit)'); }
      var value = self.resolve(node);
      if (!value || !value.dict || depth > 64) { return; }
      if (node && node.ref !== undefined) {
        if (seen[node.ref]) { return; }
        seen[node.ref] = true;
      }
      var kids = self.resolve(value.dict.Kids);
      var type = value.dict.Type && value.dict.Type.name;
      if (type === 'Page' || (!kids && type !== 'Pages')) { pages.push(value); return; }
      for (var i = 0; kids && i < kids.length; i++) { walk(kids[i], depth + 1); }
    }
    walk(root.dict.Pages, 0);
    return pages;
  };

  // Decodes one page: its content streams and the images and forms it draws.
  Document.prototype.checkPage = function (page, images) {
    var contents = this.resolve(page.dict.Contents);
    var list = contents && contents.length !== undefined ? contents : contents ? [page.dict.Contents] : [];
    for (var i = 0; i < list.length; i++) {
      var stream = this.resolve(list[i]);
      if (stream && stream.stream) { this.decode(stream, images); }
    }
    var resources = this.resolve(page.dict.Resources);
    var objects = resources && resources.dict ? this.resolve(resources.dict.XObject) : null;
    if (!objects || !objects.dict) { return; }
    var limit = window.CHECK_DATA.limits.maximumPDFImages;
    for (var name in objects.dict) {
      if (objects.dict.hasOwnProperty(name)) {
        var reference = objects.dict[name];
        var object = this.resolve(reference);
        if (!object || !object.stream) { continue; }
        if (reference && reference.ref !== undefined) {
          if (this.drawn[reference.ref]) { continue; }
          this.drawn[reference.ref] = true;
        }
        if (++this.drawnCount > limit) {
          throw new OverLimit('it draws more than ' + limit + ' images and forms (the limit)');
        }
        this.decode(object, images);
      }
    }
  };

  // Resolves to {verdict: good|password|damaged|warnings, detail}.
  PRECHECK.inspectPDF = function (bytes, progress) {
    return new Promise(function (resolve) {
      var document = new Document(bytes);
      var pages;
      try {
        document.open();
        var encrypt = document.resolve(document.trailer.dict.Encrypt);
        if (encrypt) {
          // Opens without a password only when the user password is empty (an owner
          // password alone limits printing or editing): qpdf then reads it, and so does ศทก.
          if (!PRECHECK.opensWithoutPassword(encrypt, document.resolve(document.trailer.dict.ID))) {
            resolve({ verdict: 'password' });
            return;
          }
          // Its streams are encrypted: the browser checks no further (precheck does).
          resolve({ verdict: 'good', encrypted: true });
          return;
        }
        pages = document.pages();
        if (pages.length === 0) { resolve({ verdict: 'damaged', detail: 'it has no pages' }); return; }
      } catch (error) {
        // Anything the reader trips over in a file is the file's fault, never the page's.
        resolve({ verdict: error && error.over ? 'over' : 'damaged', detail: error && (error.damaged || error.over) ? error.detail : String(error) });
        return;
      }
      var images = [];
      var index = 0;
      function slice() {
        try {
          var until = Date.now() + 30;
          while (index < pages.length && Date.now() < until) { document.checkPage(pages[index++], images); }
        } catch (error) {
          if (error && (error.damaged || error.over)) { resolve({ verdict: error.over ? 'over' : 'damaged', detail: error.detail }); return; }
          resolve({ verdict: 'damaged', detail: String(error) });
          return;
        }
        if (progress) { progress(index, pages.length); }
        if (index < pages.length) { setTimeout(slice, 0); return; }
        checkImages(images, 0);
      }
      function checkImages(list, at) {
        if (at >= list.length) {
          var result = document.warning ? { verdict: 'warnings', detail: document.warning } : { verdict: 'good' };
          result.unchecked = Object.keys(document.unchecked).sort().join(', ');
          resolve(result);
          return;
        }
        PRECHECK.inspectJPEG(list[at]).then(function (result) {
          if (result.verdict === 'damaged' || result.verdict === 'over') {
            resolve({ verdict: result.verdict, detail: 'an image: ' + result.detail, unchecked: Object.keys(document.unchecked).join(', ') });
          } else {
            // As precheck: an image whose coding cannot be vouched for is named, like JBIG2.
            if (result.verdict === 'unsupported') { document.unchecked['JPEG (' + result.detail + ')'] = true; }
            checkImages(list, at + 1);
          }
        });
      }
      setTimeout(slice, 0);
    });
  };
}());
