/** Where a fact comes from: a title and a URL of the primary source (a statute, an official page). */
export type Source = {
  readonly title: string;
  readonly url: string;
  /** A pinpoint inside the source: an article, a section, a paragraph. */
  readonly pinpoint?: string;
};

/** Provenance of one entry of a curated dataset: its source and when it was last checked. */
export type Provenance = {
  readonly source: Source;
  /** The date (YYYY-MM-DD) the entry was last checked against its source. */
  readonly asOf: string;
  /** Where sources disagree or a fact is uncertain, say so here. */
  readonly note?: string;
};
