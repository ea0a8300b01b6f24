// The composer: show the chosen channel's time zone beside the date and time (they are read in it).
document.addEventListener("change", (event) => {
  const select = event.target.closest("#composer-channel");
  const zone = document.getElementById("composer-zone");
  if (!select || !zone) return;
  const option = select.options[select.selectedIndex];
  zone.textContent = (option && option.dataset.timezone) || "UTC";
});
