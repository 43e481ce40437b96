/** How a source is named wherever a figure is credited: publisher, then the title in quotes. */
export function citationLabel(source: { readonly publisher: string; readonly title: string }): string {
  return `${source.publisher}, “${source.title}”`;
}
