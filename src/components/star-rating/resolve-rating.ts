/** A rating as shown: value rounded as displayed (2 decimals); no value when voting without an aggregate. */
export interface Rating {
  value?: number;
  max: number;
  count?: number;
}

/** The element's own attributes that decide the rating (NaN: an attribute that is not a number). */
export interface RatingAttributes {
  value?: number;
  max?: number;
  count?: number;
  stars?: number;
  minVotes?: number;
  vote?: boolean;
}

/**
 * The content's rating for the procedure: `undefined` when the rating does not
 * come from content, 'loading', 'unavailable' (ContentController has already
 * said why, naming the source), or the rating found.
 */
export type ContentRating = undefined | 'loading' | 'unavailable' | Partial<Rating>;

export type ResolvedRating =
  | {kind: 'loading'}
  /** `problem` names the attribute for the console; absent when the content is at fault (already reported). */
  | {kind: 'unavailable'; problem?: string}
  | {kind: 'ready'; rating: Rating};

/** Attribute converter: a missing attribute is undefined, text that is not a number (or empty) is NaN. */
export const number = {
  fromAttribute: (text: string | null) => (text === null ? undefined : text.trim() ? Number(text) : NaN),
};

export const isWhole = (n: number, min: number, max = Infinity) => Number.isInteger(n) && n >= min && n <= max;

const problem = (text: string) => ({kind: 'unavailable', problem: text}) as const;

/**
 * Decides which rating a star rating shows. Explicit attributes win over the
 * content's rating. When voting, content trouble only costs the aggregate:
 * the reader can still vote, so the attributes alone decide.
 */
export function resolveRating(attributes: RatingAttributes, contentRating: ContentRating): ResolvedRating {
  const {stars = 5, minVotes, vote} = attributes;
  let from: Partial<Rating> = {};
  if (typeof contentRating === 'object') from = contentRating;
  else if (contentRating && !vote) return {kind: contentRating};
  const max = attributes.max ?? from.max ?? 10;
  const value = attributes.value ?? from.value;
  const count = attributes.count ?? from.count;
  if (!isWhole(stars, 1, 20)) return problem('stars: expected a whole number from 1 to 20');
  if (minVotes !== undefined && !isWhole(minVotes, 0))
    return problem('min-votes: expected a whole number of 0 or more');
  if (!(max > 0 && max < Infinity)) return problem('max: expected a number greater than 0');
  if (value === undefined ? !vote : !(value >= 0 && value <= max))
    return problem(`value: expected a number from 0 to ${max}`);
  if (count !== undefined && !isWhole(count, 0)) return problem('count: expected a whole number of 0 or more');
  return {kind: 'ready', rating: {value: value === undefined ? undefined : Math.round(value * 100) / 100, max, count}};
}
