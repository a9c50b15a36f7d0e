# truongthon serve: the HTTP service (issue 17) in a container.
#
#   docker build -t truongthon .
#   docker run --rm -p 127.0.0.1:8787:8787 --read-only -e TRUONGTHON_TOKEN=… truongthon
#
# Node 20 on Debian bookworm (slim); runs as the image's non-root user `node`;
# writes nothing to its file system (run it with --read-only); stops
# gracefully on SIGTERM (requests under way finish, exit 0). Settings are
# TRUONGTHON_* environment variables (see README.md, "The HTTP service").

# 1. Build the CLI (its binary bundles @truongthon/core and @truongthon/rules).
FROM node:20-bookworm-slim AS build
WORKDIR /src
COPY . .
RUN npm ci --no-audit --no-fund --ignore-scripts \
 && npx turbo run build --filter=@truongthon/cli

# 2. The CLI's runtime dependencies only (fastify, exceljs, …), from the lockfile.
FROM node:20-bookworm-slim AS deps
WORKDIR /src
COPY package.json package-lock.json ./
COPY packages/core/package.json packages/core/
COPY packages/rules/package.json packages/rules/
COPY packages/cli/package.json packages/cli/
COPY packages/web-widget/package.json packages/web-widget/
COPY bench/package.json bench/
RUN npm ci --omit=dev --workspace=@truongthon/cli --no-audit --no-fund --ignore-scripts

# 3. The service.
FROM node:20-bookworm-slim
ENV NODE_ENV=production \
    TRUONGTHON_HOST=0.0.0.0 \
    TRUONGTHON_PORT=8787
WORKDIR /app
COPY --from=deps /src/node_modules ./node_modules
COPY --from=build /src/packages/cli/package.json ./packages/cli/package.json
COPY --from=build /src/packages/cli/dist ./packages/cli/dist
COPY --from=build /src/packages/cli/openapi.json ./packages/cli/openapi.json
USER node
EXPOSE 8787
STOPSIGNAL SIGTERM
HEALTHCHECK --interval=30s --timeout=3s --start-period=10s --retries=3 \
  CMD ["node", "-e", "fetch('http://127.0.0.1:' + (process.env.TRUONGTHON_PORT || 8787) + '/healthz').then((r) => process.exit(r.ok ? 0 : 1), () => process.exit(1))"]
CMD ["node", "packages/cli/dist/bin.js", "serve"]
