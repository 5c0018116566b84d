/** `@care-widgets/widgets/related-doctors.js`: registers <care-related-doctors> (which defines the cards it shows) and exports its class. */
import {CareRelatedDoctors} from '../components/related-doctors/related-doctors.js';
import {defineOnce} from '../internal/define-once.js';

defineOnce('care-related-doctors', CareRelatedDoctors);

export {CareRelatedDoctors};
