import {css} from 'lit';

// No animation anywhere, so there is nothing for prefers-reduced-motion to turn off.
// Phone widths go by the card's own width (container queries), not the viewport:
// - below 24rem (a card at 320–360 px): a smaller photo beside the name and
//   specialty, the badge, sub-specialties and centre under both at full
//   width, and each link a full-width button at least 44 px tall;
// - below 16rem, where the column beside the photo would be narrower than
//   about 12 characters: the photo above, everything in one column.
export const styles = css`
  :host {
    display: block;
    container: doctor-card / inline-size;
  }
  .card {
    display: grid;
    grid-template-columns: auto 1fr;
    align-content: start;
    gap: 0.75rem var(--_space);
    block-size: 100%;
    padding: var(--_space);
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
    background: var(--care-doctor-card-background, var(--_surface));
  }
  /* The same box for photo and initials, set before the image loads: nothing shifts. */
  .avatar {
    inline-size: var(--care-doctor-card-photo-size, 4.5rem);
    block-size: auto;
    aspect-ratio: 1;
    align-self: start;
    border-radius: 50%;
    object-fit: cover;
    background: var(--_surface-alt);
  }
  .initials {
    display: grid;
    place-items: center;
    color: var(--_muted);
    font-size: 1.5rem;
    font-weight: 600;
  }
  .body,
  .details {
    display: grid;
    gap: 0.25rem;
    align-content: start;
    justify-items: start;
    min-inline-size: 0;
    overflow-wrap: anywhere;
  }
  .details,
  .actions {
    grid-column: 1 / -1;
  }
  p,
  ul {
    margin: 0;
  }
  .name {
    font-size: 1.125em;
    font-weight: 600;
  }
  .muted {
    color: var(--_muted);
  }
  .badge,
  .tags li {
    padding: 0 0.5em;
    border: 1px solid var(--_border);
    border-radius: 1em;
    background: var(--_surface-alt);
    font-size: 0.875em;
  }
  .tags {
    display: flex;
    flex-wrap: wrap;
    gap: 0.25rem;
    padding: 0;
    list-style: none;
  }
  .actions {
    display: flex;
    flex-wrap: wrap;
    gap: 0.5rem;
  }
  .actions a {
    padding: 0.5em 1em;
    border: 1px solid var(--_accent);
    border-radius: var(--_radius);
    color: var(--_accent);
    font-weight: 600;
    text-decoration: none;
  }
  .actions .booking-link {
    background: var(--_accent);
    color: var(--_on-accent);
  }
  @container doctor-card (width < 24rem) {
    .card {
      grid-template-columns: auto minmax(12ch, 1fr);
      grid-auto-flow: row dense;
      gap: 0.5rem 0.75rem;
    }
    .avatar {
      inline-size: var(--care-doctor-card-photo-size, 3.5rem);
      grid-row: span 2;
    }
    .body {
      display: contents;
    }
    .name,
    .specialty {
      grid-column: 2;
    }
    .badge,
    .tags,
    .centre {
      grid-column: 1 / -1;
      justify-self: start;
    }
    .actions {
      flex-direction: column;
    }
    .actions a {
      display: flex;
      align-items: center;
      justify-content: center;
      min-block-size: 44px;
      text-align: center;
    }
  }
  @container doctor-card (width < 16rem) {
    .card {
      grid-template-columns: minmax(0, 1fr);
    }
    .avatar {
      grid-row: auto;
    }
    .name,
    .specialty {
      grid-column: 1;
    }
  }
  /* Borders are kept in forced colours; backgrounds are not, so the circle needs one. */
  @media (forced-colors: active) {
    .avatar {
      border: 1px solid CanvasText;
    }
  }
  @media print {
    .card {
      break-inside: avoid;
    }
    .actions a {
      border: 0;
      background: none;
      color: inherit;
    }
    /* Paper cannot follow a link: print where it goes. */
    .actions a::after {
      content: ' (' attr(href) ')';
      font-weight: normal;
    }
  }
`;
