using System.Globalization;

namespace Sujuva.Conformance.Tests;

/// <summary>Collects every mismatch of one log, so that a failing log reports all of them at once.</summary>
internal sealed class Differences
{
    // "Times to 1 ms"; sums of a million values in another order may also differ in the 13th digit.
    private const double Seconds = 0.001, Relative = 1e-12;
    private readonly List<string> _found = [];

    public void Equal<T>(string what, T expected, T actual)
    {
        if (!EqualityComparer<T>.Default.Equals(expected, actual)) _found.Add($"{what}: PM4Py {expected}, Sujuva {actual}");
    }

    public void Time(string what, double? expected, double? actual)
    {
        if (expected is null || actual is null)
        {
            if (expected != actual) _found.Add($"{what}: PM4Py {Show(expected)}, Sujuva {Show(actual)}");
            return;
        }
        var tolerance = Math.Max(Seconds, Math.Abs(expected.Value) * Relative);
        if (Math.Abs(expected.Value - actual.Value) > tolerance)
            _found.Add($"{what}: PM4Py {Show(expected)} s, Sujuva {Show(actual)} s");
    }

    public void Counts(string what, IReadOnlyDictionary<string, int> expected, IEnumerable<(string Name, int Count)> actual)
    {
        var ours = actual.ToDictionary(a => a.Name, a => a.Count, StringComparer.Ordinal);
        foreach (var (name, count) in expected) Equal($"{what}[{name}]", count, ours.GetValueOrDefault(name));
        foreach (var name in ours.Keys.Where(n => !expected.ContainsKey(n))) _found.Add($"{what}[{name}]: not in PM4Py");
    }

    public void Add(string difference) => _found.Add(difference);

    public void AssertNone(string log) =>
        Assert.True(_found.Count == 0, $"{log}: {_found.Count} difference(s) from PM4Py:\n  " + string.Join("\n  ", _found.Take(40)));

    private static string Show(double? value) => value?.ToString("R", CultureInfo.InvariantCulture) ?? "null";
}
