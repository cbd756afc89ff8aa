namespace SampleMaker;

/// <summary>Every sample letter. Each file below holds one reasons-block format.</summary>
public static partial class Letters
{
    public static IReadOnlyList<LetterSpec> All =>
    [
        .. CheckboxLetters,
        .. SentenceLetters,
        .. NestedLetters,
        .. InCanadaLetters,
        .. NonRefusals,
        .. NotesDocuments,
    ];


    private static int[] OnePerLine => [1, 1, 1, 1, 1, 1, 1, 1, 1];

    private static Para P(string text, double spaceAfter = 8) => new(text, SpaceAfter: spaceAfter);

    private static Reason R(string text, params string[] grounds) => new(text, grounds);

    private static Reason Bullet(string text, params string[] grounds) => new(text, grounds, Bullet: "•", SpaceAfter: 4);

    private static Reason SubBullet(string text, params string[] grounds) =>
        new(text, grounds, Bullet: "–", Indent: 18, SpaceAfter: 3);

    /// <summary>Sign-off lines, printed tight.</summary>
    private static IEnumerable<Block> SignOff(string valediction, params string[] lines)
    {
        yield return P(valediction + "\n\n\n" + string.Join("\n", lines), 0);
    }
}
