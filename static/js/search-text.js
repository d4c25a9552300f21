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

  scope.CuttingsText = { fold: fold, nameWords: nameWords, queryWords: queryWords };
})(self);
