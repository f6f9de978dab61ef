"""Chrome 38 in a modern Chromium: the script that deletes, before any page script runs,
every API that Chrome 38 lacks (MDN browser-compat-data, data/chrome38-missing-apis.tsv).

Officers' PCs run Chrome 38 or older (CRIMES demands it), and Debian has no such browser.
A page script that calls `Array.from` or reads `event.key` works in the tests' Chromium and
throws on an officer's PC; with these APIs gone it throws in the tests too.

What the list names and how it is taken away:
- a whole interface or built-in (`api.URLSearchParams`, `api.fetch`, `javascript.Proxy`):
  the global is deleted;
- a member (`api.Element.closest`, `api.KeyboardEvent.key`, `javascript.Array.from`,
  `javascript.String.includes`): deleted from the prototype that holds it (or from the
  constructor, for `_static` members and the built-ins' own functions); a member that the
  prototype only inherits (from a parent that has had it longer) is hidden under an
  `undefined` of its own;
- members of `Window` are deleted from the window itself, where Chromium keeps them.

What cannot be taken away, and is left to other checks (written down so nobody thinks
it is covered): sub-features (`api.fetch.options_parameter…`, a parameter or behaviour),
events (`…_event`), constructors of interfaces Chrome 38 had (`api.Event.Event`),
properties that are not configurable (the well-known symbols), and syntax (the ES5 check,
es5_check.js). Symbol-keyed members (`@@iterator`) are kept, as only ES2015 syntax uses
them; so are RegExp's flag getters: V8's own `replace` and `split` read them once the
prototype is touched, which would break code that Chrome 38 ran correctly.

ChromeDriver runs its own helpers in the page's world too, and they need a few of these APIs
(found by running the driver's commands with everything deleted). Those few stay, but a
call from a page script (a frame with a file:// or http:// address in the stack; the
driver's and the tests' scripts have none) throws as if the API were missing. Two are
interfaces the driver tests with `instanceof` and stay as they are (DRIVER_KEEPS).

Checking the caller costs time on every call, and axe-core calls Array.prototype.includes
very often: tests pause the guards while their own tools run (pause_guards), when no
page script is running.

The outcome is left on the page as window.__guideChrome38 = {removed, hidden, guarded,
stuck, paused}."""
import json
import pathlib

DATA = pathlib.Path(__file__).resolve().parent / "data/chrome38-missing-apis.tsv"

# Not deleted, with the reason (see the module's docstring).
KEPT = {
    "javascript.RegExp": "V8's replace/split read the flag getters once RegExp.prototype is touched",
}
# Well-known symbols are not configurable, and only ES2015 syntax uses them.
WELL_KNOWN_SYMBOLS = {"asyncDispose", "asyncIterator", "dispose", "hasInstance", "isConcatSpreadable",
                      "iterator", "match", "matchAll", "replace", "search", "species", "split",
                      "toPrimitive", "toStringTag"}

# Needed by ChromeDriver's helpers: [owner, member, where it lives], guarded (see above).
DRIVER_GUARDS = [["Object", "hasOwn", "static"], ["Array", "includes", "prototype"],
                 ["Window", "visualViewport", "window"]]
# Interfaces ChromeDriver's helpers test with `instanceof`: kept, unguarded.
DRIVER_KEEPS = {"api.ShadowRoot", "api.DOMRect"}


def missing_apis(path=DATA):
    """(path, version) of every feature Chrome 38 lacks, in the file's order."""
    rows = []
    for line in path.read_text(encoding="utf-8").splitlines():
        if line and not line.startswith("#"):
            feature, version = line.split("\t")
            rows.append((feature, version))
    return rows


def plan(rows=None):
    """What to delete: globals, [interface, member, is_static] and [builtin, member]."""
    rows = missing_apis() if rows is None else rows
    features = {feature for feature, _ in rows}
    globals_, members, builtins = [], [], []
    for feature in sorted(features):
        parts = feature.split(".")
        area = parts[0]
        if any(feature == k or feature.startswith(k + ".") for k in [*KEPT, *DRIVER_KEEPS]):
            continue
        if parts[1:] in [g[:2] for g in DRIVER_GUARDS]:
            continue
        if parts[:2] == ["javascript", "Symbol"] and len(parts) > 2 and parts[2] in WELL_KNOWN_SYMBOLS:
            continue
        if len(parts) == 2:
            globals_.append(parts[1])
            continue
        if len(parts) != 3:
            continue  # a sub-feature: a parameter or a behaviour, nothing to delete
        owner, member = parts[1], parts[2]
        if f"{area}.{owner}" in features:
            continue  # the whole interface goes
        if member == owner or member.startswith("@@") or member.endswith("_event"):
            continue
        if area == "api":
            is_static = member.endswith("_static")
            members.append([owner, member[: -len("_static")] if is_static else member, is_static])
        else:
            builtins.append([owner, member])
    return globals_, members, builtins


