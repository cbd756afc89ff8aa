#:package PdfPig
// Writes the two synthetic refusal letters the OCR fixtures are rasterised from (see make-fixtures.sh).
// Run: dotnet run make-letter-pdf.cs -- OUT_DIR
using UglyToad.PdfPig.Core;
using UglyToad.PdfPig.Writer;

var outDir = args.Length > 0 ? args[0] : ".";
var font = File.ReadAllBytes("/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf");

string[] english =
[
    "Immigration, Refugees and Citizenship Canada",
    "Application number: W307654321",
    "Dear applicant,",
    "I have reviewed your application for a work permit. After a careful",
    "review, I am not satisfied that you meet the requirements of the Act",
    "and the Regulations, and your application is refused because:",
    "\u2612 You have not shown that you will leave Canada at the end of your stay.",
    "\u2610 Your financial situation does not show that you can support yourself.",
    "\u2612 The purpose of your visit is not consistent with a temporary stay.",
    "\u2610 You have not shown that you can perform the work sought.",
    "Sincerely, Visa Officer",
];

string[] french =
[
    "Immigration, Refugies et Citoyennete Canada",
    "Numero de demande : W307654321",
    "Madame, Monsieur,",
    "J'ai examiné votre demande de permis de travail. Après un examen",
    "attentif, je ne suis pas convaincu que vous satisfaites aux exigences",
    "de la Loi et du Règlement, et votre demande est refusée parce que :",
    "\u2612 Vous n'avez pas démontré que vous quitterez le Canada à la fin de votre séjour.",
    "\u2610 Votre situation financière ne montre pas que vous pouvez subvenir à vos besoins.",
    "\u2610 Le but de votre visite n'est pas compatible avec un séjour temporaire.",
    "Veuillez agréer l'expression de nos sentiments distingués. Agent des visas",
];

Write(Path.Combine(outDir, "letter-en.pdf"), english);
Write(Path.Combine(outDir, "letter-fr.pdf"), french);

void Write(string path, string[] lines)
{
    var builder = new PdfDocumentBuilder();
    var added = builder.AddTrueTypeFont(font);
    // Half a letter sheet (8.5 x 5.5 in) keeps fixtures small and tests quick.
    var page = builder.AddPage(612, 396);
    var y = 350.0;
    foreach (var line in lines)
    {
        page.AddText(line, 11, new PdfPoint(48, y), added);
        y -= 27;
    }

    File.WriteAllBytes(path, builder.Build());
}
