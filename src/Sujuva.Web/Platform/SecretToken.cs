using System.Buffers.Text;
using System.Security.Cryptography;

namespace Sujuva.Web.Platform;

/// <summary>
/// A secret in a URL (a feedback link's, a calendar feed's): 256 random bits, base64url (43 characters). Its SHA-256
/// is what the database finds it by, so the database alone cannot answer for anyone.
/// </summary>
public static class SecretToken
{
    public const int Bytes = 32;

    public static (string Token, byte[] Hash) New()
    {
        Span<byte> secret = stackalloc byte[Bytes];
        RandomNumberGenerator.Fill(secret);
        return (Base64Url.EncodeToString(secret), SHA256.HashData(secret));
    }

    /// <summary>The stored hash of a token from a URL, or null when it cannot be one of ours.</summary>
    public static byte[]? HashOf(string? token)
    {
        if (token is not { Length: 43 }) return null;
        Span<byte> secret = stackalloc byte[Bytes + 2];
        if (!Base64Url.IsValid(token) || Base64Url.DecodeFromChars(token, secret) != Bytes) return null;
        return SHA256.HashData(secret[..Bytes]);
    }
}
