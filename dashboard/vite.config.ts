import { defineConfig } from 'vite'
import vue from '@vitejs/plugin-vue'

const hub = process.env.TETHER_HUB_URL ?? 'http://127.0.0.1:8080'

// Dev server proxies the hub's API and its one WebSocket endpoint (ws: true).
export default defineConfig({
  plugins: [vue()],
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
