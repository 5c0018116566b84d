/**
 * Registers `element` as `tag` unless the tag is taken: loading the script twice, or
 * the module and the classic build on one page, keeps the first definition. Outside a
 * browser (server rendering, Node) there is no registry, so it does nothing.
 */
export function defineOnce(tag: string, element: CustomElementConstructor) {
  if (typeof customElements === 'undefined' || customElements.get(tag)) return;
  customElements.define(tag, element);
}
