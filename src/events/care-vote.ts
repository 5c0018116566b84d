/** What a `care-vote` event carries. */
export interface CareVoteDetail {
  /** The widget's `procedure`, if it has one. */
  procedure: string | undefined;
  /** The chosen score, 1..max. */
  score: number;
  /** The star count the reader chose from. */
  max: number;
}

/**
 * A reader chose a score on a `<care-star-rating vote>`. Fired only on a
 * reader's action, never when a property is set. It bubbles out of shadow
 * roots (partners' frameworks wrap widgets in their own) and is cancelable:
 * canceled, nothing is kept or sent.
 */
export class CareVoteEvent extends CustomEvent<CareVoteDetail> {
  constructor(detail: CareVoteDetail) {
    super('care-vote', {detail, bubbles: true, composed: true, cancelable: true});
  }
}

declare global {
  interface GlobalEventHandlersEventMap {
    'care-vote': CareVoteEvent;
  }
}
