/* The full-text search, off the main thread: lunr.js over the shards of search/terms/ that a query needs.
   See cuttings/search/fulltext.py for why a set of shards scores a query exactly as the whole index would. */
"use strict";
importScripts("../vendor/lunr/lunr.min.js", "search-text.js");

var root = new URL("../../", self.location.href).href;
var MAX_SHARDS_FOR_PREFIX = 4;
var PREFIX_MIN_LETTERS = 3;
var FUZZY_MIN_LETTERS = 5;
var SNIPPET_CHARS = 220;
/* The search data's format this worker reads (MANIFEST_VERSION, cuttings/search/__init__.py). */
var FORMAT = 5;
var manifest = null;
var shardFiles = Object.create(null);
var textFiles = Object.create(null);
var builtIndex = { key: null, index: null };
var latest = 0;
var EMPTY = Object.freeze({});
/* How many times the manifest was let go (``forget``): a query that began under another gives no answer. */
var generation = 0;

/* Why a query has no answer, said to the reader as it stands (search.js shows ``notice``). */
var NOTICES = {
  format: "The site's search has changed since this page was loaded: reload the page to search it (if this stays, " +
    "your browser still has the old page: try again in ten minutes).",
  updating: "The site's search data is being updated: try again in a minute."
};

function noticeError(kind) {
  var error = new Error(NOTICES[kind]);
  error.notice = NOTICES[kind];
  return error;
}

/* A file that is not the version the manifest names: the site was deployed since the manifest was read. */
function staleError(url) {
  var error = new Error(url + " is not the version the search manifest names");
  error.stale = true;
  return error;
}

function fetchBytes(url, options) {
  return fetch(url, options).then(function (response) {
    if (!response.ok) { throw new Error(url + ": " + response.status); }
    return response.arrayBuffer();
  }).then(function (buffer) { return new Uint8Array(buffer); });
}

/* GitHub Pages lets a browser keep every file ten minutes (Cache-Control: max-age=600), so after a deploy a
   cached manifest could meet new shards, or this worker's manifest a new file. The manifest is revalidated
   (an ETag round trip, a few hundred bytes); the files it names are asked for by version, "?v=<version>", and
   checked (cuttings/search/__init__.py, Versions). A copy in the browser's cache is reused only as that
   version. */
function loadManifest() {
  if (!manifest) {
    manifest = fetchBytes(root + "search/manifest.json", { cache: "no-cache" }).then(function (bytes) {
      var data = JSON.parse(new TextDecoder().decode(bytes));
      if (data.version !== FORMAT) { throw noticeError("format"); }
      data.shardVersions = CuttingsText.unpackedVersions(data.shard_versions);
      data.textVersions = CuttingsText.unpackedVersions(data.text_versions);
      return data;
    });
    var asked = manifest;
    manifest.catch(function () { if (manifest === asked) { manifest = null; } });
  }
  return manifest;
}

/* Lets the manifest and all read under it go: the next query reads the manifest again. */
function forget() {
  generation++;
  manifest = null;
  manifestData = null;
  shardFiles = Object.create(null);
  textFiles = Object.create(null);
  builtIndex = { key: null, index: null };
  numerators = denominators = null;
}

/* ``url`` as version ``version``: ``read(bytes)`` gives a promise of its value, or of null when the bytes are
   another version's. A cached copy of another version (the file was fetched by a worker still holding an older
   manifest) is fetched again past the cache once; then the site has changed since the manifest was read. */
function getVersioned(url, version, read) {
  var address = url + "?v=" + version;
  return fetchBytes(address).then(read).then(function (value) {
    if (value !== null) { return value; }
    return fetchBytes(address, { cache: "reload" }).then(read).then(function (again) {
      if (again === null) { throw staleError(url); }
      return again;
    });
  });
}

function loadShard(number) {
  if (!shardFiles[number]) {
    var version = manifestData.shardVersions[number], url = root + "search/terms/" + number + ".json.gz",
        started = generation;
    shardFiles[number] = getVersioned(url, version, function (bytes) {
      return CuttingsText.contentCrc(bytes) === parseInt(version, 16) ? jsonOf(bytes) : null;
    }).then(function (raw) {
      unchangedSince(started);  // decoded with the manifest it was read for, or not at all
      return decodeShard(raw);
    });
  }
  return shardFiles[number];
}

