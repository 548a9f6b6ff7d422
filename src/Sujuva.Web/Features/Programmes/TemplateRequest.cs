using Sujuva.Web.Platform.Input;

namespace Sujuva.Web.Features.Programmes;

/// <summary>
/// A programme template as sent: the service it belongs to, its name (Finnish; Swedish and English optional), its
/// sessions and rhythm; Version for an edit (409 when stale).
/// </summary>
public sealed record TemplateRequest(
    Guid ServiceId, [Text(TextLimits.Name)] string Name, ProgrammeRhythm Rhythm, IReadOnlyList<SessionPlanRequest> Sessions,
    bool Group = false, int? Capacity = null, int? Version = null,
    [Text(TextLimits.Name)] string? NameSv = null, [Text(TextLimits.Name)] string? NameEn = null)
{
    public List<SessionPlan> Plans() => [.. Sessions.Select(s => s.ToPlan())];
}
