// Code that talks to the extension API without webextension-polyfill (the content
// script's runtime adapter) finds the same double as `import browser from …`.
import double from './browser-double';

(globalThis as unknown as { browser: typeof double }).browser = double;
