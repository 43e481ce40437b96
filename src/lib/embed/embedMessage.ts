/**
 * The messages between an embed page and its host page: the height it reports, and the host's
 * request to report it again. public/embed.js spells the same strings (it is plain JavaScript,
 * served as written), and a unit test keeps the two equal.
 */
export const EMBED_MESSAGE = { height: "vinhphuc-embed-height", ping: "vinhphuc-embed-ping" } as const;
