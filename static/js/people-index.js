/* People index: show only the people named with one council. The lists are complete without this script;
   it only hides rows (the "hidden" attribute), and never builds markup from data. */
(function () {
  "use strict";
  var form = document.querySelector(".people-filter");
  if (!form) { return; }
  var select = form.querySelector("select");
  var status = document.getElementById("people-shown");
  var rows = Array.prototype.slice.call(document.querySelectorAll(".people-list > li[data-councils]"));
  var groups = Array.prototype.slice.call(document.querySelectorAll(".letter-group"));
  var orderLinks = Array.prototype.slice.call(document.querySelectorAll(".orders a"));

  function withCouncil(href, council) {
    var url = new URL(href, window.location.href);
    if (council) { url.searchParams.set("council", council); } else { url.searchParams.delete("council"); }
    return url;
  }

  function apply() {
    var wanted = select.value;
    // A row names its councils by their options' places in the list, counted from 1 after "Any council".
    var number = String(select.selectedIndex);
    var shown = 0;
    rows.forEach(function (row) {
      var match = !wanted || row.dataset.councils.split(" ").indexOf(number) !== -1;
      row.hidden = !match;
      if (match) { shown += 1; }
    });
    groups.forEach(function (group) {
      group.hidden = !group.querySelector(".people-list > li:not([hidden])");
    });
    status.textContent = wanted ? shown + " of " + rows.length + " people" : "";
    window.history.replaceState(null, "", withCouncil(window.location.href, wanted).toString());
    // Switching the order keeps the council chosen.
    orderLinks.forEach(function (link) {
      link.href = withCouncil(link.getAttribute("data-href") || link.getAttribute("href"), wanted).toString();
    });
  }

  var initial = new URL(window.location.href).searchParams.get("council");
  if (initial && select.querySelector('option[value="' + CSS.escape(initial) + '"]')) { select.value = initial; }
  orderLinks.forEach(function (link) { link.setAttribute("data-href", link.getAttribute("href")); });
  form.hidden = false;
  form.addEventListener("submit", function (event) { event.preventDefault(); });
  select.addEventListener("change", apply);
  apply();
}());
