import type {ReactiveController, ReactiveControllerHost} from 'lit';
import {builtInContent} from './catalogue.js';
import {fetchContent} from './fetch-content.js';
import {validateContent, type ValidationResult} from './validate.js';
import type {ContentDocument} from './types.js';

export interface ContentHost extends ReactiveControllerHost, HTMLElement {
  /** A content document set from JavaScript; wins over every other source. */
  content?: unknown;
  /** URL of a content document. */
  src?: string;
}

export type ContentStatus = 'loading' | 'ready' | 'unavailable';

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
    const {content, src} = this.host;
    const inline = this.host.querySelector(':scope > script[type="application/json"]');
    if (content !== undefined && content !== null) {
      this.use(content, 'the .content property', () => validateContent(content));
    } else if (inline) {
      const json = inline.textContent ?? '';
      this.use(json, 'the inline <script type="application/json">', () => parseInline(json));
    } else if (src) {
      const url = new URL(src, document.baseURI).href;
      this.use(url, url, () => {
        fetchContent(url).then((result) => {
          if (this.sourceKey !== url) return; // the source changed meanwhile
          this.result = result;
          this.host.requestUpdate();
        });
        return undefined;
      });
    } else {
      // Rebuilt on each update so it follows the widget's current locale.
      this.sourceKey = undefined;
      this.sourceName = 'the built-in catalogue';
      this.result = {document: builtInContent()};
    }
    if (this.result?.problem) this.warn(this.result.problem);
  }

  get status(): ContentStatus {
    if (!this.result) return 'loading';
    return this.result.document ? 'ready' : 'unavailable';
  }

  get document(): ContentDocument | undefined {
    return this.result?.document;
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
    if (key === this.sourceKey && this.result) return;
    if (key !== this.sourceKey) {
      this.sourceKey = key;
      this.sourceName = name;
      this.result = load();
    }
  }
}

function parseInline(json: string): ValidationResult {
  try {
    return validateContent(JSON.parse(json));
  } catch {
    return {problem: 'not valid JSON'};
  }
}