/* The field length a posting's code stands for (cuttings/search/fulltext.py, ``coded_length``): below 32 the
   length itself, then the middle of the lengths sharing its top 5 bits. */
function codedLength(code) {
  if (code < 32) { return code; }
  var shift = (code >> 4) - 1;
  return (2 * ((code & 15) + 16) + 1) * Math.pow(2, shift - 1);
}

var TABLED_CODES = 8192;
var numerators = null, denominators = null;

/* A posting code's (K1 + 1) * tf and BM25 denominator in field ``f``, at ``[f * TABLED_CODES + code]`` of the two
   tables, each worked out once (0 until then: neither is ever 0); codes past the tables' (a term 17 times in a
   field or more) every time. */
function codeParts(f, code) {
  var data = manifestData, K1 = data.k1, B = data.b;
  var tf = Math.floor(code / data.length_codes) + 1, length = codedLength(code % data.length_codes);
  return [(K1 + 1) * tf, K1 * (1 - B + B * (length / data.average_lengths[f])) + tf];
}

/* A shard decoded once: each term's posting as lunr.Index reads it (``_index``, the term's number) with, per
   field, its documents (ascending) and their weights for the term in typed arrays (``_fields``), and the terms'
   token set. The weights are the field-vector elements lunr.py's Builder makes (BM25, not rounded), worked out
   here from what the shard stores, each posting's term frequency and field length (one code), and what the
   manifest gives: the number of documents, each field's average length and boost. The idf counts the term's
   documents once per field, as lunr's does. The expression is lunr.py's, operation by operation, so the floats
   are the same (``fulltext.bm25_weight``). */
function decodeShard(raw) {
  var data = manifestData, fields = data.fields, postings = Object.create(null);
  if (!numerators) {
    numerators = new Float64Array(fields.length * TABLED_CODES);
    denominators = new Float64Array(fields.length * TABLED_CODES);
  }
  for (var t = 0; t < raw.terms.length; t++) {
    var posting = { _index: raw.first + t, _fields: new Array(fields.length) }, encoded = raw.postings[t];
    var withTerm = 0;
    for (var f = 0; f < fields.length; f++) { withTerm += encoded[f] ? encoded[f][0] : 0; }
    var ratio = (data.documents - withTerm + 0.5) / (withTerm + 0.5), idf = Math.log(1 + Math.abs(ratio));
    for (f = 0; f < fields.length; f++) {
      var entry = encoded[f];
      if (!entry || !entry[0]) { posting._fields[f] = null; continue; }
      var count = entry[0], refs = new Int32Array(count), weights = new Float64Array(count), ref = 0,
          boost = data.boosts[f];
      for (var k = 0; k < count; k++) {
        ref += entry[1 + k];
        refs[k] = ref;
        var code = entry[1 + count + k];
        if (code < TABLED_CODES) {
          var at = f * TABLED_CODES + code;
          if (!numerators[at]) {
            var parts = codeParts(f, code);
            numerators[at] = parts[0];
            denominators[at] = parts[1];
          }
          weights[k] = idf * numerators[at] / denominators[at] * boost;
        } else {
          var own = codeParts(f, code);
          weights[k] = idf * own[0] / own[1] * boost;
        }
      }
      posting._fields[f] = { refs: refs, weights: weights };
    }
    postings[raw.terms[t]] = posting;
  }
  return { postings: postings, tokenSet: lunr.TokenSet.fromArray(raw.terms) };
}

/* A gzipped JSON file's value, inflated here with DecompressionStream. A server that sends it with
   "Content-Encoding: gzip" has the browser inflate it already: the bytes then no longer start as gzip's do. */
function jsonOf(bytes) {
  if (!CuttingsText.isGzip(bytes)) { return Promise.resolve(JSON.parse(new TextDecoder().decode(bytes))); }
  return inflatedJSON(bytes);
}

/* Written straight into the DecompressionStream: through ``new Blob([bytes]).stream()`` the bytes went to the
   browser's blob store and back, and ten result files took 15 to 40 ms to inflate instead of 4 to 6
   (benchmarks/README.md, Search). A damaged file rejects on the readable side; the writer's promises are muted. */
