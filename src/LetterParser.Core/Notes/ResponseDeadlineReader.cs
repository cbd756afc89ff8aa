using System.Globalization;
using System.Text.RegularExpressions;
using LetterParser.Core.Reading;
using LetterParser.Core.Reports;

namespace LetterParser.Core.Notes;

/// <summary>When the answer to a procedural-fairness letter is due, and why.</summary>
/// <param name="Date">The due date; null when the letter counts days but its own date is unknown.</param>
/// <param name="Days">Days from the letter date to the due date (null when neither is known).</param>
/// <param name="Basis">How the date was found, in words, with the letter's own phrase.</param>
/// <param name="FromLetterDate">True when counted from the letter date, false when printed as a date.</param>
public sealed record ResponseDeadline(DateOnly? Date, int? Days, string Basis, bool FromLetterDate);

/// <summary>
/// Reads the response deadline of a procedural-fairness letter: a date printed ("by June 12, 2025",
/// "au plus tard le 12 juin 2025") or a number of days ("within thirty (30) days", "dans les 30 jours",
/// "15 calendar days") counted from the letter date. Only a phrase near a word of answering counts,
/// so "your application was received 45 days ago" is not a deadline.
/// </summary>
public sealed partial class ResponseDeadlineReader
{
    /// <summary>The deadline in a letter's lines as extracted (folded here).</summary>
    public ResponseDeadline? Read(IReadOnlyList<DocumentLine> lines, DateOnly? letterDate, ReportLanguage language = ReportLanguage.En) =>
        Read(lines.Select(l => NotesText.FoldInPlace(l.Text)).ToList(), letterDate, language);

    /// <param name="foldedLines">The letter's lines, folded (lower case, no accents), in order.</param>
    public ResponseDeadline? Read(IReadOnlyList<string> foldedLines, DateOnly? letterDate, ReportLanguage language = ReportLanguage.En)
    {
        var text = Regex.Replace(string.Join(' ', foldedLines), @"\s+", " ");
        ResponseDeadline? byDays = null;
        foreach (var sentence in Regex.Split(text, @"(?<=[.;!?])\s+"))
        {
            if (!Answering().IsMatch(sentence))
                continue;
            foreach (Match m in DueDate().Matches(sentence))
            {
                var after = sentence[(m.Index + m.Length)..];
                if (HeaderParser.ParseDate(after[..Math.Min(after.Length, 32)]) is { } date)
                {
                    var days = letterDate is { } d ? date.DayNumber - d.DayNumber : (int?)null;
                    var phrase = Phrase(sentence, m.Index, m.Length + Math.Min(after.Length, 24));
                    return new ResponseDeadline(date, days, language == ReportLanguage.Fr
                        ? $"la date indiquée dans la lettre (« {phrase} »)"
                        : $"the date the letter gives (\"{phrase}\")", false);
                }
            }
            if (byDays is null && DayCount().Match(sentence) is { Success: true } count && Number(count.Groups["n"].Value) is { } n and > 0 and <= 180)
            {
                var k = count.Groups["kind"].Value + count.Groups["kind2"].Value;
                var business = k.Contains("business") || k.Contains("working") || k.Contains("ouvrable");
                var due = letterDate is { } d ? (business ? AddBusinessDays(d, n) : d.AddDays(n)) : (DateOnly?)null;
                var phrase = Phrase(sentence, count.Index, count.Length);
                var kind = business ? (language == ReportLanguage.Fr ? " jours ouvrables" : " business days") : (language == ReportLanguage.Fr ? " jours" : " days");
                var from = letterDate is { } ld
                    ? ld.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)
                    : (language == ReportLanguage.Fr ? "inconnue" : "unknown");
                byDays = new ResponseDeadline(due, due is { } dd && letterDate is { } l ? dd.DayNumber - l.DayNumber : null, language == ReportLanguage.Fr
                    ? $"{n}{kind} après la date de la lettre ({from}), comme le dit la lettre (« {phrase} »)"
                    : $"{n}{kind} from the letter date ({from}), as the letter says (\"{phrase}\")", true);
            }
        }
        return byDays;
    }

    private static string Phrase(string sentence, int start, int length) =>
        sentence.Substring(start, Math.Min(length, sentence.Length - start)).Trim(' ', ',', '.', ';');

    private static DateOnly AddBusinessDays(DateOnly from, int days)
    {
        var date = from;
        while (days > 0)
        {
            date = date.AddDays(1);
            if (date.DayOfWeek is not (DayOfWeek.Saturday or DayOfWeek.Sunday))
                days--;
        }
        return date;
    }

    private static readonly Dictionary<string, int> Words = new(StringComparer.Ordinal)
    {
        ["five"] = 5, ["seven"] = 7, ["ten"] = 10, ["fourteen"] = 14, ["fifteen"] = 15, ["twenty"] = 20, ["twenty-one"] = 21,
        ["twenty one"] = 21, ["thirty"] = 30, ["forty-five"] = 45, ["forty five"] = 45, ["sixty"] = 60, ["ninety"] = 90,
        ["cinq"] = 5, ["sept"] = 7, ["dix"] = 10, ["quatorze"] = 14, ["quinze"] = 15, ["vingt"] = 20, ["vingt et un"] = 21,
        ["vingt-et-un"] = 21, ["trente"] = 30, ["quarante-cinq"] = 45, ["quarante cinq"] = 45, ["soixante"] = 60, ["quatre-vingt-dix"] = 90,
    };

    // "thirty (30)": the digits in brackets are the authority; a word alone is read from the table.
    private static int? Number(string raw)
    {
        var digits = Regex.Match(raw, @"\d+");
        if (digits.Success)
            return int.Parse(digits.Value, CultureInfo.InvariantCulture);
        return Words.TryGetValue(raw.Trim(), out var n) ? n : null;
    }

    [GeneratedRegex(@"(respond|response|reply|answer|submit|provide|send|forward|upload|address (these|the|my) concerns|repond|reponse|soumettre|fournir|faire parvenir|transmettre|envoyer|presenter|communiquer)")]
    private static partial Regex Answering();

    [GeneratedRegex(@"\b(no later than|not later than|on or before|by|before|until|au plus tard le|avant le|d'ici le|jusqu'au|au plus tard)\s+(the\s+)?")]
    private static partial Regex DueDate();

    [GeneratedRegex(@"(?<n>\d{1,3}|(?:(?:twenty|forty|quarante|vingt)[- ](?:et[- ])?(?:one|five|un|cinq)|five|seven|ten|fourteen|fifteen|twenty|thirty|sixty|ninety|cinq|sept|dix|quatorze|quinze|vingt|trente|soixante|quatre-vingt-dix)(?:\s*\(\s*\d{1,3}\s*\))?)\s*(?:-\s*)?(?<kind>calendar |business |working )?(days?|jours?)(?<kind2> civils| ouvrables)?")]
    private static partial Regex DayCount();
}
