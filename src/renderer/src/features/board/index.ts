// The board's styles load with the app, before theme.css as always, even though the board
// itself is fetched on demand (views.ts): the cascade stays as it was.
import '@xyflow/react/dist/style.css';
import './board.css';
export { boardView } from './store';
