// axe-core's browser build registers `window.axe` when imported for its side effect.
declare module 'axe-core/axe.min.js';
