"""The presenter view (slides opened with ?presenter: the address the P key opens in a second
window) is read by a trainer from a laptop screen: every text in it must reach WCAG 2.2 AA
contrast, 4.5:1 (3:1 for large text). axe marks overlaid views "incomplete", so the ratio is
computed here for every visible text node: its computed colour against the first
non-transparent background found walking up its ancestors (semi-transparent ones blended,
white below all). Background images are not looked at: the views use none."""
import pytest
from selenium.webdriver.common.by import By

from conftest import SITE

DECKS = sorted(str(p.relative_to(SITE)) for p in SITE.glob("*/**/slides/index.html"))

# Returns [text, ratio, needed, colour, background] for every visible text node of the page
# whose contrast is below what WCAG asks of it.
LOW_CONTRAST_TEXTS = r"""
function parse(colour) {
  var m = /rgba?\(([\d.]+),\s*([\d.]+),\s*([\d.]+)(?:,\s*([\d.]+))?\)/.exec(colour);
  return m ? [+m[1], +m[2], +m[3], m[4] === undefined ? 1 : +m[4]] : [0, 0, 0, 0];
}
function over(top, below) {  // top (with alpha) composited over an opaque colour
  var a = top[3];
  return [top[0] * a + below[0] * (1 - a), top[1] * a + below[1] * (1 - a), top[2] * a + below[2] * (1 - a), 1];
}
function background(element) {
  var layers = [];
  for (var node = element; node && node.nodeType === 1; node = node.parentNode) {
    var colour = parse(getComputedStyle(node).backgroundColor);
    if (colour[3] > 0) { layers.push(colour); if (colour[3] >= 1) { break; } }
  }
  var result = [255, 255, 255, 1];
  for (var i = layers.length - 1; i >= 0; i--) { result = over(layers[i], result); }
  return result;
}
function luminance(c) {
  var channels = [c[0], c[1], c[2]].map(function (v) {
    v = v / 255;
    return v <= 0.04045 ? v / 12.92 : Math.pow((v + 0.055) / 1.055, 2.4);
  });
  return 0.2126 * channels[0] + 0.7152 * channels[1] + 0.0722 * channels[2];
}
var low = [];
var walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT, null, false);
for (var text = walker.nextNode(); text; text = walker.nextNode()) {
  if (!text.nodeValue.replace(/\s/g, '')) { continue; }
  var element = text.parentNode;
  var style = getComputedStyle(element);
  var range = document.createRange();
  range.selectNodeContents(text);
  var box = range.getBoundingClientRect();
  if (style.visibility !== 'visible' || box.width === 0 || box.height === 0) { continue; }
  var hidden = false;
  for (var n = element; n && n.nodeType === 1; n = n.parentNode) {
    if (parseFloat(getComputedStyle(n).opacity) === 0) { hidden = true; break; }
  }
  if (hidden) { continue; }
  var bg = background(element);
  var fg = over(parse(style.color), bg);
  var l1 = luminance(fg), l2 = luminance(bg);
  var ratio = (Math.max(l1, l2) + 0.05) / (Math.min(l1, l2) + 0.05);
  var size = parseFloat(style.fontSize);
  var large = size >= 24 || (size >= 18.66 && parseInt(style.fontWeight, 10) >= 700);
  var needed = large ? 3 : 4.5;
  if (ratio < needed - 0.005) {
    low.push([text.nodeValue.trim().slice(0, 60), Math.round(ratio * 100) / 100, needed, style.color,
              'rgb(' + bg.slice(0, 3).map(Math.round).join(', ') + ')']);
  }
}
return low;
"""


def low_contrast_in_presenter_view(browser, deck):
    browser.get((SITE / deck).as_uri() + "?presenter#1")
    total = int(browser.find_element(By.CSS_SELECTOR, "[data-guide-deck]").get_attribute("data-count"))
    if not browser.find_elements(By.CSS_SELECTOR, ".guide-presenter"):
        raise RuntimeError(f"{deck}: ?presenter shows no presenter view")
    found = []
    for slide in range(1, total + 1):
        browser.execute_script("window.location.hash = '#' + arguments[0];", slide)
        counter = browser.find_element(By.CSS_SELECTOR, ".guide-presenter__counter").text
        if not counter.startswith(f"{slide} "):  # a missing slide, not a contrast finding
            raise RuntimeError(f"{deck}: the presenter view did not move to slide {slide} ({counter})")
        found += [(deck, slide, *row) for row in browser.execute_script(LOW_CONTRAST_TEXTS)]
    return found


def test_every_deck_has_a_presenter_view_to_check():
    assert len(DECKS) >= 10  # two whole-manual decks and one per procedure, in both languages


def test_every_text_of_the_presenter_view_has_enough_contrast(browser):
    found = []
    for deck in DECKS:
        found += low_contrast_in_presenter_view(browser, deck)
    print(f"\n{len(found)} texts under WCAG contrast in the presenter views ({browser.guide_mode}), e.g.:\n"
          + "\n".join(f"  {row}" for row in found[:15]))
    assert found == []


def test_the_contrast_check_catches_pale_text(browser, tmp_path):
    """The computation above can fail: light grey on white and white on a pale box inside a
    dark view are caught; black on white and large 3.5:1 text are not."""
    page = tmp_path / "contrast.html"
    page.write_text(
        '<!DOCTYPE html><html lang="en"><head><meta charset="utf-8"><title>c</title></head>'
        '<body style="background:#fff;color:#000"><p>black on white</p>'
        '<p style="color:#ccc">pale grey</p>'
        '<div style="background:#222;color:#eee"><p>light on dark</p>'
        '<aside style="background:rgba(255,255,200,0.9)"><p>light on a pale box</p></aside></div>'
        '<p style="color:#888;font-size:30px">large mid grey</p>'
        '<p style="display:none;color:#fff">hidden</p></body></html>', encoding="utf-8")
    browser.get(page.as_uri())
    low = browser.execute_script(LOW_CONTRAST_TEXTS)
    assert [row[0] for row in low] == ["pale grey", "light on a pale box"], low
