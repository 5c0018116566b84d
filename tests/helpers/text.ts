/** What a reader sees of `node` as text: whitespace collapsed, trimmed; '' for nothing. */
export const text = (node: Node | null | undefined) => node?.textContent?.replace(/\s+/g, ' ').trim() ?? '';

/** The text of the first match of `selector` in `root` (a shadow root, an element or a document). */
export const textIn = (root: ParentNode, selector: string) => text(root.querySelector(selector));
