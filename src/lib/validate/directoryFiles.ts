import { closeSync, constants, fstatSync, lstatSync, openSync, readdirSync, readSync, realpathSync, type Dirent } from "node:fs";
import { join, relative, sep } from "node:path";
import type { PackageFiles, RefusedFile } from "./PackageFiles.ts";

/**
 * The largest file the check and the build will read, in bytes. The whole package is a few
 * tens of kilobytes today; the limit is far above any real table and stops a pull request from
 * making the build read without end. Stated in the README.
 */
export const MAX_FILE_BYTES = 32 * 1024 * 1024;

interface Found {
  readonly files: ReadonlySet<string>;
  readonly refused: readonly RefusedFile[];
}

/**
 * Walks `root` without following any link: regular files are kept, everything else (symbolic
 * links to files or folders, devices, pipes, sockets) is refused by name before a byte of it is
 * read, so a link in `data/` can neither publish a file of the build machine nor make the check
 * read `/dev/zero`.
 */
function walk(root: string, maxBytes: number): Found {
  const files = new Set<string>();
  const refused: RefusedFile[] = [];
  const rootStat = lstatSync(root, { throwIfNoEntry: false });
  if (!rootStat) return { files, refused };
  if (!rootStat.isDirectory()) {
    refused.push({ name: "", reason: rootStat.isSymbolicLink() ? "symlink" : "not-regular" });
    return { files, refused };
  }
  const visit = (dir: string, prefix: string) => {
    let entries: Dirent[];
    try {
      entries = readdirSync(dir, { withFileTypes: true });
    } catch {
      return;
    }
    for (const entry of entries.sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0))) {
      const name = prefix + entry.name;
      const full = join(dir, entry.name);
      // Dirent types come from the folder listing itself (lstat semantics), never from a link's target.
      if (entry.isSymbolicLink()) refused.push({ name, reason: "symlink" });
      else if (entry.isDirectory()) visit(full, `${name}/`);
      else if (!entry.isFile()) refused.push({ name, reason: "not-regular" });
      else {
        const size = lstatSync(full).size;
        if (size > maxBytes) refused.push({ name, reason: "too-large", bytes: size, limit: maxBytes });
        else files.add(name);
      }
    }
  };
  visit(root, "");
  return { files, refused };
}

/**
 * Reads one listed file with no link followed at the last step (O_NOFOLLOW), without blocking on
 * a pipe swapped in after the listing (O_NONBLOCK), and checks what was opened is still a regular
 * file inside the root and within the size limit: a file replaced between listing and reading is
 * refused, not trusted.
 */
function readRegular(root: string, realRoot: string, name: string, maxBytes: number): Uint8Array | null {
  const full = join(root, ...name.split("/"));
  let fd: number;
  try {
    fd = openSync(full, constants.O_RDONLY | (constants.O_NOFOLLOW ?? 0) | (constants.O_NONBLOCK ?? 0));
  } catch {
    return null;
  }
  try {
    const stat = fstatSync(fd);
    if (!stat.isFile() || stat.size > maxBytes) return null;
    const real = realpathSync(full);
    if (real !== realRoot && !real.startsWith(realRoot + sep)) return null;
    const buffer = Buffer.alloc(stat.size);
    let offset = 0;
    while (offset < stat.size) {
      const n = readSync(fd, buffer, offset, stat.size - offset, offset);
      if (n === 0) break;
      offset += n;
    }
    return new Uint8Array(buffer.buffer, buffer.byteOffset, offset);
  } catch {
    return null;
  } finally {
    closeSync(fd);
  }
}

/**
 * The files of a folder on disk, sub-folders included, labelled relative to the working
 * directory. Only regular files inside the folder are listed and read; `refused()` names the
 * rest, for the check to report. `read` answers only for listed names, so no path an editor
 * writes (`../../etc/passwd`) can reach outside the folder.
 */
export function directoryFiles(
  dir: string,
  label = relative(process.cwd(), dir).replaceAll("\\", "/") || ".",
  { maxBytes = MAX_FILE_BYTES }: { maxBytes?: number } = {},
): PackageFiles {
  let found: Found | null = null;
  const scan = () => (found ??= walk(dir, maxBytes));
  let realRoot: string | null = null;
  return {
    label,
    list: () => [...scan().files],
    refused: () => scan().refused,
    read: (name) => {
      if (!scan().files.has(name)) return null;
      realRoot ??= realpathSync(dir);
      return readRegular(dir, realRoot, name, maxBytes);
    },
  };
}
