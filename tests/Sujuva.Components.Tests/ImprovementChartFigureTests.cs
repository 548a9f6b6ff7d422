using Bunit;
using ChartKind = Sujuva.Analytics.Charts.ChartKind;
using Sujuva.Analytics.Improvements;
using Sujuva.Web.Components.Pages.Improvements;
using Sujuva.Web.Features.Improvements;
using Sujuva.Web.Platform;

namespace Sujuva.Components.Tests;

/// <summary>
/// An improvement chart's own choices (issue 15, item 5): the view for every chart; the sigma-based rule sets for
/// charts with control limits; screened moving ranges for I charts only. Each choice asks the page for the chart again.
/// </summary>
public sealed class ImprovementChartFigureTests : ComponentTest
{
    private static readonly Guid MeasureId = Guid.Parse("5b0d7c9e-2a41-4f6e-9d3c-1e8b7a6f5c40");

    [Fact]
    public void IChart_ChoosingNelsonAndUnscreened_AsksForThoseRulesAndKeepsTheView()
    {
        var asked = new List<ChartRequest>();
        var figure = Figure("i", new ChartRequest(MeasureId, "phases"), asked);

        figure.Find("select#lead-rules").Change("nelson");
        figure.Find("input[type=checkbox]").Change(false);

        Assert.Equal(new ChartRequest(MeasureId, "phases", "nelson"), asked[0]);
        Assert.Equal(new ChartRequest(MeasureId, "phases", null, false), asked[1]);
    }

    [Fact]
    public void PChart_OffersRuleSetsButNoScreening()
    {
        var figure = Figure("p", new ChartRequest(MeasureId, "frozen"), []);

        Assert.Equal(["", "we", "nelson"], figure.FindAll("select#lead-rules option").Select(o => o.GetAttribute("value")));
        Assert.Empty(figure.FindAll("input[type=checkbox]"));
    }

    [Fact]
    public void RunChart_OffersOnlyTheView()
    {
        var asked = new List<ChartRequest>();
        var figure = Figure("run", new ChartRequest(MeasureId, "frozen"), asked);

        Assert.Empty(figure.FindAll("select"));
        Assert.Empty(figure.FindAll("input[type=checkbox]"));
        figure.FindAll(".chart-toggle button")[1].Click();
        Assert.Equal(new ChartRequest(MeasureId, "phases"), Assert.Single(asked));
    }

    private IRenderedComponent<ImprovementChartFigure> Figure(string chart, ChartRequest request, List<ChartRequest> asked)
    {
        var scope = new ScopeView(ScopeKind.Service, "Job coaching", Guid.NewGuid(), null, null, null);
        var measure = new MeasureView(MeasureId, MeasureRole.Outcome, MeasureKind.LeadTime, scope, null, Better.Lower, null,
            chart == "run" ? ChartKind.Run : chart == "i" ? ChartKind.I : ChartKind.P, Aggregation.Individuals, "days");
        return Render<ImprovementChartFigure>(p => p.Add(f => f.Id, "lead").Add(f => f.Measure, measure).Add(f => f.Title, "Lead time")
            .Add(f => f.Outcome, (Outcome<ChartResponse>)Response(chart, request.View!, scope)).Add(f => f.Request, request)
            .Add(f => f.RequestChanged, r => asked.Add(r)));
    }

    /// <summary>Three points of one baseline phase: enough for the figure to draw; the values do not matter here.</summary>
    private static ChartResponse Response(string chart, string view, ScopeView scope)
    {
        var from = new DateTime(2026, 1, 5, 0, 0, 0, DateTimeKind.Utc);
        var points = Enumerable.Range(0, 3).Select(i => new ChartPoint($"2026-W0{i + 2}", from.AddDays(7 * i), 10 + i, 4, 0, 11,
            chart == "run" ? null : 5, chart == "run" ? null : 17, [], null)).ToList();
        return new ChartResponse(
            new ChartMeasure(MeasureId, MeasureKind.LeadTime, scope, "days", "individuals", "lower", null, null), chart, view,
            chart == "i", ["runs", "sigma"], points,
            [new ChartPhase(0, "Baseline", from, null, 3, 3, 11, 5, 17, 1, 5, 2, 0, false, null, [], false)],
            new ChartRuns(3, 1, 5, 2, 0, false), new ChartBaseline(3, true, 11, 5, 17), [], "No change yet.");
    }
}
