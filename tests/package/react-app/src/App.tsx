// A partner's React 19 app: the wrappers, content as an object, a vote handler in app state.
import {useState} from 'react';
import '@care-widgets/widgets/care-widgets.css';
import {CareDoctorCard, CareStarRating} from '@care-widgets/widgets/react';
import type {CareVoteDetail, ContentDocument} from '@care-widgets/widgets/api';

// Illustrative figures, so the page shows this content and not the built-in catalogue's rating.
const content: ContentDocument = {
  version: 1,
  procedures: [{id: 'kyphoplasty', name: 'Kyphoplasty', rating: {value: 9.5, max: 42, count: 3}}],
  doctors: [{id: 'dr-fictional-anan', name: 'Dr Fictional Anan', fictional: true, procedures: ['kyphoplasty']}],
};

export function App() {
  const [votes, setVotes] = useState<CareVoteDetail[]>([]);
  return (
    <main>
      <CareStarRating
        procedure="kyphoplasty"
        vote
        content={content}
        onCareVote={(event) => setVotes([...votes, event.detail])}
      />
      <CareDoctorCard doctor="dr-fictional-anan" content={content} />
      <output id="votes">{JSON.stringify(votes)}</output>
    </main>
  );
}
