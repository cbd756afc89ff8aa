using LetterParser.Core.Documents;

namespace LetterParser.Benchmarks;

/// <summary>The benchmarks' input: a real two-page digital PDF, and the same letter as prebuilt DocumentText.</summary>
internal static class SampleLetter
{
    public const string FileName = "refusal-2-page.pdf";

    public static byte[] Pdf() => File.ReadAllBytes(Path.Combine(AppContext.BaseDirectory, "Fixtures", FileName));

    /// <summary>
    /// The letter's text laid out as a text layer would give it (12 pt lines, words boxed by character count), so
    /// matching can be measured without extraction.
    /// </summary>
    public static DocumentText Text()
    {
        PageText Page(int number, string[] lines) => new(
            number, 612, 792,
            lines.Select((line, i) => Line(line, 72 + 15 * i)).Where(l => l.Words.Count > 0).ToList(),
            [], ReadingMethod.TextLayer);
        return new DocumentText("application/pdf", [Page(1, Page1), Page(2, Page2)]);
    }

    private static TextLine Line(string text, double top)
    {
        var words = new List<Word>();
        var left = 72.0;
        foreach (var word in text.Split(' ', StringSplitOptions.RemoveEmptyEntries))
        {
            var width = word.Length * 5.5;
            words.Add(new Word(word, new Box(left, top, left + width, top + 11)));
            left += width + 3;
        }
        return new TextLine(words);
    }

    private static readonly string[] Page1 =
    [
        "Immigration, Refugees and Citizenship Canada",
        "Visa Section, Embassy of Canada, Manila",
        "2024-03-18",
        "UCI: 1234-5678",
        "Application number: W309876543",
        "Dear Jane Doe:",
        "Thank you for your interest in working in Canada. After a careful review of your application and",
        "supporting documentation, I have determined that your application does not meet the requirements",
        "of the Immigration and Refugee Protection Act (IRPA) and the Immigration and Refugee Protection",
        "Regulations (IRPR). I am refusing your application for the following reasons:",
        "- I am not satisfied that you will leave Canada at the end of your stay as a temporary resident,",
        "as stipulated in paragraph 200(1)(b) of the IRPR.",
        "- The purpose of your visit to Canada is not consistent with a temporary stay given the details",
        "you have provided in your application.",
        "- You do not have significant family ties outside Canada.",
        "- Your current employment situation does not show that you are financially established in your",
        "country of residence.",
        "- You were not able to demonstrate that you will be able to adequately perform the work you seek.",
    ];

    private static readonly string[] Page2 =
    [
        "You are welcome to reapply if you feel that you can respond to these concerns and demonstrate",
        "that you meet the requirements. Any new application must be complete and include all the",
        "supporting documents and fees.",
        "Sincerely,",
        "Officer AXH",
        "Visa Section",
        "Embassy of Canada, Manila",
    ];
}
