/** What search engines are told about a doctor (schema.org `Physician`). */
export interface PhysicianData {
  name: string;
  medicalSpecialty?: string;
  /** BCP 47 tags. */
  knowsLanguage?: string[];
  /** Already checked with isSafeUrl(); made absolute here. */
  url?: string;
  image?: string;
}

/**
 * The JSON-LD text for a `<script type="application/ld+json">`. Every `<` is
 * written as `\u003c` (still valid JSON), so content such as `</script>` or
 * `<!--` can never end the script element early.
 */
export function physicianJsonLd(data: PhysicianData, baseURI: string): string {
  const absolute = (url?: string) => (url ? new URL(url, baseURI).href : undefined);
  const json = JSON.stringify({
    '@context': 'https://schema.org',
    '@type': 'Physician',
    name: data.name,
    medicalSpecialty: data.medicalSpecialty || undefined,
    knowsLanguage: data.knowsLanguage?.length ? data.knowsLanguage : undefined,
    url: absolute(data.url),
    image: absolute(data.image),
  });
  return json.replace(/</g, '\\u003c');
}
