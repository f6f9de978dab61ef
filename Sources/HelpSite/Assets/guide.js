(function () {
  'use strict';
  var html = document.documentElement;
  html.className = (html.className ? html.className + ' ' : '') + 'js-enabled';
  var toggles = document.querySelectorAll('[data-guide-toggle]');
  for (var i = 0; i < toggles.length; i++) {
    toggles[i].addEventListener('click', function (event) {
      var link = event.currentTarget;
      // Keep the reader's place: the step (#anchor), the slide (#5) or the search (?q=).
      var base = link.getAttribute('href').split('#')[0].split('?')[0];
      link.setAttribute('href', base + window.location.search + window.location.hash);
    }, false);
  }

  // "Use Google Chrome 38 or lower": say whether the browser in use now would do.
  var notes = document.querySelectorAll('[data-guide-chrome-max]');
  var agent = window.navigator.userAgent;
  var chrome = /Chrome\/(\d+)/.exec(agent);
  var otherBrowser = /Edg\/|OPR\/|SamsungBrowser/.test(agent);
  for (var j = 0; j < notes.length; j++) {
    var note = notes[j];
    var max = parseInt(note.getAttribute('data-guide-chrome-max'), 10);
    var words;
    if (!chrome || otherBrowser) {
      words = note.getAttribute('data-other');
    } else {
      var version = parseInt(chrome[1], 10);
      words = note.getAttribute(version <= max ? 'data-ok' : 'data-newer').replace('{version}', String(version));
    }
    var status = document.createElement('p');
    status.className = 'guide-browser-check';
    status.setAttribute('role', 'status');
    status.appendChild(document.createTextNode(words));
    note.appendChild(status);
  }
}());
