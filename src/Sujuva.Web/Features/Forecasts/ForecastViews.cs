using Sujuva.Analytics.Forecasts;

namespace Sujuva.Web.Features.Forecasts;

/// <summary>The history a forecast drew from: a window of daily throughput (closes, or starts for waits).</summary>
public sealed record BasisView(DateOnly From, DateOnly To, int Days, int Total, string Counts)
{
    public static BasisView Of(ThroughputBasis basis, string counts) =>
        new(basis.From, basis.To, basis.Counts.Count, basis.Counts.Sum(), counts);
}

public sealed record ConfidenceDateView(int Percent, DateOnly Date, int Days);

/// <summary>"When will these N cases be done", or the expected start of a new referral (Items = cases ahead + 1).</summary>
public sealed record WhenView(Guid ServiceId, int Items, int? CasesAhead, DateOnly Start, BasisView Basis, int Trials,
    IReadOnlyList<ConfidenceDateView> Dates);

public sealed record HowManyView(Guid ServiceId, DateOnly Start, DateOnly End, BasisView Basis, int Trials,
    IReadOnlyList<ConfidenceCount> Counts);
