import { createError } from '../../errors/http-error.ts';
import { newId } from '../../lib/ids.ts';
import type { NewRequest, NewRequestItem } from './repository.ts';

/** An item as the API asks for it (`RequestItemSpec`, or a template's item): defaults not yet filled. */
export interface ItemSpec {
  title: string;
  description?: string | null;
  required?: boolean;
  multiple?: boolean;
  allowed_types?: string[];
}

/** What a new request is made of, whichever way it is made (one request, or a template applied to many portals). */
export interface RequestDraft {
  workspaceId: string;
  portalId: string;
  templateId: string | null;
  title: string;
  message: string | null | undefined;
  dueAt: Date | null;
  /** The API key's or the user's id (`OwnerAuth.credentialId`). */
  createdBy: string;
  items: readonly ItemSpec[];
}

/** At most this many items in a request, added later included (the contract's `maxItems`). */
export const MAX_ITEMS = 50;

/** Text the API keeps: trimmed; a blank required text is refused rather than stored empty. */
export function requiredText(value: string, path: string): string {
  const trimmed = value.trim();
  if (!trimmed) throw createError('validation_failed', 'Give it a title that is not blank.', [{ path, message: 'must not be blank' }]);
  return trimmed;
}

export function optionalText(value: string | null | undefined): string | null {
  return value?.trim() || null;
}

/** The item rows of a request, numbered from `firstPosition`, with the contract's defaults filled in. */
export function itemRows(
  request: { id: string; portal_id: string; workspace_id: string },
  specs: readonly ItemSpec[],
  firstPosition: number,
  path: string,
): NewRequestItem[] {
  return specs.map((spec, i) => ({
    id: newId('requestItem'),
    request_id: request.id,
    portal_id: request.portal_id,
    workspace_id: request.workspace_id,
    position: firstPosition + i,
    title: requiredText(spec.title, `${path}/${i}/title`),
    description: optionalText(spec.description),
    required: spec.required ?? true,
    multiple: spec.multiple ?? false,
    allowed_types: [...new Set(spec.allowed_types ?? [])],
  }));
}

/** The rows of a new request and its items (ids `req_`, `rqi_`), as every way of making one writes them. */
export function requestRows(draft: RequestDraft): { request: NewRequest; items: NewRequestItem[] } {
  const request = {
    id: newId('request'),
    workspace_id: draft.workspaceId,
    portal_id: draft.portalId,
    template_id: draft.templateId,
    title: requiredText(draft.title, '/body/title'),
    message: optionalText(draft.message),
    due_at: draft.dueAt,
    created_by: draft.createdBy,
    next_reminder_at: null,
    overdue_recorded_at: null,
    completed_at: null,
  };
  return { request, items: itemRows(request, draft.items, 0, '/body/items') };
}

/**
 * The data of a `request.created` event. `notify` tells the notifications whether to email the portal's
 * members about it.
 */
export function requestCreatedData(request: NewRequest, items: readonly NewRequestItem[], notify: boolean): Record<string, unknown> {
  return {
    request_id: request.id,
    title: request.title,
    item_count: items.length,
    required_count: items.filter((i) => i.required).length,
    due_at: request.due_at ? new Date(request.due_at).toISOString() : null,
    template_id: request.template_id ?? null,
    notify,
  };
}
