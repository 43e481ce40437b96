/**
 * The build's date, as an ISO day. Honours SOURCE_DATE_EPOCH (the reproducible-builds convention)
 * so two builds of the same commit can be byte-identical.
 */
export function buildDate(env: Readonly<Record<string, string | undefined>> = process.env): string {
  const epoch = env["SOURCE_DATE_EPOCH"];
  const date = epoch && /^\d+$/.test(epoch) ? new Date(Number(epoch) * 1000) : new Date();
  return date.toISOString().slice(0, 10);
}
