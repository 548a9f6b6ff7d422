namespace Sujuva.Analytics.Simulation;

/// <summary>
/// What to simulate. There is no clock: the period is [StartUtc, EndUtc), StartUtc + Months unless EndUtc is given.
/// ImprovementMonth is the month (counted from 0 at StartUtc) from which the rehabilitative
/// work activity runs a shared intake meeting that raises its start capacity. PairWorkMonth is the month
/// from which family social work works its cases in pairs (seed 001): the working stages take less than half
/// the time, so a case needs fewer sessions and less logged work.
/// </summary>
public sealed record SimulationOptions
{
    public DateTime StartUtc { get; init; } = new(2025, 1, 1, 0, 0, 0, DateTimeKind.Utc);

    public int Months { get; init; } = 12;

    public int Clients { get; init; } = 2_000;

    public int Seed { get; init; } = 20_251;

    public int ImprovementMonth { get; init; } = 8;

    public int PairWorkMonth { get; init; } = 4;

    private readonly DateTime? _endUtc;

    public DateTime EndUtc { get => _endUtc ?? StartUtc.AddMonths(Months); init => _endUtc = value; }

    public DateTime ImprovementUtc => StartUtc.AddMonths(ImprovementMonth);

    public DateTime PairWorkUtc => StartUtc.AddMonths(PairWorkMonth);
}
