// The claims browser: claims clustered across stored articles, a page at a time; search,
// filter by verdict, and open one claim's trail across outlets as a timeline. The address
// holds the whole state (q, source, verdict, page, limit, claim), so any view can be shared.
"use strict";
(function (h) {
  const FIELDS = ["q", "source", "verdict"];

  // The state in the address bar: filters, page (from 1), page size, open claim.
  function readState() {
    const p = new URLSearchParams(window.location.search);
    const st = { page: 1, limit: null, claim: null };
    FIELDS.forEach(function (k) { st[k] = (p.get(k) || "").trim(); });
    const page = parseInt(p.get("page") || "1", 10);
    st.page = page > 0 ? page : 1;
    const limit = parseInt(p.get("limit") || "", 10);
    if (limit > 0) st.limit = limit;
    if (/^\d+$/.test(p.get("claim") || "")) st.claim = p.get("claim");
    return st;
  }

  // The /claims address of `st`.
  function href(st) {
    const p = new URLSearchParams();
    FIELDS.forEach(function (k) { if (st[k]) p.set(k, st[k]); });
    if (st.page > 1) p.set("page", String(st.page));
    if (st.limit) p.set("limit", String(st.limit));
    if (st.claim) p.set("claim", st.claim);
    const q = p.toString();
    return "/claims" + (q ? "?" + q : "");
  }

  function withState(st, changes) {
    return Object.assign({}, st, changes);
  }

  // Follows an in-page link without reloading; a modified click opens a new tab as usual.
  function follow(a, st) {
    a.href = href(st);
    a.addEventListener("click", function (ev) {
      if (ev.button !== 0 || ev.ctrlKey || ev.metaKey || ev.shiftKey || ev.altKey) return;
      ev.preventDefault();
      ev.stopPropagation();
      go(st);
    });
    return a;
  }

  function go(st) {
    window.history.pushState(null, "", href(st));
    show(st);
  }

  // One verdict per claim: the cluster's own label.
  function verdict(label) {
    return h.el("span", h.labelClass(label), h.labelText(label));
  }

  let shown = null;

  async function show(st) {
    const key = JSON.stringify([st.q, st.source, st.verdict, st.page, st.limit]);
    FIELDS.forEach(function (k) { document.getElementById(k).value = st[k] || ""; });
    if (key !== shown) {
      if (!(await list(st))) return;
      shown = key;
    }
    if (st.claim) await openTrail(st);
    else {
      const box = document.getElementById("trail");
      box.hidden = true;
      h.clear(box);
    }
  }

  // One page of claims, with the total and next/previous links.
  async function list(st) {
    const p = new URLSearchParams();
    FIELDS.forEach(function (k) { if (st[k]) p.set(k, st[k]); });
    p.set("page", String(st.page));
    if (st.limit) p.set("limit", String(st.limit));
    h.status("Searching…");
    try {
      const res = (await h.api("/v1/clusters?" + p.toString())).json;
      const rows = res.clusters || [];
      const body = document.querySelector("#claims-table tbody");
      h.clear(body);
      rows.forEach(function (c) {
        const link = follow(h.el("a", "claim-link", c.claim), withState(st, { claim: String(c.id) }));
        const tr = h.el("tr", "claim-row", null, [
          h.el("td", "claim-text", null, [link]),
          h.el("td", "verdict-cell", null, [verdict(c.label)]),
          h.el("td", "num", c.articles + (c.articles === 1 ? " article" : " articles")),
          h.el("td", "when", c.first_published || "undated"),
          h.el("td", "outlets", (c.outlets || []).join(", ")),
        ]);
        tr.dataset.cluster = c.id;
        tr.addEventListener("click", function () { go(withState(st, { claim: String(c.id) })); });
        body.appendChild(tr);
      });
      pager(st, res);
      h.status(res.total === 0 ? "no claims match" : res.total + (res.total === 1 ? " claim" : " claims"));
      return true;
    } catch (e) {
      h.status(e.message, true);
      return false;
    }
  }

  function pager(st, res) {
    const nav = document.getElementById("pager");
    h.clear(nav);
    const total = res.total || 0, size = res.limit || 1, rows = (res.clusters || []).length;
    const from = rows ? res.offset + 1 : 0, to = res.offset + rows;
    const last = Math.max(1, Math.ceil(total / size));
    let range = "no claims";
    if (rows) range = "claims " + from + "–" + to + " of " + total + " · page " + st.page + " of " + last;
    else if (total) range = "page " + st.page + " is past the last page (" + last + ")";
    nav.appendChild(h.el("span", "range", range));
    if (st.page > 1) {
      nav.appendChild(follow(h.el("a", "prev", "← previous"), withState(st, { page: Math.min(st.page - 1, last), claim: null })));
    }
    if (to < total) nav.appendChild(follow(h.el("a", "next", "next →"), withState(st, { page: st.page + 1, claim: null })));
  }

  // One claim's trail: who said it where and when, each article's stance and verifications.
  async function openTrail(st) {
    const box = document.getElementById("trail");
    try {
      const t = (await h.api("/v1/clusters/" + encodeURIComponent(st.claim))).json;
      const s = t.summary;
      h.clear(box);
      box.hidden = false;
      box.dataset.cluster = s.id;
      box.appendChild(h.el("h3", null, s.claim));
      box.appendChild(h.el("div", "trail-head", null, [
        verdict(s.label),
        follow(h.el("a", "permalink", "link to this claim"), { q: "", source: "", verdict: "", page: 1, limit: null, claim: String(s.id) }),
        follow(h.el("a", "close", "close"), withState(st, { claim: null })),
      ]));
      const sc = s.stances || {};
      box.appendChild(h.el("p", "muted", s.articles + (s.articles === 1 ? " article" : " articles") + " · " +
        (sc.supports || 0) + " support, " + (sc.denies || 0) + " deny, " + (sc.reports || 0) + " report"));
      if ((s.originators || []).length) box.appendChild(h.el("p", null, "Originated by " + s.originators.join("; ")));
      if ((s.relays || []).length) box.appendChild(h.el("p", null, "Relayed by " + s.relays.join("; ")));
      const ol = h.el("ol", "timeline");
      (t.steps || []).forEach(function (step) {
        const link = h.el("a", null, step.title || step.outlet || "Untitled article");
        link.href = "/?doc=" + encodeURIComponent(step.doc_id);
        const li = h.el("li", "step stance-" + String(step.stance).replace(/[^a-z]/g, ""), null, [
          h.el("div", "when", [step.published || "undated", step.outlet].filter(Boolean).join(" · ")),
          h.el("div", null, null, [h.el("span", "flag", step.stance), link]),
          h.el("q", null, step.text),
          (step.chain || []).length ? h.el("div", "chain-text", step.chain.join(" → ") + " → this article") : null,
          h.el("ul", "plain", null, (step.verifications || []).map(function (v) {
            return h.el("li", "verification", null, [
              h.el("span", "verdict", h.labelText(v.verdict)),
              h.el("span", null, " " + (v.actor || "someone") + ": "),
              h.el("q", null, v.cue),
            ]);
          })),
        ]);
        ol.appendChild(li);
      });
      box.appendChild(ol);
      document.querySelectorAll("#claims-table tr.open").forEach(function (r) { r.classList.remove("open"); });
      const row = document.querySelector("#claims-table tr[data-cluster='" + String(s.id).replace(/\D/g, "") + "']");
      if (row) row.classList.add("open");
      // Stacked layout (narrow screens): bring the trail into view.
      if (window.matchMedia && window.matchMedia("(max-width: 760px)").matches) box.scrollIntoView();
    } catch (e) {
      h.status(e.message, true);
    }
  }

  document.getElementById("claims-form").addEventListener("submit", function (ev) {
    ev.preventDefault();
    const st = { page: 1, limit: readState().limit, claim: null };
    FIELDS.forEach(function (k) { st[k] = document.getElementById(k).value.trim(); });
    go(st);
  });
  window.addEventListener("popstate", function () { show(readState()); });
  show(readState());
})(window.hearsay);
