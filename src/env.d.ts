/** The id of this build, replaced at build time (src/integrations/serviceWorker.ts). */
declare const __BUILD_ID__: string;
