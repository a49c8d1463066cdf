// The message composer's detector of secrets: what a value is refused as, by the
// rules of macros/refusals.py (label words, messages, thresholds) and the BIP-39 word
// lists, which the build writes into composer-rules.js next to this file.
// composer.js loads both when the reader starts using a composer (never on a first
// view) and calls window.accountHelpRefusal(value, allowances, rules).
// tests/unit/test_refusals.py runs this same file under Node.js, where it exports
// `refusal` instead.
(function () {
  "use strict";

  // Marks a reader cannot see (zero-width, direction, soft hyphen, variation selectors)
  // and hyphens NFKC leaves alone (not the en and em dashes of ranges: 206–284).
  var INVISIBLE = /[\u00ad\u034f\u061c\u115f\u1160\u17b4\u17b5\u180b-\u180f\u200b-\u200f\u202a-\u202e\u2060-\u206f\u3164\ufe00-\ufe0f\ufeff\uffa0]/g;
  var DASHES = /[\u2010-\u2012\u2212\ufe63]/g;
  var HAN = /[\u3400-\u9fff\uf900-\ufaff]/;
  // Text as the reader means it: full-width letters and digits, ① and the like become
  // plain ones (NFKC), invisible marks go.
  function normalise(value) {
    return value.normalize("NFKC").replace(INVISIBLE, "").replace(DASHES, "-");
  }

  function escape(text) {
    return text.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
  }

  var compiled = null;
  function compile(rules) {
    if (compiled && compiled.rules === rules) return compiled;
    var latin = Object.create(null);
    rules.latinWords.split(" ").forEach(function (word) { latin[word] = true; });
    var rank = Object.create(null); // a Chinese list's order is its rank (的 0, 一 1 …)
    rules.hanWords.forEach(function (list) {
      for (var i = 0; i < list.length; i++) {
        var ch = list.charAt(i);
        if (!(ch in rank) || rank[ch] > i) rank[ch] = i;
      }
    });
    var labels = [];
    Object.keys(rules.labels).forEach(function (kind) {
      rules.labels[kind].forEach(function (word) {
        labels.push({ word: word, kind: kind, latin: /[a-z]/.test(word) });
      });
    });
    labels.sort(function (a, b) { return b.word.length - a.word.length; });
    var connector = new RegExp("^\\s*(?:(" + rules.strongConnectors.map(escape).join("|") + ")|(" +
      rules.weakConnectors.map(escape).join("|") + ")(?![a-z]))?\\s*");
    compiled = { rules: rules, latin: latin, rank: rank, labels: labels, connector: connector, t: rules.thresholds };
    return compiled;
  }

  // A label word followed by a value: 「密码：Abc12345」「我的密码是Abc12345」「pwd: x」.
  var DATE_LIKE = /^(?:\d{2,4}[-\/.]\d{1,2}(?:[-\/.]\d{1,4})?|\d{1,2}:\d{2})/;
  function labelled(lower, c) {
    for (var i = 0; i < c.labels.length; i++) {
      var label = c.labels[i];
      for (var at = lower.indexOf(label.word); at >= 0; at = lower.indexOf(label.word, at + 1)) {
        var end = at + label.word.length;
        var whole = !/[a-z0-9]/.test(lower.charAt(at - 1)) && !/[a-z]/.test(lower.charAt(end));
        if ((!label.latin || whole) && labelValue(lower.slice(end), label, c)) return label.kind;
      }
    }
    return "";
  }

  function labelValue(rest, label, c) {
    var link = c.connector.exec(rest);
    var strong = !!link[1];
    var after = rest.slice(link[0].length);
    if (label.latin && !strong && !link[2]) return false;
    var value = /^[!-~]+/.exec(after);
    if (value) {
      var v = value[0].replace(/^[(\[{<'"]+|[.,;:!?)\]}>'"]+$/g, ""); // brackets, quotes around it
      var shaped = v.length >= c.t.labelledValue && /[a-z0-9]/.test(v) && !DATE_LIKE.test(v);
      if (shaped && (strong || /[^a-z]/.test(v))) return true;
    }
    // 「助记词：的一是在…」: list characters, however written, up to the end of the clause.
    if (label.kind === "seed" && strong) {
      var count = 0;
      for (var i = 0; i < after.length; i++) {
        var ch = after.charAt(i);
        if (ch in c.rank) count += 1;
        else if (HAN.test(ch) || /[a-z,.!?。]/.test(ch)) break;
      }
      return count >= c.t.seedWords;
    }
    return false;
  }

  // A seed phrase: a run of list words, whatever lies between them (spaces, 「；」「｜」
  // 「/」, list numbers). English words by the word; Han characters one by one.
  var TOKEN = /[a-z]+|[\u3400-\u9fff\uf900-\ufaff]|[^a-z\u3400-\u9fff\uf900-\ufaff]+/g;
  function seedLike(lower, c) {
    var need = c.t.seedWords;
    var latin = 0;
    var ranks = []; // the current run of Han list characters
    var pieces = []; // its lengths between separators: 的 一 是 -> 1, 1, 1
    var glued = false;
    var found = false;
    function endHan() {
      if (ranks.length >= need && hanDrawn(ranks, pieces, c)) found = true;
      ranks = [];
      pieces = [];
    }
    var tokens = lower.match(TOKEN) || [];
    for (var i = 0; i < tokens.length && !found; i++) {
      var token = tokens[i];
      if (/^[a-z]/.test(token)) {
        latin = c.latin[token] ? latin + 1 : 0;
        if (latin >= need) found = true;
        endHan();
        glued = false;
      } else if (HAN.test(token)) {
        if (token in c.rank) {
          ranks.push(c.rank[token]);
          if (glued && pieces.length) pieces[pieces.length - 1] += 1;
          else pieces.push(1);
        } else {
          endHan();
        }
        if (c.rules.numbering.indexOf(token) < 0) latin = 0; // 一、abandon 二、ability
        glued = true;
      } else {
        glued = false; // spaces, punctuation, numbers: between words
      }
    }
    if (!found) endHan();
    return found;
  }

  // A run of Han list characters is a seed phrase when they stand apart (12 in a row
  // with something between each), or when they read like a draw from the list rather
  // than a sentence: sentences use the most common characters (the top of the list).
  function hanDrawn(ranks, pieces, c) {
    var need = c.t.seedWords;
    var apart = 0;
    for (var i = 0; i < pieces.length; i++) {
      apart = pieces[i] === 1 ? apart + 1 : 0;
      if (apart >= need) return true;
    }
    if (meanLogRank(ranks) >= c.t.hanMeanLogRank) return true;
    var start = 0;
    for (var j = 0; j < pieces.length; j++) {
      var piece = ranks.slice(start, start + pieces[j]);
      if (piece.length >= need && meanLogRank(piece) >= c.t.hanMeanLogRank) return true;
      start += pieces[j];
    }
    return false;
  }

  function meanLogRank(ranks) {
    var sum = 0;
    ranks.forEach(function (r) { sum += Math.log(r + 1); });
    return sum / ranks.length;
  }

  // Shapes, each with where it is in the text: {kind, start, end}.

  // Whether digits that stop at i go on in that direction (dir -1 or 1) as part of
  // something longer: a word, file name or path (IMG_482913.jpg), a decimal, a time.
  function goesOn(text, i, dir) {
    var ch = text.charAt(i);
    var next = text.charAt(i + dir);
    if (/[a-z_]/i.test(ch)) return true;
    if (/[.\-@\/]/.test(ch)) return /[0-9a-z]/i.test(next);
    if (/[,:]/.test(ch)) return /[0-9]/.test(next);
    return false;
  }

  // A code: that many digits alone, or in groups of up to 3 apart by spaces
  // (「123 456」「12 34 56」) or one dash (「123-456」); never part of a longer number,
  // a date-time stamp (20241203-103512) or a file name.
  var DIGIT_CHAIN = /\d+(?:[ \-]\d+)*/g;
  function codes(text, c, out) {
    var need = c.t.codeDigits;
    DIGIT_CHAIN.lastIndex = 0;
    for (var m = DIGIT_CHAIN.exec(text); m; m = DIGIT_CHAIN.exec(text)) {
      var chain = m[0];
      var start = m.index;
      if (goesOn(text, start - 1, -1) || goesOn(text, start + chain.length, 1)) continue;
      var groups = chain.split(/[ \-]/);
      var small = groups.every(function (g) { return g.length <= 3; });
      var dashed = chain.indexOf("-") >= 0;
      if (groups.length > 1 && small && groups.join("").length === need &&
          (!dashed || (groups.length === 2 && groups[0].length === 3))) {
        out.push({ kind: "code", start: start, end: start + chain.length });
        continue;
      }
      var at = start;
      chain.split(" ").forEach(function (part) {
        if (/^\d+$/.test(part) && part.length === need) out.push({ kind: "code", start: at, end: at + part.length });
        at += part.length + 1;
      });
    }
  }

  // Words of letters and digits, with where they are.
  function words(text, pattern) {
    var found = [];
    pattern.lastIndex = 0;
    for (var m = pattern.exec(text); m; m = pattern.exec(text)) {
      found.push({ text: m[0], start: m.index, end: m.index + m[0].length });
    }
    return found;
  }

  // A private key in hex: 64 hex digits, whole (0x optional) or in groups apart by
  // spaces, line breaks, ":" or "-" (a3f9 0c1e …, or two lines of 32).
  function hexKeys(text, c, out) {
    var need = c.t.hexKeyDigits;
    var chain = [];
    function flush() {
      for (var i = 0; i < chain.length; i++) {
        var total = 0;
        for (var j = i; j < chain.length && total < need; j++) {
          total += chain[j].hex.length;
          if (total !== need) continue;
          var part = chain.slice(i, j + 1);
          var hex = part.map(function (w) { return w.hex; }).join("");
          var pieces = part.every(function (w) { return w.hex.length >= 2; });
          if ((i === j || pieces) && /\d/.test(hex) && /[a-f]/i.test(hex)) {
            out.push({ kind: "key", start: chain[i].start, end: chain[j].end });
          }
        }
      }
      chain = [];
    }
    words(text, /[0-9a-z]+/gi).forEach(function (word) {
      word.hex = word.text.replace(/^0x(?=[0-9a-f])/i, "");
      if (!/^[0-9a-f]+$/i.test(word.hex)) {
        flush();
        return;
      }
      var last = chain[chain.length - 1];
      if (last && !/^[\s:\-]{1,3}$/.test(text.slice(last.end, word.start))) flush();
      chain.push(word);
    });
    flush();
  }

  // A private key in WIF (base58, 51 or 52 characters).
  var WIF = /(^|[^1-9A-Za-z])(5[HJK][1-9A-HJ-NP-Za-km-z]{49}|[KL][1-9A-HJ-NP-Za-km-z]{51})(?![1-9A-Za-z])/g;
  function wifKeys(text, out) {
    WIF.lastIndex = 0;
    for (var m = WIF.exec(text); m; m = WIF.exec(text)) {
      var start = m.index + m[1].length;
      out.push({ kind: "key", start: start, end: start + m[2].length });
    }
  }

  // A TOTP secret (base32, A-Z and 2-7, with a digit): 16 or more characters in one
  // upper-case piece (JBSWY3DPEHPK3PXP), or 4 or more groups of 4 (jbsw y3dp …).
  function totpSecrets(text, c, out) {
    var group = [];
    function flush() {
      var joined = group.map(function (w) { return w.text; }).join("");
      if (group.length * 4 >= c.t.totpChars && /[2-7]/.test(joined)) {
        out.push({ kind: "totp", start: group[0].start, end: group[group.length - 1].end });
      }
      group = [];
    }
    words(text, /[0-9a-z]+/gi).forEach(function (word) {
      if (/^[A-Z2-7]+$/.test(word.text) && word.text.length >= c.t.totpChars && /[2-7]/.test(word.text)) {
        out.push({ kind: "totp", start: word.start, end: word.end });
      }
      var four = /^(?:[A-Z2-7]{4}|[a-z2-7]{4})$/.test(word.text);
      var last = group[group.length - 1];
      if (last && (!four || !/^[ \-]$/.test(text.slice(last.end, word.start)))) flush();
      if (four) group.push(word);
    });
    flush();
  }

  // A long token of upper and lower case letters and digits: an API secret, an
  // extended or Solana private key. Longer than any address.
  function longTokens(text, c, out) {
    words(text, /[0-9a-z+=]+/gi).forEach(function (word) {
      var w = word.text;
      if (w.length >= c.t.tokenChars && /[A-Z]/.test(w) && /[a-z]/.test(w) && /\d/.test(w)) {
        out.push({ kind: "secret", start: word.start, end: word.end });
      }
    });
  }

  // An allowance applies to an item that is exactly an amount or a TxID: the whole
  // value, or a part of it between line breaks and 「，；、｜」, after an optional name
  // and a colon or space (「TxID：0x…」「数量 123456」).
  var ITEM_BREAK = /[\n,;|、]/;
  var AMOUNT = /^(?:[a-z]{2,10}\s*)?[$¥€£]?\d+(?:\.\d+)?(?:\s*(?:[a-z]{2,10}|[\u3400-\u9fff]{1,2}))?$/i;
  var HEX_TXID = /^(?:0x)?[0-9a-f]{64}$/i;
  var BASE58_TXID = /^[1-9A-HJ-NP-Za-km-z]{86,88}$/; // Solana
  function itemAround(text, found) {
    var start = found.start;
    var end = found.end;
    while (start > 0 && !ITEM_BREAK.test(text.charAt(start - 1))) start -= 1;
    while (end < text.length && !ITEM_BREAK.test(text.charAt(end))) end += 1;
    return text.slice(start, end).trim().replace(/^[^\d:]{1,12}[:\s]\s*/, "");
  }

  function allowed(text, found, allow) {
    var item = itemAround(text, found);
    if (found.kind === "code") return allow.indexOf("amount") >= 0 && AMOUNT.test(item);
    return allow.indexOf("txid") >= 0 && (HEX_TXID.test(item) || BASE58_TXID.test(item));
  }

  // What a value is refused as ({kind, message}), or null. `allow`: the field's
  // allowances ("amount", "txid"); `rules`: the payload of composer-rules.js.
  function refusal(value, allow, rules) {
    var c = compile(rules);
    var text = normalise(value);
    var lower = text.toLowerCase();
    var kind = labelled(lower, c) || (seedLike(lower, c) ? "seed" : "");
    if (!kind) {
      var found = [];
      codes(text, c, found);
      hexKeys(text, c, found);
      wifKeys(text, found);
      totpSecrets(text, c, found);
      longTokens(text, c, found);
      for (var i = 0; i < found.length && !kind; i++) {
        if (!allowed(text, found[i], allow)) kind = found[i].kind;
      }
    }
    return kind ? { kind: kind, message: rules.messages[kind] + rules.keptOut } : null;
  }

  if (typeof window === "undefined") module.exports = { refusal: refusal, normalise: normalise };
  else window.accountHelpRefusal = refusal;
})();
