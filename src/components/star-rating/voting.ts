import {LazyModule} from '../../internal/lazy-module.js';

/**
 * The voting UI and its votes (vote-input.ts) are a chunk of their own,
 * loaded by a star rating with `vote`, `submit-url` or a score: the many
 * display-only ratings of a page never download it.
 */
export const votingChunk = new LazyModule(() => import('./vote-input.js'));
