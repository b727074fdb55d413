# syntax=docker/dockerfile:1
# srm-bot's image: build with the dev tools, run on a slim Node LTS with production
# dependencies only, as a non-root user. test/shipping/dockerfile.test.ts runs these same steps
# outside a container (no container engine runs where the tests run).

FROM node:24-bookworm-slim AS build
WORKDIR /app
COPY package.json package-lock.json ./
# No install scripts: `prepare` would build before the sources are here. npm's cache lives in
# a build cache mount, never in a layer.
RUN --mount=type=cache,target=/root/.npm npm ci --ignore-scripts --no-audit --no-fund
COPY tsconfig.json tsconfig.build.json ./
COPY src ./src
COPY knowledge ./knowledge
COPY models ./models
RUN npm run build

FROM node:24-bookworm-slim AS runtime
ENV NODE_ENV=production \
    PORT=3000 \
    SRM_DATA_DIR=/app/data
WORKDIR /app
COPY package.json package-lock.json ./
RUN --mount=type=cache,target=/root/.npm npm ci --omit=dev --ignore-scripts --no-audit --no-fund
COPY --from=build /app/dist ./dist
COPY knowledge ./knowledge
COPY models ./models
COPY playground ./playground
# The embedded database's folder, writable by the user the bot runs as.
RUN mkdir -p /app/data && chown node:node /app/data
VOLUME /app/data
USER node
EXPOSE 3000
HEALTHCHECK --interval=30s --timeout=5s --start-period=20s --retries=3 \
  CMD ["node", "-e", "fetch('http://127.0.0.1:' + process.env.PORT + '/healthz').then((r) => process.exit(r.ok ? 0 : 1), () => process.exit(1))"]
# node itself is the process, so SIGTERM reaches the bot and it drains before exiting.
CMD ["node", "dist/main.js"]
