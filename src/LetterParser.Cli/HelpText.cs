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
          letterparser explain FILE [--format text|markdown|json|pdf] [--language en|fr] [--out FILE]
                                    [--notified YYYY-MM-DD] [--today YYYY-MM-DD] [--width N]

        The report opens with a summary: the refusal in one sentence, the nearest deadline with its date and days
        left, whether to check the report against the letter, and the first thing to do.

        Options:
          --format text|markdown|json|pdf
                                   text (wrapped for a terminal) when printing to a terminal, json otherwise;
                                   markdown for notes or e-mail; json is the report schema (docs/report.schema.json
                                   in the source repository), indented; pdf needs --out
          --language en|fr         the language of the explanations (default: the letter's own, so a French letter
                                   gets a French report)
          --out FILE               write there instead of to standard output
          --notified YYYY-MM-DD    the day you received the letter, if later than the letter date; deadlines then
                                   count from it. A day after today is refused (exit 2); a day before the letter
                                   date is not used, and the report says so
          --today YYYY-MM-DD       count "days left" to this day instead of today
          --width N                line width of the text format (default 80)
          -h, --help               this text

        Exit codes:
          0  a report was printed (also when the file is not a refusal letter: the report says so)
          1  the file could not be read as a letter (empty, damaged, password-protected, too large...);
             the error report was printed
          2  usage error (also a --notified date after today)
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

        A refusal letter and the GCMS printout of the same application (same application number, or the same
        UCI when one has no number) are joined: the letter's report gets the printout's concerns under the
        grounds they support, and the printout's row names the letter (csv columns concerns and joined_with).
        Because either may be read last, the reports are written once every file has been read.

        Options:
          --format jsonl|csv       jsonl (default): one report JSON per line; csv: one spreadsheet row per file
                                   (applicant, application number, UCI, grounds, nearest deadline, days left,
                                   triage, review flag), UTF-8 with BOM
          --out FILE               write there instead of to standard output
          --parallel N             letters read at once (default: the number of processor cores)
          --timeout SECONDS        most time one file may take (default 300); a file that takes longer becomes an
                                   "unreadable" row and the batch goes on
          --order input|triage     triage (default for csv): open deadlines first, fewest days left first; then
                                   letters to check by hand (unreadable files, uncertain readings); then the
                                   rest; letters whose deadlines have all passed last. input (default for jsonl):
                                   the order above
          --notified YYYY-MM-DD    the day the decisions were learned of, if later than the letter dates
          --today YYYY-MM-DD       count "days left" to this day instead of today
          -h, --help               this text

        Exit codes:
          0  every file was processed (files that could not be read are error rows, not a failure)
          2  usage error (no such folder, not a zip, bad option)
          3  unexpected failure (for example, the output file could not be written)

        """;
}
