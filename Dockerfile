# syntax=docker/dockerfile:1
# JournalApi: build and publish with the SDK image, run on the runtime-deps image as a non-root user. The app is published
# for the image's architecture as one Native AOT executable (see src/JournalApi/JournalApi.csproj): no JIT and no
# framework files, so that a replica is ready in a fraction of the time and memory a JIT-compiled build takes.

FROM mcr.microsoft.com/dotnet/sdk:10.0 AS build
# amd64 or arm64, as Docker names them; dotnet's -a takes the same names.
ARG TARGETARCH
WORKDIR /src
# Native AOT links the executable with the platform's toolchain, which the SDK image leaves out.
RUN apt-get update && apt-get install -y --no-install-recommends clang zlib1g-dev && rm -rf /var/lib/apt/lists/*
# Restore first from the project files alone, so that the layer stays cached until a dependency changes.
COPY global.json Directory.Build.props Directory.Packages.props .editorconfig ./
COPY src/JournalApi.Content/JournalApi.Content.csproj src/JournalApi.Content/
COPY src/JournalApi/JournalApi.csproj src/JournalApi/
RUN dotnet restore src/JournalApi/JournalApi.csproj -a $TARGETARCH
COPY src/ src/
# The same publish command as .ci/run.
RUN dotnet publish src/JournalApi/JournalApi.csproj -c Release -a $TARGETARCH -o /app --no-restore

FROM mcr.microsoft.com/dotnet/runtime-deps:10.0 AS runtime
WORKDIR /app
COPY --from=build /app ./
# The sample journal; mount your own over it: docker run -v "$PWD/my-journal:/content:ro" ...
COPY content/ /content/
ENV ASPNETCORE_HTTP_PORTS=8080 \
    Content__Path=/content
EXPOSE 8080
# The image's non-root user (uid 1654).
USER $APP_UID
# The runtime image has no curl: the app checks itself.
HEALTHCHECK --interval=30s --timeout=5s --start-period=20s --retries=3 CMD ["/app/JournalApi", "healthcheck"]
ENTRYPOINT ["/app/JournalApi"]
