import {html, nothing, svg, type PropertyValues} from 'lit';
import {msg, str} from '@lit/localize';
import {property, state} from 'lit/decorators.js';
import {ifDefined} from 'lit/directives/if-defined.js';
import {CareElement} from '../../internal/care-element.js';
import {ContentController} from '../../content/content-controller.js';
import {isSafeUrl} from '../../security/safe-url.js';
import {formatNumber, plural} from '../../localization/format.js';
import {baseStyles} from '../../styles/tokens.js';
import {LazyModule} from '../../internal/lazy-module.js';
import {styles} from './star-rating.styles.js';
import type * as Outbox from './vote-outbox.js';
import type {VoteResult} from './vote-outbox.js';

// The outbox is needed only where votes are sent (`submit-url`), so it is a
// chunk of its own that display-only pages never download.
const outboxChunk = new LazyModule(() => import('./vote-outbox.js'));

export interface CareVoteDetail {
  procedure: string | undefined;
  /** 1..max */
  score: number;
  /** The star count the reader chose from. */
  max: number;
}

interface Rating {
  value?: number;
  max: number;
  count?: number;
}

// One star in a 24-unit cell: five points on radius 11 around (12, 13), inner
// radius 4.8, as relative moves from the top point, so one path holds the row.
const STAR = '2.82 7.12 7.64.48-5.9 4.88 1.9 7.42-6.47-4.1-6.47 4.1 1.9-7.42-5.9-4.88 7.64-.48';
const R = 11;
const STAR_LEFT = 12 - R * Math.cos(Math.PI / 10); // where the star's left tip is in its cell
const STAR_WIDTH = 2 * R * Math.cos(Math.PI / 10);
const paths = new Map<number, string>();
const rowPath = (n: number) => {
  let d = paths.get(n);
  if (!d) {
    d = Array.from({length: n}, (_, i) => `M${i * 24 + 12} 2l${STAR}z`).join('');
    paths.set(n, d);
  }
  return d;
};

const number = {
  fromAttribute: (v: string | null) => (v === null ? undefined : v.trim() ? Number(v) : NaN),
};
const isWhole = (n: number, min: number, max = Infinity) => Number.isInteger(n) && n >= min && n <= max;

