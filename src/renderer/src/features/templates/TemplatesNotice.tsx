import { NoticeBar } from '../../ui/NoticeBar';
import { templateActions } from './actions';
import { useTemplates } from './store';

/** What the template library has to tell the user (restored, imported, not saved), on any screen. */
export function TemplatesNotice() {
  const notice = useTemplates((s) => s.notice);
  return notice ? <NoticeBar {...notice} onDismiss={templateActions.dismissNotice} /> : null;
}
