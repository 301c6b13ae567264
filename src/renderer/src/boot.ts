import './styles.css';
import type { AppInfo } from '../../shared/ipc/channels/app';
import { isSearchRoute, prime, settled } from './prime';

/**
 * The page's entry: a few KB that ask for the first screen's data and then load the app. The calls go
 * out while React and the screens (most of the JavaScript) download and compile, instead of after; the
 * first render then usually has every answer and commits the shell and the data at once.
 */

/**
 * How long the first render waits for the first screen's data once the app has loaded. Past this the
 * shell renders without it and the data follows in a second render.
 */
const FIRST_DATA_WAIT_MS = 200;
/**
 * The same wait when the page already shows the first screen from the server's markup: hydrating needs
 * the answers that markup was made from, and until then the page is already on screen with its data.
 */
const PRERENDERED_WAIT_MS = 5000;

// The app's JavaScript is asked for first: it is the longest wait (a quarter of a megabyte to download
// and compile), and the local server answers in the order it is asked, so the four calls below go out
// right behind it instead of ahead of it.
const app = import('./main');

// Everything the first paint shows: the shell's own data (theme, knowledge-base badge, notices) and,
// when the app opens on Search, its browse list.
const firstData = Promise.allSettled([
  prime('prefs.get', { key: 'ui.theme' }),
  prime('app.info', {}),
  prime('app.notices', {}),
  ...(isSearchRoute(window.location.hash) ? [prime('kb.entries', {})] : []),
]);

/**
 * Web mode: the server put React's markup of the Search screen with the shipped knowledge base into
 * #root (src/main/web/server.ts, scripts/prerender-first-screen.ts), so the first frame with data needs
 * no JavaScript. The first-paint script in index.html kept it hidden if this load opens another screen.
 */
const root = document.getElementById('root')!;
const prerendered = root.dataset.prerendered !== undefined;

/**
 * Whether React's first render will match the server's markup: the Search screen with no query kept from
 * earlier in this tab, and the same knowledge base answered (its version is in the badge's title).
 * Otherwise the markup is dropped and React draws the page as without it.
 */
function matchesPrerender(): boolean {
  if (!isSearchRoute(window.location.hash) || sessionStorage.getItem('search.q')) return false;
  const info = settled('app.info', {});
  const entries = settled('kb.entries', {});
  const kb = info?.ok ? (info.value as AppInfo).kb : null;
  return !!kb && kb.version === root.dataset.kbVersion && !!entries?.ok;
}

void app.then(async ({ render }) => {
  // One commit with the data (theme, badge, list) rather than a loading frame, a paint, and a second
  // render once the answers are read.
  const wait = prerendered ? PRERENDERED_WAIT_MS : FIRST_DATA_WAIT_MS;
  await Promise.race([firstData, new Promise((resolve) => setTimeout(resolve, wait))]);
  if (!prerendered) return render();
  const hydrate = matchesPrerender();
  if (!hydrate) root.replaceChildren();
  delete root.dataset.prerendered;
  delete root.dataset.kbVersion;
  render(hydrate);
});
