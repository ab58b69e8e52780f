// The site root sends the visitor to the first language their browser prefers among the six,
// Dutch otherwise. (Without JavaScript, index.html's <noscript> refresh goes to Dutch.)
(function () {
  var available = ["nl", "en", "tr", "ar", "pl", "uk"];
  var preferred = navigator.languages && navigator.languages.length ? navigator.languages : [navigator.language || ""];
  var choice = "nl";
  for (var i = 0; i < preferred.length; i++) {
    var code = String(preferred[i]).toLowerCase().split("-")[0];
    if (available.indexOf(code) !== -1) { choice = code; break; }
  }
  // From a folder on disk (file://) a directory has no index, so name the page.
  location.replace(choice + (location.protocol === "file:" ? "/index.html" : "/"));
})();
