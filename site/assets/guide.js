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
}());
