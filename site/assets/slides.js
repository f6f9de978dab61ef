(function () {
  'use strict';
  var deck = document.querySelector('[data-guide-deck]');
  if (!deck) { return; }
  var root = document.documentElement;
  var slides = deck.querySelectorAll('.guide-slide');
  var total = slides.length;
  var counter = deck.querySelector('.guide-deck__counter');
  var progress = deck.querySelector('.guide-deck__progress');
  var isPresenter = /[?&]presenter\b/.test(window.location.search);
  var current = 0;
  var typed = '';
  var presenter = null;
  var presenterView = null;
  var startedAt = new Date().getTime();

  function words(name) { return deck.getAttribute('data-slides-' + name) || ''; }

  function numberFromHash() {
    var match = /^#(\d+)$/.exec(window.location.hash);
    return match ? parseInt(match[1], 10) : 1;
  }

  function send(target, message) {
    // file:// pages have an opaque origin, so '*' is the only target that arrives; the
    // receiver checks the sender's window and the message's shape.
    try { target.postMessage(message, '*'); } catch (error) { /* the other window closed */ }
  }

  // replaceState keeps the back button for leaving the deck, but Chrome 45–5x throw on
  // file:// pages; then the hash itself is set, so the rest of the slide change still runs.
  function setHash(number) {
    try {
      if (window.history && window.history.replaceState) {
        window.history.replaceState(null, '', '#' + number);
        return;
      }
    } catch (error) { /* fall through to the hash */ }
    window.location.hash = '#' + number;
  }

  function show(number, fromMessage) {
    number = Math.max(1, Math.min(total, number || 1));
    for (var i = 0; i < total; i++) {
      slides[i].className = slides[i].className.replace(/\s*is-current/g, '') + (i === number - 1 ? ' is-current' : '');
      slides[i].setAttribute('aria-hidden', i === number - 1 ? 'false' : 'true');
    }
    current = number;
    typed = '';
    if (window.location.hash !== '#' + number) {
      setHash(number);
    }
    root.className = root.className.replace(/\s*js-slides-first/g, '') + (number === 1 ? ' js-slides-first' : '');
    counter.textContent = words('of').replace('{n}', String(number)).replace('{total}', String(total));
    progress.style.width = (100 * number / total) + '%';
    if (isPresenter) {
      renderPresenter();
      if (!fromMessage && window.opener) { send(window.opener, { guideSlides: 'go', slide: number }); }
    } else if (presenter && !presenter.closed && !fromMessage) {
      send(presenter, { guideSlides: 'show', slide: number });
    }
  }

  function go(step) { show(current + step); }

  function openPresenter() {
    var address = window.location.href.split('#')[0].split('?')[0] + '?presenter#' + current;
    presenter = window.open(address, 'guide-presenter', 'width=1100,height=700');
  }

  function renderPresenter() {
    if (!presenterView) {
      presenterView = document.createElement('div');
      presenterView.className = 'guide-presenter';
      presenterView.innerHTML =
        '<div class="guide-presenter__top"><span class="guide-presenter__counter"></span>' +
        '<span class="guide-presenter__timer"></span></div>' +
        '<div class="guide-presenter__columns"><div class="guide-presenter__notes">' +
        '<div class="guide-presenter__now"></div><div class="guide-presenter__speaker"></div></div>' +
        '<div class="guide-presenter__next"></div></div>';
      document.body.appendChild(presenterView);
      window.setInterval(tick, 1000);
      tick();
    }
    var notes = slides[current - 1].querySelector('.guide-slide__notes');
    presenterView.querySelector('.guide-presenter__counter').textContent = counter.textContent;
    // What the room sees now, then the speaker's notes.
    var now = slides[current - 1].querySelector('.guide-slide__text') || slides[current - 1];
    presenterView.querySelector('.guide-presenter__now').innerHTML =
      now.innerHTML.replace(/<aside[\s\S]*<\/aside>/, '');
    presenterView.querySelector('.guide-presenter__speaker').innerHTML = notes ? notes.innerHTML : '';
    var next = presenterView.querySelector('.guide-presenter__next');
    next.innerHTML = '<p class="guide-presenter__label"></p>' + (current < total ? slides[current].innerHTML : '');
    next.firstChild.textContent = current < total ? words('next') : words('end');
  }

  function tick() {
    var seconds = Math.floor((new Date().getTime() - startedAt) / 1000);
    var minutes = Math.floor(seconds / 60);
    seconds = seconds % 60;
    var clock = (minutes < 10 ? '0' : '') + minutes + ':' + (seconds < 10 ? '0' : '') + seconds;
    presenterView.querySelector('.guide-presenter__timer').textContent = words('timer') + ' ' + clock;
  }

  document.addEventListener('keydown', function (event) {
    var tag = (event.target && event.target.tagName) || '';
    if (tag === 'INPUT' || tag === 'TEXTAREA' || event.altKey || event.ctrlKey || event.metaKey) { return; }
    var code = event.keyCode;
    var handled = true;
    if (code >= 48 && code <= 57) {
      typed += String(code - 48);
      counter.textContent = '→ ' + typed;
    } else if (code >= 96 && code <= 105) {
      typed += String(code - 96);
      counter.textContent = '→ ' + typed;
    } else if (code === 13) {
      if (typed) { show(parseInt(typed, 10)); } else { go(1); }
    } else if (code === 39 || code === 40 || code === 32 || code === 34) {
      go(1);
    } else if (code === 37 || code === 38 || code === 33 || code === 8) {
      go(-1);
    } else if (code === 36) {
      show(1);
    } else if (code === 35) {
      show(total);
    } else if (code === 80 && !isPresenter) {
      openPresenter();
    } else if (code === 27) {
      typed = '';
      show(current);
    } else {
      handled = false;
    }
    if (handled) { event.preventDefault(); }
  }, false);

  deck.addEventListener('click', function (event) {
    var node = event.target;
    while (node && node !== deck) {
      if (node.tagName === 'A' || node.tagName === 'BUTTON') { return; }
      node = node.parentNode;
    }
    go(1);
  }, false);

  var touchX = null;
  document.addEventListener('touchstart', function (event) {
    touchX = event.touches.length === 1 ? event.touches[0].clientX : null;
  }, false);
  document.addEventListener('touchend', function (event) {
    if (touchX === null || !event.changedTouches.length) { return; }
    var moved = event.changedTouches[0].clientX - touchX;
    touchX = null;
    if (Math.abs(moved) > 40) { go(moved < 0 ? 1 : -1); }
  }, false);

  window.addEventListener('message', function (event) {
    var data = event.data;
    if (!data || typeof data !== 'object' || typeof data.slide !== 'number') { return; }
    if (isPresenter && event.source === window.opener && data.guideSlides === 'show') {
      show(data.slide, true);
    } else if (!isPresenter && presenter && event.source === presenter) {
      if (data.guideSlides === 'go') { show(data.slide, true); }
      if (data.guideSlides === 'hello') { send(presenter, { guideSlides: 'show', slide: current }); }
    }
  }, false);

  window.addEventListener('hashchange', function () {
    if (numberFromHash() !== current) { show(numberFromHash(), false); }
  }, false);

  root.className += (root.className ? ' ' : '') + 'js-slides' + (isPresenter ? ' js-presenter' : '');
  show(numberFromHash());
  if (isPresenter && window.opener) { send(window.opener, { guideSlides: 'hello', slide: current }); }
}());
