using LetterParser.Core.Catalogue;
using LetterParser.Core.Notes;
using LetterParser.Core.Reports;
using LetterParser.Core.Reports.Rendering;
using LetterParser.Core.Tests.Support;

namespace LetterParser.Core.Tests.Reports.Rendering;

public class CsvReportWriterTests
{
    [Theory]
    [InlineData("plain", "plain")]
    [InlineData("a,b", "\"a,b\"")]
    [InlineData("say \"hi\"", "\"say \"\"hi\"\"\"")]
    [InlineData("two\nlines", "\"two\nlines\"")]
    [InlineData("", "")]
    public void TextCellsAreQuotedPerRfc4180(string value, string expected) =>
        Assert.Equal(expected, CsvReportWriter.Text(value));

    [Theory]
    [InlineData("=HYPERLINK(\"http://x\")", "\"'=HYPERLINK(\"\"http://x\"\")\"")]
    [InlineData("+1", "'+1")]
    [InlineData("-2+3", "'-2+3")]
    [InlineData("@SUM(A1)", "'@SUM(A1)")]
    [InlineData("\tcmd", "'\tcmd")]
    public void CellsThatASpreadsheetWouldRunAsAFormulaGetAnApostrophe(string value, string expected) =>
        Assert.Equal(expected, CsvReportWriter.Text(value));

    [Fact]
    public void HeaderAndOneRowPerReportWithCrLfLineEnds()
    {
        var csv = Write(ReportBuilder.Refusal(), ReportBuilder.Error(), ReportBuilder.NotARefusal());

        var lines = csv.Split("\r\n");
        Assert.Equal(5, lines.Length); // header, three rows, and the empty string after the last CRLF
        Assert.Equal(string.Join(',', CsvReportWriter.Columns), lines[0]);
        Assert.Equal("", lines[4]);
    }

    [Fact]
    public void RefusalRowCarriesFactsGroundsWithFactorsAndTheDeadline()
    {
        var row = Fields(Write(ReportBuilder.Refusal().WithMisrepresentation()))[1];

        Assert.Equal("letter.pdf", row["file"]);
        Assert.Equal("ok", row["status"]);
        Assert.Equal("2024-03-18", row["letter_date"]);
        Assert.Equal("W309876543", row["application_number"]);
        Assert.Equal("work-permit", row["permit_type"]);
        Assert.Equal("outside-canada", row["decision_location"]);
        Assert.Equal("will-not-leave;will-not-leave.family-ties;misrepresentation", row["grounds"]);
        Assert.Equal("yes", row["misrepresentation"]);
        Assert.Equal("2024-05-17", row["judicial_review_deadlines"]);
        Assert.Equal("2024-05-17", row["nearest_deadline"]);
        Assert.Equal("judicial-review", row["nearest_deadline_step"]);
        Assert.Equal("12", row["days_left"]);
        Assert.Equal("12 days left", row["triage"]);
        Assert.Equal("no", row["urgent"]); // 12 days is not within a week
        Assert.Equal("", row["restoration_deadline"]);
    }

    [Fact]
    public void ClinicColumnsNameTheApplicantTheNumbersTheReviewFlagAndTheReportLink()
    {
        var row = Fields(Write(new CsvOptions(UiText.English, ReportLink: _ => "/letters/abc"), ReportBuilder.Refusal().WithDaysLeft(5).NeedingReview()))[1];

        Assert.Equal("Jane Doe", row["applicant_name"]);
        Assert.Equal("W309876543", row["application_number"]);
        Assert.Equal("12345678", row["uci"]);
        Assert.Equal("Urgent: 5 days left", row["triage"]);
        Assert.Equal("yes", row["urgent"]);
        Assert.Equal("yes", row["review"]);
        Assert.Equal("a reason in the letter matched no ground we know (page 2)", row["review_reasons"]);
        Assert.Equal("/letters/abc", row["report"]);
    }

