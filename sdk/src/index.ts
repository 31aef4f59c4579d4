export { createFoyerClient } from './client.ts';
export type { FoyerClient, FoyerClientOptions } from './client.ts';
export type { paths, components, operations } from './generated/openapi.ts';
