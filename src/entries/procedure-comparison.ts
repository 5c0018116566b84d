/** `@care-widgets/widgets/procedure-comparison.js`: registers <care-procedure-comparison> and exports its class. */
import {CareProcedureComparison} from '../components/procedure-comparison/procedure-comparison.js';
import {defineOnce} from '../internal/define-once.js';

defineOnce('care-procedure-comparison', CareProcedureComparison);

export {CareProcedureComparison};
