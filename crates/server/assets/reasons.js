// Quoted spans in assessment reasons. A reason quotes the words it rests on as
// `"words" (bytes START..END)` (docs/ASSESSMENT.md); the page shows the words, never the
// offsets, as a highlight that lights up the span in the article on hover or focus.
"use strict";
(function (h) {
  const MARK = /" \(bytes (\d+)\.\.(\d+)\)/g;

  // Splits `reason` into parts: {text} and {quote, start, end}. `spanText(start, end)`
  // gives the document's (trimmed) words at those offsets: it finds the opening quote even
  // when the words hold a quote mark. A marker without an opening quote is dropped.
  h.parseReason = function (reason, spanText) {
    reason = String(reason);
    const out = [];
    let done = 0, m;
    MARK.lastIndex = 0;
    while ((m = MARK.exec(reason)) !== null) {
      const close = m.index, start = +m[1], end = +m[2];
      const want = spanText ? spanText(start, end) : null;
      let open = -1;
      if (typeof want === "string" && want) {
        const o = close - want.length - 1;
        if (o >= done && reason.charAt(o) === '"' && reason.slice(o + 1, close) === want) open = o;
      }
      if (open < 0) open = reason.lastIndexOf('"', close - 1);
      if (open < done) {
        out.push({ text: reason.slice(done, close + 1) });
      } else {
        if (open > done) out.push({ text: reason.slice(done, open) });
        out.push({ quote: reason.slice(open + 1, close), start: start, end: end });
      }
      done = close + m[0].length;
    }
    if (done < reason.length) out.push({ text: reason.slice(done) });
    return out;
  };

  // The article's pieces inside bytes start..end.
  function pieces(start, end) {
    return Array.from(document.querySelectorAll("#article span[data-start]")).filter(function (e) {
      return +e.dataset.start >= start && +e.dataset.end <= end;
    });
  }

  // Lights up bytes start..end of the article (and nothing else).
  h.lightSpan = function (start, end) {
    h.unlight();
    pieces(start, end).forEach(function (e) { e.classList.add("lit"); });
  };

  h.unlight = function () {
    document.querySelectorAll("#article .lit").forEach(function (e) { e.classList.remove("lit"); });
  };

  // A focusable highlight of quoted words that lights up their span in the article while
  // hovered or focused; a click or Enter scrolls the span into view.
  h.quoteRef = function (words, start, end) {
    const m = h.el("mark", "ref", words);
    m.tabIndex = 0;
    m.dataset.start = start;
    m.dataset.end = end;
    m.title = "show in the article";
    const on = function () { m.classList.add("lit"); h.lightSpan(start, end); };
    const off = function () { m.classList.remove("lit"); h.unlight(); };
    m.addEventListener("mouseenter", on);
    m.addEventListener("focus", on);
    m.addEventListener("mouseleave", function () { if (document.activeElement !== m) off(); });
    m.addEventListener("blur", off);
    const show = function (ev) {
      ev.stopPropagation();
      on();
      const first = pieces(start, end)[0];
      if (first && first.scrollIntoView) first.scrollIntoView({ block: "center" });
    };
    m.addEventListener("click", show);
    m.addEventListener("keydown", function (ev) { if (ev.key === "Enter") show(ev); });
    return m;
  };

  // A reason as nodes: plain text, and “quoted words” as highlights.
  h.reasonNodes = function (reason, spanText) {
    return h.parseReason(reason, spanText).map(function (p) {
      if (p.quote === undefined) return document.createTextNode(p.text);
      const q = h.el("span", "quote");
      q.appendChild(document.createTextNode("“"));
      q.appendChild(h.quoteRef(p.quote, p.start, p.end));
      q.appendChild(document.createTextNode("”"));
      return q;
    });
  };
})(window.hearsay);
