import {executeServerCommand} from '@web/test-runner-commands';

/** A node of the accessibility tree as tests/server/a11y-tree.mjs returns it. */
export interface AXNode {
  role: string;
  name: string;
  children?: AXNode[];
}

/** The page's accessibility tree in Chromium; undefined in browsers that cannot give one. */
export async function accessibilityTree(): Promise<AXNode | undefined> {
  const tree = await executeServerCommand<AXNode | {supported: false}, undefined>('a11y-tree');
  return 'role' in tree ? tree : undefined;
}

export function findAll(node: AXNode, test: (node: AXNode) => boolean): AXNode[] {
  return [...(test(node) ? [node] : []), ...(node.children ?? []).flatMap((child) => findAll(child, test))];
}

/** Text of a node's subtree, as a screen reader would read a cell. */
export function textOf(node: AXNode): string {
  if (node.role === 'StaticText') return node.name;
  const inner = (node.children ?? []).map(textOf).join(' ');
  return (inner || node.name).replace(/\s+/g, ' ').trim();
}

/**
 * Every data cell of the table named `caption`, with the row header of its
 * row and the column header of its column, as a screen reader pairs them:
 * by the rows and cells the accessibility tree holds (so a table whose CSS
 * display changed but lost its semantics has none).
 */
export function tableCells(tree: AXNode, caption: string) {
  const table = findAll(tree, (n) => n.role === 'table' && n.name === caption)[0];
  if (!table) return [];
  const rows = findAll(table, (n) => n.role === 'row');
  const slots = (row: AXNode) =>
    (row.children ?? []).filter((n) => ['cell', 'gridcell', 'columnheader', 'rowheader'].includes(n.role));
  const header = rows.find((row) => slots(row).some((n) => n.role === 'columnheader'));
  const columns = header ? slots(header).map((n) => (n.role === 'columnheader' ? textOf(n) : '')) : [];
  return rows
    .filter((row) => row !== header)
    .flatMap((row) => {
      const cells = slots(row);
      const rowHeader = cells.find((n) => n.role === 'rowheader');
      return cells
        .map((cell, index) => ({cell, index}))
        .filter(({cell}) => cell.role === 'cell' || cell.role === 'gridcell')
        .map(({cell, index}) => ({
          row: rowHeader ? textOf(rowHeader) : '',
          column: columns[index] ?? '',
          value: textOf(cell),
        }));
    });
}
