/*
 * The "Copy" button of each figure's embed code: shown only when this script runs (without it,
 * the code is selectable text in its box). It copies the box's text and says so in the button's
 * status line, which a screen reader announces.
 */
async function copy(button: HTMLButtonElement, box: HTMLTextAreaElement, status: HTMLElement): Promise<void> {
  try {
    await navigator.clipboard.writeText(box.value);
  } catch {
    // No clipboard access (an insecure page, a refused permission): select the text for Ctrl+C.
    box.focus();
    box.select();
    return;
  }
  status.textContent = button.dataset["copied"] ?? "";
}

for (const button of document.querySelectorAll<HTMLButtonElement>("button[data-copy]")) {
  const box = document.getElementById(button.dataset["copy"] ?? "");
  const status = button.nextElementSibling;
  if (!(box instanceof HTMLTextAreaElement) || !(status instanceof HTMLElement)) continue;
  button.hidden = false;
  button.addEventListener("click", () => void copy(button, box, status));
}
