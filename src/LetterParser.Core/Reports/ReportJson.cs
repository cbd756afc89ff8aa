using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Serialization;

namespace LetterParser.Core.Reports;

/// <summary>The one JSON form of reports: camelCase properties, kebab-case enum values, ISO dates, nulls kept.</summary>
public static class ReportJson
{
    public static JsonSerializerOptions Options { get; } = Create(writeIndented: false);

    public static JsonSerializerOptions Indented { get; } = Create(writeIndented: true);

    /// <summary>
    /// Gives <paramref name="options"/> the report settings: for a host that owns its serializer options (the web's
    /// HTTP JSON), so that its API answers write dates, enums and text as the stored reports do.
    /// </summary>
    public static void Configure(JsonSerializerOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        options.PropertyNamingPolicy = JsonNamingPolicy.CamelCase;
        options.DefaultIgnoreCondition = JsonIgnoreCondition.Never;
        // Letters quote French text; keep it readable rather than \u-escaped. Output is JSON, never HTML.
        options.Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping;
        options.Converters.Add(new JsonStringEnumConverter(JsonNamingPolicy.KebabCaseLower));
    }

    private static JsonSerializerOptions Create(bool writeIndented)
    {
        var options = new JsonSerializerOptions { WriteIndented = writeIndented };
        Configure(options);
        options.MakeReadOnly(populateMissingResolver: true);
        return options;
    }

    public static string Serialize(LetterReport report, bool indented = false) =>
        JsonSerializer.Serialize(report, report.GetType(), indented ? Indented : Options);

    /// <summary>Reads back a report written by <see cref="Serialize"/> (either shape).</summary>
    public static LetterReport Deserialize(string json)
    {
        using var document = JsonDocument.Parse(json);
        return document.RootElement.TryGetProperty("error", out _)
            ? document.RootElement.Deserialize<ErrorReport>(Options)!
            : document.RootElement.Deserialize<FindingsReport>(Options)!;
    }
}
