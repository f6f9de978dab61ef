// The request form of the pre-check page: the fields, choices, attachments and declarations
// of the chosen procedure, built from CHECK_DATA as `precheck init` writes them; read back
// into request.yaml; and the GOV.UK error pattern (the message inline at the field). ES5.
var PRECHECK = window.PRECHECK || {};
window.PRECHECK = PRECHECK;

(function () {
  'use strict';

  var DATA;
  var language;
  var container;
  var select;
  var byId = PRECHECK.byId;
  // Text for HTML, in an element or an attribute; check-page.js uses it too.
  PRECHECK.escapeHTML = function (text) {
    return String(text).replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
  };
  var escape = PRECHECK.escapeHTML;
  function plain(text) { return escape(text.replace(/\*\*/g, '').replace(/`/g, '')); }
  function key(id) { return 'cf-' + id.replace(/[^a-z0-9_\-]/gi, '-'); }
  function word(name) { return PRECHECK.word(name)[language]; }

  function errorSlot(id) { return '<p class="check-error" id="' + key(id) + '-error" hidden></p>'; }

  function textField(field) {
    var type = field.type === 'email' ? 'email' : field.type === 'thai-phone' ? 'tel' : 'text';
    return '<div class="check-field" id="' + key(field.id) + '-group"><label for="' + key(field.id) + '">' +
      plain(field.label[language]) + '</label>' + errorSlot(field.id) +
      '<input class="check-input" type="' + type + '" id="' + key(field.id) + '" data-field="' + field.id + '"></div>';
  }

  function choicesField(field) {
    var list = byId(DATA.lists, field.choices) || { items: [], partial: true };
    var html = '<fieldset class="check-field" id="' + key(field.id) + '-group"><legend>' + plain(field.label[language]) +
      '</legend>' + errorSlot(field.id);
    list.items.forEach(function (item, index) {
      var id = key(field.id) + (index ? '-' + index : '');
      html += '<p class="check-choice"><input type="checkbox" id="' + id + '" data-choice="' + field.id + '" value="' +
        escape(item.id) + '"> <label for="' + id + '">' + plain(item.label[language]) + '</label></p>';
    });
    if (list.partial) {
      var other = list.items.length ? key(field.id) + '-other' : key(field.id);
      html += '<label for="' + other + '">' + escape(word('choices.other')) + '</label>' +
        '<input class="check-input" type="text" id="' + other + '" data-choice-other="' + field.id + '">';
    }
    return html + '</fieldset>';
  }

  function assignmentField(field) {
    var list = byId(DATA.lists, field.choices) || { items: [] };
    var html = '<fieldset class="check-field" id="' + key(field.id) + '-group"><legend>' + plain(field.label[language]) +
      '</legend>' + errorSlot(field.id);
    var options = [{ id: '', label: PRECHECK.word('assignment.none') }].concat(list.items);
    options.forEach(function (item, index) {
      var id = key(field.id) + (index ? '-' + index : '');
      html += '<p class="check-choice"><input type="radio" name="' + key(field.id) + '" id="' + id +
        '" data-assignment="' + field.id + '" value="' + escape(item.id) + '"' + (index ? '' : ' checked') +
        '> <label for="' + id + '">' + plain(item.label[language]) + '</label></p>';
    });
    html += '<label for="' + key(field.id + '.unit') + '">' + escape(word('assignment.unit')) + '</label>' +
      '<input class="check-input" type="text" id="' + key(field.id + '.unit') + '" data-assignment-unit="' + field.id + '">' +
      '<p class="check-choice"><input type="checkbox" id="' + key(field.id + '.second_station') + '" data-assignment-station="' +
      field.id + '"> <label for="' + key(field.id + '.second_station') + '">' + escape(word('assignment.second-station')) + '</label></p>';
    return html + '</fieldset>';
  }

  function attachmentField(role, index) {
    var id = 'attachments[' + index + ']';
    var accept = role.types.map(function (t) { return '.' + t; }).join(',');
    var html = '<fieldset class="check-field" id="' + key(id) + '-group"><legend>' + plain(role.title[language]) + '</legend>' +
      errorSlot(id) + '<label for="' + key(id + '.file') + '">' + escape(word('attachment.file')) + '</label>' +
      '<input type="file" id="' + key(id + '.file') + '" accept="' + accept + '" data-role="' + role.id + '">';
    role.declarations.forEach(function (declarationID) {
      var declaration = byId(DATA.declarations, declarationID);
      html += '<p class="check-choice"><input type="checkbox" id="' + key(id + '.' + declarationID) + '" data-declaration="' +
        declarationID + '" data-role-of="' + role.id + '"> <label for="' + key(id + '.' + declarationID) + '">' +
        plain(declaration ? declaration.label[language] : declarationID) + '</label></p>';
    });
    return html + '</fieldset>';
  }

  function render() {
    var procedure = byId(DATA.procedures, select.value);
    if (!procedure) { container.innerHTML = ''; return; }
    var html = '';
    procedure.fields.forEach(function (id) {
      var field = byId(DATA.fields, id);
      if (!field) { return; }
      html += field.type === 'choices' ? choicesField(field) : field.type === 'assignment' ? assignmentField(field) : textField(field);
    });
    if (procedure.attachments.length) {
      html += '<h3>' + escape(word('attachments.heading')) + '</h3>';
      procedure.attachments.forEach(function (roleID, index) {
        var role = byId(DATA.roles, roleID);
        if (role) { html += attachmentField(role, index); }
      });
    }
    container.innerHTML = html;
  }

  function all(selector) {
    var list = container.querySelectorAll(selector);
    var out = [];
    for (var i = 0; i < list.length; i++) { out.push(list[i]); }
    return out;
  }

  PRECHECK.form = {
    build: function (lang, procedureSelect, fieldsContainer) {
      DATA = window.CHECK_DATA;
      language = lang;
      select = procedureSelect;
      container = fieldsContainer;
      select.addEventListener('change', render, false);
      render();
    },

    // The form's answers: {procedure, fields: [{id, type, value}], attachments: [{role, file, declarations}]}.
    read: function () {
      var procedure = byId(DATA.procedures, select.value);
      var form = { procedure: procedure.id, fields: [], attachments: [] };
      procedure.fields.forEach(function (id) {
        var field = byId(DATA.fields, id);
        if (!field) { return; }
        if (field.type === 'choices') {
          var chosen = all('[data-choice="' + id + '"]').filter(function (c) { return c.checked; }).map(function (c) { return c.value; });
          all('[data-choice-other="' + id + '"]').forEach(function (input) {
            input.value.split(',').forEach(function (part) { if (part.trim()) { chosen.push(part.trim()); } });
          });
          form.fields.push({ id: id, type: 'choices', value: chosen });
        } else if (field.type === 'assignment') {
          var kind = all('[data-assignment="' + id + '"]').filter(function (r) { return r.checked; })[0];
          if (kind && kind.value) {
            form.fields.push({ id: id, type: 'assignment', value: {
              kind: kind.value, unit: all('[data-assignment-unit="' + id + '"]')[0].value,
              second_station: all('[data-assignment-station="' + id + '"]')[0].checked
            } });
          }
        } else {
          form.fields.push({ id: id, type: 'text', value: all('[data-field="' + id + '"]')[0].value, optional: field.optional });
        }
      });
      all('[data-role]').forEach(function (input) {
        var declarations = {};
        all('[data-role-of="' + input.getAttribute('data-role') + '"]').forEach(function (box) {
          declarations[box.getAttribute('data-declaration')] = box.checked;
        });
        form.attachments.push({ role: input.getAttribute('data-role'), file: input.files && input.files[0], declarations: declarations });
      });
      return form;
    },

    // request.yaml as `precheck init` lays it out, every answer quoted.
    yaml: function (form) {
      var q = function (text) { return JSON.stringify(text); };
      var lines = ['bundle: 1', 'procedure: ' + form.procedure];
      var group = null;
      form.fields.forEach(function (field) {
        var parts = field.id.split('.');
        if (parts.length === 2 && parts[0] !== group) { group = parts[0]; lines.push(group + ':'); }
        if (parts.length === 1) { group = null; }
        var indent = parts.length === 2 ? '  ' : '';
        var name = parts[parts.length - 1];
        if (field.type === 'choices') {
          lines.push(indent + name + ': [' + field.value.map(q).join(', ') + ']');
        } else if (field.type === 'assignment') {
          lines.push(indent + name + ':', indent + '  kind: ' + q(field.value.kind));
          if (field.value.unit.trim() || field.value.kind === 'secondment') { lines.push(indent + '  unit: ' + q(field.value.unit)); }
          lines.push(indent + '  second_station: ' + (field.value.second_station ? 'true' : 'false'));
        } else if (!(field.optional && field.value.trim() === '')) {
          lines.push(indent + name + ': ' + q(field.value));
        }
      });
      var attached = form.attachments.filter(function (a) { return a.file; });
      lines.push(attached.length ? 'attachments:' : 'attachments: []');
      attached.forEach(function (a) {
        lines.push('  - file: ' + q(a.file.name), '    role: ' + a.role);
        for (var name in a.declarations) {
          if (a.declarations.hasOwnProperty(name)) { lines.push('    ' + name + ': ' + (a.declarations[name] ? 'true' : 'false')); }
        }
      });
      return lines.join('\n') + '\n';
    },

    utf8Bytes: function (text) {
      var binary = unescape(encodeURIComponent(text));
      var bytes = new Uint8Array(binary.length);
      for (var i = 0; i < binary.length; i++) { bytes[i] = binary.charCodeAt(i); }
      return bytes;
    },

    // The id of the form control a finding is about, for the error summary's link.
    target: function (finding) {
      var path = finding.path || '';
      var candidates = [path, path.replace(/\[\d+\]$/, ''), path.replace(/\.[^.]*$/, '')];
      if (finding.rule === 'attachment.missing') {
        var procedure = byId(DATA.procedures, select.value);
        var index = procedure ? procedure.attachments.indexOf(finding.values.value.en) : -1;
        candidates.unshift('attachments[' + index + '].file');
      }
      for (var i = 0; i < candidates.length; i++) {
        if (candidates[i] && document.getElementById(key(candidates[i]))) { return key(candidates[i]); }
      }
      return null;
    },

    clearErrors: function () {
      all('.check-error').forEach(function (slot) { slot.setAttribute('hidden', ''); slot.innerHTML = ''; });
      all('.check-field--error').forEach(function (group) { group.className = group.className.replace(' check-field--error', ''); });
    },

    // The same words next to the field, as GOV.UK's error pattern asks.
    showErrors: function (findings, message) {
      findings.forEach(function (finding) {
        if (finding.severity !== 'error') { return; }
        var target = PRECHECK.form.target(finding);
        if (!target) { return; }
        var base = target.replace(/-file$|-(signed_by_unit_head|certified_copy)$/, '');
        var group = document.getElementById(base + '-group') || document.getElementById(target + '-group');
        var slot = group && group.querySelector('.check-error');
        if (!slot) { return; }
        slot.removeAttribute('hidden');
        slot.innerHTML += '<span>' + escape(message(finding).message.replace(/`/g, '')) + '</span> ';
        if (group.className.indexOf('check-field--error') < 0) { group.className += ' check-field--error'; }
      });
    }
  };
}());
