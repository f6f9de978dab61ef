// Whether an encrypted PDF opens without a password: the standard security handler's
// revisions 2 to 4 (RC4 or AES-128, keys from MD5), checked with the empty user password as
// the PDF specification's algorithms 2, 4 and 5 say. Revisions 5 and 6 (AES-256) are taken as
// needing a password: the browser has no SHA-384/512 for them; precheck checks them with qpdf.
// ES5.
var PRECHECK = window.PRECHECK || {};
window.PRECHECK = PRECHECK;

(function () {
  'use strict';

  var PAD = [0x28, 0xbf, 0x4e, 0x5e, 0x4e, 0x75, 0x8a, 0x41, 0x64, 0x00, 0x4e, 0x56, 0xff, 0xfa, 0x01, 0x08,
    0x2e, 0x2e, 0x00, 0xb6, 0xd0, 0x68, 0x3e, 0x80, 0x2f, 0x0c, 0xa9, 0xfe, 0x64, 0x53, 0x69, 0x7a];

  var shifts = [7, 12, 17, 22, 5, 9, 14, 20, 4, 11, 16, 23, 6, 10, 15, 21];
  var sines = [];
  for (var i = 0; i < 64; i++) { sines.push(Math.floor(Math.abs(Math.sin(i + 1)) * 4294967296) | 0); }

  // MD5 of a byte array (RFC 1321).
  function md5(bytes) {
    var length = bytes.length;
    var padded = bytes.concat([0x80]);
    while (padded.length % 64 !== 56) { padded.push(0); }
    var bits = length * 8;
    for (var b = 0; b < 8; b++) { padded.push(b < 4 ? (bits >>> (8 * b)) & 0xff : b === 4 ? Math.floor(length / 536870912) & 0xff : 0); }
    var h = [0x67452301, 0xefcdab89 | 0, 0x98badcfe | 0, 0x10325476];
    for (var block = 0; block < padded.length; block += 64) {
      var w = [];
      for (var j = 0; j < 16; j++) {
        var at = block + j * 4;
        w.push(padded[at] | (padded[at + 1] << 8) | (padded[at + 2] << 16) | (padded[at + 3] << 24));
      }
      var a = h[0], bb = h[1], c = h[2], d = h[3];
      for (var step = 0; step < 64; step++) {
        var round = step >> 4;
        var f = round === 0 ? (bb & c) | (~bb & d) : round === 1 ? (d & bb) | (~d & c) : round === 2 ? bb ^ c ^ d : c ^ (bb | ~d);
        var g = round === 0 ? step : round === 1 ? (5 * step + 1) % 16 : round === 2 ? (3 * step + 5) % 16 : (7 * step) % 16;
        var t = d;
        d = c;
        c = bb;
        var sum = (a + f + sines[step] + w[g]) | 0;
        var s = shifts[round * 4 + step % 4];
        bb = (bb + ((sum << s) | (sum >>> (32 - s)))) | 0;
        a = t;
      }
      h = [(h[0] + a) | 0, (h[1] + bb) | 0, (h[2] + c) | 0, (h[3] + d) | 0];
    }
    var out = [];
    for (var k = 0; k < 16; k++) { out.push((h[k >> 2] >>> (8 * (k % 4))) & 0xff); }
    return out;
  }
  PRECHECK.md5 = md5;

  function rc4(key, data) {
    var s = [];
    var x, y = 0, tmp;
    for (x = 0; x < 256; x++) { s.push(x); }
    for (x = 0; x < 256; x++) {
      y = (y + s[x] + key[x % key.length]) & 0xff;
      tmp = s[x]; s[x] = s[y]; s[y] = tmp;
    }
    var out = [];
    x = 0;
    y = 0;
    for (var n = 0; n < data.length; n++) {
      x = (x + 1) & 0xff;
      y = (y + s[x]) & 0xff;
      tmp = s[x]; s[x] = s[y]; s[y] = tmp;
      out.push(data[n] ^ s[(s[x] + s[y]) & 0xff]);
    }
    return out;
  }

  PRECHECK.opensWithoutPassword = function (encrypt, id) {
    var dict = encrypt && encrypt.dict;
    if (!dict || !dict.Filter || dict.Filter.name !== 'Standard') { return false; }
    var revision = dict.R;
    var owner = dict.O && dict.O.bytes;
    var user = dict.U && dict.U.bytes;
    if (revision < 2 || revision > 4 || !owner || !user || owner.length < 32 || user.length < 32) { return false; }
    var first = id && id.length && id[0] && id[0].bytes ? id[0].bytes : [];
    var permissions = dict.P | 0;
    var input = PAD.concat(owner.slice(0, 32),
      [permissions & 0xff, (permissions >>> 8) & 0xff, (permissions >>> 16) & 0xff, (permissions >>> 24) & 0xff], first);
    if (revision >= 4 && dict.EncryptMetadata === false) { input = input.concat([0xff, 0xff, 0xff, 0xff]); }
    var length = revision === 2 ? 5 : Math.floor((typeof dict.Length === 'number' ? dict.Length : 40) / 8);
    var hash = md5(input);
    if (revision >= 3) { for (var round = 0; round < 50; round++) { hash = md5(hash.slice(0, length)); } }
    var key = hash.slice(0, length);
    if (revision === 2) { return rc4(key, PAD).join() === user.slice(0, 32).join(); }
    var x = rc4(key, md5(PAD.concat(first)));
    for (var n = 1; n <= 19; n++) { x = rc4(key.map(function (byte) { return byte ^ n; }), x); }
    return x.join() === user.slice(0, 16).join();
  };
}());
