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

  // The structure of the file: {detail} when it is damaged, else {width, height}.
  function walk(b) {
    if (b.length < 4 || b[0] !== 0xff || b[1] !== 0xd8) { return { detail: 'it does not start with a JPEG start marker' }; }
    var i = 2;
    var size = null;
    var scans = 0;
    while (i < b.length) {
      if (b[i] !== 0xff) { return { detail: 'a marker is missing at byte ' + i }; }
      while (b[i] === 0xff) { i++; }
      var marker = b[i++];
      if (marker === 0xd8 || marker === 0x01 || (marker >= 0xd0 && marker <= 0xd7)) { continue; }
      if (marker === 0xd9) { return size ? size : { detail: 'it ends before the picture starts' }; }
      if (i + 2 > b.length) { break; }
      var length = (b[i] << 8) | b[i + 1];
      if (length < 2 || i + length > b.length) { break; }
      if (isFrame(marker)) {
        size = { height: (b[i + 3] << 8) | b[i + 4], width: (b[i + 5] << 8) | b[i + 6] };
        if (!size.width || !size.height) { return { detail: 'the picture has no size' }; }
        if (size.width * size.height > window.CHECK_DATA.limits.maximumPixels) {
          return { over: 'the picture is ' + size.width + '×' + size.height + ' pixels, over 50 million (the limit)' };
        }
      }
      i += length;
      if (marker === 0xda) {
        // Each scan of a progressive JPEG is another pass over every pixel: precheck's cap.
        if (++scans > 100) { return { over: 'the picture has more than 100 scans (the limit)' }; }
        if (!size) { return { detail: 'the picture data comes before its frame header' }; }
        // Entropy-coded data: a 0xFF byte is followed by 0x00 or a restart marker, until the
        // next real marker.
        while (i + 1 < b.length && !(b[i] === 0xff && b[i + 1] !== 0 && !(b[i + 1] >= 0xd0 && b[i + 1] <= 0xd7))) { i++; }
        if (i + 1 >= b.length) { break; }
      }
    }
    return { detail: 'the file is cut short: it has no end marker' };
  }

  // Resolves to {verdict: good|damaged, detail, width, height}.
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
        finish(image.naturalWidth > 0
          ? { verdict: 'good', width: structure.width, height: structure.height }
          : { verdict: 'damaged', detail: 'the browser cannot show it' });
      };
      image.onerror = function () { finish({ verdict: 'damaged', detail: 'the browser cannot decode it' }); };
      // A decoder that never answers must not hang the check: the structure was sound.
      setTimeout(function () { finish({ verdict: 'good', width: structure.width, height: structure.height }); }, 15000);
      image.src = url;
    });
  };
}());
