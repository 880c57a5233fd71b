import './presenter.css';
export { presenterActions, usePresenter } from './store';
