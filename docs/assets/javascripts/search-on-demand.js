// Search on demand: the search index (about half of a first view's bytes) and the
// search worker load when the reader starts a search, not with every page.
//
// Loaded from the scripts block of overrides/main.html, before Material's bundle,
// which it changes in two places without touching the bundle itself:
//   - `new Worker(<search worker>)` gets a stand-in that keeps the messages the
//     bundle sends and the listeners it adds; the real worker starts on demand;
//   - the XMLHttpRequest for search/search_index.json is opened at once but sent
//     on demand (the offline copy loads search_index.js only when search opens,
//     so there is nothing to hold back there).
// "On demand": the search box gets focus (click, tap, Tab, Material's / s f keys),
// the search toggle changes or is pressed (the magnifier on a phone), or the page
// was opened with ?q= (a shared search). Material waits for the worker to report
// ready before it sends a query, so the first keystroke is never lost.
(function () {
  "use strict";

  var WORKER = /\/workers\/search\.[0-9a-f]+\.min\.js(\?|$)/;
  var INDEX = /\/search\/search_index\.json(\?|$)/;
  var RealWorker = window.Worker;
  var xhrOpen = XMLHttpRequest.prototype.open;
  var xhrSend = XMLHttpRequest.prototype.send;
  var wanted = /[?&]q=/.test(location.search);
  var waiting = []; // functions that start what was held back

  function start() {
    if (wanted) return;
    wanted = true;
    waiting.splice(0).forEach(function (go) {
      go();
    });
    document.removeEventListener("focusin", onFocus, true);
    document.removeEventListener("change", onToggle, true);
    document.removeEventListener("pointerdown", onPress, true);
  }

  // A stand-in with the part of the Worker interface the bundle uses.
  function standIn(url, options) {
    var target = new EventTarget();
    var queue = [];
    var real = null;
    target.postMessage = function (message) {
      if (real) real.postMessage(message);
      else queue.push(message);
    };
    target.terminate = function () {
      if (real) real.terminate();
      queue.length = 0;
    };
    waiting.push(function () {
      real = new RealWorker(url, options);
      real.addEventListener("message", function (event) {
        target.dispatchEvent(new MessageEvent("message", { data: event.data }));
      });
      real.addEventListener("error", function (event) {
        target.dispatchEvent(new ErrorEvent("error", { message: event.message, error: event.error }));
      });
      queue.splice(0).forEach(function (message) {
        real.postMessage(message);
      });
    });
    return target;
  }

  if (RealWorker) {
    window.Worker = function Worker(url, options) {
      if (wanted || !WORKER.test(String(url))) return new RealWorker(url, options);
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
  if (!wanted) {
    document.addEventListener("focusin", onFocus, true);
    document.addEventListener("change", onToggle, true);
    document.addEventListener("pointerdown", onPress, true);
  }
})();
