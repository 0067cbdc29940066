# Richtlijnenbot for production: Slack and/or Teams, SQLite in /data or PostgreSQL via DATABASE_URL.
#   docker build -t richtlijnenbot .
#   docker run --env-file .env -p 3978:3978 -v richtlijnenbot-data:/data richtlijnenbot
# See README.md, "In productie / running in production".

# --- build: compile TypeScript with the dev dependencies --------------------------------------
FROM node:20-bookworm-slim AS build
# better-sqlite3 builds from source when no prebuilt binary can be fetched.
RUN apt-get update && apt-get install -y --no-install-recommends python3 make g++ \
    && rm -rf /var/lib/apt/lists/*
WORKDIR /app
COPY package.json package-lock.json ./
RUN npm ci --no-audit --no-fund
COPY tsconfig.json tsconfig.build.json ./
COPY src ./src
RUN npm run build

# --- runtime dependencies only ----------------------------------------------------------------
FROM build AS deps
RUN npm ci --omit=dev --no-audit --no-fund

# --- the image that runs ----------------------------------------------------------------------
FROM node:20-bookworm-slim
ENV NODE_ENV=production \
    PORT=3978 \
    HOST=0.0.0.0 \
    DATA_DIR=/data \
    LOG_FORMAT=json
# A font for the digest's chart (rendered to PNG on the server).
RUN apt-get update && apt-get install -y --no-install-recommends fonts-dejavu-core \
    && rm -rf /var/lib/apt/lists/*
WORKDIR /app
COPY --from=deps /app/node_modules ./node_modules
COPY --from=build /app/dist ./dist
COPY package.json ./
COPY knowledge ./knowledge
COPY manifests ./manifests
# The node image's unprivileged user; /data holds SQLite (when no DATABASE_URL) and caches.
RUN mkdir -p /data && chown node:node /data
USER node
VOLUME ["/data"]
EXPOSE 3978
HEALTHCHECK --interval=30s --timeout=5s --start-period=20s --retries=3 \
  CMD node -e "fetch('http://127.0.0.1:'+(process.env.PORT||3978)+'/healthz').then(r=>process.exit(r.ok?0:1),()=>process.exit(1))"
# Exec form: node is PID 1 and gets SIGTERM itself; the bot drains, closes the database and exits within 10 s.
STOPSIGNAL SIGTERM
CMD ["node", "dist/src/main.js"]
