/** Text from articles is data, not Markdown: neutralise what a renderer would interpret. */
export function escape(text: string): string {
  return text.replace(/\s+/g, ' ').replace(/[\\`*_[\]<>#|]/g, (c) => `\\${c}`);
}
