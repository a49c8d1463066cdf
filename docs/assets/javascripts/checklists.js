// Checklists: tick, keep (localStorage, keyed by item id), progress, reset; the
// print button and the printed footer's date. No dependencies, no network, no
// inline handlers (the site's CSP forbids inline script).
//
// Storage: one key per problem, "account-help.checklist.v1:<problem>", holding a
// JSON array of ticked item ids ("deposit.txid"). Ids, not positions: adding,
// editing or reordering other items never moves a tick. Ids of the problem that
// the current build no longer has (data-items) are dropped on load.
(function () {
  "use strict";

  var PREFIX = "account-help.checklist.v1:";
  var canStore = true;
  var ticked = {}; // problem id -> { item id: true }

  function storage() {
    return window.localStorage; // the getter itself throws when storage is blocked
  }

  function probeStorage() {
    try {
      var store = storage();
      store.setItem(PREFIX + "probe", "1");
      store.removeItem(PREFIX + "probe");
    } catch (e) {
      canStore = false;
    }
  }

  function load(problem) {
    var raw = null;
    try {
      raw = storage().getItem(PREFIX + problem);
    } catch (e) {
      canStore = false;
      return [];
    }
    try {
      var ids = JSON.parse(raw || "[]");
      return Array.isArray(ids) ? ids.filter(function (id) { return typeof id === "string"; }) : [];
    } catch (e) {
      return []; // a damaged value: start again
    }
  }

  function save(problem) {
    var ids = Object.keys(ticked[problem]);
    try {
      if (ids.length) {
        storage().setItem(PREFIX + problem, JSON.stringify(ids));
      } else {
        storage().removeItem(PREFIX + problem);
      }
    } catch (e) {
      if (canStore) {
        canStore = false;
        showStorageNotes();
      }
    }
  }

  function el(tag, className, text) {
    var node = document.createElement(tag);
    if (className) node.className = className;
    if (text) node.textContent = text;
    return node;
  }

  function inputs(list) {
    return list.querySelectorAll("input.checklist__input");
  }

  function itemId(input) {
    var li = input.closest("[data-item]");
    return li ? li.getAttribute("data-item") : null;
  }

  function showStorageNotes() {
    document.querySelectorAll(".checklist__note").forEach(function (note) {
      note.hidden = canStore;
    });
  }

  function update(list) {
    var boxes = inputs(list);
    var done = 0;
    boxes.forEach(function (box) {
      if (box.checked) done += 1;
    });
    list.querySelector(".checklist__progress").textContent = "已完成 " + done + "/" + boxes.length;
    list.querySelector(".checklist__reset").disabled = done === 0;
  }

  function updateProblem(problem) {
    document.querySelectorAll('.checklist[data-checklist="' + problem + '"]').forEach(update);
  }

  function toolbar(list) {
    var bar = el("div", "checklist__bar");
    var progress = el("span", "checklist__progress");
    progress.setAttribute("role", "status");
    var reset = el("button", "checklist__button checklist__reset", "清空勾选");
    reset.type = "button";
    var ask = el("span", "checklist__confirm");
    ask.hidden = true;
    var question = el("span", "checklist__question");
    var yes = el("button", "checklist__button checklist__yes", "清空");
    yes.type = "button";
    var no = el("button", "checklist__button checklist__no", "取消");
    no.type = "button";
    ask.append(question, yes, no);
    var note = el("p", "checklist__note", "这个浏览器不允许本站保存数据：勾选只在本页有效，刷新或关闭页面后不会保留。");
    note.hidden = canStore;
    bar.append(progress, reset, ask);
    list.append(bar, note);

    function closeAsk(focus) {
      ask.hidden = true;
      reset.hidden = false;
      if (focus) reset.focus();
    }
    reset.addEventListener("click", function () {
      var done = list.querySelectorAll("input.checklist__input:checked").length;
      question.textContent = "确定清空这一组的 " + done + " 项勾选？";
      reset.hidden = true;
      ask.hidden = false;
      no.focus();
    });
    no.addEventListener("click", function () {
      closeAsk(true);
    });
    yes.addEventListener("click", function () {
      var problem = list.getAttribute("data-checklist");
      inputs(list).forEach(function (box) {
        box.checked = false;
        delete ticked[problem][itemId(box)];
      });
      save(problem);
      updateProblem(problem);
      closeAsk(true);
    });
    ask.addEventListener("keydown", function (event) {
      if (event.key === "Escape") closeAsk(true);
    });
  }

  function setUp(list) {
    var problem = list.getAttribute("data-checklist");
    if (!ticked[problem]) {
      // Keep only ids the problem still has; write back if something was dropped.
      var known = (list.getAttribute("data-items") || "").split(/\s+/);
      var stored = load(problem);
      ticked[problem] = {};
      stored.forEach(function (id) {
        if (known.indexOf(id) !== -1) ticked[problem][id] = true;
      });
      if (canStore && Object.keys(ticked[problem]).length !== stored.length) save(problem);
    }
    inputs(list).forEach(function (box) {
      var id = itemId(box);
      box.disabled = false;
      box.checked = !!ticked[problem][id];
      box.addEventListener("change", function () {
        if (box.checked) ticked[problem][id] = true;
        else delete ticked[problem][id];
        save(problem);
        updateProblem(problem);
      });
    });
    toolbar(list);
    update(list);
  }

  // The printed footer: today's date, and the whole line for the @page footer box.
  function fillFooter() {
    var footer = document.querySelector(".print-footer");
    if (!footer) return;
    var now = new Date();
    var date = now.getFullYear() + "-" + String(now.getMonth() + 1).padStart(2, "0") + "-" +
      String(now.getDate()).padStart(2, "0");
    footer.querySelectorAll("[data-print-date]").forEach(function (node) {
      node.textContent = date;
    });
    var line = footer.textContent.replace(/\s+/g, " ").trim();
    document.documentElement.style.setProperty("--print-footer", JSON.stringify(line));
    document.documentElement.classList.add("has-print-footer");
  }

  function init() {
    var lists = document.querySelectorAll(".checklist[data-checklist]");
    if (lists.length) probeStorage();
    lists.forEach(setUp);
    document.querySelectorAll("[data-action=print]").forEach(function (button) {
      button.hidden = false;
      button.addEventListener("click", function () {
        window.print();
      });
    });
    fillFooter();
    window.addEventListener("beforeprint", fillFooter);
  }

  if (document.readyState === "loading") {
    document.addEventListener("DOMContentLoaded", init);
  } else {
    init();
  }
})();
