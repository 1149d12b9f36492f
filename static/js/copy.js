// "Save and copy" on /coach/invite/script/<n>/: copy the previewed words on the tap itself (the
// Clipboard API, or a hidden text area and the older copy command when that is missing), say
// "Copied." in the status line, tell the server through the hidden `copied` field, then save.
// Without JavaScript the form simply saves, and the next page offers the text to copy.
(function () {
  "use strict";
  function fallbackCopy(text) {
    var area = document.createElement("textarea");
    area.value = text;
    area.setAttribute("readonly", "");
    area.className = "visually-hidden";
    document.body.appendChild(area);
    area.select();
    var ok = false;
    try { ok = document.execCommand("copy"); } catch (e) { ok = false; }
    document.body.removeChild(area);
    return ok;
  }
  function copy(text) {
    if (navigator.clipboard && navigator.clipboard.writeText) {
      return navigator.clipboard.writeText(text).then(function () { return true; },
        function () { return fallbackCopy(text); });
    }
    return Promise.resolve(fallbackCopy(text));
  }
  document.addEventListener("click", function (event) {
    var button = event.target.closest("button[data-copy-on-save]");
    if (!button || button.dataset.copying) { return; }
    var form = button.form;
    var source = document.querySelector("#" + button.getAttribute("data-copy-on-save") + " blockquote");
    if (!form || !source) { return; }
    event.preventDefault();
    button.dataset.copying = "1";
    var status = document.getElementById("save-copy-status");
    copy(source.innerText.trim()).then(function (ok) {
      var flag = form.querySelector("[data-copied-flag]");
      if (flag) { flag.value = ok ? "1" : "0"; }
      if (status) { status.textContent = ok ? "Copied. Saving…" : "Saving… You can copy it on the next page."; }
      if (form.requestSubmit) { form.requestSubmit(button); } else { form.submit(); }
    });
  });
})();
