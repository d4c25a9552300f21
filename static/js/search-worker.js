/* The full-text search, off the main thread: lunr.js over the shards of search/terms/ that a query needs.
   See cuttings/search/fulltext.py for why a set of shards scores a query exactly as the whole index would. */
"use strict";
importScripts("../vendor/lunr/lunr.min.js", "search-text.js");

var root = new URL("../../", self.location.href).href;
var MAX_SHARDS_FOR_PREFIX = 4;
var PREFIX_MIN_LETTERS = 3;
var FUZZY_MIN_LETTERS = 5;
var SNIPPET_CHARS = 220;
var manifest = null;
var shardFiles = Object.create(null);
var textFiles = Object.create(null);
var builtIndex = { key: null, index: null };
var latest = 0;
var EMPTY = Object.freeze({});

function getJSON(url) {
  return fetch(url).then(function (response) {
    if (!response.ok) { throw new Error(url + ": " + response.status); }
    return response.json();
  });
}

function loadManifest() {
  if (!manifest) { manifest = getJSON(root + "search/manifest.json"); }
  return manifest;
}

function loadShard(number) {
  if (!shardFiles[number]) { shardFiles[number] = getGzippedJSON(root + "search/terms/" + number + ".json.gz").then(decodeShard); }
  return shardFiles[number];
}

/* A shard as lunr.js wants it, built once: postings by term, each document field's weights for these terms
   (in term order, so vectors from several shards concatenate in order), and the terms' token set. */
function decodeShard(raw) {
  var fields = manifestData.fields, postings = Object.create(null), vectors = Object.create(null);
  for (var t = 0; t < raw.terms.length; t++) {
    var termIndex = raw.first + t, posting = { _index: termIndex }, encoded = raw.postings[t];
    for (var f = 0; f < fields.length; f++) {
      var field = fields[f], fieldPosting = Object.create(null), entry = encoded[f];
      if (entry) {
        var count = entry[0], ref = 0;
        for (var k = 0; k < count; k++) {
          ref += entry[1 + k];
          var refText = String(ref), fieldRef = field + "/" + refText;
          fieldPosting[refText] = EMPTY;
          (vectors[fieldRef] || (vectors[fieldRef] = [])).push(termIndex, entry[1 + count + k] / 1000);
        }
      }
      posting[field] = fieldPosting;
    }
    postings[raw.terms[t]] = posting;
  }
  var built = Object.create(null);
  return {
    postings: postings, vectors: vectors, tokenSet: lunr.TokenSet.fromArray(raw.terms),
    vector: function (fieldRef) {
      return built[fieldRef] || (built[fieldRef] = new lunr.Vector(vectors[fieldRef] || []));
    }
  };
}

/* A gzipped JSON file, inflated here with DecompressionStream. A server that sends it with
   "Content-Encoding: gzip" has the browser inflate it already: the bytes then no longer start as gzip's do. */
function getGzippedJSON(url) {
  return fetch(url).then(function (response) {
    if (!response.ok) { throw new Error(url + ": " + response.status); }
    return response.arrayBuffer();
  }).then(function (buffer) {
    var bytes = new Uint8Array(buffer);
    if (bytes.length < 2 || bytes[0] !== 0x1f || bytes[1] !== 0x8b) {
      return JSON.parse(new TextDecoder().decode(bytes));
    }
    var inflated = new Blob([bytes]).stream().pipeThrough(new DecompressionStream("gzip"));
    return new Response(inflated).json();
  });
}

/* What a result shows of the article ``ref``: its file holds ``texts_per_file`` articles' from a multiple of it. */
function loadText(ref) {
  var number = Number(ref), perFile = manifestData.texts_per_file;
  var file = Math.floor(number / perFile);
  if (!textFiles[file]) { textFiles[file] = getGzippedJSON(root + "search/text/" + file + ".json.gz"); }
  return textFiles[file].then(function (texts) { return texts[number - file * perFile]; });
}

function stem(word) { return lunr.stemmer(new lunr.Token(word)).toString(); }

function trimmed(word) {
  var token = lunr.trimmer(new lunr.Token(word));
  return token ? token.toString() : "";
}

function isStopWord(word) { return lunr.stopWordFilter(new lunr.Token(word)) === undefined; }

/* The shard whose run of terms holds ``term``. */
function shardOf(shards, term) {
  var low = 0, high = shards.length - 1;
  while (low < high) {
    var middle = (low + high + 1) >> 1;
    if (shards[middle] <= term) { low = middle; } else { high = middle - 1; }
  }
  return low;
}

function shardsForPrefix(shards, prefix) {
  var first = shardOf(shards, prefix), last = shardOf(shards, prefix + "\uffff"), found = [];
  for (var i = first; i <= last; i++) { found.push(i); }
  return found;
}

