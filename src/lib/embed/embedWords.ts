import { defineMessages } from "../i18n/defineMessages.ts";

/** The words of the embed block under each figure. */
export const EMBED_WORDS = defineMessages(
  {
    embed: "Nhúng",
    code: "Mã nhúng vào trang khác (dòng thứ hai, không bắt buộc, giúp khung cao vừa đúng):",
    copy: "Sao chép",
    copied: "Đã sao chép",
    download: "Tải về",
    cite: "Trích dẫn",
  },
  {
    embed: "Embed",
    code: "Code to embed it on another site (the second line, optional, makes the frame's height exact):",
    copy: "Copy",
    copied: "Copied",
    download: "Download",
    cite: "Cite as",
  },
);
