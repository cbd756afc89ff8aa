using System.Buffers.Text;
using System.Security.Cryptography;

namespace LetterParser.Web.Storage;

/// <summary>
/// Ids for letters and batches: 128 random bits as 22 base64url characters. The id is the only key to a
/// letter's report, so it must be unguessable; it is also used as a folder name, so anything else is refused.
/// </summary>
public static class LetterId
{
    public const int Length = 22;

    public static string New()
    {
        Span<byte> bytes = stackalloc byte[16];
        RandomNumberGenerator.Fill(bytes);
        return Base64Url.EncodeToString(bytes);
    }

    public static bool IsValid(string? id)
    {
        if (id is null || id.Length != Length)
            return false;
        foreach (var c in id)
        {
            if (!(char.IsAsciiLetterOrDigit(c) || c == '-' || c == '_'))
                return false;
        }
        return true;
    }
}