/* A reader's query -> the words to look up and the shards they need. Every word is searched as written
   (stemmed, boost 3) and, while it is being typed, as a prefix; ``person:``/``council:``/``title:``/``year:``
   words and the year filter are required. */
function plan(text, year) {
  var data = manifestData;
  var lookups = [], shards = Object.create(null), words = [];
  var typing = !/\s$/.test(text);
  var pattern = /([\p{L}]+):"([^"]*)"?|([\p{L}]+):(\S*)|"([^"]*)"?|(\S+)/gu;
  var folded = CuttingsText.fold(text).toLowerCase();
  var match, parts = [];
  while ((match = pattern.exec(folded)) !== null) {
    var field = match[1] || match[3];
    var value = match[2] !== undefined ? match[2] : match[4] !== undefined ? match[4] : match[5] !== undefined ? match[5] : match[6];
    if (field && !data.query_fields[field]) { value = field + " " + value; field = null; }
    parts.push({ field: field ? data.query_fields[field] : null, words: CuttingsText.queryWords(value) });
  }
  var lastPart = parts.length - 1;
  parts.forEach(function (part, partNumber) {
    part.words.forEach(function (raw, position) {
      var word = trimmed(raw);
      if (!word || isStopWord(word)) { return; }
      var lookup = { field: part.field, word: word, term: stem(word), prefix: false };
      shards[shardOf(data.shards, lookup.term)] = true;
      words.push(word);
      var last = typing && partNumber === lastPart && position === part.words.length - 1;
      if (!part.field && last && word.length >= PREFIX_MIN_LETTERS) {
        var needed = shardsForPrefix(data.shards, word);
        if (needed.length <= MAX_SHARDS_FOR_PREFIX) {
          needed.forEach(function (n) { shards[n] = true; });
          lookup.prefix = true;
        }
      }
      lookups.push(lookup);
    });
  });
  if (year && lookups.length) {
    lookups.push({ field: "year", word: String(year), term: String(year), prefix: false });
    shards[shardOf(data.shards, String(year))] = true;
  }
  return {
    lookups: lookups, words: words,
    shards: Object.keys(shards).map(Number).sort(function (a, b) { return a - b; })
  };
}

/* The lunr query string for a plan, once its shards are loaded: a long word the index does not have is
   taken for a typo and matched within one edit ("abernathy" finds "abernethy"). */
function queryString(lookups, invertedIndex) {
  return lookups.map(function (lookup) {
    var typo = lookup.word.length >= FUZZY_MIN_LETTERS && !/^\d+$/.test(lookup.word) && !invertedIndex[lookup.term];
    if (lookup.field) { return "+" + lookup.field + ":" + lookup.word + (typo ? "~1" : ""); }
    return lookup.word + "^3" + (lookup.prefix ? " " + lookup.word + "*" : "") + (typo ? " " + lookup.word + "~1" : "");
  }).join(" ");
}

/* A lunr.Index over just these shards. Field vectors are put together only for the documents a query
   touches, and term expansion (prefix, typo) asks each shard's token set in turn: nothing is rebuilt per
   keystroke beyond what the query reads. */
function indexOver(numbers, shards) {
  var key = numbers.join(",");
  if (builtIndex.key === key) { return builtIndex.index; }
  var invertedIndex = Object.create(null);
  shards.forEach(function (shard) { Object.assign(invertedIndex, shard.postings); });
  var fieldVectors = new Proxy(Object.create(null), {
    get: function (vectors, fieldRef) {
      if (shards.length === 1) { return shards[0].vector(fieldRef); }
      if (!(fieldRef in vectors)) {
        var elements = [];
        shards.forEach(function (shard) {
          var own = shard.vectors[fieldRef];
          if (own) { for (var i = 0; i < own.length; i++) { elements.push(own[i]); } }
        });
        vectors[fieldRef] = new lunr.Vector(elements);
      }
      return vectors[fieldRef];
    }
  });
  var tokenSet = {
    intersect: function (other) {
      return { toArray: function () {
        var found = [];
        shards.forEach(function (shard) { found = found.concat(shard.tokenSet.intersect(other).toArray()); });
        return found;
      } };
    }
  };
  var index = new lunr.Index({
    invertedIndex: invertedIndex, fieldVectors: fieldVectors, tokenSet: tokenSet,
    fields: manifestData.fields, pipeline: lunr.Pipeline.load(["stemmer"])
  });
  builtIndex = { key: key, index: index };
  return index;
}

/* Loads a plan's shards; ``query`` is the lunr query string, or made from the plan's lookups. */
function runQuery(planned) {
  if (!planned.query && !planned.lookups.length) { return Promise.resolve({ query: "", results: [] }); }
  return Promise.all(planned.shards.map(loadShard)).then(function (loaded) {
    var index = indexOver(planned.shards, loaded);
    var query = planned.query || queryString(planned.lookups, index.invertedIndex);
    var results;
    try { results = index.search(query); } catch (error) { results = []; }
    return { query: query, results: results };
  });
}

var stems = new Map();
var wordsByText = new Map();
var WORDS_CACHED = 400;

function stemOf(word) {
  var found = stems.get(word);
  if (found === undefined) {
    var plain = trimmed(CuttingsText.fold(word).toLowerCase());
    found = plain ? stem(plain) : "";
    stems.set(word, found);
  }
  return found;
}

/* [start, end, stem] of every word of a text, kept for the texts seen lately. */
function wordsOf(text) {
  var words = wordsByText.get(text);
  if (!words) {
    var wordPattern = /[\p{L}\p{N}'’]+/gu, match;
    words = [];
    while ((match = wordPattern.exec(text)) !== null) {
      words.push([match.index, match.index + match[0].length, stemOf(match[0])]);
    }
    if (wordsByText.size >= WORDS_CACHED) { wordsByText.clear(); }
    wordsByText.set(text, words);
  }
  return words;
}

/* Pieces of ``text`` [[text, highlighted]...] around the first matched word, matched words highlighted. */
function highlight(text, matched, window) {
  var spans = wordsOf(text).filter(function (word) { return matched[word[2]]; });
  var start = 0, end = text.length, prefix = "", suffix = "";
  if (window && text.length > window) {
    var first = spans.length ? spans[0][0] : 0;
    start = Math.max(0, first - Math.floor(window / 3));
    if (start > 0) { start = text.indexOf(" ", start) + 1 || start; prefix = "…"; }
    end = Math.min(text.length, start + window);
    if (end < text.length) { end = text.lastIndexOf(" ", end) > start ? text.lastIndexOf(" ", end) : end; suffix = "…"; }
  }
  var pieces = [], at = start;
  if (prefix) { pieces.push([prefix, false]); }
  spans.forEach(function (span) {
    if (span[0] < start || span[1] > end) { return; }
    if (span[0] > at) { pieces.push([text.slice(at, span[0]), false]); }
    pieces.push([text.slice(span[0], span[1]), true]);
    at = span[1];
  });
  if (end > at) { pieces.push([text.slice(at, end), false]); }
  if (suffix) { pieces.push([suffix, false]); }
  return pieces;
}

function present(result) {
  var matched = Object.create(null);
  Object.keys(result.matchData.metadata).forEach(function (term) { matched[term] = true; });
  return loadText(result.ref).then(function (doc) {
    return {
      ref: result.ref, score: result.score, url: doc.u, date: doc.d,
      title: highlight(doc.t, matched, 0), snippet: highlight(doc.b, matched, SNIPPET_CHARS)
    };
  });
}

var manifestData = null;

function handle(message) {
  var id = message.id;
  return loadManifest().then(function (data) {
    if (!manifestData) {
      manifestData = data;
    }
    if (message.type === "init") { return { years: data.years, documents: data.documents }; }
    var planned = message.type === "raw" ? { query: message.query, lookups: [], words: [], shards: rawShards(message.query) }
      : plan(message.text || "", message.year || "");
    return runQuery(planned).then(function (answer) {
      var results = answer.results;
      if (id !== latest && message.type !== "raw") { return null; }
      if (message.type === "raw") {
        return { query: answer.query, results: results.map(function (r) { return { ref: r.ref, score: r.score }; }) };
      }
      var offset = message.offset || 0, count = message.count || 10;
      return Promise.all(results.slice(offset, offset + count).map(present)).then(function (shown) {
        return { query: answer.query, words: planned.words, total: results.length, offset: offset, results: shown };
      });
    });
  });
}

/* For tests: the shards a lunr query string's terms need (terms as written, stemmed, and any prefix). */
function rawShards(query) {
  var shards = Object.create(null);
  query.split(/\s+/).forEach(function (clause) {
    var term = clause.replace(/^[+-]/, "").replace(/^[a-z]+:/, "").replace(/[~^]\d+$/, "").replace(/[~^]\d+$/, "");
    if (!term) { return; }
    if (/\*$/.test(term)) {
      shardsForPrefix(manifestData.shards, term.slice(0, -1)).forEach(function (n) { shards[n] = true; });
    } else {
      shards[shardOf(manifestData.shards, stem(term))] = true;
    }
  });
  return Object.keys(shards).map(Number).sort(function (a, b) { return a - b; });
}

self.onmessage = function (event) {
  var message = event.data;
  if (message.type !== "raw" && message.type !== "init") { latest = message.id; }
  handle(message).then(function (reply) {
    if (reply) { reply.id = message.id; self.postMessage(reply); }
  }).catch(function (error) {
    self.postMessage({ id: message.id, error: String(error && error.message || error) });
  });
};
