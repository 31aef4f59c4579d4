import type { components } from '@foyer/contract';
import { Router } from 'express';
import { requireOwner } from '../../authz/auth.ts';
import type { Config } from '../../config.ts';
import { createError } from '../../errors/http-error.ts';
import type { WidgetBundle } from './bundles.ts';

type WidgetBuildDto = components['schemas']['WidgetBuild'];

/** `GET /v1/widget`: what an owner pastes into a page to embed `<foyer-portal>` — this build, pinned by its SRI. */
export function widgetBuildRoutes(config: Config, widget: () => WidgetBundle | undefined): Router {
  const router = Router();
  router.get('/v1/widget', (req, res) => {
    requireOwner(req.auth);
    const bundle = widget();
    if (!bundle) throw createError('service_unavailable', 'The widget is not built. Run `npm run build -w @foyer/widget`.');
    const build: WidgetBuildDto = {
      script_url: `${config.publicUrl}${bundle.path}`,
      integrity: bundle.integrity,
      api_base: config.publicUrl,
    };
    res.json(build);
  });
  return router;
}
