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
})();
