import {html} from 'lit';
import {msg} from '@lit/localize';

/** The calm message every widget shows when its content or its attributes are unusable. */
export const unavailableMessage = () =>
  html`<p class="unavailable" part="message" role="status">
    ${msg('This information is not available right now.', {
      id: 'content.unavailable',
      desc: 'Shown in place of a widget whose content could not be loaded or is invalid.',
    })}
  </p>`;
