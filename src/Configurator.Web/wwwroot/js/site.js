// Sends the antiforgery token with every htmx request, and asks before destructive actions.
(function () {
  "use strict";
  var tokenMeta = document.querySelector('meta[name="request-verification-token"]');
  // Parts only pages without script need (e.g. a line's "Update" button) hide once script runs.
  document.documentElement.classList.add("js");

  document.addEventListener("htmx:config:request", function (event) {
    var request = event.detail.ctx.request;
    if (tokenMeta) {
      request.headers["RequestVerificationToken"] = tokenMeta.content;
    }
    // A builder form sent on change (not on submit) names the proposal's version as it is now, too.
    var current = document.getElementById("proposal-version");
    if (current && request.body && typeof request.body.has === "function" && request.body.has("version")) {
      request.body.set("version", current.getAttribute("data-version"));
    }
  });

  // Builder: the first change to a proposal in review or approved asks first, because it sends the proposal
  // back to draft. Workflow forms (approve, submit …) are not changes. A cancelled change puts the field back.
  function confirmFirstChange(event, form) {
    var warning = document.querySelector("[data-edit-warning]");
    if (!warning || !form || !form.closest || !form.closest("#workspace") || form.hasAttribute("data-workflow")
      || (form.getAttribute("method") || "").toLowerCase() !== "post") {
      return;
    }
    if (window.confirm(warning.getAttribute("data-edit-warning"))) {
      warning.removeAttribute("data-edit-warning");
      return;
    }
    event.preventDefault();
    event.stopImmediatePropagation();
    var field = event.target;
    if (event.type === "change" && field && "defaultValue" in field) {
      field.value = field.defaultValue;
    }
  }
  document.addEventListener("change", function (event) {
    var form = event.target && event.target.form;
    if (form && (form.getAttribute("hx-trigger") || "").indexOf("change") >= 0) {
      confirmFirstChange(event, form);
    }
  }, true);

  // <form data-confirm="Reset this password?"> asks before it submits (no inline script under the CSP).
  // On the builder, a change answers only the part it changed; the proposal's version it moved is in
  // #proposal-version, and every form names that version when it is sent, whichever part it is in.
  document.addEventListener("submit", function (event) {
    var form = event.target;
    confirmFirstChange(event, form);
    if (event.defaultPrevented) {
      return;
    }
    var current = document.getElementById("proposal-version");
    if (current && form.elements && form.elements.version) {
      form.elements.version.value = current.getAttribute("data-version");
    }
    var question = form.getAttribute && form.getAttribute("data-confirm");
    if (question && !window.confirm(question)) {
      event.preventDefault();
      event.stopImmediatePropagation();
    }
  }, true);

  // A capture form answered after a refusal marks the field to retype with data-select="true": it takes the
  // focus with its text selected, so what is typed next replaces it instead of running into it.
  function selectMarked(root) {
    var marked = "[data-select='true']";
    var field = root && root.matches && root.matches(marked) ? root : root && root.querySelector && root.querySelector(marked);
    if (field) {
      field.focus();
      if (field.select) {
        field.select();
      }
    }
  }
  document.addEventListener("htmx:after:settle", function (event) { selectMarked(event.target); });
  if (document.readyState === "loading") {
    document.addEventListener("DOMContentLoaded", function () { selectMarked(document); });
  } else {
    selectMarked(document);
  }

  // A multi-line box in a capture form: Ctrl+Enter (Cmd+Enter) sends the form, as Enter does in a one-line box.
  document.addEventListener("keydown", function (event) {
    var box = event.target;
    if (event.key === "Enter" && (event.ctrlKey || event.metaKey) && box.matches && box.matches("textarea[data-submit-on-ctrl-enter]") && box.form) {
      event.preventDefault();
      box.form.requestSubmit();
    }
  });

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

// Preview: "Download PDF" fetches the PDF and says how far it is (printing takes a moment); without
// script the link downloads it directly. Its words come from the link's data-* attributes, in the page's language.
(function () {
  "use strict";
  document.addEventListener("click", function (event) {
    var link = event.target.closest && event.target.closest("[data-download-pdf]");
    if (!link || link.getAttribute("aria-disabled") === "true") {
      return;
    }
    event.preventDefault();
    var status = document.getElementById(link.getAttribute("aria-describedby"));
    var label = link.textContent;
    var started = Date.now();
    var say = function (text) { if (status) { status.textContent = text; } };
    var words = function (name, values) {
      return (link.getAttribute("data-" + name) || "").replace(/\{(\d)\}/g, function (_, i) { return values[+i]; });
    };
    link.setAttribute("aria-disabled", "true");
    link.classList.add("btn--busy");
    link.textContent = words("printing-short", []);
    say(words("printing", []));
    var timer = window.setInterval(function () {
      say(words("printing", []) + " " + words("seconds", [Math.round((Date.now() - started) / 1000)]));
    }, 1000);
    fetch(link.href, { credentials: "same-origin" })
      .then(function (response) {
        if (!response.ok) {
          return response.json().catch(function () { return {}; }).then(function (problem) {
            throw new Error(words("failed", [response.status]));
          });
        }
        var name = (response.headers.get("content-disposition") || "").match(/filename="?([^";]+)"?/);
        return response.blob().then(function (blob) { return { blob: blob, name: name ? name[1] : "proposal.pdf" }; });
      })
      .then(function (file) {
        var url = URL.createObjectURL(file.blob);
        var anchor = document.createElement("a");
        anchor.href = url;
        anchor.download = file.name;
        document.body.appendChild(anchor);
        anchor.click();
        anchor.remove();
        window.setTimeout(function () { URL.revokeObjectURL(url); }, 10000);
        say(words("ready", [Math.round(file.blob.size / 1024), ((Date.now() - started) / 1000).toFixed(1)]));
      })
      .catch(function (error) { say(error.message); })
      .finally(function () {
        window.clearInterval(timer);
        link.removeAttribute("aria-disabled");
        link.classList.remove("btn--busy");
        link.textContent = label;
      });
  });
})();

// Rule pickers on the item editor: a search result chosen (click, Enter) becomes a chip, a ticked checkbox the
// form posts as before; arrow keys move between the search and its results. Without script the typed codes post.
(function () {
  function add(option) {
    var picker = option.closest("[data-rule-picker]");
    var field = picker.getAttribute("data-rule-picker");
    var code = option.getAttribute("data-code");
    var chips = picker.querySelector("[data-rule-chips]");
    var existing = Array.prototype.find.call(chips.querySelectorAll("input"), function (box) { return box.value === code; });
    if (existing) {
      existing.checked = true;
    } else {
      var chip = document.createElement("li");
      chip.className = "chip";
      var label = document.createElement("label");
      var box = document.createElement("input");
      box.type = "checkbox";
      box.name = field;
      box.value = code;
      box.checked = true;
      var codeText = document.createElement("code");
      codeText.textContent = code;
      label.append(box, " ", codeText, " " + option.getAttribute("data-name"));
      chip.append(label);
      chips.append(chip);
    }
    var search = picker.querySelector("[data-rule-search]");
    search.value = "";
    picker.querySelector("[data-rule-results]").replaceChildren();
    var status = picker.querySelector("[data-rule-status]");
    // The words come from the picker's data-rule-added ("{0} added" in the page's language); without them, the code alone.
    if (status) { status.textContent = (picker.getAttribute("data-rule-added") || "{0}").replace("{0}", code); }
    search.focus();
  }

  document.addEventListener("click", function (event) {
    var option = event.target.closest && event.target.closest("[data-rule-add]");
    if (option) {
      event.preventDefault();
      add(option);
    }
  });

  document.addEventListener("keydown", function (event) {
    if (!event.target.closest) { return; }
    var search = event.target.closest("[data-rule-search]");
    if (search) {
      var picker = search.closest("[data-rule-picker]");
      var first = picker.querySelector("[data-rule-add]");
      if (event.key === "Enter") {
        event.preventDefault();
        if (first) { add(first); }
      } else if (event.key === "ArrowDown" && first) {
        event.preventDefault();
        first.focus();
      } else if (event.key === "Escape") {
        picker.querySelector("[data-rule-results]").replaceChildren();
      }
      return;
    }
    var option = event.target.closest("[data-rule-add]");
    if (option && (event.key === "ArrowDown" || event.key === "ArrowUp")) {
      event.preventDefault();
      var options = Array.prototype.slice.call(option.closest("[data-rule-results]").querySelectorAll("[data-rule-add]"));
      var next = options.indexOf(option) + (event.key === "ArrowDown" ? 1 : -1);
      if (next < 0) {
        option.closest("[data-rule-picker]").querySelector("[data-rule-search]").focus();
      } else if (next < options.length) {
        options[next].focus();
      }
    }
  });
})();
