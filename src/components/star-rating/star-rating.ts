import {html, nothing} from 'lit';
import {property} from 'lit/decorators.js';
import {CareElement} from '../../internal/care-element.js';
import {ContentController} from '../../content/content-controller.js';
import {baseStyles} from '../../styles/tokens.js';
import {ratingWords, tooFewVotes} from './rating-text.js';
import {number, resolveRating, type ContentRating} from './resolve-rating.js';
import {starRow} from './stars.js';
import {styles} from './star-rating.styles.js';
import type {VoteInput} from './vote-input.js';
import {chunkProblem} from '../../internal/lazy-module.js';
import {ratingExtras} from './rating-extras-chunk.js';

/**
 * Shows a reader rating as stars and text ("7.82 out of 10 · based on 11
 * votes"); read-only it is one image whose label says it all. With
 * `procedure` and no `value`, the rating comes from content; explicit `max`
 * and `count` win. With `vote` it is an APG radio group with one tab stop: a
 * vote cannot be taken back, so arrows and hover only preview; Space, Enter
 * or a click/tap chooses, on 1..`stars`. With `submit-url` and `procedure` the
 * vote goes through the outbox (docs/vote-api.md), the widget shows the new
 * aggregate, and the procedure stays voted in this browser. Form-associated:
 * `name` submits the score, `required` blocks submission until one is chosen.
 *
 * @summary A reader rating shown as stars and text; with `vote`, lets a reader cast one.
 * @fires {CareVoteEvent} care-vote - A reader chose a score (never on property sets). Cancelable:
 *   canceled, nothing is kept or sent. detail: CareVoteDetail {procedure, score, max}
 * @csspart base - The row holding stars, text and status.
 * @csspart stars - The stars (the radio group when voting).
 * @csspart text - The visible score and vote count.
 * @csspart average - When voting: the current average (stars and text), on its own line above "Your rating".
 * @csspart prompt - "Your rating" before the stars a reader picks from.
 * @csspart status - The vote status line (a polite live region).
 * @csspart distribution - The list of votes per star (`show-distribution`).
 * @csspart message - The "not available" message.
 * @cssprop --care-star-size - Height of one star (1.25em; 1.5em when voting, a 24 px target).
 * @cssprop --care-star-color - Filled star colour.
 * @cssprop --care-star-empty-color - Outline of empty stars.
 * @tagname care-star-rating
 */
export class CareStarRating extends CareElement {
  static override styles = [baseStyles, styles];
  static formAssociated = true;

  /** Average score, 0..max. */
  @property({converter: number}) value?: number;
  /** Top of the scale (default 10). */
  @property({converter: number}) max?: number;
  /** Number of votes behind `value`. */
  @property({converter: number}) count?: number;
  /** Number of stars shown, 1..20 (default 5); also the voting scale. */
  @property({converter: number}) stars?: number;
  /** Below this many votes, "Not enough ratings yet" replaces the score. */
  @property({attribute: 'min-votes', converter: number}) minVotes?: number;
  /** Procedure id: the rating's source in content, and what a vote is for. */
  @property() procedure?: string;
  /** Hides the text visually; screen readers still get it. */
  @property({type: Boolean, attribute: 'hide-text'}) hideText = false;
  /** Lets the reader vote. */
  @property({type: Boolean}) vote = false;
  /** Where votes are POSTed (see docs/vote-api.md). */
  @property({attribute: 'submit-url'}) submitUrl?: string;
  /** Form field name for the chosen score. */
  @property({reflect: true}) name?: string;
  /** With `vote`: a form cannot be submitted until a score is chosen. */
  @property({type: Boolean, reflect: true}) required = false;
  /** The reader's chosen score (1..stars), 0 for none. Setting it fires nothing. */
  @property({type: Number}) score = 0;
  /** Shows `distribution` as a list of votes per star. */
  @property({type: Boolean, attribute: 'show-distribution'}) showDistribution = false;
  /** Votes per star, from 1 star up (`[n1, …, n5]`); a recorded vote's server aggregate replaces it. */
  @property({attribute: false}) distribution?: number[];

  /** @internal Set by the form's disabled state; read by the voting UI. */
  formDisabled = false;

  private contentController?: ContentController;
  /** The voting UI, made once its chunk is there (see rating-extras-chunk.ts). */
  private input?: VoteInput;

  /** Why the form cannot be submitted ("Please choose a rating."), as on native form controls; '' when it can. */
  get validationMessage() {
    return this.input?.validationMessage ?? '';
  }

