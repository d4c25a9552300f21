/* Suggestions while typing, in every search box: people and councils, from search/names/ (see
   cuttings/search/names.py). Loads nothing until a box is used; then the manifest and one small file per
   lookup. Everything shown is set with textContent: names are data, never markup. */
(function () {
  "use strict";
  var script = document.currentScript;
  var root = script.dataset.root;
  var folder = root + "search/names/";
  var MAX_SUGGESTIONS = 8;
  var LARGEST_FILE = 60000;  // a finished word's leaf bigger than this loses to the typed word's top file
  var manifest = null;
  var files = Object.create(null);

  function getJSON(url) {
    return fetch(url).then(function (response) {
      if (!response.ok) { throw new Error(url + ": " + response.status); }
      return response.json();
    });
  }

  function loadManifest() {
    if (!manifest) {
      manifest = getJSON(folder + "manifest.json").then(function (data) {
        data.nodeNumber = Object.create(null);
        data.nodes.forEach(function (prefix, number) { data.nodeNumber[prefix] = number; });
        return data;
      });
    }
    return manifest;
  }

  function loadFile(name) {
    if (!files[name]) { files[name] = getJSON(folder + name + ".json"); }
    return files[name];
  }

  /* The file to read for one word: {file, complete, bytes}. A finished word (more follows) is looked up
     whole; the word being typed as a prefix, from a top file when its prefix was split. */
  function sourceFor(data, word, finished) {
    var covering = null;
    for (var i = 0; i < data.leaves.length; i++) {
      var leaf = data.leaves[i];
      if (leaf[1] === 1 && finished && leaf[0] === word) { return { file: String(i), complete: true, bytes: leaf[2] }; }
      if (leaf[1] === 0 && word.indexOf(leaf[0]) === 0 && (!covering || leaf[0].length > covering.prefix.length)) {
        covering = { file: String(i), complete: true, bytes: leaf[2], prefix: leaf[0] };
      }
    }
    if (!finished && data.nodeNumber[word] !== undefined) {
      return { file: "top-" + data.nodeNumber[word], complete: false, bytes: 0 };
    }
    return covering;
  }

  function keysOf(texts) {
    var keys = [];
    texts.forEach(function (text) { keys = keys.concat(CuttingsText.nameWords(text)); });
    return keys;
  }

  function matchesAll(words, keys) {
    return words.every(function (word) {
      return keys.some(function (key) { return key.indexOf(word) === 0; });
    });
  }

  function toSuggestion(record, words) {
    var suggestion = { kind: record[0] === "p" ? "person" : "council", name: record[1], count: record[2],
                       url: record[3], alias: null, exact: matchesAll(words, keysOf([record[1]])) };
    if (!suggestion.exact) {
      suggestion.alias = record[4].filter(function (alias) { return matchesAll(words, keysOf([alias])); })[0] || null;
    }
    return suggestion;
  }

  /* Promise of the best few people and councils for what was typed (empty before the second letter). */
  function lookup(query) {
    var words = CuttingsText.nameWords(query);
    if (words.join("").length < 2) { return Promise.resolve([]); }
    var typing = !/\s$/.test(query);
    return loadManifest().then(function (data) {
      var sources = [];
      words.forEach(function (word, position) {
        var source = sourceFor(data, word, !(typing && position === words.length - 1));
        if (source) { source.length = word.length; sources.push(source); }
      });
      // A small complete leaf beats a top file; a top file beats a very large leaf.
      function smallest(a, b) { return a.bytes <= b.bytes ? a : b; }
      var small = sources.filter(function (s) { return s.complete && s.bytes <= LARGEST_FILE; });
      var tops = sources.filter(function (s) { return !s.complete; });
      var best = small.length ? small.reduce(smallest)
        : tops.length ? tops.reduce(function (a, b) { return a.length >= b.length ? a : b; })
        : sources.length ? sources.reduce(smallest) : null;
      if (!best) { return []; }
      return loadFile(best.file).then(function (records) {
        var found = [];
        for (var i = 0; i < records.length; i++) {
          var record = records[i];
          if (matchesAll(words, keysOf([record[1]].concat(record[4])))) { found.push(toSuggestion(record, words)); }
        }
        // Records come most-mentioned first; names that match as written go before matches through an alias.
        found.sort(function (a, b) { return (b.exact - a.exact); });
        return found.slice(0, MAX_SUGGESTIONS);
      });
    });
  }

  function describe(suggestion) {
    return (suggestion.kind === "person" ? "Person" : "Council") + " · " + suggestion.count +
      (suggestion.count === 1 ? " article" : " articles");
  }

  /* The combobox: one per search box, except the search page's own box, which lists names with its results. */
  var boxes = 0;
  function attach(input) {
    var form = input.form;
    if (!form) { return; }
    var number = ++boxes;
    var list = document.createElement("ul");
    list.id = "name-suggestions-" + number;
    list.className = "name-suggestions";
    list.setAttribute("role", "listbox");
    list.setAttribute("aria-label", "People and councils");
    list.hidden = true;
    var status = document.createElement("p");
    status.className = "visually-hidden";
    status.setAttribute("role", "status");
    form.appendChild(list);
    form.appendChild(status);
    form.classList.add("has-suggestions");
    input.setAttribute("role", "combobox");
    input.setAttribute("aria-autocomplete", "list");
    input.setAttribute("aria-expanded", "false");
    input.setAttribute("aria-controls", list.id);
    var active = -1;
    var shown = [];
    var asked = 0;

    function setActive(position) {
      var options = list.querySelectorAll("[role=option]");
      active = position;
      options.forEach(function (option, i) { option.setAttribute("aria-selected", i === position ? "true" : "false"); });
      if (position >= 0 && options[position]) { input.setAttribute("aria-activedescendant", options[position].id); }
      else { input.removeAttribute("aria-activedescendant"); }
    }

    function close() {
      list.hidden = true;
      input.setAttribute("aria-expanded", "false");
      setActive(-1);
    }

    function render(suggestions, query) {
      list.textContent = "";
      shown = suggestions;
      suggestions.forEach(function (suggestion, i) {
        var option = document.createElement("li");
        option.id = list.id + "-" + i;
        option.setAttribute("role", "option");
        option.className = "name-suggestion name-" + suggestion.kind;
        var link = document.createElement("a");
        link.href = root + suggestion.url;
        link.tabIndex = -1;
        var name = document.createElement("span");
        name.className = "name";
        name.textContent = suggestion.name;
        link.appendChild(name);
        if (suggestion.alias) {
          var alias = document.createElement("span");
          alias.className = "alias";
          alias.textContent = "as “" + suggestion.alias + "”";
          link.appendChild(alias);
        }
        var meta = document.createElement("span");
        meta.className = "meta";
        meta.textContent = describe(suggestion);
        link.appendChild(meta);
        option.appendChild(link);
        option.addEventListener("mousedown", function (event) { event.preventDefault(); });
        list.appendChild(option);
      });
      list.hidden = suggestions.length === 0;
      input.setAttribute("aria-expanded", suggestions.length ? "true" : "false");
      setActive(-1);
      status.textContent = query.trim().length < 2 ? "" : suggestions.length ?
        suggestions.length + (suggestions.length === 1 ? " name suggested" : " names suggested") + "; use the arrow keys" :
        "";
      list.dataset.query = query;
    }

    input.addEventListener("input", function () {
      var query = input.value;
      var ticket = ++asked;
      lookup(query).then(function (suggestions) {
        if (ticket === asked) { render(suggestions, query); }
      }).catch(function () { if (ticket === asked) { render([], query); } });
    });
    input.addEventListener("keydown", function (event) {
      if (list.hidden) { return; }
      if (event.key === "ArrowDown" || event.key === "ArrowUp") {
        event.preventDefault();
        var step = event.key === "ArrowDown" ? 1 : -1;
        var next = active + step;
        if (next >= shown.length) { next = -1; }
        if (next < -1) { next = shown.length - 1; }
        setActive(next);
      } else if (event.key === "Enter" && active >= 0) {
        event.preventDefault();
        window.location.href = root + shown[active].url;
      } else if (event.key === "Escape") {
        close();
      }
    });
    input.addEventListener("blur", function () { window.setTimeout(close, 150); });
    input.addEventListener("focus", function () { loadManifest().catch(function () { manifest = null; }); });
  }

  function addStyles() {
    var link = document.createElement("link");
    link.rel = "stylesheet";
    link.href = root + "static/css/search.css";
    document.head.appendChild(link);
  }

  window.CuttingsNames = { lookup: lookup, describe: describe };
  addStyles();
  document.querySelectorAll("input.search-input").forEach(function (input) {
    if (!input.hasAttribute("data-search-page")) { attach(input); }
  });
})();
