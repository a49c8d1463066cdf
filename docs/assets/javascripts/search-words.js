// Search words: loaded by material-adapter.js when a search starts (not part of a
// first view). It works through the adapter's API (window.materialAdapter.useSearch),
// between Material's search box and its search worker:
//
// 1. The reader's query is rewritten before the worker sees it (the box keeps what
//    was typed):
//    - NFKC: full-width ＵＳＤＴ, ２ＦＡ become USDT, 2FA; and invisible characters and
//      direction marks go, which text pasted from a chat or a web page can carry
//      (提<zero-width space>现 found nothing).
//    - SCRIPT_TABLE: a query in the other script becomes the words of this edition's
//      index (帳號被凍結 → 账号被冻结 on the Simplified edition, 账号被冻结 → 帳號被凍結 on
//      the 繁體中文 one): its words first, longest first (登录 → 登入, 提现 → 提領, which
//      no character table gets right), then its characters. Generated at build time from
//      OpenCC's dictionaries and the two editions' indexes (macros/hant.py script_table;
//      hooks/search_words.py writes it here, as \u escapes, so the 繁體中文 edition's
//      conversion of this file leaves it as it is): it loads with this file, when a
//      search starts, never with a page.
//    - Chinese is cut into the words of the search index (jieba's segments, so
//      the same cuts as the pages), fewest pieces first. Material cuts it again
//      in the worker, but its cutter never reaches a run's last character
//      (冻结 in 银行卡冻结 was dropped, 卡 alone was searched); each word is
//      passed with a trailing 〇 that its cutter drops, so the word arrives whole.
//    - Latin words and numbers are split from Chinese (客服TG, Telegram客服; the
//      separator in mkdocs.yml does the latter for links with ?q= too).
//    - STOP words (了, 被, 怎么办 ...) are left out unless nothing else is left,
//      and a single character is searched as itself, not as the start of longer
//      words (卡 is not 卡住).
//    - INTENTS: questions comparing channels (哪个快, 该找谁) or asking for
//      support as such (Bitget客服) also search the title of the channel
//      comparison page; asking for Bitget's e-mail address (bitget邮箱,
//      邮箱地址是多少) the title of the e-mail channel's page.
// 2. Zero results show the help under the search box (overrides/partials/
//    search-help.html): where to go when search finds nothing. Results, and an empty
//    box (× included), hide it.
(function () {
  "use strict";

  var SCRIPT_TABLE = { words: {}, chars: {} }; // filled in by the build (see above)
  var STOP = /^(了|的|吗|呢|吧|啊|呀|被|把|我|我的|在|是|还|都|就|也|又|要|能|会|去|有|没有|怎么|怎么办|怎样|如何|为什么|什么|一直|已经|突然|一下|请问|哪|哪里|在哪|在哪里|看)$/;
  var INTENTS = [
    [/哪个(渠道)?(快|好|靠谱)|该找谁|找谁|找哪个|选哪个|哪个渠道/, "联系渠道对比"],
    [/^\s*(bitget)?\s*(官方)?\s*(客服|联系客服|怎么联系|联系方式)\s*(在哪里?|怎么找)?\s*$/i, "联系渠道对比"],
    [/^\s*(bitget)?\s*(官方)?\s*(客服)?\s*(邮箱|电子邮件|e-?mail)\s*(地址)?\s*(是|是多少|是什么|多少|在哪里?)?\s*\??\s*$/i, "电子邮件"],
  ];
  var HAN = /[\u3400-\u9fff\uf900-\ufaff]/;
  var WHOLE = "\u3007"; // 〇: a Han character absent from the index (see above)
  var MAX = 8; // longest word looked up, in characters
  // Invisible characters (zero-width space, non-joiner and joiner, word joiner and the
  // invisible operators, soft hyphen, byte order mark, variation selectors, Hangul and
  // Mongolian fillers) and direction marks (LRM, RLM, ALM, embeddings, overrides,
  // isolates). NFKC keeps them all.
  var INVISIBLE = /[\u00ad\u034f\u061c\u115f\u1160\u17b4\u17b5\u180b-\u180f\u200b-\u200f\u202a-\u202e\u2060-\u206f\u3164\ufe00-\ufe0f\ufeff\uffa0]/g;

  var vocabulary = null; // Chinese words of the index, from the setup message
  var separator = null;

  function learn(index) {
    vocabulary = Object.create(null);
    separator = new RegExp(index.config.separator, "g");
    index.docs.forEach(function (doc) {
      (doc.title + " " + doc.text)
        .replace(/<[^>]*>/g, " ")
        .split(separator)
        .forEach(function (word) {
          if (HAN.test(word)) vocabulary[word] = true;
        });
    });
  }

  // The cheapest cut into words of the index: a word costs 1, a character alone 1.5
  // (two words beat a longer word plus a lone character), one the index lacks 2.
  function cut(run) {
    var best = [{ cost: 0, words: [] }];
    for (var end = 1; end <= run.length; end++) {
      for (var start = Math.max(0, end - MAX); start < end; start++) {
        var piece = run.slice(start, end);
        var cost = vocabulary[piece] ? (piece.length > 1 ? 1 : 1.5) : piece.length === 1 ? 2 : 0;
        if (!cost || !best[start]) continue;
        var total = best[start].cost + cost;
        if (!best[end] || total < best[end].cost) best[end] = { cost: total, words: best[start].words.concat(piece) };
      }
    }
    return best[run.length].words;
  }

  // The other script's words, longest first, as one pattern (none: a pattern that never matches).
  var otherWords = new RegExp(
    Object.keys(SCRIPT_TABLE.words)
      .sort(function (a, b) {
        return b.length - a.length;
      })
      .map(function (word) {
        return word.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
      })
      .join("|") || "(?!)",
    "g"
  );

  // The query as the index spells it: NFKC, nothing invisible, this edition's script.
  function clean(text) {
    var plain = (text.normalize ? text.normalize("NFKC") : text).replace(INVISIBLE, "");
    plain = plain.replace(otherWords, function (word) {
      return SCRIPT_TABLE.words[word];
    });
    return plain.replace(/[\u3400-\u9fff\uf900-\ufaff]/g, function (c) {
      return SCRIPT_TABLE.chars[c] || c;
    });
  }

  function rewrite(text) {
    var plain = clean(text);
    if (!vocabulary || !plain.trim()) return plain;
    INTENTS.forEach(function (intent) {
      if (intent[0].test(plain)) plain += " " + intent[1];
    });
    var words = [];
    (plain.match(/[\u3400-\u9fff\uf900-\ufaff]+|[A-Za-z0-9_.@]+/g) || []).forEach(function (run) {
      words = words.concat(HAN.test(run) ? cut(run) : [run]);
    });
    var kept = words.filter(function (word) {
      return !STOP.test(word);
    });
    return (kept.length ? kept : words)
      .map(function (word) {
        if (!HAN.test(word)) return word;
        return word.length === 1 ? word + "^1" : word + WHOLE;
      })
      .join(" ");
  }

  function showHelp(shown) {
    var help = document.querySelector("[data-search-help]");
    if (help) help.hidden = !shown;
  }

  if (!window.materialAdapter) return;
  window.materialAdapter.useSearch({
    index: learn,
    rewrite: rewrite,
    results: function (count, typed) {
      showHelp(count === 0 && clean(typed).trim() !== "");
    },
  });
})();
