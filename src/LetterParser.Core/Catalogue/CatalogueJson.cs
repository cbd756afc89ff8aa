using System.Reflection;
using System.Text.Json;

namespace LetterParser.Core.Catalogue;

/// <summary>How the catalogue files embedded in this assembly are found and read.</summary>
internal static class CatalogueJson
{
    public static readonly JsonSerializerOptions Options = new()
    {
        PropertyNamingPolicy = JsonNamingPolicy.CamelCase,
        ReadCommentHandling = JsonCommentHandling.Skip,
        AllowTrailingCommas = true,
    };

    public static Stream Open(string name)
    {
        var assembly = typeof(CatalogueJson).Assembly;
        return assembly.GetManifestResourceStream("LetterParser.Catalogue." + name)
            ?? throw new InvalidOperationException($"The catalogue file {name} is not embedded in {assembly.GetName().Name}.");
    }
}
