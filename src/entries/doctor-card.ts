/** `@care-widgets/widgets/doctor-card.js`: registers <care-doctor-card> (and the star rating it shows) and exports its class. */
import {CareDoctorCard} from '../components/doctor-card/doctor-card.js';
import {CareStarRating} from '../components/star-rating/star-rating.js';
import {defineOnce} from '../define-once.js';

defineOnce('care-star-rating', CareStarRating);
defineOnce('care-doctor-card', CareDoctorCard);

export {CareDoctorCard};
