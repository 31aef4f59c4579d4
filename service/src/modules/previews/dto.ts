import type { components } from '@foyer/contract';
import type { FileVersionRow } from '../files/table.ts';
import type { FilePreviewImageRow, FilePreviewRow } from './table.ts';

export type FilePreviewsDto = components['schemas']['FilePreviews'];
type PreviewImageDto = components['schemas']['PreviewImage'];
type PreviewStatus = components['schemas']['PreviewStatus'];

function imageDto(row: FilePreviewImageRow): PreviewImageDto {
  return {
    id: row.id,
    page: row.page,
    width: row.width,
    height: row.height,
    content_type: row.content_type as PreviewImageDto['content_type'],
    size: Number(row.size),
    url: `/v1/files/${row.file_id}/previews/${row.id}`,
  };
}

/** A version's previews: its outcome and images when rendered, otherwise `pending` or `unsupported`. */
export function toPreviewsDto(
  version: FileVersionRow,
  status: PreviewStatus,
  preview?: FilePreviewRow,
  images: FilePreviewImageRow[] = [],
): FilePreviewsDto {
  const thumbnail = images.find((i) => i.kind === 'thumbnail');
  return {
    file_id: version.file_id,
    version: version.version,
    content_type: version.content_type,
    status,
    reason: preview?.reason ?? null,
    page_count: preview?.page_count ?? null,
    thumbnail: thumbnail ? imageDto(thumbnail) : null,
    pages: images.filter((i) => i.kind === 'page').map(imageDto),
  };
}
