namespace Sujuva.Analytics.ProcessMining;

/// <summary>Buckets values by a dense group key with a counting sort: two passes, no per-value allocation.</summary>
internal static class ValueGroups
{
    /// <summary>Returns group offsets (length groupCount + 1) and the values laid out group by group.</summary>
    public static (int[] Offsets, double[] Values) Group(ReadOnlySpan<int> keys, ReadOnlySpan<double> values, int groupCount)
    {
        var offsets = new int[groupCount + 1];
        foreach (var k in keys) offsets[k + 1]++;
        for (var g = 0; g < groupCount; g++) offsets[g + 1] += offsets[g];
        var next = new int[groupCount];
        Array.Copy(offsets, next, groupCount);
        var grouped = new double[keys.Length];
        for (var i = 0; i < keys.Length; i++) grouped[next[keys[i]]++] = values[i];
        return (offsets, grouped);
    }
}
