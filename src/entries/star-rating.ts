/** `@care-widgets/widgets/star-rating.js`: registers <care-star-rating> and exports its class. */
import {CareStarRating} from '../components/star-rating/star-rating.js';
import {defineOnce} from '../internal/define-once.js';

defineOnce('care-star-rating', CareStarRating);

export {CareStarRating};
