// Passkeys: "Add a passkey" in Security Settings, "Sign in with a passkey" on the sign-in page and
// "Use a passkey" as the second step of a password sign-in.
// Both call Spring Security's WebAuthn endpoints with the page's CSRF token; texts come from the page.
(function () {
    'use strict';

    function toBytes(base64url) {
        var base64 = base64url.replace(/-/g, '+').replace(/_/g, '/');
        var binary = window.atob(base64);
        var bytes = new Uint8Array(binary.length);
        for (var i = 0; i < binary.length; i++) {
            bytes[i] = binary.charCodeAt(i);
        }
        return bytes.buffer;
    }

    function toBase64url(buffer) {
        var bytes = new Uint8Array(buffer);
        var binary = '';
        for (var i = 0; i < bytes.length; i++) {
            binary += String.fromCharCode(bytes[i]);
        }
        return window.btoa(binary).replace(/=+$/, '').replace(/\+/g, '-').replace(/\//g, '_');
    }

    function post(url, element, body) {
        var headers = { 'Content-Type': 'application/json', 'Accept': 'application/json' };
        // The token of the page's own forms (every page with a POST form has one).
        var token = document.querySelector('input[name="_csrf"]');
        headers[element.dataset.csrfHeader] = token ? token.value : '';
        return fetch(url, {
            method: 'POST', headers: headers, credentials: 'same-origin',
            body: body === undefined ? undefined : JSON.stringify(body)
        });
    }

    function descriptors(list) {
        return (list || []).map(function (c) { return Object.assign({}, c, { id: toBytes(c.id) }); });
    }

    var supported = !!(window.PublicKeyCredential && navigator.credentials);

    // Security Settings: name, then create the credential, then let Spring verify and store it.
    var form = document.getElementById('passkey-form');
    if (form) {
        var input = document.getElementById('passkey-name');
        var error = document.getElementById('passkey-name-error');
        var button = document.getElementById('passkey-add');
        var showError = function (message) {
            error.textContent = message;
            error.className = 'field-error';
            error.hidden = false;
            input.setAttribute('aria-invalid', 'true');
            input.setAttribute('aria-describedby', 'passkey-name-help passkey-name-error');
            input.focus();
        };
        var clearError = function () {
            error.textContent = '';
            error.className = '';
            error.hidden = true;
            input.removeAttribute('aria-invalid');
            input.setAttribute('aria-describedby', 'passkey-name-help');
        };
        if (!supported) {
            document.getElementById('passkey-unsupported').hidden = false;
        }
        else {
            button.disabled = false;
        }
        form.addEventListener('submit', async function (event) {
            event.preventDefault();
            clearError();
            var name = input.value.trim();
            if (!name) {
                showError(form.dataset.msgRequired);
                return;
            }
            if (name.length > input.maxLength) {
                showError(form.dataset.msgTooLong);
                return;
            }
            button.disabled = true;
            button.setAttribute('aria-busy', 'true');
            try {
                var answer = await post(form.action.replace(/\/security$/, '') + '/webauthn/register/options', form);
                if (!answer.ok) {
                    throw new Error('options ' + answer.status);
                }
                var options = await answer.json();
                var credential;
                try {
                    credential = await navigator.credentials.create({
                        publicKey: Object.assign({}, options, {
                            challenge: toBytes(options.challenge),
                            user: Object.assign({}, options.user, { id: toBytes(options.user.id) }),
                            excludeCredentials: descriptors(options.excludeCredentials)
                        })
                    });
                }
                catch (cancelled) {
                    showError(form.dataset.msgCancelled);
                    return;
                }
                var response = credential.response;
                var stored = await post(form.action.replace(/\/security$/, '') + '/webauthn/register', form, {
                    publicKey: {
                        label: name,
                        credential: {
                            id: credential.id,
                            rawId: toBase64url(credential.rawId),
                            type: credential.type,
                            authenticatorAttachment: credential.authenticatorAttachment,
                            clientExtensionResults: credential.getClientExtensionResults(),
                            response: {
                                attestationObject: toBase64url(response.attestationObject),
                                clientDataJSON: toBase64url(response.clientDataJSON),
                                transports: response.getTransports ? response.getTransports() : []
                            }
                        }
                    }
                });
                if (stored.status === 422) {
                    var problem = await stored.json();
                    showError((problem.errors && problem.errors.label) || form.dataset.msgFailed);
                    return;
                }
                var result = stored.ok ? await stored.json() : null;
                if (!result || !result.success) {
                    throw new Error('register ' + stored.status);
                }
                window.location.assign(form.action + '?passkeyAdded#passkeys');
            }
            catch (failed) {
                showError(form.dataset.msgFailed);
            }
            finally {
                button.disabled = false;
                button.removeAttribute('aria-busy');
            }
        });
    }

    // Sign-in page and the second step of signing in: a discoverable credential, so no email is asked for.
    document.querySelectorAll('button[data-passkey-signin]').forEach(function (signIn) {
        if (!supported) {
            return;
        }
        var signInError = document.getElementById(signIn.dataset.error);
        var failedText = signInError.textContent;
        var base = signIn.dataset.context.replace(/\/$/, '');
        signIn.disabled = false;
        signIn.addEventListener('click', async function () {
            signInError.hidden = true;
            signIn.disabled = true;
            signIn.setAttribute('aria-busy', 'true');
            try {
                var answer = await post(base + '/webauthn/authenticate/options', signIn);
                if (!answer.ok) {
                    throw new Error('options ' + answer.status);
                }
                var options = await answer.json();
                var assertion = await navigator.credentials.get({
                    publicKey: Object.assign({}, options, {
                        challenge: toBytes(options.challenge),
                        allowCredentials: descriptors(options.allowCredentials)
                    })
                });
                var response = assertion.response;
                var result = await post(base + '/login/webauthn', signIn, {
                    id: assertion.id,
                    rawId: toBase64url(assertion.rawId),
                    type: assertion.type,
                    authenticatorAttachment: assertion.authenticatorAttachment,
                    clientExtensionResults: assertion.getClientExtensionResults(),
                    response: {
                        authenticatorData: toBase64url(response.authenticatorData),
                        clientDataJSON: toBase64url(response.clientDataJSON),
                        signature: toBase64url(response.signature),
                        userHandle: response.userHandle ? toBase64url(response.userHandle) : undefined
                    }
                });
                if (result.status === 403) {
                    // "Require SSO": the problem says, in the person's language, to use the company's sign-in.
                    var problem = await result.json().catch(function () { return null; });
                    var refused = new Error('sign-in 403');
                    refused.detail = (problem && problem.code === 'SSO_REQUIRED') ? problem.detail : null;
                    throw refused;
                }
                var body = result.ok ? await result.json() : null;
                if (!body || !body.authenticated || !body.redirectUrl) {
                    throw new Error('sign-in ' + result.status);
                }
                window.location.assign(body.redirectUrl);
            }
            catch (failed) {
                signInError.textContent = failed.detail || failedText;
                signInError.hidden = false;
                signIn.disabled = false;
                signIn.removeAttribute('aria-busy');
                signIn.focus();
            }
        });
    });
})();
