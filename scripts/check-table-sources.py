#!/usr/bin/env python3
# SPDX-License-Identifier: GPL-2.0
"""Check the source lines the annotation tables cite, in each kernel tree.

Every row of annotations/*.tbl ends in a comment that cites where its fact
comes from (Documentation/annotations.rst, "Kernel versions"):

    NAME  EFFECTS  # FILE:LINE what; 6.12 [FILE]:LINE [what]
    NAME  EFFECTS  # FILE:LINE what (6.1 only)
    NAME  EFFECTS  # 6.12 FILE:LINE what (6.12 only)

With no "; 6.12" part the 6.12 line is the same as 6.1's.  For each tree
given, the cited line (or one of the two after it: a declaration may put
the name on the next line) must name the row's function or one of the
functions the comment quotes as evidence ("might_sleep()", "mutex_lock()",
"__vmalloc_node()"; a word with an underscore, ASM_STAC; a string, "decl").  Lines of klint-sparse itself (checker/) are not
checked.  A line number that drifted, a file that moved, a name that a
version does not have: each is printed as TABLE:LINE: message, and the
exit status is 1.

usage: check-table-sources.py [--v6.1=TREE] [--v6.12=TREE] [TABLE...]
"""
import glob
import os
import re
import sys

WINDOW = 3
LOC = re.compile(r'^([\w./+-]+\.(?:[chS]|lds|tbl)):(\d+)$')
SAME_FILE = re.compile(r'^:(\d+)$')
QUOTED = re.compile(r'\b([A-Za-z_]\w*)\(')
UNDERSCORED = re.compile(r'\b([A-Za-z]\w*_\w*)\b')
STRING = re.compile(r'"([^"]+)"')


class Tree:
    def __init__(self, root):
        self.root = root
        self.files = {}

    def lines(self, path):
        if path not in self.files:
            try:
                with open(os.path.join(self.root, path), errors='replace') as f:
                    self.files[path] = f.read().split('\n')
            except OSError:
                self.files[path] = None
        return self.files[path]


def parse_comment(comment):
    """{'6.1': (path, line) or None, '6.12': ...}, or a string: what is wrong."""
    c = comment.strip()
    cites = {}
    if c.startswith('6.12 '):
        tok = c.split()[1]
        m = LOC.match(tok)
        if not m or not c.endswith('(6.12 only)'):
            return 'a comment starting with 6.12 must be "6.12 FILE:LINE ... (6.12 only)"'
        return {'6.12': (m.group(1), int(m.group(2)))}
    # the 6.1 text may hold a ';' of its own ("sti; hlt")
    parts = re.split(r';\s*(?=6\.12\s)', c, maxsplit=1)
    first, rest = parts[0], parts[1] if len(parts) > 1 else ''
    tok = first.split()[0].rstrip(',') if first.split() else ''
    m = LOC.match(tok)
    if not m:
        return 'no FILE:LINE at the start of the comment'
    cites['6.1'] = (m.group(1), int(m.group(2)))
    if '(6.1 only)' in first:
        return cites
    rest = rest.strip()
    if not rest:
        cites['6.12'] = cites['6.1']
        return cites
    words = [w.rstrip(',') for w in rest.split()]
    if words[0] != '6.12' or len(words) < 2:
        return 'after ";" expected "6.12 FILE:LINE" or "6.12 :LINE"'
    m = LOC.match(words[1])
    s = SAME_FILE.match(words[1])
    if m:
        cites['6.12'] = (m.group(1), int(m.group(2)))
    elif s:
        cites['6.12'] = (cites['6.1'][0], int(s.group(1)))
    else:
        return 'after ";" expected "6.12 FILE:LINE" or "6.12 :LINE"'
    return cites


def words_for(name, comment):
    """What the cited line may mention: the name and the quoted evidence."""
    pats = []
    if '*' in name:
        pats.append(re.compile(r'\b' + '\\w*'.join(map(re.escape, name.split('*'))) + r'\b'))
    else:
        pats.append(re.compile(r'\b' + re.escape(name) + r'\b'))
    for q in set(QUOTED.findall(comment) + UNDERSCORED.findall(comment)):
        # "gfp_t arg K" says which argument, not where the line is
        if q != name and q != 'gfp_t':
            pats.append(re.compile(r'\b' + re.escape(q) + r'\b'))
    for q in STRING.findall(comment):
        pats.append(re.compile(re.escape(q)))
    return pats


def check_row(trees, table, lineno, name, comment, errors):
    cites = parse_comment(comment)
    if isinstance(cites, str):
        errors.append('%s:%d: %s: %s' % (table, lineno, name, cites))
        return 0
    pats = words_for(name, comment)
    checked = 0
    for ver, tree in trees.items():
        if ver not in cites:
            continue
        path, line = cites[ver]
        if path.startswith('checker/'):
            continue
        lines = tree.lines(path)
        checked += 1
        if lines is None:
            errors.append('%s:%d: %s: %s has no %s' % (table, lineno, name, ver, path))
            continue
        if line < 1 or line > len(lines):
            errors.append('%s:%d: %s: %s %s has no line %d' % (table, lineno, name, ver, path, line))
            continue
        text = '\n'.join(lines[line - 1:line - 1 + WINDOW])
        if not any(p.search(text) for p in pats):
            errors.append('%s:%d: %s: %s %s:%d names neither it nor %s: %s' %
                          (table, lineno, name, ver, path, line,
                           ', '.join(QUOTED.findall(comment)) or 'any evidence',
                           lines[line - 1].strip()[:70]))
    return checked


def main(argv):
    here = os.path.dirname(os.path.abspath(__file__))
    trees = {}
    tables = []
    for a in argv:
        if a.startswith('--v6.1='):
            trees['6.1'] = Tree(a[7:])
        elif a.startswith('--v6.12='):
            trees['6.12'] = Tree(a[8:])
        elif a.startswith('-'):
            sys.exit(__doc__)
        else:
            tables.append(a)
    if not trees:
        sys.exit(__doc__)
    if not tables:
        tables = sorted(glob.glob(os.path.join(here, '..', 'annotations', '*.tbl')))
    errors = []
    rows = cites = 0
    for t in tables:
        with open(t) as f:
            for n, raw in enumerate(f, 1):
                code, hashmark, comment = raw.partition('#')
                fields = code.split()
                if not fields or fields[0].startswith('@'):
                    continue
                rows += 1
                if not hashmark:
                    errors.append('%s:%d: %s: no source comment' % (t, n, fields[0]))
                    continue
                cites += check_row(trees, os.path.relpath(t), n, fields[0], comment, errors)
    for e in errors:
        print(e)
    print('%d rows, %d cited lines checked in %s, %d problems' %
          (rows, cites, ' and '.join(sorted(trees)), len(errors)))
    return 1 if errors else 0


if __name__ == '__main__':
    sys.exit(main(sys.argv[1:]))
