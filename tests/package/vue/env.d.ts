// A partner's one line of set-up for typed care-* tags in Vue templates.
import type {} from '@care-widgets/widgets/vue';
