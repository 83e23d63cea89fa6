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
    chosen.replaceChildren(...files.map((f) => el("li", `${f.webkitRelativePath || f.name} (${f.size.toLocaleString()} bytes)`)));
  }
  input.addEventListener("change", () => { files = Array.from(input.files); show(); });
  const folder = form.querySelector("#folder"); // a whole folder: each file keeps its path inside it
  if (folder) folder.addEventListener("change", () => { files = files.concat(Array.from(folder.files)); show(); });
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
    files.forEach((f) => data.append("paths", f.webkitRelativePath || f.name)); // the custody's original path
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
      if (folder) folder.value = "";
      show();
    }
  });
}

document.addEventListener("DOMContentLoaded", () => setupUpload(document));
document.addEventListener("htmx:load", (e) => setupUpload(document));

// The co-occurrence network is drawn by pictures.js.
