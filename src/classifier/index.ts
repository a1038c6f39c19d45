/** Public entry of the classifier: pure, DOM-free, shared by worker and CLI. */
export * from './types';
export { analyze } from './analyze';
