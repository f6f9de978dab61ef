// The checks of one request field, chosen by the field's type in fields.yaml: precheck's
// FieldRules.swift, rule for rule. ES5.
var PRECHECK = window.PRECHECK || {};
window.PRECHECK = PRECHECK;

(function () {
  'use strict';

  var get = PRECHECK.get;
  var text = PRECHECK.text;
  var same = PRECHECK.same;
  function listById(id) { return PRECHECK.byId(window.CHECK_DATA.lists, id); }

  PRECHECK.fieldRules = function (run, manifest, procedure, field) {
    var help = procedure.fieldHelp[field.id] || procedure.id + '/index.html#before';
    function add(rule, line, values, path) {
      values = values || {};
      if (!values.label) { values.label = field.label; }
      if (!values.path) { values.path = same(field.id); }
      run.add(rule, { path: path || field.id, file: run.manifestName, line: line || 1, values: values, help: help });
    }
    var value = PRECHECK.at(manifest, field.id);
    if (field.type === 'choices') { return choices(field, value, add, manifest); }
    if (field.type === 'assignment') { return assignment(field, value, add); }
    if (!value) { if (!field.optional) { add('field.missing'); } return; }
    var words = text(value);
    if (words === null) { return add('field.type', value.line, { expected: PRECHECK.word('text') }); }
    if (words.trim() === '') { if (!field.optional) { add('field.blank', value.line); } return; }
    if (field.type === 'national-id') {
      var problem = PRECHECK.nationalID(words);
      if (problem) {
        var kept = PRECHECK.arabicDigits(words).replace(/[\- ]/g, '');
        add('officer.national-id', value.line, {
          value: same(PRECHECK.maskID(words)), detail: PRECHECK.word(problem, { count: kept.length })
        });
      }
    } else if (field.type === 'thai-phone') {
      if (!PRECHECK.thaiPhone(words)) { add('contact.phone', value.line, { value: same(words) }); }
    } else if (field.type === 'email') {
      if (!PRECHECK.email(words)) { add('contact.email', value.line, { value: same(words) }); }
    }
  };

  function choices(field, value, add, manifest) {
    var list = field.choices ? listById(field.choices) : null;
    var items = [];
    if (value && value.type === 'list') {
      items = value.value;
    } else if (value) {
      return add('field.type', value.line, { expected: PRECHECK.word('list') });
    }
    var known = list ? list.items.map(function (item) { return item.id; }) : [];
    items.forEach(function (item, index) {
      var id = text(item) || '';
      if (known.indexOf(id) >= 0) { return; }
      // A list the manual gives only in part cannot prove an unknown id wrong.
      add(list && list.partial ? 'selection.unlisted' : 'selection.unknown', item.line, {
        value: same(id), expected: same(known.length ? known.join(', ') : '\u2014'),
        label: list ? list.title : field.label
      }, field.id + '[' + index + ']');
    });
    var excused = field.unless ? PRECHECK.at(manifest, field.unless) !== null : false;
    if (items.length < field.minimum && !excused) {
      if (field.unless) {
        add('selection.too-few-unless', value && value.line, { expected: same(field.minimum), value: same(field.unless) });
      } else if (!value) {
        add('field.missing');
      } else {
        add('selection.too-few', value.line, { expected: same(field.minimum) });
      }
    }
  }

  function assignment(field, value, add) {
    if (!value) { if (!field.optional) { add('field.missing'); } return; }
    if (value.type !== 'map') { return add('field.type', value.line, { expected: PRECHECK.word('assignment.map') }); }
    var list = field.choices ? listById(field.choices) : null;
    var known = list ? list.items : [];
    var kindNode = get(value, 'kind');
    var kindID = text(kindNode) || '';
    var kind = null;
    known.forEach(function (item) { if (item.id === kindID) { kind = item; } });
    if (!kind) {
      return add('selection.unknown', kindNode ? kindNode.line : value.line, {
        value: same(kindID), expected: same(known.map(function (i) { return i.id; }).join(', ')),
        label: list ? list.title : field.label
      }, field.id + '.kind');
    }
    var unitNode = get(value, 'unit');
    var unit = (text(unitNode) || '').trim();
    if (kind.needsUnit && unit === '') {
      add('assignment.unit-missing', value.line, {}, field.id + '.unit');
    } else if (!kind.needsUnit && unitNode) {
      add('assignment.unit-unexpected', unitNode.line, {}, field.id + '.unit');
    }
    var station = get(value, 'second_station');
    if (station && text(station) !== 'true' && text(station) !== 'false') {
      add('field.type', station.line, {
        expected: PRECHECK.word('boolean'), label: PRECHECK.word('second-station.label'),
        path: same(field.id + '.second_station')
      }, field.id + '.second_station');
    }
  }
}());
