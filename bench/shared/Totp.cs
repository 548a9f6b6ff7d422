using System.Buffers.Binary;
using System.Security.Cryptography;

namespace Sujuva.Bench;

/// <summary>
/// What an authenticator app computes (RFC 6238: HMAC-SHA1, 30-second steps, 6 digits), for whatever signs in
/// as an enrolled user without a person: the integration and browser tests and the API load bench.
/// </summary>
public static class Totp
{
    public static string Code(string base32Key, DateTimeOffset at)
    {
        Span<byte> counter = stackalloc byte[8];
        BinaryPrimitives.WriteInt64BigEndian(counter, at.ToUnixTimeSeconds() / 30);
#pragma warning disable CA5350 // RFC 6238's default, which the app's authenticator provider (ASP.NET Core Identity) uses.
        var hash = HMACSHA1.HashData(Base32(base32Key), counter);
#pragma warning restore CA5350
        var offset = hash[^1] & 0x0f;
        var value = (BinaryPrimitives.ReadInt32BigEndian(hash.AsSpan(offset)) & 0x7fffffff) % 1_000_000;
        return value.ToString("D6", System.Globalization.CultureInfo.InvariantCulture);
    }

    /// <summary>The code an authenticator shows now.</summary>
    public static string Code(string base32Key) => Code(base32Key, DateTimeOffset.UtcNow);

    /// <summary>The key in an enrolment's otpauth:// URI (its secret parameter), as an authenticator app reads it from the QR code.</summary>
    public static string KeyOf(string otpauthUri)
    {
        ArgumentNullException.ThrowIfNull(otpauthUri);
        return Uri.UnescapeDataString(otpauthUri.Split("secret=")[1].Split('&')[0]);
    }

    /// <summary>The key as shown to people ("abcd efgh ...") or as in the otpauth URI.</summary>
    public static byte[] Base32(string key)
    {
        ArgumentNullException.ThrowIfNull(key);
        const string alphabet = "ABCDEFGHIJKLMNOPQRSTUVWXYZ234567";
        var bytes = new List<byte>();
        int buffer = 0, bits = 0;
        foreach (var c in key.Replace(" ", "", StringComparison.Ordinal).TrimEnd('=').ToUpperInvariant())
        {
            buffer = (buffer << 5) | alphabet.IndexOf(c, StringComparison.Ordinal);
            bits += 5;
            if (bits < 8) continue;
            bytes.Add((byte)(buffer >> (bits - 8)));
            bits -= 8;
        }
        return [.. bytes];
    }
}
