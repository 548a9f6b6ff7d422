using Microsoft.Extensions.Localization;
using Sujuva.Analytics.Charts;
using Sujuva.Analytics.Improvements;
using Sujuva.Web.Resources;

namespace Sujuva.Web.Features.Improvements;

/// <summary>
/// The one-sentence text of a chart for screen readers and the Study step: "Since 3.3.2026, 11 of 12 weeks below
/// the baseline median: a shift, improvement."
/// </summary>
public static class ChartSentence
{
    public static string Of(PhaseSummary s, ChartKind chart, Aggregation aggregation, IStringLocalizer<Strings> text)
    {
        ArgumentNullException.ThrowIfNull(s);
        ArgumentNullException.ThrowIfNull(text);
        if (s.Points == 0) return text["Improvements.Sentence.NoPointsYet", ChartShape.Day(s.From)];
        // "Below" for a measure better lower: the points that beat the baseline are the ones below it.
        var key = s.Better == Better.Lower ? "Improvements.Sentence.Below" : "Improvements.Sentence.Above";
        return text[key, ChartShape.Day(s.From), s.Beating, s.Points, Unit(aggregation, text), Centre(chart, text), Verdict(s, text)];
    }

    public static string BaselineOnly(PhaseSummary s, ChartKind chart, Aggregation aggregation, IStringLocalizer<Strings> text)
    {
        ArgumentNullException.ThrowIfNull(s);
        ArgumentNullException.ThrowIfNull(text);
        return text["Improvements.Sentence.BaselineOnly", s.Points, Unit(aggregation, text), Centre(chart, text)];
    }

    /// <summary>The signals and their direction, or that there is none.</summary>
    public static string Verdict(PhaseSummary s, IStringLocalizer<Strings> text)
    {
        ArgumentNullException.ThrowIfNull(s);
        ArgumentNullException.ThrowIfNull(text);
        if (s.Signals == ChartRules.None) return text["Improvements.Verdict.None"];
        var signals = string.Join(", ", SignalNames.Of(s.Signals).Select(n => text["Improvements.Signal." + n].Value));
        var direction = s.Direction switch
        {
            SignalDirection.Improvement => text["Improvements.Direction.Improvement"],
            SignalDirection.Deterioration => text["Improvements.Direction.Deterioration"],
            _ => text["Improvements.Direction.Unclear"],
        };
        return $"{signals}, {direction}";
    }

    private static string Unit(Aggregation aggregation, IStringLocalizer<Strings> text) =>
        aggregation == Aggregation.Individuals ? text["Improvements.Sentence.Cases"] : text["Improvements.Sentence.Weeks"];

    private static string Centre(ChartKind chart, IStringLocalizer<Strings> text) =>
        chart == ChartKind.Run ? text["Improvements.Sentence.Median"] : text["Improvements.Sentence.Mean"];
}
