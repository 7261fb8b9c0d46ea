/** An ILIKE pattern matching `text` anywhere. LIKE treats % and _ as wildcards; a search for "10%" means the text. */
export function containsPattern(text: string): string {
  return `%${text.replace(/[\\%_]/g, (c) => `\\${c}`)}%`;
}
