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
        /** Delete a portal and everything in it */
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
         *     in with a code). Answers the session token once. Limits (the `RateLimit` policies): `per-ip`, 60
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
        patch?: never;
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
         */
        post: operations["uploadFile"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
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
         * @description Same streaming rules as an upload. The new version becomes the file's current version.
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
         *     `waiting_on_us` when it has new client uploads or unanswered client comments, else `waiting_on_client`
         *     when an approval request is pending, else `done`; archived portals are `archived` and listed only with
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
        ErrorCode: "validation_failed" | "malformed_json" | "payload_too_large" | "unsupported_media_type" | "authentication_required" | "invalid_credentials" | "not_found" | "method_not_allowed" | "invalid_cursor" | "idempotency_key_reused" | "idempotency_in_progress" | "verification_failed" | "rate_limited" | "uploads_disabled" | "not_author" | "verification_required" | "owner_cannot_decide" | "not_an_approver" | "approval_superseded" | "approval_canceled" | "approval_closed" | "already_decided" | "no_approvers" | "file_too_large" | "malformed_upload" | "range_not_satisfiable" | "owner_role_required" | "last_owner" | "user_exists" | "csrf_failed" | "delivery_not_failed" | "service_unavailable" | "internal_error";
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
        };
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
         * @description Exactly one of: `{email, code}`, `{token}`, or `{link_key, name, email}`. Any other combination is a
         *     400 `validation_failed` naming the fields.
         */
        VerificationConfirm: {
            email?: components["schemas"]["Email"];
            code?: string;
            token?: string;
            link_key?: string;
            name?: string;
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
            /** Format: date-time */
            last_seen_at: string | null;
            created_at: components["schemas"]["Timestamp"];
        };
        MemberCreate: {
            email: components["schemas"]["Email"];
            name?: string | null;
            /**
             * @description Email the member the portal's link.
             * @default false
             */
            send_invite?: boolean;
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
            method: "code" | "magic_link" | "sign_in_link" | "access_link";
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
         * @description How a person got in: an emailed `code`, a `magic_link`, an owner's one-time `sign_in_link`, or a
         *     `link`-mode portal's secret link (`access_link`, which proves nothing about the email address).
         * @enum {string}
         */
        SignInMethod: "code" | "magic_link" | "sign_in_link" | "access_link";
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
        Event: {
            id: string;
            /**
             * @description One of: member.added, member.invited, member.revoked, member.sign_in_link_created, session.created,
             *     session.revoked, verification.failed, portal.viewed, portal.access_link_rotated, portal.access_mode_changed, file.uploaded,
             *     file.version_uploaded, file.renamed, file.deleted, file.downloaded, comment.created, comment.updated,
             *     comment.deleted, comment.resolved, comment.reopened, approval.requested, approval.approved,
             *     approval.changes_requested, approval.canceled, approval.superseded, member.notifications_changed,
             *     workspace.notify_email_removed, webhook_endpoint.created, webhook_endpoint.deleted,
             *     webhook_endpoint.disabled, api_key.created, api_key.revoked, user.invited, user.updated, user.removed,
             *     user_session.created, user_session.revoked.
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
        /** @description The request is superseded, canceled or settled, or this member already decided. */
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
                 *       "send_invite": true
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
                "multipart/form-data": components["schemas"]["FileUpload"];
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
            409: components["responses"]["Conflict"];
            413: components["responses"]["FileTooLarge"];
            422: components["responses"]["UnprocessableEntity"];
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
            409: components["responses"]["Conflict"];
            413: components["responses"]["FileTooLarge"];
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
}
