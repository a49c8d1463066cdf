// Site data blocked or damaged. Reading window.localStorage (or sessionStorage)
// throws when the reader blocks site data, and Material's inline __md_get and its
// bundle then stop: no search, no palette toggle, no copy button. A damaged value
// Material wrote ("/.__palette" = "{garbage") stops them too: __md_get JSON.parses it;
// so does JSON of another shape ("1", "[]", '{"color":1}'): the palette code finds no
// toggle to show, and its error stops search too.
// Loaded first in <head> (libs block, overrides/main.html): a store that throws is
// replaced by one in memory (it forgets when the page closes; `inMemory` tells
// checklists.js to say so), and Material's values it cannot use are removed (usable()).
//
// Being the first script on every page, it also says that scripts run: it swaps the class
// `no-js` that Material's template puts on <html> for `js` (macros/material_adapter.py
// NO_JS, JS). Material's bundle does the same, but only when it runs (deferred, after
// the first paint): what site.css hides without scripts (the print button, the choice of
// sheets on /print/: only checklists.js can make them work) would appear then and push
// the page down, and so would Material's own search button in the header (a layout
// shift, which Lighthouse counts). Done here, the page paints once as it will stay.
(function () {
  "use strict";

  var root = document.documentElement.classList;
  root.remove("no-js");
  root.add("js");

  function memory() {
    var items = {};
    var store = {
      getItem: function (key) {
        return Object.prototype.hasOwnProperty.call(items, key) ? items[key] : null;
      },
      setItem: function (key, value) {
        items[key] = String(value);
      },
      removeItem: function (key) {
        delete items[key];
      },
      clear: function () {
        items = {};
      },
      key: function (i) {
        return Object.keys(items)[i] || null;
      },
    };
    Object.defineProperty(store, "length", {
      get: function () {
        return Object.keys(items).length;
      },
    });
    Object.defineProperty(store, "inMemory", { value: true });
    return store;
  }

  // Whether Material can use a stored value. Its one key this site's features read is
  // "__palette" (the others belong to features it leaves off: tab links, the repository
  // box, versions, cookie consent; switching one on means checking its shape here):
  // { index: the chosen toggle, color: { media, scheme, primary, accent: string or null } }.
  function usable(key, text) {
    try {
      var value = JSON.parse(text);
      if (value === null || !/\.__palette$/.test(key)) return true; // null: nothing stored
      var color = value.color;
      return (
        Number.isInteger(value.index) &&
        (color === undefined ||
          (typeof color === "object" &&
            color !== null &&
            !Array.isArray(color) &&
            Object.keys(color).every(function (name) {
              return color[name] === null || typeof color[name] === "string";
            })))
      );
    } catch (e) {
      return false; // not JSON
    }
  }

  ["localStorage", "sessionStorage"].forEach(function (name) {
    var store;
    try {
      store = window[name];
      store.getItem("");
    } catch (e) {
      try {
        Object.defineProperty(window, name, { value: memory(), configurable: true });
      } catch (e2) {
        // nothing more to do
      }
      return;
    }
    try {
      // Material's keys end in ".__<name>" and hold JSON.
      for (var i = store.length - 1; i >= 0; i--) {
        var key = store.key(i);
        if (/\.__\w+$/.test(key) && !usable(key, store.getItem(key))) store.removeItem(key);
      }
    } catch (e) {
      // storage that fails half-way: leave it
    }
  });
})();
