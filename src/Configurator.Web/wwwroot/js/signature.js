// The client's drawn signature: a canvas that fills the form's hidden input with a PNG data URL.
// The only script on the client's page; the form accepts without it (a typed name is enough).
(function () {
  "use strict";

  function start(box) {
    var form = box.closest("form");
    var canvas = box.querySelector("[data-signature-canvas]");
    var input = form && form.querySelector("[data-signature-input]");
    var clear = box.querySelector("[data-signature-clear]");
    if (!canvas || !input || !canvas.getContext) {
      return;
    }
    var context = canvas.getContext("2d");
    var drawing = false;
    var drawn = false;
    context.lineWidth = 2.5;
    context.lineCap = "round";
    context.lineJoin = "round";
    context.strokeStyle = "#1b2330";

    function point(event) {
      var rect = canvas.getBoundingClientRect();
      return {
        x: (event.clientX - rect.left) * (canvas.width / rect.width),
        y: (event.clientY - rect.top) * (canvas.height / rect.height)
      };
    }

    function begin(event) {
      drawing = true;
      var p = point(event);
      context.beginPath();
      context.moveTo(p.x, p.y);
      if (canvas.setPointerCapture && event.pointerId !== undefined) {
        canvas.setPointerCapture(event.pointerId);
      }
      event.preventDefault();
    }

    function move(event) {
      if (!drawing) {
        return;
      }
      var p = point(event);
      context.lineTo(p.x, p.y);
      context.stroke();
      drawn = true;
      event.preventDefault();
    }

    function end() {
      if (drawing && drawn) {
        input.value = canvas.toDataURL("image/png");
      }
      drawing = false;
    }

    if (window.PointerEvent) {
      canvas.addEventListener("pointerdown", begin);
      canvas.addEventListener("pointermove", move);
      canvas.addEventListener("pointerup", end);
      canvas.addEventListener("pointercancel", end);
    } else {
      canvas.addEventListener("mousedown", begin);
      canvas.addEventListener("mousemove", move);
      window.addEventListener("mouseup", end);
    }

    clear.addEventListener("click", function () {
      context.clearRect(0, 0, canvas.width, canvas.height);
      drawn = false;
      input.value = "";
    });

    form.addEventListener("submit", end);
    box.hidden = false;
  }

  document.querySelectorAll("[data-signature]").forEach(start);
})();
