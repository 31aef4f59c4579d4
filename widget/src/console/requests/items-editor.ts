import type { Schema } from '@foyer/sdk';
import { html, nothing, type TemplateResult } from 'lit';
import { live } from 'lit/directives/live.js';
import type { RequestStrings } from './strings.ts';

// The list of documents to ask for, as the template editor and a portal's "New request" both edit it: one
// fieldset per item inside the caller's form, so the browser checks the required titles; `readItems` reads
// them for the contract. The drafts follow every keystroke (in place: typing re-renders nothing), so a
// render for another reason (a refresh, an item added or removed) writes back exactly what is there.

type Item = Schema<'RequestTemplateItem'>;

/**
 * The media types behind each checkbox, as the service detects them from a file's bytes: Word and Excel
 * files are OOXML, or the old compound-file format (`application/x-cfb`) for .doc and .xls.
 */
const TYPE_GROUPS: Record<string, string[]> = {
  pdf: ['application/pdf'],
  images: ['image/*'],
  office: [
    'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
    'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
    'application/msword',
    'application/vnd.ms-excel',
    'application/x-cfb',
  ],
};
const GROUPS = Object.entries(TYPE_GROUPS);

/** One item as its fields hold it: the ticked type groups, the other types as typed. */
export interface ItemDraft {
  title: string;
  description: string;
  required: boolean;
  multiple: boolean;
  groups: string[];
  other: string;
}

/** A draft of an item: blank (required, one file, any type), or a template's. */
export function itemDraft(item?: Item): ItemDraft {
  const types = item?.allowed_types ?? [];
  return {
    title: item?.title ?? '',
    description: item?.description ?? '',
    required: item?.required ?? true,
    multiple: !!item?.multiple,
    groups: GROUPS.filter(([, group]) => group.every((t) => types.includes(t))).map(([key]) => key),
    other: types.filter((t) => !GROUPS.some(([, group]) => group.includes(t))).join(', '),
  };
}

/** The drafts as the editor in `root` holds them now. */
function readDrafts(root: ParentNode): ItemDraft[] {
  return [...root.querySelectorAll('fieldset.doc')].map((fieldset) => {
    const input = (name: string) => fieldset.querySelector<HTMLInputElement>(`[name=${name}]`)!;
    return {
      title: input('title').value,
      description: input('description').value,
      required: input('required').checked,
      multiple: input('multiple').checked,
      groups: [...fieldset.querySelectorAll<HTMLInputElement>('[name=types]:checked')].map((box) => box.value),
      other: input('other').value,
    };
  });
}

/** The items of the editor in `root`, in the contract's shape. */
export function readItems(root: ParentNode): Item[] {
  return readDrafts(root).map((d) => ({
    title: d.title.trim(),
    description: d.description.trim() || null,
    required: d.required,
    multiple: d.multiple,
    allowed_types: [
      ...new Set([
        ...d.groups.flatMap((key) => TYPE_GROUPS[key]!),
        ...d.other
          .toLowerCase()
          .split(/[\s,]+/)
          .filter(Boolean),
      ]),
    ],
  }));
}

/** The editor of `drafts`: each item's fields, Remove (while more than one), Add; `change` gets the new list. */
export function itemsEditor(s: RequestStrings, drafts: ItemDraft[], change: (drafts: ItemDraft[]) => void): TemplateResult {
  const now = (event: Event) => readDrafts((event.target as Element).closest('form')!);
  // What is typed goes into the drafts themselves, without a render.
  const follow = (event: Event) => drafts.splice(0, drafts.length, ...now(event));
  return html`<fieldset class="items" @input=${follow} @change=${follow}>
    <legend>${s.itemsLegend}</legend>
    ${drafts.map(
      (d, i) =>
        html`<fieldset class="doc card">
          <legend>${s.itemLegend(i + 1)}</legend>
          <label class="field">
            <span>${s.itemTitleLabel}</span>
            <input class="input" name="title" required maxlength="200" placeholder=${s.itemTitlePlaceholder} .value=${live(d.title)} />
          </label>
          <label class="field">
            <span>${s.itemDescriptionLabel}</span>
            <input class="input" name="description" maxlength="1000" .value=${live(d.description)} />
          </label>
          <div class="checks">
            <label class="check"><input type="checkbox" name="required" .checked=${live(d.required)} /><span>${s.itemRequired}</span></label>
            <label class="check"><input type="checkbox" name="multiple" .checked=${live(d.multiple)} /><span>${s.itemMultiple}</span></label>
          </div>
          <fieldset class="types">
            <legend>${s.itemTypes}</legend>
            <div class="checks">
              ${GROUPS.map(
                ([key]) =>
                  html`<label class="check">
                    <input type="checkbox" name="types" value=${key} .checked=${live(d.groups.includes(key))} /><span>${s.typeGroups[key]}</span>
                  </label>`,
              )}
            </div>
            <label class="field">
              <span>${s.otherTypesLabel}</span>
              <input class="input" name="other" maxlength="500" .value=${live(d.other)} />
            </label>
          </fieldset>
          ${
            drafts.length > 1
              ? html`<div class="wide">
                  <button class="btn ghost small" type="button" @click=${(e: Event) => change(now(e).filter((_, j) => j !== i))}>
                    ${s.removeItem(i + 1)}
                  </button>
                </div>`
              : nothing
          }
        </fieldset>`,
    )}
    <div>
      <button class="btn secondary small" type="button" ?disabled=${drafts.length >= 50} @click=${(e: Event) => change([...now(e), itemDraft()])}>
        ${s.addItem}
      </button>
    </div>
  </fieldset>`;
}
