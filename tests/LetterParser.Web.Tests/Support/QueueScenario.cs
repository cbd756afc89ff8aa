using System.Text.Json;

namespace LetterParser.Web.Tests.Support;

/// <summary>
/// A queue no worker takes from: a clinic's batch of two, then two single letters. The workers take single letters
/// first (LetterQueues), so the waiting page must count both singles ahead of the earlier batch, and only the older
/// single ahead of the younger one.
/// </summary>
public static class QueueScenario
{
    /// <summary>Each letter's place and progress line in English and French, as <paramref name="reader"/> sees them: first single, second single, first and second batch letter.</summary>
    public static async Task<IReadOnlyList<(int? Ahead, string English, string French)>> BatchThenTwoSinglesAsync(HttpClient clinic, HttpClient reader)
    {
        var batch = await (await clinic.PostAsync("/api/batches", LetterApiClient.Files(("b1.pdf", TestLetters.RefusalPdf()), ("b2.pdf", TestLetters.RefusalPdf())))).ReadJsonAsync();
        var first = await clinic.UploadAsync("s1.pdf", TestLetters.RefusalPdf());
        var second = await clinic.UploadAsync("s2.pdf", TestLetters.RefusalPdf());
        List<JsonElement> letters = [first, second, .. batch.GetProperty("letters").EnumerateArray()];

        var seen = new List<(int?, string, string)>();
        foreach (var letter in letters)
        {
            var english = await reader.ReadProgressAsync(letter, "en");
            var french = await reader.ReadProgressAsync(letter, "fr");
            Assert.Equal("queued", english.GetProperty("status").GetString());
            seen.Add((english.GetProperty("ahead").ValueKind == JsonValueKind.Number ? english.GetProperty("ahead").GetInt32() : null,
                english.GetProperty("message").GetString()!, french.GetProperty("message").GetString()!));
        }
        return seen;
    }

    /// <summary>What <see cref="BatchThenTwoSinglesAsync"/> must see.</summary>
    public static readonly IReadOnlyList<(int? Ahead, string English, string French)> Expected =
    [
        (0, "Waiting in the queue: yours is next.", "En file d'attente : la vôtre est la prochaine."),
        (1, "Waiting in the queue: 1 letter(s) ahead of yours.", "En file d'attente : 1 lettre(s) avant la vôtre."),
        (2, "Waiting in the queue: 2 letter(s) ahead of yours.", "En file d'attente : 2 lettre(s) avant la vôtre."),
        (3, "Waiting in the queue: 3 letter(s) ahead of yours.", "En file d'attente : 3 lettre(s) avant la vôtre."),
    ];
}
