import {isServer, type ReactiveController, type ReactiveControllerHost} from 'lit';
import {LazyModule} from '../../internal/lazy-module.js';
import {isSafeUrl} from '../../security/safe-url.js';
import type {Rating} from './resolve-rating.js';
import type {Vote, VoteOutcome, VoteResult} from './vote-outbox.js';

// The outbox is needed only where votes are sent (`submit-url`), so it is a
// chunk of its own that display-only pages never download.
const outboxChunk = new LazyModule(() => import('./vote-outbox.js'));

export interface VoteHost extends ReactiveControllerHost, HTMLElement {
  /** The chosen score: set to the vote this browser already gave, cleared when a vote fails. */
  score: number;
  /** The widget's scale, for a server aggregate that does not name its own. */
  max?: number;
  /** Lets `updateComplete` wait for the outbox chunk (see CareElement). */
  waitFor(work: Promise<unknown>): void;
}

/**
 * A star rating's votes: loads the outbox chunk when there is a submit URL,
 * sends what is queued for that URL, remembers that this browser voted for
 * the procedure, and follows what becomes of the vote (`status`), also for
 * a vote cast by another widget or an earlier page.
 */
export class VoteController implements ReactiveController {
  /** What became of the procedure's latest vote, for the status line. */
  status?: VoteOutcome;
  /** This browser has voted for the procedure: the stars are read-only. */
  voted = false;

  private readonly host: VoteHost;
  private readonly showAggregate: (rating: Required<Rating>) => void;
  private readonly warn: (problem: string) => void;
  private url?: string;
  private procedure?: string;
  private voting = false;

  /**
   * `showAggregate` shows the server's new aggregate after a recorded vote
   * (checked: value 0..max, a whole count); `warn` reports a problem with the
   * widget's attributes, once per problem.
   */
  constructor(host: VoteHost, showAggregate: (rating: Required<Rating>) => void, warn: (problem: string) => void) {
    this.host = host;
    this.showAggregate = showAggregate;
    this.warn = warn;
    host.addController(this);
  }

  hostConnected() {
    outboxChunk.module?.outbox.addEventListener('result', this.handleResult);
  }

  hostDisconnected() {
    outboxChunk.module?.outbox.removeEventListener('result', this.handleResult);
  }

  /**
   * Follows the widget's `submit-url`, its procedure and whether it takes
   * votes. A new URL flushes that URL's queue, so a vote left by an earlier
   * page goes now.
   */
  follow(submitUrl: string | undefined, procedure: string | undefined, voting: boolean) {
    const url = this.absolute(submitUrl);
    if (url === this.url && procedure === this.procedure && voting === this.voting) return;
    const newUrl = url !== this.url;
    [this.url, this.procedure, this.voting] = [url, procedure, voting];
    this.readOutbox(newUrl);
  }

  /** Queues the reader's vote for sending, if there is a submit URL; the procedure counts as voted from now on. */
  cast(choice: Pick<Vote, 'score' | 'max' | 'locale'>) {
    const {url, procedure} = this;
    if (!url) return;
    if (!procedure) return this.warn('submit-url: needs a procedure to vote for');
    this.voted = true;
    this.status = undefined;
    // The chunk is usually there already (loaded when the submit URL was set).
    void outboxChunk.load().then(() => outboxChunk.module?.castVote(url, {procedure, ...choice}));
  }

  /** The absolute submit URL, when it is a safe one. */
  private absolute(submitUrl: string | undefined) {
    if (!submitUrl) return undefined;
    if (isSafeUrl(submitUrl)) return new URL(submitUrl, this.host.baseURI).href;
    this.warn('submit-url: expected an http(s) URL');
    return undefined;
  }

  private readOutbox(flush: boolean) {
    if (isServer) return; // no outbox on the server: no storage, nothing to send, never voted
    const outbox = this.url ? outboxChunk.module : undefined;
    if (this.url && !outbox && !outboxChunk.failed) {
      const loaded = outboxChunk.load().then(() => {
        if (this.host.isConnected) this.hostConnected();
        this.readOutbox(true);
        this.host.requestUpdate();
      });
      this.host.waitFor(loaded);
    }
    const score = outbox && this.voting && this.procedure ? outbox.votedScore(this.procedure) : undefined;
    this.voted = !!score;
    if (score) this.host.score = score;
    if (outbox && flush) void outbox.flush(this.url!);
  }

  private readonly handleResult = (event: Event) => {
    const {url, vote, outcome, aggregate} = (event as CustomEvent<VoteResult>).detail;
    if (url !== this.url || vote.procedure !== this.procedure) return;
    this.status = outcome;
    if (outcome === 'failed') {
      this.voted = false; // the reader may try again
      this.host.score = 0;
    }
    const max = aggregate?.max ?? this.host.max ?? 10;
    if (aggregate && aggregate.value <= max) this.showAggregate({...aggregate, max});
    this.host.requestUpdate();
  };
}
