using Sujuva.Web.Features.EventLog;
using Sujuva.Web.Platform;

namespace Sujuva.Web.Features.Network;

/// <summary>A team of an organisation; users belong to one or more teams and work its services' cases.</summary>
public sealed class Team : Entity
{
    public TeamId Id { get; private set; }
    public OrganisationId OrganisationId { get; private set; }
    public string Name { get; private set; } = "";

    private Team() { }

    public static Team Create(OrganisationId organisationId, string name, UserId by, DateTime at)
    {
        var t = new Team { Id = new(Guid.CreateVersion7(at)), OrganisationId = organisationId, Name = name };
        t.Record(new Event(EventTypes.TeamCreated, at, by, organisationId, null, null, null, null,
            Payload.Of(new { teamId = t.Id.Value, name })));
        return t;
    }
}
