// Which module of the fake API answers which console operation. Each module exports its handlers by
// operationId (typed `ConsoleHandlers`, see console.ts); add yours to `modules`. A later module's handler for
// an operation replaces an earlier one's, so a module may refine an operation another one answers simply.
import type { ConsoleHandlers } from './console.ts';
import { exportHandlers } from './console-exports.ts';
import { portalPageHandlers } from './console-portal.ts';
import { requestHandlers } from './console-requests.ts';
import { shellHandlers } from './console-shell.ts';

const modules: ConsoleHandlers[] = [shellHandlers, portalPageHandlers, requestHandlers, exportHandlers];

export const consoleHandlers: ConsoleHandlers = modules.reduce<ConsoleHandlers>((all, handlers) => ({ ...all, ...handlers }), {});
