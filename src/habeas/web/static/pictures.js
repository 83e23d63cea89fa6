// Habeas: the co-occurrence network, laid out by Cytoscape.js's fCoSE layout and drawn by Cytoscape.js
// (vendored from npm, loaded only on the network page), with zoom, pan, filters by entity type and by number of connections.
// Each type's colour and shape come from the style sheet (.t-<type> and its --shape), as on every
// badge. Labels keep a constant size on screen and are shown, most mentioned entity first, only
// where they overlap no label already shown: zooming in makes room for more.
"use strict";

(function () {
  // Cytoscape.js and its fCoSE layout (with the two libraries that layout is built on), in order.
  const SCRIPTS = ["cytoscape.min.js", "layout-base.js", "cose-base.js", "cytoscape-fcose.js"];
  const FONT = "system-ui, -apple-system, \"Segoe UI\", \"Noto Sans\", sans-serif";
  const LABEL_PX = 12;  // the labels' size on screen, whatever the zoom
  const LABEL_PAD = 3;  // screen pixels kept free around each label
  const MAX_CHARS = 28;
  const LARGE = 200;  // nodes: past this, the layout is fCoSE's quick draft
  const MOST_FIT_ZOOM = 1.5;  // a small network is drawn at most this much enlarged

  function loadScript(name) {
    return new Promise((resolve, reject) => {
      const script = document.createElement("script");
      script.src = `/static/vendor/${name}`;
      script.onload = resolve;
      script.onerror = () => reject(new Error(`could not load ${script.src}`));
      document.head.append(script);
    });
  }

  let loading = null;
  function loadCytoscape() {
    if (!loading) {
      // Cytoscape adds a <style> to the page unless one with this id exists; the CSP forbids that one,
      // and pictures.css holds the rule it would add.
      if (!document.getElementById("__________cytoscape_stylesheet")) {
        const marker = document.createElement("meta");
        marker.id = "__________cytoscape_stylesheet";
        document.head.append(marker);
      }
      loading = window.cytoscape && window.cytoscapeFcose ? Promise.resolve()
        : SCRIPTS.reduce((chain, name) => chain.then(() => loadScript(name)), Promise.resolve());
      loading = loading.then(() => {
        window.cytoscape.use(window.cytoscapeFcose);
        return window.cytoscape;
      });
    }
    return loading;
  }

  // What each type looks like, read from the legend's badges (the style sheet is the one place).
  function typeLooks(box) {
    const looks = {};
    box.parentElement.querySelectorAll(".network-filters [data-type]").forEach((input) => {
      const badge = input.closest(".ent") || input;
      const style = getComputedStyle(badge);
      looks[input.dataset.type] = {
        colour: style.borderBottomColor || "#555",
        shape: style.getPropertyValue("--shape").trim() || "ellipse",
      };
    });
    return looks;
  }

  function shorten(name) {
    return name.length > MAX_CHARS ? name.slice(0, MAX_CHARS - 1) + "…" : name;
  }

  function setupNetwork(root) {
    const box = root.querySelector ? root.querySelector("#network") : null;
    if (!box || box.dataset.ready) return;
    box.dataset.ready = "loading";
    const status = document.getElementById("network-status");
    loadCytoscape()
      .then((cytoscape) => start(cytoscape, box, status))
      .catch((err) => { if (status) status.textContent = `The network could not be drawn: ${err.message}`; });
  }

  function start(cytoscape, box, status) {
    const looks = typeLooks(box);
    const fallback = { colour: "#555555", shape: "ellipse" };
    const look = (type) => looks[type] || fallback;
    const cy = cytoscape({
      container: box,
      minZoom: 0.01,
      maxZoom: 60,
            boxSelectionEnabled: false,
      style: [
        { selector: "node", style: {
          "background-color": (n) => look(n.data("type")).colour,
          shape: (n) => look(n.data("type")).shape,
          width: "data(size)", height: "data(size)",
          "border-width": 2, "border-color": "#ffffff",
          label: "data(shown)", "font-family": FONT, "font-size": LABEL_PX, color: "#1d232b",
          "text-valign": "bottom", "text-halign": "center", "text-margin-y": 2,
          "text-background-color": "#ffffff", "text-background-opacity": 0.8, "text-background-padding": 1,
        } },
        { selector: "node.labelled", style: { "z-index": 10 } },
        { selector: "node.center", style: { "border-color": "#1d232b" } },
        { selector: "node:selected", style: { "border-color": "#f0a500" } },
        { selector: "edge", style: { width: "data(width)", "line-color": "#9aa5b1", "curve-style": "haystack",
                                     opacity: 0.7 } },
        { selector: ".hidden", style: { display: "none" } },
      ],
    });
    box.cy = cy;  // for the page's own controls, and for tests
    const center = box.dataset.center;
    const degreeInput = document.getElementById("min-degree");
    const degreeOut = document.getElementById("min-degree-value");
    const info = document.getElementById("network-info");

    function add(data, from) {
      const origin = from && cy.getElementById(from).nonempty() ? cy.getElementById(from).position()
        : { x: 0, y: 0 };
      cy.batch(() => {
        data.nodes.forEach((n) => {
          if (cy.getElementById(n.id).nonempty()) return;
          cy.add({ group: "nodes", classes: n.id === center ? "center" : "",
                   data: { id: n.id, name: n.name, type: n.type, mentions: n.mentions, shown: "",
                           size: 12 + Math.min(22, 2 * Math.sqrt(n.mentions || 1)) },
                   position: { x: origin.x + (Math.random() - 0.5) * 60, y: origin.y + (Math.random() - 0.5) * 60 } });
        });
        data.edges.forEach((e) => {
          const id = `${e.source}|${e.target}`;
          if (cy.getElementById(id).nonempty()) return;
          cy.add({ group: "edges", data: { id, source: e.source, target: e.target, weight: e.weight,
                                            width: Math.min(8, 1 + Math.log2(e.weight)) } });
        });
      });
      // fCoSE's spectral draft alone for a large network (its force-directed polish costs seconds there).
      const large = cy.nodes().length > LARGE;
      const layout = cy.layout({ name: "fcose", animate: false, randomize: !from || large, fit: true, padding: 50,
                                 quality: large ? "draft" : "default", nodeRepulsion: () => 12000, idealEdgeLength: () => 90,
                                 nodeSeparation: 90, packComponents: true });
      layout.one("layoutstop", () => {
        if (!large && cy.zoom() > MOST_FIT_ZOOM) { cy.zoom(MOST_FIT_ZOOM); cy.center(); }  // a few nodes: not spread out
        fitZoom = cy.zoom();
        refreshDegrees();
        filter();
      });
      layout.run();
    }

    function refreshDegrees() {
      let most = 0;
      cy.nodes().forEach((n) => { n.data("degree", n.degree(false)); most = Math.max(most, n.data("degree")); });
      if (degreeInput) degreeInput.max = String(Math.max(1, most));
    }

    // Show the nodes of the checked types with at least the chosen number of connections.
    function filter() {
      const types = new Set(Array.from(document.querySelectorAll(".network-filters input[data-type]:checked"),
                                       (i) => i.dataset.type));
      const least = degreeInput ? Number(degreeInput.value) : 0;
      if (degreeOut) degreeOut.textContent = String(least);
      cy.batch(() => cy.nodes().forEach((n) => {
        const keep = n.hasClass("center") || (types.has(n.data("type")) && n.data("degree") >= least);
        n.toggleClass("hidden", !keep);
      }));
      const shown = cy.nodes().not(".hidden").length;
      box.dataset.shown = String(shown);
      box.dataset.total = String(cy.nodes().length);
      if (status) status.textContent = `${shown.toLocaleString()} of ${cy.nodes().length.toLocaleString()} entities shown`;
      placeLabels();
    }

    // Labels: a constant size on screen; each shown only where its box misses every box shown so far,
    // the centre first, then the most mentioned. The boxes are Cytoscape's own, measured with every
    // candidate's label drawn at this zoom, so the check and the drawing cannot disagree (a width
    // measured apart from the renderer differs at small font sizes, by font). Labelled nodes are
    // drawn above the rest.
    let pending = false;
    let fitZoom = 1;  // the zoom at which the whole network fits: nodes have their own size there
    function placeLabels() {
      const zoom = cy.zoom();
      const pad = LABEL_PAD / zoom;
      // Nodes keep their size on screen where the whole network fits, growing gently as one zooms in.
      const scale = Math.pow(zoom / fitZoom, 0.3) / zoom;
      const visible = cy.nodes().not(".hidden");
      cy.batch(() => {
        cy.nodes().forEach((n) => {
          n.style({ width: n.data("size") * scale, height: n.data("size") * scale,
                    "border-width": (n.hasClass("center") || n.selected() ? 3 : 1.5) / zoom,
                    "font-size": LABEL_PX / zoom, "text-margin-y": 2 / zoom, "text-background-padding": 1 / zoom });
        });
        cy.edges().forEach((e) => { e.style("width", e.data("width") / zoom); });
        visible.forEach((n) => { n.data("shown", shorten(n.data("name"))); });
      });
      const order = visible.sort((a, b) =>
        (b.hasClass("center") - a.hasClass("center")) || (b.selected() - a.selected()) ||
        (b.data("mentions") - a.data("mentions")) || (a.id() < b.id() ? -1 : 1));
      const taken = [];
      const chosen = new Set();
      order.forEach((n) => {
        const b = n.boundingBox({ includeNodes: false, includeEdges: false, includeLabels: true });
        const rect = { x1: b.x1 - pad, x2: b.x2 + pad, y1: b.y1 - pad, y2: b.y2 + pad };
        if (!taken.some((t) => rect.x1 < t.x2 && t.x1 < rect.x2 && rect.y1 < t.y2 && t.y1 < rect.y2)) {
          taken.push(rect);
          chosen.add(n.id());
        }
      });
      cy.batch(() => {
        cy.nodes().forEach((n) => {
          const keep = chosen.has(n.id());
          if (!keep && n.data("shown") !== "") n.data("shown", "");
          n.toggleClass("labelled", keep);
        });
      });
      box.dataset.labelled = String(chosen.size);
      box.dataset.zoom = zoom.toFixed(3);
      pending = false;
    }
    cy.on("zoom", () => { if (!pending) { pending = true; requestAnimationFrame(placeLabels); } });
    cy.on("dragfree", "node", placeLabels);

    function show(n) {
      if (!info) return;
      const badge = document.createElement("a");
      badge.className = `ent t-${n.data("type")}`;
      badge.href = `/entities/${encodeURIComponent(n.id())}`;
      badge.textContent = n.data("name");
      const count = document.createElement("span");
      count.className = "count";
      count.textContent = ` ${Number(n.data("mentions")).toLocaleString()} mentions · ${n.data("degree")} connections`;
      info.replaceChildren(badge, count);
    }

    function expand(id) {
      fetch(`/api/entities/${encodeURIComponent(id)}/network?limit=${box.dataset.limit || 60}`,
            { headers: { Accept: "application/json" } })
        .then((r) => r.json()).then((data) => add(data, id));
    }

    cy.on("tap", "node", (ev) => { show(ev.target); expand(ev.target.id()); });
    cy.on("select unselect", "node", () => requestAnimationFrame(placeLabels));
    document.querySelectorAll(".network-filters input").forEach((input) => input.addEventListener("input", filter));
    const zoomBy = (factor) => cy.zoom({ level: cy.zoom() * factor,
                                         renderedPosition: { x: box.clientWidth / 2, y: box.clientHeight / 2 } });
    const buttons = { "zoom-in": () => zoomBy(1.5), "zoom-out": () => zoomBy(1 / 1.5), "zoom-fit": () => cy.fit(undefined, 30) };
    Object.entries(buttons).forEach(([id, act]) => {
      const button = document.getElementById(id);
      if (button) button.addEventListener("click", act);
    });

    fetch(box.dataset.url, { headers: { Accept: "application/json" } })
      .then((r) => r.json())
      .then((data) => { add(data, null); box.dataset.ready = "1"; });
  }

  document.addEventListener("DOMContentLoaded", () => setupNetwork(document));
  document.addEventListener("htmx:load", () => setupNetwork(document));
})();
