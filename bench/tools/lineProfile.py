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
#   python3 bench/tools/lineProfile.py /tmp/x.out /tmp/x /tmp/x.cjs START SIZE [TOP=40]
#
# Positions are UTF-16 offsets into the bundle (a character past the BMP counts two). Where V8 compiled the
# function twice in the counted run, pass the START and SIZE of the code that callgrind counted.
import bisect
import collections
import re
import sys

out, cg, bundle, start_hex, size_hex = sys.argv[1:6]
top = int(sys.argv[6]) if len(sys.argv) > 6 else 40
start, size = int(start_hex, 16), int(size_hex, 16)
printed = open(out, encoding='utf-8', errors='replace').read()
table = printed[printed.index('Source positions:'):]
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
