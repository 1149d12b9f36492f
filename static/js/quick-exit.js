// Quick exit, the GOV.UK "Exit this page" pattern. Hide the page, blank the title, then replace
// the current history entry with a neutral site so Back does not return here.
// Without JavaScript the button is still a plain link (rel="noreferrer") to the same site.
(function () {
  "use strict";
  var button = document.getElementById("quick-exit");
  var target = (button && button.getAttribute("data-exit-url")) || "https://www.bbc.co.uk/weather";

  function leave(event) {
    if (event) { event.preventDefault(); }
    document.documentElement.classList.add("exiting");
    document.title = "";
    try { window.sessionStorage.clear(); } catch (e) { /* storage may be unavailable */ }
    window.location.replace(target);
  }

  if (button) { button.addEventListener("click", leave); }

  // Shift pressed three times within two seconds leaves too. Esc is left alone: it closes dialogs
  // and assistive technology relies on it.
  var presses = [];
  document.addEventListener("keyup", function (event) {
    if (event.key !== "Shift") { presses = []; return; }
    var now = Date.now();
    presses = presses.filter(function (t) { return now - t < 2000; });
    presses.push(now);
    if (presses.length >= 3) { presses = []; leave(); }
  });
})();
