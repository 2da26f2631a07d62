// The checklist page without a reload: when an answer changes, the form is sent to
// /page/result and the result region (rendered and escaped by the server) is replaced.
// Without this script the form still works: "Beoordeel" submits it and the page comes back
// with the result.
"use strict";

(function () {
  var form = document.getElementById("checklist");
  var region = document.getElementById("result");
  if (!form || !region || !window.fetch) {
    return;
  }
  var timer = null;
  var sent = 0;

  function refresh() {
    var number = ++sent;
    var body = new URLSearchParams(new FormData(form));
    fetch(form.getAttribute("data-result"), {
      method: "POST",
      headers: { "Content-Type": "application/x-www-form-urlencoded" },
      body: body.toString(),
      credentials: "same-origin"
    }).then(function (response) {
      return response.text().then(function (text) {
        return { ok: response.ok, text: text };
      });
    }).then(function (answer) {
      if (number !== sent) {
        return; // a later change is on its way
      }
      if (answer.ok) {
        region.innerHTML = answer.text;
        region.setAttribute("data-updated", String(number));
      }
    }).catch(function () {
      // the server went away: the submit button still works
    });
  }

  function later() {
    if (timer) {
      clearTimeout(timer);
    }
    timer = setTimeout(refresh, 120);
  }

  form.addEventListener("change", later);
  form.addEventListener("input", function (event) {
    if (event.target && event.target.type === "text") {
      later();
    }
  });
  // A checked word of a set means "yes, namely": select that answer for the person.
  form.addEventListener("change", function (event) {
    var target = event.target;
    if (target && target.type === "checkbox" && target.name.indexOf("w.") === 0 && target.checked) {
      var some = document.getElementById("s-" + target.name.slice(2) + "-some");
      if (some) {
        some.checked = true;
      }
    }
  });
})();
