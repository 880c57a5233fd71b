// First of all: the home screen's data is asked for before the rest of the code even runs.
import { homeReplies } from './app/homeRequest';
// The cascade, in order: the deck's sheets, then the shared theme (which wins a tie against
// them), then every other feature's own sheet, which comes with its index.ts when App imports
// it, and the app shell's last. The decision log's and the board's sheets come later, with
// the workspace's screens (app/workspaceStyles.ts): the home screen does not use them.
import './features/qbr';
import './app/theme.css';
import { StrictMode, Suspense } from 'react';
import { createRoot } from 'react-dom/client';
import { App } from './app/App';
import { workspaceActions } from './features/workspaces';
import { AudienceApp } from './app/lazyViews';
import './app/shell.css';
import './features/presenter';

/** The audience window loads the same build at this route; it shows the stage and nothing else. */
const isAudience = window.location.hash === '#audience';

const root = document.getElementById('root');
if (!root) throw new Error('The page has no #root element.');
if (isAudience) document.title = 'Offsite — Audience';
// The home screen's data, already asked for (app/homeRequest.ts), fills its store.
const home = isAudience ? undefined : workspaceActions.loadHome(homeReplies);
createRoot(root).render(
  <StrictMode>
    {isAudience ? (
      <Suspense fallback={null}>
        <AudienceApp />
      </Suspense>
    ) : (
      <App home={home} />
    )}
  </StrictMode>,
);
