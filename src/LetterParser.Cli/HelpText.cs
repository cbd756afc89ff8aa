namespace LetterParser.Cli;

/// <summary>What <c>--help</c> prints. Frozen by an approval test, so a change here is a deliberate one.</summary>
internal static class HelpText
{
    public const string Main = """
        letterparser - explains Canadian work-permit refusal letters in plain language

        Usage:
          letterparser explain FILE [options]     read one letter (PDF, JPEG, PNG or TIFF) and print its report
          letterparser batch DIR|ZIP [options]    read every file in a folder or a .zip, one report per file
          letterparser --help                     this text; 'letterparser COMMAND --help' for a command's options

        Exit codes:
          0  done (explain: a report was printed; batch: every file was processed, even if some are error rows)
          1  explain only: the file could not be read as a letter; its error report was printed
          2  usage error: unknown command or option, missing file, bad date; nothing was processed
          3  unexpected failure, or interrupted with Ctrl+C

        Educational information, not legal advice. An IRCC officer decides each case.

        """;

    public const string Explain = """
        letterparser explain - read one letter and print its report

        Usage:
          letterparser explain FILE [--format json|markdown] [--notified YYYY-MM-DD] [--today YYYY-MM-DD]

        Options:
          --format json|markdown   markdown (readable text) when printing to a terminal, json otherwise;
                                   json is the report schema (contract/report.schema.json), indented
          --notified YYYY-MM-DD    the day you learned of the decision, if later than the letter date;
                                   deadlines then count from it
          --today YYYY-MM-DD       count "days left" to this day instead of today
          -h, --help               this text

        Exit codes:
          0  a report was printed (also when the file is not a refusal letter: the report says so)
          1  the file could not be read as a letter (empty, damaged, password-protected, too large...);
             the error report was printed
          2  usage error
          3  unexpected failure

        """;

    public const string Batch = """
        letterparser batch - read every letter in a folder or a .zip

        Usage:
          letterparser batch DIR|ZIP [--format jsonl|csv] [--out FILE] [--parallel N] [--order input|triage]
                                     [--timeout SECONDS] [--notified YYYY-MM-DD] [--today YYYY-MM-DD]

        A folder is read with its subfolders, sorted by path; hidden files and __MACOSX are skipped. A .zip is read
        in its own order, with size and compression limits; a zip inside it is not opened. Every file gets one
        line (jsonl) or row (csv): its report, or an error report naming the file. One bad file never stops the
        batch. Progress and a summary go to stderr.

        Options:
          --format jsonl|csv       jsonl (default): one report JSON per line; csv: one spreadsheet row per file
                                   (status, dates, grounds, deadlines, days left, urgent), UTF-8 with BOM
          --out FILE               write there instead of to standard output
          --parallel N             letters read at once (default: the number of processor cores)
          --timeout SECONDS        most time one file may take (default 300); a file that takes longer becomes an
                                   "unreadable" row and the batch goes on
          --order input|triage     input (default): the order above; triage: unreadable files first, then
                                   misrepresentation, then fewest days left to ask for judicial review, then
                                   the rest, then files that are not refusal letters
          --notified YYYY-MM-DD    the day the decisions were learned of, if later than the letter dates
          --today YYYY-MM-DD       count "days left" to this day instead of today
          -h, --help               this text

        Exit codes:
          0  every file was processed (files that could not be read are error rows, not a failure)
          2  usage error (no such folder, not a zip, bad option)
          3  unexpected failure (for example, the output file could not be written)

        """;
}
