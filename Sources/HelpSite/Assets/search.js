(function () {
  'use strict';
  var index = window.GUIDE_SEARCH_INDEX;
  var results = document.getElementById('guide-search-results');
  if (!index || !results) { return; }
  var status = document.getElementById('guide-search-status');
  var input = document.getElementById('guide-search-q');
  var thaiLetters = /[\u0e01-\u0e5b]/;
  var vocabulary = {};
  var longest = 1;
  var terms = [];
  var term;
  for (term in index.postings) {
    if (index.postings.hasOwnProperty(term)) {
      terms.push(term);
      if (thaiLetters.test(term)) {
        vocabulary[term] = true;
        if (term.length > longest) { longest = term.length; }
      }
    }
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

  // Thai has no spaces: take the longest word of the index that starts here.
  function segmentThai(run) {
    var words = [];
    var at = 0;
    while (at < run.length) {
      var found = '';
      for (var size = Math.min(longest, run.length - at); size > 1; size--) {
        if (vocabulary[run.substr(at, size)]) { found = run.substr(at, size); break; }
      }
      if (found) { words.push(found); at += found.length; } else { at += 1; }
    }
    return words;
  }

  function tokenize(text) {
    var tokens = [];
    var pattern = /[\u0e01-\u0e5b]+|[a-z0-9\u00c0-\u024f]+/g;
    var match;
    text = text.toLowerCase().replace(/\u200b/g, '');
    while ((match = pattern.exec(text)) !== null) {
      if (thaiLetters.test(match[0])) {
        tokens = tokens.concat(segmentThai(match[0]));
      } else if (match[0].length > 1) {
        tokens.push(match[0]);
      }
    }
    return tokens;
  }

  function containsAll(tokens, wanted) {
    for (var i = 0; i < wanted.length; i++) {
      if (tokens.indexOf(wanted[i]) === -1) { return false; }
    }
    return wanted.length > 0;
  }

  // Glossary terms are synonyms across the two languages.
  function withSynonyms(tokens) {
    var extra = [];
    index.synonyms.forEach(function (pair) {
      if (containsAll(tokens, pair[0])) { extra = extra.concat(pair[1]); }
      if (containsAll(tokens, pair[1])) { extra = extra.concat(pair[0]); }
    });
    return extra.filter(function (token) { return tokens.indexOf(token) === -1; });
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
      // Two letters typed the wrong way round count as one slip.
      if (a.length === b.length && a.charAt(i) === b.charAt(j + 1) && a.charAt(i + 1) === b.charAt(j)) {
        i += 2; j += 2; continue;
      }
      if (a.length > b.length) { i++; } else if (a.length < b.length) { j++; } else { i++; j++; }
    }
    return edits + (a.length - i) + (b.length - j) <= 1;
  }

  // The index words a query word stands for, with how much each counts.
  function matchesOf(token) {
    var found = [];
    if (index.postings[token]) { found.push([token, 1]); }
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
          // A slip in the start of a longer word: "renwe" for "renewing".
          found.push([candidate, 0.3]);
        }
      }
    });
    return found;
  }

  function search(query) {
    var tokens = tokenize(query);
    var synonyms = withSynonyms(tokens);
    var scores = {};
    var hits = {};
    var marks = [];
    tokens.concat(synonyms).forEach(function (token, position) {
      var isSynonym = position >= tokens.length;
      matchesOf(token).forEach(function (match) {
        marks.push(match[0]);
        index.postings[match[0]].forEach(function (posting) {
          var doc = posting[0];
          scores[doc] = (scores[doc] || 0) + posting[1] * match[1] * (isSynonym ? 0.8 : 1);
          hits[doc] = hits[doc] || {};
          hits[doc][isSynonym ? 'synonym' : token] = true;
        });
      });
    });
    var ranked = [];
    for (var doc in scores) {
      if (scores.hasOwnProperty(doc)) {
        var matched = 0;
        tokens.forEach(function (token) { if (hits[doc][token]) { matched++; } });
        if (hits[doc].synonym && matched < tokens.length) { matched = Math.min(tokens.length, matched + 1); }
        var share = tokens.length ? matched / tokens.length : 0;
        ranked.push({ doc: +doc, score: scores[doc] * share * share });
      }
    }
    ranked.sort(function (a, b) { return b.score - a.score || a.doc - b.doc; });
    return { results: ranked.filter(function (r) { return r.score > 0; }).slice(0, 10), marks: marks };
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

  var query = readQuery();
  if (input) { input.value = query; }
  if (!query.replace(/\s/g, '')) { return; }
  var found = search(query);
  var words = status.getAttribute(found.results.length ? 'data-found' : 'data-none');
  status.appendChild(document.createTextNode(
    words.replace('{n}', String(found.results.length)).replace('{q}', query)));
  found.results.forEach(function (result) {
    var doc = index.documents[result.doc];
    var item = document.createElement('li');
    item.className = 'guide-result';
    var link = document.createElement('a');
    link.href = doc.u;
    link.className = 'guide-result__link';
    appendHighlighted(link, doc.t, found.marks);
    var text = document.createElement('p');
    appendHighlighted(text, snippet(doc.x, found.marks), found.marks);
    item.appendChild(link);
    item.appendChild(text);
    results.appendChild(item);
  });
}());
