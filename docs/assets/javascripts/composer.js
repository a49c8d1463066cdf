// Message composer on the problem pages (component: composer, macros/render/composer.py;
// styles: site.css "component: composer"; [data-composer]):
// a button above the template opens the form in place and closes it again (what was
// typed stays; the template, filled in or not, stays in view, and it is what prints);
// one labelled field per placeholder (described by the first [data-slot] span of each
// field in the preview) fills the template's preview, 复制 copies subject and body,
// 清空 clears. Nothing leaves the browser. Values are kept only when the reader
// ticks 记住在本机: localStorage "account-help.composer.v1:<problem>", a JSON object
// {field label: value}; a tab where it is not ticked leaves that alone. A value that looks like a secret is refused: an alert next to
// the field, and the value never reaches the preview, the clipboard or storage.
//
// Refusing: composer-check.js is the one detector; composer-rules.js, which the build
// writes from macros/refusals.py, holds its rules (label words, messages, thresholds)
// and the BIP-39 word lists. Both load when the reader first focuses a composer (or
// when remembered values come back), never on a first view; until they are in, no
// value reaches the preview or storage. Scripts, not fetch(): the offline copy runs
// from file://, where fetching a local file fails.
//
// The words it shows (the TxID note, what happened after 复制 or 清空) are
// data.WORDS.scripts.composer, which the page carries as JSON (#account-help-words,
// macros/contracts.py); the form's own words are in its HTML (macros/render/composer.py).
(function () {
  "use strict";

  var roots = document.querySelectorAll("[data-composer]");
  if (!roots.length) return;
  var words = JSON.parse(document.getElementById("account-help-words").textContent).composer;
  var PREFIX = "account-help.composer.v1:";
  var RULES = "accountHelpComposerRules"; // set by composer-rules.js
  var CHECK = "accountHelpRefusal"; // set by composer-check.js
  var here = document.currentScript;
  var base = here && here.src ? here.src : document.baseURI;

  function ready() {
    return !!(window[RULES] && window[CHECK]);
  }

  // Loads the two scripts once; then `done` (at once when they are in already), or
  // `failed` when one cannot load.
  var waiting = [];
  var loading = null; // null, "loading", "failed"
  function withRules(done, failed) {
    if (ready()) {
      done();
      return;
    }
    if (loading === "failed") {
      failed();
      return;
    }
    waiting.push([done, failed]);
    if (loading) return;
    loading = "loading";
    var pending = 0;
    ["composer-rules.js", "composer-check.js"].forEach(function (name) {
      var tag = document.createElement("script");
      tag.src = new URL(name, base).href;
      tag.onload = tag.onerror = function () {
        pending -= 1;
        if (pending) return;
        loading = ready() ? null : "failed";
        var calls = waiting;
        waiting = [];
        calls.forEach(function (call) { call[ready() ? 0 : 1](); });
      };
      pending += 1;
      document.head.append(tag);
    });
  }

  function storage() {
    var store = window.localStorage; // the getter itself throws when storage is blocked
    // storage-fallback.js put a store in memory in its place: it forgets on reload, so
    // 记住在本机 would be a promise not kept. Treated as blocked (so the reader is told).
    if (store.inMemory) throw new Error("memory only");
    return store;
  }

  function el(tag, className, text) {
    var node = document.createElement(tag);
    if (className) node.className = className;
    if (text) node.textContent = text;
    return node;
  }

  // One labelled input per described slot: label, the input, a note (TxID), and the
  // alert a refusal fills.
  function buildFields(root) {
    var box = root.querySelector("[data-composer-fields]");
    var prefix = "composer-" + root.getAttribute("data-composer") + "-";
    var described = Array.prototype.slice.call(root.querySelectorAll("[data-slot][data-label]"));
    described.sort(function (a, b) { return a.getAttribute("data-slot") - b.getAttribute("data-slot"); });
    described.forEach(function (slot) {
      var index = slot.getAttribute("data-slot");
      var id = prefix + index;
      var allow = slot.getAttribute("data-allow");
      var row = el("div", "composer__field");
      var label = el("label", "", slot.getAttribute("data-label"));
      label.htmlFor = id;
      var input = slot.hasAttribute("data-long") ? el("textarea") : el("input");
      if (input.tagName === "TEXTAREA") input.rows = 2;
      else input.type = "text";
      input.id = id;
      input.name = slot.getAttribute("data-label");
      input.placeholder = slot.getAttribute("data-hint");
      input.autocomplete = "off";
      input.spellcheck = false;
      input.setAttribute("data-field", index);
      input.setAttribute("data-allow", allow);
      var alert = el("span", "composer__alert");
      alert.id = id + "-alert";
      alert.setAttribute("role", "alert");
      var described = [alert.id];
      row.append(label, input);
      if (allow.split(" ").indexOf("txid") >= 0) {
        var note = el("span", "composer__note", words.txid_note);
        note.id = id + "-note";
        described.unshift(note.id);
        row.append(note);
      }
      input.setAttribute("aria-describedby", described.join(" "));
      row.append(alert);
      box.append(row);
    });
  }

  function setUp(root) {
    var form = root.querySelector("[data-composer-form]");
    var key = PREFIX + root.getAttribute("data-composer");
    buildFields(root);
    var fields = root.querySelectorAll("[data-field]");
    var remember = root.querySelector("[data-composer-remember]");
    var status = root.querySelector("[data-composer-status]");
    var preview = root.querySelector("[data-composer-preview]");

    function accepted(field) {
      var waits = field.hasAttribute("data-refused") || field.hasAttribute("data-pending");
      return field.value.trim() && !waits ? field.value.trim() : "";
    }

    // A refused value leaves the preview at once; its alert waits until typing
    // pauses (or the reader leaves the field), so a 10-digit UID does not set off
    // the 6-digit alert on its way. Before the rules are in, every value waits
    // (data-pending) and is checked again when they come.
    function check(field, now) {
      if (!ready()) {
        if (field.value.trim()) field.setAttribute("data-pending", "");
        if (!queued) {
          queued = true;
          withRules(recheck, unchecked);
        }
        return;
      }
      field.removeAttribute("data-pending");
      var found = window[CHECK](field.value, (field.getAttribute("data-allow") || "").split(" "), window[RULES]);
      var message = found ? found.message : "";
      if (message) field.setAttribute("data-refused", "");
      else field.removeAttribute("data-refused");
      window.clearTimeout(field.alertTimer);
      if (message && !now) {
        field.alertTimer = window.setTimeout(function () { warn(field, message); }, 700);
      } else {
        warn(field, message);
      }
    }

    var queued = false;
    function recheck() {
      queued = false;
      fields.forEach(function (field) { check(field, true); });
      fill();
      save();
    }

    function unchecked() {
      queued = false;
      say(words.rules_failed);
    }

    function warn(field, message) {
      var alert = document.getElementById(field.id + "-alert");
      if (alert.textContent !== message) alert.textContent = message;
      if (message) field.setAttribute("aria-invalid", "true");
      else field.removeAttribute("aria-invalid");
    }

    function fill() {
      root.querySelectorAll("[data-slot]").forEach(function (slot) {
        if (!slot.hasAttribute("data-placeholder")) slot.setAttribute("data-placeholder", slot.textContent);
        var value = accepted(root.querySelector('[data-field="' + slot.getAttribute("data-slot") + '"]'));
        slot.textContent = value || slot.getAttribute("data-placeholder");
        slot.classList.toggle("is-filled", !!value);
      });
      root.classList.toggle("composer--filled", !!root.querySelector(".composer__slot.is-filled"));
    }

    // What is stored changes only by this tab's own choice: while 记住在本机 is ticked,
    // every change is saved; unticking it, or 清空 while it is ticked, forgets. A tab
    // that is not remembering never touches the stored values: another tab of the
    // same page may have saved them (reopened, this page shows them, ticked).
    function save() {
      if (!remember.checked) return;
      // Values still waiting for the rules are neither saved nor dropped: not yet.
      if (root.querySelector("[data-pending]")) return;
      try {
        var kept = {};
        fields.forEach(function (field) {
          if (accepted(field)) kept[field.name] = field.value;
        });
        storage().setItem(key, JSON.stringify(kept));
      } catch (e) {
        say(words.storage_blocked);
      }
    }

    function forget() {
      try {
        storage().removeItem(key);
      } catch (e) {} // blocked: nothing was kept, nothing to say
    }

    function say(text) {
      status.textContent = "";
      window.setTimeout(function () { status.textContent = text; }, 50);
    }

    function load() {
      var kept = null;
      try {
        kept = JSON.parse(storage().getItem(key) || "null");
      } catch (e) {
        return;
      }
      if (!kept || typeof kept !== "object") return;
      remember.checked = true;
      fields.forEach(function (field) {
        if (typeof kept[field.name] === "string") field.value = kept[field.name];
        check(field, true);
      });
    }

    function copy() {
      var text = preview.textContent;
      var done = function () { say(words.copied); };
      var fallback = function () {
        var area = document.createElement("textarea");
        area.value = text;
        area.setAttribute("readonly", "");
        area.className = "composer__scratch";
        document.body.append(area);
        area.select();
        var ok = false;
        try {
          ok = document.execCommand("copy");
        } catch (e) {
          ok = false;
        }
        area.remove();
        if (ok) done();
        else say(words.copy_failed);
      };
      if (navigator.clipboard && window.isSecureContext) {
        navigator.clipboard.writeText(text).then(done, fallback);
      } else {
        fallback();
      }
    }

    form.addEventListener("input", function (event) {
      if (event.target === remember) return;
      if (event.target.hasAttribute("data-field")) check(event.target, false);
      fill();
      save();
    });
    form.addEventListener("change", function (event) {
      if (event.target.hasAttribute("data-field")) check(event.target, true);
    });
    remember.addEventListener("change", function () {
      if (remember.checked) save();
      else forget();
    });
    // The rules load when the reader comes to the fields, before the first keystroke.
    form.addEventListener("focusin", function () { withRules(function () {}, function () {}); });
    root.querySelector("[data-composer-copy]").addEventListener("click", copy);
    root.querySelector("[data-composer-clear]").addEventListener("click", function () {
      fields.forEach(function (field) {
        field.value = "";
        check(field, true);
      });
      if (remember.checked) forget();
      remember.checked = false;
      fill();
      say(words.cleared);
    });

    // Open and close: the form shows or hides, nothing else changes. Remembered
    // values open it: the reader left a message half written.
    var toggle = root.querySelector("[data-composer-toggle]");
    var openLabel = toggle.textContent;
    function show(open) {
      form.hidden = !open;
      toggle.setAttribute("aria-expanded", String(open));
      toggle.textContent = open ? toggle.getAttribute("data-close") : openLabel;
    }
    toggle.addEventListener("click", function () { show(form.hidden); });

    load();
    fill();
    toggle.parentNode.hidden = false;
    show(remember.checked);
  }

  roots.forEach(setUp);
})();
