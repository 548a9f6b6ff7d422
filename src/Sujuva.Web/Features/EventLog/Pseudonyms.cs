using System.Security.Cryptography;
using System.Text;

namespace Sujuva.Web.Features.EventLog;

/// <summary>
/// Stable pseudonyms for exported logs: HMAC-SHA256 of the id under a secret key, so the same worker or
/// case gets the same pseudonym in every export, and nobody without the key can tell whose it is
/// (a plain hash of a user id could be reversed by hashing every known id).
/// </summary>
public sealed class Pseudonyms
{
    private const string Alphabet = "ABCDEFGHJKLMNPQRSTUVWXYZ23456789";
    private byte[]? _key;

    /// <summary>Set once at start-up, after the database is ready (<see cref="PseudonymKey"/>).</summary>
    public void UseKey(byte[] key) => _key = key;

    /// <summary>Pseudonyms under a given key, for tests and tools outside the app.</summary>
    public static Pseudonyms WithKey(string key)
    {
        var pseudonyms = new Pseudonyms();
        pseudonyms.UseKey(Encoding.UTF8.GetBytes(key));
        return pseudonyms;
    }

    public string Worker(UserId id) => "W-" + Code("worker", id.Value);

    public string Case(CaseId id) => "K-" + Code("case", id.Value);

    private string Code(string kind, Guid id)
    {
        var key = _key ?? throw new InvalidOperationException("Pseudonyms are asked for before the database was prepared.");
        var mac = HMACSHA256.HashData(key, Encoding.UTF8.GetBytes($"{kind}:{id:N}"));
        var code = new char[10];
        for (var i = 0; i < code.Length; i++) code[i] = Alphabet[mac[i] % Alphabet.Length];
        return new string(code);
    }
}
