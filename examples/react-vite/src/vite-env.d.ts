/// <reference types="vite/client" />

interface ImportMetaEnv {
  /** The Foyer service's base URL, e.g. `https://portal.example.com`. */
  readonly VITE_FOYER_API?: string;
  /** The portal to show, `prt_…`. */
  readonly VITE_FOYER_PORTAL?: string;
}
