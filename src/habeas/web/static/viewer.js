// Habeas: the document viewer. The original's page picture beside the text, the search hits marked
// in both (on the picture from the PDF's text layer, or from the word boxes OCR kept for a scanned
// page or an image, each page of a multi-page TIFF), next and previous hit ("hit 3 of 12"), and the
// page picture following the hit.
// No inline scripts: the Content-Security-Policy allows only files from this site.
"use strict";

function setupViewer() {
  const viewer = document.getElementById("viewer");
  if (!viewer || viewer.dataset.ready) return;
  viewer.dataset.ready = "1";
  const doc = encodeURIComponent(viewer.dataset.doc);
  const q = viewer.dataset.q || "";
  const paged = viewer.dataset.kind === "pages"; // a PDF's or a multi-page TIFF's pages; "picture": an image, one page
  const pictured = paged || viewer.dataset.kind === "picture";
  const pageCount = paged ? parseInt(viewer.dataset.pages || "1", 10) || 1 : 1; // an image shows its first page
  const hits = Array.from(viewer.querySelectorAll("mark.hit.first"));
  const counter = document.getElementById("hit-count");
  const image = document.getElementById("page-image");
  const boxes = document.getElementById("boxes");
  const pageNumber = document.getElementById("page-number");
  let current = -1;
  let shown = 0; // no page shown yet

  function pageOf(node) {
    const section = node.closest("[data-page]");
    return section ? parseInt(section.dataset.page, 10) : 1;
  }

  function drawBoxes(page) {
    if (!boxes) return;
    boxes.replaceChildren();
    boxes.dataset.page = "";
    if (!q || !pictured) return;
    fetch(`/api/documents/${doc}/pages/${page}/hits?q=${encodeURIComponent(q)}`, { headers: { Accept: "application/json" } })
      .then((r) => (r.ok ? r.json() : { boxes: [] }))
      .then((found) => {
        if (shown !== page) return; // the reader has moved on meanwhile
        const marks = found.boxes.map(([left, top, right, bottom]) => {
          const box = document.createElement("div");
          box.className = "box";
          box.style.left = `${left * 100}%`;
          box.style.top = `${top * 100}%`;
          box.style.width = `${(right - left) * 100}%`;
          box.style.height = `${(bottom - top) * 100}%`;
          return box;
        });
        boxes.replaceChildren(...marks);
        boxes.dataset.page = String(page);
      })
      .catch(() => {});
  }

  function showPage(page, force) {
    if (!image || !pictured) return;
    page = Math.min(Math.max(page, 1), pageCount);
    if (page === shown && !force) return;
    shown = page;
    image.src = `/documents/${doc}/pages/${page}.png`;
    if (paged) image.alt = `Page ${page} of the original`;
    if (pageNumber) pageNumber.textContent = String(page);
    drawBoxes(page);
  }

  function go(index) {
    if (!hits.length) return;
    current = (index + hits.length) % hits.length;
    viewer.querySelectorAll("mark.hit.current").forEach((m) => m.classList.remove("current"));
    hits[current].classList.add("current");
    hits[current].scrollIntoView({ block: "center" });
    if (counter) counter.textContent = `hit ${current + 1} of ${hits.length}`;
    showPage(pageOf(hits[current]));
  }

  const on = (id, handler) => {
    const node = document.getElementById(id);
    if (node) node.addEventListener("click", handler);
  };
  on("hit-next", () => go(current + 1));
  on("hit-prev", () => go(current - 1));
  on("page-next", () => showPage(shown + 1));
  on("page-prev", () => showPage(shown - 1));
  document.addEventListener("keydown", (e) => {
    if (!document.body.contains(viewer) || e.target.closest("input, textarea, select")) return;
    if (e.key === "n") go(current + 1);
    else if (e.key === "p") go(current - 1);
  });
  viewer.querySelectorAll(".pages .page").forEach((section) =>
    section.addEventListener("click", (e) => { if (!e.target.closest("a")) showPage(pageOf(section)); }));

  const asked = /^#page-(\d+)$/.exec(window.location.hash);
  const wanted = asked ? parseInt(asked[1], 10) : 1; // a search result's page: start at its first hit
  if (hits.length) go(Math.max(0, hits.findIndex((h) => pageOf(h) >= wanted)));
  else showPage(wanted, true);
}

document.addEventListener("DOMContentLoaded", setupViewer);
document.addEventListener("htmx:load", setupViewer);
