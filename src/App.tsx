import { useEffect, useState } from 'preact/hooks';
import { Credits } from './Credits';
import { DEFAULT_LANG, LANGS, langFromUrl, strings, textDirection, type Lang } from './i18n';
import { MapView } from './map/MapView';

export function App() {
  const [lang, setLang] = useState<Lang>(() => langFromUrl(location.href));
  const t = strings[lang];

  // The document's language and direction follow the UI, so screen readers
  // and the browser's text layout do too.
  useEffect(() => {
    const root = document.documentElement;
    root.lang = lang;
    root.dir = textDirection(lang);
    document.title = t.title;
    const url = new URL(location.href);
    if (lang === DEFAULT_LANG) url.searchParams.delete('lang');
    else url.searchParams.set('lang', lang);
    history.replaceState(null, '', url);
  }, [lang, t]);

  return (
    <>
      <MapView lang={lang} />
      <header class="panel">
        <h1>{t.title}</h1>
        <p>{t.description}</p>
        <nav class="langs" aria-label={t.languageLabel}>
          {LANGS.map((code) => (
            <button
              key={code}
              type="button"
              lang={code}
              aria-pressed={code === lang}
              onClick={() => setLang(code)}
            >
              {strings[code].langName}
            </button>
          ))}
        </nav>
      </header>
      <Credits lang={lang} />
    </>
  );
}
