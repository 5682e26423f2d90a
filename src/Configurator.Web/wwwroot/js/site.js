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
})();
