/**
 * The suite's one Trusted Types policy, "care-widgets". The build makes the
 * bundled Lit use it instead of Lit's own "lit-html" policy (see
 * rollup.config.mjs), so a page that already runs Lit needs no
 * 'allow-duplicates', and the doctor card can write JSON-LD under
 * `require-trusted-types-for 'script'`. The policy stays inside the bundle:
 * page scripts cannot borrow it.
 *
 * When a second copy of the suite loads (both builds on one page), only a
 * flag tells it that the policy exists: creating it again would be a CSP
 * violation, and that copy never renders (its tags are already defined).
 */
interface TrustedTypePolicyLike {
  createHTML(input: string): unknown;
  createScript(input: string): unknown;
}
const scope = globalThis as typeof globalThis & {
  trustedTypes?: {createPolicy(name: string, rules: object): TrustedTypePolicyLike};
  careWidgetsTrustedTypes?: boolean;
};

function createPolicy(): TrustedTypePolicyLike | undefined {
  if (!scope.trustedTypes || scope.careWidgetsTrustedTypes) return undefined;
  scope.careWidgetsTrustedTypes = true;
  return scope.trustedTypes.createPolicy('care-widgets', {
    // Lit passes only its own template markup here, never content.
    createHTML: (html: string) => html,
    // Only data: JSON-LD for search engines. Anything that is not JSON throws.
    createScript: (json: string) => (JSON.parse(json), json),
  });
}

export const policy = createPolicy();

/** Text for a `<script type="application/ld+json">`, trusted when the page enforces Trusted Types. */
export function trustedJson(json: string): string {
  return (policy ? policy.createScript(json) : json) as string;
}
