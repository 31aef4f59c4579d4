/**
 * The S3 settings of a real S3-compatible server for tests (CI starts Ceph's radosgw with
 * .ci/s3-test-server.sh and exports them), or `undefined` when none is configured.
 */
export function s3TestEnv(): Record<string, string> | undefined {
  const names = ['S3_ENDPOINT', 'S3_BUCKET', 'S3_ACCESS_KEY_ID', 'S3_SECRET_ACCESS_KEY'];
  if (!names.every((n) => process.env[n])) {
    // CI must run the S3 tests, never skip them.
    if (process.env.FOYER_REQUIRE_S3 === 'true') throw new Error(`FOYER_REQUIRE_S3=true but ${names.join(', ')} are not all set`);
    return undefined;
  }
  const env: Record<string, string> = {};
  for (const n of [...names, 'S3_REGION', 'S3_FORCE_PATH_STYLE']) if (process.env[n]) env[n] = process.env[n]!;
  return env;
}

export const S3_SKIP_REASON =
  'no S3-compatible server configured (set S3_ENDPOINT, S3_BUCKET, S3_ACCESS_KEY_ID, S3_SECRET_ACCESS_KEY; .ci/run starts one with .ci/s3-test-server.sh)';

/**
 * Keys of the multipart uploads under `prefix` that were started and never completed or aborted (each one
 * holds parts in the bucket that no object shows), read with the store's ListMultipartUploads.
 */
export async function pendingMultipartUploads(env: Record<string, string>, prefix: string): Promise<string[]> {
  const { ListMultipartUploadsCommand } = await import('@aws-sdk/client-s3');
  const client = await s3Client(env);
  try {
    const keys: string[] = [];
    let keyMarker: string | undefined;
    let uploadIdMarker: string | undefined;
    for (;;) {
      const page = await client.send(
        new ListMultipartUploadsCommand({ Bucket: env.S3_BUCKET, Prefix: prefix, KeyMarker: keyMarker, UploadIdMarker: uploadIdMarker }),
      );
      for (const upload of page.Uploads ?? []) if (upload.Key) keys.push(upload.Key);
      if (!page.IsTruncated) return keys;
      keyMarker = page.NextKeyMarker;
      uploadIdMarker = page.NextUploadIdMarker;
    }
  } finally {
    client.destroy();
  }
}

/** The bytes of the parts stored so far of the open multipart upload of `key` (0 when it has none). */
export async function storedPartBytes(env: Record<string, string>, key: string): Promise<number> {
  const { ListMultipartUploadsCommand, ListPartsCommand } = await import('@aws-sdk/client-s3');
  const client = await s3Client(env);
  try {
    const page = await client.send(new ListMultipartUploadsCommand({ Bucket: env.S3_BUCKET, Prefix: key }));
    const upload = page.Uploads?.find((u) => u.Key === key);
    if (!upload) return 0;
    const parts = await client.send(new ListPartsCommand({ Bucket: env.S3_BUCKET, Key: key, UploadId: upload.UploadId }));
    return (parts.Parts ?? []).reduce((sum, part) => sum + (part.Size ?? 0), 0);
  } finally {
    client.destroy();
  }
}

async function s3Client(env: Record<string, string>) {
  const { S3Client } = await import('@aws-sdk/client-s3');
  return new S3Client({
    region: env.S3_REGION ?? 'us-east-1',
    endpoint: env.S3_ENDPOINT,
    forcePathStyle: env.S3_FORCE_PATH_STYLE === 'true',
    credentials: { accessKeyId: env.S3_ACCESS_KEY_ID!, secretAccessKey: env.S3_SECRET_ACCESS_KEY! },
  });
}
