/* checkins: let htmx swap 400 answers (a validation message) instead of dropping them, so a
   refused light or an over-long draft always says why. Nothing else needs script: every form
   on these pages posts normally without JavaScript. */
(function () {
  "use strict";
  document.addEventListener("htmx:beforeSwap", function (event) {
    if (event.detail.xhr && event.detail.xhr.status === 400) {
      event.detail.shouldSwap = true;
      event.detail.isError = false;
    }
  });
})();
