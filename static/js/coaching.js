// Coaching pages: reveal the copy buttons (dvoe.js does the copying). Without JavaScript the
// button stays hidden and the text can be selected by hand.
(function () {
  "use strict";
  if (!navigator.clipboard) { return; }
  document.querySelectorAll("button[data-copy-target][hidden]").forEach(function (button) {
    button.hidden = false;
  });
})();
