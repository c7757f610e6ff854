// Passkeys (WebAuthn) with Spring Security's endpoints: register on the second-factor page, sign in from the
// login and code pages. No inline script: the buttons carry data attributes, this file binds them.
(function () {
  'use strict';

  function toBase64Url(buffer) {
    var bytes = new Uint8Array(buffer);
    var text = '';
    for (var i = 0; i < bytes.length; i++) {
      text += String.fromCharCode(bytes[i]);
    }
    return btoa(text).replace(/\+/g, '-').replace(/\//g, '_').replace(/=+$/, '');
  }

  function fromBase64Url(value) {
    var base64 = value.replace(/-/g, '+').replace(/_/g, '/');
    while (base64.length % 4) {
      base64 += '=';
    }
    var text = atob(base64);
    var bytes = new Uint8Array(text.length);
    for (var i = 0; i < text.length; i++) {
      bytes[i] = text.charCodeAt(i);
    }
    return bytes.buffer;
  }

  function headers() {
    var result = { 'Content-Type': 'application/json', 'Accept': 'application/json' };
    var token = document.querySelector('meta[name="_csrf"]');
    var header = document.querySelector('meta[name="_csrf_header"]');
    if (token && header) {
      result[header.getAttribute('content')] = token.getAttribute('content');
    }
    return result;
  }

  function post(url, body) {
    return fetch(url, {
      method: 'POST',
      credentials: 'same-origin',
      headers: headers(),
      body: body === undefined ? undefined : JSON.stringify(body)
    }).then(function (response) {
      if (!response.ok) {
        throw new Error('HTTP ' + response.status);
      }
      return response.json();
    });
  }

  function fail(error) {
    var box = document.getElementById('passkey-error');
    if (box) {
      box.classList.remove('d-none');
    }
    if (window.console) {
      window.console.warn('passkey', error);
    }
  }

  function signIn(context) {
    return post(context + 'webauthn/authenticate/options').then(function (options) {
      options.challenge = fromBase64Url(options.challenge);
      options.allowCredentials = (options.allowCredentials || []).map(function (c) {
        return Object.assign({}, c, { id: fromBase64Url(c.id) });
      });
      return navigator.credentials.get({ publicKey: options });
    }).then(function (credential) {
      var response = credential.response;
      return post(context + 'login/webauthn', {
        id: credential.id,
        rawId: toBase64Url(credential.rawId),
        response: {
          authenticatorData: toBase64Url(response.authenticatorData),
          clientDataJSON: toBase64Url(response.clientDataJSON),
          signature: toBase64Url(response.signature),
          userHandle: response.userHandle ? toBase64Url(response.userHandle) : undefined
        },
        credType: credential.type,
        clientExtensionResults: credential.getClientExtensionResults(),
        authenticatorAttachment: credential.authenticatorAttachment
      });
    }).then(function (result) {
      if (!result || !result.authenticated) {
        throw new Error('not authenticated');
      }
      window.location.href = result.redirectUrl || context;
    });
  }

  function register(context, label) {
    return post(context + 'webauthn/register/options').then(function (options) {
      options.challenge = fromBase64Url(options.challenge);
      options.user = Object.assign({}, options.user, { id: fromBase64Url(options.user.id) });
      options.excludeCredentials = (options.excludeCredentials || []).map(function (c) {
        return Object.assign({}, c, { id: fromBase64Url(c.id) });
      });
      return navigator.credentials.create({ publicKey: options });
    }).then(function (credential) {
      var response = credential.response;
      return post(context + 'webauthn/register', {
        publicKey: {
          credential: {
            id: credential.id,
            rawId: toBase64Url(credential.rawId),
            response: {
              attestationObject: toBase64Url(response.attestationObject),
              clientDataJSON: toBase64Url(response.clientDataJSON),
              transports: response.getTransports ? response.getTransports() : []
            },
            type: credential.type,
            clientExtensionResults: credential.getClientExtensionResults(),
            authenticatorAttachment: credential.authenticatorAttachment
          },
          label: label
        }
      });
    }).then(function (result) {
      if (!result || !result.success) {
        throw new Error('not registered');
      }
      window.location.reload();
    });
  }

  document.addEventListener('DOMContentLoaded', function () {
    var signInButton = document.getElementById('passkey-sign-in');
    if (signInButton) {
      if (!window.PublicKeyCredential) {
        signInButton.classList.add('d-none');
      }
      signInButton.addEventListener('click', function () {
        signIn(signInButton.getAttribute('data-context')).catch(fail);
      });
    }
    var form = document.getElementById('passkey-register');
    if (form) {
      form.addEventListener('submit', function (event) {
        event.preventDefault();
        var label = document.getElementById('passkey-label');
        if (!label.value.trim()) {
          label.classList.add('is-invalid');
          label.focus();
          return;
        }
        label.classList.remove('is-invalid');
        register(form.getAttribute('data-context'), label.value.trim()).catch(fail);
      });
    }
  });
})();
