import { render } from 'preact';
import { App } from './App';
import { langFromUrl, textDirection } from './i18n';
import './fonts.css';
import './styles.css';

// Direction first: the map's first view leaves room for the cards on the reading side.
const lang = langFromUrl(location.href);
document.documentElement.lang = lang;
document.documentElement.dir = textDirection(lang);

const root = document.getElementById('app');
if (!root) throw new Error('index.html has no #app element');
render(<App />, root);
