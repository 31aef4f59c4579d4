/**
 * Which detected types get a preview, and how. HEIC is missing on purpose: sharp's prebuilt libvips reads
 * AVIF but not HEVC-coded images, so a HEIC upload is `unsupported` (its download stays).
 */
const KINDS: Record<string, 'image' | 'pdf'> = {
  'image/jpeg': 'image',
  'image/png': 'image',
  'image/webp': 'image',
  'image/gif': 'image',
  'image/avif': 'image',
  'image/tiff': 'image',
  'application/pdf': 'pdf',
};

export function previewKind(contentType: string): 'image' | 'pdf' | undefined {
  return Object.hasOwn(KINDS, contentType) ? KINDS[contentType] : undefined;
}
