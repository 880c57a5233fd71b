import { afterEach } from 'vitest';
import { replaceTemplatesDb } from '../../../src/renderer/src/features/templates/db';
import { resetMirrorSync } from '../../../src/renderer/src/features/templates/mirrorSync';
import { setRepositoryClock } from '../../../src/renderer/src/features/templates/repository';
import { forgetTemplatesStart } from '../../../src/renderer/src/features/templates/startup';
import { resetTemplatesStore } from '../../../src/renderer/src/features/templates/store';

/** Every templates test starts from a fresh library, store and mirror. */
afterEach(() => {
  forgetTemplatesStart();
  resetMirrorSync();
  resetTemplatesStore();
  replaceTemplatesDb(null);
  setRepositoryClock(
    () => new Date(),
    () => crypto.randomUUID(),
  );
});
