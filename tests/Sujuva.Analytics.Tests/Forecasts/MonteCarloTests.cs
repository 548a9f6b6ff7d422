using Sujuva.Analytics.Flow;
using Sujuva.Analytics.Forecasts;

namespace Sujuva.Analytics.Tests.Forecasts;

public sealed class MonteCarloTests
{
    private static readonly DateOnly Monday = new(2025, 1, 6);

    private static ThroughputBasis Basis(params int[] counts) =>
        ThroughputBasis.Of(counts.Select((n, i) => new DailyCount(new DateOnly(2024, 12, 1).AddDays(i), n)).ToArray());

    private static ThroughputBasis Constant(int perDay, int days = 14) => Basis(Enumerable.Repeat(perDay, days).ToArray());

    [Fact]
    public void WhenDone_ConstantBasis_GivesTheExactDate()
    {
        var forecast = MonteCarlo.WhenDone(Constant(2), items: 10, Monday).Value!;

        // 2 a day: done on day 5, the start date being day 1.
        Assert.All(forecast.Dates, d => Assert.Equal((Monday.AddDays(4), 5), (d.Date, d.Days)));
        Assert.Equal([50, 85, 95], forecast.Dates.Select(d => d.Percent));
    }

    [Fact]
    public void WhenDone_HalfZeroBasis_ReadsTheGeometricDistribution()
    {
        // One item; each day finishes it with chance 1/2: P(≤3 days) = 87.5 %, P(≤4) = 93.75 %, P(≤5) = 96.9 %.
        var forecast = MonteCarlo.WhenDone(Basis(0, 1, 0, 1, 0, 1, 0, 1, 0, 1), items: 1, Monday, seed: 42).Value!;

        Assert.Equal(3, forecast.Dates.Single(d => d.Percent == 85).Days);
        Assert.Equal(5, forecast.Dates.Single(d => d.Percent == 95).Days);
    }

    [Fact]
    public void WhenDone_WorkingDaysOnly_SkipsWeekendsAndHolidays()
    {
        var days = Enumerable.Range(0, 21).Select(i => new DailyCount(new DateOnly(2024, 12, 2).AddDays(i), 1)).ToArray();
        var basis = ThroughputBasis.Of(days, workingDaysOnly: true, holidays: [new DateOnly(2025, 1, 13)]);
        var friday = new DateOnly(2025, 1, 10);

        var forecast = MonteCarlo.WhenDone(basis, items: 3, friday).Value!;

        // Friday is day 1, Saturday–Sunday and the Monday holiday are skipped: Tuesday, Wednesday.
        Assert.Equal(new DateOnly(2025, 1, 15), forecast.Dates[0].Date);
        Assert.Equal(15, basis.Counts.Count);
        Assert.True(basis.WorkingDaysOnly);
    }

    [Fact]
    public void HowMany_ConstantBasis_GivesTheExactCount()
    {
        var forecast = MonteCarlo.HowMany(Constant(2), Monday, Monday.AddDays(6)).Value!;

        Assert.Equal(7, forecast.SimulatedDays);
        Assert.All(forecast.Counts, c => Assert.Equal(14, c.Count));
    }

    [Fact]
    public void HowMany_HalfZeroBasis_ConfidenceReadsDownwards()
    {
        // Two days of 0 or 1: P(≥2) = 25 %, P(≥1) = 75 %, P(≥0) = 100 %.
        var forecast = MonteCarlo.HowMany(Basis(0, 1, 0, 1, 0, 1, 0, 1, 0, 1), Monday, Monday.AddDays(1), seed: 5).Value!;

        Assert.Equal([1, 0, 0], forecast.Counts.Select(c => c.Count));
    }

    [Fact]
    public void ExpectedWait_FourAhead_WaitsForTheFifthStart()
    {
        var wait = MonteCarlo.ExpectedWait(Constant(1), casesAhead: 4, Monday).Value!;

        Assert.Equal(Monday.AddDays(4), wait.Dates[0].Date);
        Assert.Equal(5, wait.Starts.Items);
    }

    [Fact]
    public void WhenDone_SameSeed_IsReproducible()
    {
        var basis = Basis(0, 3, 1, 0, 0, 5, 2, 1, 0, 4, 2, 0);

        var first = MonteCarlo.WhenDone(basis, 40, Monday, seed: 9).Value!;
        var second = MonteCarlo.WhenDone(basis, 40, Monday, seed: 9).Value!;

        Assert.Equal(first.Dates, second.Dates);
        Assert.True(first.Dates[0].Days <= first.Dates[1].Days && first.Dates[1].Days <= first.Dates[2].Days);
    }

    [Fact]
    public void WhenDone_NineBasisDays_IsRefused()
    {
        var forecast = MonteCarlo.WhenDone(Constant(1, days: 9), 5, Monday);

        Assert.True(forecast.IsRefused);
        Assert.Equal("Forecasts.BasisTooShort", forecast.Refusal!.Code);
        Assert.Contains("9 days", forecast.Refusal.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void HowMany_AllZeroBasis_IsRefused() =>
        Assert.Equal("Forecasts.BasisAllZero", MonteCarlo.HowMany(Constant(0), Monday, Monday.AddDays(3)).Refusal!.Code);

    [Fact]
    public void ExpectedWait_AllZeroBasis_IsRefused() =>
        Assert.True(MonteCarlo.ExpectedWait(Constant(0), 3, Monday).IsRefused);

    [Fact]
    public void WhenDone_Result_CarriesItsBasisWindow()
    {
        var forecast = MonteCarlo.WhenDone(Constant(1), 1, Monday).Value!;

        Assert.Equal((new DateOnly(2024, 12, 1), new DateOnly(2024, 12, 14)), (forecast.Basis.From, forecast.Basis.To));
        Assert.Equal(MonteCarlo.DefaultTrials, forecast.Trials);
    }

    [Fact]
    public void HowMany_EndBeyondTwoYears_IsRefusedBeforeAnyWork()
    {
        var forecast = MonteCarlo.HowMany(Constant(1), Monday, Monday.AddYears(2).AddDays(1));

        Assert.Equal("Forecasts.Invalid.end", forecast.Refusal!.Code);
    }

    [Fact]
    public void HowMany_EndTwoYearsAhead_IsForecast() =>
        Assert.False(MonteCarlo.HowMany(Constant(1), Monday, Monday.AddYears(2)).IsRefused);

    [Fact]
    public void WhenDone_TakesLongerThanTwoYears_IsRefusedAsBeyondTheHorizon()
    {
        // One close in ten days: a thousand items take about 27 years.
        var forecast = MonteCarlo.WhenDone(Basis(1, 0, 0, 0, 0, 0, 0, 0, 0, 0), items: 1000, Monday);

        Assert.Equal("Forecasts.BeyondHorizon", forecast.Refusal!.Code);
    }

    [Fact]
    public void WhenDone_MoreTrialsThanTheMaximum_IsRefused() =>
        Assert.Equal("Forecasts.Invalid.trials",
            MonteCarlo.WhenDone(Constant(1), 1, Monday, trials: MonteCarlo.MaxTrials + 1).Refusal!.Code);
}
