// Generated from openapi.yaml — do not edit. Run `npm run generate` to refresh.

export interface paths {
    "/healthz": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Liveness probe
         * @description Answers 200 while the process is up. Does not touch the database.
         */
        get: operations["getHealth"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/readyz": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Readiness probe
         * @description Answers 200 when the database answers a query, 503 otherwise.
         */
        get: operations["getReadiness"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/workspace": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Read the caller's workspace */
        get: operations["getWorkspace"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        /** Update name, branding, allowed origins or notification emails */
        patch: operations["updateWorkspace"];
        trace?: never;
    };
    "/v1/portals": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** List portals, newest first */
        get: operations["listPortals"];
        put?: never;
        /** Create a portal for a client */
        post: operations["createPortal"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/portals/{portal_id}": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description A portal id (`prt_` followed by 32 random characters). */
                portal_id: components["parameters"]["PortalId"];
            };
            cookie?: never;
        };
        /** Read a portal */
        get: operations["getPortal"];
        put?: never;
        post?: never;
        /**
         * Delete a portal and everything in it
         * @description Deletes the portal, its files (every version), members, sessions, comments, approvals and requests. Its
         *     event trail stays (the workspace's audit record) unless `erase=true`.
         *
         *     With `erase=true` (owners only: a `staff` user is 403 `owner_role_required`) nothing of the portal is left:
         *     besides the above, its stored bytes (every object under the portal's storage prefix, previews included),
         *     its exports, the workspace exports made before (they hold the portal), its event trail, the webhook
         *     deliveries of those events and the rate-limit counters naming its members' addresses. What remains is one
         *     `portal.erased` event in the workspace's own chain (`portal_id` null) with counts only — no name, address
         *     or hash of the content — and the erased chain's last hash and length (`data.chain_head`,
         *     `data.chain_events`), so the erased trail can still be matched against an export of it. Every other chain
         *     (the workspace's and the other portals') stays verifiable: chains are per portal.
         */
        delete: operations["deletePortal"];
        options?: never;
        head?: never;
        /**
         * Rename, archive or change the access mode of a portal
         * @description Owner only. Switching `access_mode` to `verified` ends every session that came in through the portal's link (`access_link`).
         */
        patch: operations["updatePortal"];
        trace?: never;
    };
    "/v1/portals/{portal_id}/public": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description A portal id (`prt_` followed by 32 random characters). */
                portal_id: components["parameters"]["PortalId"];
            };
            cookie?: never;
        };
        /**
         * What the sign-in screen shows
         * @description No credentials. The portal's name, the business's name and branding, and its access mode. 404 for unknown or archived portals.
         */
        get: operations["getPublicPortal"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/portals/{portal_id}/verifications": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description A portal id (`prt_` followed by 32 random characters). */
                portal_id: components["parameters"]["PortalId"];
            };
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Email a sign-in code and magic link
         * @description No credentials. Always 202 with the same body, whether or not the email belongs to a member (no
         *     enumeration). A member gets a 6-digit code (valid 10 minutes) and a magic link (valid 15 minutes, once);
         *     a new request voids the previous code and link. Limited to 1 a minute and 5 an hour per portal and
         *     email, and 20 an hour per IP address (an IPv6 address counts by its /64): 429 with `Retry-After`.
         */
        post: operations["startVerification"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/portals/{portal_id}/verifications/confirm": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description A portal id (`prt_` followed by 32 random characters). */
                portal_id: components["parameters"]["PortalId"];
            };
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Exchange a code, a magic-link token or the portal link for a session
         * @description No credentials. `{email, code}`: the 6-digit code (5 wrong attempts kill it). Every failed code
         *     confirmation — unknown address, wrong, expired or dead code — answers the same 401 body. `{token}`: a
         *     magic-link or one-time sign-in-link token (single use, consumed atomically). `{link_key, name, email}`: a
         *     `link`-mode portal's secret link (the visitor is not verified; owners see that); an address that belongs
         *     to a member who is verified or was added by the owner is 403 `verification_required` (that person signs
         *     in with a code). `{embed_code}`: a code from `createEmbedSession` (single use, consumed atomically; the
         *     session's sign-in method is `embed`); a used, expired or unknown one is the same 401. Answers the session
         *     token once. Limits (the `RateLimit` policies): `per-ip`, 60
         *     confirmations of any kind an hour per IP address (an IPv6 address counts by its /64); `per-portal`, 100
         *     code confirmations an hour per portal; `per-ip-link`, 30 portal-link sign-ins an hour per IP address. Over
         *     a limit: 429 with `Retry-After`.
         */
        post: operations["confirmVerification"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/portals/{portal_id}/embed-sessions": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description A portal id (`prt_` followed by 32 random characters). */
                portal_id: components["parameters"]["PortalId"];
            };
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * A one-time code that signs a client in from the business's own website
         * @description Owner API key only (server to server: the business's backend, which has signed its user in, calls it
         *     while rendering the page; a user session is 403 `api_key_required`, a client session 404). Names the
         *     client by `member_id` or by `email` (exactly one). An email that is not a member yet becomes one, added
         *     by the key (`member.added` with `data.via: embed`): the business vouches for the address. A revoked
         *     member is 409 `member_revoked` — the business revoked them; add them again (`addMember`) first. An
         *     archived portal is 409 `portal_archived`.
         *     Answers `embed_code` once: 256 random bits, valid `ttl_seconds` (1 to 600, default 120), usable once
         *     (consumed atomically by `confirmVerification` `{embed_code}`, e.g. by `<foyer-portal embed-code=…>`);
         *     only a keyed hash is kept. The session it becomes records the sign-in method `embed` and lasts 24 hours
         *     (the site hands a fresh code at each visit). Recorded as `member.embed_session_created`.
         */
        post: operations["createEmbedSession"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/portals/{portal_id}/sign-in-links": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description A portal id (`prt_` followed by 32 random characters). */
                portal_id: components["parameters"]["PortalId"];
            };
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * A one-time sign-in link for a member
         * @description Owner only. Valid 7 days, usable once, in any access mode. Shown once.
         */
        post: operations["createSignInLink"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/portals/{portal_id}/access-link": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description A portal id (`prt_` followed by 32 random characters). */
                portal_id: components["parameters"]["PortalId"];
            };
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Create or rotate a link-mode portal's secret link
         * @description Owner only. Returns `PUBLIC_URL/p/{portal_id}#k=…` once (only a hash is kept); the previous link stops
         *     working and every session that came in through a link (`access_link`) ends. The link admits visitors
         *     only while the portal's `access_mode` is `link`.
         */
        post: operations["rotateAccessLink"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/portals/{portal_id}/archive": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description A portal id (`prt_` followed by 32 random characters). */
                portal_id: components["parameters"]["PortalId"];
            };
            cookie?: never;
        };
        /**
         * Download the portal's files as one zip
         * @description Streams a zip of the current version of every file of the portal, or of the files listed in `files`, as it
         *     reads them from storage (constant memory, any size: ZIP64 past 4 GiB). Entries are stored uncompressed under
         *     their display names, sanitised, with a repeated name numbered (`report.pdf`, `report (2).pdf`). Always an
         *     attachment (`Content-Disposition: attachment`, `foyer-<portal_id>.zip`), with `nosniff`. A listed file that
         *     is not in the portal is 404. Recorded as one `portal.archive_downloaded` event with the number of files.
         */
        get: operations["downloadPortalArchive"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/portals/{portal_id}/exports": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description A portal id (`prt_` followed by 32 random characters). */
                portal_id: components["parameters"]["PortalId"];
            };
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Export everything of a portal
         * @description Queues a job that writes a zip of the portal to storage: every file with all its versions, the members,
         *     comments, approval requests with their decisions, document requests, the event trail with its hashes, and a
         *     README with a script that re-verifies the chain offline. Poll `GET /v1/workspace/exports/{export_id}` until
         *     `status` is `ready`, then download it (for 7 days). While an export of the portal is `queued` or `running`,
         *     this answers that one instead of starting another. Recorded as `export.created`, then `export.ready`.
         */
        post: operations["createPortalExport"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/portals/{portal_id}/members": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description A portal id (`prt_` followed by 32 random characters). */
                portal_id: components["parameters"]["PortalId"];
            };
            cookie?: never;
        };
        /** List a portal's members */
        get: operations["listMembers"];
        put?: never;
        /**
         * Add a client contact (optionally emailing an invitation)
         * @description Adding an email that is already an active member answers that member (200). A revoked member is reactivated.
         *     With `locale`, the member's emails are written in that language from now on — the invitation this call
         *     sends included — and a later sign-in does not change it (see `Member.locale`); for an existing member it
         *     replaces the language it had. Without it, the language is left as it is.
         */
        post: operations["addMember"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/portals/{portal_id}/members/{member_id}": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description A portal id (`prt_` followed by 32 random characters). */
                portal_id: components["parameters"]["PortalId"];
                /** @description A member id (`mem_…`). */
                member_id: components["parameters"]["MemberId"];
            };
            cookie?: never;
        };
        get?: never;
        put?: never;
        post?: never;
        /**
         * Revoke a member, instantly
         * @description Its sessions, pending codes and links end in the same transaction; its next request is 401.
         */
        delete: operations["revokeMember"];
        options?: never;
        head?: never;
        /**
         * Set the language of a member's emails
         * @description Sets `locale`: the language every email the member gets from now on is written in (invitations, new-device
         *     notices, notifications, document requests and their reminders). A language set here is the business's
         *     choice: the member's later sign-ins, whatever language their browser shows, do not change it. `null`
         *     forgets it: the member's emails are in English until their next sign-in stores the language they use.
         *     A change records a `member.updated` event. A revoked member may be changed too (it matters if it is added
         *     again).
         */
        patch: operations["updateMember"];
        trace?: never;
    };
    "/v1/portals/{portal_id}/sessions": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description A portal id (`prt_` followed by 32 random characters). */
                portal_id: components["parameters"]["PortalId"];
            };
            cookie?: never;
        };
        /** List the devices signed in to a portal */
        get: operations["listSessions"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/sessions/{session_id}": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description A session id (`ses_…`). */
                session_id: components["parameters"]["SessionId"];
            };
            cookie?: never;
        };
        get?: never;
        put?: never;
        post?: never;
        /** Sign a device out */
        delete: operations["revokeSession"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/me": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Who am I
         * @description For a client session, the member and its portal; for a user session, the user and the workspace; for an API key, the workspace.
         */
        get: operations["getMe"];
        put?: never;
        post?: never;
        /**
         * Sign this device out
         * @description Client sessions only; ends the session whose token made the request.
         */
        delete: operations["signOut"];
        options?: never;
        head?: never;
        /**
         * Set my notification emails for this portal
         * @description `notifications: "none"` mutes this member's notification emails for its portal (new files, approval
         *     requests, replies, reminders); `"all"` turns them back on. Sign-in codes and links are always sent. The
         *     unsubscribe link in every notification email does the same as `"none"`, without signing in.
         */
        patch: operations["updateMe"];
        trace?: never;
    };
    "/v1/portals/{portal_id}/files": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description A portal id (`prt_` followed by 32 random characters). */
                portal_id: components["parameters"]["PortalId"];
            };
            cookie?: never;
        };
        /** List a portal's files, newest first */
        get: operations["listFiles"];
        put?: never;
        /**
         * Upload a file (streamed)
         * @description `multipart/form-data` with one part `file` and, optionally, a `name` part (sent before `file`) that
         *     overrides the part's filename. The name is display-only: it is sanitised (no path separators, control or
         *     bidi characters, Windows device names; at most 255 bytes of UTF-8). An upload over the size limit is 413;
         *     an aborted or malformed one is 400 — either way nothing is stored.
         *
         *     A `request_item_id` part (also before `file`) attaches the file to that item of one of the portal's
         *     requests and makes the item `submitted`: a type outside the item's `allowed_types` is 415
         *     `file_type_not_allowed`, an item that is `accepted` is 409 `request_item_conflict`, and an item of another
         *     portal is 404. To a one-file item (`multiple: false`) that already has its file, the upload becomes that
         *     file's new version (the answer is that file). A portal with `client_uploads` off still accepts a client's
         *     upload to an item that is not yet accepted.
         */
        post: operations["uploadFile"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/uploads": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Start a resumable upload (tus 1.0 creation)
         * @description Creates a [tus 1.0](https://tus.io/protocols/resumable-upload) upload; the answer's `Location` is its URL
         *     (`/v1/uploads/{upload_id}`), to which the bytes go in `PATCH` requests. Only when the last byte is in does
         *     the file or version appear — checked exactly like `uploadFile` / `uploadFileVersion` (sha256, size, type
         *     from the content's magic bytes, a request item's `allowed_types`, events, webhooks, notifications). Until
         *     then nothing is visible; an upload not finished within `UPLOAD_EXPIRY_SECONDS` (24 hours) of its creation
         *     expires (`Upload-Expires`) and its bytes are removed.
         *
         *     `Upload-Metadata` (tus: comma-separated `key base64(value)` pairs) names the target, with the permissions
         *     of the plain upload:
         *     - `portal_id` — a new file in that portal (a client: its own portal, with `client_uploads` on unless the
         *       upload answers a request item), optionally with `request_item_id` (an item of one of the portal's
         *       requests, not yet accepted: to a one-file item holding its file, the upload becomes that file's next
         *       version);
         *     - or `file_id` — a new version of that file (re-submitting the items it answers);
         *     - `filename` (or `name`) — the display name, sanitised as for a plain upload.
         *     Other keys are ignored.
         *
         *     Everything that can be checked before the bytes is checked here: the credential and the target (404
         *     otherwise), `uploads_disabled` (403), an accepted item (409 `request_item_conflict`), an archived portal
         *     for a client (404), `Upload-Length` over `MAX_UPLOAD_BYTES` (413 `file_too_large`). `Upload-Length` is
         *     required: a deferred length (`Upload-Defer-Length`) and concatenation are refused (400
         *     `malformed_upload`). The creation may carry bytes (`creation-with-upload`, `Content-Type:
         *     application/offset+octet-stream`); an upload whose every byte arrives with its creation (an empty file,
         *     say) answers with the file as `PATCH` does.
         */
        post: operations["createUpload"];
        delete?: never;
        /**
         * Resumable uploads (tus 1.0) — what the service supports
         * @description tus discovery: the protocol versions, extensions and the largest upload the service takes. A browser's
         *     CORS preflight (`OPTIONS` with an `Origin`) is answered by the CORS layer instead.
         */
        options: operations["getUploadCapabilities"];
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/uploads/{upload_id}": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description A resumable upload's id (`upl_…`), the last segment of its `Location`. */
                upload_id: components["schemas"]["UploadId"];
            };
            cookie?: never;
        };
        get?: never;
        put?: never;
        post?: never;
        /**
         * Abandon a resumable upload (tus 1.0 termination)
         * @description Removes what the service holds of an unfinished upload; its URL is 404 afterwards. A finished upload is
         *     a file now: 409 `upload_completed` (delete the file instead). Send `Tus-Resumable: 1.0.0`.
         */
        delete: operations["deleteUpload"];
        options?: never;
        /**
         * How much of a resumable upload the service holds (tus 1.0)
         * @description `Upload-Offset` is where the next `PATCH` starts. An upload is the caller's own: its creator (a client:
         *     the same member; the business: any owner credential of the workspace) — anyone else gets 404. An
         *     expired upload is 410 `upload_expired`. When every byte is in but the file was not made yet (the service
         *     stopped in between), this request makes it. A finished upload keeps answering (offset = length) until it
         *     would have expired. Send `Tus-Resumable: 1.0.0` (412 `tus_resumable_required` otherwise).
         */
        head: operations["getUploadOffset"];
        /**
         * Send bytes of a resumable upload (tus 1.0)
         * @description Appends the body (`Content-Type: application/offset+octet-stream`) at `Upload-Offset`, which must be the
         *     offset the service holds (409 `upload_offset_mismatch` otherwise: ask with `HEAD`). A connection cut
         *     mid-way keeps what arrived. A chunk answers 204 with the new `Upload-Offset`; the request that brings
         *     the last byte answers 200 with the new file (or the file with its new version), made exactly as
         *     `uploadFile` makes it. A type the target does not take (a request item's `allowed_types`) is 415
         *     `file_type_not_allowed` and the upload is removed; so is a target gone meanwhile (404) or an item
         *     accepted meanwhile (409 `request_item_conflict`). Sending more than `Upload-Length` is 413
         *     `file_too_large`. A `PATCH` at the end (`Upload-Offset` = `Upload-Length`, no body) of a finished upload
         *     answers its file again. Send `Tus-Resumable: 1.0.0` (412 `tus_resumable_required` otherwise). A
         *     `PATCH` to an upload another request is still writing stops that one (its connection dropped) and goes
         *     on; if it cannot within a few seconds it is 423 `upload_locked`: try again.
         */
        patch: operations["appendToUpload"];
        trace?: never;
    };
    "/v1/files/{file_id}": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description A file id (`fil_` followed by 32 random characters). */
                file_id: components["parameters"]["FileId"];
            };
            cookie?: never;
        };
        /** Read a file's metadata */
        get: operations["getFile"];
        put?: never;
        post?: never;
        /** Delete a file and every version's bytes */
        delete: operations["deleteFile"];
        options?: never;
        head?: never;
        /** Rename a file */
        patch: operations["updateFile"];
        trace?: never;
    };
    "/v1/files/{file_id}/versions": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description A file id (`fil_` followed by 32 random characters). */
                file_id: components["parameters"]["FileId"];
            };
            cookie?: never;
        };
        /** List a file's versions, newest first */
        get: operations["listFileVersions"];
        put?: never;
        /**
         * Upload a new version (streamed)
         * @description Same streaming rules as an upload. The new version becomes the file's current version. For a file attached
         *     to a request item, the version re-submits the item (`submitted`) and must have one of its `allowed_types`
         *     (415 `file_type_not_allowed`); an `accepted` item is 409 `request_item_conflict`.
         */
        post: operations["uploadFileVersion"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/files/{file_id}/content": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description A file id (`fil_` followed by 32 random characters). */
                file_id: components["parameters"]["FileId"];
            };
            cookie?: never;
        };
        /**
         * Download a version's bytes
         * @description Always an attachment (`Content-Disposition: attachment` with an RFC 5987 `filename*`), with
         *     `X-Content-Type-Options: nosniff` and `Content-Security-Policy: sandbox`; HTML, SVG and XML are sent as
         *     `application/octet-stream`. Supports a single `Range` (206), `If-None-Match` (304) and `If-Range`. With
         *     the S3 backend and `S3_PRESIGNED_DOWNLOADS=true` it answers 302 to a presigned URL valid for 5 minutes
         *     that carries the same disposition.
         */
        get: operations["downloadFile"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        /** A version's size, type and ETag, without the bytes */
        head: operations["headFileContent"];
        patch?: never;
        trace?: never;
    };
    "/v1/files/{file_id}/previews": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description A file id (`fil_` followed by 32 random characters). */
                file_id: components["parameters"]["FileId"];
            };
            cookie?: never;
        };
        /**
         * A version's previews and how far along they are
         * @description Previews are made in the background after each upload and new version: JPEG (turned upright by its EXIF
         *     orientation), PNG, WebP, GIF (its first frame), AVIF and TIFF images are downscaled to WebP (1600 px on the
         *     long edge); the first pages of a PDF (`PREVIEW_MAX_PAGES`, 20 by default) are rendered to PNG, each 1600 px
         *     on its long edge; each gets a 320 px WebP thumbnail. `status` is `pending` until then, `ready` with the
         *     images, `failed` with a `reason` (a damaged or hostile file, or one over the renderer's time, memory or
         *     size limits), or `unsupported` for any other type (HEIC included). The original is never served inline:
         *     a preview is a plain image in its own operation (`getFilePreview`), whose path each image's `url` gives.
         */
        get: operations["listFilePreviews"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/files/{file_id}/previews/{preview_id}": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description A file id (`fil_` followed by 32 random characters). */
                file_id: components["parameters"]["FileId"];
                /** @description A preview image's id (`pvw_` followed by 32 random characters), from `listFilePreviews`. */
                preview_id: components["schemas"]["PreviewId"];
            };
            cookie?: never;
        };
        /**
         * One preview image
         * @description The image's bytes (`image/webp` or `image/png`), with the same authorization as the file, `X-Content-Type-Options:
         *     nosniff` and `Content-Security-Policy: default-src 'none'; sandbox`. An image never changes: its ETag
         *     answers `If-None-Match` with 304.
         */
        get: operations["getFilePreview"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/files/{file_id}/comments": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description A file id (`fil_` followed by 32 random characters). */
                file_id: components["parameters"]["FileId"];
            };
            cookie?: never;
        };
        /** List a file's comments, oldest first */
        get: operations["listComments"];
        put?: never;
        /** Comment on a file, or reply to a comment */
        post: operations["createComment"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/comments/{comment_id}": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                comment_id: components["parameters"]["CommentId"];
            };
            cookie?: never;
        };
        get?: never;
        put?: never;
        post?: never;
        /** Delete a comment (its author); replies keep a "deleted" placeholder as context */
        delete: operations["deleteComment"];
        options?: never;
        head?: never;
        /** Edit a comment (its author) or resolve/reopen a thread (an owner or the thread's author) */
        patch: operations["updateComment"];
        trace?: never;
    };
    "/v1/files/{file_id}/approval-requests": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description A file id (`fil_` followed by 32 random characters). */
                file_id: components["parameters"]["FileId"];
            };
            cookie?: never;
        };
        /** List a file's approval requests, newest first */
        get: operations["listApprovalRequests"];
        put?: never;
        /**
         * Ask for approval of the file's current version
         * @description Binds to the version that is current now. Approvers default to every active member; `rule: any` (default)
         *     settles on the first decision, `rule: all` needs every approver to approve (one request for changes settles
         *     it as `changes_requested`).
         */
        post: operations["createApprovalRequest"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/approval-requests/{approval_request_id}": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                approval_request_id: components["parameters"]["ApprovalRequestId"];
            };
            cookie?: never;
        };
        /** Read an approval request with its decisions */
        get: operations["getApprovalRequest"];
        put?: never;
        post?: never;
        /** Cancel a pending approval request */
        delete: operations["cancelApprovalRequest"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/approval-requests/{approval_request_id}/decisions": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                approval_request_id: components["parameters"]["ApprovalRequestId"];
            };
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Approve or request changes (an approver, once)
         * @description Members only: an owner's attempt is 403 `owner_cannot_decide`; a member who is not an approver is 403
         *     `not_an_approver`; a session that came in through a `link`-mode portal's secret link is 403
         *     `verification_required` (deciding needs a verified email: sign in with a code, then decide). A superseded or canceled request is 409 `approval_superseded` / `approval_canceled`; a
         *     settled one 409 `approval_closed`; a second decision by the same member 409 `already_decided`.
         */
        post: operations["decideApprovalRequest"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/approval-requests/{approval_request_id}/record": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                approval_request_id: components["parameters"]["ApprovalRequestId"];
            };
            cookie?: never;
        };
        /** The decision record, as a downloadable JSON document */
        get: operations["getApprovalRecord"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/approval-requests/{approval_request_id}/receipt": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                approval_request_id: components["parameters"]["ApprovalRequestId"];
            };
            cookie?: never;
        };
        /**
         * The signed receipt of a decided approval request
         * @description A receipt anyone can verify offline: `receipt` names the workspace, portal, file, version and sha256, the
         *     request and each decision (the verified email, how the member signed in, when, from which IP), and
         *     `payload` is exactly the bytes signed — `receipt` in RFC 8785 canonical JSON, base64. `signature` is the
         *     Ed25519 signature of those bytes by the workspace's key `key_id`, whose public half is published at
         *     `/.well-known/foyer-receipt-keys.json`. The receipt is issued when first asked for and never changes
         *     afterwards (a later key rotation leaves it signed by the key it names). Only a request that is `approved`
         *     or `changes_requested` has one: any other is 409 `approval_undecided`. Verify with `foyer receipt verify
         *     receipt.json --file the.pdf`, or with `openssl pkeyutl -verify` (README, "Approval receipts").
         *
         *     With `Accept: text/html` (a browser's), the same receipt is a printable page: no script, a print
         *     stylesheet from this service, the receipt in words, the key and signature, and the JSON to save as
         *     `receipt.json`. The console and the widget open it from a decided request's "Receipt" link.
         */
        get: operations["getApprovalReceipt"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/workspace/receipt-keys": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Rotate the workspace's receipt signing key
         * @description Makes a new Ed25519 key the workspace's current one for receipts issued from now on and retires the
         *     previous one. Retired keys stay published at `/.well-known/foyer-receipt-keys.json`, so receipts they
         *     signed still verify. Private keys never leave the service (they rest encrypted under `SECRET_KEY`).
         *     Recorded as `receipt_key.rotated`.
         */
        post: operations["rotateReceiptKey"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/.well-known/foyer-receipt-keys.json": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * The public keys that sign approval receipts
         * @description Every workspace's receipt keys, current and retired, as a JSON Web Key Set (RFC 7517; Ed25519 keys as in
         *     RFC 8037) with each key's workspace, status and PEM form (for `openssl`). A receipt names its key by
         *     `key_id` (the key's `kid`). Public and cacheable (5 minutes; `ETag`), with `Access-Control-Allow-Origin: *`.
         */
        get: operations["listReceiptKeys"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/portals/{portal_id}/events": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description A portal id (`prt_` followed by 32 random characters). */
                portal_id: components["parameters"]["PortalId"];
            };
            cookie?: never;
        };
        /**
         * A portal's activity, newest first
         * @description Owners see every event. A client sees the portal's activity (files, comments, approvals) without other
         *     people's IP addresses and user agents.
         */
        get: operations["listPortalEvents"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/events": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The workspace's activity across portals, newest first */
        get: operations["listEvents"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/webhook-endpoints": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** List the workspace's webhook endpoints */
        get: operations["listWebhookEndpoints"];
        put?: never;
        /**
         * Add a webhook endpoint
         * @description Answers the endpoint with its signing secret `whsec_…`, shown this once (it is stored encrypted). A URL
         *     whose host is not public (see the Webhooks tag) or does not resolve is a `400` naming `url`.
         */
        post: operations["createWebhookEndpoint"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/webhook-endpoints/{endpoint_id}": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description A webhook endpoint id (`whe_…`). */
                endpoint_id: components["schemas"]["WebhookEndpointId"];
            };
            cookie?: never;
        };
        get?: never;
        put?: never;
        post?: never;
        /**
         * Delete a webhook endpoint
         * @description Its pending retries stop; its delivery history goes with it.
         */
        delete: operations["deleteWebhookEndpoint"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/webhook-endpoints/{endpoint_id}/deliveries": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description A webhook endpoint id (`whe_…`). */
                endpoint_id: components["schemas"]["WebhookEndpointId"];
            };
            cookie?: never;
        };
        /** List an endpoint's deliveries and their attempts */
        get: operations["listWebhookDeliveries"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/auth/verifications": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Email a workspace user a sign-in code and magic link
         * @description No credentials. The people of a business (workspace users) sign in to the console like clients sign in to
         *     a portal, with the same security numbers. Always 202 with the same body, whether or not the address
         *     belongs to a user of any workspace (no enumeration: same status, body and timing). A user gets a 6-digit
         *     code (valid 10 minutes, 5 attempts) and a magic link `PUBLIC_URL/console/verify#token=…` (valid 15
         *     minutes, once; opening it consumes nothing: the page asks for a click). A new request voids the previous
         *     code and link. Limited to 1 a minute and 5 an hour per email, and 20 an hour per IP address (an IPv6
         *     address counts by its /64): 429 with `Retry-After`.
         */
        post: operations["startUserSignIn"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/auth/verifications/confirm": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Exchange a code or a magic-link token for a user session
         * @description No credentials. `{email, code}` or `{token}` (a magic-link or invitation token, single use, consumed
         *     atomically). Every failed confirmation answers the same 401 body after the same work. When the address
         *     belongs to users of several workspaces and no `workspace_id` is sent, the answer is 200 with a
         *     `workspace_choice`: the workspaces to choose from and a `choice_token` (valid 10 minutes, once); send
         *     `{choice_token, workspace_id}` to finish. Otherwise 201 with a session: `us_<id>.<secret>`, valid 30
         *     days from sign-in and ended after 7 days unused. With `transport: "cookie"` (the console) the token is
         *     not in the body: it is set as the `HttpOnly; SameSite=Strict` cookie `foyer_session` (`Path=/v1`,
         *     `Secure` when `PUBLIC_URL` is https), beside the `foyer_csrf` cookie whose value the console sends back
         *     as the `X-Foyer-Csrf` header on every request. A sign-in from a device the user has not used before
         *     emails a notice. Limits: `per-ip`, 60 confirmations an hour per IP address; `per-email`, 30 code
         *     confirmations an hour per email. Over a limit: 429 with `Retry-After`.
         */
        post: operations["confirmUserSignIn"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/auth/sessions": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** List my own sessions (the devices I am signed in on) */
        get: operations["listUserSessions"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/auth/sessions/{user_session_id}": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description A user session id (`uss_…`). */
                user_session_id: components["parameters"]["UserSessionId"];
            };
            cookie?: never;
        };
        get?: never;
        put?: never;
        post?: never;
        /**
         * End one of my own sessions
         * @description Another user's session is 404. Its next request is 401.
         */
        delete: operations["revokeUserSession"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/auth/sign-out": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Sign this device out of the console
         * @description Ends the session that made the request and clears its cookies.
         */
        post: operations["signOutUser"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/workspace/exports": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * List exports, newest first
         * @description The workspace's exports, of portals and of the whole workspace, until they expire.
         */
        get: operations["listExports"];
        put?: never;
        /**
         * Export everything of the workspace
         * @description Queues a job that writes a zip of the whole workspace: every portal as `createPortalExport` would export it
         *     (under `portals/<portal_id>/`), the users, and the workspace's own event trail. While a workspace export is
         *     `queued` or `running`, this answers that one instead of starting another.
         */
        post: operations["createWorkspaceExport"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/workspace/exports/{export_id}": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description An export id (`exp_…`). */
                export_id: components["schemas"]["ExportId"];
            };
            cookie?: never;
        };
        /** Read an export's status and progress */
        get: operations["getExport"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/workspace/exports/{export_id}/content": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description An export id (`exp_…`). */
                export_id: components["schemas"]["ExportId"];
            };
            cookie?: never;
        };
        /**
         * Download a ready export
         * @description The zip, as an attachment (`foyer-export-<export_id>.zip`), until `expires_at` (7 days after it was ready);
         *     then the export is gone (404). An export that is not `ready` yet (or failed) is 409 `export_not_ready`.
         */
        get: operations["downloadExport"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/workspace/users": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** List the workspace's users */
        get: operations["listUsers"];
        put?: never;
        /**
         * Invite a person of the business
         * @description Emails an invitation with a sign-in link (`PUBLIC_URL/console/verify#token=…`, valid 7 days, once). The
         *     user is `invited` until their first sign-in. An address that is already a user of this workspace is 409
         *     `user_exists`.
         */
        post: operations["inviteUser"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/workspace/users/{user_id}": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description A user id (`usr_…`). */
                user_id: components["parameters"]["UserId"];
            };
            cookie?: never;
        };
        get?: never;
        put?: never;
        post?: never;
        /**
         * Remove a user from the workspace
         * @description Their sessions end at once (their next request is 401). The last owner cannot be removed (409 `last_owner`).
         */
        delete: operations["removeUser"];
        options?: never;
        head?: never;
        /**
         * Rename a user, change their role, or set their notifications
         * @description Owners (and API keys) may change any user. A `staff` user may change only their own `name` and
         *     `notifications`; anything else is 403 `owner_role_required`. Demoting the workspace's last owner is 409
         *     `last_owner`.
         */
        patch: operations["updateUser"];
        trace?: never;
    };
    "/v1/api-keys": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** List the workspace's API keys (never their secrets) */
        get: operations["listApiKeys"];
        put?: never;
        /**
         * Create an API key
         * @description Answers the key `sk_…` this once; only a keyed hash is kept. Recorded as `api_key.created`.
         */
        post: operations["createApiKey"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/api-keys/{api_key_id}": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description An API key id (`key_…`). */
                api_key_id: components["parameters"]["ApiKeyId"];
            };
            cookie?: never;
        };
        get?: never;
        put?: never;
        post?: never;
        /**
         * Revoke an API key, instantly
         * @description Its next request is 401. Recorded as `api_key.revoked`.
         */
        delete: operations["revokeApiKey"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/dashboard": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Every portal and what waits in it
         * @description The console's home: one summary per portal, most recent activity first — its client, last activity, and
         *     what waits: client uploads since the caller last looked (`POST /v1/portals/{portal_id}/seen`), client
         *     comment threads nobody of the business has answered, pending and overdue approval requests. A portal is
         *     `waiting_on_us` when it has new client uploads, unanswered client comments or request items to review
         *     (`submitted`), else `waiting_on_client` when an approval request is pending or request items wait on the
         *     client, else `done`; archived portals are `archived` and listed only with
         *     `filter=archived`. `q` matches the portal's name, its client's name and its members' emails (case-insensitive
         *     substring). `counts` counts every state for the same `q`.
         */
        get: operations["getDashboard"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/portals/{portal_id}/seen": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description A portal id (`prt_` followed by 32 random characters). */
                portal_id: components["parameters"]["PortalId"];
            };
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Mark a portal as looked at now
         * @description The dashboard's `new_uploads` counts client uploads after the caller's (the user's, or the API key's) last mark.
         */
        post: operations["markPortalSeen"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/webhook-endpoints/{endpoint_id}/deliveries/{delivery_id}/resend": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description A webhook endpoint id (`whe_…`). */
                endpoint_id: components["schemas"]["WebhookEndpointId"];
                /** @description A webhook delivery id (`whd_…`). */
                delivery_id: string;
            };
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Send a failed delivery again
         * @description Queues one more attempt of a `failed` delivery at once (same `webhook-id`, a fresh timestamp and
         *     signature); the delivery is `pending` until it is answered, with the usual retries. A delivery that is
         *     not `failed` is 409 `delivery_not_failed`; an endpoint that was disabled is enabled again.
         */
        post: operations["resendWebhookDelivery"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/widget": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * The current widget build, for an embed snippet
         * @description The versioned URL of `<foyer-portal>`'s script and its Subresource Integrity hash, to paste into a page.
         */
        get: operations["getWidgetBuild"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/portals/{portal_id}/requests": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description A portal id (`prt_` followed by 32 random characters). */
                portal_id: components["parameters"]["PortalId"];
            };
            cookie?: never;
        };
        /**
         * List a portal's document requests, newest first
         * @description Each request with its items and each item's files. A client sees its own portal's requests.
         */
        get: operations["listPortalRequests"];
        put?: never;
        /**
         * Ask the client for documents
         * @description Creates a request with its items (at most 50). With `notify` (default true) every active member gets one
         *     email listing the items, the due date and the portal link. An archived portal is 409 `portal_archived`.
         */
        post: operations["createRequest"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/requests": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Who is missing what, across portals
         * @description The workspace's requests with their portal, for the "who is missing what" view. `sort=due_at` (default)
         *     lists the earliest due first, so overdue requests lead and requests without a due date come last; ties
         *     go by portal name. `waiting` keeps requests with items waiting on the client (`client`: open or sent
         *     back) or on the business (`us`: submitted, to review).
         */
        get: operations["listRequests"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/requests/{request_id}": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description A document request id (`req_…`). */
                request_id: components["parameters"]["DocumentRequestId"];
            };
            cookie?: never;
        };
        /** Read a request with its items and their files */
        get: operations["getRequest"];
        put?: never;
        post?: never;
        /**
         * Withdraw a request
         * @description The request and its items go; files already sent stay in the portal.
         */
        delete: operations["deleteRequest"];
        options?: never;
        head?: never;
        /**
         * Change a request's title, message or due date, or add items
         * @description Moving `due_at` plans its reminders again from the new date (never more than `REQUEST_REMINDER_MAX` in all). Items added to a complete request make it open again when
         *     they are required. More than 50 items in all is 409 `too_many_items`.
         */
        patch: operations["updateRequest"];
        trace?: never;
    };
    "/v1/request-items/{request_item_id}": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description A request item id (`rqi_…`). */
                request_item_id: components["parameters"]["RequestItemId"];
            };
            cookie?: never;
        };
        get?: never;
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        /**
         * Review an item (accept, send back, reopen), edit it, or mark it not applicable
         * @description `status` moves the item:
         *     - owner: `accepted` (from `submitted`), `changes_requested` with a `reason` the client sees (from
         *       `submitted` or `accepted`), `open` (reopen, from any status), `not_applicable` (waive it, from any status
         *       but `accepted`);
         *     - client: `not_applicable` with an optional `note`, for an optional item (a required one is 409
         *       `item_required`) that is `open` or `changes_requested`; `open` to undo that.
         *
         *     A move the item's status does not allow is 409 `request_item_conflict`. The owner may also edit `title`,
         *     `description`, `required`, `multiple` and `allowed_types` (a client trying is 403 `owner_only_field`).
         *     When every required item is `accepted` the request becomes `complete` (`request.completed`).
         */
        patch: operations["updateRequestItem"];
        trace?: never;
    };
    "/v1/request-templates": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** List the workspace's request templates, by name */
        get: operations["listRequestTemplates"];
        put?: never;
        /** Save a list of items to ask many clients for */
        post: operations["createRequestTemplate"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/request-templates/{request_template_id}": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description A request template id (`rqt_…`). */
                request_template_id: components["parameters"]["RequestTemplateId"];
            };
            cookie?: never;
        };
        /** Read a template */
        get: operations["getRequestTemplate"];
        put?: never;
        post?: never;
        /**
         * Delete a template
         * @description Requests already made from it stay.
         */
        delete: operations["deleteRequestTemplate"];
        options?: never;
        head?: never;
        /**
         * Rename a template or change its message or items
         * @description Requests already made from the template keep their items.
         */
        patch: operations["updateRequestTemplate"];
        trace?: never;
    };
    "/v1/request-templates/{request_template_id}/apply": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description A request template id (`rqt_…`). */
                request_template_id: components["parameters"]["RequestTemplateId"];
            };
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Give many portals their own request from a template, in one call
         * @description Each listed portal (up to 1,000) gets its own request with the template's items: a portal gets the
         *     whole request or nothing, and one portal's failure never undoes another's request. The answer lists
         *     every portal's result, in the order given: `created` (with the new request's id), `exists` (the portal
         *     already has an open request made from this template — re-running an apply after a failure fills in only
         *     what is missing), or `failed` with an error `code` (`not_found` for a portal this workspace does not
         *     have, `portal_archived`, `internal_error` when its request could not be written — applying again retries
         *     it). With `notify` (default true) each created request emails its portal's members once.
         */
        post: operations["applyRequestTemplate"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
}
export type webhooks = Record<string, never>;
export interface components {
    schemas: {
        Health: {
            /** @enum {string} */
            status: "ok";
        };
        /** @description RFC 9457 problem details. */
        Problem: {
            /** @description `urn:foyer:error:` followed by `code`. */
            type: string;
            /** @description A short, human-readable summary of the kind of problem. */
            title: string;
            /** Format: int32 */
            status: number;
            /** @description What went wrong with this request, for a human. */
            detail?: string;
            code: components["schemas"]["ErrorCode"];
            request_id: string;
            /** @description For `validation_failed`, each offending field. */
            errors?: {
                /** @description JSON-pointer-like location, e.g. `/body/name` or `/query/limit`. */
                path: string;
                message: string;
            }[];
        };
        /**
         * @description Stable, machine-readable error code.
         * @enum {string}
         */
        ErrorCode: "validation_failed" | "malformed_json" | "payload_too_large" | "unsupported_media_type" | "authentication_required" | "invalid_credentials" | "not_found" | "method_not_allowed" | "invalid_cursor" | "idempotency_key_reused" | "idempotency_in_progress" | "verification_failed" | "api_key_required" | "member_revoked" | "rate_limited" | "uploads_disabled" | "not_author" | "verification_required" | "owner_cannot_decide" | "not_an_approver" | "approval_superseded" | "approval_canceled" | "approval_closed" | "already_decided" | "approval_undecided" | "no_approvers" | "file_too_large" | "malformed_upload" | "range_not_satisfiable" | "owner_role_required" | "last_owner" | "user_exists" | "csrf_failed" | "delivery_not_failed" | "portal_archived" | "too_many_items" | "request_item_conflict" | "item_required" | "owner_only_field" | "file_type_not_allowed" | "upload_offset_mismatch" | "upload_completed" | "upload_expired" | "upload_locked" | "tus_resumable_required" | "service_unavailable" | "internal_error" | "export_not_ready";
        /**
         * Format: date-time
         * @example 2026-11-28T09:30:00.000Z
         */
        Timestamp: string;
        /** @example prt_8f3k2m9q4w7x1c5v6b0n3j8h2g4d6s1a */
        PortalId: string;
        CommentId: string;
        ApprovalRequestId: string;
        /** @example mem_7c2k9m3q4w8x1c5v6b0n3j8h2g4d6s1a */
        MemberId: string;
        /** @example ses_4d2k9m3q4w8x1c5v6b0n3j8h2g4d6s1a */
        SessionId: string;
        /** @example fil_3n8k2m9q4w7x1c5v6b0n3j8h2g4d6s1a */
        FileId: string;
        /** @example wsp_1a2b3c4d5e6f7g8h9j0k1m2n3p4q5r6s */
        WorkspaceId: string;
        /** @description How portals look to clients. */
        Branding: {
            /** @description Name shown to clients; defaults to the workspace name. */
            display_name?: string | null;
            /**
             * Format: uri
             * @description An http(s) URL of the logo image.
             */
            logo_url?: string | null;
            /** @description A hex colour such as `#0f766e`. */
            accent_color?: string | null;
        };
        /** @description An exact web origin, scheme + host + optional port, no path (`https://www.acme.example`). */
        Origin: string;
        Workspace: {
            id: components["schemas"]["WorkspaceId"];
            name: string;
            branding: components["schemas"]["Branding"];
            /** @description Origins allowed to embed the widget (CORS allow-list). */
            allowed_origins: components["schemas"]["Origin"][];
            /** @description Extra addresses that hear what clients do (a shared inbox), besides the workspace's users, who hear it unless they mute it. A new workspace starts with none; an address in both gets one email. */
            notify_emails: string[];
            /** @description The addresses of the workspace's users whose role is `owner`. */
            owner_emails: string[];
            created_at: components["schemas"]["Timestamp"];
            updated_at: components["schemas"]["Timestamp"];
        };
        WorkspaceUpdate: {
            name?: string;
            branding?: components["schemas"]["Branding"];
            allowed_origins?: components["schemas"]["Origin"][];
            notify_emails?: string[];
        };
        /** @enum {string} */
        PortalStatus: "active" | "archived";
        /**
         * @description `verified`: clients prove they own their email address (default).
         *     `link`: the permanent link itself admits, for low-risk work.
         * @enum {string}
         */
        AccessMode: "verified" | "link";
        Portal: {
            id: components["schemas"]["PortalId"];
            requests: components["schemas"]["PortalRequestProgress"];
            name: string;
            client_name: string | null;
            access_mode: components["schemas"]["AccessMode"];
            status: components["schemas"]["PortalStatus"];
            /** @description Whether clients may upload files. */
            client_uploads: boolean;
            /**
             * Format: uri
             * @description The direct link, `PUBLIC_URL/p/{portal_id}`.
             */
            url: string;
            created_at: components["schemas"]["Timestamp"];
            updated_at: components["schemas"]["Timestamp"];
        };
        /** @example exp_5k2m9q4w7x1c5v6b0n3j8h2g4d6s1a3n */
        ExportId: string;
        Export: {
            id: components["schemas"]["ExportId"];
            /** @enum {string} */
            scope: "portal" | "workspace";
            /** @description The exported portal; null for an export of the whole workspace. */
            portal_id: components["schemas"]["PortalId"] | null;
            /**
             * @description `queued`, then `running` while the zip is written, then `ready` (downloadable) or `failed`.
             * @enum {string}
             */
            status: "queued" | "running" | "ready" | "failed";
            /**
             * Format: int32
             * @description Percent of the files' bytes written so far (100 when ready).
             */
            progress: number;
            /**
             * Format: int64
             * @description The zip's size in bytes, once ready.
             */
            size: number | null;
            /** @description Why it failed (`failed` only). */
            error: string | null;
            created_at: components["schemas"]["Timestamp"];
            /** @description When it became `ready` or `failed`. */
            completed_at: components["schemas"]["Timestamp"] | null;
            /** @description Until when it can be downloaded (7 days after it was ready); then it is deleted. */
            expires_at: components["schemas"]["Timestamp"] | null;
        };
        ExportList: {
            data: components["schemas"]["Export"][];
            has_more: boolean;
            next_cursor: string | null;
        };
        PortalCreate: {
            name: string;
            client_name?: string | null;
            access_mode?: components["schemas"]["AccessMode"];
            /** @default true */
            client_uploads?: boolean;
        };
        PortalUpdate: {
            name?: string;
            client_name?: string | null;
            access_mode?: components["schemas"]["AccessMode"];
            status?: components["schemas"]["PortalStatus"];
            client_uploads?: boolean;
        };
        PortalList: {
            data: components["schemas"]["Portal"][];
            has_more: boolean;
            next_cursor: string | null;
        };
        /**
         * @description `owner`: the business (API key or owner session). `member`: a client contact.
         * @enum {string}
         */
        ActorKind: "owner" | "member";
        /** @description Who did something. */
        Actor: {
            kind: components["schemas"]["ActorKind"];
            /** @description The member id; for owners the API key's or the user's id. */
            id: string | null;
            name: string | null;
            email: string | null;
        };
        FileVersion: {
            /** Format: int32 */
            version: number;
            /**
             * Format: int64
             * @description Bytes.
             */
            size: number;
            /** @description Detected from the content's magic bytes (`application/octet-stream` when unknown). */
            content_type: string;
            sha256: string;
            uploaded_by: components["schemas"]["Actor"];
            created_at: components["schemas"]["Timestamp"];
        };
        /** @example pvw_7k2m9q4w7x1c5v6b0n3j8h2g4d6s1a3n */
        PreviewId: string;
        /**
         * @description `pending`: not made yet (it will be, shortly). `ready`: the images are listed. `failed`: the renderer could
         *     not make them (`reason` says why). `unsupported`: no preview is made for this type.
         * @enum {string}
         */
        PreviewStatus: "pending" | "ready" | "failed" | "unsupported";
        /**
         * @description Why a preview failed: `too_large` (the file is over `PREVIEW_MAX_BYTES`), `too_many_pixels` (an image over
         *     the pixel limit: a decompression bomb or a huge scan), `page_too_large` (a PDF page over 14,400 pt, PDF's
         *     own limit), `encrypted` (a password-protected PDF), `unreadable` (damaged, truncated or not what its first
         *     bytes claim), `timed_out` (over `PREVIEW_TIMEOUT_SECONDS`), `out_of_memory` (over `PREVIEW_MEMORY_MB`),
         *     `crashed` (the renderer ended without an answer).
         * @enum {string}
         */
        PreviewFailure: "too_large" | "too_many_pixels" | "page_too_large" | "encrypted" | "unreadable" | "timed_out" | "out_of_memory" | "crashed";
        PreviewImage: {
            id: components["schemas"]["PreviewId"];
            /**
             * Format: int32
             * @description The PDF page it shows (1 for an image).
             */
            page: number;
            /**
             * Format: int32
             * @description Pixels.
             */
            width: number;
            /**
             * Format: int32
             * @description Pixels.
             */
            height: number;
            /** @enum {string} */
            content_type: "image/webp" | "image/png";
            /**
             * Format: int64
             * @description Bytes.
             */
            size: number;
            /** @description The image's path (`getFilePreview`), relative to the API's base URL. */
            url: string;
        };
        FilePreviews: {
            file_id: components["schemas"]["FileId"];
            /** Format: int32 */
            version: number;
            /** @description The version's detected type. */
            content_type: string;
            status: components["schemas"]["PreviewStatus"];
            /** @description Why it failed; null unless `status` is `failed`. */
            reason: null | components["schemas"]["PreviewFailure"];
            /**
             * Format: int32
             * @description Pages in the document (more than `pages` holds when a PDF is longer than the preview limit); 1 for an image; null until ready.
             */
            page_count: number | null;
            /** @description A small image (320 px on its long edge) of the image or the first page; null until ready. */
            thumbnail: null | components["schemas"]["PreviewImage"];
            /** @description The image (WebP), or the PDF's first pages in order (PNG), each 1600 px on its long edge (smaller images keep their size). Empty until ready. */
            pages: components["schemas"]["PreviewImage"][];
        };
        File: {
            id: components["schemas"]["FileId"];
            /** @description The file's latest approval request, for badges in lists; null when none was asked for. */
            approval: null | components["schemas"]["ApprovalSummary"];
            portal_id: components["schemas"]["PortalId"];
            /** @description Display name (sanitised). */
            name: string;
            current_version: components["schemas"]["FileVersion"];
            /** Format: int32 */
            version_count: number;
            uploaded_by: components["schemas"]["Actor"];
            created_at: components["schemas"]["Timestamp"];
            updated_at: components["schemas"]["Timestamp"];
        };
        FileList: {
            data: components["schemas"]["File"][];
            has_more: boolean;
            next_cursor: string | null;
        };
        FileVersionList: {
            data: components["schemas"]["FileVersion"][];
            has_more: boolean;
            next_cursor: string | null;
        };
        FileUpload: {
            /** @description Display name; defaults to the file part's filename. */
            name?: string;
            /** @description The bytes. */
            file: string;
        };
        PortalFileUpload: {
            /** @description Display name; defaults to the file part's filename. */
            name?: string;
            request_item_id?: components["schemas"]["RequestItemId"];
            /** @description The bytes. */
            file: string;
        };
        /** @example upl_6k2m9q4w7x1c5v6b0n3j8h2g4d6s1a3f */
        UploadId: string;
        FileUpdate: {
            name: string;
        };
        /**
         * Format: email
         * @description An email address; at most 254 characters, the longest an SMTP path can carry (RFC 5321).
         */
        Email: string;
        PublicPortal: {
            id: components["schemas"]["PortalId"];
            name: string;
            access_mode: components["schemas"]["AccessMode"];
            workspace: {
                name: string;
                branding: components["schemas"]["Branding"];
            };
        };
        VerificationStart: {
            email: components["schemas"]["Email"];
            locale?: components["schemas"]["ClientLocale"];
        };
        /**
         * @description The client's language, a BCP 47 tag (`de`, `de-AT`); `<foyer-portal>` sends the one it shows. The code
         *     email is written in it; a confirmation stores it on the member (unless the business chose the member's
         *     language: `Member.locale_source` `owner`), and the emails that member gets from then on — invitations, new-device notices, notifications, document requests and
         *     their reminders — are written in it. Languages: `en`, `de`, `fr`, `es`, `nl` (a region is dropped);
         *     any other well-formed tag is taken as English (stored as null).
         * @example de-AT
         */
        ClientLocale: string;
        VerificationStarted: {
            /**
             * @description The same answer for every address.
             * @enum {string}
             */
            status: "sent_if_allowed";
            /**
             * Format: int32
             * @description Seconds a code stays valid (600).
             */
            code_expires_in: number;
            /**
             * Format: int32
             * @description Seconds before another code may be asked for (60).
             */
            resend_after: number;
        };
        /**
         * @description Exactly one of: `{email, code}`, `{token}`, `{link_key, name, email}`, or `{embed_code}`, each with an
         *     optional `locale`. Any other combination is a 400 `validation_failed` naming the fields.
         */
        VerificationConfirm: {
            email?: components["schemas"]["Email"];
            code?: string;
            token?: string;
            link_key?: string;
            name?: string;
            /** @description A code from `createEmbedSession`. */
            embed_code?: string;
            locale?: components["schemas"]["ClientLocale"];
        };
        /** @description Exactly one of `member_id` and `email`; anything else is a 400 `validation_failed` naming the fields. */
        EmbedSessionCreate: {
            member_id?: components["schemas"]["MemberId"];
            email?: components["schemas"]["Email"];
            /** @description The name of a member this creates (ignored for an existing member). */
            name?: string;
            /**
             * Format: int32
             * @description How long the code may wait to be exchanged, in seconds.
             * @default 120
             */
            ttl_seconds?: number;
        };
        EmbedSession: {
            /** @description Hand it to `<foyer-portal embed-code=…>` (or `confirmVerification`); shown once. */
            embed_code: string;
            expires_at: components["schemas"]["Timestamp"];
            member_id: components["schemas"]["MemberId"];
        };
        /** @enum {string} */
        MemberStatus: "active" | "revoked";
        Member: {
            id: components["schemas"]["MemberId"];
            portal_id: components["schemas"]["PortalId"];
            email: string;
            name: string | null;
            status: components["schemas"]["MemberStatus"];
            /** @description Whether the member has proved it owns the email address (false for link-mode visitors). */
            verified: boolean;
            notifications: components["schemas"]["NotificationSetting"];
            /**
             * @description The language the member's emails are written in (invitations, new-device notices, notifications,
             *     document requests and their reminders). Null: not known yet — English until the member signs in, when
             *     the language `<foyer-portal>` shows is stored (null again if the emails are not written in it).
             */
            locale: components["schemas"]["EmailLocale"] | null;
            /**
             * @description Who set `locale`: `owner` (the business, through `addMember` or `updateMember`: kept when the member
             *     signs in with another language), `sign_in` (stored at the member's last sign-in: their next one
             *     replaces it), or null while `locale` is null.
             */
            locale_source: ("owner" | "sign_in") | null;
            /** Format: date-time */
            last_seen_at: string | null;
            created_at: components["schemas"]["Timestamp"];
        };
        /**
         * @description A language Foyer's emails are written in (English, German, French, Spanish, Dutch).
         * @enum {string}
         */
        EmailLocale: "en" | "de" | "fr" | "es" | "nl";
        MemberUpdate: {
            /** @description The language of the member's emails, kept over their sign-ins; null forgets it (see `updateMember`). */
            locale: components["schemas"]["EmailLocale"] | null;
        };
        MemberCreate: {
            email: components["schemas"]["Email"];
            name?: string | null;
            /**
             * @description Email the member the portal's link.
             * @default false
             */
            send_invite?: boolean;
            locale?: components["schemas"]["EmailLocale"];
        };
        MemberList: {
            data: components["schemas"]["Member"][];
            has_more: boolean;
            next_cursor: string | null;
        };
        Session: {
            id: components["schemas"]["SessionId"];
            portal_id: components["schemas"]["PortalId"];
            member: components["schemas"]["Member"];
            /**
             * @description How the device signed in.
             * @enum {string}
             */
            method: "code" | "magic_link" | "sign_in_link" | "access_link" | "embed";
            user_agent: string | null;
            ip: string | null;
            created_at: components["schemas"]["Timestamp"];
            last_used_at: components["schemas"]["Timestamp"];
            expires_at: components["schemas"]["Timestamp"];
        };
        SessionList: {
            data: components["schemas"]["Session"][];
            has_more: boolean;
            next_cursor: string | null;
        };
        SessionCreated: {
            /** @description `cs_<id>.<secret>`: send as `Authorization: Bearer …`. Shown once. */
            session_token: string;
            expires_at: components["schemas"]["Timestamp"];
            member: components["schemas"]["Member"];
        };
        SignInLinkCreate: {
            member_id: components["schemas"]["MemberId"];
        };
        SignInLink: {
            /**
             * Format: uri
             * @description `PUBLIC_URL/p/{portal_id}/verify#token=…` — usable once.
             */
            url: string;
            expires_at: components["schemas"]["Timestamp"];
        };
        AccessLink: {
            /**
             * Format: uri
             * @description `PUBLIC_URL/p/{portal_id}#k=…`
             */
            url: string;
        };
        Me: {
            /**
             * @description `owner`: an API key; `user`: a user session (with `user`); `client`: a client session.
             * @enum {string}
             */
            kind: "owner" | "client" | "user";
            workspace_id?: components["schemas"]["WorkspaceId"];
            user?: components["schemas"]["User"];
            portal?: components["schemas"]["Portal"];
            member?: components["schemas"]["Member"];
            session?: {
                id: components["schemas"]["SessionId"];
                expires_at: components["schemas"]["Timestamp"];
            };
        };
        /** @enum {string} */
        ApprovalStatus: "pending" | "approved" | "changes_requested" | "canceled" | "superseded";
        ApprovalSummary: {
            request_id: components["schemas"]["ApprovalRequestId"];
            status: components["schemas"]["ApprovalStatus"];
            /** Format: int32 */
            version: number;
            /** Format: date-time */
            due_at: string | null;
        };
        Comment: {
            id: components["schemas"]["CommentId"];
            file_id: components["schemas"]["FileId"];
            /** @description The comment this replies to (null for a thread's first comment). */
            parent_id: null | components["schemas"]["CommentId"];
            /**
             * Format: int32
             * @description The file version the comment refers to, if any.
             */
            version: number | null;
            author: components["schemas"]["Actor"];
            /** @description Plain text; null once deleted. */
            body: string | null;
            deleted: boolean;
            /** @description For a thread's first comment, whether the thread is resolved. */
            resolved: boolean;
            /** Format: date-time */
            resolved_at: string | null;
            /** Format: date-time */
            edited_at: string | null;
            created_at: components["schemas"]["Timestamp"];
        };
        CommentList: {
            data: components["schemas"]["Comment"][];
            has_more: boolean;
            next_cursor: string | null;
        };
        CommentCreate: {
            body: string;
            /** Format: int32 */
            version?: number;
            parent_id?: components["schemas"]["CommentId"];
        };
        CommentUpdate: {
            body?: string;
            resolved?: boolean;
        };
        /**
         * @description How a person got in: an emailed `code`, a `magic_link`, an owner's one-time `sign_in_link`, a
         *     `link`-mode portal's secret link (`access_link`, which proves nothing about the email address), or
         *     `embed`: signed in by the business's own website, which handed the session over (`createEmbedSession`).
         * @enum {string}
         */
        SignInMethod: "code" | "magic_link" | "sign_in_link" | "access_link" | "embed";
        Decision: {
            id: string;
            member_id: components["schemas"]["MemberId"];
            /** @description The address the member verified. */
            email: string;
            /** @enum {string} */
            decision: "approve" | "request_changes";
            note: string | null;
            /** Format: int32 */
            version: number;
            /** @description Of the exact bytes decided on. */
            sha256: string;
            /** @description How the deciding member's session signed in; null for decisions recorded before methods were. */
            sign_in_method: components["schemas"]["SignInMethod"] | null;
            ip: string | null;
            user_agent: string | null;
            created_at: components["schemas"]["Timestamp"];
        };
        ApprovalRequest: {
            id: components["schemas"]["ApprovalRequestId"];
            file_id: components["schemas"]["FileId"];
            portal_id: components["schemas"]["PortalId"];
            /**
             * Format: int32
             * @description The file version this request is bound to.
             */
            version: number;
            sha256: string;
            status: components["schemas"]["ApprovalStatus"];
            /** @enum {string} */
            rule: "any" | "all";
            message: string | null;
            /** Format: date-time */
            due_at: string | null;
            approvers: components["schemas"]["Member"][];
            decisions: components["schemas"]["Decision"][];
            created_at: components["schemas"]["Timestamp"];
            updated_at: components["schemas"]["Timestamp"];
        };
        ApprovalRequestList: {
            data: components["schemas"]["ApprovalRequest"][];
            has_more: boolean;
            next_cursor: string | null;
        };
        ApprovalRequestCreate: {
            message?: string | null;
            /** Format: date-time */
            due_at?: string | null;
            approvers?: components["schemas"]["MemberId"][];
            /**
             * @default any
             * @enum {string}
             */
            rule?: "any" | "all";
        };
        DecisionCreate: {
            /** @enum {string} */
            decision: "approve" | "request_changes";
            note?: string | null;
        };
        ApprovalRecord: {
            /**
             * Format: int32
             * @enum {integer}
             */
            record_version: 1;
            approval_request: {
                id: components["schemas"]["ApprovalRequestId"];
                status: components["schemas"]["ApprovalStatus"];
                /** @enum {string} */
                rule: "any" | "all";
                message: string | null;
                /** Format: date-time */
                due_at: string | null;
                created_at: components["schemas"]["Timestamp"];
            };
            file: {
                id: components["schemas"]["FileId"];
                name: string;
                /** Format: int32 */
                version: number;
                sha256: string;
                /** Format: int64 */
                size: number;
                content_type: string;
            };
            portal: {
                id: components["schemas"]["PortalId"];
                name: string;
                workspace_name: string;
            };
            decisions: components["schemas"]["Decision"][];
            generated_at: components["schemas"]["Timestamp"];
        };
        /**
         * @description A detached signature over canonical bytes. `payload` is what is signed: `receipt` serialized as RFC 8785
         *     canonical JSON (UTF-8), base64. `receipt` is the same document, readable; a verifier checks the signature
         *     over `payload` and that `receipt` canonicalizes to exactly those bytes (`foyer receipt verify` does both).
         */
        SignedApprovalReceipt: {
            receipt: components["schemas"]["ApprovalReceipt"];
            /** @description The signed bytes (RFC 8785 canonical JSON of `receipt`), base64. */
            payload: string;
            /** @description The Ed25519 signature (RFC 8032, 64 bytes) of the bytes of `payload`, base64. */
            signature: string;
            key_id: components["schemas"]["ReceiptKeyId"];
            /** @enum {string} */
            alg: "Ed25519";
        };
        /** @description What a receipt attests, as signed. Every field is signed; none changes once issued. */
        ApprovalReceipt: {
            /** @enum {string} */
            type: "foyer.approval_receipt";
            /**
             * Format: int32
             * @enum {integer}
             */
            receipt_version: 1;
            /**
             * Format: uri
             * @description The service that issued it (its `PUBLIC_URL`).
             */
            issuer: string;
            /**
             * Format: uri
             * @description Where the issuer publishes its public keys.
             */
            keys_url: string;
            key_id: components["schemas"]["ReceiptKeyId"];
            issued_at: components["schemas"]["Timestamp"];
            workspace: {
                id: components["schemas"]["WorkspaceId"];
                /** @description Its display name when the receipt was issued. */
                name: string;
            };
            portal: {
                id: components["schemas"]["PortalId"];
                name: string;
            };
            file: {
                id: components["schemas"]["FileId"];
                name: string;
                /** Format: int32 */
                version: number;
                /** @description Of the exact bytes of this version, which every decision was on. */
                sha256: string;
                /** Format: int64 */
                size: number;
                content_type: string;
            };
            approval_request: {
                id: components["schemas"]["ApprovalRequestId"];
                /** @enum {string} */
                status: "approved" | "changes_requested";
                /** @enum {string} */
                rule: "any" | "all";
                message: string | null;
                /** Format: date-time */
                due_at: string | null;
                requested_at: components["schemas"]["Timestamp"];
                settled_at: components["schemas"]["Timestamp"];
            };
            decisions: components["schemas"]["ReceiptDecision"][];
        };
        ReceiptDecision: {
            id: string;
            /** @enum {string} */
            decision: "approve" | "request_changes";
            note: string | null;
            member_id: components["schemas"]["MemberId"];
            /** @description The address the member verified to sign in. */
            email: string;
            /** @description How that session signed in (`code`, `magic_link`, `sign_in_link`, `embed`); null for decisions recorded before methods were. */
            sign_in_method: components["schemas"]["SignInMethod"] | null;
            ip: string | null;
            user_agent: string | null;
            decided_at: components["schemas"]["Timestamp"];
        };
        /** @example rkey_4f8k2m6q9w3x7c1v5b8n0j2h6g9d3s7a */
        ReceiptKeyId: string;
        /** @description An Ed25519 public key as a JSON Web Key (RFC 8037), with where it belongs and its PEM form. */
        ReceiptKey: {
            kid: components["schemas"]["ReceiptKeyId"];
            /** @enum {string} */
            kty: "OKP";
            /** @enum {string} */
            crv: "Ed25519";
            /** @description The 32-byte public key, base64url without padding. */
            x: string;
            /** @enum {string} */
            alg: "EdDSA";
            /** @enum {string} */
            use: "sig";
            workspace_id: components["schemas"]["WorkspaceId"];
            /**
             * @description `current` signs new receipts; a `retired` key signed earlier ones, which stay valid.
             * @enum {string}
             */
            status: "current" | "retired";
            created_at: components["schemas"]["Timestamp"];
            retired_at: components["schemas"]["Timestamp"] | null;
            /** @description The same key as an SPKI PEM block, for `openssl pkeyutl -verify -pubin -inkey`. */
            public_key_pem: string;
        };
        ReceiptKeySet: {
            /** Format: uri */
            issuer: string;
            keys: components["schemas"]["ReceiptKey"][];
        };
        Event: {
            id: string;
            /**
             * @description One of: member.added, member.invited, member.updated, member.revoked, member.sign_in_link_created, member.embed_session_created, session.created,
             *     session.revoked, verification.failed, portal.viewed, portal.access_link_rotated, portal.access_mode_changed, file.uploaded,
             *     file.version_uploaded, file.renamed, file.deleted, file.downloaded, comment.created, comment.updated,
             *     comment.deleted, comment.resolved, comment.reopened, approval.requested, approval.approved,
             *     approval.changes_requested, approval.canceled, approval.superseded, member.notifications_changed,
             *     workspace.notify_email_removed, webhook_endpoint.created, webhook_endpoint.deleted,
             *     webhook_endpoint.disabled, api_key.created, api_key.revoked, user.invited, user.updated, user.removed,
             *     user_session.created, user_session.revoked, request.created, request.updated, request.deleted,
             *     request.completed, request.reopened, request.overdue, request_item.submitted, request_item.accepted,
             *     request_item.changes_requested, request_item.reopened, request_item.not_applicable, request_item.updated,
             *     request_template.created, request_template.updated, request_template.deleted, receipt_key.rotated,
             *     portal.archive_downloaded, export.created, export.ready, export.failed, portal.erased.
             */
            type: string;
            portal_id: string | null;
            actor: {
                /**
                 * @description `owner`: an API key (`id` is the key's); `user`: a person of the business (`id` `usr_…`, with `email`).
                 * @enum {string}
                 */
                kind: "owner" | "user" | "member" | "system" | "anonymous";
                id: string | null;
                /** @description The user's address when the event was recorded (users only). */
                email?: string;
                /** @description How the acting member signed in; null for owners, the system, anonymous callers and events recorded before methods were. */
                sign_in_method: components["schemas"]["SignInMethod"] | null;
            };
            target: null | {
                type: string;
                id: string;
            };
            data: {
                [key: string]: unknown;
            };
            /** @description Hidden (null) from clients for other people's events. */
            ip: string | null;
            user_agent: string | null;
            request_id: string | null;
            created_at: components["schemas"]["Timestamp"];
            /**
             * @description Hex sha256 of the previous event's hash followed by this event's fields in canonical JSON — the audit chain
             *     (one per portal, one per workspace for events outside portals). From `hash_version` 3 the canonical JSON is
             *     RFC 8785 (JCS); the README's "Audit chain" section lists the fields each version covers.
             */
            hash: string;
            /** @description The `hash` of the event before this one in its chain; 64 zeros for the first. */
            prev_hash: string;
            /**
             * Format: int32
             * @description The chain format this event was hashed with (1 to 4; 4 also covers `actor.email`); events keep theirs.
             */
            hash_version: number;
        };
        EventList: {
            data: components["schemas"]["Event"][];
            has_more: boolean;
            next_cursor: string | null;
        };
        /**
         * @description `all`: the member gets notification emails for its portal; `none`: muted.
         * @enum {string}
         */
        NotificationSetting: "all" | "none";
        MeUpdate: {
            notifications: components["schemas"]["NotificationSetting"];
        };
        /** @example whe_5q2k9m3q4w8x1c5v6b0n3j8h2g4d6s1a */
        WebhookEndpointId: string;
        /** @description An event type such as `approval.approved`, or `*` for every event. */
        WebhookEventFilter: string;
        WebhookEndpointCreate: {
            /**
             * Format: uri
             * @description An `https://` (or `http://`) URL on a public host, without user name, password or fragment.
             */
            url: string;
            /** @description The event types to deliver; `["*"]` (the default) for all of them. */
            events?: components["schemas"]["WebhookEventFilter"][];
        };
        WebhookEndpoint: {
            id: components["schemas"]["WebhookEndpointId"];
            /** Format: uri */
            url: string;
            events: components["schemas"]["WebhookEventFilter"][];
            /**
             * @description `disabled` after 24 hours of failed attempts; delete it and add it again once the receiver works.
             * @enum {string}
             */
            status: "enabled" | "disabled";
            disabled_reason: string | null;
            created_at: components["schemas"]["Timestamp"];
        };
        WebhookEndpointCreated: {
            id: components["schemas"]["WebhookEndpointId"];
            /** Format: uri */
            url: string;
            events: components["schemas"]["WebhookEventFilter"][];
            /** @enum {string} */
            status: "enabled" | "disabled";
            disabled_reason: string | null;
            created_at: components["schemas"]["Timestamp"];
            /** @description The signing secret, shown once. Verify deliveries with it (`verifyWebhook` in the SDK). */
            secret: string;
        };
        WebhookEndpointList: {
            data: components["schemas"]["WebhookEndpoint"][];
            has_more: boolean;
            next_cursor: string | null;
        };
        WebhookAttempt: {
            /** Format: int32 */
            attempt: number;
            started_at: components["schemas"]["Timestamp"];
            /** Format: int32 */
            duration_ms: number;
            /**
             * Format: int32
             * @description The receiver's HTTP status; null when none came (refused address, network error, timeout).
             */
            response_status: number | null;
            /** @description Why the attempt failed; null on success. */
            error: string | null;
            /**
             * Format: date-time
             * @description When the next attempt is scheduled, after a failure that will be retried.
             */
            next_retry_at: string | null;
        };
        WebhookDelivery: {
            /** @description Sent as `webhook-id` on every attempt of this delivery. */
            id: string;
            event_id: string;
            event_type: string;
            /** @enum {string} */
            status: "pending" | "succeeded" | "failed";
            attempts: components["schemas"]["WebhookAttempt"][];
            /** Format: date-time */
            next_attempt_at: string | null;
            created_at: components["schemas"]["Timestamp"];
        };
        WebhookDeliveryList: {
            data: components["schemas"]["WebhookDelivery"][];
            has_more: boolean;
            next_cursor: string | null;
        };
        /** @example usr_2b7k9m3q4w8x1c5v6b0n3j8h2g4d6s1a */
        UserId: string;
        UserSessionId: string;
        /**
         * @description `owner` manages everything; `staff` does all portal work but not users, API keys, webhooks, branding or allowed origins.
         * @enum {string}
         */
        UserRole: "owner" | "staff";
        /** @description What clients do reaches every user by email unless muted here (sign-in mail is always sent). */
        UserNotifications: {
            /** @description Mute every portal. */
            muted: boolean;
            muted_portal_ids: components["schemas"]["PortalId"][];
        };
        User: {
            id: components["schemas"]["UserId"];
            email: components["schemas"]["Email"];
            name: string | null;
            role: components["schemas"]["UserRole"];
            /**
             * @description `invited` until the first sign-in.
             * @enum {string}
             */
            status: "invited" | "active";
            notifications: components["schemas"]["UserNotifications"];
            /** Format: date-time */
            last_sign_in_at: string | null;
            created_at: components["schemas"]["Timestamp"];
            updated_at: components["schemas"]["Timestamp"];
        };
        UserCreate: {
            email: components["schemas"]["Email"];
            name?: string | null;
            role?: components["schemas"]["UserRole"];
            /**
             * @description Email the invitation (default true).
             * @default true
             */
            send_invite?: boolean;
        };
        UserUpdate: {
            name?: string | null;
            role?: components["schemas"]["UserRole"];
            notifications?: components["schemas"]["UserNotifications"];
        };
        UserList: {
            data: components["schemas"]["User"][];
            has_more: boolean;
            next_cursor: string | null;
        };
        /** @description Exactly one of `{email, code}`, `{token}`, `{choice_token, workspace_id}`; `workspace_id` may go with the first two. */
        UserSignInConfirm: {
            email?: components["schemas"]["Email"];
            code?: string;
            token?: string;
            choice_token?: string;
            workspace_id?: components["schemas"]["WorkspaceId"];
            /**
             * @description `cookie` sets the session as an HttpOnly cookie and leaves it out of the body (the console); `token` answers it (scripts).
             * @default token
             * @enum {string}
             */
            transport?: "token" | "cookie";
        };
        WorkspaceOption: {
            id: components["schemas"]["WorkspaceId"];
            name: string;
            branding: components["schemas"]["Branding"];
            role: components["schemas"]["UserRole"];
        };
        WorkspaceChoice: {
            workspace_choice: {
                choice_token: string;
                expires_at: components["schemas"]["Timestamp"];
                workspaces: components["schemas"]["WorkspaceOption"][];
            };
        };
        UserSessionCreated: {
            /** @description `us_<id>.<secret>`: send as `Authorization: Bearer …`. Shown once; absent with `transport: "cookie"`. */
            session_token?: string;
            expires_at: components["schemas"]["Timestamp"];
            user: components["schemas"]["User"];
            workspace: components["schemas"]["WorkspaceOption"];
        };
        UserSession: {
            id: components["schemas"]["UserSessionId"];
            /** @description The session that made this request. */
            current: boolean;
            user_agent: string | null;
            ip: string | null;
            created_at: components["schemas"]["Timestamp"];
            last_used_at: components["schemas"]["Timestamp"];
            /** @description When it ends unless it is used before; at most 30 days after sign-in, 7 days after its last use. */
            expires_at: components["schemas"]["Timestamp"];
        };
        UserSessionList: {
            data: components["schemas"]["UserSession"][];
            has_more: boolean;
            next_cursor: string | null;
        };
        ApiKeyId: string;
        ApiKey: {
            id: components["schemas"]["ApiKeyId"];
            name: string | null;
            /** @description The key's first characters, to tell keys apart. */
            prefix: string;
            created_at: components["schemas"]["Timestamp"];
            /** Format: date-time */
            last_used_at: string | null;
            /** @description Who created it; null for keys made with the `foyer` command. */
            created_by: null | {
                /** @enum {string} */
                kind: "user" | "owner";
                id: string;
                email?: string | null;
            };
        };
        ApiKeyCreate: {
            name: string;
        };
        ApiKeyCreated: {
            id: components["schemas"]["ApiKeyId"];
            name: string | null;
            prefix: string;
            created_at: components["schemas"]["Timestamp"];
            /** Format: date-time */
            last_used_at: string | null;
            created_by: null | {
                /** @enum {string} */
                kind: "user" | "owner";
                id: string;
                email?: string | null;
            };
            /** @description `sk_<id>.<secret>`, shown this once. */
            api_key: string;
        };
        ApiKeyList: {
            data: components["schemas"]["ApiKey"][];
            has_more: boolean;
            next_cursor: string | null;
        };
        /** @enum {string} */
        PortalState: "waiting_on_us" | "waiting_on_client" | "done" | "archived";
        PortalSummary: {
            portal: components["schemas"]["Portal"];
            /** @description The first active members' addresses (up to 5), oldest first. */
            client_emails: components["schemas"]["Email"][];
            /**
             * Format: int32
             * @description Active members.
             */
            member_count: number;
            last_activity_at: components["schemas"]["Timestamp"];
            /**
             * Format: date-time
             * @description When the caller last marked this portal seen; null if never.
             */
            seen_at: string | null;
            state: components["schemas"]["PortalState"];
            waiting: {
                /**
                 * Format: int32
                 * @description Files and versions clients uploaded since `seen_at`.
                 */
                new_uploads: number;
                /**
                 * Format: int32
                 * @description Unresolved comment threads whose latest message is a client's.
                 */
                unanswered_comments: number;
                /** Format: int32 */
                pending_approvals: number;
                /**
                 * Format: int32
                 * @description Pending approval requests past their due date (also counted in `pending_approvals`).
                 */
                overdue_approvals: number;
            };
        };
        Dashboard: {
            data: components["schemas"]["PortalSummary"][];
            has_more: boolean;
            next_cursor: string | null;
            counts: {
                /** Format: int32 */
                waiting_on_us: number;
                /** Format: int32 */
                waiting_on_client: number;
                /** Format: int32 */
                done: number;
                /** Format: int32 */
                archived: number;
            };
        };
        WidgetBuild: {
            /**
             * Format: uri
             * @description `PUBLIC_URL/widget.<hash>.js`: this build, forever (cache it, pin it).
             */
            script_url: string;
            integrity: string;
            /**
             * Format: uri
             * @description The `api` attribute to give `<foyer-portal>` (`PUBLIC_URL`).
             */
            api_base: string;
        };
        /** @description A document request id (`req_` followed by 32 random characters). */
        DocumentRequestId: string;
        RequestItemId: string;
        RequestTemplateId: string;
        /**
         * @description `complete` when every required item is `accepted` (or set aside by the business as `not_applicable`); a
         *     request whose items are all optional is complete when each is `accepted` or `not_applicable`. Optional
         *     items left open do not keep a request with required items open.
         * @enum {string}
         */
        RequestStatus: "open" | "complete";
        /**
         * @description `open`: nothing sent yet. `submitted`: the client attached a file, waiting for review. `accepted`.
         *     `changes_requested`: sent back with the owner's `reason`. `not_applicable`: an optional item the client
         *     (or the owner) set aside.
         * @enum {string}
         */
        RequestItemStatus: "open" | "submitted" | "accepted" | "changes_requested" | "not_applicable";
        /** @description A media type (`application/pdf`) or a family (`image/*`), matched against the type detected from the file's content. */
        AllowedType: string;
        /** @description The types an upload to the item may have; empty for any type. */
        AllowedTypes: components["schemas"]["AllowedType"][];
        RequestItemSpec: {
            title: string;
            description?: string | null;
            /** @default true */
            required?: boolean;
            /**
             * @description Whether the client may attach several files (`false`, one file whose re-sends become its new versions).
             * @default false
             */
            multiple?: boolean;
            allowed_types?: components["schemas"]["AllowedTypes"];
        };
        RequestTemplateItem: {
            title: string;
            description: string | null;
            required: boolean;
            multiple: boolean;
            allowed_types: components["schemas"]["AllowedTypes"];
        };
        RequestItem: {
            id: components["schemas"]["RequestItemId"];
            request_id: components["schemas"]["DocumentRequestId"];
            title: string;
            description: string | null;
            required: boolean;
            multiple: boolean;
            allowed_types: components["schemas"]["AllowedTypes"];
            status: components["schemas"]["RequestItemStatus"];
            /** @description The owner's reason when the item was sent back (`changes_requested`); kept until the next review. */
            reason: string | null;
            /** @description The note given with `not_applicable`. */
            note: string | null;
            /** @description The files attached to the item, oldest first. */
            files: components["schemas"]["File"][];
            /**
             * Format: date-time
             * @description When a file was last attached; null before the first.
             */
            submitted_at: string | null;
            updated_at: components["schemas"]["Timestamp"];
        };
        /** @description Item counts by status. `done` counts what the client has dealt with (`submitted`, `accepted`, `not_applicable`) — "4 of 6 done". */
        RequestProgress: {
            /** Format: int32 */
            total: number;
            /** Format: int32 */
            done: number;
            /** Format: int32 */
            open: number;
            /** Format: int32 */
            submitted: number;
            /** Format: int32 */
            accepted: number;
            /** Format: int32 */
            changes_requested: number;
            /** Format: int32 */
            not_applicable: number;
        };
        DocumentRequest: {
            id: components["schemas"]["DocumentRequestId"];
            portal_id: components["schemas"]["PortalId"];
            portal_name: string;
            title: string;
            message: string | null;
            /** Format: date-time */
            due_at: string | null;
            status: components["schemas"]["RequestStatus"];
            /** @description Open, past `due_at`, with required items still waiting on the client (`open` or `changes_requested`). */
            overdue: boolean;
            /** @description The template it was made from, if any (null after that template is deleted). */
            template_id: components["schemas"]["RequestTemplateId"] | null;
            items: components["schemas"]["RequestItem"][];
            progress: components["schemas"]["RequestProgress"];
            created_at: components["schemas"]["Timestamp"];
            updated_at: components["schemas"]["Timestamp"];
            /** Format: date-time */
            completed_at: string | null;
        };
        DocumentRequestList: {
            data: components["schemas"]["DocumentRequest"][];
            has_more: boolean;
            next_cursor: string | null;
        };
        DocumentRequestCreate: {
            title: string;
            message?: string | null;
            /** Format: date-time */
            due_at?: string | null;
            items: components["schemas"]["RequestItemSpec"][];
            /**
             * @description Email the portal's active members about the request.
             * @default true
             */
            notify?: boolean;
        };
        DocumentRequestUpdate: {
            title?: string;
            message?: string | null;
            /** Format: date-time */
            due_at?: string | null;
            add_items?: components["schemas"]["RequestItemSpec"][];
        };
        /** @description `status: changes_requested` without a `reason` is 400 `validation_failed`. */
        RequestItemUpdate: {
            /** @enum {string} */
            status?: "open" | "accepted" | "changes_requested" | "not_applicable";
            /** @description Why the item is sent back (with `changes_requested`). */
            reason?: string;
            /** @description Why the item does not apply (with `not_applicable`). */
            note?: string | null;
            title?: string;
            description?: string | null;
            required?: boolean;
            multiple?: boolean;
            allowed_types?: components["schemas"]["AllowedTypes"];
        };
        RequestTemplate: {
            id: components["schemas"]["RequestTemplateId"];
            /** @description Also the title of the requests made from it. */
            name: string;
            message: string | null;
            items: components["schemas"]["RequestTemplateItem"][];
            created_at: components["schemas"]["Timestamp"];
            updated_at: components["schemas"]["Timestamp"];
        };
        RequestTemplateList: {
            data: components["schemas"]["RequestTemplate"][];
            has_more: boolean;
            next_cursor: string | null;
        };
        RequestTemplateCreate: {
            name: string;
            message?: string | null;
            items: components["schemas"]["RequestItemSpec"][];
        };
        RequestTemplateUpdate: {
            name?: string;
            message?: string | null;
            items?: components["schemas"]["RequestItemSpec"][];
        };
        RequestTemplateApply: {
            portal_ids: components["schemas"]["PortalId"][];
            /** Format: date-time */
            due_at?: string | null;
            /** @description Replaces the template's message for these requests. */
            message?: string | null;
            /** @default true */
            notify?: boolean;
        };
        RequestTemplateApplied: {
            data: {
                portal_id: components["schemas"]["PortalId"];
                /** @enum {string} */
                status: "created" | "exists" | "failed";
                /** @description The portal's request (new, or the open one that already existed); null when failed. */
                request_id: components["schemas"]["DocumentRequestId"] | null;
                /** @description Why this portal failed; null otherwise. */
                error: null | {
                    code: components["schemas"]["ErrorCode"];
                    detail: string;
                };
            }[];
            counts: {
                /** Format: int32 */
                created: number;
                /** Format: int32 */
                exists: number;
                /** Format: int32 */
                failed: number;
            };
        };
        /** @description What the portal's open document requests wait for. */
        PortalRequestProgress: {
            /**
             * Format: int32
             * @description Items waiting on the client (`open` or `changes_requested`) in open requests.
             */
            open_items: number;
            /**
             * Format: int32
             * @description Items waiting on the business's review (`submitted`).
             */
            submitted_items: number;
            /**
             * Format: int32
             * @description Required items waiting on the client in requests past their due date.
             */
            overdue_items: number;
            /**
             * Format: date-time
             * @description The earliest due date among open requests with required items waiting on the client; null if none.
             */
            next_due_at: string | null;
        };
    };
    responses: {
        /** @description An error, as RFC 9457 problem details. */
        Error: {
            headers: {
                [name: string]: unknown;
            };
            content: {
                "application/problem+json": components["schemas"]["Problem"];
            };
        };
        /** @description The request does not match the contract. */
        BadRequest: {
            headers: {
                [name: string]: unknown;
            };
            content: {
                /**
                 * @example {
                 *       "type": "urn:foyer:error:validation_failed",
                 *       "title": "The request is invalid",
                 *       "status": 400,
                 *       "detail": "request/body/name must NOT have fewer than 1 characters",
                 *       "code": "validation_failed",
                 *       "request_id": "req_5m2kq3w8c1v9x7b4n6t0",
                 *       "errors": [
                 *         {
                 *           "path": "/body/name",
                 *           "message": "must NOT have fewer than 1 characters"
                 *         }
                 *       ]
                 *     }
                 */
                "application/problem+json": components["schemas"]["Problem"];
            };
        };
        /** @description Missing, malformed, unknown or revoked credentials. */
        Unauthorized: {
            headers: {
                [name: string]: unknown;
            };
            content: {
                /**
                 * @example {
                 *       "type": "urn:foyer:error:invalid_credentials",
                 *       "title": "The credentials are not valid",
                 *       "status": 401,
                 *       "code": "invalid_credentials",
                 *       "request_id": "req_5m2kq3w8c1v9x7b4n6t0"
                 *     }
                 */
                "application/problem+json": components["schemas"]["Problem"];
            };
        };
        /** @description No such object, or it belongs to another workspace. */
        NotFound: {
            headers: {
                [name: string]: unknown;
            };
            content: {
                /**
                 * @example {
                 *       "type": "urn:foyer:error:not_found",
                 *       "title": "Not found",
                 *       "status": 404,
                 *       "code": "not_found",
                 *       "request_id": "req_5m2kq3w8c1v9x7b4n6t0"
                 *     }
                 */
                "application/problem+json": components["schemas"]["Problem"];
            };
        };
        /** @description A request with the same `Idempotency-Key` is still in progress. */
        Conflict: {
            headers: {
                [name: string]: unknown;
            };
            content: {
                /**
                 * @example {
                 *       "type": "urn:foyer:error:idempotency_in_progress",
                 *       "title": "A request with this Idempotency-Key is in progress",
                 *       "status": 409,
                 *       "code": "idempotency_in_progress",
                 *       "request_id": "req_5m2kq3w8c1v9x7b4n6t0"
                 *     }
                 */
                "application/problem+json": components["schemas"]["Problem"];
            };
        };
        /** @description The `Idempotency-Key` was already used with a different request. */
        UnprocessableEntity: {
            headers: {
                [name: string]: unknown;
            };
            content: {
                /**
                 * @example {
                 *       "type": "urn:foyer:error:idempotency_key_reused",
                 *       "title": "This Idempotency-Key was used with a different request",
                 *       "status": 422,
                 *       "code": "idempotency_key_reused",
                 *       "request_id": "req_5m2kq3w8c1v9x7b4n6t0"
                 *     }
                 */
                "application/problem+json": components["schemas"]["Problem"];
            };
        };
        /** @description A client uploading to a portal whose `client_uploads` is off. */
        UploadsDisabled: {
            headers: {
                [name: string]: unknown;
            };
            content: {
                /**
                 * @example {
                 *       "type": "urn:foyer:error:uploads_disabled",
                 *       "title": "Uploads are switched off for this portal",
                 *       "status": 403,
                 *       "code": "uploads_disabled",
                 *       "request_id": "req_5m2kq3w8c1v9x7b4n6t0"
                 *     }
                 */
                "application/problem+json": components["schemas"]["Problem"];
            };
        };
        /** @description The upload is larger than `MAX_UPLOAD_BYTES`; nothing was stored. */
        FileTooLarge: {
            headers: {
                [name: string]: unknown;
            };
            content: {
                /**
                 * @example {
                 *       "type": "urn:foyer:error:file_too_large",
                 *       "title": "The file is too large",
                 *       "status": 413,
                 *       "detail": "Files are limited to 2147483648 bytes.",
                 *       "code": "file_too_large",
                 *       "request_id": "req_5m2kq3w8c1v9x7b4n6t0"
                 *     }
                 */
                "application/problem+json": components["schemas"]["Problem"];
            };
        };
        /**
         * @description `upload_offset_mismatch`: the `Upload-Offset` sent is not what the service holds (its `Upload-Offset`
         *     header says what it holds; ask with `HEAD` and go on from there). `upload_completed`: the upload is a file
         *     already. `request_item_conflict`: the item was accepted while the bytes arrived.
         */
        UploadConflict: {
            headers: {
                [name: string]: unknown;
            };
            content: {
                /**
                 * @example {
                 *       "type": "urn:foyer:error:upload_offset_mismatch",
                 *       "title": "The upload is not at this offset",
                 *       "status": 409,
                 *       "detail": "The service holds 16777216 bytes of this upload; send from there.",
                 *       "code": "upload_offset_mismatch",
                 *       "request_id": "req_5m2kq3w8c1v9x7b4n6t0"
                 *     }
                 */
                "application/problem+json": components["schemas"]["Problem"];
            };
        };
        /** @description The upload was not finished in time (`UPLOAD_EXPIRY_SECONDS`); its bytes are removed. Start again. */
        UploadExpired: {
            headers: {
                [name: string]: unknown;
            };
            content: {
                /**
                 * @example {
                 *       "type": "urn:foyer:error:upload_expired",
                 *       "title": "The upload has expired",
                 *       "status": 410,
                 *       "code": "upload_expired",
                 *       "request_id": "req_5m2kq3w8c1v9x7b4n6t0"
                 *     }
                 */
                "application/problem+json": components["schemas"]["Problem"];
            };
        };
        /** @description Another request is still writing to this upload; try again in a moment. */
        UploadLocked: {
            headers: {
                [name: string]: unknown;
            };
            content: {
                /**
                 * @example {
                 *       "type": "urn:foyer:error:upload_locked",
                 *       "title": "Another request is writing to this upload",
                 *       "status": 423,
                 *       "code": "upload_locked",
                 *       "request_id": "req_5m2kq3w8c1v9x7b4n6t0"
                 *     }
                 */
                "application/problem+json": components["schemas"]["Problem"];
            };
        };
        /** @description The request did not send `Tus-Resumable` (tus 1.0). */
        TusResumableRequired: {
            headers: {
                [name: string]: unknown;
            };
            content: {
                /**
                 * @example {
                 *       "type": "urn:foyer:error:tus_resumable_required",
                 *       "title": "Send Tus-Resumable 1.0.0",
                 *       "status": 412,
                 *       "code": "tus_resumable_required",
                 *       "request_id": "req_5m2kq3w8c1v9x7b4n6t0"
                 *     }
                 */
                "application/problem+json": components["schemas"]["Problem"];
            };
        };
        /** @description The code, token or link is wrong, expired, used or killed. */
        InvalidVerification: {
            headers: {
                [name: string]: unknown;
            };
            content: {
                /**
                 * @example {
                 *       "type": "urn:foyer:error:verification_failed",
                 *       "title": "The code or link is not valid",
                 *       "status": 401,
                 *       "detail": "The code is wrong or has expired. Ask for a new one.",
                 *       "code": "verification_failed",
                 *       "request_id": "req_5m2kq3w8c1v9x7b4n6t0"
                 *     }
                 */
                "application/problem+json": components["schemas"]["Problem"];
            };
        };
        /** @description Too many requests; wait `Retry-After` seconds. */
        TooManyRequests: {
            headers: {
                /** @description Seconds to wait. */
                "Retry-After"?: number;
                RateLimit: components["headers"]["RateLimit"];
                "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                "Access-Control-Allow-Origin": components["headers"]["Access-Control-Allow-Origin"];
                [name: string]: unknown;
            };
            content: {
                /**
                 * @example {
                 *       "type": "urn:foyer:error:rate_limited",
                 *       "title": "Too many requests",
                 *       "status": 429,
                 *       "detail": "Wait 60 seconds before asking for another code.",
                 *       "code": "rate_limited",
                 *       "request_id": "req_5m2kq3w8c1v9x7b4n6t0"
                 *     }
                 */
                "application/problem+json": components["schemas"]["Problem"];
            };
        };
        /** @description The caller may see this object but not do this to it. */
        Forbidden: {
            headers: {
                [name: string]: unknown;
            };
            content: {
                /**
                 * @example {
                 *       "type": "urn:foyer:error:owner_cannot_decide",
                 *       "title": "Owners cannot decide on approval requests",
                 *       "status": 403,
                 *       "code": "owner_cannot_decide",
                 *       "request_id": "req_5m2kq3w8c1v9x7b4n6t0"
                 *     }
                 */
                "application/problem+json": components["schemas"]["Problem"];
            };
        };
        /** @description A `staff` user asked for something only an owner may do (users, API keys, webhooks, branding, allowed origins). */
        OwnerRoleRequired: {
            headers: {
                [name: string]: unknown;
            };
            content: {
                /**
                 * @example {
                 *       "type": "urn:foyer:error:owner_role_required",
                 *       "title": "Only an owner of the workspace may do this",
                 *       "status": 403,
                 *       "code": "owner_role_required",
                 *       "request_id": "req_5m2kq3w8c1v9x7b4n6t0"
                 *     }
                 */
                "application/problem+json": components["schemas"]["Problem"];
            };
        };
        /** @description The address is already a user of this workspace (`user_exists`), or a request with the same `Idempotency-Key` is still in progress (`idempotency_in_progress`). */
        UserExists: {
            headers: {
                [name: string]: unknown;
            };
            content: {
                /**
                 * @example {
                 *       "type": "urn:foyer:error:user_exists",
                 *       "title": "This address is already a user of the workspace",
                 *       "status": 409,
                 *       "code": "user_exists",
                 *       "request_id": "req_5m2kq3w8c1v9x7b4n6t0"
                 *     }
                 */
                "application/problem+json": components["schemas"]["Problem"];
            };
        };
        /** @description The change would leave the workspace without an owner. */
        LastOwner: {
            headers: {
                [name: string]: unknown;
            };
            content: {
                /**
                 * @example {
                 *       "type": "urn:foyer:error:last_owner",
                 *       "title": "A workspace keeps at least one owner",
                 *       "status": 409,
                 *       "code": "last_owner",
                 *       "request_id": "req_5m2kq3w8c1v9x7b4n6t0"
                 *     }
                 */
                "application/problem+json": components["schemas"]["Problem"];
            };
        };
        /** @description Only an API key of the workspace may do this (a person's session may not). */
        ApiKeyRequired: {
            headers: {
                [name: string]: unknown;
            };
            content: {
                /**
                 * @example {
                 *       "type": "urn:foyer:error:api_key_required",
                 *       "title": "Only an API key of the workspace may do this",
                 *       "status": 403,
                 *       "code": "api_key_required",
                 *       "request_id": "req_5m2kq3w8c1v9x7b4n6t0"
                 *     }
                 */
                "application/problem+json": components["schemas"]["Problem"];
            };
        };
        /** @description The member was revoked (`member_revoked`), the portal is archived (`portal_archived`), or a request with the same `Idempotency-Key` is still in progress (`idempotency_in_progress`). */
        MemberRevoked: {
            headers: {
                [name: string]: unknown;
            };
            content: {
                /**
                 * @example {
                 *       "type": "urn:foyer:error:member_revoked",
                 *       "title": "This member was revoked",
                 *       "status": 409,
                 *       "code": "member_revoked",
                 *       "request_id": "req_5m2kq3w8c1v9x7b4n6t0"
                 *     }
                 */
                "application/problem+json": components["schemas"]["Problem"];
            };
        };
        /** @description The request is superseded, canceled or settled, or this member already decided; for a receipt, the request is not decided (`approval_undecided`). */
        ApprovalConflict: {
            headers: {
                [name: string]: unknown;
            };
            content: {
                /**
                 * @example {
                 *       "type": "urn:foyer:error:approval_superseded",
                 *       "title": "A newer version superseded this approval request",
                 *       "status": 409,
                 *       "code": "approval_superseded",
                 *       "request_id": "req_5m2kq3w8c1v9x7b4n6t0"
                 *     }
                 */
                "application/problem+json": components["schemas"]["Problem"];
            };
        };
        /** @description The `Range` lies outside the content. */
        RangeNotSatisfiable: {
            headers: {
                [name: string]: unknown;
            };
            content: {
                /**
                 * @example {
                 *       "type": "urn:foyer:error:range_not_satisfiable",
                 *       "title": "The requested range is not satisfiable",
                 *       "status": 416,
                 *       "code": "range_not_satisfiable",
                 *       "request_id": "req_5m2kq3w8c1v9x7b4n6t0"
                 *     }
                 */
                "application/problem+json": components["schemas"]["Problem"];
            };
        };
        /**
         * @description The request or item cannot do this now: `portal_archived` (the portal is archived), `too_many_items` (over
         *     50 items), `request_item_conflict` (the item's status does not allow this move or upload), `item_required`
         *     (a client cannot set a required item aside), or a request with the same `Idempotency-Key` is still in
         *     progress (`idempotency_in_progress`).
         */
        RequestConflict: {
            headers: {
                [name: string]: unknown;
            };
            content: {
                /**
                 * @example {
                 *       "type": "urn:foyer:error:request_item_conflict",
                 *       "title": "The item cannot move to this status now",
                 *       "status": 409,
                 *       "detail": "Only a submitted item can be accepted; this one is open.",
                 *       "code": "request_item_conflict",
                 *       "request_id": "req_5m2kq3w8c1v9x7b4n6t0"
                 *     }
                 */
                "application/problem+json": components["schemas"]["Problem"];
            };
        };
        /** @description The upload's detected type is not one of the request item's `allowed_types`; nothing was stored. */
        FileTypeNotAllowed: {
            headers: {
                [name: string]: unknown;
            };
            content: {
                /**
                 * @example {
                 *       "type": "urn:foyer:error:file_type_not_allowed",
                 *       "title": "This item does not accept this type of file",
                 *       "status": 415,
                 *       "detail": "Last year's return accepts PDF documents (application/pdf); this file is a ZIP archive (application/zip).",
                 *       "code": "file_type_not_allowed",
                 *       "request_id": "req_5m2kq3w8c1v9x7b4n6t0"
                 *     }
                 */
                "application/problem+json": components["schemas"]["Problem"];
            };
        };
        /** @description A dependency (the database) is not reachable — a restart or a failover, usually for a moment. Try again after `Retry-After` seconds (the SDK does); a POST repeated with the same `Idempotency-Key` is never done twice. */
        ServiceUnavailable: {
            headers: {
                /** @description Seconds to wait before trying again. */
                "Retry-After"?: number;
                "Access-Control-Allow-Origin": components["headers"]["Access-Control-Allow-Origin"];
                [name: string]: unknown;
            };
            content: {
                /**
                 * @example {
                 *       "type": "urn:foyer:error:service_unavailable",
                 *       "title": "The service is not ready",
                 *       "status": 503,
                 *       "code": "service_unavailable",
                 *       "request_id": "req_5m2kq3w8c1v9x7b4n6t0"
                 *     }
                 */
                "application/problem+json": components["schemas"]["Problem"];
            };
        };
        /** @description Something failed inside the service; the details are in its log under `request_id`, never in the response. */
        InternalError: {
            headers: {
                [name: string]: unknown;
            };
            content: {
                /**
                 * @example {
                 *       "type": "urn:foyer:error:internal_error",
                 *       "title": "Something went wrong on our side",
                 *       "status": 500,
                 *       "code": "internal_error",
                 *       "request_id": "req_5m2kq3w8c1v9x7b4n6t0"
                 *     }
                 */
                "application/problem+json": components["schemas"]["Problem"];
            };
        };
    };
    parameters: {
        /** @description A document request id (`req_…`). */
        DocumentRequestId: components["schemas"]["DocumentRequestId"];
        /** @description A request item id (`rqi_…`). */
        RequestItemId: components["schemas"]["RequestItemId"];
        /** @description A request template id (`rqt_…`). */
        RequestTemplateId: components["schemas"]["RequestTemplateId"];
        /** @description Only requests with this status (default both). */
        RequestStatusFilter: components["schemas"]["RequestStatus"];
        CommentId: components["schemas"]["CommentId"];
        ApprovalRequestId: components["schemas"]["ApprovalRequestId"];
        /** @description Only events of this type (e.g. `approval.approved`). */
        EventType: string;
        /** @description Only events by this actor id (a member id, a user id or an API key id). */
        EventActor: string;
        /** @description Only events at or after this time. */
        EventSince: string;
        /** @description Only events before this time. */
        EventUntil: string;
        /** @description A member id (`mem_…`). */
        MemberId: components["schemas"]["MemberId"];
        /** @description A session id (`ses_…`). */
        SessionId: components["schemas"]["SessionId"];
        /** @description A file id (`fil_` followed by 32 random characters). */
        FileId: components["schemas"]["FileId"];
        /** @description A portal id (`prt_` followed by 32 random characters). */
        PortalId: components["schemas"]["PortalId"];
        /** @description A user id (`usr_…`). */
        UserId: components["schemas"]["UserId"];
        /** @description A user session id (`uss_…`). */
        UserSessionId: components["schemas"]["UserSessionId"];
        /** @description An API key id (`key_…`). */
        ApiKeyId: components["schemas"]["ApiKeyId"];
        /** @description Page size, 1–100. */
        Limit: number;
        /** @description The `next_cursor` of the previous page. */
        Cursor: string;
        /**
         * @description Any unique string (a UUID is ideal). A retry with the same key and body within 24 hours replays the
         *     first response; the same key with a different body is 422; a retry while the first is still running is 409.
         */
        IdempotencyKey: string;
        /**
         * @description The tus protocol version, `1.0.0`; required by the protocol on every request but `OPTIONS` (412
         *     `tus_resumable_required` without it).
         */
        TusResumable: "1.0.0";
    };
    requestBodies: never;
    headers: {
        /** @description The version's sha256, quoted. */
        ETag: string;
        /** @description `attachment; filename="…"; filename*=UTF-8''…` */
        ContentDisposition: string;
        /** @description `true` when this response is a replay of an earlier request with the same `Idempotency-Key`. */
        IdempotentReplayed: "true";
        /** @description Sent on every `/v1` response to a request whose `Origin` is one of the workspace's `allowed_origins` (the widget's CORS); absent otherwise, and never for `Origin: null`. */
        "Access-Control-Allow-Origin": string;
        /** @description The console session: `foyer_session=us_…; Path=/v1; HttpOnly; SameSite=Strict` (+ `Secure` when `PUBLIC_URL` is https) and `foyer_csrf=…; Path=/; SameSite=Strict`; on sign-out both expire. */
        "Set-Cookie": string;
        /** @description What is left of each quota of a rate-limited operation ([draft-ietf-httpapi-ratelimit-headers](https://datatracker.ietf.org/doc/draft-ietf-httpapi-ratelimit-headers/)): one item per policy of `RateLimit-Policy`, with `r` the requests remaining and `t` the seconds until the window frees one, e.g. `"per-email-minute";r=0;t=60, "per-email-hour";r=4;t=3600, "per-ip";r=19;t=3600`. */
        RateLimit: string;
        /** @description The quotas of a rate-limited operation: one item per policy, with `q` the requests allowed in any window of `w` seconds, e.g. `"per-email-minute";q=1;w=60, "per-email-hour";q=5;w=3600, "per-ip";q=20;w=3600`. */
        "RateLimit-Policy": string;
    };
    pathItems: never;
}
export type $defs = Record<string, never>;
export interface operations {
    getHealth: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The process is up. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "status": "ok"
                     *     }
                     */
                    "application/json": components["schemas"]["Health"];
                };
            };
            500: components["responses"]["InternalError"];
        };
    };
    getReadiness: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Ready to serve traffic. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "status": "ok"
                     *     }
                     */
                    "application/json": components["schemas"]["Health"];
                };
            };
            500: components["responses"]["InternalError"];
            503: components["responses"]["ServiceUnavailable"];
        };
    };
    getWorkspace: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The workspace the API key belongs to. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Workspace"];
                };
            };
            401: components["responses"]["Unauthorized"];
            500: components["responses"]["InternalError"];
            503: components["responses"]["ServiceUnavailable"];
            default: components["responses"]["Error"];
        };
    };
    updateWorkspace: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "name": "Acme Accounting",
                 *       "branding": {
                 *         "display_name": "Acme",
                 *         "accent_color": "#0f766e"
                 *       },
                 *       "allowed_origins": [
                 *         "https://www.acme.example"
                 *       ]
                 *     }
                 */
                "application/json": components["schemas"]["WorkspaceUpdate"];
            };
        };
        responses: {
            /** @description The updated workspace. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Workspace"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["OwnerRoleRequired"];
            500: components["responses"]["InternalError"];
            503: components["responses"]["ServiceUnavailable"];
            default: components["responses"]["Error"];
        };
    };
    listPortals: {
        parameters: {
            query?: {
                /** @description Page size, 1–100. */
                limit?: components["parameters"]["Limit"];
                /** @description The `next_cursor` of the previous page. */
                cursor?: components["parameters"]["Cursor"];
                /** @description Only portals with this status. */
                status?: components["schemas"]["PortalStatus"];
                /**
                 * @description Only portals whose document requests are `overdue` (a required item waiting on the client past its due
                 *     date), `waiting_on_client` (items `open` or `changes_requested`) or `to_review` (items `submitted`).
                 */
                requests?: "overdue" | "waiting_on_client" | "to_review";
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description One page of portals. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["PortalList"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            500: components["responses"]["InternalError"];
            503: components["responses"]["ServiceUnavailable"];
            default: components["responses"]["Error"];
        };
    };
    createPortal: {
        parameters: {
            query?: never;
            header?: {
                /**
                 * @description Any unique string (a UUID is ideal). A retry with the same key and body within 24 hours replays the
                 *     first response; the same key with a different body is 422; a retry while the first is still running is 409.
                 */
                "Idempotency-Key"?: components["parameters"]["IdempotencyKey"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "name": "2026 tax return",
                 *       "client_name": "Dana Whitfield"
                 *     }
                 */
                "application/json": components["schemas"]["PortalCreate"];
            };
        };
        responses: {
            /** @description The new portal. */
            201: {
                headers: {
                    "Idempotent-Replayed": components["headers"]["IdempotentReplayed"];
                    "Access-Control-Allow-Origin": components["headers"]["Access-Control-Allow-Origin"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Portal"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            409: components["responses"]["Conflict"];
            422: components["responses"]["UnprocessableEntity"];
            500: components["responses"]["InternalError"];
            503: components["responses"]["ServiceUnavailable"];
            default: components["responses"]["Error"];
        };
    };
    getPortal: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description A portal id (`prt_` followed by 32 random characters). */
                portal_id: components["parameters"]["PortalId"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The portal. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Portal"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            404: components["responses"]["NotFound"];
            500: components["responses"]["InternalError"];
            503: components["responses"]["ServiceUnavailable"];
            default: components["responses"]["Error"];
        };
    };
    deletePortal: {
        parameters: {
            query?: {
                /** @description Erase every trace of the portal, its event trail included (see above). */
                erase?: boolean;
            };
            header?: never;
            path: {
                /** @description A portal id (`prt_` followed by 32 random characters). */
                portal_id: components["parameters"]["PortalId"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Deleted. */
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["OwnerRoleRequired"];
            404: components["responses"]["NotFound"];
            500: components["responses"]["InternalError"];
            503: components["responses"]["ServiceUnavailable"];
            default: components["responses"]["Error"];
        };
    };
    updatePortal: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description A portal id (`prt_` followed by 32 random characters). */
                portal_id: components["parameters"]["PortalId"];
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "status": "archived"
                 *     }
                 */
                "application/json": components["schemas"]["PortalUpdate"];
            };
        };
        responses: {
            /** @description The updated portal. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Portal"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            404: components["responses"]["NotFound"];
            500: components["responses"]["InternalError"];
            503: components["responses"]["ServiceUnavailable"];
            default: components["responses"]["Error"];
        };
    };
    getPublicPortal: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description A portal id (`prt_` followed by 32 random characters). */
                portal_id: components["parameters"]["PortalId"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The portal's public face. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["PublicPortal"];
                };
            };
            400: components["responses"]["BadRequest"];
            404: components["responses"]["NotFound"];
            500: components["responses"]["InternalError"];
            503: components["responses"]["ServiceUnavailable"];
            default: components["responses"]["Error"];
        };
    };
    startVerification: {
        parameters: {
            query?: never;
            header?: {
                /**
                 * @description Any unique string (a UUID is ideal). A retry with the same key and body within 24 hours replays the
                 *     first response; the same key with a different body is 422; a retry while the first is still running is 409.
                 */
                "Idempotency-Key"?: components["parameters"]["IdempotencyKey"];
            };
            path: {
                /** @description A portal id (`prt_` followed by 32 random characters). */
                portal_id: components["parameters"]["PortalId"];
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "email": "dana@example.com"
                 *     }
                 */
                "application/json": components["schemas"]["VerificationStart"];
            };
        };
        responses: {
            /** @description If the address may sign in, a message is on its way. */
            202: {
                headers: {
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    "Access-Control-Allow-Origin": components["headers"]["Access-Control-Allow-Origin"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["VerificationStarted"];
                };
            };
            400: components["responses"]["BadRequest"];
            404: components["responses"]["NotFound"];
            409: components["responses"]["Conflict"];
            422: components["responses"]["UnprocessableEntity"];
            429: components["responses"]["TooManyRequests"];
            500: components["responses"]["InternalError"];
            503: components["responses"]["ServiceUnavailable"];
            default: components["responses"]["Error"];
        };
    };
    confirmVerification: {
        parameters: {
            query?: never;
            header?: {
                /**
                 * @description Any unique string (a UUID is ideal). A retry with the same key and body within 24 hours replays the
                 *     first response; the same key with a different body is 422; a retry while the first is still running is 409.
                 */
                "Idempotency-Key"?: components["parameters"]["IdempotencyKey"];
            };
            path: {
                /** @description A portal id (`prt_` followed by 32 random characters). */
                portal_id: components["parameters"]["PortalId"];
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["VerificationConfirm"];
            };
        };
        responses: {
            /** @description A new session for this device. */
            201: {
                headers: {
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    "Access-Control-Allow-Origin": components["headers"]["Access-Control-Allow-Origin"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["SessionCreated"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["InvalidVerification"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            409: components["responses"]["Conflict"];
            422: components["responses"]["UnprocessableEntity"];
            429: components["responses"]["TooManyRequests"];
            500: components["responses"]["InternalError"];
            503: components["responses"]["ServiceUnavailable"];
            default: components["responses"]["Error"];
        };
    };
    createEmbedSession: {
        parameters: {
            query?: never;
            header?: {
                /**
                 * @description Any unique string (a UUID is ideal). A retry with the same key and body within 24 hours replays the
                 *     first response; the same key with a different body is 422; a retry while the first is still running is 409.
                 */
                "Idempotency-Key"?: components["parameters"]["IdempotencyKey"];
            };
            path: {
                /** @description A portal id (`prt_` followed by 32 random characters). */
                portal_id: components["parameters"]["PortalId"];
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "email": "dana@example.com",
                 *       "ttl_seconds": 120
                 *     }
                 */
                "application/json": components["schemas"]["EmbedSessionCreate"];
            };
        };
        responses: {
            /** @description The code, shown once. */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["EmbedSession"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["ApiKeyRequired"];
            404: components["responses"]["NotFound"];
            409: components["responses"]["MemberRevoked"];
            422: components["responses"]["UnprocessableEntity"];
            500: components["responses"]["InternalError"];
            503: components["responses"]["ServiceUnavailable"];
            default: components["responses"]["Error"];
        };
    };
    createSignInLink: {
        parameters: {
            query?: never;
            header?: {
                /**
                 * @description Any unique string (a UUID is ideal). A retry with the same key and body within 24 hours replays the
                 *     first response; the same key with a different body is 422; a retry while the first is still running is 409.
                 */
                "Idempotency-Key"?: components["parameters"]["IdempotencyKey"];
            };
            path: {
                /** @description A portal id (`prt_` followed by 32 random characters). */
                portal_id: components["parameters"]["PortalId"];
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["SignInLinkCreate"];
            };
        };
        responses: {
            /** @description The link. */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["SignInLink"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            404: components["responses"]["NotFound"];
            409: components["responses"]["Conflict"];
            422: components["responses"]["UnprocessableEntity"];
            500: components["responses"]["InternalError"];
            503: components["responses"]["ServiceUnavailable"];
            default: components["responses"]["Error"];
        };
    };
    rotateAccessLink: {
        parameters: {
            query?: never;
            header?: {
                /**
                 * @description Any unique string (a UUID is ideal). A retry with the same key and body within 24 hours replays the
                 *     first response; the same key with a different body is 422; a retry while the first is still running is 409.
                 */
                "Idempotency-Key"?: components["parameters"]["IdempotencyKey"];
            };
            path: {
                /** @description A portal id (`prt_` followed by 32 random characters). */
                portal_id: components["parameters"]["PortalId"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The new link. */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["AccessLink"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            404: components["responses"]["NotFound"];
            409: components["responses"]["Conflict"];
            422: components["responses"]["UnprocessableEntity"];
            500: components["responses"]["InternalError"];
            503: components["responses"]["ServiceUnavailable"];
            default: components["responses"]["Error"];
        };
    };
    downloadPortalArchive: {
        parameters: {
            query?: {
                /** @description Comma-separated file ids (`fil_…`, at most 100); all the portal's files when absent. */
                files?: string;
            };
            header?: never;
            path: {
                /** @description A portal id (`prt_` followed by 32 random characters). */
                portal_id: components["parameters"]["PortalId"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The zip, streamed. */
            200: {
                headers: {
                    "Content-Disposition": components["headers"]["ContentDisposition"];
                    "Access-Control-Allow-Origin": components["headers"]["Access-Control-Allow-Origin"];
                    [name: string]: unknown;
                };
                content: {
                    "application/zip": string;
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            404: components["responses"]["NotFound"];
            500: components["responses"]["InternalError"];
            503: components["responses"]["ServiceUnavailable"];
            default: components["responses"]["Error"];
        };
    };
    createPortalExport: {
        parameters: {
            query?: never;
            header?: {
                /**
                 * @description Any unique string (a UUID is ideal). A retry with the same key and body within 24 hours replays the
                 *     first response; the same key with a different body is 422; a retry while the first is still running is 409.
                 */
                "Idempotency-Key"?: components["parameters"]["IdempotencyKey"];
            };
            path: {
                /** @description A portal id (`prt_` followed by 32 random characters). */
                portal_id: components["parameters"]["PortalId"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The export, queued (or the one already under way). */
            202: {
                headers: {
                    "Idempotent-Replayed": components["headers"]["IdempotentReplayed"];
                    "Access-Control-Allow-Origin": components["headers"]["Access-Control-Allow-Origin"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Export"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["OwnerRoleRequired"];
            404: components["responses"]["NotFound"];
            409: components["responses"]["Conflict"];
            422: components["responses"]["UnprocessableEntity"];
            500: components["responses"]["InternalError"];
            503: components["responses"]["ServiceUnavailable"];
            default: components["responses"]["Error"];
        };
    };
    listMembers: {
        parameters: {
            query?: {
                /** @description Page size, 1–100. */
                limit?: components["parameters"]["Limit"];
                /** @description The `next_cursor` of the previous page. */
                cursor?: components["parameters"]["Cursor"];
                status?: components["schemas"]["MemberStatus"];
            };
            header?: never;
            path: {
                /** @description A portal id (`prt_` followed by 32 random characters). */
                portal_id: components["parameters"]["PortalId"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description One page of members, newest first. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["MemberList"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            404: components["responses"]["NotFound"];
            500: components["responses"]["InternalError"];
            503: components["responses"]["ServiceUnavailable"];
            default: components["responses"]["Error"];
        };
    };
    addMember: {
        parameters: {
            query?: never;
            header?: {
                /**
                 * @description Any unique string (a UUID is ideal). A retry with the same key and body within 24 hours replays the
                 *     first response; the same key with a different body is 422; a retry while the first is still running is 409.
                 */
                "Idempotency-Key"?: components["parameters"]["IdempotencyKey"];
            };
            path: {
                /** @description A portal id (`prt_` followed by 32 random characters). */
                portal_id: components["parameters"]["PortalId"];
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "email": "dana@example.com",
                 *       "name": "Dana Whitfield",
                 *       "send_invite": true,
                 *       "locale": "de"
                 *     }
                 */
                "application/json": components["schemas"]["MemberCreate"];
            };
        };
        responses: {
            /** @description Already a member. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Member"];
                };
            };
            /** @description The new member. */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Member"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            404: components["responses"]["NotFound"];
            409: components["responses"]["Conflict"];
            422: components["responses"]["UnprocessableEntity"];
            500: components["responses"]["InternalError"];
            503: components["responses"]["ServiceUnavailable"];
            default: components["responses"]["Error"];
        };
    };
    revokeMember: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description A portal id (`prt_` followed by 32 random characters). */
                portal_id: components["parameters"]["PortalId"];
                /** @description A member id (`mem_…`). */
                member_id: components["parameters"]["MemberId"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Revoked. */
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            404: components["responses"]["NotFound"];
            500: components["responses"]["InternalError"];
            503: components["responses"]["ServiceUnavailable"];
            default: components["responses"]["Error"];
        };
    };
    updateMember: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description A portal id (`prt_` followed by 32 random characters). */
                portal_id: components["parameters"]["PortalId"];
                /** @description A member id (`mem_…`). */
                member_id: components["parameters"]["MemberId"];
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "locale": "de"
                 *     }
                 */
                "application/json": components["schemas"]["MemberUpdate"];
            };
        };
        responses: {
            /** @description The member as it now is. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Member"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            404: components["responses"]["NotFound"];
            500: components["responses"]["InternalError"];
            503: components["responses"]["ServiceUnavailable"];
            default: components["responses"]["Error"];
        };
    };
    listSessions: {
        parameters: {
            query?: {
                /** @description Page size, 1–100. */
                limit?: components["parameters"]["Limit"];
                /** @description The `next_cursor` of the previous page. */
                cursor?: components["parameters"]["Cursor"];
            };
            header?: never;
            path: {
                /** @description A portal id (`prt_` followed by 32 random characters). */
                portal_id: components["parameters"]["PortalId"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description One page of live sessions, newest first. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["SessionList"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            404: components["responses"]["NotFound"];
            500: components["responses"]["InternalError"];
            503: components["responses"]["ServiceUnavailable"];
            default: components["responses"]["Error"];
        };
    };
    revokeSession: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description A session id (`ses_…`). */
                session_id: components["parameters"]["SessionId"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Revoked; its next request is 401. */
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            404: components["responses"]["NotFound"];
            500: components["responses"]["InternalError"];
            503: components["responses"]["ServiceUnavailable"];
            default: components["responses"]["Error"];
        };
    };
    getMe: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The caller. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Me"];
                };
            };
            401: components["responses"]["Unauthorized"];
            500: components["responses"]["InternalError"];
            503: components["responses"]["ServiceUnavailable"];
            default: components["responses"]["Error"];
        };
    };
    signOut: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Signed out. */
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            401: components["responses"]["Unauthorized"];
            404: components["responses"]["NotFound"];
            500: components["responses"]["InternalError"];
            503: components["responses"]["ServiceUnavailable"];
            default: components["responses"]["Error"];
        };
    };
    updateMe: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "notifications": "none"
                 *     }
                 */
                "application/json": components["schemas"]["MeUpdate"];
            };
        };
        responses: {
            /** @description The caller, updated. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Me"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            404: components["responses"]["NotFound"];
            500: components["responses"]["InternalError"];
            503: components["responses"]["ServiceUnavailable"];
            default: components["responses"]["Error"];
        };
    };
    listFiles: {
        parameters: {
            query?: {
                /** @description Page size, 1–100. */
                limit?: components["parameters"]["Limit"];
                /** @description The `next_cursor` of the previous page. */
                cursor?: components["parameters"]["Cursor"];
                /** @description Only files first uploaded by this kind of author. */
                uploaded_by?: components["schemas"]["ActorKind"];
            };
            header?: never;
            path: {
                /** @description A portal id (`prt_` followed by 32 random characters). */
                portal_id: components["parameters"]["PortalId"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description One page of files. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["FileList"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            404: components["responses"]["NotFound"];
            500: components["responses"]["InternalError"];
            503: components["responses"]["ServiceUnavailable"];
            default: components["responses"]["Error"];
        };
    };
    uploadFile: {
        parameters: {
            query?: never;
            header?: {
                /**
                 * @description Any unique string (a UUID is ideal). A retry with the same key and body within 24 hours replays the
                 *     first response; the same key with a different body is 422; a retry while the first is still running is 409.
                 */
                "Idempotency-Key"?: components["parameters"]["IdempotencyKey"];
            };
            path: {
                /** @description A portal id (`prt_` followed by 32 random characters). */
                portal_id: components["parameters"]["PortalId"];
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "multipart/form-data": components["schemas"]["PortalFileUpload"];
            };
        };
        responses: {
            /** @description The new file with its first version. */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["File"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["UploadsDisabled"];
            404: components["responses"]["NotFound"];
            409: components["responses"]["RequestConflict"];
            413: components["responses"]["FileTooLarge"];
            415: components["responses"]["FileTypeNotAllowed"];
            422: components["responses"]["UnprocessableEntity"];
            500: components["responses"]["InternalError"];
            503: components["responses"]["ServiceUnavailable"];
            default: components["responses"]["Error"];
        };
    };
    createUpload: {
        parameters: {
            query?: never;
            header: {
                /** @description The tus protocol version, `1.0.0`. */
                "Tus-Resumable": "1.0.0";
                /** @description The upload's size in bytes, at most `MAX_UPLOAD_BYTES`. */
                "Upload-Length": string;
                /** @description `portal_id` or `file_id`, optionally `request_item_id` and `filename`, values base64-encoded (tus). */
                "Upload-Metadata": string;
            };
            path?: never;
            cookie?: never;
        };
        /** @description The first bytes of the upload (creation-with-upload), or nothing. */
        requestBody?: {
            content: {
                "application/offset+octet-stream": string;
            };
        };
        responses: {
            /**
             * @description The upload was created; its URL is in `Location` (a path on this service). When the creation carried
             *     every byte, the body is the new file (as from `uploadFile`), else it is empty.
             */
            201: {
                headers: {
                    "Access-Control-Allow-Origin": components["headers"]["Access-Control-Allow-Origin"];
                    /** @description The upload's URL, `/v1/uploads/{upload_id}` under the service's `PUBLIC_URL`. */
                    Location?: string;
                    /** @description How many bytes the service holds (with creation-with-upload). */
                    "Upload-Offset"?: string;
                    /** @description When an unfinished upload expires (RFC 7231 date). */
                    "Upload-Expires"?: string;
                    /** @description `1.0.0` */
                    "Tus-Resumable"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["File"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["UploadsDisabled"];
            404: components["responses"]["NotFound"];
            409: components["responses"]["RequestConflict"];
            413: components["responses"]["FileTooLarge"];
            415: components["responses"]["FileTypeNotAllowed"];
            500: components["responses"]["InternalError"];
            503: components["responses"]["ServiceUnavailable"];
            default: components["responses"]["Error"];
        };
    };
    getUploadCapabilities: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description What the tus endpoint supports. */
            204: {
                headers: {
                    "Access-Control-Allow-Origin": components["headers"]["Access-Control-Allow-Origin"];
                    /** @description The protocol versions, `1.0.0`. */
                    "Tus-Version"?: string;
                    /** @description `creation,creation-with-upload,termination,expiration` */
                    "Tus-Extension"?: string;
                    /** @description The largest upload in bytes (`MAX_UPLOAD_BYTES`). */
                    "Tus-Max-Size"?: string;
                    [name: string]: unknown;
                };
                content?: never;
            };
            400: components["responses"]["BadRequest"];
            500: components["responses"]["InternalError"];
            503: components["responses"]["ServiceUnavailable"];
            default: components["responses"]["Error"];
        };
    };
    deleteUpload: {
        parameters: {
            query?: never;
            header?: {
                /**
                 * @description The tus protocol version, `1.0.0`; required by the protocol on every request but `OPTIONS` (412
                 *     `tus_resumable_required` without it).
                 */
                "Tus-Resumable"?: components["parameters"]["TusResumable"];
            };
            path: {
                /** @description A resumable upload's id (`upl_…`), the last segment of its `Location`. */
                upload_id: components["schemas"]["UploadId"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The upload and its bytes are gone. */
            204: {
                headers: {
                    "Access-Control-Allow-Origin": components["headers"]["Access-Control-Allow-Origin"];
                    /** @description `1.0.0` */
                    "Tus-Resumable"?: string;
                    [name: string]: unknown;
                };
                content?: never;
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            404: components["responses"]["NotFound"];
            409: components["responses"]["UploadConflict"];
            410: components["responses"]["UploadExpired"];
            412: components["responses"]["TusResumableRequired"];
            423: components["responses"]["UploadLocked"];
            500: components["responses"]["InternalError"];
            503: components["responses"]["ServiceUnavailable"];
            default: components["responses"]["Error"];
        };
    };
    getUploadOffset: {
        parameters: {
            query?: never;
            header?: {
                /**
                 * @description The tus protocol version, `1.0.0`; required by the protocol on every request but `OPTIONS` (412
                 *     `tus_resumable_required` without it).
                 */
                "Tus-Resumable"?: components["parameters"]["TusResumable"];
            };
            path: {
                /** @description A resumable upload's id (`upl_…`), the last segment of its `Location`. */
                upload_id: components["schemas"]["UploadId"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The upload's offset and length. */
            200: {
                headers: {
                    "Access-Control-Allow-Origin": components["headers"]["Access-Control-Allow-Origin"];
                    /** @description Bytes the service holds. */
                    "Upload-Offset"?: string;
                    /** @description The upload's size. */
                    "Upload-Length"?: string;
                    /** @description When an unfinished upload expires. */
                    "Upload-Expires"?: string;
                    /** @description `1.0.0` */
                    "Tus-Resumable"?: string;
                    [name: string]: unknown;
                };
                content?: never;
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["UploadsDisabled"];
            404: components["responses"]["NotFound"];
            409: components["responses"]["UploadConflict"];
            410: components["responses"]["UploadExpired"];
            412: components["responses"]["TusResumableRequired"];
            415: components["responses"]["FileTypeNotAllowed"];
            500: components["responses"]["InternalError"];
            503: components["responses"]["ServiceUnavailable"];
            default: components["responses"]["Error"];
        };
    };
    appendToUpload: {
        parameters: {
            query?: never;
            header?: {
                /**
                 * @description The tus protocol version, `1.0.0`; required by the protocol on every request but `OPTIONS` (412
                 *     `tus_resumable_required` without it).
                 */
                "Tus-Resumable"?: components["parameters"]["TusResumable"];
                /** @description Where these bytes go; required by the protocol (400 `malformed_upload` without it). */
                "Upload-Offset"?: string;
            };
            path: {
                /** @description A resumable upload's id (`upl_…`), the last segment of its `Location`. */
                upload_id: components["schemas"]["UploadId"];
            };
            cookie?: never;
        };
        /** @description The next bytes. */
        requestBody?: {
            content: {
                "application/offset+octet-stream": string;
            };
        };
        responses: {
            /** @description The last byte arrived; the file (or the file with its new version). */
            200: {
                headers: {
                    "Access-Control-Allow-Origin": components["headers"]["Access-Control-Allow-Origin"];
                    /** @description Bytes the service holds, the whole length. */
                    "Upload-Offset"?: string;
                    /** @description `1.0.0` */
                    "Tus-Resumable"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["File"];
                };
            };
            /** @description The bytes were stored; more are expected. */
            204: {
                headers: {
                    "Access-Control-Allow-Origin": components["headers"]["Access-Control-Allow-Origin"];
                    /** @description Bytes the service holds now. */
                    "Upload-Offset"?: string;
                    /** @description When the unfinished upload expires. */
                    "Upload-Expires"?: string;
                    /** @description `1.0.0` */
                    "Tus-Resumable"?: string;
                    [name: string]: unknown;
                };
                content?: never;
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["UploadsDisabled"];
            404: components["responses"]["NotFound"];
            409: components["responses"]["UploadConflict"];
            410: components["responses"]["UploadExpired"];
            412: components["responses"]["TusResumableRequired"];
            413: components["responses"]["FileTooLarge"];
            415: components["responses"]["FileTypeNotAllowed"];
            423: components["responses"]["UploadLocked"];
            500: components["responses"]["InternalError"];
            503: components["responses"]["ServiceUnavailable"];
            default: components["responses"]["Error"];
        };
    };
    getFile: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description A file id (`fil_` followed by 32 random characters). */
                file_id: components["parameters"]["FileId"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The file and its current version. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["File"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            404: components["responses"]["NotFound"];
            500: components["responses"]["InternalError"];
            503: components["responses"]["ServiceUnavailable"];
            default: components["responses"]["Error"];
        };
    };
    deleteFile: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description A file id (`fil_` followed by 32 random characters). */
                file_id: components["parameters"]["FileId"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Deleted. */
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            404: components["responses"]["NotFound"];
            500: components["responses"]["InternalError"];
            503: components["responses"]["ServiceUnavailable"];
            default: components["responses"]["Error"];
        };
    };
    updateFile: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description A file id (`fil_` followed by 32 random characters). */
                file_id: components["parameters"]["FileId"];
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "name": "2026 return (final).pdf"
                 *     }
                 */
                "application/json": components["schemas"]["FileUpdate"];
            };
        };
        responses: {
            /** @description The renamed file. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["File"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            404: components["responses"]["NotFound"];
            500: components["responses"]["InternalError"];
            503: components["responses"]["ServiceUnavailable"];
            default: components["responses"]["Error"];
        };
    };
    listFileVersions: {
        parameters: {
            query?: {
                /** @description Page size, 1–100. */
                limit?: components["parameters"]["Limit"];
                /** @description The `next_cursor` of the previous page. */
                cursor?: components["parameters"]["Cursor"];
            };
            header?: never;
            path: {
                /** @description A file id (`fil_` followed by 32 random characters). */
                file_id: components["parameters"]["FileId"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description One page of versions. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["FileVersionList"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            404: components["responses"]["NotFound"];
            500: components["responses"]["InternalError"];
            503: components["responses"]["ServiceUnavailable"];
            default: components["responses"]["Error"];
        };
    };
    uploadFileVersion: {
        parameters: {
            query?: never;
            header?: {
                /**
                 * @description Any unique string (a UUID is ideal). A retry with the same key and body within 24 hours replays the
                 *     first response; the same key with a different body is 422; a retry while the first is still running is 409.
                 */
                "Idempotency-Key"?: components["parameters"]["IdempotencyKey"];
            };
            path: {
                /** @description A file id (`fil_` followed by 32 random characters). */
                file_id: components["parameters"]["FileId"];
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "multipart/form-data": components["schemas"]["FileUpload"];
            };
        };
        responses: {
            /** @description The file with its new current version. */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["File"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["UploadsDisabled"];
            404: components["responses"]["NotFound"];
            409: components["responses"]["RequestConflict"];
            413: components["responses"]["FileTooLarge"];
            415: components["responses"]["FileTypeNotAllowed"];
            422: components["responses"]["UnprocessableEntity"];
            500: components["responses"]["InternalError"];
            503: components["responses"]["ServiceUnavailable"];
            default: components["responses"]["Error"];
        };
    };
    downloadFile: {
        parameters: {
            query?: {
                /** @description The version number; the current version when absent. */
                version?: number;
            };
            header?: {
                /** @description A single byte range, e.g. `bytes=0-1023`. */
                Range?: string;
                "If-None-Match"?: string;
                "If-Range"?: string;
            };
            path: {
                /** @description A file id (`fil_` followed by 32 random characters). */
                file_id: components["parameters"]["FileId"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The whole content. */
            200: {
                headers: {
                    ETag: components["headers"]["ETag"];
                    "Content-Disposition": components["headers"]["ContentDisposition"];
                    "Access-Control-Allow-Origin": components["headers"]["Access-Control-Allow-Origin"];
                    [name: string]: unknown;
                };
                content: {
                    "application/octet-stream": string;
                };
            };
            /** @description The requested range. */
            206: {
                headers: {
                    "Content-Range"?: string;
                    ETag: components["headers"]["ETag"];
                    "Content-Disposition": components["headers"]["ContentDisposition"];
                    "Access-Control-Allow-Origin": components["headers"]["Access-Control-Allow-Origin"];
                    [name: string]: unknown;
                };
                content: {
                    "application/octet-stream": string;
                };
            };
            /** @description Redirect to a short-lived presigned URL (S3 backend with presigned downloads on). */
            302: {
                headers: {
                    Location?: string;
                    "Access-Control-Allow-Origin": components["headers"]["Access-Control-Allow-Origin"];
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description The client's copy (`If-None-Match`) is current. */
            304: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            404: components["responses"]["NotFound"];
            416: components["responses"]["RangeNotSatisfiable"];
            500: components["responses"]["InternalError"];
            503: components["responses"]["ServiceUnavailable"];
            default: components["responses"]["Error"];
        };
    };
    headFileContent: {
        parameters: {
            query?: {
                /** @description The version number; the current version when absent. */
                version?: number;
            };
            header?: never;
            path: {
                /** @description A file id (`fil_` followed by 32 random characters). */
                file_id: components["parameters"]["FileId"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The headers a download would carry. */
            200: {
                headers: {
                    ETag: components["headers"]["ETag"];
                    "Content-Disposition": components["headers"]["ContentDisposition"];
                    "Access-Control-Allow-Origin": components["headers"]["Access-Control-Allow-Origin"];
                    [name: string]: unknown;
                };
                content?: never;
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            404: components["responses"]["NotFound"];
            500: components["responses"]["InternalError"];
            503: components["responses"]["ServiceUnavailable"];
            default: components["responses"]["Error"];
        };
    };
    listFilePreviews: {
        parameters: {
            query?: {
                /** @description The version number; the current version when absent. */
                version?: number;
            };
            header?: never;
            path: {
                /** @description A file id (`fil_` followed by 32 random characters). */
                file_id: components["parameters"]["FileId"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The version's previews. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["FilePreviews"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            404: components["responses"]["NotFound"];
            500: components["responses"]["InternalError"];
            503: components["responses"]["ServiceUnavailable"];
            default: components["responses"]["Error"];
        };
    };
    getFilePreview: {
        parameters: {
            query?: never;
            header?: {
                "If-None-Match"?: string;
            };
            path: {
                /** @description A file id (`fil_` followed by 32 random characters). */
                file_id: components["parameters"]["FileId"];
                /** @description A preview image's id (`pvw_` followed by 32 random characters), from `listFilePreviews`. */
                preview_id: components["schemas"]["PreviewId"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The image. */
            200: {
                headers: {
                    ETag: components["headers"]["ETag"];
                    "Access-Control-Allow-Origin": components["headers"]["Access-Control-Allow-Origin"];
                    [name: string]: unknown;
                };
                content: {
                    "image/webp": string;
                    "image/png": string;
                };
            };
            /** @description The client's copy (`If-None-Match`) is current. */
            304: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            404: components["responses"]["NotFound"];
            500: components["responses"]["InternalError"];
            503: components["responses"]["ServiceUnavailable"];
            default: components["responses"]["Error"];
        };
    };
    listComments: {
        parameters: {
            query?: {
                /** @description Page size, 1–100. */
                limit?: components["parameters"]["Limit"];
                /** @description The `next_cursor` of the previous page. */
                cursor?: components["parameters"]["Cursor"];
            };
            header?: never;
            path: {
                /** @description A file id (`fil_` followed by 32 random characters). */
                file_id: components["parameters"]["FileId"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description One page of comments (top-level comments and replies, in the order they were written). */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CommentList"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            404: components["responses"]["NotFound"];
            500: components["responses"]["InternalError"];
            503: components["responses"]["ServiceUnavailable"];
            default: components["responses"]["Error"];
        };
    };
    createComment: {
        parameters: {
            query?: never;
            header?: {
                /**
                 * @description Any unique string (a UUID is ideal). A retry with the same key and body within 24 hours replays the
                 *     first response; the same key with a different body is 422; a retry while the first is still running is 409.
                 */
                "Idempotency-Key"?: components["parameters"]["IdempotencyKey"];
            };
            path: {
                /** @description A file id (`fil_` followed by 32 random characters). */
                file_id: components["parameters"]["FileId"];
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "body": "Page 3 has last year's figure for line 12.",
                 *       "version": 2
                 *     }
                 */
                "application/json": components["schemas"]["CommentCreate"];
            };
        };
        responses: {
            /** @description The comment. */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Comment"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            404: components["responses"]["NotFound"];
            409: components["responses"]["Conflict"];
            422: components["responses"]["UnprocessableEntity"];
            500: components["responses"]["InternalError"];
            503: components["responses"]["ServiceUnavailable"];
            default: components["responses"]["Error"];
        };
    };
    deleteComment: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                comment_id: components["parameters"]["CommentId"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Deleted. */
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            500: components["responses"]["InternalError"];
            503: components["responses"]["ServiceUnavailable"];
            default: components["responses"]["Error"];
        };
    };
    updateComment: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                comment_id: components["parameters"]["CommentId"];
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "resolved": true
                 *     }
                 */
                "application/json": components["schemas"]["CommentUpdate"];
            };
        };
        responses: {
            /** @description The comment. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Comment"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            500: components["responses"]["InternalError"];
            503: components["responses"]["ServiceUnavailable"];
            default: components["responses"]["Error"];
        };
    };
    listApprovalRequests: {
        parameters: {
            query?: {
                /** @description Page size, 1–100. */
                limit?: components["parameters"]["Limit"];
                /** @description The `next_cursor` of the previous page. */
                cursor?: components["parameters"]["Cursor"];
            };
            header?: never;
            path: {
                /** @description A file id (`fil_` followed by 32 random characters). */
                file_id: components["parameters"]["FileId"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description One page of approval requests, each with its decisions. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApprovalRequestList"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            404: components["responses"]["NotFound"];
            500: components["responses"]["InternalError"];
            503: components["responses"]["ServiceUnavailable"];
            default: components["responses"]["Error"];
        };
    };
    createApprovalRequest: {
        parameters: {
            query?: never;
            header?: {
                /**
                 * @description Any unique string (a UUID is ideal). A retry with the same key and body within 24 hours replays the
                 *     first response; the same key with a different body is 422; a retry while the first is still running is 409.
                 */
                "Idempotency-Key"?: components["parameters"]["IdempotencyKey"];
            };
            path: {
                /** @description A file id (`fil_` followed by 32 random characters). */
                file_id: components["parameters"]["FileId"];
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "message": "Please review and approve your 2026 return.",
                 *       "due_at": "2026-12-10T17:00:00Z"
                 *     }
                 */
                "application/json": components["schemas"]["ApprovalRequestCreate"];
            };
        };
        responses: {
            /** @description The pending request. */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApprovalRequest"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            404: components["responses"]["NotFound"];
            409: components["responses"]["Conflict"];
            422: components["responses"]["UnprocessableEntity"];
            500: components["responses"]["InternalError"];
            503: components["responses"]["ServiceUnavailable"];
            default: components["responses"]["Error"];
        };
    };
    getApprovalRequest: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                approval_request_id: components["parameters"]["ApprovalRequestId"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The request. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApprovalRequest"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            404: components["responses"]["NotFound"];
            500: components["responses"]["InternalError"];
            503: components["responses"]["ServiceUnavailable"];
            default: components["responses"]["Error"];
        };
    };
    cancelApprovalRequest: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                approval_request_id: components["parameters"]["ApprovalRequestId"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Canceled. */
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            404: components["responses"]["NotFound"];
            409: components["responses"]["ApprovalConflict"];
            500: components["responses"]["InternalError"];
            503: components["responses"]["ServiceUnavailable"];
            default: components["responses"]["Error"];
        };
    };
    decideApprovalRequest: {
        parameters: {
            query?: never;
            header?: {
                /**
                 * @description Any unique string (a UUID is ideal). A retry with the same key and body within 24 hours replays the
                 *     first response; the same key with a different body is 422; a retry while the first is still running is 409.
                 */
                "Idempotency-Key"?: components["parameters"]["IdempotencyKey"];
            };
            path: {
                approval_request_id: components["parameters"]["ApprovalRequestId"];
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "decision": "approve",
                 *       "note": "Looks right, thank you."
                 *     }
                 */
                "application/json": components["schemas"]["DecisionCreate"];
            };
        };
        responses: {
            /** @description The decision, and the request's new state. */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApprovalRequest"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            409: components["responses"]["ApprovalConflict"];
            422: components["responses"]["UnprocessableEntity"];
            500: components["responses"]["InternalError"];
            503: components["responses"]["ServiceUnavailable"];
            default: components["responses"]["Error"];
        };
    };
    getApprovalRecord: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                approval_request_id: components["parameters"]["ApprovalRequestId"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The record, as an attachment. */
            200: {
                headers: {
                    "Content-Disposition": components["headers"]["ContentDisposition"];
                    "Access-Control-Allow-Origin": components["headers"]["Access-Control-Allow-Origin"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApprovalRecord"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            404: components["responses"]["NotFound"];
            500: components["responses"]["InternalError"];
            503: components["responses"]["ServiceUnavailable"];
            default: components["responses"]["Error"];
        };
    };
    getApprovalReceipt: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                approval_request_id: components["parameters"]["ApprovalRequestId"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The receipt, its signed bytes and the signature; or, for `Accept: text/html`, its printable page. */
            200: {
                headers: {
                    "Access-Control-Allow-Origin": components["headers"]["Access-Control-Allow-Origin"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["SignedApprovalReceipt"];
                    "text/html": string;
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            404: components["responses"]["NotFound"];
            409: components["responses"]["ApprovalConflict"];
            500: components["responses"]["InternalError"];
            503: components["responses"]["ServiceUnavailable"];
            default: components["responses"]["Error"];
        };
    };
    rotateReceiptKey: {
        parameters: {
            query?: never;
            header?: {
                /**
                 * @description Any unique string (a UUID is ideal). A retry with the same key and body within 24 hours replays the
                 *     first response; the same key with a different body is 422; a retry while the first is still running is 409.
                 */
                "Idempotency-Key"?: components["parameters"]["IdempotencyKey"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The new current key (its public half). */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ReceiptKey"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["OwnerRoleRequired"];
            409: components["responses"]["Conflict"];
            422: components["responses"]["UnprocessableEntity"];
            500: components["responses"]["InternalError"];
            503: components["responses"]["ServiceUnavailable"];
            default: components["responses"]["Error"];
        };
    };
    listReceiptKeys: {
        parameters: {
            query?: never;
            header?: {
                /** @description The `ETag` of a copy you hold; answered 304 while it is current. */
                "If-None-Match"?: string;
            };
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The key set. */
            200: {
                headers: {
                    /** @description The key set's version, quoted. */
                    ETag?: string;
                    /** @description `public, max-age=300` */
                    "Cache-Control"?: string;
                    /** @description `*`: anyone may read the public keys. */
                    "Access-Control-Allow-Origin"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ReceiptKeySet"];
                };
            };
            /** @description The copy with this `ETag` is current. */
            304: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            400: components["responses"]["BadRequest"];
            500: components["responses"]["InternalError"];
            503: components["responses"]["ServiceUnavailable"];
            default: components["responses"]["Error"];
        };
    };
    listPortalEvents: {
        parameters: {
            query?: {
                /** @description Page size, 1–100. */
                limit?: components["parameters"]["Limit"];
                /** @description The `next_cursor` of the previous page. */
                cursor?: components["parameters"]["Cursor"];
                /** @description Only events of this type (e.g. `approval.approved`). */
                type?: components["parameters"]["EventType"];
                /** @description Only events by this actor id (a member id, a user id or an API key id). */
                actor?: components["parameters"]["EventActor"];
                /** @description Only events at or after this time. */
                since?: components["parameters"]["EventSince"];
                /** @description Only events before this time. */
                until?: components["parameters"]["EventUntil"];
            };
            header?: never;
            path: {
                /** @description A portal id (`prt_` followed by 32 random characters). */
                portal_id: components["parameters"]["PortalId"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description One page of events. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["EventList"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            404: components["responses"]["NotFound"];
            500: components["responses"]["InternalError"];
            503: components["responses"]["ServiceUnavailable"];
            default: components["responses"]["Error"];
        };
    };
    listEvents: {
        parameters: {
            query?: {
                /** @description Page size, 1–100. */
                limit?: components["parameters"]["Limit"];
                /** @description The `next_cursor` of the previous page. */
                cursor?: components["parameters"]["Cursor"];
                /** @description Only events of this type (e.g. `approval.approved`). */
                type?: components["parameters"]["EventType"];
                /** @description Only events by this actor id (a member id, a user id or an API key id). */
                actor?: components["parameters"]["EventActor"];
                /** @description Only events at or after this time. */
                since?: components["parameters"]["EventSince"];
                /** @description Only events before this time. */
                until?: components["parameters"]["EventUntil"];
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description One page of events. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["EventList"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            500: components["responses"]["InternalError"];
            503: components["responses"]["ServiceUnavailable"];
            default: components["responses"]["Error"];
        };
    };
    listWebhookEndpoints: {
        parameters: {
            query?: {
                /** @description Page size, 1–100. */
                limit?: components["parameters"]["Limit"];
                /** @description The `next_cursor` of the previous page. */
                cursor?: components["parameters"]["Cursor"];
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description One page of endpoints, newest first. Secrets are never shown again. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["WebhookEndpointList"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["OwnerRoleRequired"];
            500: components["responses"]["InternalError"];
            503: components["responses"]["ServiceUnavailable"];
            default: components["responses"]["Error"];
        };
    };
    createWebhookEndpoint: {
        parameters: {
            query?: never;
            header?: {
                /**
                 * @description Any unique string (a UUID is ideal). A retry with the same key and body within 24 hours replays the
                 *     first response; the same key with a different body is 422; a retry while the first is still running is 409.
                 */
                "Idempotency-Key"?: components["parameters"]["IdempotencyKey"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "url": "https://hooks.acme.example/foyer",
                 *       "events": [
                 *         "approval.approved",
                 *         "approval.changes_requested",
                 *         "file.uploaded"
                 *       ]
                 *     }
                 */
                "application/json": components["schemas"]["WebhookEndpointCreate"];
            };
        };
        responses: {
            /** @description The new endpoint, with its secret. */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["WebhookEndpointCreated"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["OwnerRoleRequired"];
            409: components["responses"]["Conflict"];
            422: components["responses"]["UnprocessableEntity"];
            500: components["responses"]["InternalError"];
            503: components["responses"]["ServiceUnavailable"];
            default: components["responses"]["Error"];
        };
    };
    deleteWebhookEndpoint: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description A webhook endpoint id (`whe_…`). */
                endpoint_id: components["schemas"]["WebhookEndpointId"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Deleted. */
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["OwnerRoleRequired"];
            404: components["responses"]["NotFound"];
            500: components["responses"]["InternalError"];
            503: components["responses"]["ServiceUnavailable"];
            default: components["responses"]["Error"];
        };
    };
    listWebhookDeliveries: {
        parameters: {
            query?: {
                /** @description Page size, 1–100. */
                limit?: components["parameters"]["Limit"];
                /** @description The `next_cursor` of the previous page. */
                cursor?: components["parameters"]["Cursor"];
            };
            header?: never;
            path: {
                /** @description A webhook endpoint id (`whe_…`). */
                endpoint_id: components["schemas"]["WebhookEndpointId"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description One page of deliveries, newest first, each with every attempt. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["WebhookDeliveryList"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["OwnerRoleRequired"];
            404: components["responses"]["NotFound"];
            500: components["responses"]["InternalError"];
            503: components["responses"]["ServiceUnavailable"];
            default: components["responses"]["Error"];
        };
    };
    startUserSignIn: {
        parameters: {
            query?: never;
            header?: {
                /**
                 * @description Any unique string (a UUID is ideal). A retry with the same key and body within 24 hours replays the
                 *     first response; the same key with a different body is 422; a retry while the first is still running is 409.
                 */
                "Idempotency-Key"?: components["parameters"]["IdempotencyKey"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "email": "owner@acme.example"
                 *     }
                 */
                "application/json": components["schemas"]["VerificationStart"];
            };
        };
        responses: {
            /** @description If the address may sign in, a message is on its way. */
            202: {
                headers: {
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    "Access-Control-Allow-Origin": components["headers"]["Access-Control-Allow-Origin"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["VerificationStarted"];
                };
            };
            400: components["responses"]["BadRequest"];
            409: components["responses"]["Conflict"];
            422: components["responses"]["UnprocessableEntity"];
            429: components["responses"]["TooManyRequests"];
            500: components["responses"]["InternalError"];
            503: components["responses"]["ServiceUnavailable"];
            default: components["responses"]["Error"];
        };
    };
    confirmUserSignIn: {
        parameters: {
            query?: never;
            header?: {
                /**
                 * @description Any unique string (a UUID is ideal). A retry with the same key and body within 24 hours replays the
                 *     first response; the same key with a different body is 422; a retry while the first is still running is 409.
                 */
                "Idempotency-Key"?: components["parameters"]["IdempotencyKey"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["UserSignInConfirm"];
            };
        };
        responses: {
            /** @description The address belongs to several workspaces; choose one. */
            200: {
                headers: {
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    "Access-Control-Allow-Origin": components["headers"]["Access-Control-Allow-Origin"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["WorkspaceChoice"];
                };
            };
            /** @description A new user session for this device. */
            201: {
                headers: {
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    "Set-Cookie": components["headers"]["Set-Cookie"];
                    "Access-Control-Allow-Origin": components["headers"]["Access-Control-Allow-Origin"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["UserSessionCreated"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["InvalidVerification"];
            409: components["responses"]["Conflict"];
            422: components["responses"]["UnprocessableEntity"];
            429: components["responses"]["TooManyRequests"];
            500: components["responses"]["InternalError"];
            503: components["responses"]["ServiceUnavailable"];
            default: components["responses"]["Error"];
        };
    };
    listUserSessions: {
        parameters: {
            query?: {
                /** @description Page size, 1–100. */
                limit?: components["parameters"]["Limit"];
                /** @description The `next_cursor` of the previous page. */
                cursor?: components["parameters"]["Cursor"];
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description One page of live sessions, most recently used first; `current` marks the caller's. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["UserSessionList"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            404: components["responses"]["NotFound"];
            500: components["responses"]["InternalError"];
            503: components["responses"]["ServiceUnavailable"];
            default: components["responses"]["Error"];
        };
    };
    revokeUserSession: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description A user session id (`uss_…`). */
                user_session_id: components["parameters"]["UserSessionId"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Ended. */
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            404: components["responses"]["NotFound"];
            500: components["responses"]["InternalError"];
            503: components["responses"]["ServiceUnavailable"];
            default: components["responses"]["Error"];
        };
    };
    signOutUser: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Signed out. */
            204: {
                headers: {
                    "Set-Cookie": components["headers"]["Set-Cookie"];
                    "Access-Control-Allow-Origin": components["headers"]["Access-Control-Allow-Origin"];
                    [name: string]: unknown;
                };
                content?: never;
            };
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            500: components["responses"]["InternalError"];
            503: components["responses"]["ServiceUnavailable"];
            default: components["responses"]["Error"];
        };
    };
    listExports: {
        parameters: {
            query?: {
                /** @description Page size, 1–100. */
                limit?: components["parameters"]["Limit"];
                /** @description The `next_cursor` of the previous page. */
                cursor?: components["parameters"]["Cursor"];
                /** @description Only the exports of this portal. */
                portal_id?: components["schemas"]["PortalId"];
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description One page of exports. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ExportList"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["OwnerRoleRequired"];
            500: components["responses"]["InternalError"];
            503: components["responses"]["ServiceUnavailable"];
            default: components["responses"]["Error"];
        };
    };
    createWorkspaceExport: {
        parameters: {
            query?: never;
            header?: {
                /**
                 * @description Any unique string (a UUID is ideal). A retry with the same key and body within 24 hours replays the
                 *     first response; the same key with a different body is 422; a retry while the first is still running is 409.
                 */
                "Idempotency-Key"?: components["parameters"]["IdempotencyKey"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The export, queued (or the one already under way). */
            202: {
                headers: {
                    "Idempotent-Replayed": components["headers"]["IdempotentReplayed"];
                    "Access-Control-Allow-Origin": components["headers"]["Access-Control-Allow-Origin"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Export"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["OwnerRoleRequired"];
            409: components["responses"]["Conflict"];
            422: components["responses"]["UnprocessableEntity"];
            500: components["responses"]["InternalError"];
            503: components["responses"]["ServiceUnavailable"];
            default: components["responses"]["Error"];
        };
    };
    getExport: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description An export id (`exp_…`). */
                export_id: components["schemas"]["ExportId"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The export. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Export"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["OwnerRoleRequired"];
            404: components["responses"]["NotFound"];
            500: components["responses"]["InternalError"];
            503: components["responses"]["ServiceUnavailable"];
            default: components["responses"]["Error"];
        };
    };
    downloadExport: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description An export id (`exp_…`). */
                export_id: components["schemas"]["ExportId"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The zip. */
            200: {
                headers: {
                    "Content-Disposition": components["headers"]["ContentDisposition"];
                    "Access-Control-Allow-Origin": components["headers"]["Access-Control-Allow-Origin"];
                    [name: string]: unknown;
                };
                content: {
                    "application/zip": string;
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["OwnerRoleRequired"];
            404: components["responses"]["NotFound"];
            /** @description The export is not ready (still `queued` or `running`, or `failed`). */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "urn:foyer:error:export_not_ready",
                     *       "title": "The export is not ready",
                     *       "status": 409,
                     *       "code": "export_not_ready",
                     *       "request_id": "req_5m2kq3w8c1v9x7b4n6t0"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            500: components["responses"]["InternalError"];
            503: components["responses"]["ServiceUnavailable"];
            default: components["responses"]["Error"];
        };
    };
    listUsers: {
        parameters: {
            query?: {
                /** @description Page size, 1–100. */
                limit?: components["parameters"]["Limit"];
                /** @description The `next_cursor` of the previous page. */
                cursor?: components["parameters"]["Cursor"];
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description One page of users, oldest first. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["UserList"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["OwnerRoleRequired"];
            500: components["responses"]["InternalError"];
            503: components["responses"]["ServiceUnavailable"];
            default: components["responses"]["Error"];
        };
    };
    inviteUser: {
        parameters: {
            query?: never;
            header?: {
                /**
                 * @description Any unique string (a UUID is ideal). A retry with the same key and body within 24 hours replays the
                 *     first response; the same key with a different body is 422; a retry while the first is still running is 409.
                 */
                "Idempotency-Key"?: components["parameters"]["IdempotencyKey"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "email": "sam@acme.example",
                 *       "name": "Sam Ortiz",
                 *       "role": "staff"
                 *     }
                 */
                "application/json": components["schemas"]["UserCreate"];
            };
        };
        responses: {
            /** @description The new user. */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["User"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["OwnerRoleRequired"];
            409: components["responses"]["UserExists"];
            422: components["responses"]["UnprocessableEntity"];
            500: components["responses"]["InternalError"];
            503: components["responses"]["ServiceUnavailable"];
            default: components["responses"]["Error"];
        };
    };
    removeUser: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description A user id (`usr_…`). */
                user_id: components["parameters"]["UserId"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Removed. */
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["OwnerRoleRequired"];
            404: components["responses"]["NotFound"];
            409: components["responses"]["LastOwner"];
            500: components["responses"]["InternalError"];
            503: components["responses"]["ServiceUnavailable"];
            default: components["responses"]["Error"];
        };
    };
    updateUser: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description A user id (`usr_…`). */
                user_id: components["parameters"]["UserId"];
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "notifications": {
                 *         "muted": false,
                 *         "muted_portal_ids": [
                 *           "prt_8f3k2m9q4w7x1c5v6b0n3j8h2g4d6s1a"
                 *         ]
                 *       }
                 *     }
                 */
                "application/json": components["schemas"]["UserUpdate"];
            };
        };
        responses: {
            /** @description The updated user. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["User"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["OwnerRoleRequired"];
            404: components["responses"]["NotFound"];
            409: components["responses"]["LastOwner"];
            500: components["responses"]["InternalError"];
            503: components["responses"]["ServiceUnavailable"];
            default: components["responses"]["Error"];
        };
    };
    listApiKeys: {
        parameters: {
            query?: {
                /** @description Page size, 1–100. */
                limit?: components["parameters"]["Limit"];
                /** @description The `next_cursor` of the previous page. */
                cursor?: components["parameters"]["Cursor"];
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description One page of live keys, newest first. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiKeyList"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["OwnerRoleRequired"];
            500: components["responses"]["InternalError"];
            503: components["responses"]["ServiceUnavailable"];
            default: components["responses"]["Error"];
        };
    };
    createApiKey: {
        parameters: {
            query?: never;
            header?: {
                /**
                 * @description Any unique string (a UUID is ideal). A retry with the same key and body within 24 hours replays the
                 *     first response; the same key with a different body is 422; a retry while the first is still running is 409.
                 */
                "Idempotency-Key"?: components["parameters"]["IdempotencyKey"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "name": "billing sync"
                 *     }
                 */
                "application/json": components["schemas"]["ApiKeyCreate"];
            };
        };
        responses: {
            /** @description The new key, with its secret. */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiKeyCreated"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["OwnerRoleRequired"];
            409: components["responses"]["Conflict"];
            422: components["responses"]["UnprocessableEntity"];
            500: components["responses"]["InternalError"];
            503: components["responses"]["ServiceUnavailable"];
            default: components["responses"]["Error"];
        };
    };
    revokeApiKey: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description An API key id (`key_…`). */
                api_key_id: components["parameters"]["ApiKeyId"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Revoked. */
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["OwnerRoleRequired"];
            404: components["responses"]["NotFound"];
            500: components["responses"]["InternalError"];
            503: components["responses"]["ServiceUnavailable"];
            default: components["responses"]["Error"];
        };
    };
    getDashboard: {
        parameters: {
            query?: {
                /** @description Page size, 1–100. */
                limit?: components["parameters"]["Limit"];
                /** @description The `next_cursor` of the previous page. */
                cursor?: components["parameters"]["Cursor"];
                /** @description Search text. */
                q?: string;
                /** @description Only portals in this state (default every state but `archived`). */
                filter?: components["schemas"]["PortalState"];
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description One page of portal summaries. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Dashboard"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            500: components["responses"]["InternalError"];
            503: components["responses"]["ServiceUnavailable"];
            default: components["responses"]["Error"];
        };
    };
    markPortalSeen: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description A portal id (`prt_` followed by 32 random characters). */
                portal_id: components["parameters"]["PortalId"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Marked. */
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            404: components["responses"]["NotFound"];
            500: components["responses"]["InternalError"];
            503: components["responses"]["ServiceUnavailable"];
            default: components["responses"]["Error"];
        };
    };
    resendWebhookDelivery: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description A webhook endpoint id (`whe_…`). */
                endpoint_id: components["schemas"]["WebhookEndpointId"];
                /** @description A webhook delivery id (`whd_…`). */
                delivery_id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The delivery, pending again. */
            202: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["WebhookDelivery"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["OwnerRoleRequired"];
            404: components["responses"]["NotFound"];
            409: components["responses"]["Conflict"];
            500: components["responses"]["InternalError"];
            503: components["responses"]["ServiceUnavailable"];
            default: components["responses"]["Error"];
        };
    };
    getWidgetBuild: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The build. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["WidgetBuild"];
                };
            };
            401: components["responses"]["Unauthorized"];
            500: components["responses"]["InternalError"];
            503: components["responses"]["ServiceUnavailable"];
            default: components["responses"]["Error"];
        };
    };
    listPortalRequests: {
        parameters: {
            query?: {
                /** @description Page size, 1–100. */
                limit?: components["parameters"]["Limit"];
                /** @description The `next_cursor` of the previous page. */
                cursor?: components["parameters"]["Cursor"];
                /** @description Only requests with this status (default both). */
                status?: components["parameters"]["RequestStatusFilter"];
            };
            header?: never;
            path: {
                /** @description A portal id (`prt_` followed by 32 random characters). */
                portal_id: components["parameters"]["PortalId"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description One page of requests. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["DocumentRequestList"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            404: components["responses"]["NotFound"];
            500: components["responses"]["InternalError"];
            503: components["responses"]["ServiceUnavailable"];
            default: components["responses"]["Error"];
        };
    };
    createRequest: {
        parameters: {
            query?: never;
            header?: {
                /**
                 * @description Any unique string (a UUID is ideal). A retry with the same key and body within 24 hours replays the
                 *     first response; the same key with a different body is 422; a retry while the first is still running is 409.
                 */
                "Idempotency-Key"?: components["parameters"]["IdempotencyKey"];
            };
            path: {
                /** @description A portal id (`prt_` followed by 32 random characters). */
                portal_id: components["parameters"]["PortalId"];
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "title": "2026 tax documents",
                 *       "due_at": "2027-03-15T17:00:00Z",
                 *       "items": [
                 *         {
                 *           "title": "Bank statements",
                 *           "multiple": true
                 *         },
                 *         {
                 *           "title": "Last year's return",
                 *           "allowed_types": [
                 *             "application/pdf"
                 *           ]
                 *         },
                 *         {
                 *           "title": "ID",
                 *           "required": false,
                 *           "allowed_types": [
                 *             "application/pdf",
                 *             "image/*"
                 *           ]
                 *         }
                 *       ]
                 *     }
                 */
                "application/json": components["schemas"]["DocumentRequestCreate"];
            };
        };
        responses: {
            /** @description The new request. */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["DocumentRequest"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            404: components["responses"]["NotFound"];
            409: components["responses"]["RequestConflict"];
            422: components["responses"]["UnprocessableEntity"];
            500: components["responses"]["InternalError"];
            503: components["responses"]["ServiceUnavailable"];
            default: components["responses"]["Error"];
        };
    };
    listRequests: {
        parameters: {
            query?: {
                /** @description Page size, 1–100. */
                limit?: components["parameters"]["Limit"];
                /** @description The `next_cursor` of the previous page. */
                cursor?: components["parameters"]["Cursor"];
                /** @description Only requests with this status (default both). */
                status?: components["parameters"]["RequestStatusFilter"];
                /** @description Only requests with items waiting on the client (`client`) or on the business (`us`). */
                waiting?: "client" | "us";
                /** @description `due_at` (default): earliest due first, no due date last. `-created_at`: newest first. */
                sort?: "due_at" | "-created_at";
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description One page of requests. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["DocumentRequestList"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            500: components["responses"]["InternalError"];
            503: components["responses"]["ServiceUnavailable"];
            default: components["responses"]["Error"];
        };
    };
    getRequest: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description A document request id (`req_…`). */
                request_id: components["parameters"]["DocumentRequestId"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The request. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["DocumentRequest"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            404: components["responses"]["NotFound"];
            500: components["responses"]["InternalError"];
            503: components["responses"]["ServiceUnavailable"];
            default: components["responses"]["Error"];
        };
    };
    deleteRequest: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description A document request id (`req_…`). */
                request_id: components["parameters"]["DocumentRequestId"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Deleted. */
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            404: components["responses"]["NotFound"];
            500: components["responses"]["InternalError"];
            503: components["responses"]["ServiceUnavailable"];
            default: components["responses"]["Error"];
        };
    };
    updateRequest: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description A document request id (`req_…`). */
                request_id: components["parameters"]["DocumentRequestId"];
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "due_at": "2027-03-31T17:00:00Z"
                 *     }
                 */
                "application/json": components["schemas"]["DocumentRequestUpdate"];
            };
        };
        responses: {
            /** @description The updated request. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["DocumentRequest"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            404: components["responses"]["NotFound"];
            409: components["responses"]["RequestConflict"];
            500: components["responses"]["InternalError"];
            503: components["responses"]["ServiceUnavailable"];
            default: components["responses"]["Error"];
        };
    };
    updateRequestItem: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description A request item id (`rqi_…`). */
                request_item_id: components["parameters"]["RequestItemId"];
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["RequestItemUpdate"];
            };
        };
        responses: {
            /** @description The item's request, with the item changed. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["DocumentRequest"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            409: components["responses"]["RequestConflict"];
            500: components["responses"]["InternalError"];
            503: components["responses"]["ServiceUnavailable"];
            default: components["responses"]["Error"];
        };
    };
    listRequestTemplates: {
        parameters: {
            query?: {
                /** @description Page size, 1–100. */
                limit?: components["parameters"]["Limit"];
                /** @description The `next_cursor` of the previous page. */
                cursor?: components["parameters"]["Cursor"];
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description One page of templates. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["RequestTemplateList"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            500: components["responses"]["InternalError"];
            503: components["responses"]["ServiceUnavailable"];
            default: components["responses"]["Error"];
        };
    };
    createRequestTemplate: {
        parameters: {
            query?: never;
            header?: {
                /**
                 * @description Any unique string (a UUID is ideal). A retry with the same key and body within 24 hours replays the
                 *     first response; the same key with a different body is 422; a retry while the first is still running is 409.
                 */
                "Idempotency-Key"?: components["parameters"]["IdempotencyKey"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "name": "2026 tax documents",
                 *       "items": [
                 *         {
                 *           "title": "Bank statements",
                 *           "multiple": true
                 *         },
                 *         {
                 *           "title": "Receipts",
                 *           "multiple": true
                 *         },
                 *         {
                 *           "title": "Last year's return",
                 *           "allowed_types": [
                 *             "application/pdf"
                 *           ]
                 *         },
                 *         {
                 *           "title": "ID",
                 *           "required": false
                 *         }
                 *       ]
                 *     }
                 */
                "application/json": components["schemas"]["RequestTemplateCreate"];
            };
        };
        responses: {
            /** @description The new template. */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["RequestTemplate"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            409: components["responses"]["Conflict"];
            422: components["responses"]["UnprocessableEntity"];
            500: components["responses"]["InternalError"];
            503: components["responses"]["ServiceUnavailable"];
            default: components["responses"]["Error"];
        };
    };
    getRequestTemplate: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description A request template id (`rqt_…`). */
                request_template_id: components["parameters"]["RequestTemplateId"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The template. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["RequestTemplate"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            404: components["responses"]["NotFound"];
            500: components["responses"]["InternalError"];
            503: components["responses"]["ServiceUnavailable"];
            default: components["responses"]["Error"];
        };
    };
    deleteRequestTemplate: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description A request template id (`rqt_…`). */
                request_template_id: components["parameters"]["RequestTemplateId"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Deleted. */
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            404: components["responses"]["NotFound"];
            500: components["responses"]["InternalError"];
            503: components["responses"]["ServiceUnavailable"];
            default: components["responses"]["Error"];
        };
    };
    updateRequestTemplate: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description A request template id (`rqt_…`). */
                request_template_id: components["parameters"]["RequestTemplateId"];
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "name": "2027 tax documents"
                 *     }
                 */
                "application/json": components["schemas"]["RequestTemplateUpdate"];
            };
        };
        responses: {
            /** @description The updated template. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["RequestTemplate"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            404: components["responses"]["NotFound"];
            500: components["responses"]["InternalError"];
            503: components["responses"]["ServiceUnavailable"];
            default: components["responses"]["Error"];
        };
    };
    applyRequestTemplate: {
        parameters: {
            query?: never;
            header?: {
                /**
                 * @description Any unique string (a UUID is ideal). A retry with the same key and body within 24 hours replays the
                 *     first response; the same key with a different body is 422; a retry while the first is still running is 409.
                 */
                "Idempotency-Key"?: components["parameters"]["IdempotencyKey"];
            };
            path: {
                /** @description A request template id (`rqt_…`). */
                request_template_id: components["parameters"]["RequestTemplateId"];
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "portal_ids": [
                 *         "prt_8f3k2m9q4w7x1c5v6b0n3j8h2g4d6s1a"
                 *       ],
                 *       "due_at": "2027-03-15T17:00:00Z"
                 *     }
                 */
                "application/json": components["schemas"]["RequestTemplateApply"];
            };
        };
        responses: {
            /** @description One result per portal. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["RequestTemplateApplied"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            404: components["responses"]["NotFound"];
            409: components["responses"]["Conflict"];
            422: components["responses"]["UnprocessableEntity"];
            500: components["responses"]["InternalError"];
            503: components["responses"]["ServiceUnavailable"];
            default: components["responses"]["Error"];
        };
    };
}
