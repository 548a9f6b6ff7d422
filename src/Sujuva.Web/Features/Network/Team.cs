using Sujuva.Web.Features.EventLog;
using Sujuva.Web.Platform;
using Sujuva.Web.Platform.Localisation;

namespace Sujuva.Web.Features.Network;

/// <summary>A team of an organisation; users belong to one or more teams and work its services' cases.</summary>
public sealed class Team : Entity, ILocallyNamed
{
    public TeamId Id { get; private set; }
    public OrganisationId OrganisationId { get; private set; }
    public string Name { get; private set; } = "";
    public string? NameSv { get; private set; }
    public string? NameEn { get; private set; }

    /// <summary>Archiving hides the team from lists; members and history stay.</summary>
    public DateTime? ArchivedAt { get; private set; }

    /// <summary>Optimistic concurrency: an edit based on an older version gets 409.</summary>
    public int Version { get; private set; }

    private Team() { }

    public static Team Create(OrganisationId organisationId, string name, UserId by, DateTime at,
        string? nameSv = null, string? nameEn = null)
    {
        var t = new Team
        {
            Id = new(Guid.CreateVersion7(at)), OrganisationId = organisationId, Name = name,
            NameSv = LocalName.Optional(nameSv), NameEn = LocalName.Optional(nameEn),
        };
        t.Record(new Event(new TeamCreated(t.Id.Value, name), at, by, organisationId, null, null, null, null));
        return t;
    }

    public Refusal? Rename(string name, string? nameSv, string? nameEn, UserId by, DateTime at)
    {
        if (string.IsNullOrWhiteSpace(name)) return Refusal.Invalid("name", "Teams.NameMissing", "A team needs a name.");
        (Name, NameSv, NameEn) = (name.Trim(), LocalName.Optional(nameSv), LocalName.Optional(nameEn));
        Version++;
        Record(new Event(new TeamRenamed(Id.Value, Name), at, by, OrganisationId, null, null, null, null));
        return null;
    }

    /// <summary>A team that still works a service that is not archived cannot go: its cases would have no one.</summary>
    public Refusal? Archive(bool worksOpenServices, UserId by, DateTime at)
    {
        if (ArchivedAt is not null) return Refusal.Rule("teamId", "Teams.Archived", "The team is already archived.");
        if (worksOpenServices)
            return Refusal.Rule("teamId", "Teams.HasServices", "Archive or move the team's services first.");
        ArchivedAt = at;
        Version++;
        Record(new Event(new TeamArchived(Id.Value), at, by, OrganisationId, null, null, null, null));
        return null;
    }
}
