// The site's search box: finds a word in the corpus sentences of window.MR_SEARCH (search-index.js,
// built by helpers/site/search_index.py) as typed in either script or in toneless pinyin, and lists
// each sentence with the match marked, its ref and a link to the sentence on its page.
(function () {
  "use strict";
  var LIMIT = 50;

  function codePoints(text, end) {
    // Python counts characters by code point, JavaScript strings by UTF-16 unit.
    return Array.from(text.slice(0, end)).length;
  }

  function anchorId(ref) {
    var part = /^(\d{3}):p(\d+)\.s(\d+)$/.exec(ref);
    return "s-" + part[1] + "-p" + part[2] + "-s" + part[3];
  }

  function toOriginal(map, position) {
    return map === 0 ? position : map[position];
  }

  // [start, end) in the original text's code points where the query is found in one of the
  // sentence's forms, or null.
  function findText(entry, query) {
    var forms = [[entry.t, 0]].concat(entry.v);
    for (var i = 0; i < forms.length; i++) {
      var at = forms[i][0].toLowerCase().indexOf(query);
      if (at >= 0) {
        var start = codePoints(forms[i][0], at);
        var end = codePoints(forms[i][0], at + query.length);
        var map = forms[i][1];
        var last = toOriginal(map, end);
        return [toOriginal(map, start), Math.max(last, toOriginal(map, start) + 1)];
      }
    }
    return null;
  }

  // The same for a pinyin query (letters only): it must start on a syllable and end on or
  // inside one; characters without a reading break the run.
  function findPinyin(entry, query) {
    for (var i = 0; i < entry.y.length; i++) {
      var syllables = entry.y[i][0].split(" ");
      var joined = "";
      var starts = [];
      for (var c = 0; c < syllables.length; c++) {
        if (syllables[c]) {
          starts.push([joined.length, c]);
          joined += syllables[c];
        } else if (joined && joined[joined.length - 1] !== "|") {
          joined += "|";
        }
      }
      for (var s = 0; s < starts.length; s++) {
        if (joined.substr(starts[s][0], query.length) !== query) continue;
        var stop = starts[s][0] + query.length;
        var e = s;
        while (e + 1 < starts.length && starts[e + 1][0] < stop) e++;
        var map = entry.y[i][1];
        return [toOriginal(map, starts[s][1]), toOriginal(map, starts[e][1] + 1)];
      }
    }
    return null;
  }

  function pinyinQuery(query) {
    var letters = query.normalize("NFD").replace(/[\u0300-\u036f]/g, "").replace(/v/g, "u");
    return /^[a-z\s'1-5]+$/.test(letters) ? letters.replace(/[\s'1-5]/g, "") : "";
  }

  function search(raw) {
    var query = raw.trim().toLowerCase();
    if (!query || !window.MR_SEARCH) return [];
    var pinyin = pinyinQuery(query);
    var hits = [];
    var sentences = window.MR_SEARCH.sentences;
    for (var i = 0; i < sentences.length && hits.length <= LIMIT; i++) {
      var span = findText(sentences[i], query) || (pinyin && findPinyin(sentences[i], pinyin));
      if (span) hits.push([sentences[i], span]);
    }
    return hits;
  }

  function element(tag, text, attributes) {
    var node = document.createElement(tag);
    if (text) node.textContent = text;
    for (var name in attributes || {}) node.setAttribute(name, attributes[name]);
    return node;
  }

  function show(list, status, raw) {
    var hits = search(raw);
    list.textContent = "";
    var data = window.MR_SEARCH;
    hits.slice(0, LIMIT).forEach(function (hit) {
      var entry = hit[0];
      var chars = Array.from(entry.t);
      var doc = entry.r.slice(0, 3);
      var link = element("a", "", { href: data.pages[doc] + "#" + anchorId(entry.r) });
      link.appendChild(element("span", entry.r, { class: "mr-site-hit-ref" }));
      var sentence = element("span", "", { lang: data.langs[doc], class: "mr-site-hit-text" });
      sentence.appendChild(document.createTextNode(chars.slice(0, hit[1][0]).join("")));
      sentence.appendChild(element("mark", chars.slice(hit[1][0], hit[1][1]).join("")));
      sentence.appendChild(document.createTextNode(chars.slice(hit[1][1]).join("")));
      link.appendChild(sentence);
      var item = element("li");
      item.appendChild(link);
      list.appendChild(item);
    });
    if (!raw.trim()) status.textContent = "";
    else if (hits.length > LIMIT) status.textContent = "More than " + LIMIT + " sentences; the first " + LIMIT + " are shown.";
    else status.textContent = hits.length + (hits.length === 1 ? " sentence" : " sentences") + " found.";
  }

  function start() {
    var input = document.getElementById("site-search");
    var list = document.getElementById("site-search-results");
    var status = document.getElementById("site-search-status");
    if (!input || !list || !status) return;
    input.addEventListener("input", function () { show(list, status, input.value); });
    if (input.value) show(list, status, input.value);
  }

  window.mrSearch = search;
  if (document.readyState === "loading") document.addEventListener("DOMContentLoaded", start);
  else start();
})();