function inflatedJSON(bytes) {
  var inflater = new DecompressionStream("gzip"), writer = inflater.writable.getWriter();
  writer.write(bytes).catch(function () {});
  writer.close().catch(function () {});
  return new Response(inflater.readable).json();
}

/* What a result shows of the article ``ref``: its file holds the ``texts_per_file`` refs' from a multiple of it
   (null for a ref no article has). */
function loadText(ref) {
  var number = Number(ref), perFile = manifestData.texts_per_file;
  var file = Math.floor(number / perFile);
  if (!textFiles[file]) {
    var version = manifestData.textVersions[file];
    // A text file repeats its version: it is a digest of what its slots show, not of its bytes.
    textFiles[file] = getVersioned(root + "search/text/" + file + ".json.gz", version, function (bytes) {
      return jsonOf(bytes).then(function (read) { return read && read.v === version ? read.texts : null; });
    });
  }
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

/* A lunr.Index over just these shards, answering through ``scoredQuery``. Term expansion (prefix, typo) asks
   each shard's token set in turn: nothing is rebuilt per keystroke beyond what the query reads. */
function indexOver(numbers, shards) {
  var key = numbers.join(",");
  if (builtIndex.key === key) { return builtIndex.index; }
  var invertedIndex = Object.create(null);
  shards.forEach(function (shard) { Object.assign(invertedIndex, shard.postings); });
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
    invertedIndex: invertedIndex, fieldVectors: Object.create(null), tokenSet: tokenSet,
    fields: manifestData.fields, pipeline: lunr.Pipeline.load(["stemmer"])
  });
  index.query = function (build) { return scoredQuery(index, build, resultLimit); };
  builtIndex = { key: key, index: index };
  return index;
}

/* Per-document scratch for scoredQuery, kept between queries and cleared after each: which fields matched
   (bits), in what order (base-8 digits, first field first), and each field's dot product. */
var scratch = null;
/* How many results the query being run needs in order (set by runQuery). */
var resultLimit = Infinity;

function scratchFor(documents, fieldCount) {
  if (!scratch || scratch.documents < documents) {
    scratch = { documents: documents, seen: new Uint8Array(documents), order: new Uint16Array(documents), dots: [] };
    for (var f = 0; f < fieldCount; f++) { scratch.dots.push(new Float64Array(documents)); }
  }
  return scratch;
}

function union(set, refs) {
  if (refs) { for (var k = 0; k < refs.length; k++) { set.add(refs[k]); } }
  return set;
}

var COMPLETE = "complete";

function intersection(a, b) {
  if (a === COMPLETE) { return b; }
  if (b === COMPLETE) { return a; }
  var found = new Set();
  a.forEach(function (ref) { if (b.has(ref)) { found.add(ref); } });
  return found;
}

function holds(posting, ref) {
  var refs = posting.refs, low = 0, high = refs.length - 1;
  while (low <= high) {
    var middle = (low + high) >> 1;
    if (refs[middle] === ref) { return true; }
    if (refs[middle] < ref) { low = middle + 1; } else { high = middle - 1; }
  }
  return false;
}

/* lunr.Index.prototype.query (lunr.js 2.3.9) with the same clauses, expansions, query vectors, required and
   prohibited sets, result order and the same floating-point sums, but scored from the postings' typed arrays:
   each field's dot product is summed over the query vector's terms in ascending term number, as
   lunr.Vector#dot sums it, instead of building a lunr.FieldRef, a lunr.MatchData and a field vector for every
   matching document (at 50,000 articles a two-letter word matches 16,000 of them: lunr.js took 60 to 150 ms,
   this a few). Match data (the matched terms, for highlighting) is worked out only for the results shown
   (``matchData``).
   Of the results only the first ``limit`` are made and sorted (``total`` says how many there are). A query of
   prohibited terms only (no reader's query is one) finds nothing, as before. The browser test
   comparing lunr.js on the shards with lunr.py on the whole index checks this against lunr.py's Index.search. */
