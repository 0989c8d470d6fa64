import { fold } from '../text/normalise';

/** `Sheikh Sa’eed` → `sheikh-saeed`: ids that survive any spelling of apostrophes and accents. */
export function slug(name: string): string {
  return fold(name)
    .replace(/['’‘ʿʾ`]/g, '')
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '');
}
