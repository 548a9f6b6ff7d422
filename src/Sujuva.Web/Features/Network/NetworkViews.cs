using Sujuva.Web.Features.Boards;
using Sujuva.Web.Platform.Localisation;

namespace Sujuva.Web.Features.Network;

public sealed record OrganisationView(Guid Id, string Name, string? NameSv, string? NameEn, DateTime? ArchivedAt)
    : ILocallyNamed
{
    public static OrganisationView From(Organisation o) => new(o.Id.Value, o.Name, o.NameSv, o.NameEn, o.ArchivedAt);
}

public sealed record TeamView(Guid Id, Guid OrganisationId, string Name) : ILocallyNamed
{
    public string? NameSv { get; init; }
    public string? NameEn { get; init; }

    public static TeamView From(Team t) => new(t.Id.Value, t.OrganisationId.Value, t.Name) { NameSv = t.NameSv, NameEn = t.NameEn };
}

public sealed record StageView(Guid Id, int Position, string Name, StageKind Kind, int? WipLimit) : ILocallyNamed
{
    public string? NameSv { get; init; }
    public string? NameEn { get; init; }

    public static StageView From(Stage s) => new(s.Id.Value, s.Position, s.Name, s.Kind, s.WipLimit)
    {
        NameSv = s.NameSv, NameEn = s.NameEn,
    };
}

public sealed record ServiceView(
    Guid Id, Guid OrganisationId, Guid TeamId, string Name, DateTime? ArchivedAt, IReadOnlyList<StageView> Stages)
    : ILocallyNamed
{
    public string? NameSv { get; init; }
    public string? NameEn { get; init; }

    public static ServiceView From(Service s) => new(s.Id.Value, s.OrganisationId.Value, s.TeamId.Value, s.Name,
        s.ArchivedAt, [.. s.Stages.Where(x => x.ArchivedAt == null).OrderBy(x => x.Position).Select(StageView.From)])
    {
        NameSv = s.NameSv, NameEn = s.NameEn,
    };
}
