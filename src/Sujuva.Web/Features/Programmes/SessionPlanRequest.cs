using Sujuva.Web.Platform.Input;

namespace Sujuva.Web.Features.Programmes;

/// <summary>One session of a template as sent; blank place or link count as none.</summary>
public sealed record SessionPlanRequest(
    [Text(TextLimits.Name)] string Topic, int Minutes, SessionMode Mode, [Text(TextLimits.Name)] string? Place = null,
    [Text(TextLimits.Reason)] string? VideoLink = null)
{
    public SessionPlan ToPlan() => new(Topic.Trim(), Minutes, Mode, Optional(Place), Optional(VideoLink));

    private static string? Optional(string? text) => string.IsNullOrWhiteSpace(text) ? null : text.Trim();
}
