// Email first: when the email changes, ask whether its domain signs in through a company's identity
// provider; with "Require SSO" the password field is hidden. Without JavaScript the form's
// "Sign in with single sign-on" button does the same on the server.
(function () {
  var email = document.getElementById('email');
  var choice = document.getElementById('sso-choice');
  var password = document.getElementById('password-field');
  if (!email || !choice) {
    return;
  }
  function ask() {
    var value = email.value.trim();
    if (value.indexOf('@') < 1) {
      choice.innerHTML = '';
      if (password) { password.hidden = false; }
      return;
    }
    fetch(choice.dataset.lookup + '?email=' + encodeURIComponent(value), { headers: { 'Accept': 'text/html' } })
      .then(function (r) { return r.ok ? r.text() : ''; })
      .then(function (html) {
        var doc = new DOMParser().parseFromString(html, 'text/html');
        var fresh = doc.getElementById('sso-choice');
        choice.innerHTML = fresh ? fresh.innerHTML : '';
        var required = fresh && fresh.dataset.ssoRequired === 'true';
        if (password) {
          password.hidden = required;
          var input = document.getElementById('password');
          if (input) { input.required = !required && !fresh.querySelector('a'); }
        }
      })
      .catch(function () { /* the server-side button still works */ });
  }
  email.addEventListener('change', ask);
  if (email.value) { ask(); }
})();
