import {isServer, nothing, type ReactiveController, type ReactiveControllerHost} from 'lit';
import {chunkProblem, LazyModule} from '../internal/lazy-module.js';
import {unavailableMessage} from '../internal/unavailable-message.js';
import type {ValidationResult} from './validate.js';
import type {ContentDocument, Procedure} from './types.js';

// Chunks, each loaded only by pages that need it: the built-in catalogue, and
// the code that checks and fetches content of one's own.
const catalogue = new LazyModule(() => import('./catalogue.js'));
// Content of one's own also brings the decision-aid parts the catalogue never
// needs (sources, provenance, risk numbers); both chunks load side by side.
export const decisionAid = new LazyModule(() => import('../internal/decision-aid.js'));
const ownContent = new LazyModule(() =>
  Promise.all([import('./own-content.js'), decisionAid.load()]).then(([module]) => {
    if (decisionAid.failed) throw new Error('decision-aid chunk');
    return module;
  }),
);

/** Server rendering (src/ssr/) awaits both chunks once, so every render can run synchronously. */
export const loadContentChunks = () => Promise.all([catalogue.load(), ownContent.load()]);

/** What the server renderer read from the page for one element: there is no DOM to query or fetch from there. */
export interface ServerContent {
  /** Text of the element's inline `<script type="application/json">` child. */
  inlineJson?: string;
  /** The page's `src` documents, fetched and validated before rendering, by absolute URL. */
  fetched: ReadonlyMap<string, ValidationResult>;
}

export interface ContentHost extends ReactiveControllerHost, HTMLElement {
  /** A content document set from JavaScript; wins over every other source. */
  content?: unknown;
  /** URL of a content document. */
  src?: string;
  /** Lets `updateComplete` wait for the content chunk (see CareElement). */
  waitFor?(work: Promise<unknown>): void;
  /** Set by the server renderer only. */
  serverContent?: ServerContent;
}

export type ContentStatus = 'loading' | 'ready' | 'unavailable';

/** What a widget shows in each state of its content (see ContentController.render). */
export interface ContentRenderers<T> {
  /** While the content loads; nothing by default (the box is reserved in CSS). */
  loading?: () => T;
  /** When the content is missing or invalid (already warned); the "not available" message by default. */
  unavailable?: () => T;
  /** With the loaded, valid document. */
  ready: (document: ContentDocument) => T;
}

/**
 * Finds a widget's content document, in this order: the `.content`
 * property, an inline `<script type="application/json">` child, the `src`
 * URL (one shared request per URL per page), else the built-in catalogue.
 * Problems never throw: the widget shows its "not available" message and
 * one console warning names the source and the JSON path.
 */
export class ContentController implements ReactiveController {
  private readonly host: ContentHost;
  private sourceKey: unknown;
  private sourceName = '';
  private result?: ValidationResult;
  private readonly warned = new Set<string>();

  constructor(host: ContentHost) {
    this.host = host;
    host.addController(this);
  }

  /** Runs in the host's update, when its locale is current (the catalogue is translated then). */
  hostUpdate() {
    const {content, src, serverContent} = this.host;
    const json = isServer
      ? serverContent?.inlineJson
      : (this.host.querySelector(':scope > script[type="application/json"]')?.textContent ?? undefined);
    const own =
      content !== undefined && content !== null ? 'property' : json !== undefined ? 'inline' : src ? 'url' : undefined;
    const chunk = own ? ownContent : catalogue;
    if (!chunk.module) {
      this.sourceKey = undefined;
      this.sourceName = own ? 'this page' : 'the built-in catalogue';
      this.result = chunk.failed ? {problem: chunkProblem} : undefined;
      if (!chunk.failed) this.host.waitFor?.(chunk.load().then(() => this.host.requestUpdate()));
    } else if (own === 'property') {
      this.use(content, 'the .content property', () => ownContent.module!.validateContent(content));
    } else if (own === 'inline') {
      this.use(json, 'the inline <script type="application/json">', () => ownContent.module!.parseContent(json!));
    } else if (own === 'url') {
      // The element's base URL is the document's; the server renderer sets it to the page's URL.
      const url = new URL(src!, this.host.baseURI).href;
      this.use(url, url, () => {
        if (isServer) return serverContent?.fetched.get(url) ?? {problem: 'was not fetched before rendering'};
        ownContent.module!.fetchContent(url).then((result) => {
          if (this.sourceKey !== url) return; // the source changed meanwhile
          this.result = result;
          this.host.requestUpdate();
        });
        return undefined;
      });
    } else {
      this.sourceKey = undefined;
      this.sourceName = 'the built-in catalogue';
      // Asked on each update so it follows the widget's current locale.
      this.result = {document: catalogue.module!.builtInContent()};
    }
    if (this.result?.problem) this.warn(this.result.problem);
  }

  /** While true, a pre-rendered widget keeps showing the server's render (see CareElement). */
  get loading() {
    return this.status === 'loading';
  }

  get status(): ContentStatus {
    if (!this.result) return 'loading';
    return this.result.document ? 'ready' : 'unavailable';
  }

  get document(): ContentDocument | undefined {
    return this.result?.document;
  }

  /**
   * Renders by status, like Lit's `Task.render`, so no widget repeats the
   * "loading → nothing, missing → not available" preamble:
   * `this.contentController.render({ready: (doc) => html`…`})`.
   */
  render<T>({loading, unavailable, ready}: ContentRenderers<T>) {
    const {result} = this;
    if (!result) return loading ? loading() : nothing;
    if (!result.document) return (unavailable ?? unavailableMessage)();
    return ready(result.document);
  }

  /**
   * The procedure with this id in the loaded document. When there is none,
   * warns once — naming the id, or the missing attribute — and returns
   * undefined; the widget decides what to show instead.
   */
  findProcedure(id: string | undefined): Procedure | undefined {
    const procedures = this.document?.procedures;
    const procedure = procedures?.find((candidate) => candidate.id === id);
    if (procedures && !procedure)
      this.warn(id ? `procedures: no procedure with id "${id}"` : 'the procedure attribute is missing');
    return procedure;
  }

  /**
   * Logs one warning per distinct problem, naming the widget and the source:
   * `care-widgets: <care-doctor-card> content from https://…: doctors[2].photo: expected …`.
   */
  warn(problem: string) {
    if (this.warned.has(problem)) return;
    this.warned.add(problem);
    console.warn(`care-widgets: <${this.host.localName}> content from ${this.sourceName}: ${problem}`);
  }

  private use(key: unknown, name: string, load: () => ValidationResult | undefined) {
    if (key === this.sourceKey) return; // loaded, or still loading
    this.sourceKey = key;
    this.sourceName = name;
    this.result = load();
  }
}
