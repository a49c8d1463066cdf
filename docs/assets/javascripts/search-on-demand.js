// Search on demand: the search index and worker load when a search starts (the box
// gets focus, the toggle is pressed or changes, the URL has ?q=, or ?h= from a result
// link, whose words Material highlights), not with every page. Runs before Material's
// bundle (scripts block, overrides/main.html): the worker gets a stand-in until then,
// and the index request is sent then. Material sends no query before the worker is
// ready, so the first keystroke is kept.
// search-words.js loads with the index and sees every message to and from the
// worker (it rewrites queries, shows help on zero results); the worker starts
// once it is there.
(function () {
  "use strict";

  var WORKER = /\/workers\/search\.[0-9a-f]+\.min\.js(\?|$)/;
  var INDEX = /\/search\/search_index\.json(\?|$)/;
  var RealWorker = window.Worker;
  var xhrOpen = XMLHttpRequest.prototype.open;
  var xhrSend = XMLHttpRequest.prototype.send;
  var wanted = /[?&][qh]=/.test(location.search);
  var waiting = []; // functions that start what was held back
  var script = document.currentScript;
  var words = null; // functions waiting for search-words.js (null: loaded)

  function loadWords() {
    if (words) return;
    words = [];
    var tag = document.createElement("script");
    tag.src = script.src.replace(/[^/]*$/, "search-words.js");
    tag.onload = tag.onerror = function () {
      var go = words;
      words = null;
      go.forEach(function (fn) {
        fn();
      });
    };
    document.head.appendChild(tag);
  }
  function afterWords(fn) {
    if (words) words.push(fn);
    else fn();
  }
  function filter(name, message) {
    return window.searchWords ? window.searchWords[name](message) : message;
  }

  function start() {
    if (wanted) return;
    wanted = true;
    loadWords();
    waiting.splice(0).forEach(function (go) {
      go();
    });
    document.removeEventListener("focusin", onFocus, true);
    document.removeEventListener("change", onToggle, true);
    document.removeEventListener("pointerdown", onPress, true);
  }

  // The part of the Worker interface the bundle uses.
  function standIn(url, options) {
    var target = new EventTarget();
    var queue = [];
    var real = null;
    target.postMessage = function (message) {
      if (real) real.postMessage(filter("send", message));
      else queue.push(message);
    };
    target.terminate = function () {
      if (real) real.terminate();
      queue.length = 0;
    };
    function create() {
      real = new RealWorker(url, options);
      real.addEventListener("message", function (event) {
        target.dispatchEvent(new MessageEvent("message", { data: filter("receive", event.data) }));
      });
      real.addEventListener("error", function (event) {
        target.dispatchEvent(new ErrorEvent("error", { message: event.message, error: event.error }));
      });
      queue.splice(0).forEach(target.postMessage);
    }
    if (wanted) afterWords(create);
    else
      waiting.push(function () {
        afterWords(create);
      });
    return target;
  }

  if (RealWorker) {
    window.Worker = function Worker(url, options) {
      if (!WORKER.test(String(url))) return new RealWorker(url, options);
      return standIn(url, options);
    };
    window.Worker.prototype = RealWorker.prototype;
  }

  XMLHttpRequest.prototype.open = function (method, url) {
    this.searchIndex = INDEX.test(String(url));
    return xhrOpen.apply(this, arguments);
  };
  XMLHttpRequest.prototype.send = function () {
    if (wanted || !this.searchIndex) return xhrSend.apply(this, arguments);
    var request = this;
    var args = arguments;
    waiting.push(function () {
      xhrSend.apply(request, args);
    });
  };

  function onFocus(event) {
    if (event.target.matches && event.target.matches(".md-search__input")) start();
  }
  function onToggle(event) {
    if (event.target.id === "__search") start();
  }
  function onPress(event) {
    if (event.target.closest && event.target.closest("label[for='__search'], .md-search")) start();
  }
  if (wanted) loadWords();
  else {
    document.addEventListener("focusin", onFocus, true);
    document.addEventListener("change", onToggle, true);
    document.addEventListener("pointerdown", onPress, true);
  }
})();
