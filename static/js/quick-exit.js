// Quick exit, the GOV.UK "Exit this page" pattern, made to really leave (issue #12).
// 1. Hide the page and blank the title at once.
// 2. End the session on the server: navigator.sendBeacon posts to /exit/, which signs out.
// 3. Replace the current history entry with a neutral site.
// Earlier dvoe pages are still in the history, but every private page is sent no-store, so Back
// fetches them again and meets the sign-in page; the pageshow guard below covers a page the
// browser kept in its back-forward cache anyway. Without JavaScript the link goes to /exit/,
// which signs out and redirects to the same neutral site.
(function () {
  "use strict";
  var button = document.getElementById("quick-exit");
  var target = (button && button.getAttribute("data-exit-url")) || "https://www.bbc.co.uk/weather";
  var endpoint = (button && button.getAttribute("data-exit-endpoint")) || "/exit/";

  function hide() {
    document.documentElement.classList.add("exiting");
    document.title = "";
  }

  function leave(event) {
    if (event) { event.preventDefault(); }
    hide();
    try { window.sessionStorage.clear(); } catch (e) { /* storage may be unavailable */ }
    try { window.localStorage.removeItem("dvoe-active"); } catch (e) { /* as above */ }
    var sent = false;
    try { sent = navigator.sendBeacon(endpoint, new Blob([], { type: "text/plain" })); } catch (e) { sent = false; }
    if (!sent) {
      // No beacon: let the link's own address sign out and redirect.
      window.location.replace(endpoint);
      return;
    }
    window.location.replace(target);
  }

  if (button) { button.addEventListener("click", leave); }

  // A page restored from the back-forward cache is never shown as it was: hide it and fetch it
  // again, so a signed-out session meets the sign-in page.
  window.addEventListener("pageshow", function (event) {
    if (event.persisted) {
      hide();
      window.location.reload();
    }
  });

  // Shift pressed three times within five seconds leaves too. Esc is left alone: it closes
  // dialogs and assistive technology relies on it.
  var presses = [];
  document.addEventListener("keyup", function (event) {
    if (event.key !== "Shift") { presses = []; return; }
    var now = Date.now();
    presses = presses.filter(function (t) { return now - t < 5000; });
    presses.push(now);
    if (presses.length >= 3) { presses = []; leave(); }
  });
})();
