// The analyse page: posts an article, lays its hearsay.v1 analysis over the text.
// Public entry point: hearsay.render(analysis) draws any hearsay.v1 document.
"use strict";
(function (h) {
  const GREY = { caption: 1, credit: 1, debris: 1 };
  const SVG = "http://www.w3.org/2000/svg";
  let current = null;

  // --- byte offsets ---------------------------------------------------------------------

  // The JSON offsets are UTF-8 byte offsets: slice the encoded bytes and decode each piece.
  function snap(bytes, b) {
    b = Math.max(0, Math.min(bytes.length, b | 0));
    while (b > 0 && b < bytes.length && (bytes[b] & 0xc0) === 0x80) b--;
    return b;
  }

  function spanOk(s) {
    return s && typeof s.start === "number" && typeof s.end === "number" && s.end > s.start;
  }

  // Every highlighted stretch: {start, end, cls, attr?, source?}.
  function marks(a) {
    const out = [];
    const add = function (s, cls, extra) {
      if (spanOk(s)) out.push(Object.assign({ start: s.start, end: s.end, cls: cls }, extra || {}));
    };
    (a.document.segments || []).forEach(function (s) {
      if (GREY[s.kind]) add(s, "seg-grey seg-" + s.kind);
    });
    const anon = {};
    (a.sources || []).forEach(function (s) {
      anon[s.id] = !!s.anonymous;
      (s.mentions || []).forEach(function (m) { add(m, s.anonymous ? "src anon" : "src", { source: s.id }); });
    });
    (a.attributions || []).forEach(function (t) {
      const src = t.source_id && anon[t.source_id] ? "src anon" : "src";
      add(t.source, src, { attr: t.id, source: t.source_id });
      add(t.cue, "cue", { attr: t.id });
      (t.content || []).forEach(function (c) { add(c, "content", { attr: t.id }); });
      (t.hedges || []).forEach(function (x) { add(x, "hedge", { attr: t.id }); });
    });
    (a.verifications || []).forEach(function (v) {
      add(v.cue, "vcue", { verif: v.id });
      add(v.actor, "src", { verif: v.id, source: v.actor_id });
    });
    // The spans reasons quote: cut there so a reason's highlight lights exactly its words.
    (a.claims || []).forEach(function (c) {
      ((c.assessment && c.assessment.reasons) || []).forEach(function (r) {
        h.parseReason(r).forEach(function (p) { if (p.quote !== undefined) add(p, "ref"); });
      });
    });
    return out;
  }

  // Builds the highlighted text: one element per stretch between span boundaries.
  function renderText(a, into) {
    const text = String(a.document.text || "");
    const bytes = new TextEncoder().encode(text);
    const dec = new TextDecoder();
    const ms = marks(a);
    const cuts = new Set([0, bytes.length]);
    ms.forEach(function (m) {
      m.start = snap(bytes, m.start);
      m.end = snap(bytes, m.end);
      cuts.add(m.start);
      cuts.add(m.end);
    });
    const points = Array.from(cuts).sort(function (x, y) { return x - y; });
    const frag = document.createDocumentFragment();
    for (let i = 0; i + 1 < points.length; i++) {
      const lo = points[i], hi = points[i + 1];
      const piece = dec.decode(bytes.subarray(lo, hi));
      const cover = ms.filter(function (m) { return m.start <= lo && m.end >= hi; });
      if (!cover.length) { frag.appendChild(document.createTextNode(piece)); continue; }
      const classes = new Set(), attrs = [], verifs = [], sources = [];
      cover.forEach(function (m) {
        m.cls.split(" ").forEach(function (c) { classes.add(c); });
        if (m.attr && attrs.indexOf(m.attr) < 0) attrs.push(m.attr);
        if (m.verif && verifs.indexOf(m.verif) < 0) verifs.push(m.verif);
        if (m.source && sources.indexOf(m.source) < 0) sources.push(m.source);
      });
      const e = h.el("span", Array.from(classes).join(" "), piece);
      e.dataset.start = lo;
      e.dataset.end = hi;
      if (attrs.length) e.dataset.attr = attrs.join(" ");
      if (verifs.length) e.dataset.verif = verifs.join(" ");
      if (sources.length) e.dataset.source = sources.join(" ");
      if (attrs.length || verifs.length) e.tabIndex = 0;
      frag.appendChild(e);
    }
    h.clear(into);
    into.appendChild(frag);
  }

  // --- lookups --------------------------------------------------------------------------

  function byId(list, id) {
    return (list || []).find(function (x) { return x.id === id; }) || null;
  }

  function spanText(a, s) {
    if (!spanOk(s)) return "";
    if (typeof s.text === "string") return s.text;
    const bytes = new TextEncoder().encode(a.document.text);
    return new TextDecoder().decode(bytes.subarray(snap(bytes, s.start), snap(bytes, s.end)));
  }

  // The words a reason quotes at bytes start..end, trimmed as the reason quotes them.
  function quotedAt(a) {
    return function (start, end) { return spanText(a, { start: start, end: end }).trim(); };
  }

  // The document's headline (its title segment), else its first line; never its id.
  function docTitle(a) {
    const t = (a.document.segments || []).find(function (s) { return s.kind === "title" && spanOk(s); });
    const title = t ? spanText(a, t).trim() : "";
    if (title) return title;
    const first = String(a.document.text || "").split("\n").map(function (l) { return l.trim(); }).find(Boolean) || "";
    if (!first) return "Untitled article";
    return first.length > 90 ? first.slice(0, 89) + "…" : first;
  }
  h.docTitle = docTitle;

  function sourceName(a, id) {
    const s = byId(a.sources, id);
    if (!s) return id || "unknown source";
    return s.name || s.role || (s.mentions && s.mentions.length ? spanText(a, s.mentions[0]) : "") || s.affiliation || s.id;
  }

  // --- the source card ------------------------------------------------------------------

  function flag(on, yes, no) {
    return h.el("span", on ? "flag flag-on" : "flag", on ? yes : no);
  }

  function row(name, value) {
    if (value === null || value === undefined || value === "") return null;
    return h.el("div", "kv", null, [h.el("span", "k", name), h.el("span", "v", value)]);
  }

  function sourceCard(a, sourceId, fallbackSpan) {
    const s = byId(a.sources, sourceId);
    const box = h.el("div", "source-card");
    box.appendChild(h.el("h3", null, s ? sourceName(a, s.id) : spanText(a, fallbackSpan) || "unresolved source"));
    if (!s) {
      box.appendChild(h.el("p", "muted", "not resolved to an entity"));
      return box;
    }
    box.appendChild(h.el("div", "flags", null, [
      h.el("span", "flag type", s.type),
      flag(s.anonymous, "anonymous", "named"),
      flag(s.official, "official", "not official"),
    ]));
    [row("name", s.name), row("role", s.role), row("affiliation", s.affiliation)].forEach(function (r) {
      if (r) box.appendChild(r);
    });
    if ((s.descriptors || []).length) {
      box.appendChild(h.el("div", "k", "descriptors"));
      box.appendChild(h.el("ul", "descriptors", null, s.descriptors.map(function (d) { return h.el("li", null, d); })));
    }
    return box;
  }

  function claimsOf(a, attrId) {
    return (a.claims || []).filter(function (c) { return (c.attributions || []).indexOf(attrId) >= 0; });
  }

  // Shows attribution `id`: its source card, cue, content, hedges and claim.
  function showAttribution(a, id) {
    const t = byId(a.attributions, id);
    const card = document.getElementById("card");
    if (!t || !card) return;
    h.clear(card);
    card.hidden = false;
    card.dataset.attr = id;
    card.appendChild(h.el("div", "card-head", "attribution " + t.id + " · " + t.kind));
    card.appendChild(sourceCard(a, t.source_id, t.source));
    [
      row("cue", spanText(a, t.cue)),
      row("medium", t.medium),
      row("told to", t.recipient_id ? sourceName(a, t.recipient_id) : null),
      row("content", (t.content || []).map(function (c) { return spanText(a, c); }).join(" … ")),
      row("hedges", (t.hedges || []).map(function (c) { return spanText(a, c); }).join(", ")),
    ].forEach(function (r) { if (r) card.appendChild(r); });
    claimsOf(a, id).forEach(function (c) {
      card.appendChild(h.el("div", "card-claim", null, [
        h.el("span", h.labelClass(c.assessment && c.assessment.label), h.labelText(c.assessment && c.assessment.label)),
        h.el("span", null, " " + c.text),
      ]));
    });
    highlight(function (e) { return (e.dataset.attr || "").split(" ").indexOf(id) >= 0; });
  }

  function showVerification(a, id) {
    const v = byId(a.verifications, id);
    const card = document.getElementById("card");
    if (!v || !card) return;
    h.clear(card);
    card.hidden = false;
    card.dataset.attr = "";
    card.appendChild(h.el("div", "card-head", "verification " + v.id + " · " + h.labelText(v.verdict)));
    card.appendChild(sourceCard(a, v.actor_id, v.actor));
    const r = row("cue", spanText(a, v.cue));
    if (r) card.appendChild(r);
    highlight(function (e) { return (e.dataset.verif || "").split(" ").indexOf(id) >= 0; });
  }

  function highlight(pred) {
    document.querySelectorAll("#article .active").forEach(function (e) { e.classList.remove("active"); });
    document.querySelectorAll("#article span[data-start]").forEach(function (e) {
      if (pred(e)) e.classList.add("active");
    });
  }

  // --- the side panel -------------------------------------------------------------------

  // The relay chain as a small graph: origin → relays → this article.
  function chainGraph(a, chain) {
    const names = (chain || []).map(function (id) { return sourceName(a, id); }).concat(["this article"]);
    const w = 128, gap = 26, hgt = 40;
    const svg = document.createElementNS(SVG, "svg");
    const width = names.length * w + (names.length - 1) * gap;
    svg.setAttribute("viewBox", "0 0 " + width + " " + hgt);
    svg.setAttribute("width", String(Math.min(width, 560)));
    svg.setAttribute("class", "chain");
    svg.setAttribute("role", "img");
    svg.setAttribute("aria-label", "relay chain: " + names.join(" → "));
    names.forEach(function (n, i) {
      const x = i * (w + gap);
      const g = document.createElementNS(SVG, "g");
      g.setAttribute("class", i === names.length - 1 ? "node node-self" : i === 0 ? "node node-origin" : "node");
      const title = document.createElementNS(SVG, "title");
      title.textContent = n;
      const rect = document.createElementNS(SVG, "rect");
      rect.setAttribute("x", x); rect.setAttribute("y", 2);
      rect.setAttribute("width", w); rect.setAttribute("height", hgt - 4); rect.setAttribute("rx", 6);
      const text = document.createElementNS(SVG, "text");
      text.setAttribute("x", x + w / 2); text.setAttribute("y", hgt / 2 + 4);
      text.setAttribute("text-anchor", "middle");
      text.textContent = n.length > 18 ? n.slice(0, 17) + "…" : n;
      g.appendChild(title); g.appendChild(rect); g.appendChild(text);
      svg.appendChild(g);
      if (i + 1 < names.length) {
        const line = document.createElementNS(SVG, "path");
        const x0 = x + w + 2, x1 = x + w + gap - 2, y = hgt / 2;
        line.setAttribute("d", "M" + x0 + " " + y + " L" + x1 + " " + y + " M" + (x1 - 6) + " " + (y - 5) + " L" + x1 + " " + y + " L" + (x1 - 6) + " " + (y + 5));
        line.setAttribute("class", "arrow");
        svg.appendChild(line);
      }
    });
    return svg;
  }

  // One verification event, listed once: verdict, actor, its cue as a highlight, and the
  // claim it bears on.
  function verificationItem(a, v) {
    const actor = v.actor_id ? sourceName(a, v.actor_id) : spanText(a, v.actor) || "someone";
    const cue = spanOk(v.cue)
      ? h.el("span", "quote", null, [document.createTextNode("“"), h.quoteRef(spanText(a, v.cue), v.cue.start, v.cue.end), document.createTextNode("”")])
      : null;
    const target = (a.claims || []).find(function (c) {
      return c.id === v.target || (c.verifications || []).indexOf(v.id) >= 0;
    });
    const li = h.el("li", "verification verdict-" + String(v.verdict).replace(/[^a-z_]/g, ""), null, [
      h.el("span", "verdict", h.labelText(v.verdict)),
      h.el("span", null, " " + actor + ": "),
      cue,
      target ? h.el("div", "about muted", "on the claim: " + target.text) : null,
    ]);
    li.dataset.verif = v.id;
    return li;
  }

  function renderPanel(a) {
    const claims = document.getElementById("claims");
    h.clear(claims);
    if (!(a.claims || []).length) claims.appendChild(h.el("li", "muted", "no claims found"));
    (a.claims || []).forEach(function (c) {
      const label = c.assessment ? c.assessment.label : "";
      // One verdict per claim: its assessment label. Reasons quote words, not offsets.
      const li = h.el("li", "claim", null, [
        h.el("div", "claim-head", null, [h.el("span", h.labelClass(label), h.labelText(label)), h.el("span", "claim-text", " " + c.text)]),
        h.el("ul", "reasons", null, ((c.assessment && c.assessment.reasons) || []).map(function (r) {
          return h.el("li", null, null, h.reasonNodes(r, quotedAt(a)));
        })),
        chainGraph(a, c.chain),
      ]);
      li.dataset.claim = c.id;
      li.tabIndex = 0;
      li.addEventListener("click", function () {
        const ids = c.attributions || [];
        if (ids.length) showAttribution(a, ids[0]);
        highlight(function (e) { return (e.dataset.attr || "").split(" ").some(function (x) { return ids.indexOf(x) >= 0; }); });
      });
      claims.appendChild(li);
    });
    const vl = document.getElementById("verifications");
    h.clear(vl);
    if (!(a.verifications || []).length) vl.appendChild(h.el("li", "muted", "none"));
    (a.verifications || []).forEach(function (v) { vl.appendChild(verificationItem(a, v)); });
    const sl = document.getElementById("sources");
    h.clear(sl);
    if (!(a.sources || []).length) sl.appendChild(h.el("li", "muted", "none"));
    (a.sources || []).forEach(function (s) {
      const li = h.el("li", "source", null, [
        h.el("span", "source-name", sourceName(a, s.id)),
        h.el("span", "flag type", s.type),
        s.anonymous ? h.el("span", "flag flag-on anon-flag", "anonymous") : null,
        s.official ? h.el("span", "flag flag-on", "official") : null,
      ]);
      li.dataset.source = s.id;
      sl.appendChild(li);
    });
  }

  // Draws a hearsay.v1 analysis: highlighted text, claims, verification events, sources.
  h.render = function (a) {
    if (!a || !a.document || typeof a.document.text !== "string") throw new Error("not a hearsay.v1 document");
    current = a;
    h.lastAnalysis = a;
    document.getElementById("article").dataset.doc = a.document.id;
    document.getElementById("doc-title").textContent = docTitle(a);
    document.getElementById("result").hidden = false;
    document.getElementById("card").hidden = true;
    renderText(a, document.getElementById("article"));
    renderPanel(a);
  };

  function onPick(ev) {
    if (!current) return;
    const e = ev.target.closest ? ev.target.closest("#article span[data-attr], #article span[data-verif]") : null;
    if (!e) return;
    if (e.dataset.attr) showAttribution(current, e.dataset.attr.split(" ")[0]);
    else showVerification(current, e.dataset.verif.split(" ")[0]);
  }

  // --- talking to the server ------------------------------------------------------------

  async function analyze(ev) {
    ev.preventDefault();
    const text = document.getElementById("article-text").value;
    const format = document.getElementById("format").value;
    const store = document.getElementById("store").checked;
    h.status("Analysing…");
    try {
      let res;
      if (format === "auto") {
        res = await h.api("/v1/analyze" + (store ? "?store=true" : ""), {
          method: "POST", headers: { "Content-Type": "application/octet-stream" }, body: text,
        });
      } else {
        const body = { store: store };
        body[format] = text;
        res = await h.api("/v1/analyze", {
          method: "POST", headers: { "Content-Type": "application/json" }, body: JSON.stringify(body),
        });
      }
      h.render(res.json);
      const where = res.headers.get("Location");
      h.status((where ? "Analysed and stored: " : "Analysed: ") + docTitle(res.json));
    } catch (e) {
      h.status(e.message, true);
    }
  }

  async function openStored(id) {
    h.status("Opening…");
    h.clear(document.getElementById("doc-results"));
    try {
      const res = await h.api("/v1/documents/" + encodeURIComponent(id));
      h.render(res.json);
      h.status("Stored document: " + docTitle(res.json));
      // A shareable address for what is on screen.
      const url = "/?doc=" + encodeURIComponent(id);
      if (window.location.pathname + window.location.search !== url) window.history.replaceState(null, "", url);
    } catch (e) {
      searchStored(id, e);
    }
  }

  // No document has that id: list the stored documents whose text matches the words.
  async function searchStored(words, firstError) {
    try {
      const docs = (await h.api("/v1/documents?q=" + encodeURIComponent(words))).json.documents || [];
      if (!docs.length) { h.status(firstError.message, true); return; }
      const ul = document.getElementById("doc-results");
      docs.forEach(function (d) {
        const li = h.el("li", "doc-result", [d.title || "Untitled article", d.outlet, d.published].filter(Boolean).join(" · "));
        li.tabIndex = 0;
        li.addEventListener("click", function () { openStored(d.key); });
        li.addEventListener("keydown", function (e) { if (e.key === "Enter") openStored(d.key); });
        ul.appendChild(li);
      });
      h.status(docs.length + " stored documents match; pick one");
    } catch (e) {
      h.status(firstError.message, true);
    }
  }

  async function start() {
    document.getElementById("analyze-form").addEventListener("submit", analyze);
    document.getElementById("open-form").addEventListener("submit", function (ev) {
      ev.preventDefault();
      const id = document.getElementById("doc-id").value.trim();
      if (id) openStored(id);
    });
    document.getElementById("file").addEventListener("change", async function (ev) {
      const f = ev.target.files && ev.target.files[0];
      if (!f) return;
      document.getElementById("article-text").value = await f.text();
      if (/\.html?$/i.test(f.name)) document.getElementById("format").value = "html";
    });
    const article = document.getElementById("article");
    article.addEventListener("click", onPick);
    article.addEventListener("mouseover", onPick);
    article.addEventListener("keydown", function (ev) { if (ev.key === "Enter") onPick(ev); });
    try {
      const info = (await h.api("/v1/info")).json;
      if (info && info.store) {
        document.getElementById("store-label").hidden = false;
        document.getElementById("open-form").hidden = false;
        const doc = new URLSearchParams(window.location.search).get("doc");
        if (doc) openStored(doc);
      }
    } catch (e) {
      h.status(e.message, true);
    }
  }

  start();
})(window.hearsay);
