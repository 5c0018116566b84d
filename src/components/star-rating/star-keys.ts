/**
 * The star a key moves the focus to in a rating of `stars` stars (APG radio
 * group: left/right follow the reading direction, up/down go back/forward,
 * Home/End jump to the ends), or undefined for a key that does not move it.
 */
export function starForKey(key: string, current: number, stars: number, rtl: boolean): number | undefined {
  const forward = rtl ? -1 : 1;
  const targets: Record<string, number> = {
    ArrowRight: current + forward,
    ArrowLeft: current - forward,
    ArrowDown: current + 1,
    ArrowUp: current - 1,
    Home: 1,
    End: stars,
  };
  return key in targets ? Math.min(Math.max(targets[key], 1), stars) : undefined;
}
