// JPEG checks of the browser pre-check, for .jpg attachments and the JPEG images inside PDFs
// alike: the start marker, a walk over the markers to the frame header (the picture's size),
// the entropy-coded data up to the end marker (a scan cut short has none), and then a real
// decode by the browser itself, through an <img> of a blob URL. ES5.
var PRECHECK = window.PRECHECK || {};
window.PRECHECK = PRECHECK;

(function () {
  'use strict';

  function isFrame(marker) {
    return marker >= 0xc0 && marker <= 0xcf && marker !== 0xc4 && marker !== 0xc8 && marker !== 0xcc;
  }

  // A baseline scan's entropy-coded data, decoded as far as its Huffman codes: a code no
  // table has, data that ends before the last block, or bytes left over are what TurboJPEG
  // warns of (precheck stops on its warnings) and a browser's decoder hides. Throws then (a missing
  // table or component as a TypeError).
  function entropy(b, i, frame, scan, tables, interval) {
    var byte = 0;
    var left = 0;
    function bit() {
      if (!left) {
        if (i >= b.length || (b[i] === 0xff && b[i + 1] !== 0)) { throw 0; }
        byte = b[i];
        i += byte === 0xff ? 2 : 1;
        left = 8;
      }
      return (byte >> --left) & 1;
    }
    function receive(n) { while (n--) { bit(); } }
    function decode(table) {
      for (var length = 1, code = 0, first = 0, index = 0; length <= 16; length++) {
        code |= bit();
        var count = table.counts[length - 1];
        if (code - count < first) { return table.symbols[index + code - first]; }
        index += count;
        first = (first + count) << 1;
        code <<= 1;
      }
      throw 0;
    }
    var units = [];
    var h = 1;
    var v = 1;
    for (var c = 0; c < scan.length; c++) {
      var part = frame[scan[c].id];
      h = part.h;
      v = part.v;
      units.push({ dc: tables[scan[c].dc], ac: tables[4 + scan[c].ac], blocks: scan.length > 1 ? h * v : 1 });
    }
    var many = scan.length > 1;
    var mcus = Math.ceil((many ? frame.width : Math.ceil(frame.width * h / frame.h)) / (many ? 8 * frame.h : 8)) *
      Math.ceil((many ? frame.height : Math.ceil(frame.height * v / frame.v)) / (many ? 8 * frame.v : 8));
    for (var m = 0; m < mcus; m++) {
      if (interval && m && m % interval === 0) {
        if (b[i] !== 0xff || b[i + 1] < 0xd0 || b[i + 1] > 0xd7) { throw 0; }
        i += 2;
        left = 0;
      }
      for (var u = 0; u < units.length; u++) {
        for (var n = 0; n < units[u].blocks; n++) {
          var size = decode(units[u].dc);
          receive(size);
          for (var k = 1; k < 64; k++) {
            var rs = decode(units[u].ac);
            if (!(rs & 15) && rs !== 0xf0) { break; }
            k += rs >> 4;
            receive(rs & 15);
          }
        }
      }
    }
    if (b[i] !== 0xff || !b[i + 1]) { throw 0; }
  }

  // The structure of the file: {detail} when it is damaged, else {width, height}.
  function walk(b) {
    if (b.length < 4 || b[0] !== 0xff || b[1] !== 0xd8) { return { detail: 'it does not start with a JPEG start marker' }; }
    var i = 2;
    var size = null;
    var scans = 0;
    // precheck's caps (BundleLimits), from the page's data.
    var limits = window.CHECK_DATA.limits;
    var tables = [];
    var frame = null;
    var interval = 0;
    var coding;
    while (i < b.length) {
      if (b[i] !== 0xff) { return { detail: 'a marker is missing at byte ' + i }; }
      while (b[i] === 0xff) { i++; }
      var marker = b[i++];
      if (marker === 0xd8 || marker === 0x01 || (marker >= 0xd0 && marker <= 0xd7)) { continue; }
      if (marker === 0xd9) {
        if (size) { size.unsupported = coding; }
        return size || { detail: 'it ends before the picture starts' };
      }
      if (i + 2 > b.length) { break; }
      var length = (b[i] << 8) | b[i + 1];
      if (length < 2 || i + length > b.length) { break; }
      if (marker === 0xc4) {
        for (var p = i + 2; p + 17 <= i + length;) {
          var counts = [].slice.call(b.subarray(p + 1, p + 17));
          var total = counts.reduce(function (x, y) { return x + y; }, 0);
          tables[(b[p] >> 4) * 4 + (b[p] & 3)] = { counts: counts, symbols: b.subarray(p + 17, p + 17 + total) };
          p += 17 + total;
        }
      }
      if (marker === 0xdd) { interval = (b[i + 2] << 8) | b[i + 3]; }
      if (isFrame(marker)) {
        // precheck's JPEGMarkers.unsupportedCoding: only Huffman baseline, extended and
        // progressive frames are vouched for. An arithmetic-coded picture cut short decodes
        // without a warning (libjpeg fills the rest with zeros); Firefox cannot show one.
        if (!size && marker > 0xc2) { coding = marker > 0xc8 ? 'arithmetic coding' : 'lossless or hierarchical coding'; }
        size = { height: (b[i + 3] << 8) | b[i + 4], width: (b[i + 5] << 8) | b[i + 6] };
        if (marker < 0xc2) {
          frame = { width: size.width, height: size.height, h: 1, v: 1 };
          for (var f = 0; f < b[i + 7]; f++) {
            var hv = b[i + 9 + 3 * f];
            frame[b[i + 8 + 3 * f]] = { h: hv >> 4, v: hv & 15 };
            frame.h = Math.max(frame.h, hv >> 4);
            frame.v = Math.max(frame.v, hv & 15);
          }
        }
        if (!size.width || !size.height) { return { detail: 'the picture has no size' }; }
        if (size.width * size.height > limits.maximumPixels) {
          return { over: 'the picture is ' + size.width + '×' + size.height + ' pixels, over ' + limits.maximumPixels / 1000000 + ' million (the limit)' };
        }
      }
      i += length;
      if (marker === 0xda) {
        // Each scan of a progressive JPEG is another pass over every pixel: precheck's cap.
        if (++scans > limits.maximumScans) { return { over: 'the picture has more than ' + limits.maximumScans + ' scans (the limit)' }; }
        if (frame) {
          var scan = [];
          var at = i - length;
          for (var s = 0; s < b[at + 2]; s++) { scan.push({ id: b[at + 3 + 2 * s], dc: b[at + 4 + 2 * s] >> 4, ac: b[at + 4 + 2 * s] & 15 }); }
          try {
            entropy(b, i, frame, scan, tables, interval);
          } catch (e) {
            return { detail: 'its picture data is damaged' };
          }
        }
        if (!size) { return { detail: 'the picture data comes before its frame header' }; }
        // Entropy-coded data: a 0xFF byte is followed by 0x00 or a restart marker, until the
        // next real marker.
        while (i + 1 < b.length && !(b[i] === 0xff && b[i + 1] !== 0 && !(b[i + 1] >= 0xd0 && b[i + 1] <= 0xd7))) { i++; }
        if (i + 1 >= b.length) { break; }
      }
    }
    return { detail: 'the file is cut short: it has no end marker' };
  }

  // Resolves to {verdict: good|damaged|over|unsupported, detail, width, height}.
  PRECHECK.inspectJPEG = function (bytes) {
    var structure = walk(bytes);
    if (structure.over) { return Promise.resolve({ verdict: 'over', detail: structure.over }); }
    if (structure.detail) { return Promise.resolve({ verdict: 'damaged', detail: structure.detail }); }
    return new Promise(function (resolve) {
      var url = URL.createObjectURL(new Blob([bytes], { type: 'image/jpeg' }));
      var image = new Image();
      var done = false;
      function finish(result) {
        if (done) { return; }
        done = true;
        URL.revokeObjectURL(url);
        resolve(result);
      }
      image.onload = function () {
        // Decoded first, as precheck does: a damaged arithmetic-coded picture is damaged.
        finish(!(image.naturalWidth > 0) ? { verdict: 'damaged', detail: 'the browser cannot show it' }
          : structure.unsupported ? { verdict: 'unsupported', detail: structure.unsupported }
          : { verdict: 'good', width: structure.width, height: structure.height });
      };
      image.onerror = function () { finish({ verdict: 'damaged', detail: 'the browser cannot decode it' }); };
      // A decoder that never answers must not hang the check: the structure was sound.
      setTimeout(function () { finish({ verdict: 'good', width: structure.width, height: structure.height }); }, 15000);
      image.src = url;
    });
  };
}());
