using System.Reflection;
using System.Text.Json;
using System.Text.RegularExpressions;
using LetterParser.Core.Reports;

namespace LetterParser.Core.Catalogue;

/// <summary>
/// Every text the catalogue explains a letter with, in both official languages, as one object:
/// explanations.json (English) and explanations.fr.json (French) for grounds, next steps, the disclaimer and the
/// truthfulness warning; messages.json for the sentences the explainer adds (warnings, what a deadline counts from).
/// Pick a language with <see cref="For"/>; a test keeps the two languages' ids equal.
/// </summary>
public sealed class CatalogueTexts
{
    private readonly LanguageTexts _en;
    private readonly LanguageTexts _fr;

    private CatalogueTexts(LanguageTexts en, LanguageTexts fr, MessagesFile messages)
    {
        _en = en;
        _fr = fr;
        Warnings = Templates(messages.Warnings);
        LanguageNotes = Templates(messages.LanguageNotes);
        DeadlineBases = Templates(messages.DeadlineBases);
    }

    /// <summary>The texts embedded in LetterParser.Core.</summary>
    public static CatalogueTexts Default => Embedded.Value;

    public LanguageTexts For(ReportLanguage language) => language == ReportLanguage.Fr ? _fr : _en;

    /// <summary>Warnings the explainer adds, by id, in both languages.</summary>
    public IReadOnlyDictionary<string, MessageTemplate> Warnings { get; }

    /// <summary>Notes about the report's language (e.g. "the letter is in French; this report explains it in English").</summary>
    public IReadOnlyDictionary<string, MessageTemplate> LanguageNotes { get; }

    /// <summary>What each deadline is counted from, by id, in both languages.</summary>
    public IReadOnlyDictionary<string, MessageTemplate> DeadlineBases { get; }

    private static readonly Lazy<CatalogueTexts> Embedded = new(() =>
    {
        var assembly = typeof(CatalogueTexts).Assembly;
        return new CatalogueTexts(
            Read<LanguageTexts>(assembly, "explanations.json") with { Language = ReportLanguage.En },
            Read<LanguageTexts>(assembly, "explanations.fr.json") with { Language = ReportLanguage.Fr },
            Read<MessagesFile>(assembly, "messages.json"));
    });

    private static readonly JsonSerializerOptions JsonOptions = new()
    {
        PropertyNamingPolicy = JsonNamingPolicy.CamelCase,
        ReadCommentHandling = JsonCommentHandling.Skip,
        AllowTrailingCommas = true,
    };

    private static T Read<T>(Assembly assembly, string name)
    {
        using var stream = assembly.GetManifestResourceStream("LetterParser.Catalogue." + name)
            ?? throw new InvalidOperationException($"The catalogue file {name} is not embedded in {assembly.GetName().Name}.");
        return JsonSerializer.Deserialize<T>(stream, JsonOptions) ?? throw new InvalidDataException($"{name} is empty.");
    }

    private static Dictionary<string, MessageTemplate> Templates(Dictionary<string, Dictionary<string, string>> entries) =>
        entries.ToDictionary(e => e.Key, e => new MessageTemplate(e.Key, e.Value["en"], e.Value["fr"]), StringComparer.Ordinal);

    private sealed record MessagesFile(
        Dictionary<string, Dictionary<string, string>> Warnings,
        Dictionary<string, Dictionary<string, string>> LanguageNotes,
        Dictionary<string, Dictionary<string, string>> DeadlineBases);
}

/// <summary>The catalogue's texts in one language.</summary>
public sealed record LanguageTexts(
    string Disclaimer,
    IReadOnlyDictionary<string, GroundTexts> Grounds,
    IReadOnlyDictionary<string, NextStepText> NextSteps,
    string TruthfulnessWarning)
{
    public ReportLanguage Language { get; init; }
}

/// <summary>What a ground means and how to answer it, in one language.</summary>
public sealed record GroundTexts(string Title, string? Regulation, string Explanation, IReadOnlyList<string> HowToAddress, IReadOnlyList<string> Evidence);

/// <summary>
/// One sentence in both languages, with <c>{page}</c> and <c>{date}</c> placeholders. <see cref="Read"/> recognises a
/// filled-in sentence and returns its values, so a sentence written in one language can be written in the other.
/// </summary>
public sealed partial record MessageTemplate(string Id, string En, string Fr)
{
    public string In(ReportLanguage language) => language == ReportLanguage.Fr ? Fr : En;

    /// <summary>The sentence with its placeholders filled from <paramref name="values"/> (e.g. "page" → "2").</summary>
    public string Fill(ReportLanguage language, IReadOnlyDictionary<string, string> values) =>
        Placeholder().Replace(In(language), m => values.TryGetValue(m.Groups[1].Value, out var v) ? v : m.Value);

    /// <summary>The placeholder values when <paramref name="text"/> is this sentence in <paramref name="language"/>; otherwise null.</summary>
    public IReadOnlyDictionary<string, string>? Read(string text, ReportLanguage language)
    {
        var pattern = "^" + Placeholder().Replace(Regex.Escape(In(language)).Replace(@"\{", "{"), m => $"(?<{m.Groups[1].Value}>.+?)") + "$";
        var match = Regex.Match(text, pattern, RegexOptions.CultureInvariant, TimeSpan.FromSeconds(1));
        if (!match.Success)
            return null;
        return match.Groups.Cast<Group>().Where(g => g.Name != "0").ToDictionary(g => g.Name, g => g.Value, StringComparer.Ordinal);
    }

    [GeneratedRegex(@"\{(\w+)\}")]
    private static partial Regex Placeholder();
}
