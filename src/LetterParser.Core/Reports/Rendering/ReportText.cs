using System.Text.Json;

namespace LetterParser.Core.Reports.Rendering;

/// <summary>Machine spellings the renderers share (words for people come from <see cref="UiText"/>).</summary>
internal static class ReportText
{
    /// <summary>The enum value as the JSON contract spells it (kebab-case), e.g. <c>too-large</c>.</summary>
    public static string Kebab<TEnum>(TEnum value) where TEnum : struct, Enum =>
        JsonNamingPolicy.KebabCaseLower.ConvertName(value.ToString());

    public static string Iso(DateOnly date) => date.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture);
}
