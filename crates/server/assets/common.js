// hearsay web page helpers. Article text is untrusted: every string goes into the DOM
// through textContent or attribute setters, never through innerHTML.
"use strict";
window.hearsay = window.hearsay || {};

(function (h) {
  // Creates an element with optional class names, text and children.
  h.el = function (tag, cls, text, children) {
    const e = document.createElement(tag);
    if (cls) e.className = cls;
    if (text !== undefined && text !== null) e.textContent = String(text);
    (children || []).forEach(function (c) { if (c) e.appendChild(c); });
    return e;
  };

  // Removes every child of `e`.
  h.clear = function (e) {
    while (e.firstChild) e.removeChild(e.firstChild);
  };

  // Assessment labels and verdicts known to the stylesheet; anything else gets a neutral class.
  const LABELS = ["corroborated", "single_named_source", "single_anonymous_source", "disputed", "denied", "unverified"];
  h.labelClass = function (label) {
    return "label " + (LABELS.indexOf(label) >= 0 ? "label-" + label : "label-other");
  };
  h.labelText = function (label) {
    return String(label || "").replace(/_/g, " ");
  };

  // Fetches JSON; rejects with the server's error message on a non-2xx status.
  h.api = async function (path, options) {
    const res = await fetch(path, options || {});
    const body = await res.text();
    let json = null;
    try { json = body ? JSON.parse(body) : null; } catch (e) { json = null; }
    if (!res.ok) {
      const msg = json && json.error ? json.error.message + " (" + json.error.code + ")" : "HTTP " + res.status;
      throw new Error(msg);
    }
    return { status: res.status, json: json, headers: res.headers };
  };

  h.status = function (msg, isError) {
    const s = document.getElementById("status");
    if (!s) return;
    s.textContent = msg || "";
    s.className = isError ? "error" : "";
  };
})(window.hearsay);
