/** What a widget warns when a chunk of its own did not load. */
export const chunkProblem = "could not load its chunk (is the script's chunks/ folder deployed?)";

/**
 * A module fetched on first use (a chunk of its own in the module build,
 * inlined in the classic build) and synchronously available afterwards.
 * Features that not every page needs live behind one, so that every
 * partner's visitors pay only for what the page uses.
 */
export class LazyModule<T> {
  module?: T;
  failed = false;
  private loading?: Promise<void>;
  private readonly importer: () => Promise<T>;

  constructor(importer: () => Promise<T>) {
    this.importer = importer;
  }

  /** Settles once the module is there or has failed to load; never rejects. */
  load(): Promise<void> {
    return (this.loading ??= this.importer().then(
      (module) => void (this.module = module),
      () => void (this.failed = true),
    ));
  }
}
