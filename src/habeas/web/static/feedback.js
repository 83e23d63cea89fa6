// Habeas: every refused or failed action shows why. Pages are boosted by htmx, which by default
// drops an error answer (400, 403, 404, 409, 500) and leaves the page as it was, so a refused merge
// looked like nothing happened. An error page from this site is shown like any other page.
"use strict";

document.addEventListener("htmx:beforeSwap", (e) => {
  const xhr = e.detail.xhr;
  if (xhr && xhr.status >= 400 && (xhr.getResponseHeader("content-type") || "").startsWith("text/html")) {
    e.detail.shouldSwap = true;
    e.detail.isError = false;
  }
});

// A lost connection or a server that does not answer: say so at the top of the page.
document.addEventListener("htmx:sendError", () => {
  const main = document.getElementById("main");
  if (!main || document.getElementById("send-error")) return;
  const p = document.createElement("p");
  p.id = "send-error";
  p.className = "error";
  p.setAttribute("role", "alert");
  p.textContent = "The server could not be reached: nothing was changed. Try again.";
  main.prepend(p);
});
