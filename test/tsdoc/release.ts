// The version each package's next release will carry: its package.json version raised by the
// largest bump its pending changesets ask for (what `changeset version` does). An export's
// `@since` may not name a later version: a user reading the docs of that release would be told
// the function came after the release they hold.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { root } from '../workspace.js';

const BUMPS = ['patch', 'minor', 'major'] as const;
type Bump = (typeof BUMPS)[number];

/** `[major, minor, patch]` of a plain `x.y.z` version, or undefined for anything else. */
export function parseVersion(version: string): [number, number, number] | undefined {
  const m = /^(\d+)\.(\d+)\.(\d+)$/.exec(version);
  return m ? [Number(m[1]), Number(m[2]), Number(m[3])] : undefined;
}

/** Negative, zero or positive as `a` is before, equal to or after `b` (both `x.y.z`). */
export function compareVersions(a: string, b: string): number {
  const x = parseVersion(a) ?? [0, 0, 0];
  const y = parseVersion(b) ?? [0, 0, 0];
  return x[0] - y[0] || x[1] - y[1] || x[2] - y[2];
}

/** `version` raised by `bump` as changesets does it (0.x minors stay minors). */
export function bumped(version: string, bump: Bump | undefined): string {
  const [major, minor, patch] = parseVersion(version) ?? [0, 0, 0];
  if (bump === 'major') return `${major + 1}.0.0`;
  if (bump === 'minor') return `${major}.${minor + 1}.0`;
  if (bump === 'patch') return `${major}.${minor}.${patch + 1}`;
  return version;
}

/** The largest bump each package's pending changesets ask for, from their frontmatter. */
export function pendingBumps(dir = join(root, '.changeset')): Map<string, Bump> {
  const out = new Map<string, Bump>();
  for (const file of readdirSync(dir).filter((f) => f.endsWith('.md') && f !== 'README.md')) {
    const front = /^---\n([\s\S]*?)\n---/.exec(readFileSync(join(dir, file), 'utf8'))?.[1] ?? '';
    for (const line of front.split('\n')) {
      const m = /^["']?([^"':]+)["']?\s*:\s*(patch|minor|major)\s*$/.exec(line.trim());
      if (!m) continue;
      const [, name, bump] = m as unknown as [string, string, Bump];
      const before = out.get(name);
      if (!before || BUMPS.indexOf(bump) > BUMPS.indexOf(before)) out.set(name, bump);
    }
  }
  return out;
}
