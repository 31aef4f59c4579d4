// Helpers for the console's document-request tests: build requests and templates in the contract's shapes
// (the fake, test/fake-api/console-requests.ts, derives progress, status and `overdue` from the items, and each
// portal's `requests` progress), and describe a workspace of many portals with them.
import type { Schema } from '@foyer/sdk';
import { consoleScenario, olive, summary, type ConsoleScenario } from './console-support.ts';
import type { PageFile } from './fake-api/console-portal-scenario.ts';
import { fakeId } from './fake-api/scenario.ts';

type DocumentRequest = Schema<'DocumentRequest'>;
type RequestItem = Schema<'RequestItem'>;
type Template = Schema<'RequestTemplate'>;

/** A number no other test used: for ids that must not meet another test's. */
const unique = (): number => Math.floor(Math.random() * 1e12);

/** A timestamp `days` from now (negative: in the past). */
export const daysFromNow = (days: number): string => new Date(Date.now() + days * 86_400_000).toISOString();

export interface ItemSpec extends Partial<Omit<RequestItem, 'files'>> {
  title: string;
  /** The names of the files the client attached (each also a file of the portal, so it downloads). */
  files?: string[];
}

export interface RequestSpec extends Partial<Omit<DocumentRequest, 'items'>> {
  title: string;
  items: ItemSpec[];
}

/** A request on `portal`, and the portal's files its items hold (for `extra.portalPages[portal.id].files`). */
export function docRequest(portal: Schema<'Portal'>, spec: RequestSpec): { request: DocumentRequest; files: PageFile[] } {
  const id = fakeId('req', unique());
  const files: PageFile[] = [];
  const items = spec.items.map(({ files: names = [], ...item }): RequestItem => {
    const attached = names.map((name): Schema<'File'> => {
      const file = { id: fakeId('fil', unique()), name, by: 'member' as const };
      files.push(file);
      const version: Schema<'FileVersion'> = {
        version: 1,
        size: 48_213,
        content_type: 'application/pdf',
        sha256: 'b'.repeat(64),
        uploaded_by: { kind: 'member', id: fakeId('mem', 1), name: 'Dana Whitfield', email: 'dana@client.test' },
        created_at: daysFromNow(-1),
      };
      return {
        id: file.id,
        approval: null,
        portal_id: portal.id,
        name,
        current_version: version,
        version_count: 1,
        uploaded_by: version.uploaded_by,
        created_at: version.created_at,
        updated_at: version.created_at,
      };
    });
    return {
      id: fakeId('rqi', unique()),
      request_id: id,
      description: null,
      required: true,
      multiple: false,
      allowed_types: [],
      status: attached.length ? 'submitted' : 'open',
      reason: null,
      note: null,
      files: attached,
      submitted_at: attached.length ? daysFromNow(-1) : null,
      updated_at: daysFromNow(-1),
      ...item,
    };
  });
  const request: DocumentRequest = {
    id,
    portal_id: portal.id,
    portal_name: portal.name,
    message: null,
    due_at: null,
    status: 'open',
    overdue: false,
    template_id: null,
    progress: { total: 0, done: 0, open: 0, submitted: 0, accepted: 0, changes_requested: 0, not_applicable: 0 },
    created_at: daysFromNow(-7),
    updated_at: daysFromNow(-1),
    completed_at: null,
    ...spec,
    items,
  };
  return { request, files };
}

/** A template of the workspace; items are required, one file, any type unless they say otherwise. */
export function template(name: string, items: Array<string | Partial<Template['items'][number]>>, message: string | null = null): Template {
  return {
    id: fakeId('rqt', unique()),
    name,
    message,
    items: items.map((item) => ({
      title: '',
      description: null,
      required: true,
      multiple: false,
      allowed_types: [],
      ...(typeof item === 'string' ? { title: item } : item),
    })),
    created_at: daysFromNow(-30),
    updated_at: daysFromNow(-30),
  };
}

export const TAX_DOCUMENTS = template(
  '2026 tax documents',
  [
    { title: 'Bank statements', multiple: true },
    { title: 'Receipts', multiple: true },
    { title: 'Last year’s return', allowed_types: ['application/pdf'] },
    { title: 'ID', required: false, allowed_types: ['application/pdf', 'image/*'] },
  ],
  'Please send these by the due date.',
);

/** A workspace (Olive signed in) with `portals` portals named "Portal 1"…, their requests and the templates. */
export async function requestsScenario(
  s: {
    portals?: number;
    requests?: (portals: Schema<'Portal'>[]) => RequestSpec[];
    /** Which portal (index) each request of `requests` is on; default: the request's own index. */
    on?: number[];
    templates?: Template[];
  } & Pick<ConsoleScenario, 'failures' | 'delays'> = {},
) {
  const summaries = Array.from({ length: s.portals ?? 0 }, (_, i) => summary(i + 1, { portal: { id: fakeId('prt', unique()) } }));
  const portals = summaries.map((x) => x.portal);
  const specs = s.requests?.(portals) ?? [];
  const built = specs.map((spec, i) => docRequest(portals[s.on?.[i] ?? i]!, spec));
  const portalPages: Record<string, { files: PageFile[] }> = {};
  for (const { request, files } of built) (portalPages[request.portal_id] ??= { files: [] }).files.push(...files);
  const registered = await consoleScenario({
    users: [olive()],
    portals: summaries,
    failures: s.failures,
    delays: s.delays,
    extra: { requests: built.map((b) => b.request), templates: s.templates ?? [], portalPages },
  });
  return { ...registered, portals, requests: built.map((b) => b.request) };
}
