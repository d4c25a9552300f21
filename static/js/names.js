/* Suggestions while typing, in every search box: people and councils, from search/names/ (see
   cuttings/search/names.py and fuzzy.py). Loads nothing until a box is used; then the manifest and one small
   file per lookup, and for a misspelt name its word buckets and a few more leaves. Everything shown is set
   with textContent: names are data, never markup. */
(function () {
  "use strict";
  var script = document.currentScript;
  var root = script.dataset.root;
  var folder = root + "search/names/";
  var MAX_SUGGESTIONS = 8;
  /* A record's address leaves out its kind's folder (cuttings/search/names.py, KIND_FOLDERS). */
  var FOLDERS = { p: "people/", c: "councils/" };
  var LARGEST_FILE = 60000;  // a finished word's leaf bigger than this loses to the typed word's top file
  // A misspelt name's lookup reads more leaves only while the files it needs stay within this many bytes
  // (manifest included; files already read count nothing), so a cold page's first suggestion stays small.
  var LOOKUP_BYTES = 56000;
  var NEAR_LEAVES = 5;
  var manifest = null;
  var textReady = null;

  /* search-text.js (CuttingsText, shared with the search worker), loaded with the first lookup: one script tag a
     page rather than two (issue 16). A page that already loaded it (the search page's worker has its own) uses it. */
  function loadText() {
    if (window.CuttingsText) { return Promise.resolve(); }
    if (!textReady) {
      textReady = new Promise(function (resolve, reject) {
        var tag = document.createElement("script");
        tag.src = root + "static/js/search-text.js";
        tag.onload = function () { resolve(); };
        tag.onerror = function () { textReady = null; reject(new Error(tag.src)); };
        document.head.appendChild(tag);
      });
    }
    return textReady;
  }
  var files = Object.create(null);
  var sizes = Object.create(null);

  /* A name file's text: the files but the manifest are stored gzipped, inflated here with DecompressionStream,
     as the search worker inflates its own. A server that sends them with "Content-Encoding: gzip" has the
     browser inflate them already: the bytes then no longer start as gzip's do. */
  function textOf(bytes) {
    if (bytes.length < 2 || bytes[0] !== 0x1f || bytes[1] !== 0x8b) { return new TextDecoder().decode(bytes); }
    var inflater = new DecompressionStream("gzip"), writer = inflater.writable.getWriter();
    writer.write(bytes).catch(function () {});
    writer.close().catch(function () {});
    return new Response(inflater.readable).text();
  }

  function fetchBytes(url, options) {
    return fetch(url, options).then(function (response) {
      if (!response.ok) { throw new Error(url + ": " + response.status); }
      return response.arrayBuffer();
    }).then(function (buffer) { return new Uint8Array(buffer); });
  }

  function parsed(bytes, name) {
    return Promise.resolve(textOf(bytes)).then(function (text) {
      sizes[name] = text.length;
      return JSON.parse(text);
    });
  }

  /* A file that is not the version the manifest names: the site was deployed since the manifest was read. */
  function staleError(name) {
    var error = new Error(folder + name + " is not the version the names manifest lists");
    error.stale = true;
    return error;
  }

  /* Files are numbered by position, so a deploy can give a number other names (cuttings/search/names.py,
     name_pages). As the search worker does (search-worker.js, loadManifest): the manifest is revalidated (an
     ETag round trip), each file is asked for as "?v=<version>" (the CRC-32 of its JSON) and checked, and a file
     of another version makes the lookup start over with the manifest read again. The manifest waits for
     search-text.js, which unpacks the versions. */
  function loadManifest() {
    if (!manifest) {
      manifest = Promise.all([fetchBytes(folder + "manifest.json", { cache: "no-cache" }), loadText()])
        .then(function (read) { return parsed(read[0], "manifest"); })
        .then(function (data) {
          data.nodeNumber = Object.create(null);
          data.nodes.forEach(function (prefix, number) { data.nodeNumber[prefix] = number; });
          var names = data.leaves.map(function (leaf, number) { return String(number); })
            .concat(data.nodes.map(function (prefix, number) { return "top-" + number; }))
            .concat(data.fuzzy.map(bucketFile));
          var versions = CuttingsText.unpackedVersions(data.versions || "");
          data.versionOf = Object.create(null);
          names.forEach(function (name, number) { data.versionOf[name] = versions[number]; });
          return data;
        });
      var asked = manifest;
      manifest.catch(function () { if (manifest === asked) { manifest = null; } });
    }
    return manifest;
  }

  /* File ``name`` (a leaf's number, "top-<n>" or a word bucket) as the manifest ``data`` lists it. A cached copy
     of another version is fetched again past the cache once; then the site has changed since the manifest was
     read. */
  function loadFile(data, name) {
    var version = data.versionOf[name], key = name + "?v=" + version;
    if (!files[key]) {
      var address = folder + name + ".json.gz?v=" + version;
      var matches = function (bytes) { return CuttingsText.contentCrc(bytes) === parseInt(version, 16); };
      files[key] = fetchBytes(address).then(function (bytes) {
        return matches(bytes) ? bytes : fetchBytes(address, { cache: "reload" }).then(function (again) {
          if (!matches(again)) { throw staleError(name); }
          return again;
        });
      }).then(function (bytes) { return parsed(bytes, name); });
      var asked = files[key];
      files[key].catch(function () { if (files[key] === asked) { delete files[key]; } });
    }
    return files[key];
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

  var keyCache = new Map();
  function keysOf(text) {
    var keys = keyCache.get(text);
    if (!keys) {
      if (keyCache.size > 20000) { keyCache.clear(); }
      keys = CuttingsText.nameWords(text);
      keyCache.set(text, keys);
    }
    return keys;
  }

  /* Mirrors cuttings/search/fuzzy.py: SOUND_RULES, sound_key and buckets. */
  var SOUND_RULES = [
    [/^mac/, "mc"], [/^kn/, "n"], [/^wr/, "r"], [/^ps/, "s"], [/^gn/, "n"], [/^wh/, "w"], [/^x/, "s"],
    [/tch/g, "ch"], [/ph/g, "f"], [/^gh/, "g"], [/gh/g, ""], [/ck/g, "k"], [/q/g, "k"], [/x/g, "ks"], [/z/g, "s"],
    [/v/g, "f"], [/dg/g, "j"], [/mp(?=s)/g, "m"], [/th/g, "t"], [/[cs]h/g, "X"], [/Xc/g, "X"], [/c(?=[eiy])/g, "s"],
    [/c/g, "k"]
  ];
  var sounds = new Map();
  function soundKey(word) {
    var found = sounds.get(word);
    if (found !== undefined) { return found; }
    var key = word.replace(/[^a-z]/g, "");
    for (var i = 0; i < SOUND_RULES.length && key; i++) { key = key.replace(SOUND_RULES[i][0], SOUND_RULES[i][1]); }
    found = key ? ("aeiouy".indexOf(key[0]) >= 0 ? "a" : key[0]) + key.slice(1).replace(/[aeiouyhw]/g, "") : "";
    found = found.replace(/(.)\1+/g, "$1");
    if (sounds.size > 20000) { sounds.clear(); }
    sounds.set(word, found);
    return found;
  }

  function bucketsOf(word) {
    var letters = Array.from(word).slice(0, 2), sound = soundKey(word).slice(0, 1).toLowerCase();
    if (sound && sound !== "a") { letters.push(sound); }
    return letters.filter(function (letter, i) { return letters.indexOf(letter) === i; });
  }

  function bucketFile(letter) {
    return "fuzzy-" + (/^[a-z0-9]$/.test(letter) ? letter : "u" + letter.codePointAt(0).toString(16));
  }

  /* Edits allowed for what was typed, by its letters: none under 4, one from 4, two from 8. A name typed in
     full ("Alan Bll") shares them among its words; a word takes at most one edit below 8 letters, and none
     below 3. */
  function tolerance(letters) { return letters < 4 ? 0 : letters < 8 ? 1 : 2; }
  function wordTolerance(word, allowed) { return Math.min(allowed, word.length < 3 ? 0 : word.length < 8 ? 1 : 2); }

  /* Damerau (optimal string alignment) distance from ``word`` to ``key`` and, for a word still being typed,
     to the nearest start of ``key`` of about its length; Infinity beyond ``most``. */
  var rows = [[], [], []];
  function distances(word, key, most, typing) {
    var n = word.length, m = key.length;
    if (Math.abs(n - m) > most && !(typing && m > n)) { return { whole: Infinity, start: Infinity }; }
    var before = rows[0], previous = rows[1], current = rows[2];
    for (var j = 0; j <= m; j++) { previous[j] = j; }
    for (var i = 1; i <= n; i++) {
      current[0] = i;
      var smallest = i;
      for (j = 1; j <= m; j++) {
        var cost = word.charCodeAt(i - 1) === key.charCodeAt(j - 1) ? 0 : 1;
        var value = Math.min(previous[j] + 1, current[j - 1] + 1, previous[j - 1] + cost);
        if (i > 1 && j > 1 && word.charCodeAt(i - 1) === key.charCodeAt(j - 2) &&
            word.charCodeAt(i - 2) === key.charCodeAt(j - 1)) { value = Math.min(value, before[j - 2] + 1); }
        current[j] = value;
        if (value < smallest) { smallest = value; }
      }
      if (smallest > most) { return { whole: Infinity, start: Infinity }; }
      var spare = before; before = previous; previous = current; current = spare;
    }
    var start = Infinity;
    if (typing) {
      for (j = Math.max(0, n - most); j <= Math.min(m, n + most); j++) { start = Math.min(start, previous[j]); }
    }
    return { whole: previous[m] <= most ? previous[m] : Infinity, start: start <= most ? start : Infinity };
  }

  /* How far ``key`` is from a typed ``word`` allowed ``most`` edits, for ranking: 0 when it starts with it;
     the edits when within ``most``, a quarter less when the two also sound alike (Stevenson: Stephenson
     before Stevens); half an edit more when only its start is (for the word being typed); most + 1 when the
     two only sound alike (words of 4 letters or more); Infinity otherwise. ``edits`` is set to the edits
     spent (a sound-alike spends one). */
  var edits = 0;
  function wordScore(word, key, typing, most) {
    edits = 0;
    if (key.indexOf(word) === 0) { return 0; }
    if (!most) { return Infinity; }
    var found = distances(word, key, most, typing);
    var sound = word.length >= 4 ? soundKey(word) : "", alike = sound !== "" && sound === soundKey(key);
    if (found.whole <= most) { edits = found.whole; return found.whole - (alike ? 0.25 : 0); }
    if (found.start <= most) { edits = found.start; return found.start + 0.5; }
    edits = 1;
    return alike ? most + 1 : Infinity;
  }

  /* The sum of each word's best score over ``keys``; Infinity when a word matches none or the words spend
     more edits than ``allowed`` between them. A key already matched by an earlier word costs half an edit
     more ("David Davidsen": David Davidson before John Davidson). */
  var REUSED_KEY = 0.5;
  function scoreOf(words, keys, typing, allowed) {
    var total = 0, spent = 0, used = [];
    for (var w = 0; w < words.length; w++) {
      var best = Infinity, bestEdits = 0, bestKey = -1, last = typing && w === words.length - 1,
          most = wordTolerance(words[w], allowed);
      for (var k = 0; k < keys.length; k++) {
        var score = wordScore(words[w], keys[k], last, most) + (used[k] ? REUSED_KEY : 0);
        if (score < best) { best = score; bestEdits = edits; bestKey = k; }
      }
      if (best === Infinity) { return Infinity; }
      used[bestKey] = true;
      total += best;
      spent += bestEdits;
    }
    return spent <= allowed ? total : Infinity;
  }

  /* A record as a suggestion, or null. */
  function suggestionFor(record, words, typing, allowed) {
    var nameKeys = keysOf(record[1]), allKeys = nameKeys;
    record[4].forEach(function (alias) { allKeys = allKeys.concat(keysOf(alias)); });
    var score = scoreOf(words, allKeys, typing, allowed);
    if (score === Infinity) { return null; }
    var suggestion = { kind: record[0] === "p" ? "person" : "council", name: record[1], count: record[2],
                       url: FOLDERS[record[0]] + record[3], alias: null, score: score,
                       exact: scoreOf(words, nameKeys, typing, allowed) === score };
    if (!suggestion.exact) {
      suggestion.alias = record[4].filter(function (alias) {
        return scoreOf(words, nameKeys.concat(keysOf(alias)), typing, allowed) === score;
      })[0] || null;
    }
    return suggestion;
  }

  /* The best suggestions among these records: names matching as typed first (through the name before through
     an alias), then by edits; then most articles first. */
  function ranked(recordLists, words, typing, allowed, near) {
    var seen = Object.create(null), found = [];
    recordLists.forEach(function (records, list) {
      for (var i = 0; i < records.length; i++) {
        var record = records[i];
        if (seen[record[0] + record[3]]) { continue; }
        if (list > 0 && !worthScoring(record, words, near)) { continue; }
        seen[record[0] + record[3]] = true;
        var suggestion = suggestionFor(record, words, typing, allowed);
        if (suggestion) { found.push(suggestion); }
      }
    });
    found.sort(function (a, b) {
      return a.score - b.score || (b.exact - a.exact) || b.count - a.count ||
        (a.name < b.name ? -1 : a.name > b.name ? 1 : 0) || (a.url < b.url ? -1 : 1);
    });
    return found.slice(0, MAX_SUGGESTIONS);
  }

  /* Whether a record read for a misspelt name could match at all: a word of it starts with a typed word or is
     near one. Most records of a leaf read for one near word have neither, and are passed over without
     working out edit distances. */
  function worthScoring(record, words, near) {
    var texts = [record[1]].concat(record[4]);
    for (var t = 0; t < texts.length; t++) {
      var keys = keysOf(texts[t]);
      for (var k = 0; k < keys.length; k++) {
        if (near.has(keys[k])) { return true; }
        for (var w = 0; w < words.length; w++) { if (keys[k].indexOf(words[w]) === 0) { return true; } }
      }
    }
    return false;
  }

  /* Name words near a typed word (not starting with it), nearest first, then best known (bucket order); and
     whether the word is itself a name word. */
  function nearWords(data, word, typing, most) {
    var letters = bucketsOf(word).filter(function (letter) { return data.fuzzy.indexOf(letter) >= 0; });
    return Promise.all(letters.map(function (letter) { return loadFile(data, bucketFile(letter)); })).then(function (lists) {
      var near = [], seen = Object.create(null), known = false;
      lists.forEach(function (list) {
        list.forEach(function (key, rank) {
          if (seen[key]) { return; }
          seen[key] = true;
          known = known || key === word;
          var score = wordScore(word, key, typing, most);
          if (score > 0 && score !== Infinity) { near.push({ key: key, score: score, rank: rank }); }
        });
      });
      near.sort(function (a, b) { return a.score - b.score || a.rank - b.rank; });
      return { near: near, known: known };
    });
  }

  /* Promise of the best few people and councils for what was typed (empty before the second letter). Names
     found as typed come from one file. When they are fewer than fit and some edits are allowed, more files
     are read, within LOOKUP_BYTES: the leaves of the other words typed in full (a first name's holds everyone
     of that name, whatever the surname), then the leaves of name words near the typed words (from the
     words' buckets; words that are not name words themselves first). */
  function lookup(query) {
    var started = generation;
    return loadText().then(function () { return lookupWords(query); }).catch(function (error) {
      if (!error.stale) { throw error; }
      if (generation === started) { restart(); }
      return lookupWords(query);
    });
  }

  /* Lets the manifest and the files read under it go, after a file of another version: the site was deployed. */
  var generation = 0;
  function restart() {
    generation++;
    manifest = null;
    files = Object.create(null);
  }

  function lookupWords(query) {
    var words = CuttingsText.nameWords(query);
    var letters = words.join("").length;
    if (letters < 2) { return Promise.resolve([]); }
    var typing = !/\s$/.test(query), allowed = tolerance(letters);
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
      var first = best ? loadFile(data, best.file) : Promise.resolve([]);
      return first.then(function (records) {
        var found = ranked([records], words, typing, allowed);
        var fuzzy = words.filter(function (word) { return wordTolerance(word, allowed) > 0; })
          .sort(function (a, b) { return b.length - a.length; }).slice(0, 3);
        if (found.length >= MAX_SUGGESTIONS || !fuzzy.length || !data.fuzzy) { return found; }
        var read = [], bytes = 0;
        function take(source) {
          if (!source || !source.complete || (best && source.file === best.file) || read.indexOf(source.file) >= 0 ||
              read.length >= NEAR_LEAVES) { return; }
          var cost = files[source.file + "?v=" + data.versionOf[source.file]] ? 0 : source.bytes;
          if (bytes + cost > LOOKUP_BYTES) { return; }
          bytes += cost;
          read.push(source.file);
        }
        var near = fuzzy.map(function (word) {
          return nearWords(data, word, typing && word === words[words.length - 1], wordTolerance(word, allowed));
        });
        return Promise.all(near).then(function (lists) {
          bytes = sizes.manifest + (best ? sizes[best.file] : 0);
          fuzzy.forEach(function (word) {
            bucketsOf(word).forEach(function (letter) { bytes += sizes[bucketFile(letter)] || 0; });
          });
          sources.forEach(function (source, position) {
            if (!(typing && position === words.length - 1)) { take(source); }
          });
          lists.sort(function (a, b) { return a.known - b.known; });
          lists.forEach(function (list) {
            list.near.forEach(function (word) { take(sourceFor(data, word.key, true)); });
          });
          if (!read.length) { return found; }
          var nearKeys = new Set();
          lists.forEach(function (list) { list.near.forEach(function (word) { nearKeys.add(word.key); }); });
          return Promise.all(read.map(function (name) { return loadFile(data, name); })).then(function (more) {
            return ranked([records].concat(more), words, typing, allowed, nearKeys);
          });
        });
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
    input.addEventListener("focus", function () {
      loadManifest().catch(function () {});  // loadManifest forgets a failed manifest itself, and only if it is still the current one
      loadText().catch(function () {});
    });
  }

  /* The header's search box, drawn in place of its link to the search page (templates/base.html), as
     templates/_partials/searchbox.html writes the others. */
  function drawHeaderBox() {
    var link = document.querySelector(".site-header a.search-link");
    if (!link) { return; }
    var form = document.createElement("form");
    form.className = "search-form";
    form.setAttribute("role", "search");
    form.setAttribute("action", link.getAttribute("href"));
    var input = document.createElement("input");
    input.className = "search-input";
    input.type = "search";
    input.name = "q";
    input.setAttribute("aria-label", "Search");
    input.setAttribute("placeholder", "Search names, councils, words");
    input.setAttribute("autocomplete", "off");
    input.setAttribute("spellcheck", "false");
    var button = document.createElement("button");
    button.textContent = "Search";
    form.appendChild(input);
    form.appendChild(button);
    link.replaceWith(form);
  }

  function addStyles() {
    var link = document.createElement("link");
    link.rel = "stylesheet";
    link.href = root + "static/css/search.css";
    document.head.appendChild(link);
  }

  /* The search page reads the manifest as it opens, so the first name lookup needs one file, not two. */
  function prepare() { loadManifest().catch(function () {}); loadText().catch(function () {}); }

  /* For the benchmark: the next lookup reads (and counts) its files as on a page just opened. */
  function forget() {
    files = Object.create(null);
    sizes = { manifest: sizes.manifest };
  }

  window.CuttingsNames = { lookup: lookup, describe: describe, prepare: prepare, forget: forget, soundKey: soundKey,
                           bucketsOf: bucketsOf };
  addStyles();
  drawHeaderBox();
  document.querySelectorAll("input.search-input").forEach(function (input) {
    if (!input.hasAttribute("data-search-page")) { attach(input); }
  });
})();
