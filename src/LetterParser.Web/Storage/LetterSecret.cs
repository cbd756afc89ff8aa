using System.Buffers.Text;
using System.Security.Cryptography;
using System.Text;

namespace LetterParser.Web.Storage;

/// <summary>
/// The per-letter secret: 128 random bits, handed to the uploader once (in the links an upload returns) and kept
/// only as its SHA-256. An id seen in a log, the dashboard or a batch listing is therefore not enough to open a
/// report. A fast hash is enough: the secret is random, not a password someone chose.
/// </summary>
public static class LetterSecret
{
    /// <summary>A fresh secret and the hash to store.</summary>
    public static (string Secret, string Hash) New()
    {
        var secret = LetterId.New();
        return (secret, Hash(secret));
    }

    public static string Hash(string secret) => Base64Url.EncodeToString(SHA256.HashData(Encoding.UTF8.GetBytes(secret)));

    /// <summary>True when <paramref name="presented"/> is the secret whose hash is <paramref name="hash"/>; constant time.</summary>
    public static bool Matches(string? presented, string? hash)
    {
        if (string.IsNullOrEmpty(presented) || string.IsNullOrEmpty(hash) || presented.Length > 64)
            return false;
        return CryptographicOperations.FixedTimeEquals(Encoding.ASCII.GetBytes(Hash(presented)), Encoding.ASCII.GetBytes(hash));
    }
}
