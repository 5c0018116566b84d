import {localizedText} from '../content/text.js';
import type {Source} from '../content/types.js';
import type {Locale} from '../localization/match-locale.js';
import {isSafeUrl} from '../security/safe-url.js';

/** A numbered source note; `url` is absent when it was unsafe. */
export interface Note {
  title: string;
  url?: string;
}

/**
 * Numbers sources in reading order, one number per distinct source (same
 * title and URL), for the notes under a widget.
 */
export class SourceNotes {
  readonly notes: Note[] = [];
  private readonly keys: string[] = [];

  constructor(
    private readonly locale: Locale,
    private readonly warn: (problem: string) => void,
  ) {}

  /** The note number (1-based) of `source`; `path` names it in a warning when its URL is unsafe. */
  add(source: Source, path: string): number {
    const title = localizedText(source.title, this.locale);
    const key = `${source.url}\n${title}`;
    let index = this.keys.indexOf(key);
    if (index < 0) {
      index = this.keys.push(key) - 1;
      const safe = isSafeUrl(source.url);
      if (!safe) this.warn(`${path}.url: expected an http(s) URL`);
      this.notes.push({title, url: safe ? source.url : undefined});
    }
    return index + 1;
  }
}
