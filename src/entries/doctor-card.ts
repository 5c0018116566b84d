/** `@care-widgets/widgets/doctor-card.js`: registers <care-doctor-card> (which defines the star rating it shows) and exports its class. */
import {CareDoctorCard} from '../components/doctor-card/doctor-card.js';
import {defineOnce} from '../internal/define-once.js';

defineOnce('care-doctor-card', CareDoctorCard);

export {CareDoctorCard};
