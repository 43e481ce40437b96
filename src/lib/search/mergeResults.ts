/**
 * One list from the results of several queries for the same words (the variants of
 * `strokeVariants`): each page once, with the best score any query gave it, best first (pages
 * with equal scores keep the order in which they first came).
 */
export function mergeResults<T extends { id: string; score: number }>(lists: readonly (readonly T[])[]): T[] {
  const best = new Map<string, T>();
  for (const result of lists.flat()) {
    const seen = best.get(result.id);
    if (seen === undefined || seen.score < result.score) best.set(result.id, result);
  }
  return [...best.values()].sort((a, b) => b.score - a.score);
}
