// The contract's types, generated from openapi.yaml into the internal @foyer/contract workspace (which the
// service imports too). The SDK owns none of them: it re-exports them. @foyer/contract is private, so the
// build (scripts/build.mjs) writes its generated file in place of this module's dist/contract.d.ts — the
// published package carries the types and does not depend on @foyer/contract.
export type { paths, components, operations } from '@foyer/contract';
