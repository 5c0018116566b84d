/** Anything with Lit's `updateComplete`. */
export interface Updating {
  updateComplete: Promise<unknown>;
}

/**
 * Waits until `elements` have finished what a locale change, a chunk or a fetch
 * set off: a few update cycles, a short pause for async work to start, and one
 * more cycle. Prefer it to sleeps; it never asserts timing.
 */
export async function settled(...elements: Updating[]) {
  for (let cycle = 0; cycle < 5; cycle++) await Promise.all(elements.map((el) => el.updateComplete));
  await new Promise((resolve) => setTimeout(resolve, 50));
  await Promise.all(elements.map((el) => el.updateComplete));
}

/** The care-* elements inside `root`'s shadow tree, at any depth (a related-doctors list holds cards). */
function nestedWidgets(root: Element): Element[] {
  const found: Element[] = [];
  for (const node of root.shadowRoot?.querySelectorAll('*') ?? []) {
    if (node.localName.startsWith('care-')) found.push(node, ...nestedWidgets(node));
  }
  return found;
}

const hasRendered = (el: Element) => (el.shadowRoot?.childElementCount ?? 0) > 0;

/**
 * Waits until `el` and every widget nested in it have rendered something (content
 * from a URL arrives over the real network), then until their updates are done.
 */
export async function rendered<T extends Element>(el: T, timeout = 5000): Promise<T> {
  const start = performance.now();
  const widgets = () => [el, ...nestedWidgets(el)];
  while (!widgets().every(hasRendered)) {
    if (performance.now() - start > timeout) {
      const waiting = widgets().filter((widget) => !hasRendered(widget));
      throw new Error(`${waiting.map((widget) => widget.localName).join(', ')} rendered nothing in ${timeout} ms`);
    }
    await new Promise((resolve) => setTimeout(resolve, 25));
  }
  await settled(...(widgets() as unknown as Updating[]));
  return el;
}
