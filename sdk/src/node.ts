// The Node entry of @foyer/sdk (`@foyer/sdk/node`): everything of the browser-safe entry, plus — as they
// arrive — helpers that need Node itself (uploads from file paths and `Readable` streams).
export * from './index.ts';
