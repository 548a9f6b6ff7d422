using Sujuva.Analytics.EventLogs;

namespace Sujuva.Analytics.ProcessMining;

/// <summary>
/// The events of one case ordered as PM4Py's DFG orders them: by (start, timestamp) with a stable sort,
/// so ties keep row order (README caveat 3). Without start times the start is the timestamp.
/// One buffer is reused for every case, so ordering allocates nothing per event.
/// </summary>
internal sealed class TimeOrder
{
    private readonly EventLog _log;
    private readonly long[] _start;
    private int[] _buffer = new int[16];

    public TimeOrder(EventLog log)
    {
        _log = log;
        _start = log.StartTimestamp ?? log.Timestamp;
    }

    /// <summary>Event rows of case <paramref name="c"/> in time order; valid until the next call.</summary>
    public ReadOnlySpan<int> Of(int c)
    {
        int from = _log.CaseOffsets[c], to = _log.CaseOffsets[c + 1], n = to - from;
        if (_buffer.Length < n) _buffer = new int[Math.Max(n, _buffer.Length * 2)];
        var rows = _buffer.AsSpan(0, n);
        for (var i = 0; i < n; i++) rows[i] = from + i;
        if (!_log.IsTimeOrdered && !IsSorted(from, to)) Sort(rows);
        return rows;
    }

    private bool IsSorted(int from, int to)
    {
        var ts = _log.Timestamp;
        for (var i = from + 1; i < to; i++)
        {
            if (_start[i - 1] > _start[i] || (_start[i - 1] == _start[i] && ts[i - 1] > ts[i])) return false;
        }
        return true;
    }

    // Insertion sort: stable, and cases out of order are rare and short.
    private void Sort(Span<int> rows)
    {
        var ts = _log.Timestamp;
        for (var i = 1; i < rows.Length; i++)
        {
            var row = rows[i];
            var j = i - 1;
            while (j >= 0 && (_start[rows[j]] > _start[row] || (_start[rows[j]] == _start[row] && ts[rows[j]] > ts[row])))
            {
                rows[j + 1] = rows[j];
                j--;
            }
            rows[j + 1] = row;
        }
    }
}
