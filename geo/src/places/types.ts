export interface Span {
  start: number;
  end: number;
  text: string;
}

/** A neighbourhood or group named in an article; offsets are JavaScript string offsets into its text. */
export interface Mention {
  article: string;
  start: number;
  end: number;
  surface: string;
  /** The neighbourhood meant (a located or unlocated gazetteer entry)... */
  neighbourhood?: string;
  /** ...or the group of neighbourhoods meant. */
  group?: string;
  /** When the text names a place inside the neighbourhood (Tariq al-Bab in ash-Sha'ar), its name. */
  place?: string;
  /** The gazetteer knows the place but not where it is. */
  unlocated?: true;
  sentence: Span;
}

/** "le quartier de X" where X matches nothing: for an editor to add an alias. */
export interface Candidate {
  article: string;
  start: number;
  end: number;
  surface: string;
  sentence: Span;
}
