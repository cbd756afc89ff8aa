using System.Text.Json;
using System.Text.RegularExpressions;
using LetterParser.Core.Reading;

namespace LetterParser.Core.Catalogue;

/// <summary>
/// The places where IRCC decides applications (offices.json): used to put an office name that OCR bent
/// back into its spelling ("New Dethi" → "New Delhi", "Sào Paulo" → "São Paulo"), and to tell an office in
/// Canada from one abroad.
/// </summary>
public sealed class OfficePlaces
{
    private readonly (string Name, string[] FoldedWords)[] _places;
    private readonly Regex _inCanada;

    private OfficePlaces(IReadOnlyList<string> abroad, IReadOnlyList<string> inCanada)
    {
        _places = abroad.Concat(inCanada).Select(n => (n, Words(LatinFolding.Fold(n)))).OrderByDescending(p => p.Item2.Length).ToArray();
        // Whole words only: "cpc" is an office, "cpcs" in a reference number is not.
        _inCanada = new Regex(@"\b(" + string.Join('|', inCanada.Select(n => Regex.Escape(LatinFolding.Fold(n)))) + @")\b", RegexOptions.CultureInvariant);
    }

    /// <summary>Reads offices.json from the Core assembly.</summary>
    public static OfficePlaces LoadEmbedded()
    {
        using var stream = typeof(OfficePlaces).Assembly.GetManifestResourceStream("LetterParser.Catalogue.offices.json")
            ?? throw new InvalidOperationException("offices.json is not embedded.");
        using var document = JsonDocument.Parse(stream);
        List<string> Names(string list) => document.RootElement.GetProperty(list).EnumerateArray().Select(e => e.GetString()!).ToList();
        return new OfficePlaces(Names("abroad"), Names("inCanada"));
    }

    /// <summary>Whether a (folded) office name is one of the offices in Canada, which decide in-Canada applications.</summary>
    public bool IsInCanada(string foldedOffice) => _inCanada.IsMatch(foldedOffice);

    /// <summary>The office text with each place name that is one edit away from a known place spelled as that place.</summary>
    public string Correct(string office)
    {
        var words = office.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        var folded = words.Select(w => LatinFolding.Fold(w.Trim(',', '.', ';', ':'))).ToArray();
        for (var i = 0; i < words.Length; i++)
        {
            foreach (var (name, placeWords) in _places)
            {
                if (i + placeWords.Length > words.Length)
                    continue;
                var window = string.Join(' ', folded.Skip(i).Take(placeWords.Length));
                var place = string.Join(' ', placeWords);
                if (window == place || place.Length < 5 || Distance(window, place) > 1)
                {
                    if (window != place)
                        continue;
                }
                // Keep the punctuation that followed the last word of the window ("Dethi," stays "Delhi,").
                var last = words[i + placeWords.Length - 1];
                var trailing = last[last.TrimEnd(',', '.', ';', ':').Length..];
                words = [.. words.Take(i), name + trailing, .. words.Skip(i + placeWords.Length)];
                folded = [.. folded.Take(i), place, .. folded.Skip(i + placeWords.Length)];
                break;
            }
        }
        return string.Join(' ', words);
    }

    private static string[] Words(string text) => text.Split(' ', StringSplitOptions.RemoveEmptyEntries);

    private static int Distance(string a, string b)
    {
        if (Math.Abs(a.Length - b.Length) > 1)
            return 2;
        var previous = new int[b.Length + 1];
        var current = new int[b.Length + 1];
        for (var j = 0; j <= b.Length; j++)
            previous[j] = j;
        for (var i = 1; i <= a.Length; i++)
        {
            current[0] = i;
            for (var j = 1; j <= b.Length; j++)
                current[j] = Math.Min(Math.Min(current[j - 1] + 1, previous[j] + 1), previous[j - 1] + (a[i - 1] == b[j - 1] ? 0 : 1));
            (previous, current) = (current, previous);
        }
        return previous[b.Length];
    }
}
