/**
 * A French press spelling for a neighbourhood the editors have not named in French:
 * French papers write the Arabic sounds their own way (sh → ch, u → ou, final -eh → -é,
 * Sheikh → Cheikh), so "ash-Sheikh Yusef Cemetery" reads "Cimetière Cheikh Youssef".
 */
export function frenchSpelling(nameEn: string): string {
  const cemetery = /\s*Cemetery$/i.test(nameEn);
  let s = nameEn.replace(/\s*Cemetery$/i, '');
  s = s
    .replace(/^(?:ash|as|ad|az|aj|at|an)-(?=\p{Lu})/u, '') // the press drops the assimilated article
    .replace(/Sheikh/g, 'Cheikh')
    .replace(/sh/g, 'ch')
    .replace(/Sh/g, 'Ch')
    .replace(/(?<![oaeiu])u/g, 'ou')
    .replace(/eh\b/g, 'é')
    .replace(/[‘’ʿʾ]/g, "'");
  return cemetery ? `Cimetière ${s}` : s;
}
