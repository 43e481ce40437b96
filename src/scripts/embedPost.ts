/*
 * On an embed page shown in another site's iframe: tells the host page the page's height, on load
 * and whenever it changes (a narrower frame wraps more lines), so that the optional /embed.js
 * there can size the iframe exactly. It sends only the figure's id and the height, to any origin
 * ("*": an embed cannot know its host), and answers a host's request to say it again.
 */
import { EMBED_MESSAGE } from "../lib/embed/embedMessage.ts";

const root = document.documentElement;
const id = root.dataset["embed"];
let last = -1;

function post(): void {
  const height = Math.ceil(root.getBoundingClientRect().height);
  if (height === last) return;
  last = height;
  window.parent.postMessage({ type: EMBED_MESSAGE.height, id, height }, "*");
}

if (window.parent !== window && id) {
  new ResizeObserver(post).observe(root);
  window.addEventListener("load", post);
  window.addEventListener("message", (event) => {
    if (event.source !== window.parent || (event.data as { type?: unknown } | null)?.type !== EMBED_MESSAGE.ping) return;
    last = -1;
    post();
  });
}
