# LetterParser web service. Build and run with the embedded default (in-memory queue, files under /app/data):
#   docker build -t letterparser .
#   docker run -p 8080:8080 -e ApiKeys__0=... -e Access__OperatorKey=... letterparser
# Server access mode (docs/security.md): reports open with their secret link, batches with a clinic key, the
# dashboard with the operator key. Set AllowedHosts to the name clients use, and Access__KnownProxies__0 to your
# reverse proxy's address if there is one.
# PostgreSQL mode, web and worker roles: see compose.yaml and docs/operations.md.
# The .NET 10 images are Ubuntu 24.04 (Microsoft ships no Debian images for .NET 10); apt works the same.

FROM mcr.microsoft.com/dotnet/sdk:10.0 AS build
WORKDIR /src
# Restore first, from the project files only, so that a code change does not download the packages again.
COPY global.json Directory.Build.props Directory.Packages.props .editorconfig ./
COPY src/LetterParser.Core/LetterParser.Core.csproj src/LetterParser.Core/
COPY src/LetterParser.Extraction/LetterParser.Extraction.csproj src/LetterParser.Extraction/
COPY src/LetterParser.Pdf/LetterParser.Pdf.csproj src/LetterParser.Pdf/
COPY src/LetterParser.Web/LetterParser.Web.csproj src/LetterParser.Web/
RUN dotnet restore src/LetterParser.Web/LetterParser.Web.csproj
COPY src/ src/
RUN dotnet publish src/LetterParser.Web/LetterParser.Web.csproj -c Release -o /app --no-restore -p:UseAppHost=false

FROM mcr.microsoft.com/dotnet/aspnet:10.0 AS runtime
# The OCR engine and its English, French and orientation data; DejaVu for rendering pages without embedded fonts
# and for the report PDFs (LetterParser.Pdf embeds it).
RUN apt-get update \
 && apt-get install -y --no-install-recommends libtesseract5 tesseract-ocr-eng tesseract-ocr-fra tesseract-ocr-osd fonts-dejavu-core \
 && rm -rf /var/lib/apt/lists/*
WORKDIR /app
COPY --from=build /app .
# The image's non-root 'app' user ($APP_UID) owns only the data folder.
RUN mkdir -p /app/data && chown "$APP_UID" /app/data
ENV ASPNETCORE_URLS=http://0.0.0.0:8080 \
    ASPNETCORE_HTTP_PORTS= \
    Storage__DataPath=/app/data \
    Access__Mode=server \
    Logging__Console__FormatterName=json \
    DOTNET_CLI_TELEMETRY_OPTOUT=1
VOLUME /app/data
EXPOSE 8080
USER $APP_UID
# Role=all by default; `--Role=web` or `--Role=worker` (health on Worker__HealthUrl) after the image name.
ENTRYPOINT ["dotnet", "LetterParser.Web.dll"]
