// mercato: search-box autocomplete over names and nicknames (GET /api/entities?q=…).
// Keyboard: ↓/↑ move, Enter opens the highlighted entry, Escape closes. Text is set with
// textContent only, never as HTML.
(function () {
  "use strict";
  const input = document.getElementById("q");
  const list = document.getElementById("suggestions");
  if (!input || !list) return;
  let items = [];
  let active = -1;
  let timer = null;
  let seq = 0;

  function close() {
    list.hidden = true;
    list.replaceChildren();
    input.setAttribute("aria-expanded", "false");
    input.removeAttribute("aria-activedescendant");
    active = -1;
  }

  function highlight(index) {
    const options = list.querySelectorAll("li");
    options.forEach((li, i) => li.setAttribute("aria-selected", i === index ? "true" : "false"));
    active = index;
    if (index >= 0 && options[index]) {
      input.setAttribute("aria-activedescendant", options[index].id);
    }
  }

  function show(entries) {
    items = entries;
    list.replaceChildren();
    if (!entries.length) { close(); return; }
    entries.forEach((e, i) => {
      const li = document.createElement("li");
      li.id = "suggestion-" + i;
      li.setAttribute("role", "option");
      li.setAttribute("aria-selected", "false");
      li.textContent = e.name;
      const note = document.createElement("small");
      note.textContent = e.kind + (e.matched && e.matched !== e.name ? " · " + e.matched : "");
      li.appendChild(note);
      li.addEventListener("mousedown", (ev) => { ev.preventDefault(); go(i); });
      list.appendChild(li);
    });
    list.hidden = false;
    input.setAttribute("aria-expanded", "true");
    highlight(-1);
  }

  function go(i) {
    const e = items[i];
    if (e && e.url) window.location.assign(e.url);
  }

  async function lookup(text) {
    const mine = ++seq;
    try {
      const res = await fetch("/api/entities?limit=8&q=" + encodeURIComponent(text), { headers: { Accept: "application/json" } });
      if (!res.ok || mine !== seq) return;
      const data = await res.json();
      show((data.items || []).filter((e) => e.kind === "person" || e.kind === "club"));
    } catch (err) { close(); }
  }

  input.addEventListener("input", () => {
    clearTimeout(timer);
    const text = input.value.trim();
    if (text.length < 2) { close(); return; }
    timer = setTimeout(() => lookup(text), 120);
  });
  input.addEventListener("keydown", (ev) => {
    if (list.hidden) return;
    const n = list.querySelectorAll("li").length;
    if (ev.key === "ArrowDown") { ev.preventDefault(); highlight((active + 1) % n); }
    else if (ev.key === "ArrowUp") { ev.preventDefault(); highlight(active <= 0 ? n - 1 : active - 1); }
    else if (ev.key === "Enter" && active >= 0) { ev.preventDefault(); go(active); }
    else if (ev.key === "Escape") { close(); }
  });
  input.addEventListener("blur", () => setTimeout(close, 150));
})();
