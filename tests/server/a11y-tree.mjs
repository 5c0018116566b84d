/**
 * `a11y-tree` command: the page's full accessibility tree as Chromium
 * computes it (puppeteer, interestingOnly: false), reduced to role, name and
 * children (or {supported: false} outside Chromium), with nameless generic wrappers folded into their parents. Tests
 * read table semantics from it: which rows, row headers, column headers and
 * cells a screen reader gets, whatever the CSS display of the elements.
 */
export function a11yTreePlugin() {
  return {
    name: 'a11y-tree',
    async executeCommand({command, session}) {
      if (command !== 'a11y-tree') return undefined;
      // Firefox over WebDriver BiDi has no accessibility snapshot: the test skips itself.
      if (session.browser.type !== 'puppeteer' || !['Chrome', 'Chromium'].includes(session.browser.name))
        return {supported: false};
      const page = session.browser.getPage(session.id);
      const root = await page.accessibility.snapshot({interestingOnly: false});
      const reduce = (node) => {
        const children = (node.children ?? []).flatMap(reduce);
        const folded = ['generic', 'none', 'InlineTextBox', 'LineBreak'].includes(node.role) && !node.name;
        if (folded) return children;
        return [{role: node.role, name: node.name ?? '', ...(children.length ? {children} : {})}];
      };
      return reduce(root)[0];
    },
  };
}
