// The story's caption for the day shown, when it is a key day, with the words it rests on
// (outlet, title, link when http(s)); buttons step from key day to key day. Captions, quotes
// and outlets are text nodes only.
import type { Article } from '../../geo/src/contract';
import { strings, type Lang } from '../i18n';
import { balanceBidi } from '../model/bidi';
import { longDate } from '../model/days';
import { safeHttpUrl } from '../panel/quotes';
import type { KeyDay } from './data';
import { storyStrings } from './strings';

export interface StoryCaptionProps {
  keys: readonly KeyDay[];
  day: number;
  lang: Lang;
  articles: ReadonlyMap<string, Article>;
  onDay: (day: number) => void;
}

export function StoryCaption({ keys, day, lang, articles }: Omit<StoryCaptionProps, 'onDay'>) {
  if (keys.length === 0) return null;
  const s = storyStrings[lang];
  const at = keys.findIndex((k) => k.day === day);
  const key = at >= 0 ? keys[at] : undefined;
  // The live region stays on the page, empty between key days, so a caption is read when it appears.
  return (
    <div class={key ? 'story story-on' : 'story'} aria-live="polite">
      {key && (
        <section aria-labelledby="story-heading">
          <h2 id="story-heading">
            {s.heading} · {s.position(at + 1, keys.length)}
          </h2>
          <p class="story-caption" data-date={key.date}>
            {balanceBidi(key.caption[lang])}
          </p>
          <details class="story-sources">
            <summary>{s.sources}</summary>
            <ul>
              {key.evidence.map((e) => {
                const article = articles.get(e.article);
                const url = safeHttpUrl(article?.url);
                const name = article?.outlet ?? strings[lang].articleNamed(article?.title ?? e.article);
                return (
                  <li key={`${e.article}@${e.quote.start}`}>
                    <blockquote lang={article?.language} dir="auto">
                      {balanceBidi(e.quote.text)}
                    </blockquote>
                    <p class="cite">
                      {url ? (
                        <a href={url} rel="noopener noreferrer" target="_blank">
                          <bdi>{balanceBidi(name)}</bdi>
                        </a>
                      ) : (
                        <bdi>{balanceBidi(name)}</bdi>
                      )}
                      {article?.published && (
                        <>
                          {' · '}
                          <time dateTime={article.published}>{longDate(article.published, lang)}</time>
                        </>
                      )}
                    </p>
                  </li>
                );
              })}
            </ul>
          </details>
        </section>
      )}
    </div>
  );
}

/** Previous and next key day of the story, beside the time bar's other steps. */
export function StoryNav({ keys, day, lang, onDay }: Pick<StoryCaptionProps, 'keys' | 'day' | 'lang' | 'onDay'>) {
  if (keys.length === 0) return null;
  const s = storyStrings[lang];
  const previous = [...keys].reverse().find((k) => k.day < day);
  const next = keys.find((k) => k.day > day);
  return (
    <span class="story-nav" role="group" aria-label={s.heading}>
      <button type="button" disabled={!previous} onClick={() => previous && onDay(previous.day)} aria-label={s.previousKey} title={s.previousKey}>
        <span class="prev">{s.keyShort}</span>
      </button>
      <button type="button" disabled={!next} onClick={() => next && onDay(next.day)} aria-label={s.nextKey} title={s.nextKey}>
        <span class="next">{s.keyShort}</span>
      </button>
    </span>
  );
}
