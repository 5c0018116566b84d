import {html} from 'lit';
import {property} from 'lit/decorators.js';
import {CareElement} from '../../src/internal/care-element.js';
import {ContentController} from '../../src/content/content-controller.js';
import {baseStyles} from '../../src/styles/tokens.js';

/**
 * A minimal widget for testing the shared layers (locale, content) without
 * depending on any one real widget: it shows the translated "not available"
 * message, its locale, and how many procedures its content has.
 */
export class TestProbe extends CareElement {
  static override styles = baseStyles;
  readonly contentController = new ContentController(this);

  /** When set, the probe needs this procedure, like a real widget would. */
  @property() procedure?: string;

  override render() {
    const doc = this.contentController.document;
    if (doc && this.procedure && !doc.procedures.some((p) => p.id === this.procedure)) {
      this.contentController.warn(`procedures: no procedure with id "${this.procedure}"`);
      return this.renderUnavailable();
    }
    return html`<span class="locale">${this.locale}</span>
      <span class="status">${this.contentController.status}</span>
      <span class="procedures">${doc?.procedures.map((p) => p.id).join(' ')}</span>
      ${this.renderUnavailable()}`;
  }
}
if (!customElements.get('test-probe')) customElements.define('test-probe', TestProbe);

declare global {
  interface HTMLElementTagNameMap {
    'test-probe': TestProbe;
  }
}
