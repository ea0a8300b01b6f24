// The composer's media part: files dropped, pasted or picked are sent one by one as the request body (so the
// server streams them to storage) with a progress bar; each comes back as an attached item asking for its alt
// text. Any change re-checks the media against each network and redraws the previews.
(() => {
  const box = document.getElementById("media-composer");
  if (!box) return;
  const form = box.closest("form");
  const attachedList = document.getElementById("media-attached");
  const progressList = document.getElementById("media-progress");
  const csrf = form.querySelector("input[name=csrf_token]").value;
  let timer = null;
  let asked = 0;
  // The pause after a keystroke before the panel is asked again. Short, so the previews follow the typing within
  // the 100 ms the composer aims at (bench/composer_preview_speed.py); a burst of keys still sends one request.
  const DEBOUNCE_MS = 50;

  function refresh() {
    clearTimeout(timer);
    timer = setTimeout(async () => {
      const target = document.getElementById("media-check");
      if (!target) return;
      const mine = ++asked;
      const body = new FormData(form);
      const answer = await fetch(box.dataset.checkUrl, {method: "POST", body, headers: {"X-CSRF-Token": csrf}});
      const html = answer.ok ? await answer.text() : null;
      // Only the newest answer is drawn: an older one arriving late would show text already typed over.
      if (html !== null && mine === asked) target.innerHTML = html;
    }, DEBOUNCE_MS);
  }

  function addItem(html) {
    const holder = document.createElement("ul");
    holder.innerHTML = html.trim();
    const item = holder.firstElementChild;
    if (!item) return;
    const replaced = item.dataset.replaces && attachedList.querySelector(`[data-media-id="${item.dataset.replaces}"]`);
    if (replaced) {
      const alt = replaced.querySelector(".media-alt");
      const newAlt = item.querySelector(".media-alt");
      if (alt && newAlt && !newAlt.value) newAlt.value = alt.value;
      replaced.replaceWith(item);
    } else if (!attachedList.querySelector(`[data-media-id="${item.dataset.mediaId}"]`)) {
      attachedList.appendChild(item);
    }
    const alt = item.querySelector(".media-alt");
    if (alt && !alt.value) alt.focus();
    changed();
  }

  // A file came or went: the media panel redraws, and so does the live check (its text-only previews give way to
  // the media panel's while a file is attached, and come back when none is).
  function changed() {
    refresh();
    document.body.dispatchEvent(new Event("media-changed"));
  }

  function upload(file) {
    const row = document.createElement("li");
    const label = document.createElement("span");
    label.textContent = file.name || "media";
    label.dir = "auto";
    const bar = document.createElement("progress");
    bar.max = 100; bar.value = 0;
    row.append(label, " ", bar);
    progressList.appendChild(row);
    const request = new XMLHttpRequest();
    const url = `${box.dataset.uploadUrl}?name=${encodeURIComponent(file.name || "pasted.png")}`;
    request.open("POST", url);
    request.setRequestHeader("X-CSRF-Token", csrf);
    request.setRequestHeader("Content-Type", "application/octet-stream");
    request.upload.onprogress = (event) => { if (event.lengthComputable) bar.value = 100 * event.loaded / event.total; };
    request.onload = () => {
      if (request.status === 200) { row.remove(); addItem(request.responseText); }
      else { row.innerHTML = request.responseText || `${request.status}`; }
    };
    request.onerror = () => { row.textContent = `${file.name}: ${request.status || "network error"}`; };
    request.send(file);
  }

  document.getElementById("media-input").addEventListener("change", (event) => {
    [...event.target.files].forEach(upload);
    event.target.value = "";
  });
  const drop = document.getElementById("media-drop");
  ["dragenter", "dragover"].forEach((name) => drop.addEventListener(name, (event) => {
    event.preventDefault(); drop.classList.add("over");
  }));
  ["dragleave", "drop"].forEach((name) => drop.addEventListener(name, () => drop.classList.remove("over")));
  drop.addEventListener("drop", (event) => { event.preventDefault(); [...event.dataTransfer.files].forEach(upload); });
  form.addEventListener("paste", (event) => {
    const files = [...(event.clipboardData ? event.clipboardData.files : [])];
    if (files.length) { event.preventDefault(); files.forEach(upload); }
  });
  attachedList.addEventListener("click", (event) => {
    const button = event.target.closest(".media-detach");
    if (button) { button.closest(".media-item").remove(); changed(); }
  });
  form.addEventListener("input", (event) => {
    if (event.target.matches(".media-alt, #composer-text")) refresh();
  });
  form.addEventListener("change", (event) => { if (event.target.matches("#composer-channel")) refresh(); });
  document.addEventListener("click", async (event) => {
    const fit = event.target.closest(".media-fit");
    if (fit) {
      fit.disabled = true;
      const body = new FormData();
      body.append("network", fit.dataset.network);
      const answer = await fetch(`${box.dataset.itemUrl}${fit.dataset.mediaId}/fit`,
                                 {method: "POST", body, headers: {"X-CSRF-Token": csrf}});
      if (answer.ok) addItem(await answer.text()); else fit.disabled = false;
      return;
    }
    const add = event.target.closest(".media-add");
    if (add) {
      const answer = await fetch(`${box.dataset.itemUrl}${add.dataset.mediaId}/attached`);
      if (answer.ok) addItem(await answer.text());
    }
  });
  const search = document.getElementById("media-search");
  async function pick() {
    const answer = await fetch(`${box.dataset.pickUrl}?q=${encodeURIComponent(search.value)}`);
    if (answer.ok) document.getElementById("media-pick").innerHTML = await answer.text();
  }
  search.addEventListener("input", pick);
  box.querySelector(".media-library-pick").addEventListener("toggle", pick, {once: true});
  if (attachedList.children.length) refresh();  // a page drawn with files (after a refusal): their previews
  if (attachedList.children.length) refresh();
})();
