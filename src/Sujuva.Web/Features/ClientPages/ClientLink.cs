namespace Sujuva.Web.Features.ClientPages;

/// <summary>
/// A client's own page (issue 16, item 6): its secret is the credential (the client has no account). Found by the
/// secret's SHA-256, kept protected only so workers can show the client the same address again; regenerating replaces
/// it at once, so the old address stops answering.
/// </summary>
public sealed class ClientLink
{
    public Guid Id { get; private set; }
    public ClientId ClientId { get; private set; }
    public byte[] TokenHash { get; private set; } = [];
    public string ProtectedToken { get; private set; } = "";
    public DateTime CreatedAt { get; private set; }

    private ClientLink() { }

    public ClientLink(ClientId client, byte[] hash, string protectedToken, DateTime at) =>
        (Id, ClientId, TokenHash, ProtectedToken, CreatedAt) = (Guid.CreateVersion7(at), client, hash, protectedToken, at);

    public void Replace(byte[] hash, string protectedToken, DateTime at) => (TokenHash, ProtectedToken, CreatedAt) = (hash, protectedToken, at);
}
