// Triage on /identify/ (component: triage, macros/render/triage.py; styles: site.css
// "component: triage"): the static decision list ([data-triage], every step a
// <section data-step>, every answer a link to the next step) shown one step at a
// time, with 上一步 and 重新开始. The position is the URL hash: the path of step ids
// from the first question ("#q-can-login/p-password"), so the back button, a reload
// and a shared link all land on the same step. Focus moves to the new step's heading.
//
// Any hash is safe: one that names an element inside a step (a heading's ¶ link or
// the table of contents: "#p-hacked-title") shows that step; one that is not valid
// percent-encoding ("#100%") or names nothing shows the first question.
//
// 上一步 is the browser's Back when the previous history entry is the previous step
// (each history entry this page makes remembers the path shown before it), so going
// back and forth does not pile up history and Back never returns to the step just left.
//
// The words it shows are data.WORDS.scripts.triage, which the page carries as JSON
// (#account-help-words, macros/contracts.py); "{n}" marks where the step number goes.
(function () {
  "use strict";

  var root = document.querySelector("[data-triage]");
  if (!root) return;
  var words = JSON.parse(document.getElementById("account-help-words").textContent).triage;
  var start = root.getAttribute("data-start");
  var steps = Object.create(null); // no inherited names: "#constructor" is no step
  root.querySelectorAll("[data-step]").forEach(function (step) {
    steps[step.id] = step;
  });
  var shown = null; // the path on screen, joined by "/"

  function targets(id) {
    var links = steps[id].querySelectorAll("a[data-to]");
    return Array.prototype.map.call(links, function (a) { return a.getAttribute("data-to"); });
  }

  // A stray "%" is not an escape (decodeURIComponent throws): keep the text as it is.
  function decode(text) {
    try {
      return decodeURIComponent(text);
    } catch (e) {
      return text;
    }
  }

  // The step an id names: a step, or the step holding the element with that id.
  function stepOf(id) {
    if (steps[id]) return id;
    var node = document.getElementById(id);
    var step = node && root.contains(node) ? node.closest("[data-step]") : null;
    return step ? step.id : null;
  }

  // The longest valid path the hash names; a single id (a link of the static list,
  // a heading's anchor) is reached by the shortest path from the first question.
  function parse(hash) {
    var parts = decode(hash.replace(/^#/, "")).split("/").filter(Boolean);
    if (parts[0] === start) parts.shift();
    if (parts.length === 1 && stepOf(parts[0])) return shortest(stepOf(parts[0]));
    var path = [];
    for (var i = 0, at = start; i < parts.length && targets(at).indexOf(parts[i]) >= 0; i++) {
      path.push(parts[i]);
      at = parts[i];
    }
    return path;
  }

  function shortest(goal) {
    var queue = [[]];
    while (queue.length) {
      var path = queue.shift();
      var at = path.length ? path[path.length - 1] : start;
      if (at === goal) return path;
      targets(at).forEach(function (next) {
        if (path.indexOf(next) < 0) queue.push(path.concat(next));
      });
    }
    return [];
  }

  function el(tag, className, text) {
    var node = document.createElement(tag);
    node.className = className;
    node.textContent = text;
    return node;
  }

  var nav = el("nav", "triage__nav", "");
  nav.setAttribute("aria-label", words.steps);
  var counter = el("span", "triage__counter", "");
  var back = el("button", "composer__button triage__back", words.back);
  var restart = el("button", "composer__button triage__restart", words.restart);
  back.type = restart.type = "button";
  nav.append(back, restart, counter);
  root.append(nav);
  root.classList.add("triage--js");

  function show(path, focus) {
    var key = path.join("/");
    if (key === shown) return;
    shown = key;
    var current = path.length ? path[path.length - 1] : start;
    Object.keys(steps).forEach(function (id) {
      steps[id].hidden = id !== current;
    });
    steps[current].querySelectorAll("a[data-to]").forEach(function (a) {
      a.setAttribute("href", "#" + path.concat(a.getAttribute("data-to")).join("/"));
    });
    back.hidden = restart.hidden = path.length === 0;
    counter.textContent = words.counter.replace("{n}", path.length + 1);
    if (focus) {
      var heading = steps[current].querySelector("h2");
      heading.tabIndex = -1;
      heading.focus();
    }
  }

  // History entries this page makes or meets are marked { triage: true, from: path
  // shown before the entry, or null when not known }. An unmarked entry in a
  // hashchange is new (an answer, a ¶ link, a typed address): it came from the step
  // on screen.
  function marked() {
    var state = history.state;
    return state !== null && typeof state === "object" && state.triage === true;
  }

  function from() {
    return marked() && typeof history.state.from === "string" ? history.state.from : null;
  }

  function url(path) {
    return location.pathname + location.search + (path.length ? "#" + path.join("/") : "");
  }

  function go(path) {
    history.pushState({ triage: true, from: shown }, "", url(path));
    show(path, true);
  }

  var leaving = 0; // a Back under way: a second click (a double click) waits for it

  function previous() {
    if (Date.now() - leaving < 1000) return;
    var path = shown ? shown.split("/").slice(0, -1) : [];
    if (from() === path.join("/")) {
      leaving = Date.now();
      history.back(); // the hashchange shows it
    } else {
      // Reached some other way (a shared link, a reload of an old address): this
      // entry becomes the previous step, no entry is added.
      history.replaceState({ triage: true, from: from() }, "", url(path));
      show(path, true);
    }
  }

  back.addEventListener("click", previous);
  restart.addEventListener("click", function () {
    go([]);
  });
  // Not popstate: it comes before the browser's own move to the fragment, which
  // would take the focus away again.
  window.addEventListener("hashchange", function () {
    leaving = 0;
    if (!marked()) history.replaceState({ triage: true, from: shown }, "");
    show(parse(location.hash), true);
  });
  if (!marked()) history.replaceState({ triage: true, from: null }, "");
  show(parse(location.hash), false);
})();
