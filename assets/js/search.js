/* Offline search of the static index in search/ (written at bake time by
   cn.zwgk.publisher.search.SearchIndexBuilder). No server and no dependencies.

   A query is split into terms exactly as BigramTokenizer does (overlapping bigrams for Chinese,
   whole words for Latin letters and digits); each term's shard is found by the hash of
   ShardRouting, so only the shards of the query's terms are downloaded, then the document file
   of each result shown. Matching and order follow SearchIndexReader and Ranking: every term must
   occur; title and metadata matches rank above body matches. Change them together.

   The query and filters live in the URL (q, county, township, year): results can be shared and the
   back button works. Results are built with DOM methods and textContent only, never innerHTML. */
(function () {
  "use strict";
  var form = document.getElementById("search-form");
  if (!form || !window.fetch || !window.URLSearchParams) { return; }

  var PAGE_SIZE = 10;
  var MAX_WORD = 32;
  var SNIPPET = 100;
  var ALPHABET = "0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz-_";
  var DIGIT = new Int8Array(128).fill(-1);
  for (var a = 0; a < ALPHABET.length; a++) { DIGIT[ALPHABET.charCodeAt(a)] = a; }
  var LETTER_OR_DIGIT = /[\p{L}\p{Nd}]/u;

  var base = form.getAttribute("data-index");
  var input = document.getElementById("search-q");
  var countySelect = document.getElementById("search-county");
  var townshipSelect = document.getElementById("search-township");
  var yearSelect = document.getElementById("search-year");
  var status = document.getElementById("search-status");
  var list = document.getElementById("search-results");
  var more = document.getElementById("search-more");
  var pageTitle = document.title;

  /* ---- Terms: the rules of BigramTokenizer ---- */

  function fold(text) {
    var out = new Array(text.length);
    for (var i = 0; i < text.length; i++) {
      var c = text.charCodeAt(i);
      if (c >= 0xFF01 && c <= 0xFF5E) { c -= 0xFEE0; } else if (c === 0x3000) { c = 0x20; }
      if (c >= 65 && c <= 90) { c += 32; }
      out[i] = String.fromCharCode(c);
    }
    return out.join("");
  }
  function isChinese(cp) {
    return (cp >= 0x4E00 && cp <= 0x9FFF) || (cp >= 0x3400 && cp <= 0x4DBF) ||
      (cp >= 0xF900 && cp <= 0xFAFF) || (cp >= 0x20000 && cp <= 0x323AF) || cp === 0x3007;
  }
  function isWordChar(cp) {
    if ((cp >= 48 && cp <= 57) || (cp >= 97 && cp <= 122) || (cp >= 65 && cp <= 90)) { return true; }
    return cp > 127 && !isChinese(cp) && LETTER_OR_DIGIT.test(String.fromCodePoint(cp));
  }
  function width(cp) { return cp > 0xFFFF ? 2 : 1; }

  /* Calls sink(term) for every term of text; folded is fold(text). */
  function tokens(folded, sink) {
    var n = folded.length, i = 0;
    while (i < n) {
      var cp = folded.codePointAt(i);
      if (isChinese(cp)) {
        var previous = i, emitted = false;
        i += width(cp);
        while (i < n && isChinese(folded.codePointAt(i))) {
          var next = i + width(folded.codePointAt(i));
          sink(folded.substring(previous, next));
          emitted = true;
          previous = i;
          i = next;
        }
        if (!emitted) { sink(folded.substring(previous, i)); }
      } else if (isWordChar(cp)) {
        var start = i;
        while (i < n && isWordChar(folded.codePointAt(i))) { i += width(folded.codePointAt(i)); }
        sink(folded.substring(start, Math.min(i, start + MAX_WORD)));
      } else {
        i += width(cp);
      }
    }
  }
  function queryTerms(query) {
    var seen = new Set();
    tokens(fold(query), function (t) { seen.add(t); });
    return Array.from(seen);
  }

  /* ---- Index files ---- */

  function hash(term) {
    var h = 0x811c9dc5 | 0;
    for (var i = 0; i < term.length; i++) {
      h ^= term.charCodeAt(i);
      h = Math.imul(h, 0x01000193);
    }
    return h ^ (h >>> 16);
  }

  var cache = new Map();
  function load(path) {
    var url = base + path;
    if (!cache.has(url)) {
      var p = fetch(url).then(function (r) {
        if (!r.ok) { throw new Error(url + ": HTTP " + r.status); }
        return r.json();
      });
      p.catch(function () { cache.delete(url); });
      cache.set(url, p);
    }
    return cache.get(url);
  }

  /* Posting list: see PostingCodec. */
  function decode(encoded) {
    var docs = new Int32Array(encoded.length >> 1), payloads = new Int32Array(encoded.length >> 1);
    var count = 0, previous = -1, i = 0;
    while (i < encoded.length) {
      var gap = 0, shift = 0, digit;
      do {
        digit = DIGIT[encoded.charCodeAt(i++)];
        gap |= (digit & 31) << shift;
        shift += 5;
      } while (digit & 32);
      previous += gap + 1;
      docs[count] = previous;
      payloads[count] = DIGIT[encoded.charCodeAt(i++)];
      count++;
    }
    return { docs: docs.subarray(0, count), payloads: payloads.subarray(0, count) };
  }

  var manifest = null, docYear = null, docTownship = null;
  function useManifest(m) {
    manifest = m;
    docYear = new Int32Array(m.documents);
    docTownship = new Int32Array(m.documents);
    m.townships.forEach(function (t, index) {
      var d = t.first;
      t.years.forEach(function (pair) {
        for (var k = 0; k < pair[1]; k++) { docYear[d] = pair[0]; docTownship[d] = index; d++; }
      });
    });
    fillFilters();
  }

  /* ---- Filters ---- */

  function option(value, label) {
    var o = document.createElement("option");
    o.value = value;
    o.textContent = label;
    return o;
  }
  function fillFilters() {
    var counties = [], years = new Set();
    manifest.townships.forEach(function (t) {
      if (counties.indexOf(t.county) < 0) { counties.push(t.county); }
      t.years.forEach(function (pair) { years.add(pair[0]); });
    });
    counties.forEach(function (c) { countySelect.appendChild(option(c, c)); });
    Array.from(years).sort(function (x, y) { return y - x; }).forEach(function (y) {
      yearSelect.appendChild(option(String(y), y + "年度"));
    });
    fillTownships("");
  }
  function fillTownships(county) {
    var keep = townshipSelect.value;
    while (townshipSelect.options.length > 1) { townshipSelect.remove(1); }
    var group = null;
    manifest.townships.forEach(function (t) {
      if (county && t.county !== county) { return; }
      if (!group || group.label !== t.county) {
        group = document.createElement("optgroup");
        group.label = t.county;
        townshipSelect.appendChild(group);
      }
      group.appendChild(option(t.slug, t.name));
    });
    setSelect(townshipSelect, keep);
  }
  function setSelect(select, value) {
    select.value = value;
    if (select.value !== value) { select.value = ""; }
  }

  /* ---- State in the URL ---- */

  function stateFromUrl() {
    var p = new URLSearchParams(window.location.search);
    return { q: p.get("q") || "", county: p.get("county") || "", township: p.get("township") || "", year: p.get("year") || "" };
  }
  function stateFromForm() {
    return { q: input.value.trim(), county: countySelect.value, township: townshipSelect.value, year: yearSelect.value };
  }
  function showState(s) {
    input.value = s.q;
    if (!manifest) { return; }
    setSelect(countySelect, s.county);
    fillTownships(countySelect.value);
    setSelect(townshipSelect, s.township);
    setSelect(yearSelect, s.year);
  }
  function url(s) {
    var p = new URLSearchParams();
    ["q", "county", "township", "year"].forEach(function (k) { if (s[k]) { p.set(k, s[k]); } });
    var query = p.toString();
    return window.location.pathname + (query ? "?" + query : "");
  }

  /* ---- Matching and ranking: see SearchIndexReader and Ranking ---- */

  function accepts(doc, s) {
    var t = manifest.townships[docTownship[doc]];
    return (!s.county || s.county === t.county) && (!s.township || s.township === t.slug) &&
      (!s.year || Number(s.year) === docYear[doc]);
  }
  function search(lists, s) {
    var n = manifest.documents;
    var shortest = lists.reduce(function (a, b) { return b.docs.length < a.docs.length ? b : a; });
    var idf = lists.map(function (l) { return Math.log(1 + (n - l.docs.length + 0.5) / (l.docs.length + 0.5)); });
    var hits = [];
    outer:
    for (var i = 0; i < shortest.docs.length; i++) {
      var doc = shortest.docs[i];
      if (!accepts(doc, s)) { continue; }
      var field = 0, title = 0, body = 0;
      for (var t = 0; t < lists.length; t++) {
        var at = find(lists[t].docs, doc);
        if (at < 0) { continue outer; }
        var payload = lists[t].payloads[at];
        if (payload & 3) { field++; }
        if (payload & 1) { title++; }
        body += idf[t] * (payload >> 2);
      }
      hits.push({ doc: doc, field: field, title: title, body: Math.round(body * 1000), year: docYear[doc] });
    }
    hits.sort(function (x, y) {
      return (y.field - x.field) || (y.title - x.title) || (y.body - x.body) || (y.year - x.year) || (x.doc - y.doc);
    });
    return hits;
  }
  function find(sorted, value) {
    var lo = 0, hi = sorted.length - 1;
    while (lo <= hi) {
      var mid = (lo + hi) >>> 1;
      if (sorted[mid] < value) { lo = mid + 1; } else if (sorted[mid] > value) { hi = mid - 1; } else { return mid; }
    }
    return -1;
  }

  /* ---- Highlighting ---- */

  /* The phrases of a query: each Chinese run and each word, with the terms it stands for. */
  function phrases(query) {
    var folded = fold(query), out = [], seen = new Set();
    var n = folded.length, i = 0;
    while (i < n) {
      var cp = folded.codePointAt(i), start = i;
      if (isChinese(cp) || isWordChar(cp)) {
        var chinese = isChinese(cp);
        while (i < n && (chinese ? isChinese(folded.codePointAt(i)) : isWordChar(folded.codePointAt(i)))) {
          i += width(folded.codePointAt(i));
        }
        var text = chinese ? folded.substring(start, i) : folded.substring(start, Math.min(i, start + MAX_WORD));
        if (!seen.has(text)) {
          seen.add(text);
          var terms = [];
          tokens(text, function (t) { terms.push(t); });
          out.push({ text: text, chinese: chinese, terms: terms });
        }
      } else {
        i += width(cp);
      }
    }
    return out;
  }

  /* Where term occurs in folded text as the tokenizer would find it: [start, end) pairs. */
  function occurrences(folded, term, chinese) {
    var out = [], lone = chinese && term.length === width(term.codePointAt(0));
    for (var at = folded.indexOf(term); at >= 0 && out.length < 500; at = folded.indexOf(term, at + 1)) {
      var end = at + term.length;
      var before = at > 0 ? folded.codePointAt(at - 1 - (at > 1 && isLow(folded.charCodeAt(at - 1)) ? 1 : 0)) : -1;
      var after = end < folded.length ? folded.codePointAt(end) : -1;
      var ok = chinese
        ? (!lone || (!isChinese(before) && !isChinese(after)))
        : (!isWordChar(before) && (term.length >= MAX_WORD || !isWordChar(after)));
      if (ok) { out.push([at, end]); }
    }
    return out;
  }

  /* [start, end, phrase] ranges of text to highlight: each phrase where it occurs whole, or else
     the terms (bigrams) it matched by. */
  function ranges(text, query) {
    var folded = fold(text), found = [];
    query.forEach(function (phrase, index) {
      var hits = occurrences(folded, phrase.text, phrase.chinese);
      if (!hits.length && phrase.terms.length > 1) {
        phrase.terms.forEach(function (t) { hits = hits.concat(occurrences(folded, t, phrase.chinese)); });
      }
      hits.forEach(function (h) { found.push([h[0], h[1], index]); });
    });
    return found.sort(function (x, y) { return x[0] - y[0] || x[1] - y[1]; });
  }
  function isLow(c) { return c >= 0xDC00 && c <= 0xDFFF; }
  function merged(found) {
    var out = [];
    found.forEach(function (r) {
      var last = out[out.length - 1];
      if (last && r[0] <= last[1]) { last[1] = Math.max(last[1], r[1]); } else { out.push([r[0], r[1]]); }
    });
    return out;
  }
  /* Appends text[from, to) to parent with the ranges in <mark>. */
  function appendMarked(parent, text, found, from, to) {
    var at = from;
    merged(found).forEach(function (r) {
      var start = Math.max(r[0], from), end = Math.min(r[1], to);
      if (start >= end) { return; }
      if (start > at) { parent.appendChild(document.createTextNode(text.substring(at, start))); }
      var mark = document.createElement("mark");
      mark.textContent = text.substring(start, end);
      parent.appendChild(mark);
      at = end;
    });
    if (at < to) { parent.appendChild(document.createTextNode(text.substring(at, to))); }
  }
  /* The window of length size holding the most distinct phrases among found, earliest first. */
  function bestWindow(text, found, size) {
    var best = 0, bestCount = -1;
    for (var i = 0; i < found.length && i < 400; i++) {
      var start = Math.max(0, Math.min(found[i][0] - 20, text.length - size));
      var seen = new Set();
      for (var j = i; j < found.length && found[j][0] < start + size; j++) {
        if (found[j][0] >= start && found[j][1] <= start + size) { seen.add(found[j][2]); }
      }
      if (seen.size > bestCount) { bestCount = seen.size; best = start; }
    }
    return [best, Math.min(text.length, best + size)];
  }
  /* The parts of the body shown as the snippet, in text order: the window with the most
     phrases, then a shorter one for each phrase it misses (at most two more). */
  function snippetWindows(text, found) {
    if (!found.length || text.length <= SNIPPET) { return [[0, Math.min(text.length, SNIPPET)]]; }
    var windows = [bestWindow(text, found, SNIPPET)];
    var inside = function (r) {
      return windows.some(function (w) { return r[0] >= w[0] && r[1] <= w[1]; });
    };
    var covered = new Set(found.filter(inside).map(function (r) { return r[2]; }));
    for (var i = 0; i < found.length && windows.length < 3; i++) {
      if (covered.has(found[i][2])) { continue; }
      var w = bestWindow(text, [found[i]], SNIPPET / 2);
      windows.push(w);
      found.filter(function (r) { return r[0] >= w[0] && r[1] <= w[1]; })
        .forEach(function (r) { covered.add(r[2]); });
    }
    windows.sort(function (x, y) { return x[0] - y[0]; });
    var out = [];
    windows.forEach(function (w) {
      var last = out[out.length - 1];
      if (last && w[0] <= last[1]) { last[1] = Math.max(last[1], w[1]); } else { out.push([w[0], w[1]]); }
    });
    return out;
  }

  /* ---- Rendering ---- */

  function element(tag, className, parent) {
    var e = document.createElement(tag);
    if (className) { e.className = className; }
    if (parent) { parent.appendChild(e); }
    return e;
  }
  function resultItem(doc, id, query) {
    var li = element("li", "search-result");
    li.setAttribute("data-doc", String(id));
    var heading = element("h3", "search-result__title", li);
    var link = element("a", "", heading);
    link.href = doc.uri;
    appendMarked(link, doc.title, ranges(doc.title, query), 0, doc.title.length);
    var meta = element("p", "search-result__meta", li);
    [doc.county + " " + doc.township, doc.year + "年度", "发布日期 " + doc.date].forEach(function (part, k) {
      if (k) { meta.appendChild(document.createTextNode(" · ")); }
      element("span", "", meta).textContent = part;
    });
    var ids = doc.indexNumber + (doc.docNumber ? " · " + doc.docNumber : "");
    var idLine = element("p", "search-result__ids", li);
    idLine.appendChild(document.createTextNode("索引号 "));
    appendMarked(idLine, ids, ranges(ids, query), 0, ids.length);
    var found = ranges(doc.text, query);
    var snippet = element("p", "search-result__snippet", li);
    var end = 0;
    snippetWindows(doc.text, found).forEach(function (w) {
      if (w[0] > end) { snippet.appendChild(document.createTextNode("…")); }
      appendMarked(snippet, doc.text, found, w[0], w[1]);
      end = w[1];
    });
    if (end < doc.text.length) { snippet.appendChild(document.createTextNode("…")); }
    return li;
  }

  var current = null; /* { seq, state, terms, phrases, hits, shown } */
  var seq = 0;

  function describeFilters(s) {
    var parts = [];
    if (s.county) { parts.push(s.county); }
    if (s.township) {
      var t = manifest.townships.find(function (x) { return x.slug === s.township; });
      parts.push(t ? t.name : s.township);
    }
    if (s.year) { parts.push(s.year + "年度"); }
    return parts.length ? "（筛选：" + parts.join("、") + "）" : "";
  }
  function setStatus(text, state) {
    status.textContent = text;
    list.setAttribute("data-state", state);
  }

  function showMore(run, focusFirst) {
    var page = run.hits.slice(run.shown, run.shown + PAGE_SIZE);
    more.disabled = true;
    return Promise.all(page.map(function (h) { return load("docs/" + h.doc + ".json"); })).then(function (docs) {
      more.disabled = false;
      if (run.seq !== seq) { return; }
      var firstNew = null;
      docs.forEach(function (doc, k) {
        var li = resultItem(doc, page[k].doc, run.phrases);
        list.appendChild(li);
        if (!firstNew) { firstNew = li; }
      });
      run.shown += page.length;
      more.hidden = run.shown >= run.hits.length;
      if (focusFirst && firstNew) { firstNew.querySelector("a").focus(); }
    });
  }

  function run(s) {
    var started = performance.now();
    var mine = { seq: ++seq, state: s, terms: queryTerms(s.q), phrases: phrases(s.q), hits: [], shown: 0 };
    current = mine;
    document.title = s.q ? "“" + s.q + "”的搜索结果 - " + pageTitle : pageTitle;
    list.textContent = "";
    more.hidden = true;
    list.setAttribute("data-query", url(s));
    list.setAttribute("data-run", String(mine.seq));
    if (!manifest) { setStatus("搜索索引加载失败，请检查网络后刷新页面。", "error"); return Promise.resolve(); }
    if (!s.q) { setStatus("请输入要查找的词语。", "done"); return Promise.resolve(); }
    if (!mine.terms.length) { return finish(mine, started); }
    setStatus("正在搜索……", "loading");
    var m = manifest.shards - 1;
    return Promise.all(mine.terms.map(function (term) {
      return load("terms/" + (hash(term) & m) + ".json").then(function (shard) {
        return Object.prototype.hasOwnProperty.call(shard, term) ? decode(shard[term]) : null;
      });
    })).then(function (lists) {
      if (mine.seq !== seq) { return; }
      mine.hits = lists.indexOf(null) >= 0 ? [] : search(lists, s);
      return showMore(mine, false).then(function () { finish(mine, started); });
    }).catch(function () {
      if (mine.seq === seq) { setStatus("搜索索引加载失败，请检查网络后重试。", "error"); }
    });
  }
  function finish(mine, started) {
    if (mine.seq !== seq) { return; }
    var s = mine.state;
    if (mine.hits.length) {
      setStatus("找到 " + mine.hits.length + " 份包含“" + s.q + "”的报告" + describeFilters(s) + "。", "done");
    } else {
      var lone = mine.terms.some(function (t) { return t.length === width(t.codePointAt(0)) && isChinese(t.codePointAt(0)); });
      setStatus("没有找到包含“" + s.q + "”的报告" + describeFilters(s) + "。" +
        (describeFilters(s) ? "可以减少筛选条件，或换用其他词语。" : "请检查用字，或换用其他词语。") +
        (lone ? "单个汉字只能查到单独出现的字，请输入两个或更多汉字。" : ""), "done");
    }
    list.setAttribute("data-elapsed-ms", String(Math.round(performance.now() - started)));
  }

  /* ---- Events ---- */

  function submit() {
    var s = stateFromForm();
    var next = url(s);
    if (next !== window.location.pathname + window.location.search) {
      window.history.pushState(s, "", next);
    }
    run(s);
  }
  form.addEventListener("submit", function (event) { event.preventDefault(); submit(); });
  countySelect.addEventListener("change", function () { fillTownships(countySelect.value); submit(); });
  townshipSelect.addEventListener("change", submit);
  yearSelect.addEventListener("change", submit);
  more.addEventListener("click", function () {
    if (current && !more.disabled) {
      showMore(current, true).catch(function () {
        more.disabled = false;
        setStatus("搜索结果加载失败，请检查网络后重试。", "error");
      });
    }
  });
  window.addEventListener("popstate", function () {
    var s = stateFromUrl();
    showState(s);
    run(stateFromForm());
  });

  var initial = stateFromUrl();
  input.value = initial.q;
  setStatus("正在加载搜索索引……", "loading");
  load("index.json").then(function (m) {
    useManifest(m);
    showState(initial);
    run(stateFromForm());
  }).catch(function () {
    setStatus("搜索索引加载失败，请检查网络后重试。", "error");
  });
})();
