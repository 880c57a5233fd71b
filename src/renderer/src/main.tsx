// The cascade, in order: the sheets of the decision log, the deck and the board, then the
// shared theme (which wins a tie against them), then every other feature's own sheet, which
// comes with its index.ts when App imports it, and the app shell's last.
import './features/decisions';
import './features/qbr';
import './features/board';
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
// The home screen's data (app info, recent workspaces) is asked for before React starts.
const home = isAudience ? undefined : workspaceActions.loadHome();
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
