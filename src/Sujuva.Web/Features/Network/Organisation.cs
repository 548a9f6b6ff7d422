using Sujuva.Web.Features.EventLog;
using Sujuva.Web.Platform;
using Sujuva.Web.Platform.Localisation;

namespace Sujuva.Web.Features.Network;

/// <summary>An organisation of the network (a municipality's employment services, a county's social services).</summary>
public sealed class Organisation : Entity, ILocallyNamed
{
    public OrganisationId Id { get; private set; }
    public string Name { get; private set; } = "";
    public string? NameSv { get; private set; }
    public string? NameEn { get; private set; }

    /// <summary>Archiving hides; nothing is deleted.</summary>
    public DateTime? ArchivedAt { get; private set; }

    /// <summary>Optimistic concurrency: an edit based on an older version gets 409.</summary>
    public int Version { get; private set; }

    private Organisation() { }

    public static Organisation Create(string name, string? nameSv, string? nameEn, UserId by, DateTime at)
    {
        var o = new Organisation { Id = new(Guid.CreateVersion7(at)), Name = name,
            NameSv = LocalName.Optional(nameSv), NameEn = LocalName.Optional(nameEn) };
        o.Record(new Event(new OrganisationCreated(name), at, by, o.Id, null, null, null, null));
        return o;
    }

    public Refusal? Rename(string name, string? nameSv, string? nameEn, UserId by, DateTime at)
    {
        if (string.IsNullOrWhiteSpace(name)) return Refusal.Invalid("name", "Organisations.NameMissing", "An organisation needs a name.");
        (Name, NameSv, NameEn) = (name.Trim(), LocalName.Optional(nameSv), LocalName.Optional(nameEn));
        Version++;
        Record(new Event(new OrganisationRenamed(Name), at, by, Id, null, null, null, null));
        return null;
    }

    public Refusal? Archive(UserId by, DateTime at)
    {
        if (ArchivedAt is not null) return Refusal.Rule("organisationId", "Organisations.Archived", "The organisation is already archived.");
        ArchivedAt = at;
        Version++;
        Record(new Event(new OrganisationArchived(), at, by, Id, null, null, null, null));
        return null;
    }
}
