import 'fake-indexeddb/auto';
import Dexie, { type DBCore, type DBCoreMutateRequest, type Middleware } from 'dexie';
import { IDBFactory, IDBKeyRange } from 'fake-indexeddb';
import {
  replaceTemplatesDb,
  TEMPLATES_DB_NAME,
  TemplatesDb,
} from '../../../src/renderer/src/features/templates/db';

// The test setup may load Dexie before fake-indexeddb installs the globals; Dexie captured
// "no IndexedDB" then, and its live queries would never run. Point it at the fake.
Dexie.dependencies.indexedDB = indexedDB;
Dexie.dependencies.IDBKeyRange = IDBKeyRange;

/** A private in-memory IndexedDB per call, so tests never see each other's templates. */
export function freshFactory(): IDBFactory {
  return new IDBFactory();
}

/** The app's database over a fresh in-memory IndexedDB, installed as the one the app uses. */
export function freshDb(factory: IDBFactory = freshFactory()): TemplatesDb {
  const db = new TemplatesDb(TEMPLATES_DB_NAME, { indexedDB: factory, IDBKeyRange });
  replaceTemplatesDb(db);
  return db;
}

export type FailSwitch = {
  /** From now on the n-th write (counting from 1) and every later one fails with `name`. */
  failFrom(n: number, name?: string): void;
  off(): void;
};

/**
 * A Dexie middleware that makes writes fail like a full disk (QuotaExceededError) or a
 * broken transaction, after a chosen number of successful ones.
 */
export function failingWrites(db: TemplatesDb): FailSwitch {
  let failAt = Infinity;
  let errorName = 'QuotaExceededError';
  let writes = 0;
  const middleware: Middleware<DBCore> = {
    stack: 'dbcore',
    name: 'failing-writes',
    create: (down) => ({
      ...down,
      table: (name) => {
        const table = down.table(name);
        return {
          ...table,
          mutate: (req: DBCoreMutateRequest) => {
            writes++;
            if (writes >= failAt) {
              return Promise.reject(new DOMException('Simulated storage failure', errorName));
            }
            return table.mutate(req);
          },
        };
      },
    }),
  };
  db.use(middleware);
  return {
    failFrom(n, name = 'QuotaExceededError') {
      writes = 0;
      failAt = n;
      errorName = name;
    },
    off() {
      failAt = Infinity;
    },
  };
}