  /** @internal Resets the score when the form resets (a vote already sent stays). */
  formResetCallback() {
    if (!this.input?.voted) this.score = 0;
  }

  /** @internal */
  formDisabledCallback(disabled: boolean) {
    this.formDisabled = disabled;
    this.requestUpdate();
  }

  /** @internal */
  formStateRestoreCallback(state: string | null) {
    if (!this.input?.voted) this.score = Number(state) || 0;
  }

  protected override willUpdate() {
    // Content is only needed when the rating comes from it.
    if (this.procedure && this.value === undefined) this.contentController ??= new ContentController(this);
    const extras = ratingExtras.module;
    if (!extras && this.needsExtras && !ratingExtras.failed)
      this.waitFor(ratingExtras.load().then(() => this.requestUpdate()));
    // A recorded vote's new aggregate replaces value, count and max.
    if (extras && !this.input && this.needsInput)
      this.input = new extras.VoteInput(this, (rating) => Object.assign(this, rating), this.warnOnce.bind(this));
    this.input?.follow(this.submitUrl, this.procedure, this.vote, this.locale);
  }

  protected override updated() {
    this.input?.updated();
  }

  private get needsInput() {
    return this.vote || !!this.submitUrl || !!this.score;
  }

  private get needsExtras() {
    return this.needsInput || (this.showDistribution && this.distribution !== undefined);
  }

  /** A pre-rendered rating keeps the server's render until the parts it shows from the chunk are there. */
  protected override get loading() {
    return super.loading || (this.needsExtras && !ratingExtras.module && !ratingExtras.failed);
  }

  private get starCount() {
    return this.stars ?? 5;
  }

  /** The content's rating for the procedure, warning (once, naming the source) when it has none. */
  private contentRating(): ContentRating {
    const source = this.contentController;
    if (source?.status !== 'ready') return source?.status;
    const procedure = source.findProcedure(this.procedure);
    if (procedure?.rating) return procedure.rating;
    if (procedure) source.warn(`procedures[${source.document!.procedures.indexOf(procedure)}].rating: missing`);
    return 'unavailable';
  }

  override render() {
    const {minVotes, locale} = this;
    const resolved = resolveRating(this, this.contentRating()); // reads value, max, count, stars, min-votes, vote
    if (resolved.kind === 'unavailable') {
      if (resolved.problem) this.warnOnce(resolved.problem);
      return this.renderUnavailable();
    }
    if (resolved.kind === 'loading') return nothing;
    if (this.needsExtras && !ratingExtras.module) {
      if (!ratingExtras.failed) return nothing; // the box is reserved meanwhile
      this.warnOnce(`vote, show-distribution: ${chunkProblem}`);
    }
    const {rating} = resolved;
    const tooFew = !!minVotes && (rating.count ?? 0) < minVotes;
    const words = tooFew || rating.value === undefined ? undefined : ratingWords(locale, rating);
    const label = tooFew ? tooFewVotes() : (words?.label ?? '');
    const distribution = tooFew ? nothing : this.renderDistribution();
    if (this.vote && this.input) return html`${this.input.render(locale, {rating, label, words})}${distribution}`;
    const textClass = this.hideText ? 'visually-hidden' : 'text';
    if (!words)
      return html`<div part="base" class="rating" role="img" aria-label=${label}>
        <span part="text" class=${textClass}>${label}</span>
      </div>`;
    // One template for the whole rating rather than one per part: a page of
    // 1,000 ratings clones 1,000 templates, not 6,000, and has a third fewer
    // nodes (each nested template brings its own marker comments).
    const {box, path, width} = starRow((rating.value! / rating.max) * this.starCount, this.starCount);
    return html`<div part="base" class="rating" role="img" aria-label=${label}>
        <span part="stars" class="stars"
          ><svg class="empty" viewBox=${box} aria-hidden="true"><path d=${path}></path></svg
          ><svg class="fill" viewBox=${box} preserveAspectRatio="xMinYMid slice" width=${width} aria-hidden="true">
            <path d=${path}></path></svg
        ></span>
        <span part="text" class=${textClass}><span>${words.score}</span><span class="votes">${words.votes}</span></span>
      </div>
      ${distribution}`;
  }

  private renderDistribution() {
    const extras = ratingExtras.module;
    if (!this.showDistribution || this.distribution === undefined || !extras) return nothing;
    if (extras.isDistribution(this.distribution)) return extras.renderDistribution(this.locale, this.distribution);
    this.warnOnce('distribution: expected a list of whole numbers of votes, one per star');
    return nothing;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'care-star-rating': CareStarRating;
  }
}
