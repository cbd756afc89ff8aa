using System.Buffers.Text;
using System.Security.Cryptography;
using System.Text;

namespace LetterParser.Web.Storage;

/// <summary>
/// Ids for letters and batches: 128 random bits as 22 base64url characters. The id names a letter (its secret, see
/// <see cref="LetterSecret"/>, opens it), and is unguessable all the same; it is also used as a folder name, so
/// anything else is refused.
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

    /// <summary>
    /// What logs say instead of the id: 8 hex characters of its SHA-256, enough to follow one letter through the log
    /// lines, useless for opening it.
    /// </summary>
    public static string LogRef(string id) => Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(id)))[..8];
}
