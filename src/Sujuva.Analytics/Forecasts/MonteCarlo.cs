using Sujuva.Analytics.Simulation;

namespace Sujuva.Analytics.Forecasts;

/// <summary>
/// Monte Carlo forecasts from sampled daily throughput (METRICS.md §3, as ActionableAgile and
/// Businessmap describe them): each simulated day draws one basis day uniformly with replacement.
/// A seed makes every result reproducible.
/// </summary>
public static class MonteCarlo
{
    public const int DefaultTrials = 10_000;

    /// <summary>One public implementation requires 10 or more basis days; so do we.</summary>
    public const int MinimumBasisDays = 10;

    public static readonly IReadOnlyList<int> DefaultPercents = [50, 85, 95];

    /// <summary>
    /// The furthest a forecast looks: two years from its start. Past that the basis says little, and the work
    /// (trials × simulated days) must stay bounded: one request once simulated 8,000 years (issue 12).
    /// </summary>
    public const int HorizonYears = 2;

    /// <summary>With the horizon, bounds a forecast's work to MaxTrials × about 731 draws.</summary>
    public const int MaxTrials = DefaultTrials;

    /// <summary>When will N items be done? The p-confidence date is the earliest date by which ≥ p % of trials finished.</summary>
    public static Forecast<WhenForecast> WhenDone(
        ThroughputBasis basis, int items, DateOnly start, int trials = DefaultTrials, int seed = 1, IReadOnlyList<int>? percents = null)
    {
        ArgumentNullException.ThrowIfNull(basis);
        if (Guard(basis) is { } refusal) return refusal;
        if (items < 1) return ForecastRefusal.Invalid("items", "At least one item is needed.");
        if (Trials(trials) is { } badTrials) return badTrials;
        var counts = basis.Counts.ToArray();
        var calendar = new SimulatedCalendar(basis, start);
        var horizon = calendar.DaysThrough(Horizon(start));
        var random = new SimRandom(seed);
        var days = new int[trials];
        for (var t = 0; t < trials; t++)
        {
            int d = 0, done = 0;
            while (done < items && d <= horizon)
            {
                d++;
                done += counts[random.Next(counts.Length)];
            }

            days[t] = d;  // horizon + 1: not done within it
        }

        Array.Sort(days);
        var confidence = (percents ?? DefaultPercents)
            .Select(p => (Percent: p, Days: days[Percentiles.NearestRank(trials, p / 100.0) - 1])).ToArray();
        if (confidence.Any(c => c.Days > horizon)) return ForecastRefusal.BeyondHorizon();
        var dates = confidence.Select(c => new ConfidenceDate(c.Percent, calendar.Day(c.Days), c.Days)).ToArray();
        return new WhenForecast(basis, start, items, trials, seed, dates);
    }

    /// <summary>How many by date E? The p-confidence count is the largest k that ≥ p % of trials reached: the (100 − p)th percentile.</summary>
    public static Forecast<HowManyForecast> HowMany(
        ThroughputBasis basis, DateOnly start, DateOnly end, int trials = DefaultTrials, int seed = 1, IReadOnlyList<int>? percents = null)
    {
        ArgumentNullException.ThrowIfNull(basis);
        if (Guard(basis) is { } refusal) return refusal;
        if (end < start) return ForecastRefusal.Invalid("end", "The end date is before the start date.");
        if (end > Horizon(start))
            return ForecastRefusal.Invalid("end", $"The end date is more than {HorizonYears} years after the start date.");
        if (Trials(trials) is { } badTrials) return badTrials;
        var counts = basis.Counts.ToArray();
        var simulatedDays = new SimulatedCalendar(basis, start).DaysThrough(end);
        var random = new SimRandom(seed);
        var totals = new long[trials];
        for (var t = 0; t < trials; t++)
        {
            long sum = 0;
            for (var d = 0; d < simulatedDays; d++) sum += counts[random.Next(counts.Length)];
            totals[t] = sum;
        }

        Array.Sort(totals);
        var result = (percents ?? DefaultPercents).Select(p =>
        {
            var atLeast = Percentiles.NearestRank(trials, p / 100.0);
            return new ConfidenceCount(p, (int)totals[trials - atLeast]);
        }).ToArray();
        return new HowManyForecast(basis, start, end, simulatedDays, trials, seed, result);
    }

    /// <summary>
    /// Sujuva's own forecast: the expected wait of a new referral. q = cases ahead in the receiving
    /// queue + 1, run "when will q cases start" on the service's daily start throughput.
    /// </summary>
    public static Forecast<WaitForecast> ExpectedWait(
        ThroughputBasis startBasis, int casesAhead, DateOnly start, int trials = DefaultTrials, int seed = 1)
    {
        if (casesAhead < 0) return ForecastRefusal.Invalid("casesAhead", "The number of cases ahead cannot be negative.");
        var when = WhenDone(startBasis, casesAhead + 1, start, trials, seed);
        return when.IsRefused ? when.Refusal! : new WaitForecast(casesAhead, when.Value!);
    }

    /// <summary>The last date a forecast starting on <paramref name="start"/> may reach.</summary>
    public static DateOnly Horizon(DateOnly start) =>
        start.DayNumber > DateOnly.MaxValue.AddYears(-HorizonYears).DayNumber ? DateOnly.MaxValue : start.AddYears(HorizonYears);

    private static ForecastRefusal? Trials(int trials) =>
        trials is >= 1 and <= MaxTrials ? null : ForecastRefusal.Invalid("trials", $"Trials are from 1 to {MaxTrials}.");

    private static ForecastRefusal? Guard(ThroughputBasis basis) =>
        basis.Counts.Count < MinimumBasisDays ? ForecastRefusal.BasisTooShort(basis.Counts.Count)
        : basis.Counts.All(c => c == 0) ? ForecastRefusal.BasisAllZero()
        : null;
}
