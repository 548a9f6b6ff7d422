using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;
using Sujuva.Analytics.Charts;
using Sujuva.Web.Data;
using Sujuva.Web.Features.EventLog;
using Sujuva.Web.Features.Metrics;
using Sujuva.Web.Platform;
using Sujuva.Web.Resources;

namespace Sujuva.Web.Features.Improvements;

/// <summary>What a chart request asks: the measure (the primary one when null), the view, extra rules, screened moving ranges.</summary>
public sealed record ChartRequest(Guid? Measure = null, string? View = null, string? Rules = null, bool? Screened = null);

/// <summary>
/// GET /api/improvements/{id}/chart: one measure of an improvement charted from the live log (ImprovementSeries), in
/// the frozen-baseline or per-phase view, with the evidence of every later phase against the baseline.
/// </summary>
public static class ImprovementCharts
{
    public static async Task<Outcome<ChartResponse>> ReadAsync(Guid improvementId, ChartRequest request, SujuvaDb db,
        FlowCache cache, Pseudonyms pseudonyms, CurrentUser user, TimeProvider clock, IStringLocalizer<Strings> text, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(request);
        ArgumentNullException.ThrowIfNull(user);
        var improvement = await db.Improvements.AsNoTracking().SingleOrDefaultAsync(i => i.Id == new ImprovementId(improvementId), ct);
        if (improvement is null) return Refusal.NotFound("improvementId");
        var measure = request.Measure is { } id
            ? improvement.Measures.FirstOrDefault(m => m.Id == id)
            : improvement.Measures.FirstOrDefault(m => m.Role == MeasureRole.Outcome);
        if (measure is null) return Refusal.Invalid("measure", "Improvements.UnknownMeasure", "Choose one of the improvement's measures.");
        var view = request.View switch
        {
            null or "" or "frozen" => ImprovementChartView.Frozen,
            "phases" => (ImprovementChartView?)ImprovementChartView.Phases,
            _ => null,
        };
        if (view is null) return Refusal.Invalid("view", "Improvements.UnknownView", "The view is frozen or phases.");
        if (Rules(request.Rules) is not { } rules) return Refusal.Invalid("rules", "Improvements.UnknownRule",
            "Rules are named as default, we, nelson, runs, sigma, we1–we4 or nelson1–nelson8, separated by commas.");

        var series = await ImprovementSeries.BuildAsync(db, cache, pseudonyms, improvement, measure, clock.GetUtcNow().UtcDateTime, ct);
        var result = ImprovementChart.Of(measure.Chart, series, new ImprovementChartOptions
        {
            Better = measure.Better, Rules = rules, ScreenedMovingRanges = request.Screened ?? true,
            ClipLowerAtZero = MeasureKinds.ClipsAtZero(measure.Kind),
        });
        if (result.IsRefused) return Refusal.Rule("measure", result.RefusalCode!, result.RefusalMessage!);
        var names = await ReadImprovements.NamesAsync(db, [improvement], ct);
        var seesCases = measure.Aggregation != Aggregation.Individuals || await SeesCasesAsync(db, user, measure.Scope, ct);
        return ChartShape.Of(result.Chart!, view.Value, measure, names.Scope(measure.Scope), improvement, seesCases, text);
    }

    /// <summary>The rules asked for, added to Anhøj's and the 3σ rule; null when a name is unknown.</summary>
    private static ChartRules? Rules(string? names)
    {
        var rules = ChartRules.Default;
        foreach (var name in (names ?? "").Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
        {
            if (SignalNames.Parse(name) is not { } rule) return null;
            rules |= rule;
        }

        return rules;
    }

    /// <summary>Single cases, even as pseudonyms, are shown to those who see the scope's cases: the network-wide roles and its teams.</summary>
    private static async Task<bool> SeesCasesAsync(SujuvaDb db, CurrentUser user, ImprovementScope scope, CancellationToken ct)
    {
        if (user.SeesWholeNetwork) return true;
        if (scope.Kind == ScopeKind.Network) return false;
        return (await ImprovementAccess.TeamsOfAsync(db, scope, ct)).Any(user.Teams.Contains);
    }
}