/**
 * Shows a reader rating as a row of stars and text ("7.82 out of 10 · 11
 * votes") and, with `vote`, lets a reader cast one.
 *
 * Read-only it is one image-like item whose label says everything ("Rated
 * 7.82 out of 10, based on 11 votes"), rounded as shown (2 decimals). The
 * partial star is filled exactly (from the right in RTL), by the `width`
 * attribute of one clipped SVG: no element per star, no style bindings.
 * With `procedure` and no `value`, value/max/count come from the content's
 * rating (`src`, inline JSON or the built-in catalogue); explicit `max` and
 * `count` still win.
 *
 * Voting follows the APG radio-group rating pattern with one tab stop.
 * Because a vote cannot be taken back, arrows and hover only *preview*;
 * Space, Enter or a click/tap chooses. A reader votes in stars, on
 * 1..`stars` (a 10-point scale shown as 5 stars is voted on 1..5: a reader
 * picks stars, not points), and `care-vote` and the POST report
 * `max: stars`, so a server normalises `score / max` to its own scale.
 * With `submit-url` and `procedure`, the vote goes through the outbox
 * (vote-outbox.ts; contract in docs/vote-api.md), the widget shows the
 * server's new aggregate, and the procedure stays voted in this browser.
 * Form-associated: with `name` the score (1..stars) is submitted with the
 * form; `required` blocks submission until a score is chosen.
 *
 * @fires care-vote - A reader chose a score (never on property sets). Cancelable:
 *   canceled, nothing is kept or sent. detail: {procedure, score, max}
 * @csspart base - The row holding stars, text and status.
 * @csspart stars - The stars (the radio group when voting).
 * @csspart text - The visible score and vote count.
 * @csspart prompt - "Your rating" before the stars a reader picks from.
 * @csspart status - The vote status line (a polite live region).
 * @csspart message - The "not available" message.
 * @cssprop --care-star-size - Height of one star (1.25em; 1.5em when voting, a 24 px target).
 * @cssprop --care-star-color - Filled star colour.
 * @cssprop --care-star-empty-color - Outline of empty stars.
 *
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

  @state() private preview = 0;
  @state() private active = 0;
  @state() private status?: 'recorded' | 'queued' | 'failed';
  @state() private voted = false;
  @state() private disabled = false;

  private readonly internals = this.attachInternals();
  private source?: ContentController;

  // One `online` listener for the page, not one per widget: adding 1,000
  // listeners to window costs more than rendering the stars.
  private static readonly connected = new Set<CareStarRating>();
  private static listening = false;

  override connectedCallback() {
    super.connectedCallback();
    CareStarRating.connected.add(this);
    if (!CareStarRating.listening) {
      CareStarRating.listening = true;
      addEventListener('online', () => CareStarRating.connected.forEach((el) => el.flush()));
    }
    outboxChunk.module?.outbox.addEventListener('result', this.onResult);
  }

  override disconnectedCallback() {
    super.disconnectedCallback();
    CareStarRating.connected.delete(this);
    outboxChunk.module?.outbox.removeEventListener('result', this.onResult);
  }

  /** Resets the score when the form resets (a vote already sent stays). */
  formResetCallback() {
    if (!this.voted) this.score = 0;
  }

  formDisabledCallback(disabled: boolean) {
    this.disabled = disabled;
  }

  formStateRestoreCallback(state: string | null) {
    if (!this.voted) this.score = Number(state) || 0;
  }

  protected override willUpdate(changed: PropertyValues<this>) {
    // Content is only needed when the rating comes from it.
    if (this.procedure && this.value === undefined) this.source ??= new ContentController(this);
    if (changed.has('procedure') || changed.has('submitUrl') || changed.has('vote')) {
      const outbox = this.url ? this.useOutbox() : undefined;
      const score = this.vote && outbox && this.procedure ? outbox.votedScore(this.procedure) : undefined;
      this.voted = !!score;
      if (score) this.score = score;
    }
    if (changed.has('submitUrl')) this.flush(); // a vote queued on an earlier page goes now
  }

  protected override updated() {
    if (!this.vote && !this.score) return;
    this.internals.setFormValue(this.score ? String(this.score) : null);
    const missing = this.vote && this.required && !this.score;
    this.internals.setValidity(
      {valueMissing: missing},
      missing
        ? msg('Please choose a rating.', {
            id: 'star-rating.required',
            desc: 'Form error: a required rating is not chosen.',
          })
        : '',
      this.renderRoot.querySelector<HTMLElement>('[role=radio]') ?? undefined,
    );
  }

  /** The absolute submit URL, when it is a safe one. */
  private get url() {
    if (!this.submitUrl) return undefined;
    if (isSafeUrl(this.submitUrl)) return new URL(this.submitUrl, document.baseURI).href;
    this.warnOnce('submit-url: expected an http(s) URL');
    return undefined;
  }

  private get starCount() {
    return this.stars ?? 5;
  }

  /** The outbox module, or undefined while its chunk loads (the widget then updates again). */
  private useOutbox() {
    if (!outboxChunk.module) {
      const loaded = outboxChunk.load().then(() => {
        if (this.isConnected) outboxChunk.module?.outbox.addEventListener('result', this.onResult);
        this.requestUpdate('submitUrl', undefined); // re-read the remembered vote and flush
      });
      this.waitFor(loaded);
    }
    return outboxChunk.module;
  }

  private readonly flush = () => {
    const url = this.url;
    if (url) void outboxChunk.module?.flush(url);
  };

  private readonly onResult = (event: Event) => {
    const {url, vote, outcome, aggregate} = (event as CustomEvent<VoteResult>).detail;
    if (url !== this.url || vote.procedure !== this.procedure) return;
    this.status = outcome === 'sent' ? 'recorded' : outcome === 'retry' ? 'queued' : 'failed';
    if (outcome === 'dropped') {
      this.voted = false;
      this.score = 0;
    }
    const a = aggregate as Partial<Rating> | undefined;
    const max = a?.max ?? this.max ?? 10;
    if (
      outcome === 'sent' &&
      a &&
      max > 0 &&
      Number(a.value) >= 0 &&
      Number(a.value) <= max &&
      isWhole(Number(a.count), 0)
    ) {
      [this.value, this.count, this.max] = [a.value, a.count, max];
    }
  };

  private get canChoose() {
    return this.vote && !this.voted && !this.disabled;
  }

  private choose(score: number) {
    if (!this.canChoose) return;
    const detail: CareVoteDetail = {procedure: this.procedure, score, max: this.starCount};
    if (!this.dispatchEvent(new CustomEvent('care-vote', {detail, bubbles: true, composed: true, cancelable: true})))
      return;
    this.score = score;
    this.preview = 0;
    const url = this.url;
    if (!url) return;
    if (!this.procedure) return this.warnOnce('submit-url: needs a procedure to vote for');
    this.voted = true;
    this.status = undefined;
    const {procedure, starCount: max, locale} = this;
    const cast = (outbox: typeof Outbox) =>
      outbox.castVote(url, {procedure, score, max, voteId: outbox.uuid(), locale});
    if (outboxChunk.module) cast(outboxChunk.module);
    else void outboxChunk.load().then(() => outboxChunk.module && cast(outboxChunk.module));
  }

  private radioOf(event: Event) {
    return Number((event.target as HTMLElement).dataset?.n) || 0;
  }

  // Hover (mouse/pen) and the touched star (touch) preview; only a click/tap chooses.
  private handlePointer(event: PointerEvent) {
    const n = this.radioOf(event);
    const leaving = event.type === 'pointerleave' || event.type === 'pointercancel';
    this.preview = leaving || !this.canChoose ? 0 : n || this.preview;
  }

  private handleClick(event: MouseEvent) {
    const n = this.radioOf(event);
    if (!n) return;
    this.active = n;
    this.choose(n);
  }

  private handleKeyDown(event: KeyboardEvent) {
    const stars = this.starCount;
    const rtl = getComputedStyle(this).direction === 'rtl';
    let n = this.active || this.score || 1;
    switch (event.key) {
      case 'ArrowRight':
        n += rtl ? -1 : 1;
        break;
      case 'ArrowLeft':
        n += rtl ? 1 : -1;
        break;
      case 'ArrowDown':
        n += 1;
        break;
      case 'ArrowUp':
        n -= 1;
        break;
      case 'Home':
        n = 1;
        break;
      case 'End':
        n = stars;
        break;
      case ' ':
      case 'Enter':
        event.preventDefault();
        this.choose(n);
        return;
      default:
        return;
    }
    event.preventDefault();
    n = Math.min(Math.max(n, 1), stars);
    this.active = n;
    if (this.canChoose) this.preview = n;
    this.renderRoot.querySelector<HTMLElement>(`[data-n="${n}"]`)?.focus();
  }

  private handleFocusOut(event: FocusEvent) {
    if (!(event.currentTarget as Element).contains(event.relatedTarget as Node)) this.preview = 0;
  }

  /** The rating to show, undefined while content loads, or a problem to warn about. */
  private rating(): Rating | undefined | string {
    let from: Partial<Rating> = {};
    if (this.source) {
      const {status, document} = this.source;
      if (status !== 'ready') return status === 'loading' ? undefined : '';
      const index = document!.procedures.findIndex((p) => p.id === this.procedure);
      const found = document!.procedures[index]?.rating;
      if (!found) {
        this.source.warn(
          index < 0 ? `procedures: no procedure with id "${this.procedure}"` : `procedures[${index}].rating: missing`,
        );
        return '';
      }
      from = found;
    }
    const max = this.max ?? from.max ?? 10;
    const value = this.value ?? from.value;
    const count = this.count ?? from.count;
    if (!isWhole(this.starCount, 1, 20)) return 'stars: expected a whole number from 1 to 20';
    if (this.minVotes !== undefined && !isWhole(this.minVotes, 0))
      return 'min-votes: expected a whole number of 0 or more';
    if (!(max > 0 && max < Infinity)) return 'max: expected a number greater than 0';
    if (!(value! >= 0 && value! <= max) && (value !== undefined || !this.vote)) {
      return `value: expected a number from 0 to ${max}`;
    }
    if (count !== undefined && !isWhole(count, 0)) return 'count: expected a whole number of 0 or more';
    return {value: value === undefined ? undefined : Math.round(value * 100) / 100, max, count};
  }

  override render() {
    const rating = this.rating();
    if (typeof rating === 'string') {
      if (rating) this.warnOnce(rating);
      // Content trouble (already warned) leaves voting possible, just without the aggregate.
      if (rating || !this.vote) return this.renderUnavailable();
    } else if (!rating && !this.vote) {
      return nothing; // content still loading
    }
    const r = typeof rating === 'object' ? rating : undefined;
    const tooFew = !!this.minVotes && (r?.count ?? 0) < this.minVotes;
    const hasScore = r?.value !== undefined;
    const label = tooFew
      ? msg('Not enough ratings yet', {id: 'star-rating.too-few', desc: 'Instead of a score based on too few votes.'})
      : hasScore
        ? this.label(r)
        : '';
    const text = hasScore || tooFew ? this.renderText(r!, tooFew ? label : undefined) : nothing;

    if (this.vote) return this.renderVote(label, text);
    return html`<div part="base" class="rating" role="img" aria-label=${label}>
      ${tooFew ? nothing : html`<span part="stars" class="stars">${this.renderStars((r!.value! / r!.max) * this.starCount)}</span>`}${text}
    </div>`;
  }

  private renderText(r: Rating, tooFew?: string) {
    const {locale} = this;
    const textClass = this.hideText ? 'visually-hidden' : 'text';
    if (tooFew)
      return html`<span part="text" class=${textClass} aria-hidden=${ifDefined(this.vote ? 'true' : undefined)}
        >${tooFew}</span
      >`;
    const v = formatNumber(locale, r.value!);
    const m = formatNumber(locale, r.max);
    const votes = r.count === undefined ? nothing : html`<span class="votes">${this.basedOn(r.count)}</span>`;
    // When voting, the full sentence is given to screen readers separately (see renderVote).
    return html`<span part="text" class=${textClass} aria-hidden=${ifDefined(this.vote ? 'true' : undefined)}
      ><span>${this.outOf(v, m)}</span>${votes}</span
    >`;
  }

  private outOf(v: string, m: string) {
    return msg(str`${v} out of ${m}`, {
      id: 'star-rating.score',
      desc: 'A score, e.g. "7.82 out of 10"; also names each star when voting ("3 out of 5").',
    });
  }

  /** "Rated 7.82 out of 10, based on 11 votes", rounded as shown. */
  private label(r: Rating) {
    const rated = this.outOf(formatNumber(this.locale, r.value!), formatNumber(this.locale, r.max));
    if (r.count === undefined)
      return msg(str`Rated ${rated}`, {
        id: 'star-rating.rated',
        desc: 'Spoken label of a rating; {0} is e.g. "7.82 out of 10".',
      });
    const basedOn = this.basedOn(r.count);
    return msg(str`Rated ${rated}, ${basedOn}`, {
      id: 'star-rating.label',
      desc: 'Spoken label of a rating; {0} is e.g. "7.82 out of 10", {1} "based on 11 votes".',
    });
  }

  private basedOn(count: number) {
    const f = formatNumber(this.locale, count);
    return plural(this.locale, count, {
      zero: () =>
        msg(str`based on ${f} votes`, {id: 'star-rating.votes.zero', desc: 'Votes behind a rating (zero form).'}),
      one: () => msg(str`based on ${f} vote`, {id: 'star-rating.votes.one', desc: 'Votes behind a rating (one form).'}),
      two: () =>
        msg(str`based on ${f} votes`, {id: 'star-rating.votes.two', desc: 'Votes behind a rating (two form).'}),
      few: () =>
        msg(str`based on ${f} votes`, {id: 'star-rating.votes.few', desc: 'Votes behind a rating (few form).'}),
      many: () =>
        msg(str`based on ${f} votes`, {id: 'star-rating.votes.many', desc: 'Votes behind a rating (many form).'}),
      other: () =>
        msg(str`based on ${f} votes`, {id: 'star-rating.votes.other', desc: 'Votes behind a rating (other form).'}),
    });
  }

  /** Empty outlines, and the same row filled and clipped by its own box to `filled` stars. */
  private renderStars(filled: number) {
    const n = this.starCount;
    const whole = Math.floor(filled);
    const part = filled - whole;
    // The partial star is filled by its own width, not its cell's: 0.5 reaches its middle.
    const units = whole * 24 + (part > 0 ? STAR_LEFT + part * STAR_WIDTH : 0);
    const d = rowPath(n);
    const box = `0 0 ${n * 24} 24`;
    return svg`<svg class="empty" viewBox=${box} aria-hidden="true"><path d="${d}"></path></svg><svg class="fill" viewBox=${box} preserveAspectRatio="xMinYMid slice" width=${`${((units / (n * 24)) * 100).toFixed(3)}%`} aria-hidden="true"><path d="${d}"></path></svg>`;
  }

  private renderVote(label: string, text: unknown) {
    const {locale} = this;
    const stars = this.starCount;
    const m = formatNumber(locale, stars);
    const active = this.active || this.score || 1;
    const focusable = !this.disabled;
    const radios = Array.from({length: stars}, (_, i) => {
      const n = i + 1;
      return html`<span
        role="radio"
        data-n=${n}
        aria-checked=${n === this.score}
        tabindex=${focusable && n === active ? 0 : -1}
        aria-label=${this.outOf(formatNumber(locale, n), m)}
      ></span>`;
    });
    const status =
      this.status &&
      {
        recorded: () =>
          msg('Thank you. Your rating was recorded.', {
            id: 'star-rating.status.recorded',
            desc: 'The server accepted the vote.',
          }),
        queued: () =>
          msg('Your rating is saved and will be sent when you are back online.', {
            id: 'star-rating.status.queued',
            desc: 'The vote is kept on the device and sent later.',
          }),
        failed: () =>
          msg('Sorry, your rating could not be recorded.', {
            id: 'star-rating.status.failed',
            desc: 'The server refused the vote.',
          }),
      }[this.status]();
    const yourRating = msg('Your rating', {
      id: 'star-rating.vote.label',
      desc: 'Name of the stars a reader picks from.',
    });
    // Shown too, so the empty stars are not mistaken for a score of zero; the
    // group's aria-label already says it to screen readers.
    const prompt = this.hideText
      ? nothing
      : html`<span part="prompt" class="prompt" aria-hidden="true">${yourRating}</span>`;
    return html`<div part="base" class="rating">
      ${prompt}
      <div
        part="stars"
        class=${this.preview ? 'stars preview' : 'stars'}
        role="radiogroup"
        aria-label=${yourRating}
        aria-required=${this.required}
        aria-readonly=${this.voted}
        aria-disabled=${this.disabled}
        @keydown=${this.handleKeyDown}
        @click=${this.handleClick}
        @pointerdown=${this.handlePointer}
        @pointermove=${this.handlePointer}
        @pointerleave=${this.handlePointer}
        @pointercancel=${this.handlePointer}
        @focusout=${this.handleFocusOut}
      >
        ${this.renderStars(this.preview || this.score)}
        <div class="radios">${radios}</div>
      </div>
      ${label ? html`<span class="visually-hidden">${label}</span>` : nothing}${text}
      <span part="status" class="status" role="status">${status}</span>
    </div>`;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'care-star-rating': CareStarRating;
  }
  interface HTMLElementEventMap {
    'care-vote': CustomEvent<CareVoteDetail>;
  }
}
