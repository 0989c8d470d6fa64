#!/usr/bin/env python3
"""Checks the unseen test sets: front matter, lengths, gold names and verbatim quotes.

Usage (from the project root): python3 test/unseen/check.py [dev|held ...]
The facts CSV is read from ../shared/reference/ (or $FACTS).
"""
import csv, json, os, re, sys, datetime, collections

ROOT = os.path.dirname(os.path.abspath(__file__))
FACTS = os.environ.get('FACTS') or os.path.join(ROOT, '..', '..', '..', 'shared', 'reference', 'aleppo-neighbourhood-facts.csv')
NUMERAL = re.compile(r'\s+(I|II|III|IV|V)$')
names = {NUMERAL.sub('', r['name']) for r in csv.DictReader(open(FACTS, encoding='utf-8'))}
FIELDS = ['id', 'outlet', 'url', 'published', 'language', 'title']

def read_article(path):
    text = open(path, encoding='utf-8').read()
    m = re.match(r'^---\n(.*?)\n---\n(.*)$', text, re.S)
    if not m:
        raise ValueError(f'{path}: no front matter')
    meta = {}
    for line in m.group(1).split('\n'):
        k, _, v = line.partition(':')
        meta[k.strip()] = v.strip().strip('"')
    return meta, m.group(2)

def check(setname):
    d = os.path.join(ROOT, setname)
    errors = []
    arts = {}
    langs = collections.Counter()
    for f in sorted(os.listdir(d)):
        if not f.endswith('.md'):
            continue
        meta, body = read_article(os.path.join(d, f))
        if list(meta) != FIELDS:
            errors.append(f'{f}: front matter fields {list(meta)}')
        if meta.get('id') + '.md' != f:
            errors.append(f'{f}: id {meta.get("id")} does not match the file name')
        if not re.match(r'^https://www\.example\.(org|com)/', meta.get('url', '')):
            errors.append(f'{f}: url not on example.org/example.com')
        if meta.get('language') not in ('fr', 'en', 'ar'):
            errors.append(f'{f}: language {meta.get("language")}')
        datetime.date.fromisoformat(meta['published'])
        words = len(body.split())
        if not 80 <= words <= 600:
            errors.append(f'{f}: {words} words')
        arts[meta['id']] = (meta, body)
        langs[meta['language']] += 1
    gold = json.load(open(os.path.join(d, 'gold-events.json'), encoding='utf-8'))
    ctl = collections.Counter()
    seen = set()
    for i, g in enumerate(gold):
        where = f'gold[{i}] {g.get("article")} {g.get("name")}'
        if set(g) != {'article', 'name', 'controller', 'date', 'quote', 'note'}:
            errors.append(f'{where}: keys {sorted(g)}')
        if g['article'] not in arts:
            errors.append(f'{where}: no such article'); continue
        if not (g['name'] in names or g['name'].startswith('unlisted:')):
            errors.append(f'{where}: name not in the facts')
        if g['name'].startswith('unlisted:') and g['name'][9:] in names:
            errors.append(f'{where}: unlisted but in the facts')
        if g['controller'] not in ('regime', 'rebel', 'kurdish', 'contested'):
            errors.append(f'{where}: controller {g["controller"]}')
        day = datetime.date.fromisoformat(g['date'])
        pub = datetime.date.fromisoformat(arts[g['article']][0]['published'])
        if day > pub:
            errors.append(f'{where}: date after publication')
        if g['quote'] not in arts[g['article']][1]:
            errors.append(f'{where}: quote not verbatim in the article')
        key = (g['article'], g['name'], g['date'])
        if key in seen:
            errors.append(f'{where}: two entries for one article, name and day')
        seen.add(key)
        ctl[g['controller']] += 1
    with_events = len({g['article'] for g in gold})
    print(f'{setname}: {len(arts)} articles {dict(sorted(langs.items()))}, '
          f'{with_events} with events, {len(gold)} events {dict(sorted(ctl.items()))}')
    for e in errors:
        print('  ERROR', e)
    return not errors

if __name__ == '__main__':
    sets = sys.argv[1:] or ['dev', 'held']
    ok = all([check(s) for s in sets if os.path.isdir(os.path.join(ROOT, s))])
    sys.exit(0 if ok else 1)
