import { compareVersions, nextVersions, readChangelog, type Changelog } from "./changelog.ts";
import { issueAt, message, type Issue } from "./Issue.ts";
import type { PackageFiles } from "./PackageFiles.ts";

/*
 * The version of the data moves with the data: datapackage.json's `version` and the top entry of
 * CHANGELOG.md always agree, and when the package is compared with a base (the branch a pull
 * request goes into) and its data differ, the version is the next one after the base's and the
 * changelog has a new entry for it. The comparison is pure: the base is just another set of files.
 */

export interface BasePackage {
  /** How the base is named in messages: the git ref, e.g. `origin/main`. */
  readonly ref: string;
  readonly files: PackageFiles;
}

export interface VersionInputs {
  readonly files: PackageFiles;
  /** `files.label` joined to a name, as messages show it. */
  readonly path: (name: string) => string;
  readonly descriptorText: string;
  readonly version: string;
  readonly today: string;
  readonly base?: BasePackage | undefined;
}

const CHANGELOG = "CHANGELOG.md";

/** Line and column of the package's own `"version"` value (the first one in the file: it comes before the resources). */
function versionPosition(text: string): { line: number; column: number } {
  const match = /"version"\s*:\s*"/.exec(text);
  if (!match) return { line: 1, column: 1 };
  const before = text.slice(0, match.index + match[0].length);
  const line = before.split("\n").length;
  return { line, column: before.length - before.lastIndexOf("\n") };
}

/**
 * Files whose bytes differ between the package and its base, present in either. README.md and
 * CHANGELOG.md describe the data rather than being it: editing only them needs no new version.
 */
export function changedFiles(current: PackageFiles, base: PackageFiles): string[] {
  const names = [...new Set([...current.list(), ...base.list()])].filter((n) => !n.toLowerCase().endsWith(".md")).sort();
  return names.filter((name) => {
    const [a, b] = [current.read(name), base.read(name)];
    if (a === null || b === null) return a !== b;
    return a.length !== b.length || a.some((byte, i) => byte !== b[i]);
  });
}

function baseVersion(base: PackageFiles): string | null {
  const bytes = base.read("datapackage.json");
  if (!bytes) return null;
  try {
    const version: unknown = (JSON.parse(new TextDecoder().decode(bytes)) as Record<string, unknown>)["version"];
    return typeof version === "string" && /^\d+\.\d+\.\d+$/.test(version) ? version : null;
  } catch {
    return null;
  }
}

/** A heading above the first readable entry is most likely the new entry, mistyped: that is the one problem to show. */
const mistypedAbove = (changelog: Changelog, line: number) => changelog.problems.some((p) => p.line < line);

export function checkVersion(inputs: VersionInputs, issues: Issue[]): void {
  const { files, path, version, today } = inputs;
  const changelogFile = path(CHANGELOG);
  const descriptorFile = path("datapackage.json");
  const at = versionPosition(inputs.descriptorText);
  const bytes = files.read(CHANGELOG);
  if (!bytes) {
    // A link or device in its place is already reported as such.
    if (files.refused?.().some((entry) => entry.name === CHANGELOG)) return;
    issues.push(
      issueAt(
        changelogFile,
        1,
        1,
        null,
        message(
          "changelog-missing",
          "không tìm thấy CHANGELOG.md, nhật ký thay đổi của dữ liệu",
          "CHANGELOG.md, the log of changes to the data, is missing",
          {
            vi: `tạo lại tệp, với mục "### ${version} — ${today}" kể các thay đổi`,
            en: `create it again, with an entry "### ${version} — ${today}" saying what changed`,
          },
        ),
      ),
    );
    return;
  }
  const changelog = readChangelog(bytes);
  for (const p of changelog.problems) issues.push(issueAt(changelogFile, p.line, 1, null, p.message));
  const top = changelog.entries[0];
  if (!top) {
    if (changelog.problems.length === 0) {
      issues.push(
        issueAt(
          changelogFile,
          1,
          1,
          null,
          message("changelog-empty", "nhật ký chưa có mục nào", "the changelog has no entry", {
            vi: `thêm mục "### ${version} — ${today}" kể các thay đổi`,
            en: `add an entry "### ${version} — ${today}" saying what changed`,
          }),
        ),
      );
    }
  } else if (top.version !== version && !mistypedAbove(changelog, top.line)) {
    issues.push(
      issueAt(
        changelogFile,
        top.line,
        top.column,
        null,
        message(
          "changelog-version",
          `mục mới nhất (${top.version}) khác phiên bản trong datapackage.json (${version})`,
          `the newest entry (${top.version}) differs from the version in datapackage.json (${version})`,
          {
            vi: `hai số phải giống nhau: mỗi lần sửa dữ liệu, tăng "version" trong datapackage.json và thêm một mục cùng số lên đầu CHANGELOG.md`,
            en: `they must be the same: with every change to the data, raise "version" in datapackage.json and add an entry with that number at the top of CHANGELOG.md`,
          },
        ),
      ),
    );
  }
  for (const [i, entry] of changelog.entries.entries()) {
    const newer = changelog.entries[i - 1];
    if (newer && compareVersions(entry.version, newer.version) >= 0) {
      issues.push(
        issueAt(
          changelogFile,
          entry.line,
          entry.column,
          null,
          message(
            "changelog-order",
            `mục ${entry.version} nằm dưới mục ${newer.version} nhưng không cũ hơn: các mục xếp mới nhất trước`,
            `entry ${entry.version} is below entry ${newer.version} but is not older: entries go newest first`,
          ),
        ),
      );
    }
    if (entry.date > today) {
      issues.push(
        issueAt(
          changelogFile,
          entry.line,
          1,
          null,
          message(
            "date-future",
            `ngày ${entry.date} của mục ${entry.version} ở tương lai (hôm nay là ${today})`,
            `the date ${entry.date} of entry ${entry.version} is in the future (today is ${today})`,
            { vi: "ghi ngày thay đổi được đưa vào", en: "write the day the change is made" },
          ),
        ),
      );
    }
  }
  if (inputs.base) compareWithBase(inputs, inputs.base, changelog, at, descriptorFile, changelogFile, issues);
}

