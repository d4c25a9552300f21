/* The search page: the reader types, a web worker (search-worker.js) runs lunr.js, this draws the answers.
   Names (people, councils) come first, from names.js; then articles with a highlighted snippet.
   Everything is built with textContent: article text is data, never markup. */
(function () {
  "use strict";
  var script = document.currentScript;
  var root = script.dataset.root;
  var input = document.getElementById("search-page-input");
  var yearSelect = document.getElementById("search-year");
  var status = document.getElementById("search-status");
  var namesList = document.getElementById("search-names");
  var list = document.getElementById("search-results");
  var more = document.getElementById("search-more");
  var PAGE = 10;
  var worker = new Worker(script.dataset.worker);
  var asked = 0;
  var pending = Object.create(null);
  var filling = Object.create(null);
  var current = { text: "", year: "", total: 0, shown: 0, names: [] };

  /* A search's reply comes in two messages with its id: the results (title, date, link), then their snippets,
     cut from the article pages (search-worker.js), which ``fill`` draws into the results already shown. */
  worker.onmessage = function (event) {
    var reply = event.data;
    if (reply.snippets) {
      var fill = filling[reply.id];
      delete filling[reply.id];
      if (fill) { fill(reply.snippets); }
      return;
    }
    var resolve = pending[reply.id];
    delete pending[reply.id];
    if (!reply.snippetsFollow) { delete filling[reply.id]; }
    if (resolve) { resolve(reply); }
  };

  function ask(message, fill) {
    message.id = ++asked;
    if (fill) { filling[message.id] = fill; }
    return new Promise(function (resolve) {
      pending[message.id] = resolve;
      worker.postMessage(message);
    });
  }

  /* Each result's snippet into its item (``items``: ref -> the item's snippet paragraph). */
  function drawSnippets(items, snippets) {
    snippets.forEach(function (found) {
      var target = items[found.ref];
      if (target) { pieces(target, found.snippet); }
    });
  }

  function pieces(target, parts) {
    parts.forEach(function (part) {
      if (part[1]) {
        var mark = document.createElement("mark");
        mark.textContent = part[0];
        target.appendChild(mark);
      } else {
        target.appendChild(document.createTextNode(part[0]));
      }
    });
  }

  function articleItem(result) {
    var item = document.createElement("li");
    item.className = "search-result";
    item.dataset.kind = "article";
    var heading = document.createElement("a");
    heading.href = root + result.url;
    heading.className = "result-title";
    pieces(heading, result.title);
    var meta = document.createElement("span");
    meta.className = "meta";
    meta.textContent = result.date ? formatDate(result.date) : "Undated";
    var snippet = document.createElement("p");
    snippet.className = "snippet";
    item.appendChild(heading);
    item.appendChild(meta);
    item.appendChild(snippet);
    return item;
  }

  var MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August", "September",
                "October", "November", "December"];
  function formatDate(iso) {
    var parts = iso.split("-");
    return Number(parts[2]) + " " + MONTHS[Number(parts[1]) - 1] + " " + parts[0];
  }

  function nameItem(suggestion) {
    var item = document.createElement("li");
    item.className = "search-name name-" + suggestion.kind;
    item.dataset.kind = suggestion.kind;
    var link = document.createElement("a");
    link.href = root + suggestion.url;
    link.textContent = suggestion.name;
    var meta = document.createElement("span");
    meta.className = "meta";
    meta.textContent = window.CuttingsNames.describe(suggestion) + (suggestion.alias ? " · as “" + suggestion.alias + "”" : "");
    item.appendChild(link);
    item.appendChild(meta);
    return item;
  }

  function announce() {
    var query = current.text.trim();
    if (!query) { status.textContent = ""; return; }
    // Why there are no articles, when the worker says (search-worker.js, NOTICES): never a list it cannot vouch for.
    if (current.notice) { status.textContent = current.notice; return; }
    var parts = [];
    if (current.names.length) { parts.push(current.names.length + (current.names.length === 1 ? " name" : " names")); }
    parts.push(current.total + (current.total === 1 ? " article" : " articles"));
    status.textContent = current.total || current.names.length
      ? parts.join(" and ") + " for “" + query + "”" + (current.year ? " in " + current.year : "")
      : "No results for “" + query + "”" + (current.year ? " in " + current.year : "") +
        ". Try a surname, a council or a single word, or browse the people and councils A–Z.";
  }

  /* The address takes the search (?q=, &year=) once the reader pauses or leaves the box or page, not at every
     keystroke: each replaceState made Chromium load and parse the SVG icon again, about 10 ms a keystroke
     (benchmarks/README.md, Search). InstantSearch's router also waits 400 ms. */
  var URL_WRITE_DELAY_MS = 400;
  var urlTimer = 0;

  function rememberInUrl() {
    clearTimeout(urlTimer);
    urlTimer = 0;
    var url = new URL(window.location.href);
    if (current.text) { url.searchParams.set("q", current.text); } else { url.searchParams.delete("q"); }
    if (current.year) { url.searchParams.set("year", current.year); } else { url.searchParams.delete("year"); }
    if (url.href !== window.location.href) { window.history.replaceState(null, "", url); }
  }

  function rememberSoon() {
    clearTimeout(urlTimer);
    urlTimer = setTimeout(rememberInUrl, URL_WRITE_DELAY_MS);
  }

  function rememberNow() { if (urlTimer) { rememberInUrl(); } }

  function search() {
    var text = input.value, year = yearSelect.value;
    current = { text: text, year: year, total: 0, shown: 0, names: [] };
    rememberSoon();
    if (!text.trim()) {
      namesList.textContent = "";
      list.textContent = "";
      more.hidden = true;
      announce();
      list.dataset.query = namesList.dataset.query = status.dataset.query = text;
      return;
    }
    // Articles first: the names are looked up once the articles are drawn, so their files and edit distances
    // never hold the articles up (at 10,000 articles that saved 5 ms a keystroke); the status line speaks once
    // both are in.
    var snippetTargets = Object.create(null);
    var articles = ask({ type: "search", text: text, year: year, offset: 0, count: PAGE }, function (snippets) {
      if (stale()) { return; }
      drawSnippets(snippetTargets, snippets);
      list.dataset.snippets = text;
    });
    var names = year ? Promise.resolve([]) : articles.then(function () {
      return window.CuttingsNames.lookup(text);
    }).catch(function () { return []; });
    var waiting = 2;
    function stale() { return current.text !== text || current.year !== year; }
    function settle() {
      if (--waiting === 0) {
        announce();
        status.dataset.query = text;
      }
    }
    names.then(function (found) {
      if (stale()) { return; }
      current.names = found;
      namesList.textContent = "";
      current.names.forEach(function (suggestion) { namesList.appendChild(nameItem(suggestion)); });
      namesList.hidden = current.names.length === 0;
      namesList.dataset.query = text;
      settle();
    });
    articles.then(function (reply) {
      if (stale()) { return; }
      current.total = reply.error ? 0 : reply.total;
      current.notice = reply.notice || "";
      list.textContent = "";
      (reply.results || []).forEach(function (result) {
        var item = articleItem(result);
        snippetTargets[result.ref] = item.querySelector(".snippet");
        list.appendChild(item);
      });
      if (!reply.snippetsFollow) { list.dataset.snippets = text; }
      current.shown = (reply.results || []).length;
      more.hidden = current.shown >= current.total;
      list.dataset.query = text;
      list.dataset.lunrQuery = reply.query || "";
      settle();
    });
  }

  function showMore() {
    var text = current.text, year = current.year;
    var snippetTargets = Object.create(null);
    function stale() { return current.text !== text || current.year !== year; }
    ask({ type: "search", text: text, year: year, offset: current.shown, count: PAGE }, function (snippets) {
      if (!stale()) { drawSnippets(snippetTargets, snippets); }
    }).then(function (reply) {
      if (stale()) { return; }
      if (reply.error) {
        if (reply.notice) { status.textContent = reply.notice; }
        return;
      }
      var firstNew = null;
      reply.results.forEach(function (result) {
        var item = articleItem(result);
        snippetTargets[result.ref] = item.querySelector(".snippet");
        firstNew = firstNew || item;
        list.appendChild(item);
      });
      current.shown += reply.results.length;
      more.hidden = current.shown >= current.total;
      if (firstNew) { firstNew.querySelector("a").focus(); }
    });
  }

  /* Arrow keys move between the search box and the result links. */
  function links() { return Array.prototype.slice.call(document.querySelectorAll("#search-names a, #search-results a")); }
  function onKey(event) {
    if (event.key !== "ArrowDown" && event.key !== "ArrowUp") { return; }
    var all = links(), position = all.indexOf(document.activeElement);
    if (event.target === input) { position = -1; }
    else if (position < 0) { return; }
    var next = position + (event.key === "ArrowDown" ? 1 : -1);
    event.preventDefault();
    if (next < 0) { input.focus(); } else if (next < all.length) { all[next].focus(); }
  }

  var params = new URLSearchParams(window.location.search);
  input.value = params.get("q") || "";
  document.body.dataset.searchReady = "loading";
  // names.js may run after this script (both deferred); both have run once the document is parsed.
  document.addEventListener("DOMContentLoaded", function () { window.CuttingsNames.prepare(); });
  ask({ type: "init" }).then(function (reply) {
    if (reply.error) { status.textContent = reply.notice || "The search index could not be loaded."; return; }
    (reply.years || []).forEach(function (year) {
      var option = document.createElement("option");
      option.value = String(year);
      option.textContent = String(year);
      yearSelect.appendChild(option);
    });
    yearSelect.value = params.get("year") || "";
    document.body.dataset.searchReady = "true";
    search();
  });
  input.addEventListener("input", search);
  yearSelect.addEventListener("change", search);
  more.addEventListener("click", showMore);
  document.addEventListener("keydown", onKey);
  document.querySelector(".search-page form").addEventListener("submit", function (event) {
    event.preventDefault();
    search();
    rememberNow();
  });
  input.addEventListener("blur", rememberNow);
  yearSelect.addEventListener("blur", rememberNow);
  window.addEventListener("pagehide", rememberNow);

  /* For tests and benchmarks: the lunr query a text becomes, and raw lunr queries over the shards. */
  window.CuttingsSearch = {
    raw: function (query) { return ask({ type: "raw", query: query }); }
  };
})();
