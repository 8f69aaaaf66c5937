/** A directory store whose archive uploads wait for `open()`: the moment a save is between reading and storing. */
import type { RecyclingSource } from '../src/checkpoint/adapters/compress.js';
import { DirStore, type StoredArchive } from '../src/checkpoint/adapters/store.js';

export class GatedStore extends DirStore {
  open!: () => void;
  readonly gate = new Promise<void>((resolve) => (this.open = resolve));
  private arrived!: () => void;
  /** Settles when a save first reaches the gate: it has read its parent and packed its tree by then. */
  readonly reached = new Promise<void>((resolve) => (this.arrived = resolve));
  override async putArchive(file: string, data: RecyclingSource): Promise<StoredArchive> {
    this.arrived();
    await this.gate;
    return super.putArchive(file, data);
  }
}
