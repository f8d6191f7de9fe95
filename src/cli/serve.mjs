// @ts-check
/** `npm start` (after the build): serves `dist/` at http://localhost:4321 under SITE_BASE. */
import { startStaticServer } from './static-server.mjs';

const server = await startStaticServer({
  root: process.env.READER_OUT_DIR || 'dist',
  base: process.env.SITE_BASE || '/',
  port: Number(process.env.PORT || 4321),
  host: process.env.HOST || '127.0.0.1',
});
console.log(`Serving dist/ at ${server.url.replace('127.0.0.1', 'localhost')} (Ctrl+C to stop)`);
