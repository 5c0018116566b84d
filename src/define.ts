/**
 * The bundle entry (dist/care-widgets.js, the package's main export): registers every
 * care-* tag. Guarded, so loading the script twice, or the module and the classic build
 * on one page, throws nothing — the first definition stays.
 */
import {define} from './registry.js';

define();
