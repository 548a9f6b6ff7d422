namespace Sujuva.Web.Data.DemoNetwork;

/// <summary>Settings "Demo:Seed", "Demo:Password", "Demo:RandomSeed", "Demo:Clients", "Demo:Months" and "Demo:StartDate".</summary>
public sealed class DemoOptions
{
    public const string DefaultPassword = "Sujuva-demo-2026!";
    public const string EmailDomain = "demo.sujuva.fi";

    /// <summary>Seed the demo network into an empty database on start.</summary>
    public bool Seed { get; set; } = true;

    /// <summary>The password every demo user shares.</summary>
    public string Password { get; set; } = DefaultPassword;

    /// <summary>The simulator's random seed: the same seed gives the same network and history.</summary>
    public int RandomSeed { get; set; } = new Sujuva.Analytics.Simulation.SimulationOptions().Seed;

    /// <summary>
    /// Clients arriving over the simulated year; larger networks are for load and scale tests. Capacities and
    /// staff grow per 2,000 clients, so a larger network also has other demo users.
    /// </summary>
    public int Clients { get; set; } = new Sujuva.Analytics.Simulation.SimulationOptions().Clients;

    /// <summary>Months of history to simulate (12 by default); longer histories are for benchmarks over years.</summary>
    public int Months { get; set; } = new Sujuva.Analytics.Simulation.SimulationOptions().Months;

    /// <summary>First day of the simulated history (UTC); default: Months before today, so the history ends now.</summary>
    public DateOnly? StartDate { get; set; }
}
