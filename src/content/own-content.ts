/** What a page that brings its own content needs: checking and fetching it (loaded on demand). */
import {validateContent, type ValidationResult} from './validate.js';

export {validateContent};
export {fetchContent} from './fetch-content.js';

/** Parses and checks the text of an inline `<script type="application/json">`. */
export function parseContent(json: string): ValidationResult {
  try {
    return validateContent(JSON.parse(json));
  } catch {
    return {problem: 'not valid JSON'};
  }
}
