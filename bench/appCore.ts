import { createAppCore, type AppCore, type Platform } from '../src/main/bootstrap';

/** The app's main-process core for a benchmark: real services over `dataDir`, no dialogs. */
export function benchAppCore(
  dirs: { dataDir: string; documentsDir: string },
  trustedOrigin: string,
  extra: Partial<Platform> = {},
): AppCore {
  return createAppCore({
    ...dirs,
    version: 'bench',
    platform: process.platform,
    trustedOrigins: [trustedOrigin],
    trash: () => Promise.resolve(),
    dialogs: {
      chooseParentFolder: () => Promise.resolve(null),
      chooseWorkspaceFolder: () => Promise.resolve(null),
      chooseSaveFile: () => Promise.resolve(null),
    },
    ...extra,
  });
}
