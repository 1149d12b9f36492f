// The app lock's idle timer (dvoe/accounts/lock.py). Only on pages whose <body> carries
// data-lock-after (seconds), that is, for a signed-in person who turned the lock on.
// The server locks on its own after the same idle time; this script just makes the screen go
// when it sits untouched, without waiting for the next tap. Activity in any tab counts (shared
// through localStorage), so writing in one tab does not lock another.
(function () {
  "use strict";
  var body = document.body;
  var after = parseInt(body && body.getAttribute("data-lock-after"), 10);
  var url = body && body.getAttribute("data-lock-url");
  if (!after || !url) { return; }
  var KEY = "dvoe-active";
  var last = Date.now();

  function shared() {
    try { return parseInt(window.localStorage.getItem(KEY), 10) || 0; } catch (e) { return 0; }
  }

  function mark(event) {
    var now = Date.now();
    if (event && now - last < 1000) { return; }
    last = now;
    try { window.localStorage.setItem(KEY, String(now)); } catch (e) { /* storage may be unavailable */ }
  }

  ["pointerdown", "keydown", "input", "scroll", "touchstart"].forEach(function (name) {
    window.addEventListener(name, mark, { passive: true, capture: true });
  });
  mark();

  window.setInterval(function () {
    var latest = Math.max(last, shared());
    if (Date.now() - latest >= after * 1000) {
      document.documentElement.classList.add("exiting");
      document.title = "";
      var here = window.location.pathname + window.location.search;
      window.location.replace(url + "?next=" + encodeURIComponent(here));
    }
  }, 1000);
})();
