/**
 * Runs in the page before its own scripts: resolves `window.__firstData` with the epoch time of the first
 * animation frame after the knowledge-base badge and a browse-list entry are both in the document.
 */
export const FIRST_DATA_PROBE = `window.__firstData = new Promise((resolve) => {
  const ready = () => document.querySelector('[data-testid="kb-badge"]') && document.querySelector('[data-testid="browse"] a');
  const shown = () => requestAnimationFrame(() => resolve(performance.timeOrigin + performance.now()));
  if (ready()) return shown();
  const mo = new MutationObserver(() => { if (ready()) { mo.disconnect(); shown(); } });
  mo.observe(document, { subtree: true, childList: true });
});`;
