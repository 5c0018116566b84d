// The star rating's on-demand chunk (see rating-extras-chunk.ts).
export {VoteInput} from './vote-input.js';
export {isDistribution, renderDistribution} from './distribution.js';
