import {emulateMedia} from '@web/test-runner-commands';

type Media = Parameters<typeof emulateMedia>[0];

/** Firefox runs over WebDriver BiDi here, which has no media emulation. */
export const canEmulateMedia = !/Firefox\//.test(navigator.userAgent);

/**
 * Turns on the widget's `@media <condition>` rules, e.g. `applyMedia(el, {media: 'print'}, 'print')`:
 * by real emulation where the runner supports it (Chromium), else by adopting that block's own
 * rules unconditionally, so the test still checks what the block does. Returns the undo.
 */
export async function applyMedia(el: Element, media: Media, condition: string): Promise<() => Promise<unknown>> {
  if (canEmulateMedia) {
    await emulateMedia(media);
    return () => emulateMedia({media: 'screen', reducedMotion: 'no-preference'});
  }
  const root = el.shadowRoot!;
  const sheets = [...root.adoptedStyleSheets];
  const blocks = sheets
    .flatMap((sheet) => [...sheet.cssRules])
    .filter((rule): rule is CSSMediaRule => rule instanceof CSSMediaRule && rule.conditionText === condition);
  if (blocks.length !== 1) throw new Error(`expected one @media ${condition} block, found ${blocks.length}`);
  const unconditional = new CSSStyleSheet();
  unconditional.replaceSync([...blocks[0].cssRules].map((rule) => rule.cssText).join('\n'));
  root.adoptedStyleSheets = [...sheets, unconditional];
  return async () => (root.adoptedStyleSheets = sheets);
}
