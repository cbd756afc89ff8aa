using SampleMaker;

// Usage: SampleMaker <samples-dir>
// Writes <samples-dir>/digital/<name>.pdf and <samples-dir>/expected/<name>.json for every letter in Letters.All,
// plus <samples-dir>/digital/index.tsv (name, layout, boxes, language, what it exercises) for the README and the script.
var root = args.Length > 0 ? args[0] : ".";
var digital = Path.Combine(root, "digital");
var expected = Path.Combine(root, "expected");
Directory.CreateDirectory(digital);
Directory.CreateDirectory(expected);

var letters = Letters.All;
var duplicate = letters.GroupBy(l => l.Name).FirstOrDefault(g => g.Count() > 1);
if (duplicate is not null)
{
    throw new InvalidOperationException($"Two letters are named {duplicate.Key}.");
}

var index = new List<string> { "name\tformat\tboxes\tlanguage\tpages\texercises" };
foreach (var letter in letters)
{
    var pdf = LetterPdfWriter.Write(letter);
    File.WriteAllBytes(Path.Combine(digital, letter.Name + ".pdf"), pdf);
    var json = Expected.For(letter, $"digital/{letter.Name}.pdf");
    File.WriteAllText(Path.Combine(expected, letter.Name + ".json"), Expected.Serialize(json));
    index.Add(string.Join('\t', letter.Name, letter.IsRefusal ? letter.Format : "not a refusal",
        letter.Boxes == BoxStyle.None ? "-" : letter.Boxes.ToString(), letter.Language, PageCount(pdf), letter.Exercises));
}

File.WriteAllLines(Path.Combine(root, "digital", "index.tsv"), index);
Console.WriteLine($"{letters.Count} letters written to {Path.GetFullPath(digital)}");

static int PageCount(byte[] pdf)
{
    using var doc = UglyToad.PdfPig.PdfDocument.Open(pdf);
    return doc.NumberOfPages;
}
