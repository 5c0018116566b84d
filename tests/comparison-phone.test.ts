import {fixture, html} from '@open-wc/testing';
import '../src/define.js';
import type {CareProcedureComparison} from '../src/components/procedure-comparison/procedure-comparison.js';
import {accessibilityTree, tableCells} from './helpers/a11y-table.js';

type El = CareProcedureComparison;
const all = (el: El, s: string) => [...el.shadowRoot!.querySelectorAll<HTMLElement>(s)];

describe('probe', () => {
  it('dumps', async () => {
    const el = await fixture<El>(
      html`<div style="inline-size: 320px"><care-procedure-comparison></care-procedure-comparison></div>`,
    );
    const c = el.querySelector('care-procedure-comparison')! as El;
    await c.updateComplete;
    await new Promise((r) => setTimeout(r, 100));
    const tree = await accessibilityTree();
    console.log(JSON.stringify(tableCells(tree!, 'Comparing Vertebroplasty and Kyphoplasty'), null, 1).slice(0, 3000));
    console.log(
      all(c, 'tbody tr')
        .map((tr) => tr.getBoundingClientRect().width + ' ' + tr.scrollWidth)
        .join(','),
    );
  });
});
