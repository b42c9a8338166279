// The claims browser: search stored claims, filter by label, open a claim's document.
"use strict";
(function (h) {
  async function search(ev) {
    if (ev) ev.preventDefault();
    const p = new URLSearchParams();
    ["q", "label", "source"].forEach(function (k) {
      const v = document.getElementById(k).value.trim();
      if (v) p.set(k, v);
    });
    h.status("Searching…");
    try {
      const rows = (await h.api("/v1/claims?" + p.toString())).json.claims || [];
      const body = document.querySelector("#claims-table tbody");
      h.clear(body);
      rows.forEach(function (c) {
        const link = h.el("a", null, c.doc_id);
        link.href = "/?doc=" + encodeURIComponent(c.doc_key);
        const tr = h.el("tr", "claim-row", null, [
          h.el("td", "claim-text", c.text),
          h.el("td", null, null, [h.el("span", h.labelClass(c.label), h.labelText(c.label))]),
          h.el("td", null, c.outlet || ""),
          h.el("td", null, c.published || ""),
          h.el("td", null, null, [link]),
        ]);
        tr.dataset.key = c.key;
        tr.addEventListener("click", function () { showClaim(c); });
        body.appendChild(tr);
      });
      h.status(rows.length + (rows.length === 1 ? " claim" : " claims"));
    } catch (e) {
      h.status(e.message, true);
    }
  }

  // Shows one claim: its document, label and chain of relays.
  function showClaim(c) {
    const box = document.getElementById("trail");
    h.clear(box);
    box.hidden = false;
    box.appendChild(h.el("h3", null, c.text));
    box.appendChild(h.el("span", h.labelClass(c.label), h.labelText(c.label)));
    const when = [c.published, c.outlet, c.doc_id].filter(Boolean).join(" · ");
    box.appendChild(h.el("ol", "timeline", null, [h.el("li", null, when)]));
  }

  document.getElementById("claims-form").addEventListener("submit", search);
  search();
})(window.hearsay);
