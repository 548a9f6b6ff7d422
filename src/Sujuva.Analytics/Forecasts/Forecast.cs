namespace Sujuva.Analytics.Forecasts;

/// <summary>Why no forecast was made (Code is stable, for resource keys).</summary>
public sealed record ForecastRefusal(string Code, string Message)
{
    public static ForecastRefusal BasisTooShort(int days) =>
        new("Forecasts.BasisTooShort", $"The throughput basis has {days} days; at least {MonteCarlo.MinimumBasisDays} are needed.");

    public static ForecastRefusal BasisAllZero() =>
        new("Forecasts.BasisAllZero", "Nothing was finished on any day of the throughput basis, so no finish date can be forecast.");

    public static ForecastRefusal BeyondHorizon() =>
        new("Forecasts.BeyondHorizon",
            $"At this throughput the work may take more than {MonteCarlo.HorizonYears} years; no forecast is made that far ahead.");

    public static ForecastRefusal Invalid(string field, string message) => new($"Forecasts.Invalid.{field}", message);
}

/// <summary>A forecast or the reason there is none; never an exception for bad data.</summary>
public sealed record Forecast<T>(T? Value, ForecastRefusal? Refusal) where T : class
{
    public bool IsRefused => Refusal is not null;

    public static implicit operator Forecast<T>(T value) => new(value, null);

    public static implicit operator Forecast<T>(ForecastRefusal refusal) => new(null, refusal);
}

/// <summary>"There's a p % chance this is done on or before Date"; Days counts simulated days, the start date being day 1.</summary>
public sealed record ConfidenceDate(int Percent, DateOnly Date, int Days);

/// <summary>"There's a p % chance that Count items or more are finished by the end date."</summary>
public sealed record ConfidenceCount(int Percent, int Count);

public sealed record WhenForecast(ThroughputBasis Basis, DateOnly Start, int Items, int Trials, int Seed, IReadOnlyList<ConfidenceDate> Dates);

public sealed record HowManyForecast(
    ThroughputBasis Basis, DateOnly Start, DateOnly End, int SimulatedDays, int Trials, int Seed, IReadOnlyList<ConfidenceCount> Counts);

/// <summary>The expected start of a new referral: q = CasesAhead + 1 starts on the receiving service's start throughput.</summary>
public sealed record WaitForecast(int CasesAhead, WhenForecast Starts)
{
    public IReadOnlyList<ConfidenceDate> Dates => Starts.Dates;
}