function scoredQuery(index, build, limit) {
  var fields = index.fields, fieldNumber = Object.create(null), REQUIRED = lunr.Query.presence.REQUIRED,
      PROHIBITED = lunr.Query.presence.PROHIBITED;
  fields.forEach(function (field, f) { fieldNumber[field] = f; });
  var query = new lunr.Query(fields);
  build.call(query, query);
  if (query.isNegated()) { return []; }
  var queryVectors = fields.map(function () { return new lunr.Vector(); });
  var termFieldCache = Object.create(null), requiredMatches = Object.create(null),
      prohibitedMatches = Object.create(null), byNumber = Object.create(null), matched = [], documents = [];
  var work = scratchFor(manifestData.slots, fields.length), seen = work.seen, order = work.order;
  function add(a, b) { return a + b; }
  for (var i = 0; i < query.clauses.length; i++) {
    var clause = query.clauses[i], clauseMatches = new Set();
    var terms = clause.usePipeline ? index.pipeline.runString(clause.term, { fields: clause.fields }) : [clause.term];
    for (var m = 0; m < terms.length; m++) {
      clause.term = terms[m];
      var expanded = index.tokenSet.intersect(lunr.TokenSet.fromClause(clause)).toArray();
      if (expanded.length === 0 && clause.presence === REQUIRED) {
        clause.fields.forEach(function (field) { requiredMatches[field] = new Set(); });
        break;
      }
      for (var j = 0; j < expanded.length; j++) {
        var term = expanded[j], posting = index.invertedIndex[term], termIndex = posting._index;
        byNumber[termIndex] = posting;
        for (var k = 0; k < clause.fields.length; k++) {
          var field = clause.fields[k], f = fieldNumber[field], own = posting._fields[f];
          if (clause.presence === REQUIRED) {
            union(clauseMatches, own && own.refs);
            if (requiredMatches[field] === undefined) { requiredMatches[field] = COMPLETE; }
          }
          if (clause.presence === PROHIBITED) {
            prohibitedMatches[field] = union(prohibitedMatches[field] || new Set(), own && own.refs);
            continue;
          }
          queryVectors[f].upsert(termIndex, clause.boost, add);
          var termField = term + "/" + field;
          if (termFieldCache[termField]) { continue; }
          termFieldCache[termField] = true;
          if (!own) { continue; }
          matched.push([term, field, own]);
          var bit = 1 << f, refs = own.refs;
          for (var r = 0; r < refs.length; r++) {
            var ref = refs[r], had = seen[ref];
            if (!(had & bit)) {
              if (!had) { documents.push(ref); }
              seen[ref] = had | bit;
              order[ref] = order[ref] * 8 + f + 1;
            }
          }
        }
      }
    }
    if (clause.presence === REQUIRED) {
      clause.fields.forEach(function (field) { requiredMatches[field] = intersection(requiredMatches[field], clauseMatches); });
    }
  }
  var required = COMPLETE, prohibited = new Set();
  fields.forEach(function (field) {
    if (requiredMatches[field]) { required = intersection(required, requiredMatches[field]); }
    if (prohibitedMatches[field]) { prohibited = union(prohibited, Array.from(prohibitedMatches[field])); }
  });
  var magnitudes = queryVectors.map(function (vector) { return vector.magnitude(); });
  queryVectors.forEach(function (vector, f) {
    var elements = vector.elements, dots = work.dots[f];
    for (var e = 0; e < elements.length; e += 2) {
      var own = byNumber[elements[e]]._fields[f], value = elements[e + 1];
      if (!own) { continue; }
      for (var r = 0; r < own.refs.length; r++) { dots[own.refs[r]] += value * own.weights[r]; }
    }
  });
  var kept = new Int32Array(documents.length), scores = new Float64Array(documents.length), total = 0,
      dots = work.dots, fieldOrder = [];
  for (var d = 0; d < documents.length; d++) {
    var ref = documents[d];
    if ((required === COMPLETE || required.has(ref)) && !prohibited.has(ref)) {
      var count = 0, score = 0;
      for (var code = order[ref]; code; code = (code - code % 8) / 8) { fieldOrder[count++] = code % 8 - 1; }
      for (var n = count - 1; n >= 0; n--) {
        var field = fieldOrder[n], fieldScore = dots[field][ref] / magnitudes[field] || 0;
        score = n === count - 1 ? fieldScore : score + fieldScore;
      }
      kept[total] = ref;
      scores[total++] = score;
    }
    seen[ref] = 0;
    order[ref] = 0;
    for (var f = 0; f < fields.length; f++) { dots[f][ref] = 0; }
  }
  // Only the best ``limit`` are sorted: those scoring at least the limit-th best score, ties in the order lunr's
  // stable sort leaves them (first matched first), so they are the first ``limit`` of lunr's whole list.
  var lowest = -Infinity;
  if (limit < total) { lowest = scores.slice(0, total).sort()[total - limit]; }
  var results = [];
  for (var i = 0; i < total; i++) {
    if (scores[i] >= lowest) { results.push({ ref: String(kept[i]), score: scores[i] }); }
  }
  results.sort(function (a, b) { return b.score - a.score; });
  if (results.length > limit) { results.length = limit; }
  results.total = total;
  results.matched = matched;
  return results;
}

