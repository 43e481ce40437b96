/**
 * The queries to run for what the reader typed, so that a word typed without diacritics finds
 * its Vietnamese spelling. Pagefind already folds combining marks ("vinh tuong" finds "Vĩnh
 * Tường"), but "đ" is a letter of its own that Unicode does not decompose into "d" and a mark, so
 * "dao" never meets "Đảo". In Vietnamese "đ" only begins a syllable, so for every word that
 * begins with "d" the query is also tried with "đ" there: "tam dao" → "tam dao", "tam đao".
 * At most `max` queries, the reader's own first; words further on keep their "d" once the
 * limit is reached.
 */
export function strokeVariants(query: string, max = 8): string[] {
  const words = query
    .trim()
    .split(/\s+/u)
    .filter((w) => w !== "");
  let variants: string[][] = [[]];
  for (const word of words) {
    const stroked = /^[dD]/u.test(word) ? `đ${word.slice(1)}` : null;
    const next: string[][] = variants.map((v) => [...v, word]);
    if (stroked !== null) {
      for (const v of variants) {
        if (next.length >= max) break;
        next.push([...v, stroked]);
      }
    }
    variants = next;
  }
  return variants.map((v) => v.join(" ")).filter((v) => v !== "");
}
