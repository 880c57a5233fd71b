import type { AppServices, HandlerMap } from './handlers';
import { TranslationFiles } from '../services/translationFiles';

type TranslationChannel = Extract<keyof HandlerMap, `translation:${string}`>;

/** The translation check's channels: files in and out of a folder the user chooses each time. */
export function translationHandlers(s: AppServices): Pick<HandlerMap, TranslationChannel> {
  const files = new TranslationFiles({
    ballotFileDir: s.ballotFileDir,
    chooseFolder: (title) => s.dialogs.chooseParentFolder(s.info.defaultWorkspaceParent, title),
  });
  return {
    'translation:writeBallotFiles': ({ files: toWrite }) => files.writeBallotFiles(toWrite),
    'translation:readReplyFolder': () => files.readReplyFolder(),
  };
}
