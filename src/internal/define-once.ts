/**
 * Defines `tag` unless it is already defined, or unless this class already
 * has another tag: loading the script twice, the module and the classic build
 * on one page, or a page that registered a class under its own name throws
 * nothing, and the first definition stays. Outside a browser (Node, server
 * rendering) there is no registry, and nothing happens.
 */
export function defineOnce(tag: string, element: CustomElementConstructor) {
  if (typeof customElements === 'undefined') return;
  if (!customElements.get(tag) && !customElements.getName?.(element)) customElements.define(tag, element);
}
