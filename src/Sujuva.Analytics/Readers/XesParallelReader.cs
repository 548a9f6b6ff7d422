using System.Collections.Concurrent;
using Sujuva.Analytics.EventLogs;

namespace Sujuva.Analytics.Readers;

/// <summary>
/// Reads a UTF-8 XES file on two threads: it is cut into stretches of whole traces
/// (<see cref="XesChunks"/>), each read into its own builder, and the builders are appended in
/// file order. Errors name the line in the whole file; the first stretch's error wins.
/// </summary>
internal static class XesParallelReader
{
    public const int ChunkBytes = 4 << 20;

    public static (EventLogBuilder Builder, List<string> TraceGlobals, List<string> EventGlobals) Read(
        Stream stream, string file, ReadOptions options, int chunkBytes = ChunkBytes)
    {
        var results = new ConcurrentDictionary<int, (XesTagWalker? Walker, EventLogFormatException? Error)>();
        using var queue = new BlockingCollection<XesChunk>(boundedCapacity: 2);
        using var stop = new CancellationTokenSource();
        var workers = Enumerable.Range(0, 2).Select(_ => Task.Run(() =>
        {
            foreach (var chunk in queue.GetConsumingEnumerable())
            {
                if (stop.IsCancellationRequested) continue;
                var walker = new XesTagWalker(new XmlTagReader(new MemoryStream(chunk.Bytes, 0, chunk.Length), file, chunk.FirstLine),
                    new EventLogBuilder(), options) { FirstTrace = chunk.FirstTrace };
                try
                {
                    walker.ReadFragment(first: chunk.Index == 0);
                    results[chunk.Index] = (walker, null);
                }
                catch (EventLogFormatException e)
                {
                    results[chunk.Index] = (null, e);
                    stop.Cancel();
                }
            }
        })).ToArray();
        var count = 0;
        try
        {
            foreach (var chunk in XesChunks.Cut(stream, chunkBytes, file))
            {
                if (stop.IsCancellationRequested) break;
                queue.Add(chunk);
                count++;
            }
        }
        finally
        {
            queue.CompleteAdding();
            Task.WaitAll(workers);
        }
        return Merge(results, count, file);
    }

    private static (EventLogBuilder, List<string>, List<string>) Merge(
        ConcurrentDictionary<int, (XesTagWalker? Walker, EventLogFormatException? Error)> results, int count, string file)
    {
        for (var i = 0; i < count; i++)
            if (results.TryGetValue(i, out var r) && r.Error is not null) throw r.Error;
        var walkers = Enumerable.Range(0, count).Select(i => results[i].Walker!).ToList();
        var last = walkers.FindIndex(w => w.SawLogEnd);
        if (last < 0) throw new EventLogFormatException(file, 0, 0, "the file ends before </log> (truncated?)");
        if (walkers.Skip(last + 1).Any(w => w.SawTags)) throw new EventLogFormatException(file, 0, 0, "malformed XML: content after </log>");
        var head = walkers[0];
        foreach (var later in walkers.Skip(1))
        {
            head.Builder.Append(later.Builder);
            head.TraceGlobals.AddRange(later.TraceGlobals);
            head.EventGlobals.AddRange(later.EventGlobals);
        }
        return (head.Builder, head.TraceGlobals, head.EventGlobals);
    }
}
