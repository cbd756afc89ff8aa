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
    var pdf = StableId(LetterPdfWriter.Write(letter), letter.Name);
    File.WriteAllBytes(Path.Combine(digital, letter.Name + ".pdf"), pdf);
    var json = Expected.For(letter, $"digital/{letter.Name}.pdf");
    File.WriteAllText(Path.Combine(expected, letter.Name + ".json"), Expected.Serialize(json));
    index.Add(string.Join('\t', letter.Name, letter.IsRefusal ? letter.Format : "not a refusal",
        letter.Boxes == BoxStyle.None ? "-" : letter.Boxes.ToString(), letter.Language, PageCount(pdf), letter.Exercises));
}

File.WriteAllLines(Path.Combine(root, "digital", "index.tsv"), index);
Console.WriteLine($"{letters.Count} letters written to {Path.GetFullPath(digital)}");

// PdfPig writes a random file /ID; a stable one keeps re-runs byte-identical, so git only sees real changes.
static byte[] StableId(byte[] pdf, string name)
{
    var text = System.Text.Encoding.Latin1.GetString(pdf);
    var match = System.Text.RegularExpressions.Regex.Match(text, @"/ID \[ ?<([0-9A-Fa-f]+)> ?<([0-9A-Fa-f]+)>");
    if (!match.Success)
    {
        return pdf;
    }

    var hash = Convert.ToHexString(System.Security.Cryptography.SHA256.HashData(System.Text.Encoding.UTF8.GetBytes(name)));
    foreach (var group in new[] { match.Groups[1], match.Groups[2] })
    {
        System.Text.Encoding.ASCII.GetBytes(hash[..group.Length]).CopyTo(pdf, group.Index);
    }

    return pdf;
}

static int PageCount(byte[] pdf)
{
    using var doc = UglyToad.PdfPig.PdfDocument.Open(pdf);
    return doc.NumberOfPages;
}
