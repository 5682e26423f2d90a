// Sends the antiforgery token with every htmx request, and asks before destructive actions.
(function () {
  "use strict";
  var tokenMeta = document.querySelector('meta[name="request-verification-token"]');

  document.addEventListener("htmx:config:request", function (event) {
    if (tokenMeta) {
      event.detail.ctx.request.headers["RequestVerificationToken"] = tokenMeta.content;
    }
  });

  // <form data-confirm="Reset this password?"> asks before it submits (no inline script under the CSP).
  document.addEventListener("submit", function (event) {
    var form = event.target;
    var question = form.getAttribute && form.getAttribute("data-confirm");
    if (question && !window.confirm(question)) {
      event.preventDefault();
      event.stopImmediatePropagation();
    }
  }, true);

  // Builder: a pain point's title highlights the lines that answer it (works after htmx swaps too).
  document.addEventListener("click", function (event) {
    var button = event.target.closest && event.target.closest("[data-highlight-pain]");
    if (!button) {
      return;
    }
    var pain = button.getAttribute("data-highlight-pain");
    var on = button.getAttribute("aria-pressed") !== "true";
    document.querySelectorAll("[data-highlight-pain]").forEach(function (other) {
      other.setAttribute("aria-pressed", "false");
    });
    button.setAttribute("aria-pressed", on ? "true" : "false");
    document.querySelectorAll(".line[data-answers]").forEach(function (line) {
      var answers = line.getAttribute("data-answers").split(" ");
      line.classList.toggle("line--highlighted", on && answers.indexOf(pain) >= 0);
    });
  });
})();
