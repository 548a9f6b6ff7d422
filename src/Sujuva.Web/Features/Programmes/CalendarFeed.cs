namespace Sujuva.Web.Features.Programmes;

/// <summary>
/// A private calendar feed (issue 16, item 4): a worker's (every session they coach) or a client's (their sessions).
/// The URL's secret is the credential (calendar apps send no cookies): found by its SHA-256, and kept protected
/// (ASP.NET Data Protection) only so its owner can be shown the same address again. Regenerating replaces both at
/// once, so the old address stops answering.
/// </summary>
public sealed class CalendarFeed
{
    public Guid Id { get; private set; }
    public UserId? UserId { get; private set; }
    public ClientId? ClientId { get; private set; }
    public byte[] TokenHash { get; private set; } = [];
    public string ProtectedToken { get; private set; } = "";
    public DateTime CreatedAt { get; private set; }

    private CalendarFeed() { }

    public static CalendarFeed ForWorker(UserId user, byte[] hash, string protectedToken, DateTime at) =>
        new() { Id = Guid.CreateVersion7(at), UserId = user, TokenHash = hash, ProtectedToken = protectedToken, CreatedAt = at };

    public static CalendarFeed ForClient(ClientId client, byte[] hash, string protectedToken, DateTime at) =>
        new() { Id = Guid.CreateVersion7(at), ClientId = client, TokenHash = hash, ProtectedToken = protectedToken, CreatedAt = at };

    public void Replace(byte[] hash, string protectedToken, DateTime at) => (TokenHash, ProtectedToken, CreatedAt) = (hash, protectedToken, at);
}
