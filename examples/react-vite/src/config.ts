/** Where the portal comes from: `?api=…&portal=…` in the address, else VITE_FOYER_API and VITE_FOYER_PORTAL. */
export interface PortalConfig {
  api: string;
  portal: string;
}

export function readConfig(search: string): PortalConfig | undefined {
  const query = new URLSearchParams(search);
  const api = query.get('api') ?? import.meta.env.VITE_FOYER_API ?? '';
  const portal = query.get('portal') ?? import.meta.env.VITE_FOYER_PORTAL ?? '';
  return api && portal ? { api, portal } : undefined;
}
