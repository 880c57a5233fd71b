import { bridge, hasBridge } from '../bridge';
import type { HomeReplies } from '../features/workspaces';

/**
 * The home screen's data (app info, recent workspaces), asked for as the page's very first
 * act: main.tsx imports this module before anything else, so the round trip to the main
 * process overlaps the rest of the code's start (React alone takes tens of milliseconds)
 * instead of following it. The audience window shows no home screen and asks for nothing.
 */
export const homeReplies: HomeReplies | undefined =
  window.location.hash !== '#audience' && hasBridge()
    ? Promise.all([bridge().app.getInfo({}), bridge().workspace.listRecent({})])
    : undefined;
