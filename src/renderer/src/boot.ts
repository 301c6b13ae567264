import './styles.css';
import { isSearchRoute, prime } from './prime';

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

void app.then(async ({ render }) => {
  // One commit with the data (theme, badge, list) rather than a loading frame, a paint, and a second
  // render once the answers are read.
  await Promise.race([firstData, new Promise((resolve) => setTimeout(resolve, FIRST_DATA_WAIT_MS))]);
  render();
});
