import {html, nothing} from 'lit';
import {CareVoteEvent} from '../../events/care-vote.js';
import type {Locale} from '../../localization/match-locale.js';
import {outOf, type RatingWords} from './rating-text.js';
import type {Rating} from './resolve-rating.js';
import {starForKey} from './star-keys.js';
import {renderStars} from './stars.js';
import {VoteController, type VoteHost} from './vote-controller.js';
import {requiredMessage, voteStatus, yourRating} from './vote-text.js';

/** What the voting UI reads from its star rating. */
export interface VotingHost extends VoteHost {
  procedure?: string;
  stars?: number;
  hideText: boolean;
  required: boolean;
  vote: boolean;
  /** Set by the form's disabled state (formDisabledCallback). */
  formDisabled: boolean;
  readonly renderRoot: HTMLElement | DocumentFragment;
}

/** The rating the element shows, as resolved (see star-rating.ts render). */
export interface ShownRating {
  rating: Rating;
  /** The spoken sentence: "Rated 7.82 out of 10, based on 11 votes", or "Not enough ratings yet". */
  label: string;
  /** The average's words; none without an average or with too few votes. */
  words?: RatingWords;
}

/** The star (1..stars) an event happened on, 0 for none. */
const starOf = (event: Event) => Number((event.target as HTMLElement).dataset?.n) || 0;

/**
 * A star rating's voting UI: the APG radio group with one tab stop, pointer
 * and keyboard input, the status line, the form value and the votes
 * (VoteController). A chunk of its own (see voting.ts), made by the element
 * once the chunk is there: display-only ratings never download it.
 *
 * Handlers are arrow functions: Lit calls listeners with the element as `this`.
 */
export class VoteInput {
  private readonly host: VotingHost;
  private readonly votes: VoteController;
  /** The star hovered, touched or moved to by keys while it may still be chosen. */
  private preview = 0;
  /** The star that has the tab stop. */
  private active = 0;
  private internals?: ElementInternals;
  /** The widget's locale: a vote records the language the reader read. */
  private locale = 'en' as Locale;

  /** `showAggregate` and `warn` as in VoteController. */
  constructor(host: VotingHost, showAggregate: (rating: Required<Rating>) => void, warn: (problem: string) => void) {
    this.host = host;
    this.votes = new VoteController(host, showAggregate, warn);
  }

  /** This browser has voted for the procedure. */
  get voted() {
    return this.votes.voted;
  }

  get validationMessage() {
    return this.internals?.validationMessage ?? '';
  }

  /** Follows the widget's attributes and locale before each render (see VoteController.follow). */
  follow(submitUrl: string | undefined, procedure: string | undefined, voting: boolean, locale: Locale) {
    this.locale = locale;
    this.votes.follow(submitUrl, procedure, voting);
  }

  /** Form association: the chosen score is the form value; `required` until one is chosen. */
  updated() {
    const {host} = this;
    if (!host.vote && !host.score) return;
    this.internals ??= host.attachInternals();
    this.internals.setFormValue(host.score ? String(host.score) : null);
    const missing = host.vote && host.required && !host.score;
    const anchor = host.renderRoot.querySelector<HTMLElement>('[role=radio]') ?? undefined;
    this.internals.setValidity({valueMissing: missing}, missing ? requiredMessage() : '', anchor);
  }

  private get starCount() {
    return this.host.stars ?? 5;
  }

  private get canChoose() {
    return this.host.vote && !this.votes.voted && !this.host.formDisabled;
  }

  private set(preview: number, active = this.active) {
    [this.preview, this.active] = [preview, active];
    this.host.requestUpdate();
  }

  private choose(score: number) {
    this.set(this.preview, score);
    if (!this.canChoose) return;
    // Not inline in dispatchEvent(): the manifest would add a nameless event beside the @fires one.
    const event = new CareVoteEvent({procedure: this.host.procedure, score, max: this.starCount});
    if (!this.host.dispatchEvent(event)) return;
    this.host.score = score;
    this.set(0);
    this.votes.cast({score, max: this.starCount, locale: this.locale});
  }

  // Hover (mouse/pen) and the touched star (touch) preview; only a click/tap chooses.
  private readonly handlePointer = (event: PointerEvent) => {
    const leaving = event.type === 'pointerleave' || event.type === 'pointercancel';
    this.set(leaving || !this.canChoose ? 0 : starOf(event) || this.preview);
  };

  private readonly handleClick = (event: MouseEvent) => {
    const star = starOf(event);
    if (star) this.choose(star);
  };

  private readonly handleKeyDown = (event: KeyboardEvent) => {
    const current = this.active || this.host.score || 1;
    if (event.key === ' ' || event.key === 'Enter') {
      event.preventDefault();
      return this.choose(current);
    }
    const star = starForKey(event.key, current, this.starCount, getComputedStyle(this.host).direction === 'rtl');
    if (!star) return;
    event.preventDefault();
    this.set(this.canChoose ? star : this.preview, star);
    this.host.renderRoot.querySelector<HTMLElement>(`[data-n="${star}"]`)?.focus();
  };

  private readonly handleFocusOut = (event: FocusEvent) => {
    if (!(event.currentTarget as Element).contains(event.relatedTarget as Node)) this.set(0);
  };

  /**
   * Voting shows two things a reader must never confuse: the current average
   * (stars and text, one image to screen readers) and, on its own line,
   * "Your rating" with the stars to pick from.
   */
  render(locale: Locale, {rating, label, words}: ShownRating) {
    const {host, starCount} = this;
    const disabled = host.formDisabled;
    const active = this.active || host.score || 1;
    const radios = Array.from({length: starCount}, (_, i) => {
      const star = i + 1;
      return html`<span
        role="radio"
        data-n=${star}
        aria-checked=${star === host.score}
        tabindex=${!disabled && star === active ? 0 : -1}
        aria-label=${outOf(locale, star, starCount)}
      ></span>`;
    });
    const status = this.votes.status && voteStatus(this.votes.status);
    // Shown too, so the empty stars are not mistaken for a score of zero; the
    // group's aria-label already says it to screen readers.
    const prompt = host.hideText
      ? nothing
      : html`<span part="prompt" class="prompt" aria-hidden="true">${yourRating()}</span>`;
    // Screen readers hear the average once, from the label.
    const text = words ? html`<span>${words.score}</span><span class="votes">${words.votes}</span>` : label;
    const stars = words
      ? html`<span part="stars" class="stars"
          >${renderStars((rating.value! / rating.max) * starCount, starCount)}</span
        >`
      : nothing;
    const average = label
      ? html`<div part="average" class="average" role="img" aria-label=${label}>
          ${stars}<span part="text" class=${host.hideText ? 'visually-hidden' : 'text'} aria-hidden="true"
            >${text}</span
          >
        </div>`
      : nothing;
    return html`<div part="base" class="rating">
      ${average}${prompt}
      <div
        part="stars"
        class=${this.preview ? 'stars preview' : 'stars'}
        role="radiogroup"
        aria-label=${yourRating()}
        aria-required=${host.required}
        aria-readonly=${this.votes.voted}
        aria-disabled=${disabled}
        @keydown=${this.handleKeyDown}
        @click=${this.handleClick}
        @pointerdown=${this.handlePointer}
        @pointermove=${this.handlePointer}
        @pointerleave=${this.handlePointer}
        @pointercancel=${this.handlePointer}
        @focusout=${this.handleFocusOut}
      >
        ${renderStars(this.preview || host.score, starCount)}
        <div class="radios">${radios}</div>
      </div>
      <span part="status" class="status" role="status">${status}</span>
    </div>`;
  }
}
