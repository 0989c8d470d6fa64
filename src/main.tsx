import { render } from 'preact';
import { App } from './App';
import { fetchAppData } from './data';
import { FailSafe } from './embed/FailSafe';
import { fullMapUrl } from './embed/links';
import { parseEmbedOptions } from './embed/options';
import { parseUrlState } from './url/state';
import { langFromUrl, textDirection } from './i18n';
import './fonts.css';
import './styles.css';

// Direction first: the map's first view leaves room for the cards on the reading side.
const lang = langFromUrl(location.href);
document.documentElement.lang = lang;
document.documentElement.dir = textDirection(lang);

// The first view's files are fetched (preloaded by index.html), parsed and checked from now,
// while Preact makes the page; the app's own call gets the same promises (src/data.ts).
void fetchAppData();

const root = document.getElementById('app');
if (!root) throw new Error('index.html has no #app element');
// Should the app fail as a whole, the reader gets the still, not a blank page (src/embed/FailSafe.tsx).
const embed = parseEmbedOptions(location.href);
const fallback = { lang, still: null, fullMap: fullMapUrl(location.href, parseUrlState(location.href)) };
render(
  <FailSafe fallback={fallback} lone={{ embedded: embed.embed, id: embed.id }}>
    <App />
  </FailSafe>,
  root,
);
