/**
 * The site's public address, set in this one place: every absolute URL a build writes
 * (canonical and hreflang links, Open Graph, feeds, sitemap, citations) starts with it.
 *
 * The project has no public host yet, so the default is a placeholder under example.org, a
 * name reserved for documentation (RFC 2606) that can never point at somebody else's site.
 * Publishing means building with the real origin: SITE_URL=https://… npm run build. The build
 * warns while the placeholder is in use. A sub-path goes in BASE_PATH, not here.
 */
export const PLACEHOLDER_SITE_URL = "https://vinhphuc.example.org";

/** Loopback and unspecified hosts: a page that links to them links to the reader's own machine. */
const LOOPBACK_HOST = /^(localhost|127(\.\d{1,3}){3}|\[::1?\]|0\.0\.0\.0|.*\.localhost)$/i;

export function isLoopbackHost(hostname: string): boolean {
  return LOOPBACK_HOST.test(hostname);
}

/**
 * The site's origin ("https://host[:port]", no trailing slash) from the build's environment:
 * SITE_URL when set and not empty, else the placeholder. Refuses what would publish broken or
 * misleading links: a scheme other than http(s), a loopback host, a path, query or fragment.
 */
export function siteUrl(env: Readonly<Record<string, string | undefined>>): string {
  const given = env["SITE_URL"]?.trim();
  if (given === undefined || given === "") return PLACEHOLDER_SITE_URL;
  let url: URL;
  try {
    url = new URL(given);
  } catch {
    throw new Error(`SITE_URL=${given} is not an absolute URL; expected an origin such as https://example.org`);
  }
  const problem =
    url.protocol !== "https:" && url.protocol !== "http:"
      ? "it is not http(s)"
      : isLoopbackHost(url.hostname)
        ? "it is a loopback address, which would point readers at their own machine"
        : url.username !== "" || url.password !== ""
          ? "it carries a user name or password"
          : url.pathname !== "/" || url.search !== "" || url.hash !== ""
            ? "it has a path, query or fragment (put a sub-path in BASE_PATH)"
            : null;
  if (problem !== null) throw new Error(`SITE_URL=${given} cannot be the site's public address: ${problem}`);
  return url.origin;
}

export function isPlaceholderSite(origin: string): boolean {
  return new URL(origin).origin === PLACEHOLDER_SITE_URL;
}

/**
 * The absolute URL of a site path such as Astro's BASE_URL + "en/data/", on `origin`. The path
 * already carries the base, so the origin's own path (there is none) never doubles it.
 */
export function absoluteUrl(origin: string, sitePath: string): string {
  return new URL(sitePath.startsWith("/") ? sitePath : `/${sitePath}`, origin).href;
}