/* What lunr.MatchData would hold for one result of scoredQuery: {term: {field: {}}} per matched term and field. */
function matchData(results, result) {
  var metadata = Object.create(null), ref = Number(result.ref);
  results.matched.forEach(function (entry) {
    if (holds(entry[2], ref)) { (metadata[entry[0]] || (metadata[entry[0]] = Object.create(null)))[entry[1]] = EMPTY; }
  });
  return { metadata: metadata };
}

/* Loads a plan's shards; ``query`` is the lunr query string, or made from the plan's lookups. */
function runQuery(planned, limit) {
  if (!planned.query && !planned.lookups.length) { return Promise.resolve({ query: "", results: [], total: 0 }); }
  return Promise.all(planned.shards.map(loadShard)).then(function (loaded) {
    var index = indexOver(planned.shards, loaded);
    var query = planned.query || queryString(planned.lookups, index.invertedIndex);
    var results;
    resultLimit = limit;
    try { results = index.search(query); } catch (error) { results = []; }
    return { query: query, results: results, total: results.total || 0 };
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

/* The text a snippet is cut from: the article's own page, which the site publishes anyway (a second copy of every
   text in search/text/ was a tenth of the site). Its body's tags are dropped before its entities are decoded, so
   the article's text stays text; a page that cannot be read or has no ``article-body`` gives no snippet. */
var bodies = new Map();
var BODIES_CACHED = 100;
/* Pages are minified (cuttings/minify.py): the class may be unquoted, and a paragraph's or item's end tag left out. */
var ARTICLE_BODY = /<div class=(?:"article-body"|article-body(?=[\s>]))[^>]*>/;
var ENTITIES = { amp: "&", lt: "<", gt: ">", quot: "\"", apos: "'", nbsp: "\u00a0" };

function decodeEntities(text) {
  return text.replace(/&(#[xX][0-9a-fA-F]+|#[0-9]+|[a-zA-Z]+);/g, function (whole, name) {
    if (name[0] !== "#") { return ENTITIES[name] !== undefined ? ENTITIES[name] : whole; }
    var code = name[1] === "x" || name[1] === "X" ? parseInt(name.slice(2), 16) : parseInt(name.slice(1), 10);
    return code > 0 && code <= 0x10ffff ? String.fromCodePoint(code) : whole;
  });
}

/* Where the element opened just before ``start`` ends: its own ``</div>``, past any nested in it (a Markdown
   article's body may hold a div). */
function divEnd(html, start) {
  var tags = /<(\/?)div\b[^>]*>/gi, depth = 1, tag;
  tags.lastIndex = start;
  while ((tag = tags.exec(html)) !== null) {
    depth += tag[1] ? -1 : 1;
    if (depth === 0) { return tag.index; }
  }
  return html.length;
}

function bodyText(html) {
  var found = ARTICLE_BODY.exec(html);
  if (!found) { return ""; }
  var start = found.index + found[0].length;
  var inner = html.slice(start, divEnd(html, start));
  var text = inner.replace(/<\/?(?:p|li|div|h[1-6]|blockquote|pre)\b(?:[^>"']|"[^"]*"|'[^']*')*>/gi, "\n\n")
    .replace(/<(?:[^>"']|"[^"]*"|'[^']*')*>/g, "");
  return decodeEntities(text).replace(/[ \t]*\n\s*/g, "\n\n").trim();
}

function loadBody(url) {
  var found = bodies.get(url);
  if (!found) {
    found = fetch(root + url).then(function (response) {
      return response.ok ? response.text() : "";
    }).then(bodyText, function () { return ""; });
    if (bodies.size >= BODIES_CACHED) { bodies.clear(); }
    bodies.set(url, found);
  }
  return found;
}

/* A result as drawn: title, date and link at once, and ``later``, which fetches its article page and cuts its
   snippet. The list is drawn without waiting for the pages (a third round trip after the shards and the result
   texts); they are asked for once it has been sent, so that no page's fetch or parsing can hold up the list. */
function present(result, results) {
  var matched = Object.create(null);
  Object.keys(matchData(results, result).metadata).forEach(function (term) { matched[term] = true; });
  return loadText(result.ref).then(function (doc) {
    return {
      ref: result.ref, score: result.score, url: doc.u, date: doc.d, title: highlight(doc.t, matched, 0),
      later: function () {
        return loadBody(doc.u).then(function (body) {
          return { ref: result.ref, snippet: highlight(body, matched, SNIPPET_CHARS) };
        });
      }
    };
  });
}

var manifestData = null;

/* Throws if the manifest was let go since ``started``: what was read may mix two versions of the site. */
function unchangedSince(started) {
  if (generation !== started) { throw staleError("search/manifest.json"); }
}

function handle(message, started) {
  var id = message.id;
  return loadManifest().then(function (data) {
    unchangedSince(started);
    if (!manifestData) {
      manifestData = data;
    }
    if (message.type === "init") { return { years: data.years, documents: data.documents }; }
    var planned = message.type === "raw" ? { query: message.query, lookups: [], words: [], shards: rawShards(message.query) }
      : plan(message.text || "", message.year || "");
    var offset = message.offset || 0, count = message.count || 10;
    return runQuery(planned, message.type === "raw" ? Infinity : offset + count).then(function (answer) {
      var results = answer.results;
      unchangedSince(started);
      if (id !== latest && message.type !== "raw") { return null; }
      if (message.type === "raw") {
        return { query: answer.query, results: results.map(function (r) { return { ref: r.ref, score: r.score }; }) };
      }
      return Promise.all(results.slice(offset, offset + count).map(function (result) {
        return present(result, results);
      })).then(function (shown) {
        unchangedSince(started);
        var later = shown.map(function (result) { return result.later; });
        shown.forEach(function (result) { delete result.later; });
        var snippets = function () { return Promise.all(later.map(function (cut) { return cut(); })); };
        return { query: answer.query, words: planned.words, total: answer.total, offset: offset, results: shown,
                 snippets: snippets };
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

/* ``handle``, started over once with the manifest read again if the site changed under it (a file of another
   version); if it changes again meanwhile, the reader is told to try again (the next query reads it anew). */
function answer(message) {
  var started = generation;
  return handle(message, started).catch(function (error) {
    if (!error.stale) { throw error; }
    if (generation === started) { forget(); }
    var restarted = generation;
    return handle(message, restarted).catch(function (again) {
      if (!again.stale) { throw again; }
      if (generation === restarted) { forget(); }
      throw noticeError("updating");
    });
  });
}

self.onmessage = function (event) {
  var message = event.data;
  if (message.type !== "raw" && message.type !== "init") { latest = message.id; }
  answer(message).then(function (reply) {
    if (!reply) { return; }
    // The results first, then (a second message with the same id) their snippets, once their pages are in.
    var snippets = reply.snippets;
    delete reply.snippets;
    reply.id = message.id;
    reply.snippetsFollow = Boolean(snippets);
    self.postMessage(reply);
    if (snippets) {
      return snippets().then(function (found) { self.postMessage({ id: message.id, snippets: found }); });
    }
  }).catch(function (error) {
    self.postMessage({ id: message.id, error: String(error && error.message || error), notice: error && error.notice });
  });
};
