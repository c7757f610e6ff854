// Yiti's only script. No inline JS anywhere (the Content-Security-Policy forbids it).
(function () {
  'use strict';

  function csrf() {
    var token = document.querySelector('meta[name="_csrf"]');
    var header = document.querySelector('meta[name="_csrf_header"]');
    return token && header ? { header: header.content, token: token.content } : null;
  }

  // Every htmx request carries the CSRF token, like the forms do.
  document.addEventListener('htmx:configRequest', function (event) {
    var c = csrf();
    if (c) {
      event.detail.headers[c.header] = c.token;
    }
  });

  // A request that failed (server error, network) must not fail silently.
  function showError() {
    var box = document.getElementById('htmx-error');
    if (!box) return;
    box.classList.remove('d-none');
    window.setTimeout(function () { box.classList.add('d-none'); }, 6000);
  }
  document.addEventListener('htmx:responseError', showError);
  document.addEventListener('htmx:sendError', showError);

  // Required fields say so next to their label (the input's own `required` tells assistive technology).
  function markRequired(root) {
    (root || document).querySelectorAll('input[required], select[required], textarea[required]').forEach(function (input) {
      if (!input.id) return;
      var label = document.querySelector('label[for="' + input.id + '"]');
      if (label) label.classList.add('required');
    });
  }
  document.addEventListener('DOMContentLoaded', function () { markRequired(document); });
  document.addEventListener('htmx:afterSettle', function (event) { markRequired(event.target); });

  // Back from an expired session: what the refused form held is filled in again (the layout's inert template).
  document.addEventListener('DOMContentLoaded', function () {
    var kept = document.getElementById('restored-form');
    if (!kept) return;
    var form = Array.prototype.find.call(document.forms, function (f) {
      return new URL(f.action, window.location.href).pathname === kept.dataset.action;
    });
    if (!form) return;
    var seen = {};
    kept.content.querySelectorAll('input').forEach(function (saved) {
      var fields = form.querySelectorAll('[name="' + CSS.escape(saved.name) + '"]');
      var index = seen[saved.name] || 0;
      seen[saved.name] = index + 1;
      var field = fields[index];
      if (!field || field.type === 'hidden' || field.type === 'file') return;
      if (field.type === 'checkbox' || field.type === 'radio') {
        form.querySelectorAll('[name="' + CSS.escape(saved.name) + '"]').forEach(function (box) {
          if (box.value === saved.value) box.checked = true;
        });
      } else {
        field.value = saved.value;
      }
    });
  });

  // Destructive actions ask first: <form data-confirm="Really?">.
  document.addEventListener('submit', function (event) {
    var form = event.target;
    if (form instanceof HTMLFormElement && form.dataset.confirm && !window.confirm(form.dataset.confirm)) {
      event.preventDefault();
      event.stopImmediatePropagation();
    }
  }, true);
  document.addEventListener('htmx:confirm', function (event) {
    var form = event.target.closest && event.target.closest('form[data-confirm]');
    if (form && event.detail.elt === form) {
      event.preventDefault();
      if (window.confirm(form.dataset.confirm)) {
        event.detail.issueRequest(true);
      }
    }
  });

  // Pipeline board: dragging a card onto a column does what choosing the stage in the card's selector does.
  document.addEventListener('dragstart', function (event) {
    var card = event.target.closest && event.target.closest('.pipeline-card[draggable="true"]');
    if (card) {
      event.dataTransfer.setData('text/plain', card.dataset.id);
      event.dataTransfer.effectAllowed = 'move';
    }
  });
  document.addEventListener('dragover', function (event) {
    var column = event.target.closest && event.target.closest('.pipeline-column');
    if (column) {
      event.preventDefault();
      column.classList.add('drop-target');
    }
  });
  document.addEventListener('dragleave', function (event) {
    var column = event.target.closest && event.target.closest('.pipeline-column');
    if (column && !column.contains(event.relatedTarget)) {
      column.classList.remove('drop-target');
    }
  });
  document.addEventListener('drop', function (event) {
    var column = event.target.closest && event.target.closest('.pipeline-column');
    if (!column) return;
    event.preventDefault();
    column.classList.remove('drop-target');
    var card = document.getElementById('card-' + event.dataTransfer.getData('text/plain'));
    var select = card && card.querySelector('select[name="stage"]');
    if (select && select.value !== column.dataset.stage) {
      select.value = column.dataset.stage;
      select.dispatchEvent(new Event('change', { bubbles: true }));
    }
  });
})();
