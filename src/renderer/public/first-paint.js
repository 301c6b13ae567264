// Runs before the page's body is parsed (a classic script in <head>; the CSP allows no inline script).
// 1. The theme: the last one chosen in this browser (App.tsx keeps it in localStorage under
//    "study-desk.theme"), else the OS setting, so the first paint is not light for a dark-theme user.
// 2. Web mode's first screen arrives as server markup of the Search screen with an empty query
//    (boot.ts); when this load opens another screen, or Search with a query kept in this tab
//    ("search.q", SearchScreen.tsx), that markup stays hidden (styles.css) until React replaces it.
(function () {
  var html = document.documentElement;
  try {
    var theme = localStorage.getItem('study-desk.theme');
    if (theme !== 'light' && theme !== 'dark') theme = window.matchMedia('(prefers-color-scheme: dark)').matches ? 'dark' : 'light';
    html.setAttribute('data-theme', theme);
  } catch (e) {
    // storage off: React sets the theme
  }
  var section = window.location.hash.replace(/^#\/?/, '').split('/')[0];
  var search = section === '' || section === 'search' || /^token=/.test(section);
  var query = '';
  try {
    query = window.sessionStorage.getItem('search.q') || '';
  } catch (e) {
    // storage off: no kept query
  }
  if (!search || query) html.setAttribute('data-first-screen', 'other');
})();
