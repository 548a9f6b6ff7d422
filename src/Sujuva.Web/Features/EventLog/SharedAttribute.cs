namespace Sujuva.Web.Features.EventLog;

/// <summary>
/// What of a payload leaves the app (GET /api/events, the journey; see <see cref="EventPayloads"/>). On a
/// field: that field. On a payload record: the whole payload as stored (the network's names and ids hold no
/// personal data). A field without it stays in the app: workers' free text can name a client.
/// </summary>
[AttributeUsage(AttributeTargets.Property | AttributeTargets.Class, Inherited = false)]
public sealed class SharedAttribute : Attribute
{
    /// <summary>Earlier versions stored free text here, so it leaves only as its code, always; a text that is no code's name is Other.</summary>
    public bool AsCode { get; init; }
}
