/** The console, the stage sync and the audience app: they build slides, so they load on demand. */
export { PresenterConsole } from './PresenterConsole';
export { StageSync } from './StageSync';
export { AudienceApp } from './AudienceApp';
