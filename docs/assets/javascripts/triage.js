// Triage on /identify/: the static decision list ([data-triage], every step a
// <section data-step>, every answer a link to the next step) shown one step at a
// time, with 上一步 and 重新开始. The position is the URL hash: the path of step ids
// from the first question ("#q-can-login/p-password"), so the back button, a reload
// and a shared link all land on the same step. Focus moves to the new step's heading.
(function () {
  "use strict";

  var root = document.querySelector("[data-triage]");
  if (!root) return;
  var start = root.getAttribute("data-start");
  var steps = {};
  root.querySelectorAll("[data-step]").forEach(function (step) {
    steps[step.id] = step;
  });
  var shown = null; // the path on screen, joined by "/"

  function targets(id) {
    var links = steps[id].querySelectorAll("a[data-to]");
    return Array.prototype.map.call(links, function (a) { return a.getAttribute("data-to"); });
  }

  // The longest valid path the hash names; a single known step id (a link of the
  // static list) is reached by the shortest path from the first question.
  function parse(hash) {
    var parts = decodeURIComponent(hash.replace(/^#/, "")).split("/").filter(Boolean);
    if (parts[0] === start) parts.shift();
    if (parts.length === 1 && steps[parts[0]]) return shortest(parts[0]);
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
  nav.setAttribute("aria-label", "问答步骤");
  var counter = el("span", "triage__counter", "");
  var back = el("button", "composer__button triage__back", "上一步");
  var restart = el("button", "composer__button triage__restart", "重新开始");
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
    counter.textContent = "第 " + (path.length + 1) + " 步";
    if (focus) {
      var heading = steps[current].querySelector("h2");
      heading.tabIndex = -1;
      heading.focus();
    }
  }

  function go(path) {
    if (path.length) {
      location.hash = path.join("/");
    } else {
      history.pushState(null, "", location.pathname + location.search);
      show([], true);
    }
  }

  back.addEventListener("click", function () {
    go(parse(location.hash).slice(0, -1));
  });
  restart.addEventListener("click", function () {
    go([]);
  });
  // Not popstate: it comes before the browser's own move to the fragment, which
  // would take the focus away again.
  window.addEventListener("hashchange", function () {
    show(parse(location.hash), true);
  });
  show(parse(location.hash), false);
})();
