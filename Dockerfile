# syntax=docker/dockerfile:1
# Tether hub image: the hub, the device simulator and the built dashboard, one image.
#   docker build -t tether .            (docker compose up builds it for you)
# Stages: toolchain → build (all deps, compile TS + dashboard)
#                   → deps  (production deps only, native addons compiled, build leftovers pruned)
#         runtime = slim node + deps + dist folders; non-root; nothing secret inside.
ARG NODE_IMAGE=node:20-bookworm-slim

# better-sqlite3 compiles from source when no prebuilt binary can be fetched: it needs these.
FROM ${NODE_IMAGE} AS toolchain
RUN apt-get update \
 && apt-get install -y --no-install-recommends python3 make g++ \
 && rm -rf /var/lib/apt/lists/*
WORKDIR /src
# Manifests first so the npm layers stay cached until a dependency changes.
COPY package.json package-lock.json ./
COPY protocol/package.json protocol/
COPY hub/package.json hub/
COPY device-sim/package.json device-sim/
COPY dashboard/package.json dashboard/
# Applied to aedes by patch-package from the root postinstall (docs/mqtt-conformance.md).
COPY patches/ patches/

FROM toolchain AS build
RUN npm ci --no-audit --no-fund
COPY tsconfig.json ./
COPY protocol/ protocol/
COPY hub/ hub/
COPY device-sim/ device-sim/
COPY dashboard/ dashboard/
RUN npm run build

FROM toolchain AS deps
# Only what the hub and the simulator import at run time (the dashboard ships as static files).
# --include-workspace-root: the root postinstall (patch-package, a root dependency) runs even here.
RUN npm ci --omit=dev --include-workspace-root --workspace protocol --workspace hub --workspace device-sim --no-audit --no-fund \
 && npm cache clean --force \
 && B=node_modules/better-sqlite3 \
 && rm -rf "$B/build/Release/obj" "$B/build/Release/obj.target" "$B/build/Release/test_extension.node" \
           "$B/build/deps" "$B/deps" "$B/src" \
 && find "$B/build/Release" -name '*.a' -delete

FROM ${NODE_IMAGE} AS runtime
# MALLOC_ARENA_MAX=2: glibc gives every thread that allocates (V8's compiler and GC helpers, libuv's
# pool, LevelDB) an arena of its own; two arenas hold 2–4 MiB less at rest, at no measured CPU cost.
ENV NODE_ENV=production \
    MALLOC_ARENA_MAX=2 \
    TETHER_HOST=0.0.0.0 \
    TETHER_PORT=8080 \
    TETHER_DATA_DIR=/data
WORKDIR /app
COPY --from=deps /src/package.json /src/package-lock.json ./
COPY --from=deps /src/node_modules ./node_modules
# Workspace folders: package.json (+ a nested node_modules if npm ever needs one).
COPY --from=deps /src/protocol/ protocol/
COPY --from=deps /src/hub/ hub/
COPY --from=deps /src/device-sim/ device-sim/
COPY --from=deps /src/dashboard/ dashboard/
COPY --from=build /src/protocol/dist protocol/dist
COPY --from=build /src/hub/dist hub/dist
COPY --from=build /src/device-sim/dist device-sim/dist
COPY --from=build /src/dashboard/dist dashboard/dist
# The data directory (SQLite, MQTT sessions, telemetry spool, JWT secret) belongs to the
# unprivileged `node` user of the base image and lives on a volume.
RUN mkdir -p /data && chown node:node /data
USER node
VOLUME ["/data"]
EXPOSE 8080
# Node 20 has fetch: no curl in the image.
HEALTHCHECK --interval=10s --timeout=3s --start-period=20s --retries=3 \
  CMD ["node", "-e", "fetch('http://127.0.0.1:'+(process.env.TETHER_PORT||process.env.PORT||8080)+'/healthz').then(r=>process.exit(r.ok?0:1),()=>process.exit(1))"]
CMD ["node", "hub/dist/main.js"]
