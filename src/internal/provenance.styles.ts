import {css} from 'lit';

// Each widget's own @media print block prints the source addresses.
// The notes are numbered in the widget's digits (data-n), like the references in the text.
export const provenanceStyles = css`
  .ref {
    padding-inline: 0.15em;
  }
  .provenance {
    margin-block-start: var(--_space);
    font-size: 0.875em;
  }
  .provenance p {
    margin: 0.25em 0 0;
  }
  .sources-title {
    font-weight: 600;
  }
  .sources {
    margin: 0.25em 0 0;
    padding-inline-start: 1.75em;
  }
  .sources li::marker {
    content: attr(data-n) '. ';
  }
  .sources a {
    color: var(--_accent);
    overflow-wrap: anywhere;
  }
  .provenance .line {
    color: var(--_muted);
  }
  @media (forced-colors: active) {
    .provenance .line {
      color: GrayText;
    }
    .sources a {
      color: LinkText;
    }
  }
`;
