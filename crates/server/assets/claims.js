// The claims browser: claims clustered across stored articles; search, filter by label,
// open one claim's trail across outlets as a timeline.
"use strict";
(function (h) {
  function labels(list) {
    return h.el("span", "labels", null, (list || []).map(function (l) {
      return h.el("span", h.labelClass(l), h.labelText(l));
    }));
  }

  async function search(ev) {
    if (ev) ev.preventDefault();
    const p = new URLSearchParams();
    ["q", "label", "source"].forEach(function (k) {
      const v = document.getElementById(k).value.trim();
      if (v) p.set(k, v);
    });
    h.status("Searching…");
    try {
      const rows = (await h.api("/v1/clusters?" + p.toString())).json.clusters || [];
      const body = document.querySelector("#claims-table tbody");
      h.clear(body);
      rows.forEach(function (c) {
        const tr = h.el("tr", "claim-row", null, [
          h.el("td", "claim-text", c.claim),
          h.el("td", null, null, [labels(c.labels)]),
          h.el("td", "num", c.articles),
          h.el("td", null, c.first_published || c.first_doc),
          h.el("td", null, (c.outlets || []).join(", ")),
        ]);
        tr.dataset.cluster = c.id;
        tr.tabIndex = 0;
        tr.addEventListener("click", function () { openTrail(c.id); });
        tr.addEventListener("keydown", function (e) { if (e.key === "Enter") openTrail(c.id); });
        body.appendChild(tr);
      });
      h.status(rows.length + (rows.length === 1 ? " claim" : " claims"));
    } catch (e) {
      h.status(e.message, true);
    }
  }

  // One claim's trail: who said it where and when, each article's stance and verifications.
  async function openTrail(id) {
    const box = document.getElementById("trail");
    try {
      const t = (await h.api("/v1/clusters/" + encodeURIComponent(id))).json;
      const s = t.summary;
      h.clear(box);
      box.hidden = false;
      box.dataset.cluster = s.id;
      box.appendChild(h.el("h3", null, s.claim));
      box.appendChild(labels(s.labels));
      const st = s.stances || {};
      box.appendChild(h.el("p", "muted", s.articles + " articles · " + (st.supports || 0) + " support, " +
        (st.denies || 0) + " deny, " + (st.reports || 0) + " report"));
      if ((s.originators || []).length) box.appendChild(h.el("p", null, "Originated by " + s.originators.join("; ")));
      if ((s.relays || []).length) box.appendChild(h.el("p", null, "Relayed by " + s.relays.join("; ")));
      const ol = h.el("ol", "timeline");
      (t.steps || []).forEach(function (step) {
        const link = h.el("a", null, step.title || step.doc_id);
        link.href = "/?doc=" + encodeURIComponent(step.doc_id);
        const li = h.el("li", "step stance-" + String(step.stance).replace(/[^a-z]/g, ""), null, [
          h.el("div", "when", [step.published || "undated", step.outlet || step.doc_id].filter(Boolean).join(" · ")),
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
    } catch (e) {
      h.status(e.message, true);
    }
  }

  document.getElementById("claims-form").addEventListener("submit", search);
  search();
})(window.hearsay);
