// Must NOT type-check (tests/package/types.test.mjs expects exactly these errors, by line).
import type {} from '@care-widgets/widgets/react-jsx';

export const wrongAttributeType = <care-star-rating vote="yes" />;
export const unknownTag = <care-bogus procedure="kyphoplasty" />;
export const contentAsString = <care-risk-list content="kyphoplasty" />;
export const wrongDetail = <care-star-rating oncare-vote={(event: CustomEvent<{score: string}>) => event} />;
