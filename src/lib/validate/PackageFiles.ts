/** The files of a data package: an abstraction so tests can validate packages held in memory. */
export interface PackageFiles {
  /** How file names are shown in messages, e.g. `data` gives `data/areas.csv`. */
  readonly label: string;
  /** Every file's path in the package, `/`-separated, files in sub-folders included (`geo/districts.topo.json`). */
  list(): string[];
  read(name: string): Uint8Array | null;
}
