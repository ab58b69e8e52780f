/* Whole words marked on a page opened from a search result (issue 20).
 *
 * Material's `search.highlight` marks, on the page a result opens, each query term of the link's
 * `h` parameter wherever it occurs: also inside a word ("z<mark>na</mark>jomymi" for a query with
 * "na") and only a piece of a word ("<mark>zgod</mark>ę": the query script sends stems). Search
 * itself matches terms at the start of a word, so this makes the marks say the same: a mark that
 * begins inside a word is taken away, and one that ends inside a word goes on to the word's end.
 *
 * It only moves text the page already has into or out of Material's <mark> elements, as they
 * appear (a MutationObserver: Material marks the page once the search index has loaded).
 */
(function () {
  "use strict";

  var LETTER = /[\p{L}\p{M}\p{N}]/u;
  var WORD_START = /^[\p{L}\p{M}\p{N}]+/u;

  function wholeWord(mark) {
    var before = mark.previousSibling, after = mark.nextSibling;
    if (before && LETTER.test(before.textContent.slice(-1))) {
      var parent = mark.parentNode;
      mark.replaceWith.apply(mark, Array.prototype.slice.call(mark.childNodes));
      parent.normalize();
      return;
    }
    if (after && after.nodeType === Node.TEXT_NODE && LETTER.test(mark.textContent.slice(-1))) {
      var rest = WORD_START.exec(after.data);
      if (rest) {
        mark.appendChild(document.createTextNode(rest[0]));
        mark.normalize();
        after.data = after.data.slice(rest[0].length);
      }
    }
  }

  new MutationObserver(function (records) {
    records.forEach(function (record) {
      record.addedNodes.forEach(function (node) {
        if (node.nodeName === "MARK" && node.hasAttribute("data-md-highlight") && node.isConnected)
          wholeWord(node);
      });
    });
  }).observe(document.documentElement, { childList: true, subtree: true });
})();
