/** `Sheikh Sa’eed` → `sheikh-saeed`: ids that survive any spelling of apostrophes and accents. */
export function slug(name: string): string {
  return name
    .normalize('NFD')
    .replace(/\p{M}+/gu, '')
    .toLowerCase()
    .replace(/['’‘ʿʾ`]/g, '')
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '');
}