SCRIPT = r"""
(function (globals, members, builtins, guards) {
  var own = Object.prototype.hasOwnProperty;
  var report = { removed: 0, hidden: 0, guarded: 0, stuck: [], paused: false };
  function guard(holder, name, label) {
    var described = holder && Object.getOwnPropertyDescriptor(holder, name);
    if (!described) { return; }
    var probe = {};
    function callerAddress(callSites) { return callSites.length ? callSites[0].getFileName() || '' : ''; }
    function wrap(f) {
      var wrapper = function () {
        // Paused by the tests while their own tools (axe) run: page scripts are idle then.
        if (report.paused) { return f.apply(this, arguments); }
        // V8's call sites give the caller's address without formatting a whole stack,
        // which keeps the driver's and axe's many calls cheap.
        var prepare = Error.prepareStackTrace;
        var limit = Error.stackTraceLimit;
        Error.prepareStackTrace = function (error, callSites) { return callerAddress(callSites); };
        Error.stackTraceLimit = 1;
        Error.captureStackTrace(probe, wrapper);
        var address = probe.stack;
        Error.prepareStackTrace = prepare;
        Error.stackTraceLimit = limit;
        if (/^(file|https?):/.test(address)) { throw new TypeError(label + ' is not in Chrome 38'); }
        return f.apply(this, arguments);
      };
      return wrapper;
    }
    if (typeof described.value === 'function') { described.value = wrap(described.value); }
    if (described.get) { described.get = wrap(described.get); }
    Object.defineProperty(holder, name, described);
    report.guarded++;
  }
  guards.forEach(function (g) {
    var holder = g[2] === 'window' ? window : g[2] === 'static' ? window[g[0]] : window[g[0]].prototype;
    guard(holder, g[1], g[0] + '.' + g[1]);
  });
  function remove(holder, name, label) {
    if (!holder || !own.call(holder, name)) { return false; }
    try { delete holder[name]; } catch (e) { /* not configurable: reported below */ }
    if (own.call(holder, name)) { report.stuck.push(label); } else { report.removed++; }
    return true;
  }
  function hide(holder, name, label) {
    try {
      Object.defineProperty(holder, name, { value: undefined, writable: true, configurable: true });
      report.hidden++;
    } catch (e) { report.stuck.push(label); }
  }
  function builtin(name) {
    if (name === 'TypedArray') { return Object.getPrototypeOf(Int8Array); }
    return own.call(window, name) ? window[name] : undefined;
  }
  members.forEach(function (m) {
    var owner = m[0], name = m[1], label = m[0] + '.' + m[1];
    if (owner === 'Window') {
      remove(window, name, label);
      remove(window.Window && Window.prototype, name, label);
      return;
    }
    var type = own.call(window, owner) ? window[owner] : undefined;
    if (!type) { return; }
    var holder = m[2] ? type : type.prototype;
    if (!holder) { return; }
    if (!remove(holder, name, label) && name in holder) { hide(holder, name, label); }
  });
  builtins.forEach(function (b) {
    var type = builtin(b[0]), label = b[0] + '.' + b[1];
    if (!type) { return; }
    remove(type, b[1], label);
    remove(type.prototype, b[1], label);
  });
  // Globals last: the members above are found through them.
  globals.forEach(function (name) { remove(window, name, name); });
  Object.defineProperty(window, '__guideChrome38', { value: report, enumerable: false });
}(%s, %s, %s, %s));
"""


def stripping_script():
    globals_, members, builtins = plan()
    return SCRIPT % (json.dumps(globals_), json.dumps(members), json.dumps(builtins), json.dumps(DRIVER_GUARDS))


def pause_guards(driver, paused):
    """Lets the tests' own tools (axe-core) call the guarded APIs at full speed."""
    driver.execute_script("if (window.__guideChrome38) { window.__guideChrome38.paused = arguments[0]; }", paused)
