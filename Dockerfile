# syntax=docker/dockerfile:1
#
# One image serves api (default CMD), worker and migrate; docker-compose.yml picks the entry per service.
# Debian (glibc) rather than Alpine: the Temporal worker's native core-bridge ships glibc builds.

ARG NODE_IMAGE=node:20-bookworm-slim

# ---- build: full dependency tree, compile TypeScript to dist/ ----
FROM ${NODE_IMAGE} AS build
WORKDIR /app
# @scarf/scarf phones home from its install script; the build should not depend on the network beyond npm.
ENV SCARF_ANALYTICS=false
COPY package.json package-lock.json ./
RUN --mount=type=cache,target=/root/.npm npm ci --no-audit --no-fund
COPY . .
RUN npm run build && npm run build:web

# ---- prod-deps: runtime dependencies only, installed apart so no dev tooling reaches the image ----
FROM ${NODE_IMAGE} AS prod-deps
WORKDIR /app
ENV SCARF_ANALYTICS=false
COPY package.json package-lock.json ./
RUN --mount=type=cache,target=/root/.npm npm ci --omit=dev --no-audit --no-fund

# ---- runtime ----
FROM ${NODE_IMAGE} AS runtime
ENV NODE_ENV=production \
    PORT=3000 \
    POLICY_FILE=/app/config/policy.yaml \
    REPORT_FONT=/usr/share/fonts/truetype/wqy/wqy-microhei.ttc \
    REPORT_FONT_FAMILY=WenQuanYiMicroHei
# The CJK font embedded in generated documents (the 联检报告 PDF).
RUN apt-get update \
    && apt-get install -y --no-install-recommends fonts-wqy-microhei \
    && rm -rf /var/lib/apt/lists/*
WORKDIR /app
# Files stay owned by root: the process runs as `node` and must not be able to rewrite its own code.
COPY package.json tsconfig.json ./
COPY --from=prod-deps /app/node_modules ./node_modules
COPY --from=build /app/dist ./dist
COPY --from=build /app/web/dist ./web/dist
COPY config ./config
COPY scripts/with-dist.mjs ./scripts/with-dist.mjs
USER node
EXPOSE 3000
# TCP rather than GET /health: /health also reports Temporal, PostgreSQL and Redis, and an outage of theirs
# should not mark the api container itself unhealthy. worker and migrate listen on nothing, so
# docker-compose.yml disables this check for them.
HEALTHCHECK --interval=30s --timeout=5s --start-period=30s --retries=3 \
  CMD ["node", "-e", "require('node:net').connect(Number(process.env.PORT) || 3000, '127.0.0.1').on('connect', () => process.exit(0)).on('error', () => process.exit(1))"]
CMD ["node", "scripts/with-dist.mjs", "dist/apps/api/src/main.js"]
