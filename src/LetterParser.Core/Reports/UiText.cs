using System.Globalization;
using System.Text.Json;

namespace LetterParser.Core.Reports;

/// <summary>
/// The words every front end puts around a report (headings, labels, messages, CSV headers), in English or French.
/// Data, not code: Catalogue/ui.en.json and ui.fr.json, embedded in this assembly, with the same keys (a test keeps
/// them equal). Explanations of grounds and next steps live in the grounds catalogue, not here.
/// </summary>
public sealed class UiText
{
    private readonly IReadOnlyDictionary<string, string> _text;

    private readonly IReadOnlyList<string> _months;
    private readonly string _firstOfMonth;

    private UiText(ReportLanguage language, IReadOnlyList<string> months, string firstOfMonth, string languageName, string otherLanguageName, IReadOnlyDictionary<string, string> text)
    {
        Language = language;
        _months = months;
        _firstOfMonth = firstOfMonth;
        LanguageName = languageName;
        OtherLanguageName = otherLanguageName;
        _text = text;
    }

    public ReportLanguage Language { get; }

    /// <summary>The language's code as HTML's lang attribute and HTTP's Accept-Language write it.</summary>
    public string Code => Language == ReportLanguage.Fr ? "fr" : "en";

    public string LanguageName { get; }

    public string OtherLanguageName { get; }

    public IEnumerable<string> Keys => _text.Keys;

    public static UiText English => Loaded.Value.En;

    public static UiText French => Loaded.Value.Fr;

    public static UiText For(ReportLanguage language) => language == ReportLanguage.Fr ? French : English;

    /// <summary>The text for <paramref name="key"/>; a missing key is a bug, so it throws rather than showing the key.</summary>
    public string this[string key] => _text.TryGetValue(key, out var value)
        ? value
        : throw new KeyNotFoundException($"ui.{Code}.json has no text '{key}'.");

    /// <summary>The text for <paramref name="key"/>, or null when the catalogue has none (e.g. an unknown review code).</summary>
    public string? Find(string key) => _text.GetValueOrDefault(key);

    public string Format(string key, params object?[] args) => string.Format(CultureInfo.InvariantCulture, this[key], args);

    /// <summary>"14 August 2019", "1er août 2019". Month names are data: the app runs with invariant globalization.</summary>
    public string Date(DateOnly date) =>
        $"{(date.Day == 1 ? _firstOfMonth : date.Day.ToString(CultureInfo.InvariantCulture))} {_months[date.Month - 1]} {date.Year.ToString(CultureInfo.InvariantCulture)}";

    /// <summary>"12 days left", "last day is today", "passed 3 days ago".</summary>
    public string DaysLeft(int? days) => days switch
    {
        null => this["days.unknown"],
        > 1 => Format("days.left", days),
        1 => this["days.oneLeft"],
        0 => this["days.today"],
        -1 => this["days.yesterday"],
        _ => Format("days.passed", -days),
    };

    public string Permit(PermitType type) => this["permit." + Kebab(type)];

    public string Location(DecisionLocation location) => this["location." + Kebab(location)];

    /// <summary>Text quoted from the letter, in this language's quotation marks.</summary>
    public string Quoted(string text) => this["quote.open"] + text + this["quote.close"];

    /// <summary>"Label: value" with this language's spacing ("Étiquette : valeur" in French).</summary>
    public string Labelled(string label, string value) => label + this["list.leadSeparator"] + value;

    public string Yes(bool value) => this[value ? "csv.yes" : "csv.no"];

    /// <summary>A review reason in this language: the catalogue's wording for its code, else the reason's own message.</summary>
    public string Review(ReviewReason reason)
    {
        var text = Find("reviewReason." + reason.Code) ?? reason.Message;
        return reason.Page is { } page ? text + " " + Format("review.page", page) : text;
    }

    /// <summary>"en", "fr", "fr-CA", "FR" → the language; anything else → null.</summary>
    public static ReportLanguage? Parse(string? code)
    {
        if (string.IsNullOrWhiteSpace(code))
            return null;
        var primary = code.Trim().Split('-', '_')[0];
        return primary.ToLowerInvariant() switch
        {
            "fr" => ReportLanguage.Fr,
            "en" => ReportLanguage.En,
            _ => null,
        };
    }

    /// <summary>The language a report is shown in when the reader asked for none: the letter's own.</summary>
    public static ReportLanguage DefaultFor(LetterReport report) =>
        report is FindingsReport { Source.Language: LetterLanguage.Fr } ? ReportLanguage.Fr : ReportLanguage.En;

    private static string Kebab<TEnum>(TEnum value) where TEnum : struct, Enum =>
        JsonNamingPolicy.KebabCaseLower.ConvertName(value.ToString());

    private static readonly Lazy<(UiText En, UiText Fr)> Loaded = new(() => (Load("ui.en.json", ReportLanguage.En), Load("ui.fr.json", ReportLanguage.Fr)));

    private static UiText Load(string name, ReportLanguage language)
    {
        var assembly = typeof(UiText).Assembly;
        using var stream = assembly.GetManifestResourceStream("LetterParser.Catalogue." + name)
            ?? throw new InvalidOperationException($"{name} is not embedded in {assembly.GetName().Name}.");
        var file = JsonSerializer.Deserialize<UiFile>(stream, new JsonSerializerOptions { PropertyNamingPolicy = JsonNamingPolicy.CamelCase })
            ?? throw new InvalidDataException($"{name} is empty.");
        return new UiText(language, file.Months, file.FirstOfMonth, file.LanguageName, file.OtherLanguageName, file.Text);
    }

    private sealed record UiFile(string Language, string LanguageName, string OtherLanguageName, List<string> Months, string FirstOfMonth, Dictionary<string, string> Text);
}
