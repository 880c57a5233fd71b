import './presenter.css';
export { presenterActions, usePresenter } from './store';
export { ShowOnProjector } from './ShowOnProjector';
export { useConsoleKeys, type ConsoleKeys } from './usePresenterKeys';
