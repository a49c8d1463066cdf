// Material adapter: the one script that relies on Material for MkDocs' private behaviour
// (its search worker's messages, its file names and class names, when its search box is
// read). Read from mkdocs-material 9.8.2 (requirements.txt). Every such assumption is a
// value of MATERIAL below; tests/unit/test_material_contract.py reads them and checks
// each against the installed bundle, search worker and templates, and names the one an
// upgrade breaks. Other scripts use the API at the end (window.materialAdapter), never
// Material's internals. The Python side of the contract: macros/material_adapter.py.
//
// It must run just before Material's bundle, so it travels in the bundle's file:
// hooks/postbuild.py puts it in front (a file of its own would cost every first view a
// request), in a try/catch so that nothing here can stop the bundle. It then loads on
// every page, deferred, in the scripts block of overrides/main.html. Material's
// documented ways (configuration, template blocks, document$) cover none of what
// follows; where they do, the site uses them instead.
//
// 1. Search on demand: the search index and worker load when a search starts (the box
//    gets focus, the toggle is pressed or changes, the URL has ?q=, or ?h= from a
//    result link, whose words Material highlights), not with every page. The bundle's
//    worker gets a stand-in until then, and its index request is sent then. Material
//    sends no query before the worker is ready, so the first keystroke is kept.
// 2. The search add-on, search-words.js (in the bundle's folder), loads when a search starts,
//    and the worker starts once it is there. It registers with materialAdapter.useSearch
//    and sees the index, every query and every result count.
// 3. Material reads the search box on key-up only: text that arrives without one (an
//    input method, paste, voice input) was never searched, and after the × button (the
//    form's reset, on which Material only focuses the box) the old results, or the
//    zero-result line and help, stayed under an empty box. The adapter sends Material
//    the key-up.
// 4. Accessibility fixes for markup Material's bundle creates at run time (template
//    markup is fixed in overrides/partials instead):
//    - Code blocks get a toolbar, <nav class="md-code__nav">, with no name; every page
//      then has unnamed navigation landmarks that screen readers cannot tell apart
//      (axe: landmark-unique). Each one is named when it appears.
//    - The search results box is a tab stop (tabindex="0", so keyboard users can scroll
//      results, whose links Material takes out of the tab order). With no results it is
//      empty and zero pixels high: an invisible stop after the search box. It is a tab
//      stop only while it holds results.
// 5. The navigation drawer's menu button (below 76.25em), for the keyboard. Material's
//    is a <label> for the drawer's hidden checkbox, which no key reaches, and site.css
//    hides the closed drawer (its links were tab stops out of sight): a real button
//    takes the label's place, same look, named and with its state; Escape closes the
//    drawer, and so does moving on to the page. Without JavaScript the label stays.
// 6. Search words inside folds: after a search result click, Material marks the
//    result's words (?h=) in the page, but only in text it can see (an element with
//    a height), so a word inside a closed <details> stayed hidden and unmarked. Each
//    fold whose text holds one opens first (this runs before the bundle, which marks
//    the words once the index is in). A fold's own summary is in view already.
//    (Material itself opens a fold that holds the target of the address's #fragment,
//    and every fold to print.)
// 7. Language links. The bundle takes every <link rel="alternate"> for the root of a
//    language: it fetches sitemap.xml under it on every page, and takes over a click on
//    any link under it, to go to the page of the same path there. Ours name the same
//    page in the other edition, not a root (hooks/editions.py), so every page fetched a
//    sitemap that is not there, and the language link went to the page's address
//    without its final slash. With navigation.instant off, the bundle wants no sitemap
//    for anything else: the adapter answers its sitemap requests with a network error
//    at once (no request is sent; the bundle then knows no alternate pages) and keeps a
//    click on a language link (a[hreflang]) from the bundle: the link goes where it points.
(function () {
  "use strict";

  // What this file assumes of Material 9.8.2. Kept as JSON: the contract test reads it.
  var MATERIAL = {
    "version": "9.8.2",
    "worker": "/workers/search\\.[0-9a-f]+\\.min\\.js(\\?|$)",
    "index": "/search/search_index\\.json(\\?|$)",
    "sitemap": "/sitemap\\.xml(\\?|$)",
    "message": { "setup": 0, "ready": 1, "query": 2, "result": 3 },
    "queryEvent": "keyup",
    "toggle": "__search",
    "searchBox": ".md-search__input",
    "searchOpeners": "label[for='__search'], .md-search",
    "resultsBox": ".md-search__scrollwrap",
    "resultItem": ".md-search-result__item",
    "codeNav": ".md-code__nav",
    "drawerToggle": "__drawer",
    "drawerLabel": ".md-header__button[for='__drawer']",
    "drawerClosers": ".md-content, .md-footer",
    "highlight": "h"
  };
  var MESSAGE = MATERIAL.message;

  var RealWorker = window.Worker;
  var XHR = XMLHttpRequest.prototype;
  var xhrOpen = XHR.open;
  var xhrSend = XHR.send;
  var wanted = /[?&][qh]=/.test(location.search);
  var waiting = []; // functions that start what was held back
  var addon = document.currentScript.src.replace(/[^/]*$/, "search-words.js");
  var loading = null; // functions waiting for the add-on (null: loaded, or not asked for)
  var hooks = {}; // the add-on's: index, rewrite, results
  var typed = ""; // the last query as the reader typed it

  // -- 2. the search add-on -------------------------------------------------------

  function loadAddon() {
    if (!addon) return;
    loading = [];
    var tag = document.createElement("script");
    tag.src = addon;
    addon = null;
    tag.onload = tag.onerror = function () {
      var go = loading;
      loading = null;
      go.forEach(function (fn) {
        fn();
      });
    };
    document.head.appendChild(tag);
  }
  function afterAddon(fn) {
    if (loading) loading.push(fn);
    else fn();
  }

  function toWorker(message) {
    var type = message && message.type;
    if (type === MESSAGE.setup && hooks.index) hooks.index(message.data);
    if (type === MESSAGE.query && typeof message.data === "string") {
      typed = message.data;
      return { type: type, data: hooks.rewrite ? hooks.rewrite(typed) : typed };
    }
    return message;
  }
  function fromWorker(message) {
    var items = message && message.type === MESSAGE.result && message.data && message.data.items;
    if (items && hooks.results) hooks.results(items.length, typed);
    return message;
  }

  // -- 1. search on demand --------------------------------------------------------

  function start() {
    if (wanted) return;
    wanted = true;
    loadAddon();
    waiting.splice(0).forEach(function (go) {
      go();
    });
    listen(document.removeEventListener);
  }

  // The part of the Worker interface the bundle uses.
  function standIn(url, options) {
    var target = new EventTarget();
    var queue = [];
    var real = null;
    target.postMessage = function (message) {
      if (real) real.postMessage(toWorker(message));
      else queue.push(message);
    };
    target.terminate = function () {
      if (real) real.terminate();
      queue.length = 0;
    };
    function create() {
      real = new RealWorker(url, options);
      real.addEventListener("message", function (event) {
        target.dispatchEvent(new MessageEvent("message", { data: fromWorker(event.data) }));
      });
      real.addEventListener("error", function (event) {
        target.dispatchEvent(new ErrorEvent("error", { message: event.message, error: event.error }));
      });
      queue.splice(0).forEach(target.postMessage);
    }
    if (wanted) afterAddon(create);
    else
      waiting.push(function () {
        afterAddon(create);
      });
    return target;
  }

  if (RealWorker) {
    window.Worker = function Worker(url, options) {
      return new RegExp(MATERIAL.worker).test(url) ? standIn(url, options) : new RealWorker(url, options);
    };
    window.Worker.prototype = RealWorker.prototype;
  }

  XHR.open = function (method, url) {
    this.searchIndex = new RegExp(MATERIAL.index).test(url);
    this.sitemap = new RegExp(MATERIAL.sitemap).test(url);
    return xhrOpen.apply(this, arguments);
  };
  XHR.send = function () {
    if (this.sitemap) return noSitemap(this);
    if (wanted || !this.searchIndex) return xhrSend.apply(this, arguments);
    var request = this;
    var args = arguments;
    waiting.push(function () {
      xhrSend.apply(request, args);
    });
  };

  function searchBox(node) {
    return node.matches && node.matches(MATERIAL.searchBox);
  }
  function onStart(event) {
    var node = event.target;
    if (searchBox(node) || node.id === MATERIAL.toggle || (node.closest && node.closest(MATERIAL.searchOpeners))) start();
  }
  // focusin: the box; change: the toggle; pointerdown: the magnifier, the dialog.
  function listen(how) {
    ["focusin", "change", "pointerdown"].forEach(function (type) {
      how.call(document, type, onStart, true);
    });
  }
  if (wanted) loadAddon();
  else listen(document.addEventListener);

  // -- 3. the key-up Material waits for -------------------------------------------

  function readBox(box) {
    box.dispatchEvent(new KeyboardEvent(MATERIAL.queryEvent));
  }
  function onInput(event) {
    if (searchBox(event.target) && !event.isComposing) readBox(event.target);
  }
  // A form's reset event comes before its fields are emptied: read the box after.
  function onReset(event) {
    var box = event.target.querySelector && event.target.querySelector(MATERIAL.searchBox);
    if (box) setTimeout(readBox, 0, box);
  }
  document.addEventListener("input", onInput, true);
  document.addEventListener("compositionend", onInput, true);
  document.addEventListener("reset", onReset, true);

  // -- 4. accessibility fixes -----------------------------------------------------

  var results = document.querySelector(MATERIAL.resultsBox);
  var unnamed = MATERIAL.codeNav + ":not([aria-label])";

  function nameNavs(root) {
    var navs = root.querySelectorAll ? [].slice.call(root.querySelectorAll(unnamed)) : [];
    if (root.matches && root.matches(unnamed)) navs.push(root);
    navs.forEach(function (nav) {
      nav.setAttribute("aria-label", "代码块操作");
    });
  }
  function fix(records) {
    if (results) results.tabIndex = results.querySelector(MATERIAL.resultItem) ? 0 : -1;
    records.forEach(function (record) {
      [].forEach.call(record.addedNodes, nameNavs);
    });
  }
  fix([{ addedNodes: [document] }]);
  new MutationObserver(fix).observe(document.documentElement, { childList: true, subtree: true });

  // -- 5. the drawer's menu button ------------------------------------------------

  (function () {
    var drawer = document.getElementById(MATERIAL.drawerToggle);
    var label = document.querySelector(MATERIAL.drawerLabel);
    if (!drawer || !label) return;
    var button = document.createElement("button");
    button.type = "button";
    button.className = label.className + " drawer-button";
    button.setAttribute("aria-label", "导航栏");
    while (label.firstChild) button.appendChild(label.firstChild);
    function sync() {
      button.setAttribute("aria-expanded", String(drawer.checked));
    }
    function close() {
      if (drawer.checked) drawer.click();
    }
    button.addEventListener("click", function () {
      drawer.click();
    });
    drawer.addEventListener("change", sync);
    document.addEventListener("keydown", function (event) {
      if (event.key !== "Escape" || !drawer.checked) return;
      close();
      button.focus();
    });
    document.addEventListener("focusin", function (event) {
      if (event.target.closest && event.target.closest(MATERIAL.drawerClosers)) close();
    });
    sync();
    label.parentNode.replaceChild(button, label);
  })();

  // -- 6. search words inside folds -----------------------------------------------

  (function () {
    var query = new URLSearchParams(location.search).get(MATERIAL.highlight) || "";
    // Split as Material's highlighter splits the parameter.
    var words = query.toLowerCase().split(/[\s*+\-:~^]+/).filter(Boolean);
    if (!words.length) return;
    function holds(fold) {
      var walker = document.createTreeWalker(fold, NodeFilter.SHOW_TEXT);
      for (var node = walker.nextNode(); node; node = walker.nextNode()) {
        if (node.parentElement.closest("summary")) continue;
        var text = node.textContent.toLowerCase();
        for (var i = 0; i < words.length; i++) if (text.indexOf(words[i]) >= 0) return true;
      }
      return false;
    }
    [].forEach.call(document.querySelectorAll("details:not([open])"), function (fold) {
      if (holds(fold)) fold.open = true;
    });
  })();

  // -- 7. language links ---------------------------------------------------------

  function noSitemap(request) {
    setTimeout(function () {
      request.dispatchEvent(new ProgressEvent("error"));
    }, 0);
  }
  document.addEventListener(
    "click",
    function (event) {
      if (event.target.closest && event.target.closest("a[hreflang]")) event.stopPropagation();
    },
    true
  );

  // -- the API --------------------------------------------------------------------

  window.materialAdapter = {
    // The search add-on registers its hooks once, each optional:
    //   index(index)           when the worker is set up: { config: { separator }, docs }
    //   rewrite(typed) -> text  what the worker searches for; the box keeps what was typed
    //   results(count, typed)   after every search: its number of results
    useSearch: function (addonHooks) {
      hooks = addonHooks;
    },
  };
})();
