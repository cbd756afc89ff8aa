using System.IO.Compression;
using UglyToad.PdfPig.Content;
using UglyToad.PdfPig.Core;
using UglyToad.PdfPig.Fonts.Standard14Fonts;
using UglyToad.PdfPig.Writer;

namespace LetterParser.Web.Tests.Support;

/// <summary>Letters made in code: a digital refusal letter (text layer) written with PdfPig, and archives of them.</summary>
public static class TestLetters
{
    public const string ApplicationNumber = "W309876543";

    /// <summary>A sentence-format (2017–2021 style) work-permit refusal from a visa office abroad.</summary>
    public static byte[] RefusalPdf(string date = "2026-11-20") => Pdf(
        "Immigration, Refugees and Citizenship Canada",
        "Visa Section, Embassy of Canada, Ankara",
        "",
        date,
        $"Application number: {ApplicationNumber}",
        "UCI: 1234-5678",
        "",
        "Dear Applicant:",
        "",
        "Thank you for your interest in working in Canada. After a careful review of your application",
        "and supporting documentation, I have determined that your application does not meet the",
        "requirements of the Immigration and Refugee Protection Act (IRPA) and the Immigration and",
        "Refugee Protection Regulations (IRPR). I am refusing your application for the following reasons:",
        "",
        "I am not satisfied that you will leave Canada at the end of your stay, as stipulated in",
        "paragraph 200(1)(b) of the IRPR, based on your family ties in Canada and in your country of residence.",
        "",
        "You were not able to demonstrate that you will be able to adequately perform the work you seek.",
        "",
        "You are welcome to reapply if you feel that you can respond to these concerns.",
        "",
        "Officer 21345",
        "Visa Section");

    /// <summary>The same kind of letter in French, as IRCC sends it to a French-speaking applicant.</summary>
    /// Written in DejaVu Sans (Debian package fonts-dejavu-core): the standard PDF fonts have no accented letters.
    public static byte[] FrenchRefusalPdf() => PdfInFont(DejaVuSans,
        "Immigration, Réfugiés et Citoyenneté Canada",
        "Section des visas, Ambassade du Canada, Dakar",
        "",
        "Le 20 novembre 2026",
        "Numéro de demande : W309876544",
        "IUC : 1234-5679",
        "",
        "Madame, Monsieur,",
        "",
        "Après avoir examiné attentivement votre demande et les documents à l'appui, j'ai déterminé que",
        "votre demande ne satisfait pas aux exigences de la Loi sur l'immigration et la protection des",
        "réfugiés (LIPR) et du Règlement (RIPR). Je refuse votre demande pour les raisons suivantes :",
        "",
        "Je ne suis pas convaincu que vous quitterez le Canada à la fin de votre séjour, comme l'exige",
        "l'alinéa 200(1)b) du RIPR, compte tenu de vos liens familiaux au Canada et dans votre pays de résidence.",
        "",
        "Vous n'avez pas été en mesure de démontrer que vous serez en mesure d'exécuter adéquatement",
        "les tâches de l'emploi que vous cherchez.",
        "",
        "Agent 21345",
        "Section des visas");

    /// <summary>
    /// A GCMS notes printout (ATIP release) of <see cref="RefusalPdf"/>'s application: record fields and statuses, then
    /// one dated note with three concerns, two of which explain the letter's grounds (family in Canada, a language
    /// score below the job's needs) and one that supports none of them (an unexplained deposit).
    /// </summary>
    public static byte[] GcmsPrintoutPdf(string applicationNumber = ApplicationNumber) => Pdf(
        "Global Case Management System - Application Details",
        $"Application Number: {applicationNumber}",
        "UCI: 1234-5678",
        "Category: Worker",
        "Primary Office: Ankara",
        "App Status: Finalized",
        "Status Reason: Refused",
        "",
        "Assessments",
        "Eligibility: Failed",
        "Security: Passed",
        "Criminality: Passed",
        "Final Decision: Refused",
        "",
        "Notes",
        "2026-11-20 09:12 ANK2041",
        "PA's parents and two brothers all live in Canada.",
        "IELTS overall band 4.5 on file, below the level the duties of the position require.",
        "Bank statement shows a lump sum deposit a week before the application, source not explained.",
        "Weighing the factors in this application, I am not satisfied that the applicant will depart Canada",
        "at the end of the period authorized for their stay. Application refused.");

    private const string DejaVuSans = "/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf";

    public static byte[] Pdf(params string[] lines) => PdfInFont(null, lines);

    private static byte[] PdfInFont(string? trueTypeFont, params string[] lines)
    {
        using var builder = new PdfDocumentBuilder();
        var page = builder.AddPage(PageSize.Letter);
        var font = trueTypeFont is null
            ? builder.AddStandard14Font(Standard14Font.Helvetica)
            : builder.AddTrueTypeFont(File.ReadAllBytes(trueTypeFont));
        var y = 740.0;
        foreach (var line in lines)
        {
            if (line.Length > 0)
                page.AddText(line, 10, new PdfPoint(50, y), font);
            y -= 15;
        }
        return builder.Build();
    }

    /// <summary>A scanner's PDF of <paramref name="pages"/> pages, each a 300 DPI JPEG of a refusal letter (no text layer: read by OCR).</summary>
    public static byte[] ScannedPdf(int pages)
    {
        var scan = File.ReadAllBytes(Path.Combine(AppContext.BaseDirectory, "Fixtures", "letter-en-300dpi.jpg"));
        using var builder = new PdfDocumentBuilder();
        for (var number = 1; number <= pages; number++)
            builder.AddPage(612, 396).AddJpeg(scan, new PdfRectangle(0, 0, 612, 396));
        return builder.Build();
    }

    /// <summary>A text-layer PDF long enough that reading it takes a noticeable time (and outlasts a 1 ms limit on any machine).</summary>
    public static byte[] LongPdf(int pages)
    {
        using var builder = new PdfDocumentBuilder();
        var font = builder.AddStandard14Font(Standard14Font.Helvetica);
        for (var number = 1; number <= pages; number++)
        {
            var page = builder.AddPage(PageSize.Letter);
            for (var line = 0; line < 40; line++)
                page.AddText($"Page {number}, line {line}: the officer is not satisfied that the applicant will leave Canada.", 10, new PdfPoint(50, 740 - line * 16), font);
        }
        return builder.Build();
    }

    public static byte[] Zip(params (string Name, byte[] Content)[] entries)
    {
        using var buffer = new MemoryStream();
        using (var zip = new ZipArchive(buffer, ZipArchiveMode.Create, leaveOpen: true))
        {
            foreach (var (name, content) in entries)
            {
                using var stream = zip.CreateEntry(name).Open();
                stream.Write(content);
            }
        }
        return buffer.ToArray();
    }
}
