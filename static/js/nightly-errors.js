/* htmx never wipes the page on an error (issue #14).

   A refused request (4xx) whose answer is the fragment for its own target (same id: the note
   card, the lights card, the draft status) is swapped into that target, so the message shows
   next to what the person typed and every word stays. Any other failed answer (a full error page,
   Django's DEBUG page, a proxy's one-line "Bad Request", a 5xx, no network) is never swapped: a
   short message is put in the target instead and the page is left as it was.

   Under DEBUG django-htmx adds a listener that replaces the whole document with an error answer;
   the capture-phase listener below runs first and stops that event from reaching it. htmx itself
   carries on (stopping propagation is not cancelling). */
(function () {
  "use strict";
  var MESSAGE = "That did not go through. Nothing you typed is lost: try again in a moment.";

  function targetOf(detail) {
    return detail.target || (detail.requestConfig && detail.requestConfig.target) || detail.elt;
  }

  function ownFragment(xhr, target) {
    if (!target || !target.id) { return false; }
    var text = (xhr.responseText || "").trim();
    if (!text || /^<!doctype|^<html/i.test(text)) { return false; }
    var box = document.createElement("template");
    box.innerHTML = text;
    var root = box.content.firstElementChild;
    return !!root && root.id === target.id;
  }

  function say(target, text) {
    if (!target) { return; }
    if (target.getAttribute("role") === "status") {
      target.textContent = text;
      target.classList.add("autosave-error");
      return;
    }
    var note = target.querySelector(":scope > .htmx-error");
    if (!note) {
      note = document.createElement("p");
      note.className = "htmx-error";
      note.setAttribute("role", "alert");
      target.insertBefore(note, target.firstChild);
    }
    note.textContent = text;
  }

  document.addEventListener("htmx:beforeOnLoad", function (event) {
    var xhr = event.detail.xhr;
    if (xhr && xhr.status >= 400) {
      event.stopPropagation(); // keep django-htmx's DEBUG handler from replacing the document
    }
  }, true);

  document.addEventListener("htmx:beforeSwap", function (event) {
    var xhr = event.detail.xhr;
    if (!xhr || xhr.status < 400) { return; }
    var target = targetOf(event.detail);
    if (xhr.status < 500 && ownFragment(xhr, target)) {
      event.detail.shouldSwap = true;
      event.detail.isError = false;
    } else {
      event.detail.shouldSwap = false;
      say(target, MESSAGE);
    }
  });

  document.addEventListener("htmx:sendError", function (event) {
    say(targetOf(event.detail), "No connection just now. Nothing you typed is lost: try again in a moment.");
  });
})();
