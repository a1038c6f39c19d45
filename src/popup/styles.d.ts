/** Plain CSS files imported by the entry for their side effect; vite bundles them. */
declare module '*.css';
