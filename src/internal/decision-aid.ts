/**
 * What only content of one's own can need — numbered sources, provenance,
 * risk numbers and icon arrays (the built-in catalogue has none of them) —
 * in a chunk loaded with that content (see ContentController), so that pages
 * on the catalogue do not download it.
 */
export {noteRef, renderProvenance} from './provenance.js';
export {SourceNotes} from './source-notes.js';
export {renderRiskNumbers} from '../components/risk-list/risk-numbers.js';
