/* The words a search found, marked on the page a result opens (issues 20 and 22).
 *
 * A result's link carries the query's terms as the search worker holds them (`?h=znajom+na`:
 * folded and stemmed by search-query.js). Material's `search.highlight` would mark each of them
 * wherever the letters occur: inside a word ("z<mark>na</mark>jomymi"), only a piece of one
 * ("<mark>znajom</mark>ymi"), and never a word written with the letters the term was folded from
 * ("nekan" is not "nękanie"). This marks what search matched instead: each whole word of the page
 * whose folded form starts with a term (search-query.js's fold, the one the index was folded with).
 *
 * It takes `h` out of the address before the theme reads it (this script runs in <head>, before
 * the theme's bundle), so the theme does not mark the page as well, and a copied address carries
 * no highlight. It only wraps text the page already has in <mark> elements; nothing from the
 * address is inserted as HTML.
 */
(function () {
  "use strict";

  var url = new URL(location.href);
  var terms = (url.searchParams.get("h") || "").toLowerCase().split(/\s+/).filter(Boolean);
  var fold = window.tvoSearch && window.tvoSearch.fold;
  if (!terms.length || !fold)
    return;
  url.searchParams.delete("h");
  history.replaceState(history.state, "", url.href);

  var WORD = /[\p{L}\p{M}\p{N}]+/gu;

  function found(word) {
    var folded = fold(word);
    return terms.some(function (term) { return folded.indexOf(term) === 0; });
  }

  /* One text node: its words that were found wrapped in <mark>, the rest as it was. */
  function mark(node) {
    var text = node.data, parts = [], last = 0, match;
    WORD.lastIndex = 0;
    while ((match = WORD.exec(text)) !== null) {
      if (!found(match[0]))
        continue;
      parts.push(document.createTextNode(text.slice(last, match.index)));
      var element = document.createElement("mark");
      element.setAttribute("data-md-highlight", "");
      element.textContent = match[0];
      parts.push(element);
      last = match.index + match[0].length;
    }
    if (parts.length) {
      parts.push(document.createTextNode(text.slice(last)));
      node.replaceWith.apply(node, parts);
    }
  }

  document.addEventListener("DOMContentLoaded", function () {
    var content = document.querySelector("[data-md-component=content]");
    if (!content)
      return;
    var walker = document.createTreeWalker(content, NodeFilter.SHOW_TEXT), nodes = [];
    for (var node = walker.nextNode(); node; node = walker.nextNode())
      if (node.parentElement && node.parentElement.offsetHeight) // shown, as the theme's marking
        nodes.push(node);
    nodes.forEach(mark);
  });
})();
