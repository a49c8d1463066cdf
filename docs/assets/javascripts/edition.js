// The edition a reader reads, 简体中文 or 繁體中文, remembered only when the reader switches.
// Every page links the same page in the other edition: the language link in the header
// (a[hreflang], overrides/partials/alternate.html) and <link rel="alternate" hreflang> in
// <head> (hooks/editions.py). A click on the language link keeps its edition in this
// browser (localStorage "account-help.edition.v1": nothing is asked, nothing is sent);
// after that, a page of the other edition goes to its twin in the kept one before it
// shows. Without a click nothing is stored and no page moves.
// Inline in <head> (hooks/postbuild.py INLINE), after storage-fallback.js (whose store in
// memory keeps the choice for the page only, when the browser keeps no site data), and
// after the <link rel="alternate"> elements it reads.
(function () {
  "use strict";

  var KEY = "account-help.edition.v1";
  var store;
  try {
    store = window.localStorage; // the getter itself throws when storage is blocked
    var kept = store.getItem(KEY);
    var here = document.documentElement.lang;
    if (kept && kept !== here && /^[A-Za-z-]+$/.test(kept)) {
      var twin = document.querySelector('link[rel="alternate"][hreflang="' + kept + '"]');
      if (twin) {
        location.replace(twin.href + location.search + location.hash);
        return;
      }
    }
  } catch (e) {
    return;
  }
  // On the window, before anything else hears the click (material-adapter.js stops it
  // from reaching Material's bundle).
  window.addEventListener(
    "click",
    function (event) {
      var link = event.target.closest && event.target.closest("a[hreflang]");
      if (!link) return;
      try {
        store.setItem(KEY, link.getAttribute("hreflang"));
      } catch (e) {
        // Storage full or blocked: the link still goes to the other edition.
      }
    },
    true
  );
})();
