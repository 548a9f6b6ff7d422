using System.Buffers.Text;
using System.Security.Cryptography;

namespace Sujuva.Web.Features.Feedback;

/// <summary>
/// A feedback link's secret: 256 random bits, base64url in the URL (43 characters). Only its SHA-256
/// is stored, so the database alone cannot answer for a client.
/// </summary>
public static class FeedbackToken
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
