/**
 * Entry of the start-up probe bundle (built by startup.ts with vite, like the worker):
 * the classifier and nothing else. `loadedAt` is read when every dependency has been
 * evaluated, i.e. what the worker pays before it can answer its first message.
 */
export { analyze } from '../../src/classifier';

export const loadedAt = performance.now();
