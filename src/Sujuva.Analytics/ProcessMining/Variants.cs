using Sujuva.Analytics.EventLogs;

namespace Sujuva.Analytics.ProcessMining;

/// <summary>One variant: a sequence of activities and the number of cases that follow it exactly.</summary>
public sealed record Variant(IReadOnlyList<string> Activities, int Cases);

/// <summary>
/// PM4Py's get_variants: the activities of each case in row order, counted. Sorted by count descending,
/// then by activity list (ordinal, a prefix before its extensions), as the reference outputs are.
/// </summary>
public static class Variants
{
    public static IReadOnlyList<Variant> Of(EventLog log)
    {
        ArgumentNullException.ThrowIfNull(log);
        var comparer = new CaseSequenceComparer(log);
        var index = new Dictionary<int, int>(comparer);
        var representative = new List<int>();
        var counts = new List<int>();
        for (var c = 0; c < log.CaseCount; c++)
        {
            if (index.TryGetValue(c, out var v))
            {
                counts[v]++;
                continue;
            }
            index.Add(c, representative.Count);
            representative.Add(c);
            counts.Add(1);
        }

        var rank = OrdinalRank(log.Activities);
        var ids = new int[representative.Count];
        for (var v = 0; v < ids.Length; v++) ids[v] = v;
        Array.Sort(ids, (x, y) => counts[x] != counts[y]
            ? counts[y].CompareTo(counts[x])
            : CompareSequences(Sequence(log, representative[x]), Sequence(log, representative[y]), rank));

        var variants = new Variant[ids.Length];
        for (var i = 0; i < ids.Length; i++)
        {
            var sequence = Sequence(log, representative[ids[i]]);
            var names = new string[sequence.Length];
            for (var j = 0; j < names.Length; j++) names[j] = log.Activities[sequence[j]];
            variants[i] = new Variant(names, counts[ids[i]]);
        }
        return variants;
    }

    private static ReadOnlySpan<int> Sequence(EventLog log, int c) =>
        log.Activity.AsSpan(log.CaseStart(c), log.CaseEnd(c) - log.CaseStart(c));

    private static int CompareSequences(ReadOnlySpan<int> x, ReadOnlySpan<int> y, int[] rank)
    {
        var n = Math.Min(x.Length, y.Length);
        for (var i = 0; i < n; i++)
        {
            if (x[i] != y[i]) return rank[x[i]].CompareTo(rank[y[i]]);
        }
        return x.Length.CompareTo(y.Length);
    }

    // Comparing ranks of names is comparing the names, without a string comparison per step.
    private static int[] OrdinalRank(NameTable names)
    {
        var ids = new int[names.Count];
        for (var i = 0; i < ids.Length; i++) ids[i] = i;
        Array.Sort(ids, (x, y) => string.CompareOrdinal(names[x], names[y]));
        var rank = new int[ids.Length];
        for (var r = 0; r < ids.Length; r++) rank[ids[r]] = r;
        return rank;
    }

    /// <summary>
    /// Compares cases by their activity sequences, so a case index can key a dictionary of variants.
    /// Hashes are computed once per case in one pass over the activity column.
    /// </summary>
    private sealed class CaseSequenceComparer : IEqualityComparer<int>
    {
        private readonly EventLog _log;
        private readonly int[] _hash;

        public CaseSequenceComparer(EventLog log)
        {
            _log = log;
            _hash = new int[log.CaseCount];
            var activity = log.Activity;
            for (var c = 0; c < _hash.Length; c++)
            {
                // FNV-1a over the activity ids; collisions are resolved by Equals.
                var h = 2166136261u;
                for (int i = log.CaseStart(c), end = log.CaseEnd(c); i < end; i++) h = (h ^ (uint)activity[i]) * 16777619u;
                _hash[c] = (int)h;
            }
        }

        public bool Equals(int x, int y) => _hash[x] == _hash[y] && Sequence(_log, x).SequenceEqual(Sequence(_log, y));

        public int GetHashCode(int c) => _hash[c];
    }
}
