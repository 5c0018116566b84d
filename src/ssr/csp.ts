import type {ReactiveElement} from 'lit';
import {elements} from '../registry.js';
import {componentStyleText} from './element-renderer.js';

export interface StyleSources {
  /** `'sha256-…'` of each component's pre-rendered `<style>`, by tag. */
  hashes: Record<string, string>;
  /** What to add to `style-src`. */
  styleSrc: string[];
}

const base64 = (bytes: ArrayBuffer) => btoa(String.fromCharCode(...new Uint8Array(bytes)));

/**
 * The `style-src` sources pre-rendered pages need under a strict CSP: one
 * hash per component (every instance writes the same `<style>`), changing
 * only when that component's CSS changes.
 */
export async function styleSources(): Promise<StyleSources> {
  const hashes: Record<string, string> = {};
  for (const [tag, element] of Object.entries(elements)) {
    const text = componentStyleText(element as unknown as typeof ReactiveElement);
    const digest = await crypto.subtle.digest('SHA-256', new TextEncoder().encode(text));
    hashes[tag] = `'sha256-${base64(digest)}'`;
  }
  return {hashes, styleSrc: Object.values(hashes)};
}
