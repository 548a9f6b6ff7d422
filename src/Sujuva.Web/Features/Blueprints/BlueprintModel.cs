using Sujuva.Web.Features.Boards;
using Sujuva.Web.Features.Feedback;
using Sujuva.Web.Features.Programmes;
using Sujuva.Web.Platform.Localisation;

namespace Sujuva.Web.Features.Blueprints;

/// <summary>
/// A name in the three languages, kept whole in a frozen version so that it reads in the reader's language years later.
/// </summary>
public sealed record LocalText(string Fi, string? Sv = null, string? En = null)
{
    public string Local => LocalName.Pick(Fi, Sv, En);

    public static LocalText Of(ILocallyNamed named)
    {
        ArgumentNullException.ThrowIfNull(named);
        return new(named.Name, named.NameSv, named.NameEn);
    }
}

/// <summary>
/// An operating-model description (service blueprint) of one service or a chain of services, with the figures of
/// From–To (local days, both included) as of AsOf. Pseudonymous aggregates only: no client appears in it.
/// </summary>
public sealed record BlueprintModel(DateOnly From, DateOnly To, DateTime AsOf, List<BlueprintService> Services);

/// <summary>
/// One service's lanes: back stage (its board's stages, worked by its team), front stage (its programmes), support
/// (the services it referred clients to) and evidence (where its clients were asked for feedback), with the flow
/// dashboard's figures for the service.
/// </summary>
public sealed record BlueprintService(Guid ServiceId, LocalText Name, LocalText Organisation, LocalText Team, BlueprintFlow Flow,
    List<BlueprintStage> Stages, List<BlueprintProgramme> Programmes, List<BlueprintReferral> Referrals,
    List<BlueprintFeedbackPoint> Feedback);

/// <summary>
/// The flow dashboard's figures of the service (FlowMetricsView): cases closed in the period and open at its end, and
/// the medians (flow percentile rule, inclusive calendar days) of lead, queue (waiting before work began) and cycle time.
/// </summary>
public sealed record BlueprintFlow(int Closed, int Open, double? MedianLeadDays, double? MedianQueueDays, double? MedianCycleDays);

/// <summary>
/// A board stage, in board order: waited in or worked in, its WIP limit, and the dashboard's value-stream step for it
/// (cases that visited it in the period, their mean time there and mean logged effort, elapsed days).
/// </summary>
public sealed record BlueprintStage(LocalText Name, StageKind Kind, int? WipLimit, int Cases, double MeanDays, double MeanEffortDays);

/// <summary>
/// A programme template as it stands (its current version): rhythm, sessions with their topics, lengths and modes, and the
/// programme figures of the period (sessions due, no-show rate, session CSAT; shares 0–1).
/// </summary>
public sealed record BlueprintProgramme(Guid TemplateId, LocalText Name, RhythmKind Rhythm, bool Group, int? Capacity,
    List<BlueprintSession> Sessions, int Due, double? NoShowRate, int CsatAnswers, double? SessionCsat)
{
    /// <summary>A template's content, without figures (they are the period's, added by the generator).</summary>
    public static BlueprintProgramme Content(ProgrammeTemplate template)
    {
        ArgumentNullException.ThrowIfNull(template);
        return new(template.Id.Value, LocalText.Of(template), template.Rhythm.Kind, template.Group, template.Capacity,
            [.. template.Sessions.Select((s, i) => new BlueprintSession(i + 1, s.Topic, s.Minutes, s.Mode))], 0, null, 0, null);
    }
}

public sealed record BlueprintSession(int Number, string Topic, int Minutes, SessionMode Mode);

/// <summary>
/// Referrals the service sent to another in the period (the network value stream's edge): how many, how many began
/// there, the median handoff wait (sent → first working stage, elapsed days) and the share of decided ones declined.
/// </summary>
public sealed record BlueprintReferral(Guid ToServiceId, LocalText ToService, LocalText ToOrganisation, int Sent, int Started,
    double? MedianWaitDays, double DeclineShare);

/// <summary>Where the service's clients were asked for feedback in the period: links issued, answers, CSAT (0–100) of the answers.</summary>
public sealed record BlueprintFeedbackPoint(FeedbackEventKind EventKind, int Asked, int Answers, double? CsatPercent);
