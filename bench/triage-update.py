#!/usr/bin/env python3
# SPDX-License-Identifier: GPL-2.0
"""Rewrite the whole-kernel triage for a new run.

    bench/triage-update.py TRIAGE OUTDIR NEWBLOCKS HEADER > NEW-TRIAGE

Keeps the blocks of TRIAGE whose warning line OUTDIR (bench/whole-kernel.sh's
output: check.txt, link.txt) still prints, with the program that now prints
it; appends NEWBLOCKS, the verdicts of the new warnings in the same block
format (bench/triage-diff.sh lists them); and writes HEADER with "{counts}"
replaced by the counts.  Fails, naming them, when a warning of the run has
no verdict.
"""
import sys, re, collections
if len(sys.argv) != 5:
    sys.exit(__doc__)
triage, rundir, newblocks, header = sys.argv[1:5]
def blocks(text):
    out = []; cur = None
    for line in text.splitlines():
        if re.match(r'^W[A-Z]\d+ ', line):
            cur = [line]; out.append(cur)
        elif cur is not None and line.startswith('\t'):
            cur.append(line)
        else:
            cur = None
    return out
now = set()
src = {}
for name in ('check', 'link'):
    for l in open(f'{rundir}/{name}.txt', errors='replace'):
        if ': warning: ' in l:
            now.add(l.rstrip('\n'))
            src[l.rstrip('\n')] = 'klint-sparse' if name == 'check' else 'klint-link'
old = blocks(open(triage).read())
new = blocks(open(newblocks).read())
kept = [b for b in old if b[1][1:] in now]
allb = kept + new
for b in allb:
    f = b[0].split()
    if b[1][1:] in src and f[1] != src[b[1][1:]]:
        b[0] = b[0].replace(f[1], src[b[1][1:]], 1)
seen = set(b[1][1:] for b in allb)
missing = sorted(now - seen)
if missing:
    sys.stderr.write('not triaged:\n' + '\n'.join(missing) + '\n')
    sys.exit(1)
cnt = collections.Counter(' '.join(b[0].split()[2:]) for b in allb)
progs = collections.Counter(b[0].split()[1] for b in allb)
lines = [f'# Counts ({len(allb)} warnings: {progs["klint-sparse"]} from klint-sparse, {progs["klint-link"]} from klint-link):']
for k, v in sorted(cnt.items(), key=lambda kv: -kv[1]):
    lines.append(f'#   {k:<32} {v}')
lines.append('#')
out = open(header).read().replace('{counts}', '\n'.join(lines))
sys.stdout.write(out.rstrip('\n') + '\n\n')
sys.stdout.write('\n\n'.join('\n'.join(b) for b in allb) + '\n')
