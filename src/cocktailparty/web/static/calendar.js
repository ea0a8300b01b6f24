// The calendar: drag a scheduled post to another day to move it. The server judges the new time with the mix
// guardrail and answers with the moved card, or with the reason it refused (the card then stays where it was).
// No inline handlers: the Content-Security-Policy allows only the app's own scripts.
(() => {
  const csrfToken = () => {
    try {
      return JSON.parse(document.body.getAttribute("hx-headers") || "{}")["X-CSRF-Token"] || "";
    } catch {
      return "";
    }
  };

  const showMessage = (html) => {
    const flash = document.getElementById("flash");
    if (!flash) return;
    flash.innerHTML = html;  // the server's fragment: every value in it is escaped
    flash.scrollIntoView({ block: "nearest" });
  };

  const showText = (text) => {
    const flash = document.getElementById("flash");
    if (!flash) return;
    const line = document.createElement("p");
    line.className = "flash error";
    line.setAttribute("role", "alert");
    line.textContent = text;
    flash.replaceChildren(line);
  };

  // Keeps a day's cards in time order when a moved card arrives.
  const placeCard = (list, card) => {
    const due = card.dataset.due || "";
    const after = [...list.querySelectorAll(":scope > .cal-card")].find((other) => (other.dataset.due || "") > due);
    list.insertBefore(card, after || null);
  };

  let dragged = null;
  const clearTargets = () => document.querySelectorAll(".cal-day.drop-target")
    .forEach((day) => day.classList.remove("drop-target"));

  document.addEventListener("dragstart", (event) => {
    const card = event.target instanceof Element && event.target.closest(".cal-card[draggable='true'][data-post-id]");
    if (!card) return;
    dragged = card;
    event.dataTransfer.setData("text/plain", card.dataset.postId);
    event.dataTransfer.effectAllowed = "move";
    card.classList.add("dragging");
  });

  document.addEventListener("dragend", () => {
    if (dragged) dragged.classList.remove("dragging");
    dragged = null;
    clearTargets();
  });

  document.addEventListener("dragover", (event) => {
    if (!dragged) return;
    const day = event.target instanceof Element && event.target.closest("#calendar-grid .cal-day[data-day]");
    if (!day) return;
    event.preventDefault();
    event.dataTransfer.dropEffect = "move";
    if (!day.classList.contains("drop-target")) {
      clearTargets();
      day.classList.add("drop-target");
    }
  });

  document.addEventListener("drop", async (event) => {
    const day = event.target instanceof Element && event.target.closest("#calendar-grid .cal-day[data-day]");
    const card = dragged;
    if (!card || !day) return;
    event.preventDefault();
    clearTargets();
    dragged = null;
    card.classList.remove("dragging");
    if (day.contains(card)) return;  // dropped on its own day: nothing moves
    const grid = day.closest("#calendar-grid");
    const body = new URLSearchParams({
      day: day.dataset.day,
      view: grid.dataset.view || "month",
      date: grid.dataset.keepDate || "",
      channel: grid.dataset.keepChannel || "",
    });
    card.classList.add("moving");
    let response;
    try {
      response = await fetch(`${grid.dataset.moveUrl}${encodeURIComponent(card.dataset.postId)}/move`, {
        method: "POST",
        credentials: "same-origin",
        // HX-Request: the server answers with fragments, as it does for HTMX.
        headers: { "X-CSRF-Token": csrfToken(), "HX-Request": "true" },
        body,
      });
    } catch {
      card.classList.remove("moving");
      showText(grid.dataset.networkError || "Network error");
      return;
    }
    const redirect = response.headers.get("HX-Redirect");
    if (redirect) {
      window.location.assign(redirect);
      return;
    }
    const html = await response.text();
    card.classList.remove("moving");
    if (!response.ok) {
      showMessage(html);  // the reason and the fix; the card goes back where it was
      return;
    }
    const template = document.createElement("template");
    template.innerHTML = html.trim();
    const moved = template.content.firstElementChild;
    const list = day.querySelector(".cal-items:not(.cal-suggestions)");
    if (!moved || !list) {
      window.location.reload();
      return;
    }
    card.remove();
    placeCard(list, moved);
    if (window.htmx) window.htmx.process(moved);
    const flash = document.getElementById("flash");
    if (flash) flash.replaceChildren();
  });

  // The feed link's Copy button.
  document.addEventListener("click", async (event) => {
    const button = event.target instanceof Element && event.target.closest("button[data-copy]");
    if (!button) return;
    const input = document.getElementById(button.dataset.copy);
    if (!input) return;
    input.select();
    try {
      await navigator.clipboard.writeText(input.value);
    } catch {
      document.execCommand("copy");  // older browsers, or a page not served over HTTPS
    }
    const label = button.textContent;
    button.textContent = button.dataset.copied || label;
    setTimeout(() => { button.textContent = label; }, 1500);
  });
})();
