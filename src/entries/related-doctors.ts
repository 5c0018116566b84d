/** `@care-widgets/widgets/related-doctors.js`: registers <care-related-doctors> (and the cards and ratings it shows) and exports its class. */
import {CareDoctorCard} from '../components/doctor-card/doctor-card.js';
import {CareRelatedDoctors} from '../components/related-doctors/related-doctors.js';
import {CareStarRating} from '../components/star-rating/star-rating.js';
import {defineOnce} from '../define-once.js';

defineOnce('care-star-rating', CareStarRating);
defineOnce('care-doctor-card', CareDoctorCard);
defineOnce('care-related-doctors', CareRelatedDoctors);

export {CareRelatedDoctors};
