// Small behaviours the pages share. No inline scripts: the Content-Security-Policy allows only these files.
document.addEventListener("change", (event) => {
  const select = event.target.closest("select[data-navigate]");
  if (select) window.location.assign(select.value);
});

// Buttons that ask before they act: <button data-confirm="Disconnect this channel?">.
document.addEventListener("click", (event) => {
  const button = event.target.closest("[data-confirm]");
  if (button && !window.confirm(button.dataset.confirm)) event.preventDefault();
});
