#!/usr/bin/env python3
# Instructions of ONE optimised JS function by line of the bundle: callgrind's count of each
# instruction (hotPass.sh with KEEP_CG, which keeps instruction addresses), mapped to source lines
# through the source-position table V8 prints with the function's optimised code. Where
# warmProfile.ts says which function costs, this says which of its lines (inlined callees are
# shown at their own lines). Not run in CI.
#
#   NODE_EXTRA="--print-opt-code --print-opt-code-filter=NAME" KEEP_CG=/tmp/x \
#     bench/tools/hotPass.sh redact 1 8 > /tmp/x.out
#   grep ' JS:\*NAME ' /tmp/x.map      # START SIZE of the optimised code (hex)
#   python3 bench/tools/lineProfile.py /tmp/x.out /tmp/x /tmp/x.cjs START SIZE [TOP=40] [--nth=N]
#
# Positions are UTF-16 offsets into the bundle (a character past the BMP counts two). Where V8 compiled the
# function more than once in the run (windowCostOnce six times in text 11 3 12, session 58), each
# compile has its own code and its own position table, and the map lists each START SIZE: the tool
# reads the table printed with the code whose first instruction is at START (the printed listing's
# first address), so pass the START of the compile you want and its lines are its own. --nth=N
# (1-based) reads the Nth printed table instead, where no printed code starts at START (V58g's copy
# of this tool selected by N alone: the first table read every later compile's offsets wrongly).
import bisect
import collections
import re
import sys

nth = None
argv = []
for a in sys.argv[1:]:
    if a.startswith('--nth='):
        nth = int(a[len('--nth='):])
    else:
        argv.append(a)
out, cg, bundle, start_hex, size_hex = argv[0:5]
top = int(argv[5]) if len(argv) > 5 else 40
start, size = int(start_hex, 16), int(size_hex, 16)
printed = open(out, encoding='utf-8', errors='replace').read()
# One entry per printed compile: (address of its first instruction, its position table's text).
compiles = []
for m in re.finditer(r'Instructions \(size = \d+\)\n(0x[0-9a-f]+)', printed):
    at = printed.index('Source positions:', m.end())
    compiles.append((int(m.group(1), 16), printed[at:]))
if not compiles:
    sys.exit(f'{out}: no optimised code printed (NODE_EXTRA="--print-opt-code ...")')
if nth is not None:
    if not 1 <= nth <= len(compiles):
        sys.exit(f'--nth={nth}: {out} prints {len(compiles)} compiles')
    table = compiles[nth - 1][1]
else:
    found = [t for a, t in compiles if a == start]
    if not found:
        starts = ' '.join(f'{a:x}' for a, _ in compiles)
        sys.exit(f'no printed code starts at {start_hex} (printed: {starts}); pass --nth=N to pick one')
    table = found[0]
positions = []
for line in table.split('\n')[2:]:
    m = re.match(r'\s+([0-9a-f]+)\s+(\d+)', line)
    if not m:
        break
    positions.append((int(m.group(1), 16), int(m.group(2))))
positions.sort()
offsets = [p[0] for p in positions]
source = open(bundle, encoding='utf-8').read()
breaks = []
units = 0
for c in source:
    if c == '\n':
        breaks.append(units)
    units += 2 if ord(c) > 0xFFFF else 1
lines = source.split('\n')
cost = collections.Counter()
total = 0
skip = False
with open(cg) as f:
    for line in f:
        if skip:  # the inclusive cost of a call, not this code's own
            skip = False
            continue
        if line.startswith('calls='):
            skip = True
            continue
        if not line.startswith('0x'):
            continue
        address, _, count = line.split()
        o = int(address, 16) - start
        if 0 <= o < size:
            total += int(count)
            i = bisect.bisect_right(offsets, o) - 1
            at = positions[i][1] if i >= 0 else -1
            cost[bisect.bisect_left(breaks, at) + 1] += int(count)
print(f'{total / 1e6:.2f}M instructions in the code at {start_hex}; by line of {bundle}:')
for n, c in cost.most_common(top):
    print(f'{c / 1e6:7.2f}M {n:7d}  {lines[n - 1].strip()[:110]}')
