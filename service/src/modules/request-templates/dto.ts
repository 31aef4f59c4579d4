import type { components } from '@foyer/contract';
import { optionalText, requiredText } from '../requests/creation.ts';
import type { RequestTemplateRow, TemplateItem } from '../requests/table.ts';

export type RequestTemplateDto = components['schemas']['RequestTemplate'];
export type RequestTemplateCreateDto = components['schemas']['RequestTemplateCreate'];
export type RequestTemplateUpdateDto = components['schemas']['RequestTemplateUpdate'];
export type RequestTemplateApplyDto = components['schemas']['RequestTemplateApply'];
export type RequestTemplateAppliedDto = components['schemas']['RequestTemplateApplied'];
export type ApplyResultDto = RequestTemplateAppliedDto['data'][number];
type RequestItemSpecDto = components['schemas']['RequestItemSpec'];

export function toRequestTemplateDto(row: RequestTemplateRow): RequestTemplateDto {
  return {
    id: row.id,
    name: row.name,
    message: row.message,
    items: row.items,
    created_at: row.created_at.toISOString(),
    updated_at: row.updated_at.toISOString(),
  };
}

/**
 * The items as a template keeps them: trimmed, with the contract's defaults written out (`required` true,
 * `multiple` false, any type, no description), so a request made from the template later copies them as
 * they are, whatever the defaults are by then.
 */
export function templateItemsOf(specs: readonly RequestItemSpecDto[]): TemplateItem[] {
  return specs.map((spec, i) => ({
    title: requiredText(spec.title, `/body/items/${i}/title`),
    description: optionalText(spec.description),
    required: spec.required ?? true,
    multiple: spec.multiple ?? false,
    allowed_types: spec.allowed_types ?? [],
  }));
}
