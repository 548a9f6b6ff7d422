using System.Security.Cryptography;
using Sujuva.Web.Features.EventLog;
using Sujuva.Web.Platform;

namespace Sujuva.Web.Features.Clients;

/// <summary>
/// A client as everything but the personal-data endpoint sees them: an id and a random pseudonym
/// such as "C-7F3K9Q", not derived from any personal data.
/// </summary>
public sealed class Client : Entity
{
    // No 0/O/1/I, so a pseudonym read aloud or written down is unambiguous.
    private const string Alphabet = "23456789ABCDEFGHJKLMNPQRSTUVWXYZ";

    public ClientId Id { get; private set; }
    public string Pseudonym { get; private set; } = "";
    public DateTime RegisteredAt { get; private set; }
    public UserId RegisteredBy { get; private set; }

    private Client() { }

    public static Client Register(UserId by, DateTime at, Func<int, int>? random = null)
    {
        random ??= RandomNumberGenerator.GetInt32;
        var chars = new char[8];
        for (var i = 0; i < chars.Length; i++) chars[i] = Alphabet[random(Alphabet.Length)];
        var client = new Client
        {
            Id = new(Guid.CreateVersion7(at)), Pseudonym = "C-" + new string(chars), RegisteredAt = at, RegisteredBy = by,
        };
        client.Record(new Event(new ClientRegistered(), at, by, null, null, null, client.Pseudonym, null));
        return client;
    }
}
