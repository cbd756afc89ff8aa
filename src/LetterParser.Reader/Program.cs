using LetterParser.Extraction.Isolation;

// Started by IsolatedDocumentSource with pipes on stdin and stdout; see ReaderProtocol for what flows on them.
return await ReaderChild.RunAsync(Console.OpenStandardInput(), Console.OpenStandardOutput());
