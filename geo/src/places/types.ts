import type { Offsets } from '../text/spans';

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
  /**
   * The sentence (or clause of a long one) it stands in: offsets only, never a copy of the
   * text (a sentence of 100 KB named 2,000 places would be copied 2,000 times).
   */
  sentence: Offsets;
}

/** "le quartier de X" where X matches nothing: for an editor to add an alias. */
export interface Candidate {
  article: string;
  start: number;
  end: number;
  surface: string;
  sentence: Offsets;
}
