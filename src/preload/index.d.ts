import type { OffsiteApi } from '../shared/ipc/api';

declare global {
  interface Window {
    api: OffsiteApi;
  }
}
