/* Briefing packs take a few seconds: fetch them in the background, show progress, keep the page usable.
   Links still work without JavaScript (a plain download). */
document.addEventListener("click", async (event) => {
  const link = event.target.closest("a.pack-link");
  if (!link || event.ctrlKey || event.metaKey || event.shiftKey) return;
  event.preventDefault();
  const status = document.getElementById(link.dataset.status);
  const say = (text) => { if (status) status.textContent = text; };
  if (link.getAttribute("aria-busy") === "true") return;
  link.setAttribute("aria-busy", "true");
  const started = Date.now();
  const timer = setInterval(() => say(`Preparing ${link.dataset.label}… ${Math.round((Date.now() - started) / 1000)} s`), 500);
  say(`Preparing ${link.dataset.label}…`);
  try {
    const response = await fetch(link.href);
    if (!response.ok) throw new Error((await response.text()).trim() || response.statusText);
    const blob = await response.blob();
    const url = URL.createObjectURL(blob);
    const save = document.createElement("a");
    save.href = url;
    save.download = link.getAttribute("download") || "";
    document.body.appendChild(save);
    save.click();
    save.remove();
    setTimeout(() => URL.revokeObjectURL(url), 10000);
    say(`${link.dataset.label} ready (${Math.round(blob.size / 1024).toLocaleString()} KB).`);
  } catch (error) {
    say(`Could not make the ${link.dataset.label}: ${error.message}`);
  } finally {
    clearInterval(timer);
    link.removeAttribute("aria-busy");
  }
});
