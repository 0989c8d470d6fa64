#!/usr/bin/env python3
"""Check the invented test sets dev2/, held2/, dev3/, held3/, dev4/ and held4/ (issue 12).

For each set: every article has front matter whose id matches its file name, a
language in fr/en/ar, a published date, an example.org/example.com url and a body
of 80-600 words; every gold event names an existing article, a facts `name`
(part numerals I..V dropped) or `unlisted:NAME`, a controller in
regime/rebel/kurdish/contested, an ISO date, and a quote that is a verbatim
substring of its article's body, with a date no later than the
article's publication.

Usage: python3 test/unseen/check3.py [--facts PATH] [set ...]   (default: dev2 held2 dev3 held3 dev4 held4)
"""
import csv, json, os, re, sys, datetime

HERE = os.path.dirname(os.path.abspath(__file__))
args = sys.argv[1:]
facts = os.path.join(HERE, '..', '..', '..', 'shared', 'reference', 'aleppo-neighbourhood-facts.csv')
if '--facts' in args:
    i = args.index('--facts'); facts = args[i + 1]; del args[i:i + 2]
sets = args or ["dev2", "held2", "dev3", "held3", "dev4", "held4"]
# Each writer prefixed its ids: x- for the second sets, y- for the third, z- for the fourth.
PREFIX = {"dev2": "x-", "held2": "x-", "dev3": "y-", "held3": "y-", "dev4": "z-", "held4": "z-"}

names = set()
for row in csv.DictReader(open(facts, encoding='utf-8')):
    names.add(re.sub(r'\s+(I|II|III|IV|V)$', '', row['name'].strip()))

errors = 0
def err(msg):
    global errors; errors += 1; print('ERROR', msg)

for s in sets:
    d = os.path.join(HERE, s)
    if not os.path.isdir(d):
        print('skip', s, '(missing)'); continue
    bodies, langs, pubs = {}, {}, {}
    for f in sorted(os.listdir(d)):
        if not f.endswith('.md'): continue
        t = open(os.path.join(d, f), encoding='utf-8').read()
        m = re.match(r'---\n(.*?)\n---\n(.*)', t, re.S)
        if not m: err(f'{s}/{f}: no front matter'); continue
        fm = dict(re.findall(r'^(\w+):\s*(.*)$', m.group(1), re.M))
        aid = fm.get('id', '')
        if aid + '.md' != f or not aid.startswith(PREFIX.get(s, "y-")): err(f'{s}/{f}: id {aid!r}')
        for k in ('outlet', 'url', 'published', 'language', 'title'):
            if k not in fm: err(f'{s}/{f}: missing {k}')
        if not re.search(r'https://([a-z0-9-]+\.)?example\.(org|com)/', fm.get('url', '')): err(f'{s}/{f}: url not example.org/com')
        if fm.get('language') not in ('fr', 'en', 'ar'): err(f'{s}/{f}: language')
        try: datetime.date.fromisoformat(fm.get('published', ''))
        except ValueError: err(f'{s}/{f}: published')
        n = len(m.group(2).split())
        if not 80 <= n <= 600: err(f'{s}/{f}: {n} words')
        bodies[aid] = m.group(2); langs[aid] = fm.get('language'); pubs[aid] = fm.get('published', '')
    gold = json.load(open(os.path.join(d, 'gold-events.json'), encoding='utf-8'))
    ctl = {}
    for i, e in enumerate(gold):
        where = f'{s} gold[{i}] {e.get("article")}'
        if set(e) != {'article', 'name', 'controller', 'date', 'quote', 'note'}: err(f'{where}: keys {sorted(e)}')
        if e.get('article') not in bodies: err(f'{where}: no such article'); continue
        nm = e.get('name', '')
        if not (nm in names or (nm.startswith('unlisted:') and len(nm) > 9)): err(f'{where}: name {nm!r} not in facts')
        if e.get('controller') not in ('regime', 'rebel', 'kurdish', 'contested'): err(f'{where}: controller')
        try: datetime.date.fromisoformat(e.get('date', ''))
        except ValueError: err(f'{where}: date')
        if e.get('date', '') > pubs.get(e['article'], '9999'): err(f'{where}: date after publication')
        if not e.get('quote', '').strip() or not e.get('note', '').strip(): err(f'{where}: empty quote or note')
        if e.get('quote', '') not in bodies[e['article']]: err(f'{where}: quote not verbatim: {e.get("quote","")[:60]!r}')
        ctl[e.get('controller')] = ctl.get(e.get('controller'), 0) + 1
    by_lang = {}
    for a, l in langs.items(): by_lang[l] = by_lang.get(l, 0) + 1
    with_ev = len({e['article'] for e in gold})
    print(f'{s}: {len(bodies)} articles {dict(sorted(by_lang.items()))}, {with_ev} with events, '
          f'{len(gold)} events {dict(sorted(ctl.items()))}')
print('OK' if not errors else f'{errors} error(s)')
sys.exit(1 if errors else 0)
