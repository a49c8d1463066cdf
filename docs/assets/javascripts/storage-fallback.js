// Site data blocked or damaged. Reading window.localStorage (or sessionStorage)
// throws when the reader blocks site data, and Material's inline __md_get and its
// bundle then stop: no search, no palette toggle, no copy button. A damaged value
// Material wrote ("/.__palette" = "{garbage") stops them too: __md_get JSON.parses it.
// Loaded first in <head> (libs block, overrides/main.html): a store that throws is
// replaced by one in memory (it forgets when the page closes; `inMemory` tells
// checklists.js to say so), and Material's values that are not JSON are removed.
(function () {
  "use strict";

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
        if (!/\.__\w+$/.test(key)) continue;
        try {
          JSON.parse(store.getItem(key));
        } catch (e) {
          store.removeItem(key);
        }
      }
    } catch (e) {
      // storage that fails half-way: leave it
    }
  });
})();
