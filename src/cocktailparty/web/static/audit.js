// The audit upload: show how much of the archive has gone up while htmx sends it.
document.addEventListener("htmx:xhr:progress", (event) => {
  const form = event.target.closest ? event.target.closest("#audit-upload") : null;
  if (!form || !event.detail.lengthComputable) return;
  const bar = form.querySelector(".upload-progress");
  if (!bar) return;
  bar.hidden = false;
  bar.value = Math.round((event.detail.loaded / event.detail.total) * 100);
});
