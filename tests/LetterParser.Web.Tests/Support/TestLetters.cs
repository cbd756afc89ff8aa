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

    public static byte[] Pdf(params string[] lines)
    {
        using var builder = new PdfDocumentBuilder();
        var page = builder.AddPage(PageSize.Letter);
        var font = builder.AddStandard14Font(Standard14Font.Helvetica);
        var y = 740.0;
        foreach (var line in lines)
        {
            if (line.Length > 0)
                page.AddText(line, 10, new PdfPoint(50, y), font);
            y -= 15;
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
