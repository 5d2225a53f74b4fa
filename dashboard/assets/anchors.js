/* Links such as /force/kent#area-for-improvement-public-protection-2 point inside content Dash renders
   after load, often inside a closed <details>: wait for the element, open its ancestors, scroll to it. */
(function () {
  function reveal() {
    const id = decodeURIComponent(window.location.hash.slice(1));
    if (!id) return true;
    const target = document.getElementById(id);
    if (!target) return false;
    for (let node = target; node; node = node.parentElement) {
      if (node.tagName === "DETAILS") node.open = true;
    }
    target.classList.add("targeted");
    target.scrollIntoView({ block: "center" });
    return true;
  }
  function watch() {
    if (reveal()) return;
    const observer = new MutationObserver(() => { if (reveal()) observer.disconnect(); });
    observer.observe(document.body, { childList: true, subtree: true });
    setTimeout(() => observer.disconnect(), 15000);
  }
  window.addEventListener("hashchange", watch);
  window.addEventListener("popstate", watch);
  window.addEventListener("_dashprivate_pushstate", watch); // dcc.Link navigates without a page load
  if (document.readyState === "loading") document.addEventListener("DOMContentLoaded", watch);
  else watch();
})();
