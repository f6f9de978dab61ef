// Parses each file given as an ES5 script with acorn (Debian's node-acorn), the parser
// many JavaScript tools are built on. Chrome 38 runs ES5 only: `let`, arrow functions,
// classes or template strings fail here before they fail in an officer's browser.
'use strict';
var acorn = require('/usr/share/nodejs/acorn');
var fs = require('fs');
var failed = 0;
process.argv.slice(2).forEach(function (file) {
  try {
    acorn.parse(fs.readFileSync(file, 'utf8'), { ecmaVersion: 5, sourceType: 'script' });
    console.log('ES5 ok: ' + file);
  } catch (error) {
    failed += 1;
    console.log(file + ':' + (error.loc ? error.loc.line + ':' + (error.loc.column + 1) : '') +
      ': error: not ES5: ' + error.message);
  }
});
process.exit(failed ? 1 : 0);
