"""The presenter view (`?presenter`, what P opens) is readable on every slide of every deck: each
visible text at least 4.5:1 (WCAG 2.2 AA) against the background it is drawn on, computed in
the real browser from the computed colours, walking up the ancestors to the first opaque
background. axe marks overlaid views "incomplete", so the contrast is computed here."""
import pytest
from selenium.webdriver.common.by import By

from conftest import SITE

DECKS = sorted(str(p.relative_to(SITE)) for p in SITE.glob("*/slides/index.html")) + sorted(
    str(p.relative_to(SITE)) for p in SITE.glob("*/*/slides/index.html"))

# Returns [text, ratio, colour, background] for every visible text node under the presenter view.
CONTRASTS = """
function rgba(value) {
  var m = /rgba?\\(([^)]+)\\)/.exec(value);
  if (!m) { return [0, 0, 0, 0]; }
  var parts = m[1].split(',').map(function (p) { return parseFloat(p); });
  return [parts[0], parts[1], parts[2], parts.length > 3 ? parts[3] : 1];
}
function over(top, under) {
  var a = top[3];
  return [top[0] * a + under[0] * (1 - a), top[1] * a + under[1] * (1 - a), top[2] * a + under[2] * (1 - a), 1];
}
function background(element) {
  var layers = [];
  for (var node = element; node && node.nodeType === 1; node = node.parentNode) {
    var colour = rgba(getComputedStyle(node).backgroundColor);
    if (colour[3] > 0) { layers.push(colour); }
    if (colour[3] >= 1) { break; }
  }
  var result = [255, 255, 255, 1];
  for (var i = layers.length - 1; i >= 0; i--) { result = over(layers[i], result); }
  return result;
}
function luminance(c) {
  var channels = c.slice(0, 3).map(function (v) {
    v = v / 255;
    return v <= 0.03928 ? v / 12.92 : Math.pow((v + 0.055) / 1.055, 2.4);
  });
  return 0.2126 * channels[0] + 0.7152 * channels[1] + 0.0722 * channels[2];
}
var view = document.querySelector('.guide-presenter');
var found = [];
var walker = document.createTreeWalker(view, NodeFilter.SHOW_TEXT, null, false);
var node;
while ((node = walker.nextNode())) {
  if (!node.nodeValue.replace(/\\s/g, '')) { continue; }
  var element = node.parentNode;
  var range = document.createRange();
  range.selectNodeContents(node);
  var box = range.getBoundingClientRect();
  var style = getComputedStyle(element);
  if (box.width === 0 || box.height === 0 || style.visibility === 'hidden' || parseFloat(style.opacity) === 0) { continue; }
  var under = background(element);
  var colour = over(rgba(style.color), under);
  var l1 = luminance(colour), l2 = luminance(under);
  var ratio = (Math.max(l1, l2) + 0.05) / (Math.min(l1, l2) + 0.05);
  found.push([node.nodeValue.trim().slice(0, 40), ratio, style.color, 'rgb(' + under.slice(0, 3).join(',') + ')']);
}
return found;
"""


@pytest.mark.parametrize("deck", DECKS)
def test_every_text_of_the_presenter_view_is_at_least_4_5_to_1(browser, deck):
    browser.get((SITE / deck).as_uri() + "?presenter#1")
    total = int(browser.find_element(By.CSS_SELECTOR, "[data-guide-deck]").get_attribute("data-count"))
    low, checked = [], 0
    for number in range(1, total + 1):
        browser.execute_script("window.location.hash = '#' + arguments[0];", number)
        counter = browser.find_element(By.CSS_SELECTOR, ".guide-presenter__counter").text
        assert counter.startswith(f"{number} "), counter
        for text, ratio, colour, under in browser.execute_script(CONTRASTS):
            checked += 1
            if ratio < 4.5:
                low.append(f"slide {number}: {text!r} {colour} on {under} = {ratio:.2f}:1")
    assert checked > total, "the presenter view showed no text"
    assert not low, f"{len(low)} texts under 4.5:1 in {deck}:\n" + "\n".join(low[:30])
