// The connect form: an empty time zone starts as the browser's own (the server still checks the name).
document.addEventListener("DOMContentLoaded", () => {
  const field = document.querySelector("input[data-browser-timezone]");
  if (!field || field.value) return;
  try {
    const zone = Intl.DateTimeFormat().resolvedOptions().timeZone;
    if (zone) field.value = zone;
  } catch (error) {
    // An old browser without Intl time zones: the user types one.
  }
});
