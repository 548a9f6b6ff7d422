using Sujuva.Web.Platform.Input;

namespace Sujuva.Web.Features.Programmes;

/// <summary>A programme template as sent: the service it belongs to, its sessions and rhythm; Version for an edit (409 when stale).</summary>
public sealed record TemplateRequest(
    Guid ServiceId, [Text(TextLimits.Name)] string Name, ProgrammeRhythm Rhythm, IReadOnlyList<SessionPlanRequest> Sessions,
    bool Group = false, int? Capacity = null, int? Version = null)
{
    public List<SessionPlan> Plans() => [.. Sessions.Select(s => s.ToPlan())];
}
