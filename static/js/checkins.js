/* checkins: let htmx swap 400 answers (a validation message) instead of dropping them, so a
   refused light or an over-long draft always says why; and after a light is logged in place,
   move focus to the confirmation so keyboard and screen-reader users are not left on a button
   that was replaced. Every form on these pages also posts normally without JavaScript. */
(function () {
  "use strict";
  document.addEventListener("htmx:beforeSwap", function (event) {
    if (event.detail.xhr && event.detail.xhr.status === 400) {
      event.detail.shouldSwap = true;
      event.detail.isError = false;
    }
  });
  document.addEventListener("htmx:afterSettle", function (event) {
    var target = event.detail.elt;
    if (!target || target.id !== "tonight-lights") {
      return;
    }
    var message = document.getElementById("tonight-logged") || target.querySelector("[role=alert]");
    if (message) {
      if (!message.hasAttribute("tabindex")) {
        message.setAttribute("tabindex", "-1");
      }
      message.focus();
    }
  });
})();
