import type { Lang } from "./lang.ts";

/**
 * A message as English must supply it: the same shape as the Vietnamese one, with string
 * literals widened to `string` and functions keeping their parameters, so the type checker
 * proves that both languages have every message and take the same arguments.
 */
export type Widen<T> = T extends string
  ? string
  : T extends (...args: infer A) => string
    ? (...args: A) => string
    : T extends readonly unknown[]
      ? { readonly [K in keyof T]: Widen<T[K]> }
      : { readonly [K in keyof T]: Widen<T[K]> };

/**
 * The site's one idiom for bilingual text: Vietnamese is the reference; English must match it.
 * `messages[lang].key` is a string, or a function from typed parameters to a string.
 */
export function defineMessages<const T extends object>(vi: T, en: Widen<T>): Readonly<Record<Lang, Widen<T>>> {
  return Object.freeze({ vi: vi as unknown as Widen<T>, en });
}
