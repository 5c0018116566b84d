import {html} from 'lit';
import {CareElement} from '../care-element.js';
import {baseStyles} from '../../styles/tokens.js';
import {styles} from './related-doctors.styles.js';

/**
 * (placeholder — being built)
 */
export class CareRelatedDoctors extends CareElement {
  static override styles = [baseStyles, styles];

  override render() {
    return html`${this.renderUnavailable()}`;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'care-related-doctors': CareRelatedDoctors;
  }
}
