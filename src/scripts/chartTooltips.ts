/*
 * Progressive enhancement for the build-time SVG charts: every mark that carries a <title> becomes
 * focusable and shows its text in a tooltip on hover, focus or tap. Without this script the charts
 * are complete images with a summary and a table; with it, the marks can be explored one by one.
 * Everything a tooltip says is also in the chart's data table.
 */
const tip = document.createElement("div");
tip.className = "chart-tooltip";
tip.setAttribute("role", "status");
tip.hidden = true;

function show(mark: SVGElement, text: string): void {
  const box = mark.getBoundingClientRect();
  tip.textContent = text;
  tip.hidden = false;
  const width = tip.offsetWidth;
  const left = Math.min(Math.max(8, box.left + box.width / 2 - width / 2), document.documentElement.clientWidth - width - 8);
  tip.style.left = `${left + window.scrollX}px`;
  tip.style.top = `${box.top + window.scrollY - tip.offsetHeight - 8}px`;
}

function hide(): void {
  tip.hidden = true;
}

function enhance(svg: SVGSVGElement): void {
  const marks = [...svg.querySelectorAll<SVGElement>("[aria-label] > title")].map((t) => t.parentElement as unknown as SVGElement);
  if (marks.length === 0) return;
  // With focusable marks inside, the chart is a group of images rather than one image.
  svg.setAttribute("role", "group");
  for (const mark of marks) {
    const title = mark.querySelector("title");
    const text = title?.textContent ?? "";
    title?.remove(); // the custom tooltip replaces the browser's, which would show twice
    mark.setAttribute("tabindex", "0");
    mark.setAttribute("role", "img");
    mark.classList.add("chart-mark");
    mark.addEventListener("mouseenter", () => show(mark, text));
    mark.addEventListener("focus", () => show(mark, text));
    mark.addEventListener("click", () => show(mark, text));
    mark.addEventListener("mouseleave", hide);
    mark.addEventListener("blur", hide);
  }
}

document.body.append(tip);
document.addEventListener("keydown", (event) => {
  if (event.key === "Escape") hide();
});
for (const svg of document.querySelectorAll<SVGSVGElement>("figure.chart svg[role='img']")) enhance(svg);
