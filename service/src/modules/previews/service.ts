import type { Logger } from 'pino';
import type { Queue } from '../../adapters/queue/queue.ts';
import type { Auth } from '../../authz/auth.ts';
import type { PreviewSettings } from '../../config.ts';
import type { Db } from '../../db/database.ts';
import { notFound } from '../../errors/http-error.ts';
import type { FileService } from '../files/service.ts';
import { toPreviewsDto, type FilePreviewsDto } from './dto.ts';
import { queuePreview } from './jobs.ts';
import { previewKind } from './kinds.ts';
import * as repo from './repository.ts';
import type { FilePreviewImageRow } from './table.ts';

/** A version whose render job should have run by now: if it has no outcome yet, the list asks for it again. */
const STRAGGLER_MS = 30_000;

/** Reads previews, with the file's own authorization (a file the caller may not read has no previews: 404). */
export class PreviewService {
  constructor(
    private readonly db: Db,
    private readonly files: FileService,
    private readonly queue: Queue,
    private readonly settings: PreviewSettings,
    private readonly logger: Logger,
  ) {}

  async list(auth: Auth | undefined, fileId: string, wanted: number | undefined): Promise<FilePreviewsDto> {
    const { version } = await this.files.findVersion(auth, fileId, wanted);
    if (!previewKind(version.content_type)) return toPreviewsDto(version, 'unsupported');
    const preview = await repo.findPreview(this.db, version.file_id, version.version);
    if (!preview) {
      // Uploaded before previews existed, or its job was lost: ask again (one job per version at a time).
      if (Date.now() - version.created_at.getTime() > STRAGGLER_MS) {
        await queuePreview(this.queue, version.file_id, version.version, this.settings.timeoutSeconds).catch((err: unknown) =>
          this.logger.warn({ err }, 'could not queue a preview'),
        );
      }
      return toPreviewsDto(version, 'pending');
    }
    if (preview.status === 'failed') return toPreviewsDto(version, 'failed', preview);
    return toPreviewsDto(version, 'ready', preview, await repo.listPreviewImages(this.db, version.file_id, version.version));
  }

  /** One image of a preview of a file the caller may read. */
  async image(auth: Auth | undefined, fileId: string, imageId: string): Promise<FilePreviewImageRow> {
    const file = await this.files.find(auth, fileId);
    const image = await repo.findPreviewImage(this.db, file.id, imageId);
    if (!image) throw notFound('preview');
    return image;
  }
}
