/* A character counter for the note, in the GOV.UK pattern: it never blocks typing (no maxlength),
   says how many are left once the note nears the limit, and how many over once past it. The
   message sits in an aria-live="polite" paragraph, updated a moment after typing stops so a screen
   reader is not interrupted on every key. The server checks the limit too and keeps the text. */
(function () {
  "use strict";
  var SHOW_FROM = 0.8; // stay out of the way until 80% of the limit
  var timers = new WeakMap();

  function plural(n, word) { return n.toLocaleString("en-GB") + " " + word + (n === 1 ? "" : "s"); }

  function update(area) {
    var max = parseInt(area.getAttribute("data-count-max"), 10);
    var out = document.getElementById(area.id + "_count");
    if (!max || !out) { return; }
    var length = area.value.length;
    if (length < max * SHOW_FROM) {
      out.textContent = "";
      out.classList.add("char-count-idle");
      out.classList.remove("char-count-over");
      return;
    }
    out.classList.remove("char-count-idle");
    if (length > max) {
      out.textContent = "You have " + plural(length - max, "character") + " too many";
      out.classList.add("char-count-over");
    } else {
      out.textContent = "You have " + plural(max - length, "character") + " remaining";
      out.classList.remove("char-count-over");
    }
  }

  document.addEventListener("input", function (event) {
    var area = event.target;
    if (!area.matches || !area.matches("textarea[data-count-max]")) { return; }
    clearTimeout(timers.get(area));
    timers.set(area, setTimeout(function () { update(area); }, 400));
  });
  document.addEventListener("htmx:afterSettle", function () {
    document.querySelectorAll("textarea[data-count-max]").forEach(update);
  });
  document.querySelectorAll("textarea[data-count-max]").forEach(update);
})();