function compareWithBase(
  inputs: VersionInputs,
  base: BasePackage,
  changelog: Changelog,
  at: { line: number; column: number },
  descriptorFile: string,
  changelogFile: string,
  issues: Issue[],
): void {
  const before = baseVersion(base.files);
  // A base without a package (the data is new), or whose descriptor cannot be read, has no version to pass.
  if (before === null) return;
  const changed = changedFiles(inputs.files, base.files);
  if (changed.length === 0) return;
  const list = changed.length > 5 ? `${changed.slice(0, 5).join(", ")}…` : changed.join(", ");
  const { version, today } = inputs;
  const next = nextVersions(before);
  if (compareVersions(version, before) <= 0) {
    issues.push(
      issueAt(
        descriptorFile,
        at.line,
        at.column,
        "version",
        message(
          "version-not-raised",
          `dữ liệu đã thay đổi so với ${base.ref} (${list}) nhưng phiên bản ${version} không lớn hơn phiên bản ở ${base.ref} (${before})`,
          `the data changed since ${base.ref} (${list}) but version ${version} is not above the version in ${base.ref} (${before})`,
          {
            vi: `ghi ${next[0]} nếu chỉ sửa số liệu hay câu chữ, ${next[1]} nếu thêm số liệu, ${next[2]} nếu một cột hay bảng đổi dạng; rồi thêm mục "### (số mới) — ${today}" lên đầu CHANGELOG.md`,
            en: `write ${next[0]} for a correction, ${next[1]} for added figures, ${next[2]} when a column or table changes shape; then add an entry "### (new number) — ${today}" at the top of CHANGELOG.md`,
          },
        ),
      ),
    );
  } else if (!next.includes(version)) {
    issues.push(
      issueAt(
        descriptorFile,
        at.line,
        at.column,
        "version",
        message(
          "version-jump",
          `sau phiên bản ${before} (ở ${base.ref}) là ${next.join(", ")}, không phải ${version}`,
          `after version ${before} (in ${base.ref}) comes ${next.join(", ")}, not ${version}`,
          {
            vi: `${next[0]} khi sửa số liệu hay câu chữ, ${next[1]} khi thêm số liệu, ${next[2]} khi một cột hay bảng đổi dạng`,
            en: `${next[0]} for a correction, ${next[1]} for added figures, ${next[2]} when a column or table changes shape`,
          },
        ),
      ),
    );
  }
  const top = changelog.entries[0];
  const baseBytes = base.files.read(CHANGELOG);
  const old = new Set(baseBytes ? readChangelog(baseBytes).entries.map((e) => e.version) : []);
  // When the top entry and the version differ, changelog-version already asks for a new entry.
  if (top && top.version === version && old.has(top.version)) {
    issues.push(
      issueAt(
        changelogFile,
        top.line,
        top.column,
        null,
        message(
          "changelog-not-new",
          `dữ liệu đã thay đổi so với ${base.ref} (${list}) nhưng mục mới nhất (${top.version}) đã có ở ${base.ref}`,
          `the data changed since ${base.ref} (${list}) but the newest entry (${top.version}) is already in ${base.ref}`,
          {
            vi: "thêm một mục mới lên đầu tệp, cùng số với phiên bản mới, kể những gì đã thay đổi",
            en: "add a new entry at the top, with the new version, saying what changed",
          },
        ),
      ),
    );
  }
}
