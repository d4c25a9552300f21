/* Text as search sees it, shared by the page and the search worker. fold() mirrors cuttings/search/text.py:fold,
   so a name or word typed here is reduced exactly as the index was. */
(function (scope) {
  "use strict";
  var LETTER_FOLDS = {
    "’": "'", "‘": "'", "ß": "ss", "ø": "o", "Ø": "O", "æ": "ae", "Æ": "AE", "œ": "oe", "Œ": "OE",
    "ł": "l", "Ł": "L", "đ": "d", "Đ": "D", "þ": "th", "Þ": "TH", "ı": "i"
  };
  var FOLDABLE = /[’‘ßøØæÆœŒłŁđĐþÞı]/g;

  function fold(text) {
    return String(text).replace(FOLDABLE, function (c) { return LETTER_FOLDS[c]; })
      .normalize("NFKD").replace(/\p{Mn}/gu, "").replace(/\s+/g, " ").trim();
  }

  /* Words of a name, as cuttings/search/text.py:name_keys makes them: "O’Brien-Smith" -> ["obrien", "smith"]. */
  function nameWords(text) {
    var found = fold(text).toLowerCase().match(/[\p{L}\p{N}]+(?:'[\p{L}\p{N}]+)*/gu) || [];
    return found.map(function (word) { return word.replace(/'/g, ""); });
  }

  /* Words of a query for full text: letters, digits and inner apostrophes (nothing lunr's query syntax reads). */
  function queryWords(text) {
    var found = fold(text).toLowerCase().match(/[\p{L}\p{N}']+/gu) || [];
    return found.map(function (word) { return word.replace(/^'+|'+$/g, ""); })
      .filter(function (word) { return word.length > 0; });
  }

  /* Versions of the search's files, shared by the search worker and names.js (cuttings/search/__init__.py,
     Versions). The manifest's versions (packed_versions: 4 bytes each in one base64 string), each as 8 hex
     digits, as a file's address and a text file write it. */
  function unpackedVersions(packed) {
    var bytes = atob(packed), versions = [];
    for (var at = 0; at + 4 <= bytes.length; at += 4) {
      var version = 0;
      for (var k = 0; k < 4; k++) { version = version * 256 + bytes.charCodeAt(at + k); }
      versions.push(("0000000" + version.toString(16)).slice(-8));
    }
    return versions;
  }

  var CRC_TABLE = null;

  /* CRC-32 (zlib's), for a file the server sent inflated: its gzip trailer, which holds it, is gone. */
  function crc32(bytes) {
    if (!CRC_TABLE) {
      CRC_TABLE = new Int32Array(256);
      for (var n = 0; n < 256; n++) {
        var c = n;
        for (var k = 0; k < 8; k++) { c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1; }
        CRC_TABLE[n] = c;
      }
    }
    var crc = -1;
    for (var i = 0; i < bytes.length; i++) { crc = CRC_TABLE[(crc ^ bytes[i]) & 255] ^ (crc >>> 8); }
    return (crc ^ -1) >>> 0;
  }

  function isGzip(bytes) { return bytes.length >= 18 && bytes[0] === 0x1f && bytes[1] === 0x8b; }

  /* The CRC-32 of a file's JSON: from the gzip trailer (its last 8 bytes: CRC-32, then length, little-endian). */
  function contentCrc(bytes) {
    if (!isGzip(bytes)) { return crc32(bytes); }
    var n = bytes.length;
    return (bytes[n - 8] | bytes[n - 7] << 8 | bytes[n - 6] << 16 | bytes[n - 5] << 24) >>> 0;
  }

  scope.CuttingsText = { fold: fold, nameWords: nameWords, queryWords: queryWords, unpackedVersions: unpackedVersions,
                         isGzip: isGzip, contentCrc: contentCrc };
})(self);
