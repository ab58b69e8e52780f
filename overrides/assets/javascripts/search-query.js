/* What a visitor types, made to meet the search index (issues 13 and 22).
 *
 * Material 9 removed its query-transform hook, and its search worker matches every query word as a
 * prefix of the words in the index, unstemmed. This one file works in three places:
 *
 * On the page, it hands each query word to that worker folded and stemmed, and tells the worker
 * to load this file as its "language" (the setup message's `lang` becomes ["tvo"]: Material's
 * worker then imports ../lunr/min/lunr.tvo.min.js, a copy of this file made by tools/hooks.py,
 * and calls `lunr.tvo` on its index builder). It changes nothing in the search box or the page.
 *
 * In the worker, as lunr's plugin, it folds every word of the index the same way (a lunr pipeline
 * function: the result still shows the text as written, and Material's highlight marks the whole
 * word found, "nękanie" for "nekanie"), and forgives one slip: a query word of five letters or
 * more that starts no word of the index is looked up once more among the words that start one edit
 * away from it (lunr's own edit-distance automaton). A shorter word never is.
 *
 * In Node, it exports fold, stem and transform (tests/test_search.py compares them with
 * tools/search_index.py, which folds the index's hidden words the same way at build time).
 *
 *   fold  the same for every language and on both sides: Unicode NFC, lower case; Latin letters
 *         without their accents (é ë ï, Polish ą ć ę ń ó ś ź ż, Turkish ç ğ ö ş ü, the dotted
 *         capital İ) and ł ı ø as l i o; Ukrainian і ї є ґ as what a Russian layout types, и и е г
 *         (and the Russian-only ы э ё as и е е); Arabic without vowel marks (harakat, shadda,
 *         sukun, tanwin) and tatweel, alef forms (أ إ آ ٱ) as ا, ى as ي, ة as ه, and without the
 *         article prefix (ال وال بال كال فال لل).
 *   stem  query side only: a light suffix stripper per language (Turkish: without the plural
 *         or a case ending, then the first five letters). It only shortens a word, and the worker
 *         matches prefixes, so a stem finds every form the whole word would have found, and the
 *         index's dictionary forms too.
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
  var SLIP_MIN = 5; // a query word this long or longer may have one slip; a shorter one never
  var LATIN_MARKS = /([a-z])[\u0300-\u036F]+/g; // accents on a Latin letter (after NFD); not Cyrillic й
  var LETTERS = { "\u0142": "l", "\u0131": "i", "\u00F8": "o", // ł ı ø: no accent to take off
    "\u0456": "\u0438", "\u0457": "\u0438", "\u0454": "\u0435", "\u0491": "\u0433", // і ї є ґ → и и е г
    "\u044B": "\u0438", "\u044D": "\u0435", "\u0451": "\u0435" }; // ы э ё → и е е
  var LETTER = /[\u0142\u0131\u00F8\u0456\u0457\u0454\u0491\u044B\u044D\u0451]/g;

  /* The same for every language: the worker folds the index without knowing its language. */
  function fold(word) {
    word = word.normalize("NFC").toLowerCase().normalize("NFD").replace(LATIN_MARKS, "$1")
      .normalize("NFC").replace(LETTER, function (letter) { return LETTERS[letter]; });
    word = word.replace(AR_MARKS, "")
      .replace(/[\u0622\u0623\u0625\u0671]/g, "\u0627")
      .replace(/\u0649/g, "\u064A")
      .replace(/\u0629/g, "\u0647");
    for (var i = 0; i < AR_PREFIXES.length; i++)
      if (word.indexOf(AR_PREFIXES[i]) === 0 && word.length - AR_PREFIXES[i].length >= 2)
        return word.slice(AR_PREFIXES[i].length);
    return word;
  }

  // The suffixes as the folded word ends ("ów" is "ow" once folded), each once, in their order.
  for (var code in SUFFIXES)
    SUFFIXES[code] = SUFFIXES[code].map(fold).filter(function (s, i, all) { return all.indexOf(s) === i; });

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
      return stem(fold(word), lang);
    });
  }

  var api = { fold: fold, stem: stem, transform: transform };
  if (typeof module !== "undefined" && module.exports)
    module.exports = api; // tests/test_search.py runs this file in Node

  /* In the search worker (Material's worker has put lunr on its global object before it imports
   * this file as lunr.tvo.min.js): lunr's language plugin "tvo". */
  if (root.lunr) {
    plugin(root.lunr);
    return;
  }

  function plugin(lunr) {
    function tvoFold(token) {
      return token.update(fold);
    }
    lunr.Pipeline.registerFunction(tvoFold, "tvoFold");

    /* Material's worker calls this on its index builder (`this.use(lunr[lang])`), then removes
     * the pipeline functions of lunr.tvo that the configuration does not list: there are none.
     * So the index and the query terms lunr processes are folded, and nothing else: no stemmer
     * (the query side stems), no stop-word list (a prefix query finds stop words anyway). */
    lunr.tvo = function () {
      this.pipeline.reset();
      this.pipeline.add(tvoFold);
      this.searchPipeline.reset();
      this.searchPipeline.add(tvoFold);
    };

    /* Material runs every query through lunr.Index#search, which builds its clauses in
     * lunr.Index#query: the slip is forgiven there, once the clauses are known. */
    var query = lunr.Index.prototype.query;
    lunr.Index.prototype.query = function (build) {
      var index = this;
      return query.call(index, function (q) {
        build.call(q, q);
        forgiveOneSlip(index, q);
      });
    };

    /* A word that starts no word of the index, five letters or more: the words that start one
     * edit (a letter added, dropped, changed, or two swapped) away from it join the query. Exact
     * words are never widened, so what a query found before it still finds, ranked as before.
     * The length is the word's as the worker gets it, stemmed: "vidoes" (stem "vido") gets no
     * second look, which keeps "a short word never matches another by a slip" simple to hold. */
    function forgiveOneSlip(index, q) {
      q.clauses.slice().forEach(function (clause) {
        var word = clause.term.replace(/\*$/, ""); // Material ends each plain word with *
        if (clause.presence === lunr.Query.presence.PROHIBITED || "editDistance" in clause ||
            word === clause.term || word.length < SLIP_MIN || word.indexOf("*") !== -1)
          return;
        if (index.tokenSet.intersect(lunr.TokenSet.fromString(word + "*")).toArray().length)
          return;
        var near = index.tokenSet.intersect(startsOf(lunr.TokenSet.fromFuzzyString(word, 1))).toArray();
        if (near.length)
          q.term(near, { fields: clause.fields, boost: clause.boost, usePipeline: false });
      });
    }

    /* lunr's fuzzy set holds whole words; the query word is a stem (it only matches as a prefix),
     * so every word the set holds may go on with any letters: a wildcard loop on its ends. */
    function startsOf(set) {
      var stack = [set], seen = [];
      while (stack.length) {
        var node = stack.pop();
        if (seen.indexOf(node) !== -1)
          continue;
        seen.push(node);
        for (var edge in node.edges)
          stack.push(node.edges[edge]);
        if (node.final)
          node.edges["*"] = node;
      }
      return set;
    }
  }

  /* On the page: wrap the Worker constructor (the iframe-worker shim's, in the offline copy). */
  var Base = root.Worker;
  if (typeof Base !== "function" || typeof document === "undefined")
    return;
  var lang = document.documentElement.lang;
  var SETUP = 0, QUERY = 2; // Material's SearchMessageType
  function SearchAwareWorker(url, options) {
    var worker = options === undefined ? new Base(url) : new Base(url, options);
    if (String(url).indexOf("/workers/search.") !== -1) {
      var post = worker.postMessage;
      worker.postMessage = function (message) {
        if (message && message.type === QUERY && typeof message.data === "string")
          arguments[0] = { type: QUERY, data: transform(message.data, lang) };
        else if (message && message.type === SETUP && message.data && message.data.config)
          arguments[0] = { type: SETUP, data: Object.assign({}, message.data, {
            config: Object.assign({}, message.data.config, { lang: ["tvo"] }) }) };
        return post.apply(worker, arguments);
      };
    }
    return worker;
  }
  SearchAwareWorker.prototype = Base.prototype;
  root.Worker = SearchAwareWorker;
  root.tvoSearch = api;
})(typeof window !== "undefined" ? window : typeof self !== "undefined" ? self : globalThis);
