// Checklists (component: checklists, macros/render/checklists.py; styles: site.css
// "component: checklists"): tick, keep (localStorage, keyed by item id), progress, reset; the
// print button and the printed footer's date. No dependencies, no network, no
// inline handlers (the site's CSP forbids inline script).
//
// Storage: one key per problem, "account-help.checklist.v1:<problem>", holding a
// JSON array of ticked item ids ("deposit.txid"). Ids, not positions: adding,
// editing or reordering other items never moves a tick. Ids of the problem that
// the current build no longer has (data-items) are dropped on load.
//
// What is shown always equals what is stored: a change reads the stored list again
// and changes only its own items (another tab may have written since), the `storage`
// event brings other tabs' changes in, and `pageshow` reads storage again after Back
// or Forward (the browser restores old form state and pages from its cache).
//
// Storage that cannot be written (blocked, or full: a write throws) turns the page to
// memory only, from then on: no more writes and no removals, so the stored lists keep
// what was saved before, and the note under each list says so.
//
// The words it shows (buttons, progress, notes) are data.WORDS.scripts.checklists,
// which the page carries as JSON (#account-help-words, macros/contracts.py) where it
// has a checklist; "{done}" and the like mark where a number goes.
//
// /print/ (each sheet a [data-print-sheet="<problem>"]): a tick per sheet, in a list at
// the top and on the sheet, and 只打印这一张, written by the build (setUpChoice says why).
// The choice is kept like the ticks, under CHOICE: the ids of the sheets left out (a new
// problem's sheet prints by default). A sheet left out gets data-print="no": site.css
// keeps it off paper and marks it on the screen. Without this script no sheet has
// data-print, and every sheet prints; the choice is not shown (site.css, under no-js).
(function () {
  "use strict";

  var PREFIX = "account-help.checklist.v1:";
  var CHOICE = "account-help.print.v1";
  var sheets = []; // /print/'s sheets
  var left = {}; // sheet id -> true: left out of the print
  var canStore = true;
  var full = false; // storage can be read but a write threw QuotaExceededError
  var words = null; // read in init(), on a page with a checklist
  var ticked = {}; // problem id -> { item id: true }

  function storage() {
    return window.localStorage; // the getter itself throws when storage is blocked
  }

  // Stop writing: the stored lists keep what they hold (see the top of this file).
  function stopStoring(error) {
    if (!canStore) return;
    canStore = false;
    full = !!error && error.name === "QuotaExceededError" && readable();
    showStorageNotes(); // none yet while the page starts: toolbar() makes them
  }

  function readable() {
    try {
      storage().getItem(PREFIX + "probe");
      return true;
    } catch (e) {
      return false;
    }
  }

  function probeStorage() {
    try {
      var store = storage();
      if (store.inMemory) throw new Error("memory only"); // storage-fallback.js
      store.setItem(PREFIX + "probe", "1");
      store.removeItem(PREFIX + "probe");
    } catch (e) {
      stopStoring(e);
    }
  }

  // A stored list of ids (a problem's ticks, the sheets left out); [] when none or damaged.
  function readList(key) {
    var raw = null;
    try {
      raw = storage().getItem(key);
    } catch (e) {
      stopStoring(null);
      return [];
    }
    try {
      var ids = JSON.parse(raw || "[]");
      return Array.isArray(ids) ? ids.filter(function (id) { return typeof id === "string"; }) : [];
    } catch (e) {
      return []; // a damaged value: start again
    }
  }

  function writeList(key, ids) {
    if (!canStore) return; // memory only: the stored list keeps what was saved
    try {
      if (ids.length) {
        storage().setItem(key, JSON.stringify(ids));
      } else {
        storage().removeItem(key);
      }
    } catch (e) {
      stopStoring(e);
    }
  }

  function load(problem) {
    return readList(PREFIX + problem);
  }

  // Change some items of a problem: read what is stored now, apply, write back.
  function change(problem, ids, on) {
    if (canStore) {
      var before = ticked[problem];
      ticked[problem] = {};
      load(problem).forEach(function (id) {
        ticked[problem][id] = true;
      });
      if (!canStore) ticked[problem] = before; // load() found storage gone: keep memory
    }
    ids.forEach(function (id) {
      if (on) ticked[problem][id] = true;
      else delete ticked[problem][id];
    });
    save(problem);
    sync(problem);
  }

  // Show the ticks of a problem as they are in memory (after `change` or a reload).
  function sync(problem) {
    document.querySelectorAll('.checklist[data-checklist="' + problem + '"]').forEach(function (list) {
      inputs(list).forEach(function (box) {
        box.checked = !!ticked[problem][itemId(box)];
      });
      update(list);
    });
  }

  // Read every problem on the page from storage again (another tab, Back, Forward).
  function reload(problem) {
    if (!canStore) return sync(problem);
    var ids = load(problem);
    ticked[problem] = {};
    ids.forEach(function (id) {
      ticked[problem][id] = true;
    });
    sync(problem);
  }

  function save(problem) {
    writeList(PREFIX + problem, Object.keys(ticked[problem]));
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
      note.textContent = full ? words.full : words.blocked;
      note.hidden = canStore;
    });
  }

  function update(list) {
    var boxes = inputs(list);
    var done = 0;
    boxes.forEach(function (box) {
      if (box.checked) done += 1;
    });
    list.querySelector(".checklist__progress").textContent = words.progress
      .replace("{done}", done)
      .replace("{total}", boxes.length);
    list.querySelector(".checklist__reset").disabled = done === 0;
  }

  function toolbar(list) {
    var bar = el("div", "checklist__bar");
    var progress = el("span", "checklist__progress");
    progress.setAttribute("role", "status");
    var reset = el("button", "checklist__button checklist__reset", words.reset);
    reset.type = "button";
    var ask = el("span", "checklist__confirm");
    ask.hidden = true;
    var question = el("span", "checklist__question");
    var yes = el("button", "checklist__button checklist__yes", words.yes);
    yes.type = "button";
    var no = el("button", "checklist__button checklist__no", words.no);
    no.type = "button";
    ask.append(question, yes, no);
    var note = el("p", "checklist__note", full ? words.full : words.blocked);
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
      question.textContent = words.confirm.replace("{count}", done);
      reset.hidden = true;
      ask.hidden = false;
      no.focus();
    });
    no.addEventListener("click", function () {
      closeAsk(true);
    });
    yes.addEventListener("click", function () {
      var problem = list.getAttribute("data-checklist");
      var ids = [];
      inputs(list).forEach(function (box) {
        ids.push(itemId(box));
      });
      change(problem, ids, false);
      closeAsk(false);
      // The reset button is disabled now: focus the first item, not the page.
      var first = list.querySelector("input.checklist__input");
      if (first) first.focus();
    });
    ask.addEventListener("keydown", function (event) {
      if (event.key === "Escape") closeAsk(true);
    });
  }

  function setUp(list) {
    var problem = list.getAttribute("data-checklist");
    if (!ticked[problem]) {
      // Keep only ids the problem still has; write back if something was dropped.
      // The ids are on one list of the problem (the checks part); none: drop nothing.
      var source = list.hasAttribute("data-items")
        ? list
        : document.querySelector('.checklist[data-checklist="' + problem + '"][data-items]');
      var stored = load(problem);
      var known = source ? source.getAttribute("data-items").split(/\s+/) : stored;
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
        change(problem, [id], box.checked);
      });
    });
    toolbar(list);
    update(list);
  }

  // -- /print/: which sheets print ------------------------------------------------------

  function sheetId(sheet) {
    return sheet.getAttribute("data-print-sheet");
  }

  // Read the stored choice, keeping only sheets this page has (a removed problem's id is
  // dropped, and written back when there was one). Once storage turned to memory only,
  // only the first read (`first`: full storage still reads) takes what it holds.
  function readChoice(first) {
    if (!canStore && !first) return;
    var known = sheets.map(sheetId);
    var stored = readList(CHOICE);
    left = {};
    stored.forEach(function (id) {
      if (known.indexOf(id) !== -1) left[id] = true;
    });
    if (canStore && Object.keys(left).length !== stored.length) writeList(CHOICE, Object.keys(left));
  }

  // Change the choice: read what is stored now (another tab may have written), apply
  // `change` to it, write it back, show it.
  function choose(change) {
    readChoice();
    change();
    writeList(CHOICE, Object.keys(left));
    showChoice();
  }

  function showChoice() {
    var chosen = 0;
    sheets.forEach(function (sheet) {
      var id = sheetId(sheet);
      var print = !left[id];
      if (print) chosen += 1;
      sheet.setAttribute("data-print", print ? "yes" : "no");
      document.querySelectorAll('[data-choose="' + id + '"]').forEach(function (box) {
        box.checked = print;
      });
    });
    document.querySelectorAll(".print-choice__count").forEach(function (count) {
      count.textContent = words.chosen.replace("{n}", chosen).replace("{total}", sheets.length);
    });
    document.querySelectorAll(".print-choice__all").forEach(function (button) {
      button.disabled = chosen === sheets.length;
    });
  }

  // The choice of sheets is in the page from the build (macros/render/print_sheet.py
  // print_choice and sheet_choice: a list at the top of /print/, with how many are chosen,
  // 全部选中 and a print button, and a bar under each sheet's title), every sheet chosen and
  // every control disabled: here it is enabled, wired up and set to the kept choice. Built
  // here after load instead, it pushed every sheet down (a layout shift on a phone).
  function setUpChoice() {
    var panel = document.querySelector(".print-choice");
    sheets = Array.prototype.slice.call(document.querySelectorAll("[data-print-sheet]"));
    if (!panel || !sheets.length) return;
    document.querySelectorAll("[data-choose]").forEach(function (box) {
      var id = box.getAttribute("data-choose");
      box.disabled = false;
      box.addEventListener("change", function () {
        choose(function () {
          if (box.checked) delete left[id];
          else left[id] = true;
        });
      });
    });
    document.querySelectorAll("[data-only]").forEach(function (only) {
      var id = only.getAttribute("data-only");
      only.disabled = false;
      only.addEventListener("click", function () {
        choose(function () {
          left = {};
          sheets.forEach(function (sheet) {
            if (sheetId(sheet) !== id) left[sheetId(sheet)] = true;
          });
        });
      });
    });
    panel.querySelectorAll(".print-choice__all").forEach(function (all) {
      all.addEventListener("click", function () {
        choose(function () {
          left = {};
        });
      });
    });
    panel.querySelectorAll("[data-action=print]").forEach(function (print) {
      print.disabled = false; // init() makes it print
    });
    showStorageNotes();
    readChoice(true);
    showChoice();
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
    if (lists.length) {
      words = JSON.parse(document.getElementById("account-help-words").textContent).checklists;
      probeStorage();
    }
    lists.forEach(setUp);
    if (lists.length) setUpChoice();
    document.querySelectorAll("[data-action=print]").forEach(function (button) {
      button.addEventListener("click", function () {
        window.print();
      });
    });
    fillFooter();
    window.addEventListener("beforeprint", fillFooter);
    if (!lists.length) return;
    function reloadChoice() {
      if (!sheets.length) return;
      readChoice();
      showChoice();
    }
    window.addEventListener("storage", function (event) {
      if (event.key === null) {
        Object.keys(ticked).forEach(reload);
        reloadChoice();
      } else if (event.key === CHOICE) {
        reloadChoice();
      } else if (event.key.indexOf(PREFIX) === 0 && ticked[event.key.slice(PREFIX.length)]) {
        reload(event.key.slice(PREFIX.length));
      }
    });
    window.addEventListener("pageshow", function () {
      Object.keys(ticked).forEach(reload);
      reloadChoice();
    });
  }

  // A deferred script runs before DOMContentLoaded: wait for it, so Material's bundle
  // (deferred just before this file) has set up the page first.
  if (document.readyState === "complete") {
    init();
  } else {
    document.addEventListener("DOMContentLoaded", init);
  }
})();
