using LetterParser.Core.Documents;
using LetterParser.Core.Pipeline;
using LetterParser.Core.Reports;

namespace LetterParser.Core.Explaining;

/// <summary>Reading, matching and explaining: from <see cref="DocumentText"/> to a <see cref="RefusalReport"/>.</summary>
public sealed class LetterExplainer
{
    public RefusalReport Explain(DocumentText document, string fileName, ProcessingOptions options)
    {
        throw new NotImplementedException("in progress");
    }
}
