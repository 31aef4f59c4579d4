import express, { type Express } from 'express';
import { devMailPageEnabled } from './modules/email/create-mailer.ts';
import type { AppDeps } from './app-deps.ts';
import { resumableStoreOnce } from './adapters/storage/resumable-store.ts';
import type { Config } from './config.ts';
import { authenticate } from './middleware/authenticate.ts';
import { cors, corsForCaller } from './middleware/cors.ts';
import { errorHandler, notFoundHandler } from './middleware/error-handler.ts';
import { markEmptyJsonBody, refuseEmptyJsonBody } from './middleware/empty-json-body.ts';
import { idempotency } from './middleware/idempotency.ts';
import { multipartPlaceholder } from './middleware/multipart-placeholder.ts';
import { openapiValidator } from './middleware/openapi-validator.ts';
import { refuseUnsafeBody, refuseUnsafeUrl } from './middleware/refuse-unsafe-text.ts';
import { requestLogger } from './middleware/request-logger.ts';
import { securityHeaders } from './middleware/security-headers.ts';
import { apiKeyRoutes } from './modules/api-keys/routes.ts';
import { approvalRoutes } from './modules/approvals/routes.ts';
import { dashboardRoutes } from './modules/dashboard/routes.ts';
import { commentRoutes } from './modules/comments/routes.ts';
import { eventRoutes } from './modules/events/routes.ts';
import { exportRoutes } from './modules/exports/routes.ts';
import { fileRoutes } from './modules/files/routes.ts';
import { uploadRoutes } from './modules/uploads/routes.ts';
import { devMailRoutes } from './modules/dev-mail/routes.ts';
import { memberRoutes } from './modules/members/routes.ts';
import { unsubscribeRoutes } from './modules/notifications/unsubscribe-routes.ts';
import { pageRoutes } from './modules/pages/routes.ts';
import { faviconRoutes } from './modules/favicon/routes.ts';
import { receiptRoutes } from './modules/receipts/routes.ts';
import { webAssetRoutes } from './modules/widget-assets/routes.ts';
import { builtWebAssets } from './modules/widget-assets/bundles.ts';
import { widgetBuildRoutes } from './modules/widget-assets/build-routes.ts';
import { consolePageRoutes } from './modules/console-page/routes.ts';
import { sessionRoutes } from './modules/sessions/routes.ts';
import { verificationRoutes } from './modules/verifications/routes.ts';
import { portalRoutes } from './modules/portals/routes.ts';
import { previewRoutes } from './modules/previews/routes.ts';
import { requestRoutes } from './modules/requests/routes.ts';
import { requestTemplateRoutes } from './modules/request-templates/routes.ts';
import { systemRoutes } from './modules/system/routes.ts';
import { userSessionRoutes } from './modules/user-sessions/routes.ts';
import { userSignInRoutes } from './modules/user-sign-in/routes.ts';
import { userRoutes } from './modules/users/routes.ts';
import { webhookRoutes } from './modules/webhooks/routes.ts';
import { workspaceRoutes } from './modules/workspaces/routes.ts';

/** Builds the HTTP app without listening, so tests can start it on port 0. */
export function createApp(config: Config, deps: AppDeps): Express {
  const app = express();
  app.disable('x-powered-by');
  app.set('trust proxy', config.trustProxy);
  app.set('etag', false);
  // Express' default query parser builds nested objects from `a[b]=c`; the contract has flat parameters.
  app.set('query parser', 'simple');

  app.use(requestLogger(deps.logger));
  app.use(
    securityHeaders({
      // The API serves JSON, not pages: nothing may load, frame or run. Pages set their own policy.
      contentSecurityPolicy: {
        useDefaults: false,
        directives: { defaultSrc: ["'none'"], frameAncestors: ["'none'"], baseUri: ["'none'"], formAction: ["'none'"] },
      },
      referrerPolicy: { policy: 'no-referrer' },
    }),
  );
  app.use(refuseUnsafeUrl);
  app.use(systemRoutes(deps));
  if (devMailPageEnabled(config)) app.use(devMailRoutes(config, deps));
  const assets = deps.webAssets ?? builtWebAssets();
  app.use(webAssetRoutes(assets));
  app.use(pageRoutes(config, deps, assets.widget));
  app.use(faviconRoutes());
  app.use(consolePageRoutes(config, assets.console));
  app.use(unsubscribeRoutes(config, deps));

  app.use('/v1', (_req, res, next) => {
    res.setHeader('Cache-Control', 'no-store');
    next();
  });
  app.use(cors(deps.db));
  app.use(markEmptyJsonBody);
  app.use(express.json({ limit: '1mb', strict: true, type: ['application/json', 'application/*+json'] }));
  app.use(refuseUnsafeBody);
  app.use(authenticate(deps.db, config.secretKey));
  app.use(corsForCaller(deps.db));
  app.use(multipartPlaceholder);
  app.use(openapiValidator({ validateResponses: config.validateResponses }));
  app.use(refuseEmptyJsonBody);
  app.use(idempotency(deps.db, config.secretKey));

  // One tus store for the app: uploads write to it, a portal's deletion removes what it holds of the portal.
  const resumable = resumableStoreOnce(config.storage, { expiryMs: config.uploadExpirySeconds * 1000 }, deps.resumable);
  app.use(workspaceRoutes(deps));
  app.use(portalRoutes(config, deps, resumable));
  app.use(exportRoutes(deps));
  app.use(dashboardRoutes(config, deps));
  app.use(fileRoutes(config, deps));
  app.use(uploadRoutes(config, deps, resumable));
  app.use(previewRoutes(config, deps));
  app.use(memberRoutes(config, deps));
  app.use(sessionRoutes(config, deps));
  app.use(verificationRoutes(config, deps));
  app.use(commentRoutes(deps));
  app.use(approvalRoutes(deps));
  app.use(receiptRoutes(config, deps));
  app.use(requestRoutes(deps));
  app.use(requestTemplateRoutes(deps));
  app.use(eventRoutes(deps));
  app.use(webhookRoutes(config, deps));
  app.use(widgetBuildRoutes(config, assets.widget));
  app.use(userRoutes(config, deps));
  app.use(userSignInRoutes(config, deps));
  app.use(userSessionRoutes(config, deps));
  app.use(apiKeyRoutes(config, deps));

  app.use(notFoundHandler);
  app.use(errorHandler);
  return app;
}
