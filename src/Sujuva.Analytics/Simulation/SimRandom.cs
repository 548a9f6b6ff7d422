namespace Sujuva.Analytics.Simulation;

/// <summary>
/// PCG32 (O'Neill 2014, XSH RR variant): small, fast, and its sequence for a seed is ours,
/// so a seed gives the same network on every runtime version.
/// </summary>
internal sealed class SimRandom
{
    private const ulong Multiplier = 6364136223846793005UL;
    private const ulong Increment = 1442695040888963407UL;
    private ulong _state;

    public SimRandom(int seed)
    {
        _state = 0;
        NextUInt();
        _state += (ulong)seed;
        NextUInt();
    }

    public uint NextUInt()
    {
        var old = _state;
        _state = unchecked(old * Multiplier + Increment);
        var xorShifted = (uint)(((old >> 18) ^ old) >> 27);
        var rotation = (int)(old >> 59);
        return (xorShifted >> rotation) | (xorShifted << (-rotation & 31));
    }

    /// <summary>Uniform in [0, 1) with 53 random bits.</summary>
    public double NextDouble() => (((ulong)NextUInt() << 21) ^ NextUInt()) * (1.0 / (1UL << 53));

    /// <summary>Uniform integer in [0, n), n &gt; 0.</summary>
    public int Next(int n) => (int)(NextDouble() * n);

    public bool Chance(double p) => NextDouble() < p;

    /// <summary>Exponential with the given mean.</summary>
    public double Exponential(double mean) => -mean * Math.Log(1.0 - NextDouble());

    /// <summary>Log-normal with the given median and shape; right-skewed like real service times.</summary>
    public double LogNormal(double median, double sigma)
    {
        var u1 = 1.0 - NextDouble();
        var u2 = NextDouble();
        var normal = Math.Sqrt(-2.0 * Math.Log(u1)) * Math.Cos(2.0 * Math.PI * u2);
        return median * Math.Exp(sigma * normal);
    }

    public T Pick<T>(IReadOnlyList<T> items) => items[Next(items.Count)];
}
