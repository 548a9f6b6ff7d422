namespace Sujuva.Web.Data.DemoNetwork;

/// <summary>Settings "Demo:Seed", "Demo:Password" and "Demo:RandomSeed".</summary>
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
}
