import type { Logger } from 'pino';
import { actorOf, requireOwner, type Auth, type OwnerAuth } from '../../authz/auth.ts';
import type { Db, Executor } from '../../db/database.ts';
import { notFound } from '../../errors/http-error.ts';
import { newId } from '../../lib/ids.ts';
import { toPage, type Page } from '../../lib/pagination.ts';
import type { RequestMeta } from '../../lib/request-meta.ts';
import type { EventRecorder } from '../events/recorder.ts';
import type { RequestTemplateRow } from '../requests/table.ts';
import { optionalText, requiredText } from '../requests/creation.ts';
import { applyTemplate } from './apply.ts';
import { decodeTemplateCursor, encodeTemplateCursor } from './cursor.ts';
import {
  templateItemsOf,
  toRequestTemplateDto,
  type RequestTemplateAppliedDto,
  type RequestTemplateApplyDto,
  type RequestTemplateCreateDto,
  type RequestTemplateDto,
  type RequestTemplateUpdateDto,
} from './dto.ts';
import * as repo from './repository.ts';

/** Request templates: a list of items saved once, applied to one portal or a thousand. */
export class RequestTemplateService {
  constructor(
    private readonly db: Db,
    private readonly events: EventRecorder,
    private readonly logger: Logger,
  ) {}

  async list(auth: Auth | undefined, query: { limit?: number; cursor?: string }): Promise<Page<RequestTemplateDto>> {
    const owner = requireOwner(auth);
    const limit = query.limit ?? 20;
    const after = decodeTemplateCursor(query.cursor);
    const rows = await repo.listTemplates(this.db, owner.workspaceId, { limit, ...(after ? { after } : {}) });
    return toPage(rows, limit, toRequestTemplateDto, (last) => encodeTemplateCursor(last.id, last.name));
  }

  async create(auth: Auth | undefined, input: RequestTemplateCreateDto, meta: RequestMeta): Promise<RequestTemplateDto> {
    const owner = requireOwner(auth);
    const row = await this.db.transaction().execute(async (trx) => {
      const created = await repo.insertTemplate(trx, {
        id: newId('requestTemplate'),
        workspace_id: owner.workspaceId,
        name: requiredText(input.name, '/body/name'),
        message: optionalText(input.message),
        items: templateItemsOf(input.items),
        created_by: owner.credentialId,
      });
      await this.record(trx, owner, created, 'request_template.created', {}, meta);
      return created;
    });
    return toRequestTemplateDto(row);
  }

  async get(auth: Auth | undefined, templateId: string): Promise<RequestTemplateDto> {
    return toRequestTemplateDto(await this.find(auth, templateId));
  }

  /** Requests already made from the template keep their items. */
  async update(
    auth: Auth | undefined,
    templateId: string,
    input: RequestTemplateUpdateDto,
    meta: RequestMeta,
  ): Promise<RequestTemplateDto> {
    const owner = requireOwner(auth);
    const changes: repo.TemplateChanges = {};
    if (input.name !== undefined) changes.name = requiredText(input.name, '/body/name');
    if (input.message !== undefined) changes.message = optionalText(input.message);
    if (input.items !== undefined) changes.items = templateItemsOf(input.items);
    const row = await this.db.transaction().execute(async (trx) => {
      const updated = await repo.updateTemplate(trx, owner.workspaceId, templateId, changes);
      if (!updated) throw notFound('request template');
      await this.record(trx, owner, updated, 'request_template.updated', { changed: Object.keys(changes).sort() }, meta);
      return updated;
    });
    return toRequestTemplateDto(row);
  }

  /** Requests made from the template stay; their `template_id` becomes null (the foreign key does it). */
  async delete(auth: Auth | undefined, templateId: string, meta: RequestMeta): Promise<void> {
    const owner = requireOwner(auth);
    await this.db.transaction().execute(async (trx) => {
      const deleted = await repo.deleteTemplate(trx, owner.workspaceId, templateId);
      if (!deleted) throw notFound('request template');
      await this.record(trx, owner, deleted, 'request_template.deleted', {}, meta);
    });
  }

  /** Gives each listed portal its own request from the template; see apply.ts. */
  async apply(
    auth: Auth | undefined,
    templateId: string,
    input: RequestTemplateApplyDto,
    meta: RequestMeta,
  ): Promise<RequestTemplateAppliedDto> {
    const owner = requireOwner(auth);
    const template = await this.find(owner, templateId);
    return applyTemplate({ db: this.db, events: this.events, logger: this.logger }, owner, template, input, meta);
  }

  private async find(auth: Auth | undefined, templateId: string): Promise<RequestTemplateRow> {
    const owner = requireOwner(auth);
    const row = await repo.findTemplate(this.db, owner.workspaceId, templateId);
    if (!row) throw notFound('request template');
    return row;
  }

  /** Template events belong to no portal: they go to the workspace's chain. */
  private record(
    trx: Executor,
    owner: OwnerAuth,
    template: RequestTemplateRow,
    type: string,
    data: Record<string, unknown>,
    meta: RequestMeta,
  ): Promise<void> {
    return this.events.record(
      trx,
      {
        workspaceId: template.workspace_id,
        portalId: null,
        type,
        actor: actorOf(owner),
        target: { type: 'request_template', id: template.id },
        data: { name: template.name, item_count: template.items.length, ...data },
      },
      meta,
    );
  }
}
