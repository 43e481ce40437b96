import { issueAt, message, type Issue } from "./Issue.ts";
import type { RefusedFile } from "./PackageFiles.ts";

const MIB = 1024 * 1024;

/**
 * The problem for an entry of the package folder that was not read. The message names the entry
 * and why, never anything read through it: a link's target or a device's content stays unprinted.
 */
export function refusedFileIssue(file: string, entry: RefusedFile): Issue {
  switch (entry.reason) {
    case "symlink":
      return issueAt(
        file,
        1,
        1,
        null,
        message(
          "file-symlink",
          "đây là liên kết (symlink), không phải tệp; trang chỉ đọc tệp thật nằm trong data/",
          "this is a symbolic link, not a file; the site reads only real files inside data/",
          { vi: "xóa liên kết và đặt chính tệp đó vào đây", en: "remove the link and put the file itself here" },
        ),
      );
    case "not-regular":
      return issueAt(
        file,
        1,
        1,
        null,
        message(
          "file-not-regular",
          "đây không phải tệp thường (thiết bị, ống dẫn hoặc socket); trang chỉ đọc tệp thật nằm trong data/",
          "this is not a regular file (a device, pipe or socket); the site reads only real files inside data/",
          { vi: "xóa mục này khỏi data/", en: "remove it from data/" },
        ),
      );
    case "too-large": {
      const size = ((entry.bytes ?? 0) / MIB).toFixed(1);
      const limit = ((entry.limit ?? 0) / MIB).toFixed(0);
      return issueAt(
        file,
        1,
        1,
        null,
        message(
          "file-too-large",
          `tệp quá lớn (${size.replace(".", ",")} MiB); mỗi tệp trong data/ tối đa ${limit} MiB`,
          `this file is too large (${size} MiB); each file in data/ may be at most ${limit} MiB`,
          {
            vi: "kiểm tra xem tệp có bị chép lặp không, hoặc chia bảng thành nhiều tệp",
            en: "check the file was not pasted in twice, or split the table into several files",
          },
        ),
      );
    }
  }
}
