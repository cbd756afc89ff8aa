namespace SampleMaker;

/// <summary>How the letter prints its checkboxes (only checkbox letters use one).</summary>
public enum BoxStyle
{
    None,
    /// <summary>☐ / ☒ from a TrueType font, so the text layer carries the real Unicode glyphs.</summary>
    Unicode,
    /// <summary>ZapfDingbats ❏ / ■: the text layer holds whatever the dingbat encoding maps to.</summary>
    ZapfDingbats,
    /// <summary>"[ ]" / "[X]" typed in the body font.</summary>
    Ascii,
    /// <summary>Squares drawn with lines (an X of two lines when ticked): no text at all for the box.</summary>
    Drawn,
}

/// <summary>The body typeface. Standard-14 faces can only print ASCII plus a few typographic marks here.</summary>
public enum Face { Helvetica, Times, DejaVuSans, DejaVuSerif }

public enum DateStyle
{
    /// <summary>September 2, 2014</summary>
    MonthDayYear,
    /// <summary>2024-03-18</summary>
    Iso,
    /// <summary>18 March 2024</summary>
    DayMonthYear,
    /// <summary>18 mars 2024</summary>
    FrenchDayMonthYear,
    /// <summary>le 2 septembre 2014</summary>
    FrenchLe,
}

/// <summary>An office that signs letters; Name is printed on one line and is what the parser should report.</summary>
public sealed record Office(string Name, IReadOnlyList<string> AddressLines, string DecisionLocation);

/// <summary>One piece of the letter body, top to bottom.</summary>
public abstract record Block;

/// <summary>Running text that states no ground (salutation, opening, closing, signature...).</summary>
public sealed record Para(string Text, bool Bold = false, double Indent = 0, double SpaceAfter = 8) : Block;

/// <summary>
/// Printed reason text that states the given grounds (sentence and nested letters, in-Canada paragraphs).
/// Ids starting with "will-not-leave." are factors of the will-not-leave ground.
/// Unrecognized: the sentence matches no catalogue ground, so the parser must report it verbatim and as "other".
/// </summary>
public sealed record Reason(string Text, IReadOnlyList<string> Grounds, string? Bullet = null, bool Unrecognized = false,
    double Indent = 0, double SpaceAfter = 6) : Block;

/// <summary>A box of the printed checkbox list. Only a ticked box states its ground.</summary>
public sealed record Check(string Label, string? Ground, bool Ticked, string? OtherText = null) : Block
{
    /// <summary>Nested factor boxes; each inner list is printed on one line.</summary>
    public IReadOnlyList<IReadOnlyList<Check>> FactorRows { get; init; } = [];
}

public sealed record Gap(double Points) : Block;

public sealed record PageBreak : Block;

/// <summary>A two-column line, for receipts.</summary>
public sealed record Row(string Left, string Right, bool Bold = false) : Block;

/// <summary>The officer's decision notes attached after the letter (since July 2025): never grounds.</summary>
public sealed record OfficerNotes(string Heading, IReadOnlyList<string> Paragraphs) : Block;

/// <summary>One sample letter: the single description both the PDF and its expected JSON are made from.</summary>
public sealed record LetterSpec
{
    public required string Name { get; init; }
    public required string Language { get; init; }
    public Face Face { get; init; } = Face.Helvetica;
    public double FontSize { get; init; } = 10.5;
    public BoxStyle Boxes { get; init; } = BoxStyle.None;
    /// <summary>Print "fi"/"fl" as the ligature glyphs U+FB01/U+FB02.</summary>
    public bool Ligatures { get; init; }
    public Office? Office { get; init; }
    /// <summary>An older letterhead ("Citizenship and Immigration Canada").</summary>
    public bool OldLetterhead { get; init; }
    public DateOnly? Date { get; init; }
    public DateStyle DateStyle { get; init; } = DateStyle.MonthDayYear;
    public string? DateLabel { get; init; }
    public string? ApplicationNumber { get; init; }
    public string ApplicationLabel { get; init; } = "Application No.:";
    /// <summary>The UCI as printed (0000-0000 or 00-0000-0000); the expected value is its digits.</summary>
    public string? UciPrinted { get; init; }
    public string UciLabel { get; init; } = "UCI:";
    public IReadOnlyList<(string Label, string Value)> ExtraRefs { get; init; } = [];
    public string? ApplicantName { get; init; }
    public IReadOnlyList<string> AddressLines { get; init; } = [];
    public string? Title { get; init; }
    public required string PermitType { get; init; }
    public required string Format { get; init; }
    public bool IsRefusal { get; init; } = true;
    /// <summary>Overrides the office's location (e.g. a letter with no office but an extension refusal).</summary>
    public string? DecisionLocationOverride { get; init; }
    public required IReadOnlyList<Block> Body { get; init; }
    /// <summary>
    /// The document kind the parser should report (refusal-letter, gcms-notes, procedural-fairness-letter,
    /// approval-letter, other). Set on the samples made for the officer's notes; with it the expected file also
    /// carries the concern ids and the response deadline.
    /// </summary>
    public string? DocumentKind { get; init; }
    /// <summary>The concern ids the notes (or the fairness letter) state, each once.</summary>
    public IReadOnlyList<string> ConcernIds { get; init; } = [];
    /// <summary>The date a procedural-fairness letter's answer is due, as printed or counted from the letter date.</summary>
    public DateOnly? ResponseDeadline { get; init; }
    /// <summary>False for a GCMS printout: no federal identifier, no wordmark, no letter around it.</summary>
    public bool Letterhead { get; init; } = true;
    /// <summary>What this sample exercises, for the README.</summary>
    public required string Exercises { get; init; }
    public string Layout => Format;

    // Where the letter comes from, as printed, for refusals and other IRCC letters alike.
    public string DecisionLocation => DecisionLocationOverride ?? Office?.DecisionLocation ?? "unknown";
}
