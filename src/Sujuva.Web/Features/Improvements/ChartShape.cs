using System.Globalization;
using Microsoft.Extensions.Localization;
using Sujuva.Analytics.Charts;
using Sujuva.Analytics.Flow;
using Sujuva.Web.Resources;

namespace Sujuva.Web.Features.Improvements;

/// <summary>An improvement chart (Sujuva.Analytics) in the API's shape, with its phases labelled and its sentences written.</summary>
public static class ChartShape
{
    public static ChartResponse Of(ImprovementChart chart, ImprovementChartView view, ImprovementMeasure measure, ScopeView scope,
        Improvement improvement, bool seesCases, IStringLocalizer<Strings> text)
    {
        ArgumentNullException.ThrowIfNull(chart);
        ArgumentNullException.ThrowIfNull(measure);
        ArgumentNullException.ThrowIfNull(improvement);
        ArgumentNullException.ThrowIfNull(text);
        var drawn = chart.View(view);
        var series = chart.Series.Points;
        var points = series.Select((p, i) =>
        {
            var d = drawn.Points[i];
            var x = seesCases ? p.X : (i + 1).ToString(CultureInfo.InvariantCulture);
            return new ChartPoint(x, p.Instant, p.Y, p.N, p.Phase, d.Centre, d.Lower, d.Upper, d.SignalNames, ChartResponse.Name(d.Direction));
        }).ToArray();
        var phases = drawn.Phases.Select(p => new ChartPhase(
            p.Index, Label(p.Index, improvement, text), p.From, p.To, p.Points, p.Useful, p.Centre, p.Lower, p.Upper, p.LongestRun,
            p.LongestRunMax, p.Crossings, p.CrossingsMin, p.RunsSignal, ChartResponse.Name(p.Direction), SignalNames.Of(p.Signals),
            p.LowerClipped)).ToArray();
        var all = chart.AllPoints;
        var b = chart.Baseline;
        var evidence = chart.Summaries.Skip(1).Select(s => new ChartEvidence(
            s.Index, s.From, s.Points, s.Beating, s.Worse, s.BaselineCentre, s.Centre, SignalNames.Of(s.Signals),
            ChartResponse.Name(s.Direction), ChartSentence.Of(s, chart.Kind, measure.Aggregation, text))).ToArray();
        var summary = evidence.LastOrDefault(e => e.Points > 0)?.Sentence
            ?? ChartSentence.BaselineOnly(chart.Summaries[0], chart.Kind, measure.Aggregation, text);
        return new ChartResponse(
            new ChartMeasure(measure.Id, measure.Kind, scope, measure.Unit, ChartResponse.Name(measure.Aggregation),
                ChartResponse.Name(measure.Better), measure.Target, measure.Stage),
            ChartResponse.Name(chart.Kind), view == ImprovementChartView.Frozen ? "frozen" : "phases",
            chart.Kind == ChartKind.I && chart.Options.ScreenedMovingRanges, SignalNames.Of(chart.Options.Rules),
            points, phases, new ChartRuns(all.UsefulObservations, all.LongestRun, all.LongestRunMax, all.Crossings, all.CrossingsMin,
                chart.AllPointsRunsSignal),
            new ChartBaseline(b.Points, b.Trial, b.Centre, b.Lower, b.Upper), evidence, summary);
    }

    /// <summary>"Baseline", or "Cycle 2: shared intake meeting" in the reader's language.</summary>
    public static string Label(int phase, Improvement improvement, IStringLocalizer<Strings> text)
    {
        ArgumentNullException.ThrowIfNull(improvement);
        ArgumentNullException.ThrowIfNull(text);
        if (phase == 0) return text["Improvements.Chart.Baseline"];
        var cycle = improvement.Cycles.Where(c => c.Started).ElementAtOrDefault(phase - 1);
        return cycle is null ? text["Improvements.Chart.Phase", phase] : text["Improvements.Chart.Cycle", cycle.Number, cycle.Change];
    }

    /// <summary>A phase's first day, local, in the reader's format.</summary>
    public static string Day(DateTime utc) => DayCount.LocalDate(utc).ToString("d", CultureInfo.CurrentCulture);
}
