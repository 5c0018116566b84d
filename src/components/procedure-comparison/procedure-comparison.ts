import {html} from 'lit';
import {CareElement} from '../care-element.js';
import {baseStyles} from '../../styles/tokens.js';
import {styles} from './procedure-comparison.styles.js';

/**
 * (placeholder — being built)
 */
export class CareProcedureComparison extends CareElement {
  static override styles = [baseStyles, styles];

  override render() {
    return html`${this.renderUnavailable()}`;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'care-procedure-comparison': CareProcedureComparison;
  }
}
