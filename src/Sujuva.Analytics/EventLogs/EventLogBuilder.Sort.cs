namespace Sujuva.Analytics.EventLogs;

/// <summary>Time order inside each case: the order array moves every column, offsets included.</summary>
public sealed partial class EventLogBuilder
{
    // Only cases out of order pay for a sort; logs are mostly in time order already.
    private void SortCases(int[] order, int[] offsets)
    {
        List<(long Start, long Time, int Row)>? keys = null;
        for (var c = 0; c + 1 < offsets.Length; c++)
        {
            int from = offsets[c], to = offsets[c + 1];
            var sorted = true;
            for (var i = from + 1; i < to && sorted; i++)
                sorted = Compare(Key(order[i - 1]), Key(order[i])) <= 0;
            if (sorted) continue;
            keys ??= [];
            keys.Clear();
            for (var i = from; i < to; i++) keys.Add(Key(order[i]));
            keys.Sort(Compare);
            for (var i = from; i < to; i++) order[i] = keys[i - from].Row;
        }
    }

    private (long Start, long Time, int Row) Key(int row) => (_start[row], _timestamp[row], row);

    // Ties on both times fall back to source row: a stable sort.
    private static int Compare((long Start, long Time, int Row) a, (long Start, long Time, int Row) b)
    {
        var c = a.Start.CompareTo(b.Start);
        if (c != 0) return c;
        c = a.Time.CompareTo(b.Time);
        return c != 0 ? c : a.Row.CompareTo(b.Row);
    }
}
