/* Search page: lunr.js over the index lunr.py built. Results are built with textContent only:
   article text is data and never becomes markup. */
(function () {
  "use strict";
  var script = document.currentScript;
  var root = script.dataset.root;
  var input = document.querySelector(".search-page .search-input");
  var status = document.getElementById("search-status");
  var list = document.getElementById("search-results");
  var KIND_LABEL = { person: "Person", council: "Council", article: "Article" };
  var index = null;
  var documents = null;

  function terms(query) {
    return query.toLowerCase().split(/[^\p{L}\p{N}'’]+/u)
      .map(function (t) { return t.replace(/['’]/g, ""); })
      .filter(function (t) { return t.length > 0; });
  }

  function search(query) {
    var words = terms(query);
    if (!words.length) { return []; }
    return index.query(function (q) {
      words.forEach(function (word) {
        q.term(word, { boost: 10 });
        q.term(word, { usePipeline: false, wildcard: lunr.Query.wildcard.TRAILING, boost: 2 });
        if (word.length >= 5) { q.term(word, { usePipeline: false, editDistance: 1, boost: 1 }); }
      });
    });
  }

  function show(query) {
    list.textContent = "";
    if (!query.trim()) { status.textContent = ""; return; }
    var results = search(query);
    status.textContent = results.length ? results.length + " result" + (results.length === 1 ? "" : "s") + " for “" + query + "”"
      : "No results for “" + query + "”. Try a surname, a council or a single word.";
    results.slice(0, 50).forEach(function (result) {
      var doc = documents[result.ref];
      if (!doc) { return; }
      var item = document.createElement("li");
      item.className = "result-" + doc.kind;
      var label = document.createElement("span");
      label.className = "kind-label";
      label.textContent = KIND_LABEL[doc.kind] + (doc.date ? " · " + doc.date : "");
      var link = document.createElement("a");
      link.href = root + doc.url;
      link.textContent = doc.title;
      var summary = document.createElement("span");
      summary.className = "summary";
      summary.textContent = doc.summary || "";
      item.appendChild(label);
      item.appendChild(document.createElement("br"));
      item.appendChild(link);
      item.appendChild(summary);
      list.appendChild(item);
    });
  }

  function load() {
    return Promise.all([
      fetch(script.dataset.index).then(function (r) { return r.json(); }),
      fetch(script.dataset.documents).then(function (r) { return r.json(); })
    ]).then(function (loaded) {
      index = lunr.Index.load(loaded[0]);
      documents = loaded[1];
    });
  }

  var initial = new URLSearchParams(window.location.search).get("q") || "";
  input.value = initial;
  status.textContent = "Loading the search index…";
  load().then(function () {
    document.body.dataset.searchReady = "true";
    show(input.value);
    input.addEventListener("input", function () {
      show(input.value);
      var url = new URL(window.location.href);
      url.searchParams.set("q", input.value);
      window.history.replaceState(null, "", url);
    });
  }).catch(function () {
    status.textContent = "The search index could not be loaded.";
  });
})();
