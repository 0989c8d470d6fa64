// Counts in words, by each language's own plural rules (Intl.PluralRules): French and
// English have one and other; Arabic has zero, one, two, few (3–10), many (11–99) and
// other (100, 101...), and its noun changes with each ("حي واحد", "حيّان", "٣ أحياء",
// "١١ حيًا", "١٠٠ حي").

export type PluralForms = Partial<Record<Intl.LDMLPluralRule, (n: string) => string>> & { other: (n: string) => string };

const rules = new Map<string, Intl.PluralRules>();

/** `count` in `lang`'s digits, with the form its plural category takes (`other` when a form is not given). */
export function plural(lang: string, count: number, forms: PluralForms): string {
  let r = rules.get(lang);
  if (!r) rules.set(lang, (r = new Intl.PluralRules(lang)));
  const form = forms[r.select(count)] ?? forms.other;
  return form(formatCount(lang, count));
}

/** Arabic pages write Arabic-Indic digits, as the dates do. */
export function formatCount(lang: string, count: number): string {
  return count.toLocaleString(lang === 'ar' ? 'ar-SY' : lang);
}
