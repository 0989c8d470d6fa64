// Find a district by any spelling (French, English, Arabic, press variants):
// an ARIA combobox; Enter opens the highlighted result, or the first.
import { useMemo, useState } from 'preact/hooks';
import { strings, type Lang } from '../i18n';
import { balanceBidi } from '../model/bidi';
import type { Finder } from '../model/search';

export interface SearchBoxProps {
  lang: Lang;
  /** Null until the gazetteer and the search code are in (the reader's first move fetches them): no hits yet. */
  find: Finder | null;
  name: (id: string) => string;
  onPick: (id: string) => void;
}

export function SearchBox({ lang, find, name, onPick }: SearchBoxProps) {
  const t = strings[lang];
  const [query, setQuery] = useState('');
  const [active, setActive] = useState(-1);
  const hits = useMemo(() => (find ? find(query) : []), [find, query]);
  const open = query.trim().length > 0;

  const pick = (i: number) => {
    const hit = hits[i];
    if (!hit) return;
    onPick(hit.id);
    setQuery('');
    setActive(-1);
  };

  return (
    <div class="search">
      <label for="district-search">{t.searchLabel}</label>
      <input
        id="district-search"
        type="search"
        role="combobox"
        list={undefined}
        autocomplete="off"
        spellcheck={false}
        placeholder={t.searchPlaceholder}
        aria-expanded={open && hits.length > 0}
        aria-controls="district-search-results"
        aria-autocomplete="list"
        aria-activedescendant={active >= 0 ? `district-hit-${active}` : undefined}
        value={query}
        onInput={(event) => {
          setQuery((event.currentTarget as HTMLInputElement).value);
          setActive(-1);
        }}
        onKeyDown={(event) => {
          if (event.key === 'ArrowDown') {
            event.preventDefault();
            setActive((a) => Math.min(hits.length - 1, a + 1));
          } else if (event.key === 'ArrowUp') {
            event.preventDefault();
            setActive((a) => Math.max(-1, a - 1));
          } else if (event.key === 'Enter') {
            event.preventDefault();
            pick(active >= 0 ? active : 0);
          } else if (event.key === 'Escape') {
            setQuery('');
            setActive(-1);
          }
        }}
      />
      <ul id="district-search-results" role="listbox" aria-label={t.searchLabel} hidden={!open || hits.length === 0}>
        {hits.map((hit, i) => {
          const shown = balanceBidi(name(hit.id));
          return (
            <li
              key={hit.id}
              id={`district-hit-${i}`}
              role="option"
              aria-selected={i === active}
              onMouseDown={(event) => {
                // Before the input blurs, so the click lands.
                event.preventDefault();
                pick(i);
              }}
            >
              <bdi>{shown}</bdi>
              {hit.matched !== shown && (
                <span class="matched">
                  {' '}
                  (<bdi>{balanceBidi(hit.matched)}</bdi>)
                </span>
              )}
            </li>
          );
        })}
      </ul>
      <p class="sr-only" role="status" aria-live="polite">
        {open ? (hits.length > 0 ? t.searchResults(hits.length) : t.searchNone) : ''}
      </p>
    </div>
  );
}
