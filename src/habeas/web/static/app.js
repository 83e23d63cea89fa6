// Habeas: the upload page's drag and drop, byte progress and ingest progress. No inline scripts:
// the Content-Security-Policy allows only files from this site.
"use strict";

function csrfToken() {
  const headers = document.body.getAttribute("hx-headers");
  return headers ? JSON.parse(headers)["X-CSRF-Token"] : "";
}

function el(tag, text, cls) {
  const node = document.createElement(tag);
  if (text !== undefined) node.textContent = text;
  if (cls) node.className = cls;
  return node;
}

function setupUpload(root) {
  const form = root.querySelector ? root.querySelector("#upload-form") : null;
  if (!form || form.dataset.ready) return;
  form.dataset.ready = "1";
  const zone = form.querySelector("#dropzone");
  const input = form.querySelector("#files");
  const chosen = form.querySelector("#chosen");
  let files = [];

  function show() {
    chosen.replaceChildren(...files.map((f) => el("li", `${f.name} (${f.size.toLocaleString()} bytes)`)));
  }
  input.addEventListener("change", () => { files = Array.from(input.files); show(); });
  ["dragenter", "dragover"].forEach((type) => zone.addEventListener(type, (e) => {
    e.preventDefault(); zone.classList.add("over");
  }));
  ["dragleave", "drop"].forEach((type) => zone.addEventListener(type, () => zone.classList.remove("over")));
  zone.addEventListener("drop", (e) => {
    e.preventDefault();
    files = files.concat(Array.from(e.dataTransfer.files));
    show();
  });

  form.addEventListener("submit", (e) => {
    e.preventDefault();
    if (!files.length) { chosen.replaceChildren(el("li", "Choose or drop at least one file.", "error")); return; }
    const data = new FormData();
    files.forEach((f) => data.append("files", f, f.name));
    ["case", "source", "grade", "collector"].forEach((name) => data.append(name, form.elements[name].value));
    const panel = document.getElementById("progress");
    const bar = document.getElementById("progress-bar");
    const title = document.getElementById("progress-title");
    const text = document.getElementById("progress-text");
    const result = document.getElementById("upload-result");
    panel.hidden = false;
    result.replaceChildren();
    title.textContent = "Uploading…";
    form.querySelector("#upload-button").disabled = true;

    const xhr = new XMLHttpRequest();
    xhr.open("POST", "/api/uploads");
    xhr.setRequestHeader("X-CSRF-Token", csrfToken());
    xhr.upload.addEventListener("progress", (ev) => {
      if (ev.lengthComputable) {
        bar.value = Math.round((100 * ev.loaded) / ev.total);
        text.textContent = `${ev.loaded.toLocaleString()} of ${ev.total.toLocaleString()} bytes sent`;
      }
    });
    xhr.addEventListener("load", () => {
      let body = {};
      try { body = JSON.parse(xhr.responseText); } catch (err) { body = { detail: xhr.responseText }; }
      if (xhr.status >= 400) { fail(body.detail || `upload refused (${xhr.status})`); return; }
      poll(body.id);
    });
    xhr.addEventListener("error", () => fail("the connection to the server was lost"));
    xhr.send(data);

    function fail(message) {
      title.textContent = "Upload failed";
      result.replaceChildren(el("p", String(message), "error"));
      form.querySelector("#upload-button").disabled = false;
    }

    function poll(id) {
      title.textContent = "Ingesting…";
      fetch(`/api/uploads/${encodeURIComponent(id)}`, { headers: { Accept: "application/json" } })
        .then((r) => r.json().then((b) => [r.status, b]))
        .then(([status, job]) => {
          if (status >= 400) { fail(job.detail || `status ${status}`); return; }
          bar.value = job.total ? Math.round((100 * job.done) / job.total) : 0;
          text.textContent = `${job.done} of ${job.total} files ingested${job.current ? " · " + job.current : ""}`;
          if (job.state === "queued" || job.state === "running") { setTimeout(() => poll(id), 400); return; }
          finished(job);
        })
        .catch((err) => fail(err));
    }

    function finished(job) {
      form.querySelector("#upload-button").disabled = false;
      bar.value = 100;
      if (job.state === "failed") { fail(job.error); return; }
      title.textContent = job.failed.length ? "Done, with errors" : "Done";
      text.textContent = `${job.new.length} new, ${job.duplicates} already present, ${job.failed.length} failed` +
        (job.needs_ocr.length ? `, ${job.needs_ocr.length} need OCR` : "");
      const parts = [];
      if (job.new.length) {
        const list = el("ul", undefined, "new");
        job.new.forEach((d) => {
          const li = el("li");
          const a = el("a", d.title || d.id);
          a.href = `/documents/${encodeURIComponent(d.id)}`;
          li.append(a);
          list.append(li);
        });
        parts.push(el("h3", "New documents"), list);
      }
      if (job.failed.length) {
        const list = el("ul", undefined, "failed");
        job.failed.forEach((f) => list.append(el("li", `${f.path}: ${f.error}`)));
        parts.push(el("h3", "Could not be read"), list);
      }
      if (job.needs_ocr.length) {
        const list = el("ul");
        job.needs_ocr.forEach((p) => list.append(el("li", `${p}: stored, needs OCR`)));
        parts.push(el("h3", "Stored, waiting for OCR"), list);
      }
      result.replaceChildren(...parts);
      files = [];
      input.value = "";
      show();
    }
  });
}

document.addEventListener("DOMContentLoaded", () => setupUpload(document));
document.addEventListener("htmx:load", (e) => setupUpload(document));

