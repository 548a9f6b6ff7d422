namespace Sujuva.Web.Features.Improvements;

public enum ScopeKind
{
    Service,
    Team,
    Network,

    /// <summary>One pair of organisations: the referrals from one to the other (handoff waits).</summary>
    Handoff,
}

/// <summary>
/// What an improvement, or one of its measures, covers: a service, a team's services, the whole network, or the
/// referrals from one organisation to another. Only the ids its kind needs are set.
/// </summary>
public sealed record ImprovementScope(
    ScopeKind Kind, Guid? ServiceId = null, Guid? TeamId = null, Guid? FromOrganisationId = null, Guid? ToOrganisationId = null)
{
    public static ImprovementScope Network { get; } = new(ScopeKind.Network);

    /// <summary>The field a request names when the ids do not fit the kind, or null when they do.</summary>
    public string? MissingField => Kind switch
    {
        ScopeKind.Service when ServiceId is null => "serviceId",
        ScopeKind.Team when TeamId is null => "teamId",
        ScopeKind.Handoff when FromOrganisationId is null => "fromOrganisationId",
        ScopeKind.Handoff when ToOrganisationId is null || ToOrganisationId == FromOrganisationId => "toOrganisationId",
        _ => null,
    };

    /// <summary>The same scope with only the ids its kind uses, so that two equal scopes compare equal.</summary>
    public ImprovementScope Normalised() => Kind switch
    {
        ScopeKind.Service => new(Kind, ServiceId: ServiceId),
        ScopeKind.Team => new(Kind, TeamId: TeamId),
        ScopeKind.Handoff => new(Kind, FromOrganisationId: FromOrganisationId, ToOrganisationId: ToOrganisationId),
        _ => Network,
    };
}
