namespace Sujuva.Analytics.Readers;

/// <summary>Bytes read by one or more threads, reported every few megabytes and at the end.</summary>
internal sealed class ProgressCounter(long total, Action<long, long> report)
{
    private const long Step = 4 << 20;
    private long _read;
    private long _next = Step;

    public void Add(long bytes)
    {
        var read = Interlocked.Add(ref _read, bytes);
        var next = Interlocked.Read(ref _next);
        if ((read >= next && Interlocked.CompareExchange(ref _next, read + Step, next) == next) || (bytes > 0 && read == total))
            report(Math.Min(read, total), total);
    }

    /// <summary>A second pass over the file (after a failed parallel read) counts from zero.</summary>
    public void Restart()
    {
        Interlocked.Exchange(ref _read, 0);
        Interlocked.Exchange(ref _next, Step);
    }
}
