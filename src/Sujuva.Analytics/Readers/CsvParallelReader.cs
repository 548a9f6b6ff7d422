using Sujuva.Analytics.EventLogs;

namespace Sujuva.Analytics.Readers;

/// <summary>
/// Reads a large UTF-8 CSV file as two halves on two threads, split after a line break, then
/// appends the second half's rows to the first's. The split is safe exactly when the first half parses:
/// a split inside a quoted field leaves that half with an unclosed quote. Any error re-reads
/// the file on one thread, so that the error names the right line.
/// </summary>
internal static class CsvParallelReader
{
    private const long MinBytes = 16 << 20;

    public static EventLog Read(string path, string file, ReadOptions options, long minBytes = MinBytes)
    {
        var progress = options.Progress is { } report ? new ProgressCounter(new FileInfo(path).Length, report) : null;
        using (var probe = Open(path, 0, long.MaxValue, progress))
        {
            var length = new FileInfo(path).Length;
            var split = options.TwoThreads && length >= minBytes && IsUtf8(probe) ? SplitPoint(path, length / 2) : -1;
            if (split < 0) return CsvEventLogReader.Read(probe, file, options);
        }
        try
        {
            return ReadHalves(path, file, options, progress);
        }
        catch (EventLogFormatException)
        {
            progress?.Restart();
            using var again = Open(path, 0, long.MaxValue, progress);
            return CsvEventLogReader.Read(again, file, options);
        }
    }

    private static EventLog ReadHalves(string path, string file, ReadOptions options, ProgressCounter? progress)
    {
        var length = new FileInfo(path).Length;
        var split = SplitPoint(path, length / 2);
        using var first = Open(path, 0, split, progress);
        var firstReader = new CsvRecordReader(first, file);
        var head = new CsvPart(CsvEventLogReader.ReadHeader(firstReader, options), options);
        var tail = new CsvPart((head.Header, head.Delimiter), options);
        var second = Task.Run(() =>
        {
            using var stream = Open(path, split, length, progress);
            tail.Parse(new CsvRecordReader(stream, file) { Delimiter = head.Delimiter });
        });
        try
        {
            head.Parse(firstReader);
        }
        finally
        {
            // Both halves finish before anything is thrown, so no thread outlives the call.
            try { second.Wait(); } catch (AggregateException) { }
        }
        if (second.Exception?.InnerException is { } e) System.Runtime.ExceptionServices.ExceptionDispatchInfo.Throw(e);
        head.Append(tail);
        return head.Finish();
    }

    // The byte after the first line break at or after the middle; -1 when there is none.
    private static long SplitPoint(string path, long middle)
    {
        using var stream = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.Read, 1 << 12);
        stream.Position = middle;
        var buffer = new byte[1 << 16];
        for (var at = middle; ;)
        {
            var n = stream.Read(buffer);
            if (n == 0) return -1;
            var nl = buffer.AsSpan(0, n).IndexOf((byte)'\n');
            if (nl >= 0) return at + nl + 1;
            at += n;
        }
    }

    private static bool IsUtf8(Stream stream)
    {
        Span<byte> bom = stackalloc byte[2];
        var n = stream.ReadAtLeast(bom, 2, throwOnEndOfStream: false);
        stream.Seek(-n, SeekOrigin.Current);
        return n < 2 || !((bom[0] == 0xFF && bom[1] == 0xFE) || (bom[0] == 0xFE && bom[1] == 0xFF));
    }

    private static Stream Open(string path, long from, long to, ProgressCounter? progress)
    {
        var file = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.Read, 1 << 16, FileOptions.SequentialScan);
        file.Position = from;
        return new SectionStream(file, to - from, progress);
    }
}
