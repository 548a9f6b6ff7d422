namespace Sujuva.Web.Features.Programmes;

/// <summary>A programme template as the API answers it: Name in Finnish, NameSv and NameEn when given.</summary>
public sealed record TemplateView(
    Guid Id, Guid ServiceId, string Name, ProgrammeRhythm Rhythm, IReadOnlyList<SessionPlan> Sessions, bool Group, int? Capacity,
    DateTime ChangedAt, int Version) : Platform.Localisation.ILocallyNamed
{
    public string? NameSv { get; init; }
    public string? NameEn { get; init; }

    public static TemplateView Of(ProgrammeTemplate t)
    {
        ArgumentNullException.ThrowIfNull(t);
        return new(t.Id.Value, t.ServiceId.Value, t.Name, t.Rhythm, t.Sessions, t.Group, t.Capacity, t.ChangedAt, t.Version)
        {
            NameSv = t.NameSv, NameEn = t.NameEn,
        };
    }
}
