// Passkeys that open the app lock (dvoe/accounts/passkeys.py). Buttons marked data-passkey stay
// hidden unless this browser can use passkeys; without JavaScript the PIN form does the job.
(function () {
  "use strict";
  if (!window.PublicKeyCredential || !PublicKeyCredential.parseCreationOptionsFromJSON) { return; }

  function csrf() {
    try { return JSON.parse(document.body.getAttribute("data-hx-headers"))["X-CSRFToken"]; } catch (e) { return ""; }
  }

  function post(url, body) {
    return fetch(url, {
      method: "POST",
      credentials: "same-origin",
      headers: { "Content-Type": "application/json", "X-CSRFToken": csrf() },
      body: body ? JSON.stringify(body) : "{}"
    }).then(function (r) { if (!r.ok) { throw new Error("refused"); } return r.json(); });
  }

  function say(button, text) {
    var status = document.getElementById(button.getAttribute("data-status"));
    if (status) { status.textContent = text; }
  }

  function register(button) {
    post(button.getAttribute("data-options")).then(function (options) {
      return navigator.credentials.create({ publicKey: PublicKeyCredential.parseCreationOptionsFromJSON(options) });
    }).then(function (credential) {
      return post(button.getAttribute("data-verify"), credential.toJSON());
    }).then(function () {
      window.location.reload();
    }).catch(function () { say(button, "The passkey was not added. Your PIN still works."); });
  }

  function unlock(button) {
    post(button.getAttribute("data-options")).then(function (options) {
      return navigator.credentials.get({ publicKey: PublicKeyCredential.parseRequestOptionsFromJSON(options) });
    }).then(function (credential) {
      return post(button.getAttribute("data-verify"), credential.toJSON());
    }).then(function (answer) {
      window.location.replace(answer.next || "/tonight/");
    }).catch(function () { say(button, "That did not work. Enter your PIN instead."); });
  }

  Array.prototype.forEach.call(document.querySelectorAll("[data-passkey]"), function (button) {
    button.hidden = false;
    button.addEventListener("click", function () {
      if (button.getAttribute("data-passkey") === "register") { register(button); } else { unlock(button); }
    });
  });
})();
