import {LazyModule} from '../../internal/lazy-module.js';

/**
 * What only some star ratings show — the voting UI with its votes, and the
 * votes-per-star list — is a chunk of its own (rating-extras.ts), loaded by a
 * rating with `vote`, `submit-url`, a score or `show-distribution`: the many
 * display-only ratings of a page never download it.
 */
export const ratingExtras = new LazyModule(() => import('./rating-extras.js'));
