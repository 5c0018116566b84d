// Type-checked against the built package by tests/package/types.test.mjs: a partner's React 19
// app using every tag, the wrappers and the API, with no typing of its own.
import type {} from '@care-widgets/widgets/react-jsx';
import '@care-widgets/widgets';
import {CareStarRating as StarRating} from '@care-widgets/widgets/react';
import {
  CareStarRating,
  validateContent,
  define,
  type CareVoteDetail,
  type ContentDocument,
} from '@care-widgets/widgets/api';
import {CareDoctorCard} from '@care-widgets/widgets/doctor-card.js';

const content: ContentDocument = {
  version: 1,
  procedures: [{id: 'kyphoplasty', name: 'Kyphoplasty', rating: {value: 9.5, max: 42, count: 3}}],
};

export function Widgets({onVote}: {onVote: (detail: CareVoteDetail) => void}) {
  return (
    <>
      <care-procedure-comparison procedures="vertebroplasty kyphoplasty" differences-only content={content} />
      <care-risk-list procedure="kyphoplasty" heading-level={2} hide-general expanded lang="th" />
      <care-star-rating
        procedure="kyphoplasty"
        vote
        submit-url="/api/votes"
        min-votes={3}
        content={content}
        oncare-vote={(event) => onVote(event.detail)}
      />
      <care-doctor-card doctor="dr-fictional-anan" src="/content.json" structured-data link-target="_blank" />
      <care-related-doctors procedure="vertebroplasty" content={content} dir="rtl" />
      <StarRating procedure="kyphoplasty" vote content={content} onCareVote={(event) => onVote(event.detail)} />
    </>
  );
}

// The DOM knows the tags and the event detail.
const rating: CareStarRating | null = document.querySelector('care-star-rating');
rating?.addEventListener('care-vote', (event) => event.detail.score.toFixed());
const card: CareDoctorCard = document.createElement('care-doctor-card');
card.content = content;
define('care-star-rating');
export const checked = validateContent(content);
