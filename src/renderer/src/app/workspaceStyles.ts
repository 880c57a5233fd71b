/**
 * The style sheets only an open workspace (or the audience window) needs: the decision
 * log's, and the board's with React Flow's. They come with the workspace's screens
 * (lazyViews.tsx loads this beside each of them, and the view waits for both), so the home
 * screen's first load does not carry them and no screen draws before its styles are in.
 */
import '../features/decisions';
import '../features/board';
