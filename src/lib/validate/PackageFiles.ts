/** The files of a data package: an abstraction so tests can validate packages held in memory. */
export interface PackageFiles {
  /** How file names are shown in messages, e.g. `data` gives `data/areas.csv`. */
  readonly label: string;
  /** Every file's path in the package, `/`-separated, files in sub-folders included (`geo/districts.topo.json`). */
  list(): string[];
  read(name: string): Uint8Array | null;
  /** Entries that are not plain files inside the package, never read; the check reports each. */
  refused?(): readonly RefusedFile[];
}

/** Why an entry of the package folder was not read. */
export type RefusalReason = "symlink" | "not-regular" | "too-large";

export interface RefusedFile {
  /** Path inside the package; "" for the package folder itself. */
  readonly name: string;
  readonly reason: RefusalReason;
  /** The size on disk and the limit it exceeds, for `too-large`. */
  readonly bytes?: number;
  readonly limit?: number;
}
