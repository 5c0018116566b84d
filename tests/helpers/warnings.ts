/** Collects the console.warn lines made while `work` runs. */
export async function warnings(work: () => Promise<unknown>): Promise<string[]> {
  const watch = watchWarnings();
  try {
    await work();
  } finally {
    watch.restore();
  }
  return watch.warnings;
}

/** Collects console.warn lines until `restore()` (the real console still prints them). */
export function watchWarnings() {
  const warnings: string[] = [];
  const original = console.warn;
  console.warn = (...args: unknown[]) => {
    warnings.push(args.map(String).join(' '));
    original.apply(console, args);
  };
  return {warnings, restore: () => (console.warn = original)};
}
