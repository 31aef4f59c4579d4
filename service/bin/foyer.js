#!/usr/bin/env node
// `npx foyer …` from the repository: runs the TypeScript CLI through tsx.
import { register } from 'tsx/esm/api';

register();
await import('../src/cli.ts');
