/**
 * Boxes whose content sticks out sideways, in a widget and the widgets nested
 * in it: an element whose content is wider than its box (scrollWidth), or a
 * line of text that leaves its block. Scroll containers and clipped boxes are
 * skipped (sideways scrolling there is intended), as is visually hidden text
 * (the .visually-hidden class, or any box clipped away with clip-path, like the
 * comparison's header row in its narrow layout).
 * Each entry names the element and its text, for a readable failure.
 */
export function overflowingBoxes(host: Element): string[] {
  const found: string[] = [];
  const describe = (el: Element) =>
    `<${el.localName}${el.className ? '.' + String(el.className).replace(/\s+/g, '.') : ''}> "${(el.textContent ?? '').trim().slice(0, 40)}"`;
  const clips = (el: Element) => getComputedStyle(el).overflowX !== 'visible';
  const visuallyHidden = (el: Element) => {
    for (let at: Element | null = el; at; at = at.parentElement)
      if (at.classList.contains('visually-hidden') || getComputedStyle(at).clipPath === 'inset(50%)') return true;
    return false;
  };
  const visit = (root: ShadowRoot) => {
    for (const el of root.querySelectorAll('*')) {
      if (visuallyHidden(el) || el.getClientRects().length === 0) continue;
      const style = getComputedStyle(el);
      if (style.display !== 'inline' && !clips(el) && el.scrollWidth > el.clientWidth + 1 && el.clientWidth > 0)
        found.push(`content wider than its box: ${describe(el)} (${el.scrollWidth} > ${el.clientWidth})`);
      if (el.shadowRoot) visit(el.shadowRoot);
      for (const node of el.childNodes) {
        if (node.nodeType !== Node.TEXT_NODE || !node.textContent!.trim()) continue;
        let block: Element = el;
        while (getComputedStyle(block).display === 'inline' && block.parentElement) block = block.parentElement;
        const box = block.getBoundingClientRect();
        const range = document.createRange();
        range.selectNodeContents(node);
        for (const line of range.getClientRects()) {
          if (line.width && (line.right > box.right + 1 || line.left < box.left - 1))
            found.push(`text leaves its block: ${describe(block)}`);
        }
      }
    }
  };
  if (host.shadowRoot) visit(host.shadowRoot);
  return [...new Set(found)];
}