    [Fact]
    public void ConcernIdsAndTheJoinHaveTheirColumnsOnTheLetterAndOnThePrintout()
    {
        var joined = LetterNotesPairing.Join([ReportBuilder.Refusal("letter.pdf"), ReportBuilder.Printout("gcms.pdf", "W309876543", null, ReportBuilder.TiesConcern(), ReportBuilder.FundsConcern())],
            ConcernsCatalogue.LoadEmbedded());

        var rows = Fields(Write([.. joined.Select(j => j.Report)]));

        var letter = rows.Single(r => r["file"] == "letter.pdf");
        var printout = rows.Single(r => r["file"] == "gcms.pdf");
        Assert.Equal("ties.family-in-canada;funds.unexplained-deposit", letter["concerns"]);
        Assert.Equal("gcms.pdf", letter["joined_with"]);
        Assert.Equal("not-a-refusal", printout["status"]);
        Assert.Equal("ties.family-in-canada;funds.unexplained-deposit", printout["concerns"]);
        Assert.Equal("letter.pdf", printout["joined_with"]);
        Assert.Equal("", Fields(Write(ReportBuilder.Refusal()))[1]["joined_with"]);
    }

    [Fact]
    public void APassedDeadlineStaysANegativeNumberAndIsNotUrgent()
    {
        var row = Fields(Write(ReportBuilder.Refusal().WithDaysLeft(-3)))[1];

        Assert.Equal("-3", row["days_left"]);
        Assert.Equal("no", row["urgent"]);
        Assert.Equal("Deadline passed — extension only", row["triage"]);
    }

    [Fact]
    public void FrenchHeadersAndWordsWhenAskedForFrench()
    {
        var lines = Write(new CsvOptions(UiText.French), ReportBuilder.Refusal().WithDaysLeft(-3)).Split("\r\n");
        Assert.StartsWith("fichier,statut,tri,nom_demandeur,numero_demande,iuc,", lines[0]);
        Assert.Contains("Délai passé — prorogation seulement", lines[1]);
        Assert.Contains(",non,", lines[1]);
    }

    [Fact]
    public void ErrorRowNamesTheFileCodeAndMessage()
    {
        var row = Fields(Write(ReportBuilder.Error("scan.pdf", ErrorCode.EncryptedPdf)))[1];

        Assert.Equal("scan.pdf", row["file"]);
        Assert.Equal("error", row["status"]);
        Assert.Equal("encrypted-pdf", row["error_code"]);
        Assert.StartsWith("This PDF is damaged", row["error_message"]);
        Assert.Equal("", row["letter_date"]);
    }

    [Fact]
    public void NotARefusalHasItsOwnStatus() =>
        Assert.Equal("not-a-refusal", Fields(Write(ReportBuilder.NotARefusal()))[1]["status"]);

    [Fact]
    public void AHostileFileNameIsGuardedInTheRow()
    {
        var row = Write(ReportBuilder.Error("=cmd|' /C calc'!A0.pdf")).Split("\r\n")[1];

        Assert.StartsWith("'=cmd", row);
    }

    private static string Write(params LetterReport[] reports) => Write(CsvOptions.Default, reports);

    private static string Write(CsvOptions options, params LetterReport[] reports)
    {
        var text = new StringWriter();
        var writer = new CsvReportWriter(text, options);
        writer.WriteHeader();
        foreach (var report in reports)
            writer.Write(report);
        return text.ToString();
    }

    // A minimal RFC 4180 reader, enough to check what a spreadsheet would see in each cell.
    private static List<Dictionary<string, string>> Fields(string csv)
    {
        var rows = new List<List<string>>();
        var row = new List<string>();
        var cell = new System.Text.StringBuilder();
        var quoted = false;
        for (var i = 0; i < csv.Length; i++)
        {
            var c = csv[i];
            if (quoted)
            {
                if (c == '"' && i + 1 < csv.Length && csv[i + 1] == '"') { cell.Append('"'); i++; }
                else if (c == '"')
                {
                    quoted = false;
                }
                else
                {
                    cell.Append(c);
                }
            }
            else if (c == '"')
            {
                quoted = true;
            }
            else if (c == ',') { row.Add(cell.ToString()); cell.Clear(); }
            else if (c == '\r' && i + 1 < csv.Length && csv[i + 1] == '\n') { row.Add(cell.ToString()); cell.Clear(); rows.Add(row); row = []; i++; }
            else
            {
                cell.Append(c);
            }
        }
        var header = rows[0];
        return rows.Select(r => header.Zip(r).ToDictionary(p => p.First, p => p.Second)).ToList();
    }
}
