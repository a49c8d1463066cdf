// Accessibility fixes for markup Material's JavaScript creates at run time
// (template markup is fixed in overrides/partials instead). Loaded last, from the
// scripts block of overrides/main.html.
//
// Code blocks get a toolbar, <nav class="md-code__nav">, with no name; every
// page then has unnamed navigation landmarks that screen readers cannot tell
// apart (axe: landmark-unique). Name each one when it appears.
//
// The search results box is a tab stop (tabindex="0", so keyboard users can scroll
// results, whose links Material takes out of the tab order). With no results it is
// empty and zero pixels high: an invisible stop after the search box. It is a tab
// stop only while it holds results.
(function () {
  "use strict";
  var NAME = "代码块操作";
  var results = document.querySelector(".md-search__scrollwrap");

  function resultsStop() {
    if (results) results.tabIndex = results.querySelector(".md-search-result__item") ? 0 : -1;
  }

  function name(root) {
    var navs = root.querySelectorAll ? root.querySelectorAll(".md-code__nav:not([aria-label])") : [];
    for (var i = 0; i < navs.length; i++) navs[i].setAttribute("aria-label", NAME);
  }

  name(document);
  resultsStop();
  new MutationObserver(function (records) {
    resultsStop();
    for (var i = 0; i < records.length; i++) {
      var added = records[i].addedNodes;
      for (var j = 0; j < added.length; j++) {
        var node = added[j];
        if (node.nodeType !== 1) continue;
        if (node.matches(".md-code__nav:not([aria-label])")) node.setAttribute("aria-label", NAME);
        else name(node);
      }
    }
  }).observe(document.documentElement, { childList: true, subtree: true });
})();
