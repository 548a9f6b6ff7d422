using System.Security.Cryptography;
using System.Text;

namespace Sujuva.Web.Features.Exports;

/// <summary>
/// Stable pseudonyms for exported logs: HMAC-SHA256 of the id under a secret key, so the same worker or
/// case gets the same pseudonym in every export, and nobody without the key can tell whose it is
/// (a plain hash of a user id could be reversed by hashing every known id).
/// </summary>
public sealed class Pseudonyms
{
    /// <summary>Used only when Exports:PseudonymKey is not set (development, tests); production sets its own.</summary>
    public const string DevelopmentKey = "sujuva-development-pseudonym-key";

    private const string Alphabet = "ABCDEFGHJKLMNPQRSTUVWXYZ23456789";
    private readonly byte[] _key;

    public Pseudonyms(IConfiguration configuration, ILogger<Pseudonyms> log)
    {
        ArgumentNullException.ThrowIfNull(configuration);
        var key = configuration["Exports:PseudonymKey"];
        if (string.IsNullOrEmpty(key))
        {
            log.LogWarning("Exports:PseudonymKey is not set; exported pseudonyms use the development key.");
            key = DevelopmentKey;
        }

        _key = Encoding.UTF8.GetBytes(key);
    }

    public string Worker(UserId id) => "W-" + Code("worker", id.Value);

    public string Case(CaseId id) => "K-" + Code("case", id.Value);

    private string Code(string kind, Guid id)
    {
        var mac = HMACSHA256.HashData(_key, Encoding.UTF8.GetBytes($"{kind}:{id:N}"));
        var code = new char[10];
        for (var i = 0; i < code.Length; i++) code[i] = Alphabet[mac[i] % Alphabet.Length];
        return new string(code);
    }
}
