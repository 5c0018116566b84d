/** `@care-widgets/widgets/risk-list.js`: registers <care-risk-list> and exports its class. */
import {CareRiskList} from '../components/risk-list/risk-list.js';
import {defineOnce} from '../internal/define-once.js';

defineOnce('care-risk-list', CareRiskList);

export {CareRiskList};
