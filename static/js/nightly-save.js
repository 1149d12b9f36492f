/* /tonight/'s Save in place: "Saving…" at once in the status beside the button (aria-live
   polite), then the done card comes back with "Saved at 23:41" and focus moves to its heading.
   Without JavaScript the same form posts normally and the page comes back in the done state. */
(function () {
  "use strict";
  document.addEventListener("htmx:beforeRequest", function (event) {
    var form = event.detail.elt;
    if (!form || form.id !== "tonight-form") { return; }
    var status = document.getElementById("autosave-status");
    if (status) {
      status.classList.remove("autosave-error");
      status.textContent = "Saving…";
    }
    form.setAttribute("aria-busy", "true");
  });
  document.addEventListener("htmx:afterRequest", function (event) {
    var form = event.detail.elt;
    if (form && form.id === "tonight-form") { form.removeAttribute("aria-busy"); }
  });
  document.addEventListener("htmx:afterSettle", function (event) {
    var target = event.detail.target || event.detail.elt;
    if (!target || target.id !== "tonight-journal") { return; }
    var focusable = target.querySelector("[role=alert]") ? document.getElementById("id_text") : null;
    if (!focusable && target.classList.contains("note-done")) {
      focusable = document.getElementById("journal-h");
    }
    if (focusable) { focusable.focus(); }
  });
})();
