#!/usr/bin/env python3
"""Fills missing <target>s of locales/<lang>.xlf from a JSON file {id: {fr, nl, de}}, where {0}, {1}…
stand for the source's placeholders <x id="0" …/>. Units that already have a target are kept.
Usage: python3 scripts/fill-xliff.py translations.json"""
import json, re, sys, html

tr = json.load(open(sys.argv[1]))
for lang in ('fr', 'nl', 'de'):
    path = f'locales/{lang}.xlf'
    text = open(path, encoding='utf8').read()
    def fix(m):
        unit = m.group(0)
        uid = m.group(1)
        if '<target>' in unit or uid not in tr or lang not in tr[uid]:
            return unit
        src = re.search(r'<source>(.*?)</source>', unit, re.S).group(1)
        xs = {x.group(1): x.group(0) for x in re.finditer(r'<x id="(\d+)"[^>]*/>', src)}
        target = html.escape(tr[uid][lang], quote=False)
        target = re.sub(r'\{(\d+)\}', lambda k: xs[k.group(1)], target)
        missing = set(xs) - set(re.findall(r'<x id="(\d+)"', target))
        if missing:
            sys.exit(f'{lang} {uid}: placeholders {missing} missing')
        return unit.replace('</source>', f'</source>\n  <target>{target}</target>', 1)
    text = re.sub(r'<trans-unit id="([^"]+)">.*?</trans-unit>', fix, text, flags=re.S)
    open(path, 'w', encoding='utf8').write(text)
left = {}
for lang in ('fr', 'nl', 'de'):
    t = open(f'locales/{lang}.xlf', encoding='utf8').read()
    left[lang] = [m.group(1) for m in re.finditer(r'<trans-unit id="([^"]+)">(?:(?!</trans-unit>).)*?</source>\s*</trans-unit>', t, re.S)]
print({k: v for k, v in left.items()})
