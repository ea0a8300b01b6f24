// The composer: show the chosen channel's time zone beside the date and time (they are read in it), and leave the
// chosen channel out of "Also schedule on" (it is scheduled there already; ticked twice, it would be refused).
function syncAlso(select) {
  document.querySelectorAll(".composer-also input[name=also]").forEach((box) => {
    const chosen = box.value === select.value;
    if (chosen) box.checked = false;
    box.closest("label").hidden = chosen;
  });
}

document.addEventListener("change", (event) => {
  const select = event.target.closest("#composer-channel");
  const zone = document.getElementById("composer-zone");
  if (!select) return;
  syncAlso(select);
  if (!zone) return;
  const option = select.selectedOptions[0];
  zone.textContent = (option && option.dataset.timezone) || "UTC";
});
