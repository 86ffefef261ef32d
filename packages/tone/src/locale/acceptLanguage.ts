// Turn what the customer asked for into weighted, canonical tags. Entries that are not language
// tags (a wildcard, a typo) are kept as rejections with the reason, never silently dropped.

/** One requested language with its weight (q, 0–1). */
export type WeightedTag = { readonly tag: string; readonly q: number; readonly raw: string };

/** An entry of the request that could not be used, and why. */
export type Rejection = { readonly tag: string; readonly candidate?: string; readonly why: string };

const canonicalCache = new Map<string, string | null>();

/** The canonical form of a tag (memoised with a bound), or undefined if it is not well-formed. */
export function canonical(tag: string): string | undefined {
  let hit = canonicalCache.get(tag);
  if (hit === undefined) {
    try {
      hit = Intl.getCanonicalLocales(tag.trim().replaceAll('_', '-'))[0] ?? null;
    } catch {
      hit = null;
    }
    if (canonicalCache.size > 2048) canonicalCache.clear();
    canonicalCache.set(tag, hit);
  }
  return hit ?? undefined;
}

/** Split an Accept-Language header or a list into weighted canonical tags (highest q first). */
export function weighRequested(
  requested: string | readonly (string | { readonly tag: string; readonly q: number })[],
): { tags: WeightedTag[]; rejected: Rejection[] } {
  const entries: { raw: string; q: number }[] = [];
  if (typeof requested === 'string') {
    for (const part of requested.split(',')) {
      const [raw = '', ...params] = part.trim().split(';');
      if (raw.trim() === '') continue;
      const qParam = params.map((p) => p.trim()).find((p) => p.startsWith('q='));
      const q = qParam === undefined ? 1 : Number(qParam.slice(2));
      entries.push({ raw: raw.trim(), q: Number.isFinite(q) ? q : 0 });
    }
  } else {
    // A plain list is in order of preference: earlier entries weigh more.
    requested.forEach((entry, i) => {
      entries.push(
        typeof entry === 'string'
          ? { raw: entry, q: 1 - i / (requested.length + 1) }
          : { raw: entry.tag, q: entry.q },
      );
    });
  }
  const tags: WeightedTag[] = [];
  const rejected: Rejection[] = [];
  for (const { raw, q } of entries) {
    if (raw === '*') {
      rejected.push({ tag: raw, why: 'a wildcard names no language; the desk default covers it' });
      continue;
    }
    const tag = canonical(raw);
    if (tag === undefined) rejected.push({ tag: raw, why: 'not a BCP 47 language tag' });
    else if (q <= 0) rejected.push({ tag, why: 'q=0: the customer refuses this language' });
    else {
      // A tag listed twice counts with its highest weight, wherever it appears.
      const seen = tags.findIndex((t) => t.tag === tag);
      if (seen === -1) tags.push({ tag, q, raw });
      else if ((tags[seen]?.q ?? 0) < q) tags[seen] = { tag, q, raw };
    }
  }
  tags.sort((a, b) => b.q - a.q);
  return { tags, rejected };
}
