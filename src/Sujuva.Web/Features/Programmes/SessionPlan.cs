namespace Sujuva.Web.Features.Programmes;

/// <summary>One session of a programme template: its topic, length in minutes, mode, and the place or video link it usually has.</summary>
public sealed record SessionPlan(string Topic, int Minutes, SessionMode Mode, string? Place = null, string? VideoLink = null);
