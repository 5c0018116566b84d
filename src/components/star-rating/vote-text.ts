import {msg} from '@lit/localize';
import type {VoteOutcome} from './vote-outbox.js';

// What a star rating says only when voting: in the voting chunk, not the entry.

export const yourRating = () =>
  msg('Your rating', {id: 'star-rating.vote.label', desc: 'Name of the stars a reader picks from.'});

/** The status line for what became of the reader's vote. */
export function voteStatus(outcome: VoteOutcome) {
  if (outcome === 'recorded')
    return msg('Thank you. Your rating was recorded.', {
      id: 'star-rating.status.recorded',
      desc: 'The server accepted the vote.',
    });
  if (outcome === 'queued')
    return msg('Your rating is saved and will be sent when you are back online.', {
      id: 'star-rating.status.queued',
      desc: 'The vote is kept on the device and sent later.',
    });
  return msg('Sorry, your rating could not be recorded.', {
    id: 'star-rating.status.failed',
    desc: 'The server refused the vote.',
  });
}

export const requiredMessage = () =>
  msg('Please choose a rating.', {id: 'star-rating.required', desc: 'Form error: a required rating is not chosen.'});
