// Small progressive enhancements. Every page works without this file.
(function () {
  "use strict";
  // Fill the hidden time-zone field on sign-up with the browser's own guess.
  var zone = "";
  try { zone = Intl.DateTimeFormat().resolvedOptions().timeZone || ""; } catch (e) { zone = ""; }
  document.querySelectorAll("input[data-tz-guess]").forEach(function (input) {
    if (!input.value && zone) { input.value = zone; }
  });

  // Copy buttons: <button data-copy-target="id">.
  document.addEventListener("click", function (event) {
    var button = event.target.closest("[data-copy-target]");
    if (!button) { return; }
    var source = document.getElementById(button.getAttribute("data-copy-target"));
    if (!source || !navigator.clipboard) { return; }
    event.preventDefault();
    navigator.clipboard.writeText(source.innerText || source.value || "").then(function () {
      var status = document.getElementById(button.getAttribute("data-copy-status") || "");
      if (status) { status.textContent = "Copied."; }
    });
  });
})();
