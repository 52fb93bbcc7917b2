# syntax=docker/dockerfile:1
# eshkola: one image with the server binary and the built SPA.
#   docker build -t eshkola .
#   docker run -p 8080:8080 -e ESHKOLA_JWT_SECRET="$(openssl rand -base64 48)" eshkola
# (SQLite in the /app/data volume by default; docker-compose.yml runs it with PostgreSQL.)

FROM rust:1.95-bookworm AS builder
# pq-sys builds libpq from source and links OpenSSL.
RUN apt-get update \
 && apt-get install -y --no-install-recommends libssl-dev pkg-config \
 && rm -rf /var/lib/apt/lists/*
RUN rustup target add wasm32-unknown-unknown
WORKDIR /src

# wasm-bindgen-cli must match the wasm-bindgen in Cargo.lock exactly; this layer
# is rebuilt only when Cargo.lock changes. (No --locked: see the toolchain notes.)
COPY Cargo.lock ./
RUN --mount=type=cache,target=/usr/local/cargo/registry \
    version="$(grep -A1 '^name = "wasm-bindgen"$' Cargo.lock | sed -n 's/^version = "\(.*\)"/\1/p')" \
 && test -n "$version" \
 && cargo install wasm-bindgen-cli --version "$version"

COPY . .
# target/ is a cache mount, so the results are copied out within the same step.
RUN --mount=type=cache,target=/usr/local/cargo/registry \
    --mount=type=cache,target=/src/target \
    scripts/build-spa.sh release \
 && cargo build --release -p eshkola_server \
 && cp target/release/eshkola /usr/local/bin/eshkola

FROM debian:bookworm-slim
# libssl3: linked by the bundled libpq; curl: the health check (eshkola has no probe command).
RUN apt-get update \
 && apt-get install -y --no-install-recommends ca-certificates libssl3 curl \
 && rm -rf /var/lib/apt/lists/* \
 && useradd --system --user-group --uid 10001 --home-dir /app --no-create-home \
      --shell /usr/sbin/nologin eshkola \
 && mkdir -p /app/data \
 && chown eshkola:eshkola /app/data
WORKDIR /app
COPY --from=builder /usr/local/bin/eshkola /usr/local/bin/eshkola
COPY --from=builder /src/frontend/dist /app/frontend/dist

ENV ESHKOLA_BIND=0.0.0.0:8080 \
    ESHKOLA_STATIC_DIR=/app/frontend/dist \
    ESHKOLA_DATABASE_URL=sqlite:///app/data/eshkola.sqlite3
USER eshkola
VOLUME ["/app/data"]
EXPOSE 8080
# Ready means the database answers too. Adjust the port if ESHKOLA_BIND changes.
HEALTHCHECK --interval=15s --timeout=3s --start-period=30s --retries=3 \
  CMD curl -fsS -o /dev/null http://127.0.0.1:8080/readyz || exit 1
# actix-web stops gracefully on SIGTERM (up to 10 s for requests in flight).
CMD ["eshkola", "serve"]