// -- the co-occurrence network: a small force layout in SVG, opened out by clicking a node --------

const SVG = "http://www.w3.org/2000/svg";

function svgEl(tag, attrs) {
  const node = document.createElementNS(SVG, tag);
  Object.entries(attrs || {}).forEach(([k, v]) => node.setAttribute(k, v));
  return node;
}

function setupNetwork(root) {
  const box = root.querySelector ? root.querySelector("#network") : null;
  if (!box || box.dataset.ready) return;
  box.dataset.ready = "1";
  const nodes = new Map();
  const edges = new Map();
  const width = box.clientWidth || 900;
  const height = box.clientHeight || 560;
  const svg = svgEl("svg", { viewBox: `0 0 ${width} ${height}`, role: "img", "aria-label": "Network" });
  const edgeLayer = svgEl("g");
  const nodeLayer = svgEl("g");
  svg.append(edgeLayer, nodeLayer);
  box.append(svg);

  function add(data, from) {
    const origin = nodes.get(from) || { x: width / 2, y: height / 2 };
    data.nodes.forEach((n) => {
      if (!nodes.has(n.id)) {
        nodes.set(n.id, { ...n, x: origin.x + (Math.random() - 0.5) * 80, y: origin.y + (Math.random() - 0.5) * 80,
                          vx: 0, vy: 0 });
      }
    });
    data.edges.forEach((e) => edges.set(`${e.source}|${e.target}`, e));
    layout(300);
    draw();
  }

  function layout(steps) {
    const list = Array.from(nodes.values());
    for (let step = 0; step < steps; step++) {
      const heat = 1 - step / steps;
      for (let i = 0; i < list.length; i++) {
        for (let j = i + 1; j < list.length; j++) {
          const a = list[i], b = list[j];
          let dx = a.x - b.x, dy = a.y - b.y;
          const d2 = Math.max(dx * dx + dy * dy, 25);
          const f = 1800 / d2;
          dx *= f / Math.sqrt(d2); dy *= f / Math.sqrt(d2);
          a.vx += dx; a.vy += dy; b.vx -= dx; b.vy -= dy;
        }
      }
      edges.forEach((e) => {
        const a = nodes.get(e.source), b = nodes.get(e.target);
        if (!a || !b) return;
        const dx = b.x - a.x, dy = b.y - a.y;
        const d = Math.sqrt(dx * dx + dy * dy) || 1;
        const f = (d - 90) * 0.02;
        a.vx += (dx / d) * f; a.vy += (dy / d) * f; b.vx -= (dx / d) * f; b.vy -= (dy / d) * f;
      });
      list.forEach((n) => {
        n.vx += (width / 2 - n.x) * 0.004; n.vy += (height / 2 - n.y) * 0.004;
        if (!n.fixed) {
          n.x += Math.max(-20, Math.min(20, n.vx * heat)); n.y += Math.max(-20, Math.min(20, n.vy * heat));
        }
        n.x = Math.max(20, Math.min(width - 20, n.x)); n.y = Math.max(20, Math.min(height - 20, n.y));
        n.vx *= 0.5; n.vy *= 0.5;
      });
    }
  }

  function draw() {
    edgeLayer.replaceChildren();
    nodeLayer.replaceChildren();
    edges.forEach((e) => {
      const a = nodes.get(e.source), b = nodes.get(e.target);
      if (!a || !b) return;
      edgeLayer.append(svgEl("line", { x1: a.x, y1: a.y, x2: b.x, y2: b.y,
                                        "stroke-width": Math.min(8, 1 + Math.log2(e.weight)) }));
    });
    nodes.forEach((n) => {
      const g = svgEl("g", { class: "node", "data-id": n.id });
      const circle = svgEl("circle", { cx: n.x, cy: n.y, r: 6 + Math.min(10, Math.sqrt(n.mentions || 1)),
                                       class: `${n.type}${n.id === box.dataset.center ? " center" : ""}` });
      const title = svgEl("title");
      title.textContent = `${n.name}: click to open out from here`;
      circle.append(title);
      const link = svgEl("a", { href: `/entities/${encodeURIComponent(n.id)}` });
      const label = svgEl("text", { x: n.x + 12, y: n.y + 4 });
      label.textContent = n.name.length > 32 ? n.name.slice(0, 31) + "…" : n.name;
      link.append(label);
      g.append(circle, link);
      nodeLayer.append(g);
      circle.addEventListener("click", () => { if (!n.dragged) expand(n.id); n.dragged = false; });
      circle.addEventListener("pointerdown", (ev) => drag(ev, n));
    });
  }

  function drag(ev, n) {
    const rect = svg.getBoundingClientRect();
    const scale = width / rect.width;
    const move = (e) => {
      n.x = (e.clientX - rect.left) * scale; n.y = (e.clientY - rect.top) * scale;
      n.fixed = true; n.dragged = true; draw();
    };
    const up = () => { window.removeEventListener("pointermove", move); window.removeEventListener("pointerup", up); };
    window.addEventListener("pointermove", move);
    window.addEventListener("pointerup", up);
  }

  function expand(id) {
    fetch(`/api/entities/${encodeURIComponent(id)}/network`, { headers: { Accept: "application/json" } })
      .then((r) => r.json()).then((data) => add(data, id));
  }

  fetch(box.dataset.url, { headers: { Accept: "application/json" } })
    .then((r) => r.json()).then((data) => add(data, null));
}

document.addEventListener("DOMContentLoaded", () => setupNetwork(document));
document.addEventListener("htmx:load", () => setupNetwork(document));
