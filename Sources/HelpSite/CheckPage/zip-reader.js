// Bundle sources for the browser pre-check: a folder chosen with <input webkitdirectory>, or a
// .zip read through its central directory. Both give what precheck's BundleSource gives:
// sorted entries ({path, kind, size}), the findings of opening (too many entries, unsafe
// entries, bombs) and read(path, limit) → Promise of a Uint8Array. A zip's caps are applied
// from the central directory alone, before a byte is inflated (pako's inflate, Debian
// node-pako). ES5 only.
var PRECHECK = window.PRECHECK || {};
window.PRECHECK = PRECHECK;

(function () {
  'use strict';

  function limits() { return window.CHECK_DATA.limits; }

  // Whether a path stays inside the bundle: no `..` part, not absolute, no drive (`C:`);
  // a `:` elsewhere is an ordinary character (`memo 10:30.pdf`), as precheck's BundlePath.
  PRECHECK.staysInside = function (path) {
    if (path.charAt(0) === '/' || path.charAt(0) === '\\' || /^[A-Za-z]:/.test(path)) { return false; }
    var parts = path.split(/[\/\\]/);
    for (var i = 0; i < parts.length; i++) { if (parts[i] === '..') { return false; } }
    return true;
  };

  // The name a manifest gives, as the bundle lists it: `./` parts and doubled slashes
  // dropped, Windows `\` read as `/` (precheck's BundlePath.normalized).
  PRECHECK.normalized = function (path) {
    return path.replace(/\\/g, '/').split('/').filter(function (p) { return p !== '' && p !== '.'; }).join('/');
  };
  // Names compared in Unicode NFC: macOS writes them decomposed, editors composed.
  PRECHECK.key = function (path) { return path.normalize ? path.normalize('NFC') : path; };
  // Files that operating systems add by themselves, never part of a request; ignored.
  PRECHECK.litter = function (path) {
    var parts = path.split('/');
    var last = parts[parts.length - 1] || parts[parts.length - 2] || '';
    return parts[0] === '__MACOSX' || /^(\.DS_Store|Thumbs\.db|desktop\.ini|\._.*)$/.test(last);
  };

  PRECHECK.finding = function (rule, fields) {
    var f = { rule: rule, values: {} };
    for (var key in fields) { if (fields.hasOwnProperty(key)) { f[key] = fields[key]; } }
    return f;
  };

  function readFile(file, limit) {
    return new Promise(function (resolve, reject) {
      if (file.size > limit) { reject(new Error('too large')); return; }
      var reader = new FileReader();
      reader.onload = function () { resolve(new Uint8Array(reader.result)); };
      reader.onerror = function () { reject(reader.error || new Error('unreadable')); };
      reader.readAsArrayBuffer(file);
    });
  }
  PRECHECK.readFile = readFile;

  function byPath(a, b) { return a.path < b.path ? -1 : a.path > b.path ? 1 : 0; }

  // A folder from <input webkitdirectory>: each File's webkitRelativePath starts with the
  // chosen folder's name, which is dropped. The browser lists files only: folders are
  // derived from the paths, and symbolic links are not visible to a page.
  PRECHECK.folderSource = function (fileList) {
    var files = {};
    var entries = [];
    var folders = {};
    var all = [];
    for (var i = 0; i < fileList.length; i++) { all.push(fileList[i]); }
    all.sort(function (a, b) {
      var x = a.webkitRelativePath || a.name;
      var y = b.webkitRelativePath || b.name;
      return x < y ? -1 : x > y ? 1 : 0;
    });
    var findings = [];
    for (var j = 0; j < all.length; j++) {
      var relative = all[j].webkitRelativePath || all[j].name;
      var path = relative.indexOf('/') >= 0 ? relative.slice(relative.indexOf('/') + 1) : relative;
      if (PRECHECK.litter(path)) { continue; }
      var parts = path.split('/');
      for (var p = 1; p < parts.length; p++) {
        var folder = parts.slice(0, p).join('/');
        if (!folders[folder]) {
          folders[folder] = true;
          entries.push({ path: folder, kind: 'folder', size: 0 });
        }
      }
      if (entries.length >= limits().maximumEntries) {
        findings.push(PRECHECK.tooManyEntries());
        break;
      }
      files[path] = all[j];
      entries.push({ path: path, kind: 'file', size: all[j].size });
    }
    entries.sort(byPath);
    return {
      entries: entries,
      openingFindings: findings,
      read: function (path, limit) {
        return files.hasOwnProperty(path) ? readFile(files[path], limit) : Promise.reject(new Error('unreadable'));
      }
    };
  };

  PRECHECK.tooManyEntries = function () {
    return PRECHECK.finding('bundle.too-large', { values: { detail: PRECHECK.word('zip.many', { count: limits().maximumEntries }) } });
  };

  function u16(b, at) { return b[at] | (b[at + 1] << 8); }
  function u32(b, at) { return (b[at] | (b[at + 1] << 8) | (b[at + 2] << 16)) + b[at + 3] * 16777216; }
  function u64(b, at) { return u32(b, at) + u32(b, at + 4) * 4294967296; }

  // The 8-byte values of an extra field's zip64 block (header ID 1), in order.
  function zip64(b, at, to) {
    for (; at + 4 <= to; at += 4 + u16(b, at + 2)) {
      if (u16(b, at) === 1) {
        for (var v = [], i = at + 4; i + 8 <= Math.min(at + 4 + u16(b, at + 2), to); i += 8) { v.push(u64(b, i)); }
        return v;
      }
    }
    return [];
  }

  PRECHECK.utf8 = function (bytes, fatal) {
    var out = [];
    var i = 0;
    while (i < bytes.length) {
      var b = bytes[i];
      var need = b < 0x80 ? 0 : b >= 0xc2 && b < 0xe0 ? 1 : b >= 0xe0 && b < 0xf0 ? 2 : b >= 0xf0 && b < 0xf5 ? 3 : -1;
      var point = need === 0 ? b : need === 1 ? b & 0x1f : need === 2 ? b & 0x0f : b & 0x07;
      var ok = need >= 0 && i + need < bytes.length;
      for (var k = 1; ok && k <= need; k++) {
        if ((bytes[i + k] & 0xc0) !== 0x80) { ok = false; } else { point = (point << 6) | (bytes[i + k] & 0x3f); }
      }
      if (ok && ((need === 2 && (point < 0x800 || (point >= 0xd800 && point < 0xe000))) ||
                 (need === 3 && (point < 0x10000 || point > 0x10ffff)))) { ok = false; }
      if (!ok) {
        if (fatal) { return null; }
        out.push(0xfffd);
        i++;
        continue;
      }
      if (point > 0xffff) {
        point -= 0x10000;
        out.push(0xd800 + (point >> 10), 0xdc00 + (point & 0x3ff));
      } else {
        out.push(point);
      }
      i += need + 1;
    }
    var text = '';
    for (var s = 0; s < out.length; s += 8192) { text += String.fromCharCode.apply(null, out.slice(s, s + 8192)); }
    return text;
  };

  var crcTable = null;
  function crc32(bytes) {
    if (!crcTable) {
      crcTable = [];
      for (var n = 0; n < 256; n++) {
        var c = n;
        for (var k = 0; k < 8; k++) { c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1; }
        crcTable.push(c >>> 0);
      }
    }
    var crc = 0xffffffff;
    for (var i = 0; i < bytes.length; i++) { crc = crcTable[(crc ^ bytes[i]) & 0xff] ^ (crc >>> 8); }
    return (crc ^ 0xffffffff) >>> 0;
  }

  function BadZip(message) { this.badZip = true; this.message = message; }

  // The central directory of a zip in memory: [{path, method, packed, size, crc, offset, kind}].
  function centralDirectory(bytes) {
    var end = -1;
    for (var i = bytes.length - 22; i >= 0 && i >= bytes.length - 22 - 65535; i--) {
      if (bytes[i] === 0x50 && bytes[i + 1] === 0x4b && bytes[i + 2] === 5 && bytes[i + 3] === 6) { end = i; break; }
    }
    if (end < 0) { throw new BadZip('no end of central directory'); }
    var count = u16(bytes, end + 10);
    var at = u32(bytes, end + 16);
    if (count === 0xffff || at === 0xffffffff || u32(bytes, end + 12) === 0xffffffff) {
      // Zip64: the locator (20 bytes before the end record) points at the zip64 end record.
      var z = end > 19 && u32(bytes, end - 20) === 0x07064b50 ? u64(bytes, end - 12) : 1 / 0;
      if (z + 56 > bytes.length || u32(bytes, z) !== 0x06064b50) { throw new BadZip('zip64'); }
      count = u64(bytes, z + 32);
      at = u64(bytes, z + 48);
    }
    var list = [];
    for (var n = 0; n < count; n++) {
      if (at + 46 > bytes.length || u32(bytes, at) !== 0x02014b50) { throw new BadZip('central directory'); }
      var nameLength = u16(bytes, at + 28);
      var name = PRECHECK.utf8(bytes.subarray(at + 46, at + 46 + nameLength), false);
      var host = bytes[at + 5];
      var mode = u32(bytes, at + 38) >>> 16;
      var kind = name.charAt(name.length - 1) === '/' ? 'folder'
        : host === 3 && (mode & 0xf000) === 0xa000 ? 'symlink' : 'file';
      // Each 0xFFFFFFFF (size, packed size, offset) is the next zip64 value; one missing
      // leaves the entry unreadable (`bad`), as precheck's ZipDirectory.missingZip64.
      var wide = zip64(bytes, at + 46 + nameLength, Math.min(at + 46 + nameLength + u16(bytes, at + 30), bytes.length));
      var item = { path: name, kind: kind, locked: u16(bytes, at + 8) & 1, method: u16(bytes, at + 10), crc: u32(bytes, at + 16) };
      var field = { size: 24, packed: 20, offset: 42 };
      for (var k in field) {
        var v = u32(bytes, at + field[k]);
        item[k] = v < 0xffffffff ? v : wide.length ? wide.shift() : (item.bad = v);
      }
      list.push(item);
      at += 46 + nameLength + u16(bytes, at + 30) + u16(bytes, at + 32);
    }
    return list;
  }

  // A zip bundle, as precheck's ZipBundle opens it: caps first, then the one top-level
  // folder (if everything sits in one) is the bundle folder itself.
  PRECHECK.zipSource = function (bytes) {
    if (bytes.length < 4 || bytes[0] !== 0x50 || bytes[1] !== 0x4b ||
        !((bytes[2] === 3 && bytes[3] === 4) || (bytes[2] === 5 && bytes[3] === 6))) {
      throw new BadZip('not a zip');
    }
    var directory = centralDirectory(bytes);
    var findings = [];
    var raw = [];
    var total = 0;
    var caps = limits();
    for (var i = 0; i < directory.length; i++) {
      var entry = directory[i];
      if (raw.length >= caps.maximumEntries) { findings.push(PRECHECK.tooManyEntries()); break; }
      if (PRECHECK.litter(entry.path)) { continue; }
      if (!PRECHECK.staysInside(entry.path)) {
        findings.push(PRECHECK.finding('bundle.unsafe-entry', { file: entry.path }));
        continue;
      }
      total += entry.size;
      var ratio = Math.floor(entry.size / Math.max(entry.packed, 1));
      if (entry.kind === 'file' && !entry.locked && ratio > caps.maximumCompressionRatio && entry.size > caps.bombMinimumBytes) {
        findings.push(PRECHECK.finding('bundle.too-large', { values: { detail: PRECHECK.word('zip.ratio', { file: entry.path, ratio: ratio }) } }));
        continue;
      }
      raw.push(entry);
    }
    if (total > caps.maximumTotalBytes) {
      findings.push(PRECHECK.finding('bundle.too-large', { values: { detail: PRECHECK.word('zip.total', { bytes: total, limit: caps.maximumTotalBytes }) } }));
      raw = [];
    }
    var tops = {};
    var topCount = 0;
    var nested = false;
    for (var t = 0; t < raw.length; t++) {
      var top = raw[t].path.split('/')[0];
      if (!tops[top]) { tops[top] = true; topCount++; }
      if (raw[t].path.indexOf('/') >= 0 && raw[t].path.charAt(raw[t].path.length - 1) !== '/') { nested = true; }
    }
    var prefix = topCount === 1 && nested ? raw[0].path.split('/')[0] + '/' : '';
    var entries = [];
    var byName = {};
    var reported = {};
    for (var r = 0; r < raw.length; r++) {
      var inside = PRECHECK.normalized(raw[r].path.slice(prefix.length));
      var key = PRECHECK.key(inside);
      if (inside === '') { continue; }
      // Two entries of one name: which one would the receiving office get? (precheck: an error)
      if (byName.hasOwnProperty(key)) {
        if (raw[r].kind !== 'folder' && !reported[key]) {
          reported[key] = true;
          findings.push(PRECHECK.finding('bundle.duplicate-entry', { file: inside, values: { file: { th: inside, en: inside } } }));
        }
        continue;
      }
      entries.push({ path: inside, kind: raw[r].kind, size: raw[r].size });
      byName[key] = raw[r];
    }
    entries.sort(byPath);
    return {
      entries: entries,
      openingFindings: findings,
      read: function (path, limit) {
        return new Promise(function (resolve, reject) {
          var item = byName.hasOwnProperty(PRECHECK.key(path)) ? byName[PRECHECK.key(path)] : null;
          if (item && item.locked) { reject({ encrypted: true }); return; }
          if (!item || item.kind !== 'file' || item.size > limit) { reject(new Error('unreadable')); return; }
          if (item.bad) { reject(new Error('damaged entry')); return; }
          var at = item.offset;
          if (u32(bytes, at) !== 0x04034b50) { reject(new Error('local header')); return; }
          var start = at + 30 + u16(bytes, at + 26) + u16(bytes, at + 28);
          var packed = bytes.subarray(start, start + item.packed);
          var data;
          try {
            data = item.method === 0 ? packed : item.method === 8 ? window.pako.inflateRaw(packed) : null;
          } catch (error) {
            data = null;
          }
          if (!data || data.length > limit || crc32(data) !== item.crc) { reject(new Error('damaged entry')); return; }
          resolve(data);
        });
      }
    };
  };
}());
