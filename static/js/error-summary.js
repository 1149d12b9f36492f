// The error summary (templates/partials/error_summary.html): move focus to it when the page loads,
// so a screen reader reads the problems first, and make its links focus the field itself.
(function () {
  "use strict";
  var summary = document.querySelector("[data-error-summary]");
  if (!summary) { return; }
  summary.focus();
  summary.addEventListener("click", function (event) {
    var link = event.target.closest("a[href^='#']");
    if (!link) { return; }
    var field = document.getElementById(link.getAttribute("href").slice(1));
    if (!field) { return; }
    event.preventDefault();
    field.focus();
    var group = field.closest("fieldset, div") || field;
    group.scrollIntoView({ block: "center" });
  });
})();
