# gevoelig serve in a slim image: built in one stage (durable-rules compiles its C core), run in
# another without a compiler, as a user without rights. Binding 0.0.0.0 needs API keys: give
# GEVOELIG_API_KEYS (key lines, see docs/api.md) or mount a key file and set GEVOELIG_API_KEYS_FILE.
FROM python:3.12-slim AS build
RUN apt-get update \
 && apt-get install -y --no-install-recommends gcc libc6-dev \
 && rm -rf /var/lib/apt/lists/*
WORKDIR /src
COPY . .
RUN pip wheel --no-cache-dir --wheel-dir /wheels '.[service]'

FROM python:3.12-slim
COPY --from=build /wheels /wheels
RUN pip install --no-cache-dir --no-index --find-links /wheels 'gevoeligheid[service]' \
 && rm -rf /wheels \
 && useradd --system --uid 10001 --create-home --home-dir /var/lib/gevoelig gevoelig
USER 10001
WORKDIR /var/lib/gevoelig
# The default log is SQLite in the user's home: mount a volume there, or give a PostgreSQL URL.
# No rule cache: it would live in that home, on the data volume beside the log, where whoever can
# write the volume could forge an entry; the service reads its rules once per worker anyway.
ENV GEVOELIG_LOG=sqlite:////var/lib/gevoelig/decisions.sqlite3 PYTHONUNBUFFERED=1 TZ=Europe/Amsterdam GEVOELIG_NO_CACHE=1
EXPOSE 8080
HEALTHCHECK --interval=30s --timeout=3s --start-period=20s --retries=3 CMD ["python", "-c", "import sys, urllib.request; sys.exit(urllib.request.urlopen('http://127.0.0.1:8080/healthz', timeout=2).status != 200)"]
ENTRYPOINT ["gevoelig", "serve", "--host", "0.0.0.0", "--port", "8080"]
