using Sujuva.Web.Features.Boards;

namespace Sujuva.Web.Features.Network;

public sealed record OrganisationView(Guid Id, string Name, string? NameSv, string? NameEn, DateTime? ArchivedAt)
{
    public static OrganisationView From(Organisation o) => new(o.Id.Value, o.Name, o.NameSv, o.NameEn, o.ArchivedAt);
}

public sealed record TeamView(Guid Id, Guid OrganisationId, string Name)
{
    public static TeamView From(Team t) => new(t.Id.Value, t.OrganisationId.Value, t.Name);
}

public sealed record StageView(Guid Id, int Position, string Name, StageKind Kind, int? WipLimit)
{
    public static StageView From(Stage s) => new(s.Id.Value, s.Position, s.Name, s.Kind, s.WipLimit);
}

public sealed record ServiceView(
    Guid Id, Guid OrganisationId, Guid TeamId, string Name, DateTime? ArchivedAt, IReadOnlyList<StageView> Stages)
{
    public static ServiceView From(Service s) => new(s.Id.Value, s.OrganisationId.Value, s.TeamId.Value, s.Name,
        s.ArchivedAt, [.. s.Stages.Where(x => x.ArchivedAt == null).OrderBy(x => x.Position).Select(StageView.From)]);
}
