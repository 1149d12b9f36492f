// Quick exit, the GOV.UK "Exit this page" pattern, made to really leave (issue #12).
// 1. Hide the page and blank the title at once.
// 2. End the session on the server: a keepalive POST to /exit/, which signs out; the page waits
//    for its answer (at most WAIT ms), so Back pressed at once finds no session.
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
  var WAIT = 1500;  // ms: the longest the blank page waits for the sign-out before leaving

  function hide() {
    document.documentElement.classList.add("exiting");
    document.title = "";
  }

  function leave(event) {
    if (event) { event.preventDefault(); }
    hide();
    try { window.sessionStorage.clear(); } catch (e) { /* storage may be unavailable */ }
    try { window.localStorage.removeItem("dvoe-active"); } catch (e) { /* as above */ }
    // The page is already hidden. Sign out first, so that a Back pressed at once meets the
    // sign-in page, but never wait on a slow server for more than WAIT ms: then leave anyway
    // (keepalive lets the sign-out finish after the page is gone).
    var gone = false;
    function go() {
      if (gone) { return; }
      gone = true;
      window.location.replace(target);
    }
    try {
      window.fetch(endpoint, {
        method: "POST", keepalive: true, credentials: "same-origin", redirect: "manual"
      }).then(go, function () {
        // No answer at all: let the link's own address sign out and redirect.
        if (!gone) { gone = true; window.location.replace(endpoint); }
      });
    } catch (e) {
      gone = true;
      window.location.replace(endpoint);
      return;
    }
    window.setTimeout(go, WAIT);
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
