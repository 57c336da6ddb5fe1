# The Veille services in one image: `docker run veille <command>` (ingest, enrich, index, serve, ...).
# Stage 1 builds the launcher with Maven; stage 2 keeps only a JRE, the launcher and its libraries.
FROM maven:3.9-eclipse-temurin-17 AS build
WORKDIR /src
# the whole tree (every module the parent pom lists must be present; samples/ is bundled into the
# launcher for `up --demo`); .dockerignore keeps build output and local data out
COPY . .
RUN mvn -B -q -DskipTests -pl app -am package

FROM eclipse-temurin:17-jre
RUN useradd --system --home-dir /var/lib/veille --create-home veille
COPY --from=build /src/app/target/veille.jar /opt/veille/veille.jar
COPY --from=build /src/app/target/lib /opt/veille/lib
COPY samples /opt/veille/samples
USER veille
WORKDIR /var/lib/veille
ENV VEILLE_DATA_DIR=/var/lib/veille
ENTRYPOINT ["java", "-XX:MaxRAMPercentage=75", "-jar", "/opt/veille/veille.jar"]
CMD ["--help"]
