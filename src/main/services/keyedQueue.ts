/**
 * One ordered queue per key: tasks with the same key run one after another, in the order
 * they were queued; different keys do not wait for each other.
 *
 * Keyed by workspace folder, every write to a workspace (save, restore, recover, rename,
 * duplicate, the backup taken on close or before an upgrade) runs only after the previous
 * one for that folder has finished, in the order the calls arrived. Without it a restore could back up the disk while a slow save was still writing, and
 * the save would then land on top of the restored version: the last edit in neither.
 */
export class KeyedQueue {
  private readonly tails = new Map<string, Promise<void>>();

  run<T>(key: string, task: () => Promise<T>): Promise<T> {
    const previous = this.tails.get(key) ?? Promise.resolve();
    // A failed write does not stop the ones queued behind it.
    const result = previous.then(task);
    const tail = result.then(
      () => undefined,
      () => undefined,
    );
    this.tails.set(key, tail);
    void tail.then(() => {
      if (this.tails.get(key) === tail) this.tails.delete(key);
    });
    return result;
  }

  /** Keys with a task queued or running (for tests and shutdown). */
  get busy(): number {
    return this.tails.size;
  }
}
