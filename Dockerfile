# syntax=docker/dockerfile:1
#
# One image per Spa Utopia service, built from the repository root with the Maven wrapper:
#
#   docker build --build-arg SERVICE=booking-service -t spa-utopia/booking-service .
#
# SERVICE is booking-service, notification-service, promotion-service or ops-console (docker-compose.yml builds
# all four).

ARG JDK_IMAGE=eclipse-temurin:25.0.3_9-jdk-noble
ARG JRE_IMAGE=eclipse-temurin:25.0.3_9-jre-noble

FROM ${JDK_IMAGE} AS build
ARG SERVICE
RUN test -n "${SERVICE}" \
    || { echo "Build with --build-arg SERVICE=booking-service|notification-service|promotion-service|ops-console" >&2; exit 1; }
WORKDIR /workspace
COPY . .
# The cache mount keeps downloaded dependencies between builds; tests run in CI, not here. docker compose builds the
# four services in parallel on one cache: locked, so one build at a time writes to it (Maven's local repository is
# not safe for concurrent writers).
RUN --mount=type=cache,target=/root/.m2,sharing=locked \
    sh ./mvnw --batch-mode --no-transfer-progress -pl "${SERVICE}" -am -Dmaven.test.skip=true package
# Split the fat jar into layers (dependencies change less often than the application) and build the healthcheck.
RUN mkdir /layers \
    && cp "${SERVICE}/target/${SERVICE}.jar" /layers/application.jar \
    && cd /layers \
    && java -Djarmode=tools -jar application.jar extract --layers --destination extracted \
    && javac -d /healthcheck /workspace/docker/healthcheck/HealthCheck.java

FROM ${JRE_IMAGE}
ARG SERVICE
LABEL org.opencontainers.image.title="spa-utopia-${SERVICE}" \
      org.opencontainers.image.description="Spa Utopia ${SERVICE}"
RUN groupadd --system --gid 10001 spa \
    && useradd --system --uid 10001 --gid spa --home-dir /app --no-create-home --shell /usr/sbin/nologin spa
WORKDIR /app
COPY --from=build /healthcheck/ /opt/healthcheck/
COPY --from=build /layers/extracted/dependencies/ ./
COPY --from=build /layers/extracted/spring-boot-loader/ ./
COPY --from=build /layers/extracted/snapshot-dependencies/ ./
COPY --from=build /layers/extracted/application/ ./
USER spa:spa
# Reads SERVER_PORT, as the service does.
HEALTHCHECK --interval=10s --timeout=6s --start-period=60s --retries=6 \
    CMD ["java", "-XX:+UseSerialGC", "-Xmx32m", "-cp", "/opt/healthcheck", "HealthCheck"]
ENTRYPOINT ["java", "-XX:MaxRAMPercentage=75", "-jar", "/app/application.jar"]
