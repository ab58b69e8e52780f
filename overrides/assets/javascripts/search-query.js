/* What a visitor types, made to meet the search index (issue 13).
 *
 * Material 9 removed its query-transform hook, and its search worker matches every query word as a
 * prefix of the words in the index, unstemmed. This file hands each query word to that worker in
 * the form the index was enriched for at build time (tools/search_index.py does the same on the
 * index side; tests/test_search.py proves the two agree word for word):
 *
 *   fold  the same on both sides: Unicode NFC, lower case; Turkish dotted İ as i; Arabic without
 *         vowel marks (harakat, shadda, sukun, tanwin) and tatweel, alef forms (أ إ آ ٱ) as ا,
 *         ى as ي, ة as ه, and without the article prefix (ال وال بال كال فال لل).
 *   stem  query side only: a light suffix stripper per language (Turkish: without the plural
 *         or a case ending, then the first five letters). It only shortens a word, and the worker matches prefixes, so a stem finds
 *         every form the whole word would have found, and the index's dictionary forms too.
 *
 * It wraps the Worker constructor (the iframe-worker shim's, in the offline copy) and rewrites
 * only the search worker's query messages; it changes nothing in the search box or the page.
 */
(function (root) {
  "use strict";

  var AR_MARKS = /[\u0610-\u061A\u064B-\u065F\u0670\u06D6-\u06ED\u0640]/g;
  var AR_PREFIXES = ["\u0648\u0627\u0644", "\u0628\u0627\u0644", "\u0643\u0627\u0644", "\u0641\u0627\u0644",
    "\u0644\u0644", "\u0627\u0644"]; // وال بال كال فال لل ال
  var SUFFIXES = {
    nl: ["ingen", "etjes", "tjes", "jes", "tje", "ing", "je", "en", "s", "e", "d", "t"],
    en: ["ings", "ing", "ies", "ied", "ers", "er", "ed", "es", "s"],
    pl: ["ościami", "ościach", "ować", "ywać", "iwać", "ami", "ach", "ego", "emu", "ymi", "imi", "ich",
      "ych", "owi", "om", "ów", "ej", "ym", "im", "ie", "iu", "ią", "ię", "ać", "eć", "ić", "yć",
      "ę", "ą", "a", "y", "i", "u", "o", "e"],
    uk: ["увати", "ювати", "ться", "ами", "ями", "ові", "еві", "ого", "ому", "ими", "ати", "яти",
      "ити", "іти", "ють", "ять", "ах", "ях", "ом", "ем", "ою", "ею", "ів", "їв", "ий", "ій", "ої",
      "их", "им", "а", "я", "у", "ю", "і", "ї", "и", "о", "е", "ь", "й"],
    tr: ["lerinden", "larından", "lerinde", "larında", "lerini", "larını", "lerine", "larına", "lerin",
      "ların", "leri", "ları", "ler", "lar", "ndan", "nden", "dan", "den", "tan", "ten", "nın", "nin",
      "nun", "nün", "yla", "yle", "da", "de", "ta", "te", "ya", "ye", "yı", "yi", "yu", "yü", "ı", "i",
      "u", "ü", "a", "e"], // the plural or a case ending; then the first five letters
    ar: ["\u0647\u0627", "\u0627\u0646", "\u0627\u062A", "\u0648\u0646", "\u064A\u0646",
      "\u064A\u0647", "\u0647", "\u064A"] // ها ان ات ون ين يه ه ي (after fold: ة is ه)
  };
  var MIN_STEM = { nl: 4, en: 4, tr: 3, pl: 4, uk: 4, ar: 4 }; // ar: "شرطه" (police) is no "شرط" (condition)
  var TR_PREFIX = 5; // Turkish: the first five letters (Can et al., 2008: as good as a stemmer)

  function fold(word, lang) {
    word = word.normalize("NFC").toLowerCase();
    if (lang === "tr")
      word = word.replace(/i\u0307/g, "i");
    if (lang !== "ar")
      return word;
    word = word.replace(AR_MARKS, "")
      .replace(/[\u0622\u0623\u0625\u0671]/g, "\u0627")
      .replace(/\u0649/g, "\u064A")
      .replace(/\u0629/g, "\u0647");
    for (var i = 0; i < AR_PREFIXES.length; i++)
      if (word.indexOf(AR_PREFIXES[i]) === 0 && word.length - AR_PREFIXES[i].length >= 2)
        return word.slice(AR_PREFIXES[i].length);
    return word;
  }

  function stem(word, lang) {
    var suffixes = SUFFIXES[lang] || [];
    for (var i = 0; i < suffixes.length; i++) {
      var s = suffixes[i];
      if (word.length - s.length >= MIN_STEM[lang] && word.slice(-s.length) === s) {
        word = word.slice(0, -s.length);
        break;
      }
    }
    return lang === "tr" ? word.slice(0, TR_PREFIX) : word;
  }

  /* Every run of letters (and their marks) of the query, folded and stemmed; the rest (spaces,
   * punctuation, Material's query syntax) as typed. */
  function transform(query, lang) {
    return query.replace(/[\p{L}\p{M}\p{N}]+/gu, function (word) {
      return stem(fold(word, lang), lang);
    });
  }

  var api = { fold: fold, stem: stem, transform: transform };
  if (typeof module !== "undefined" && module.exports)
    module.exports = api; // tests/test_search.py runs this file in Node

  var Base = root.Worker;
  if (typeof Base !== "function" || typeof document === "undefined")
    return;
  var lang = document.documentElement.lang;
  var QUERY = 2; // Material's SearchMessageType.QUERY
  function SearchAwareWorker(url, options) {
    var worker = options === undefined ? new Base(url) : new Base(url, options);
    if (String(url).indexOf("/workers/search.") !== -1) {
      var post = worker.postMessage;
      worker.postMessage = function (message) {
        if (message && message.type === QUERY && typeof message.data === "string")
          arguments[0] = { type: QUERY, data: transform(message.data, lang) };
        return post.apply(worker, arguments);
      };
    }
    return worker;
  }
  SearchAwareWorker.prototype = Base.prototype;
  root.Worker = SearchAwareWorker;
  root.tvoSearch = api;
})(typeof window !== "undefined" ? window : globalThis);
