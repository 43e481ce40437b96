/** Folds case and Vietnamese diacritics so "Over", "ÓVER" and "over " can point to `over`. */
export function foldForMatch(text: string): string {
  return text
    .normalize("NFD")
    .replace(/[\u0300-\u036f]/g, "")
    .replace(/đ/g, "d")
    .replace(/Đ/g, "D")
    .toLowerCase()
    .replace(/[\s_-]+/g, "");
}

/**
 * "Did you mean" over one set of allowed values (an enum, the keys of a table). A value is close
 * when it differs from an allowed one only in case, accents, spaces or leading zeros, so each
 * allowed value is folded once, here, and a cell costs two map lookups however many values are
 * allowed: a pull request with 10,000 wrong references to a 10,000-row table is checked in
 * linear time, not in 10⁸ comparisons.
 */
export class SuggestionIndex {
  /** Each folded form, with the first allowed value that has it and that value's position. */
  readonly #byForm = new Map<string, { readonly value: string; readonly position: number }>();

  constructor(allowed: Iterable<string>) {
    let position = 0;
    for (const value of allowed) {
      const form = foldForMatch(value);
      if (!this.#byForm.has(form)) this.#byForm.set(form, { value, position });
      position++;
    }
  }

  /** The closest allowed value, or null; when two are close, the one listed first. */
  suggest(value: string): string | null {
    const folded = foldForMatch(value);
    const same = this.#byForm.get(folded);
    const withoutZeros = this.#byForm.get(folded.replace(/^0+(?=\d)/, ""));
    if (same && withoutZeros) return same.position <= withoutZeros.position ? same.value : withoutZeros.value;
    return (same ?? withoutZeros)?.value ?? null;
  }
}

/** The closest allowed value, for a one-off list (a header's missing names); see SuggestionIndex. */
export function suggest(value: string, allowed: Iterable<string>): string | null {
  return new SuggestionIndex(allowed).suggest(value);
}
