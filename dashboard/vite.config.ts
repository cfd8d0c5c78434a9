import { fileURLToPath } from 'node:url'
import { defineConfig } from 'vite'
import vue from '@vitejs/plugin-vue'
import { precompress } from './vite-precompress'

const hub = process.env.TETHER_HUB_URL ?? 'http://127.0.0.1:8080'

// Dev server proxies the hub's API and its one WebSocket endpoint (ws: true).
export default defineConfig({
  // Prebuilt .br/.gz beside each asset: the hub serves them with Content-Encoding (no per-request work).
  plugins: [vue(), precompress()],
  // The shared vocabulary from source: dev, build and Vitest never wait on protocol/dist.
  resolve: { alias: { '@tether/protocol': fileURLToPath(new URL('../protocol/src/index.ts', import.meta.url)) } },
  server: {
    port: 5173,
    proxy: {
      '/api': hub,
      '/ws': { target: hub, ws: true },
    },
  },
  build: { outDir: 'dist', sourcemap: true },
  test: { include: ['src/**/*.test.ts'] },
} as Parameters<typeof defineConfig>[0])
