/**
 * True for http(s) URLs and relative references; false for `javascript:`,
 * `data:` and every other scheme. Control characters and whitespace that
 * browsers strip before parsing are removed first, so `java\tscript:` is
 * caught too.
 */
export function isSafeUrl(value: unknown): value is string {
  if (typeof value !== 'string' || value.trim() === '') return false;
  // eslint-disable-next-line no-control-regex
  const cleaned = value.replace(/[\u0000-\u0020\u007f-\u009f]/g, '');
  const scheme = /^([a-z][a-z0-9+.-]*):/i.exec(cleaned);
  return scheme ? /^https?$/i.test(scheme[1]) : true;
}
