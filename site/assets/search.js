(function () {
  'use strict';
  // ES5 only, from file:// (no fetch, no XHR): the index arrives as scripts (search-index.js).
  var thaiLetters = /[\u0e01-\u0e5b]/;
  function now() { return window.performance && window.performance.now ? window.performance.now() : 0; }
  var startedAt = now();

  // ---- Words: the same rules as SearchWords.swift (golden table: Tests/Fixtures/search-tokens.tsv).
  var thaiNumbers = { 'หนึ่ง': 1, 'เอ็ด': 1, 'สอง': 2, 'ยี่': 2, 'สาม': 3, 'สี่': 4, 'ห้า': 5, 'หก': 6,
    'เจ็ด': 7, 'แปด': 8, 'เก้า': 9, 'สิบ': 10, 'ร้อย': 100 };
  var englishNumbers = { one: 1, two: 2, three: 3, four: 4, five: 5, six: 6, seven: 7, eight: 8, nine: 9,
    ten: 10, eleven: 11, twelve: 12, thirteen: 13, fourteen: 14, fifteen: 15, sixteen: 16, seventeen: 17,
    eighteen: 18, nineteen: 19, twenty: 20, thirty: 30, forty: 40, fifty: 50, sixty: 60, seventy: 70,
    eighty: 80, ninety: 90, hundred: 100 };
  var thaiNumberWords = [];
  var word;
  for (word in thaiNumbers) { if (thaiNumbers.hasOwnProperty(word)) { thaiNumberWords.push(word); } }
  thaiNumberWords.sort(function (a, b) { return b.length - a.length; });

  function arabicDigits(text) {
    return text.replace(/[\u0e50-\u0e59]/g, function (digit) { return String(digit.charCodeAt(0) - 0x0e50); });
  }

  function numberWords(token) {
    if (englishNumbers.hasOwnProperty(token)) { return [token]; }
    var words = [];
    var rest = token;
    while (rest) {
      var found = '';
      for (var i = 0; i < thaiNumberWords.length; i++) {
        if (rest.indexOf(thaiNumberWords[i]) === 0) { found = thaiNumberWords[i]; break; }
      }
      if (!found) { return null; }
      words.push(found);
      rest = rest.substring(found.length);
    }
    return words.length ? words : null;
  }

  function valueOf(words) {
    var total = 0;
    var current = 0;
    words.forEach(function (w) {
      var number = thaiNumbers.hasOwnProperty(w) ? thaiNumbers[w] : (englishNumbers[w] || 0);
      if (number === 10 && thaiNumbers.hasOwnProperty(w)) { total += Math.max(current, 1) * 10; current = 0; }
      else if (number === 100) { total += Math.max(current, 1) * 100; current = 0; }
      else { current += number; }
    });
    return total + current;
  }

  function stem(w) {
    if (w.length <= 3 || !/^[a-z]+$/.test(w)) { return w; }
    function ends(suffix) { return w.length >= suffix.length && w.substring(w.length - suffix.length) === suffix; }
    if (ends('sses')) { w = w.substring(0, w.length - 2); }
    else if (ends('ies') && w.length > 4) { w = w.substring(0, w.length - 3) + 'y'; }
    else if (ends('s') && !ends('ss') && !ends('us') && !ends('is')) { w = w.substring(0, w.length - 1); }
    var suffixes = ['ing', 'ed'];
    for (var i = 0; i < suffixes.length; i++) {
      if (!ends(suffixes[i])) { continue; }
      var base = w.substring(0, w.length - suffixes[i].length);
      if (base.length >= 3 && /[aeiouy]/.test(base)) {
        w = base;
        var last = w.charAt(w.length - 1);
        if (w.length > 3 && last === w.charAt(w.length - 2) && 'aeiouylsz'.indexOf(last) === -1) {
          w = w.substring(0, w.length - 1);
        }
      }
      break;
    }
    if (ends('al') && w.length >= 6) { w = w.substring(0, w.length - 2); }
    if (ends('e') && w.length > 4) { w = w.substring(0, w.length - 1); }
    return w;
  }

  // Tokens as the index holds them, each with the words typed for it (for "not found").
  function normalize(tokens) {
    var out = { tokens: [], typed: [] };
    var i = 0;
    while (i < tokens.length) {
      var parts = [];
      var end = i;
      var split;
      while (end < tokens.length && (split = numberWords(tokens[end]))) { parts = parts.concat(split); end++; }
      if (end > i) {
        out.tokens.push(String(valueOf(parts)));
        out.typed.push(tokens.slice(i, end).join(' '));
        i = end;
      } else {
        out.tokens.push(stem(arabicDigits(tokens[i])));
        out.typed.push(tokens[i]);
        i++;
      }
    }
    return out;
  }

  var vocabulary = {};
  var longest = 1;
  function learn(term) {
    if (thaiLetters.test(term)) {
      vocabulary[term] = true;
      if (term.length > longest) { longest = term.length; }
    }
  }
  thaiNumberWords.forEach(learn);

  // Thai has no spaces: take the longest known word that starts here. Letters of no known word
  // stay together as one word, so the results can say it was not found.
  function segmentThai(run) {
    var words = [];
    var unknown = '';
    var at = 0;
    while (at < run.length) {
      var found = '';
      for (var size = Math.min(longest, run.length - at); size > 1; size--) {
        if (vocabulary[run.substr(at, size)]) { found = run.substr(at, size); break; }
      }
      if (found) {
        if (unknown.length > 1) { words.push(unknown); }
        unknown = '';
        words.push(found);
        at += found.length;
      } else {
        unknown += run.charAt(at);
        at += 1;
      }
    }
    if (unknown.length > 1) { words.push(unknown); }
    return words;
  }

  function tokenize(text) {
    var tokens = [];
    var pattern = /[\u0e01-\u0e4f\u0e5a\u0e5b]+|[a-z0-9\u00c0-\u024f]+/g;
    var match;
    text = arabicDigits(text.toLowerCase().replace(/\u200b/g, ''));
    while ((match = pattern.exec(text)) !== null) {
      if (thaiLetters.test(match[0])) {
        tokens = tokens.concat(segmentThai(match[0]));
      } else if (match[0].length > 1 || /^[0-9]$/.test(match[0])) {
        tokens.push(match[0]);
      }
    }
    return tokens;
  }

  function searchTokens(text) { return normalize(tokenize(text)); }

  // For the golden-table test: the words a query becomes.
  window.GUIDE_SEARCH_WORDS = { tokens: function (text) { return searchTokens(text).tokens; }, learn: learn };

  var index = window.GUIDE_SEARCH_INDEX;
  var results = document.getElementById('guide-search-results');
  if (!index || !results) { return; }
  var status = document.getElementById('guide-search-status');
  var input = document.getElementById('guide-search-q');
  var terms = index.terms ? index.terms.split(' ') : [];
  // Where each word of the index is in the list of words, which gives its term file.
  var position = {};
  terms.forEach(function (term, i) { position[term] = i; learn(term); });
  index.synonyms.forEach(function (group) {
    group.forEach(function (phrase) { phrase.forEach(learn); });
  });
  var documentCount = index.documentCount;

  // ---- Loading the index files a query needs (SearchShards.swift), by inserted <script> tags.
  var loaded = {};
  window.GUIDE_SEARCH_SHARD = function (key, data) { loaded[key] = data; };
  var key;
  for (key in index.files || {}) { if (index.files.hasOwnProperty(key)) { loaded[key] = index.files[key]; } }

  function fileOf(key) {
    if (key.charAt(0) === 't') { return 'search-terms-' + key.substring(1) + '.js'; }
    return index.resultsInOne ? 'search-docs.js' : 'search-docs-' + key.substring(1) + '.js';
  }

  function load(keys, done) {
    var waiting = 0;
    var files = {};
    keys.forEach(function (key) {
      if (!loaded[key]) { (files[fileOf(key)] = files[fileOf(key)] || []).push(key); }
    });
    function finished() {
      waiting--;
      if (waiting === 0) { done(); }
    }
    var name;
    for (name in files) {
      if (!files.hasOwnProperty(name)) { continue; }
      waiting++;
      insert(name, files[name], finished);
    }
    if (waiting === 0) { done(); }
  }

  function insert(name, keys, finished) {
    var script = document.createElement('script');
    script.src = name;
    // A missing file counts as empty: the search goes on with what it has.
    script.onload = script.onerror = function () {
      script.onload = script.onerror = null;
      keys.forEach(function (key) { if (!loaded[key]) { loaded[key] = {}; } });
      finished();
    };
    document.getElementsByTagName('head')[0].appendChild(script);
  }

  // The term file of a word of the index (SearchTermFiles.swift): `termFiles` lists each
  // word's file in the order of `terms`; a small index has one file.
  function termShard(term) {
    return 't' + (index.termFiles && index.termFiles.length ? index.termFiles[position[term]] : 0);
  }

  // A posting's weight letter (A–F, see SearchIndex.Field) as a number.
  var weights = [30, 20, 10, 6, 4, 3];
  function isWeight(code) { return code >= 65 && code <= 70; }

  // Own properties only: a query word such as "constructor" is not an index word.
  function postingsText(term) {
    var file = loaded[termShard(term)] || {};
    return file.hasOwnProperty(term) ? file[term] : '';
  }

  // How many documents a word is in: the number of weight letters in its postings.
  var counts = {};
  function documentsWith(term) {
    if (counts.hasOwnProperty(term)) { return counts[term]; }
    // Counted by the regular expression engine, not letter by letter in the interpreter.
    counts[term] = postingsText(term).replace(/[^A-F]+/g, '').length;
    return counts[term];
  }

  function readQuery() {
    var match = /[?&]q=([^&#]*)/.exec(window.location.search);
    if (!match) { return ''; }
    try {
      return decodeURIComponent(match[1].replace(/\+/g, ' '));
    } catch (error) {
      return '';
    }
  }

  // One letter added, missing, wrong, or two letters swapped: a typing slip.
  function oneEditApart(a, b) {
    if (Math.abs(a.length - b.length) > 1 || a === b) { return false; }
    var i = 0;
    var j = 0;
    var edits = 0;
    while (i < a.length && j < b.length) {
      if (a.charAt(i) === b.charAt(j)) { i++; j++; continue; }
      edits++;
      if (edits > 1) { return false; }
      if (a.length === b.length && a.charAt(i) === b.charAt(j + 1) && a.charAt(i + 1) === b.charAt(j)) {
        i += 2; j += 2; continue;
      }
      if (a.length > b.length) { i++; } else if (a.length < b.length) { j++; } else { i++; j++; }
    }
    return edits + (a.length - i) + (b.length - j) <= 1;
  }

  // The index words a query word stands for, with how much each counts.
  // At most a few close words each, the shortest first, so a short query loads few files.
  function matchesOf(token) {
    var found = [];
    var isKnown = position.hasOwnProperty(token);
    if (isKnown) { found.push([token, 1]); }
    if (/^[0-9]+$/.test(token)) { return found; }
    var thai = thaiLetters.test(token);
    terms.forEach(function (candidate) {
      if (candidate === token) { return; }
      if (token.length >= 3 && candidate.indexOf(token) === 0) {
        found.push([candidate, 0.6]);
      } else if (!thai && token.length >= 4 && !thaiLetters.test(candidate)) {
        if (oneEditApart(token, candidate)) {
          found.push([candidate, 0.4]);
        } else if (candidate.length > token.length &&
            (oneEditApart(token, candidate.substr(0, token.length)) ||
             oneEditApart(token, candidate.substr(0, token.length + 1)))) {
          found.push([candidate, 0.3]);
        }
      }
    });
    var close = found.slice(isKnown ? 1 : 0);
    close.sort(function (a, b) { return b[1] - a[1] || a[0].length - b[0].length || (a[0] < b[0] ? -1 : 1); });
    return found.slice(0, isKnown ? 1 : 0).concat(close.slice(0, 6));
  }

  function containsAll(tokens, wanted) {
    for (var i = 0; i < wanted.length; i++) {
      if (tokens.indexOf(wanted[i]) === -1) { return false; }
    }
    return wanted.length > 0;
  }

  // What to look up: each query word, then the synonyms of the phrases it is part of, at a
  // lower weight, standing in for the query words they replace.
  // The same synonym reached twice (two groups, or two phrases of one) is looked up once:
  // a word's value is the best of its lookups, so a repeat changes nothing but the time.
  function lookups(tokens) {
    var list = tokens.map(function (token, i) { return { token: token, weight: 1, covers: [i] }; });
    var listed = {};
    index.synonyms.forEach(function (group) {
      group.forEach(function (phrase) {
        if (!containsAll(tokens, phrase)) { return; }
        var covers = phrase.map(function (t) { return tokens.indexOf(t); });
        group.forEach(function (other) {
          if (other === phrase) { return; }
          other.forEach(function (token) {
            var key = token + ' ' + covers.join(',');
            if (tokens.indexOf(token) === -1 && !listed[key]) {
              listed[key] = true;
              list.push({ token: token, weight: 0.5, covers: covers });
            }
          });
        });
      });
    });
    return list;
  }

  function flat(text) { return text.toLowerCase().replace(/[\s\u200b]+/g, ''); }

  // Loads the term files of the query's words, ranks, loads the files of the results, shows.
  function search(query, done) {
    var words = searchTokens(query);
    var plan = lookups(words.tokens).map(function (lookup) { return { lookup: lookup, matches: matchesOf(lookup.token) }; });
    var shards = [];
    plan.forEach(function (step) {
      step.matches.forEach(function (match) {
        var shard = termShard(match[0]);
        if (shards.indexOf(shard) === -1) { shards.push(shard); }
      });
    });
    load(shards, function () {
      var found = rank(query, words, plan);
      var keys = found.results.map(function (result) { return 'g' + result.group; });
      load(keys, function () { done(found); });
    });
  }

  // A list of numbers, all 0: a typed array where there is one (Chrome 7 and later; no
  // garbage to collect), else a plain list.
  function zeros(size) {
    if (typeof Float64Array !== 'undefined') { return new Float64Array(size); }
    var list = [];
    for (var i = 0; i < size; i++) { list.push(0); }
    return list;
  }

  // Adds one index word's postings ("0A3C…": the base-36 gap to each document, then its weight's
  // letter) to the scores, read straight from the text by character codes. This runs once per
  // page, mostly in the interpreter, over thousands of postings at N = 1,000: no list per
  // posting, nothing for the collector.
  function addPostings(text, values, covers, width, best, seen) {
    var doc = 0;
    var gap = 0;
    var first = covers[0];
    for (var i = 0; i < text.length; i++) {
      var code = text.charCodeAt(i);
      if (!isWeight(code)) {
        gap = gap * 36 + (code <= 57 ? code - 48 : code - 87);
        continue;
      }
      doc += gap;
      gap = 0;
      seen[doc] = 1;
      var value = values[code - 65];
      var at = doc * width + first;
      if (!(best[at] >= value)) { best[at] = value; }
      for (var c = 1; c < covers.length; c++) {
        at = doc * width + covers[c];
        if (!(best[at] >= value)) { best[at] = value; }
      }
    }
  }

  // Scores in flat lists indexed by document (best[doc * words + i]: the best value of query
  // word i in doc), then by result; only the ten results listed get their steps sorted.
  function rank(query, words, plan) {
    var tokens = words.tokens;
    var width = tokens.length;
    var best = zeros(documentCount * width);
    var seen = zeros(documentCount);
    var marks = [];
    plan.forEach(function (step) {
      var lookup = step.lookup;
      step.matches.forEach(function (match) {
        if (lookup.weight === 1 || match[1] === 1) { marks.push(match[0]); }
        var count = documentsWith(match[0]);
        if (!count) { return; }
        var idf = Math.log(1 + documentCount / count);
        // Each weight's value, multiplied in the order the scores always were.
        var values = weights.map(function (weight) { return idf * weight * match[1] * lookup.weight; });
        addPostings(postingsText(match[0]), values, lookup.covers, width, best, seen);
      });
    });
    // Each result's best document and best value of each word, result by result.
    var starts = index.groupStarts;
    var groupCount = starts.length;
    var docScore = zeros(documentCount);
    var top = zeros(groupCount);
    var groupWords = zeros(groupCount * width);
    var owners = [];
    for (var owner = 0; owner < groupCount; owner++) {
      var end = owner + 1 < groupCount ? starts[owner + 1] : documentCount;
      for (var doc = starts[owner]; doc < end; doc++) {
        if (!seen[doc]) { continue; }
        var score = 0;
        for (var i = 0; i < width; i++) { score += best[doc * width + i]; }
        docScore[doc] = score;
        if (!top[owner]) { owners.push(owner); }
        if (score > top[owner]) { top[owner] = score; }
        for (var k = 0; k < width; k++) {
          var value = best[doc * width + k];
          if (value > groupWords[owner * width + k]) { groupWords[owner * width + k] = value; }
        }
      }
    }
    var ranked = [];
    owners.forEach(function (owner) {
      var covered = 0;
      var total = 0;
      for (var w = 0; w < width; w++) {
        total += groupWords[owner * width + w];
        if (groupWords[owner * width + w] > 0) { covered++; }
      }
      var share = width ? covered / width : 0;
      // The best place on the page counts most; the words it has anywhere count too.
      var score = (0.6 * top[owner] + 0.4 * total) * share * share;
      if (score > 0) { ranked.push({ group: owner, score: score }); }
    });
    ranked.sort(function (a, b) { return b.score - a.score || a.group - b.group; });
    ranked = ranked.slice(0, 10);
    ranked.forEach(function (item) {
      item.missing = [];
      for (var w = 0; w < width; w++) {
        if (!(groupWords[item.group * width + w] > 0)) { item.missing.push(words.typed[w]); }
      }
      var start = index.groupStarts[item.group];
      var end = item.group + 1 < index.groupStarts.length ? index.groupStarts[item.group + 1] : documentCount;
      item.docs = [];
      for (var d = start; d < end; d++) {
        if (seen[d]) { item.docs.push({ doc: d, score: docScore[d] }); }
      }
      item.docs.sort(function (a, b) { return b.score - a.score || a.doc - b.doc; });
    });
    return { results: ranked, marks: marks, query: query };
  }

  function documentOf(group, doc) {
    return (loaded['g' + group].d || [])[doc - index.groupStarts[group]] || { t: '', u: '', x: '' };
  }

  // An exact phrase ranks above the same words scattered: checked once the results' texts are here.
  function favourPhrases(found) {
    var phrase = flat(found.query);
    if (searchTokens(found.query).tokens.length < 2) { return; }
    found.results.forEach(function (result) {
      result.docs.forEach(function (d) {
        var entry = documentOf(result.group, d.doc);
        if (flat(entry.t + ' ' + entry.x).indexOf(phrase) !== -1 && !d.phrase) {
          d.phrase = true;
          d.score *= 1.5;
          result.score *= 1.5;
        }
      });
      result.docs.sort(function (a, b) { return b.score - a.score || a.doc - b.doc; });
    });
    found.results.sort(function (a, b) { return b.score - a.score || a.group - b.group; });
  }

  // A question asking what a word means ("what is POLIS", "ศทก คืออะไร", "ช่วยราชการ หมายถึง"):
  // the question words are not searched for, and the glossary entry of the word asked about,
  // if it is among the results, comes first.
  var asking = [
    /^\s*(?:what\s+(?:is|are)|what's|whats|meaning\s+of|definition\s+of|define)\s+(?:an?\s+|the\s+)?(.+?)\s*\??\s*$/i,
    /^\s*what\s+does\s+(?:an?\s+|the\s+)?(.+?)\s+mean\s*\??\s*$/i,
    /^\s*(.+?)\s*(?:คือ\s*อะไร|หมายถึง\s*อะไร|หมายถึง|แปลว่า\s*อะไร|แปลว่า|คือ)\s*\??\s*$/
  ];
  function askedAbout(query) {
    for (var i = 0; i < asking.length; i++) {
      var match = asking[i].exec(query);
      if (match && match[1].replace(/\s/g, '')) { return match[1]; }
    }
    return null;
  }

  function favourDefinition(found, subject) {
    var wanted = flat(subject).replace(/[.]/g, '');
    found.results.forEach(function (result, place) {
      var group = loaded['g' + result.group] || {};
      var title = flat(group.t || '').replace(/[.]/g, '');
      result.defines = /glossary\//.test(group.u || '') && title.indexOf(wanted) !== -1;
      result.place = place;
    });
    found.results.sort(function (a, b) { return (b.defines ? 1 : 0) - (a.defines ? 1 : 0) || a.place - b.place; });
  }

  function appendHighlighted(parent, text, marks) {
    var lower = text.toLowerCase();
    var at = 0;
    while (at < text.length) {
      var next = -1;
      var length = 0;
      marks.forEach(function (mark) {
        var found = lower.indexOf(mark, at);
        if (found !== -1 && (next === -1 || found < next || (found === next && mark.length > length))) {
          next = found;
          length = mark.length;
        }
      });
      if (next === -1) { parent.appendChild(document.createTextNode(text.substring(at))); return; }
      if (next > at) { parent.appendChild(document.createTextNode(text.substring(at, next))); }
      var highlight = document.createElement('mark');
      highlight.appendChild(document.createTextNode(text.substr(next, length)));
      parent.appendChild(highlight);
      at = next + length;
    }
  }

  function snippet(text, marks) {
    var lower = text.toLowerCase();
    var first = -1;
    marks.forEach(function (mark) {
      var found = lower.indexOf(mark);
      if (found !== -1 && (first === -1 || found < first)) { first = found; }
    });
    var start = Math.max(0, first - 60);
    // Never start inside a Thai letter: skip the vowel and tone marks written above or below.
    while (start > 0 && start < first && /[\u0e31\u0e34-\u0e3a\u0e47-\u0e4e]/.test(text.charAt(start))) { start++; }
    var piece = text.substr(start, 200);
    return (start > 0 ? '… ' : '') + piece + (start + 200 < text.length ? ' …' : '');
  }

  function element(name, className, parent) {
    var node = document.createElement(name);
    if (className) { node.className = className; }
    if (parent) { parent.appendChild(node); }
    return node;
  }

  // One result per page: its title, a highlighted excerpt, up to three matching steps, and the
  // words of the query it does not have.
  function show(result, marks) {
    var group = loaded['g' + result.group];
    if (!group || !group.u) { return; }
    var item = element('li', 'guide-result', results);
    var link = element('a', 'guide-result__link', item);
    link.href = group.u;
    appendHighlighted(link, group.t, marks);
    var top = documentOf(result.group, result.docs[0].doc);
    appendHighlighted(element('p', 'guide-result__excerpt', item), snippet(top.x || top.t, marks), marks);
    var steps = result.docs.filter(function (d) { return documentOf(result.group, d.doc).u !== group.u; }).slice(0, 3);
    if (steps.length) {
      var list = element('ul', 'guide-result__steps', item);
      list.setAttribute('aria-label', status.getAttribute('data-steps'));
      steps.forEach(function (step) {
        var entry = documentOf(result.group, step.doc);
        var stepLink = element('a', 'guide-result__step', element('li', '', list));
        stepLink.href = entry.u;
        appendHighlighted(stepLink, entry.t, marks);
      });
    }
    if (result.missing.length) {
      var missing = element('p', 'guide-result__missing', item);
      missing.appendChild(document.createTextNode(
        status.getAttribute('data-missing').replace('{words}', result.missing.join(', '))));
    }
  }

  var query = readQuery();
  if (input) { input.value = query; }
  if (!query.replace(/\s/g, '')) { return; }
  var subject = askedAbout(query);
  search(subject || query, function (found) {
    favourPhrases(found);
    if (subject) { favourDefinition(found, subject); }
    var template = status.getAttribute(found.results.length ? 'data-found' : 'data-none');
    status.appendChild(document.createTextNode(
      template.replace('{n}', String(found.results.length)).replace('{q}', query)));
    found.results.forEach(function (result) { show(result, found.marks); });
    // When the results were on screen, in ms since the page was asked for (Scripts/bench --search-scale).
    results.setAttribute('data-search-done', String(Math.round(now())));
    // How long the search itself took, from this script's start (loading the index files included).
    results.setAttribute('data-search-ms', String(Math.round(now() - startedAt)));
  });
}());
