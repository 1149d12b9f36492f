/* /tonight/'s Save in place: "Saving…" at once in the status beside the button (aria-live
   polite), then the done card comes back with "Saved at 23:41" and focus moves to its heading.
   Without JavaScript the same form posts normally and the page comes back in the done state. */
(function () {
  "use strict";
  // Leaving the note box for Save: the Save carries the words, so skip the draft save on blur.
  document.addEventListener("htmx:confirm", function (event) {
    var trigger = event.detail.triggerEvent;
    if (event.detail.elt && event.detail.elt.id === "id_text" && trigger && trigger.type === "blur" &&
        trigger.relatedTarget && trigger.relatedTarget.classList.contains("save-button")) {
      event.preventDefault();
    }
  });
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
  // A draft save can still be under way when Save is pressed (the note box loses focus on the
  // tap). The Save carries the same words, so the draft's answer must not overwrite "Saving…".
  document.addEventListener("htmx:beforeSwap", function (event) {
    var target = event.detail.target;
    var form = document.getElementById("tonight-form");
    if (target && target.id === "autosave-status" && form && form.getAttribute("aria-busy") === "true") {
      event.detail.shouldSwap = false;
    }
  });
  document.addEventListener("htmx:afterRequest", function (event) {
    var form = event.detail.elt;
    if (form && form.id === "tonight-form") { form.removeAttribute("aria-busy"); }
  });
  document.addEventListener("htmx:afterSettle", function (event) {
    var swapped = event.detail.target || event.detail.elt;
    if (!swapped || swapped.id !== "tonight-journal") { return; }
    var target = document.getElementById("tonight-journal"); // the new card, after outerHTML
    if (!target) { return; }
    var focusable = target.querySelector("[role=alert]") ? document.getElementById("id_text") : null;
    if (!focusable && target.classList.contains("note-done")) {
      focusable = document.getElementById("journal-h");
    }
    if (focusable) { focusable.focus(); }
  });
})();
