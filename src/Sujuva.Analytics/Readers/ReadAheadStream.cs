using System.Collections.Concurrent;

namespace Sujuva.Analytics.Readers;

/// <summary>
/// Reads (and so decompresses) the inner stream on a second thread, a few 1 MB blocks ahead of
/// the parser: on two cores gunzip then costs no wall time (road fines: 185 MB inflated).
/// Errors of the inner stream are rethrown to the reader, in order.
/// </summary>
internal sealed class ReadAheadStream : ReadOnlyStream
{
    private const int BlockSize = 1 << 20;
    private readonly BlockingCollection<(byte[]? Block, int Length, Exception? Error)> _blocks = new(boundedCapacity: 4);

    // Blocks go back and forth: fresh 1 MB arrays each time would churn the large object heap.
    private readonly ConcurrentBag<byte[]> _free = [];
    private readonly CancellationTokenSource _stop = new();
    private readonly Thread _thread;
    private byte[]? _current;
    private int _length;
    private int _at;
    private bool _done;

    public ReadAheadStream(Stream inner) : base(owned: null)  // the pump thread disposes it
    {
        _thread = new Thread(() => Pump(inner)) { IsBackground = true, Name = "event log read-ahead" };
        _thread.Start();
    }

    public override int Read(Span<byte> buffer)
    {
        while (!_done && (_current is null || _at == _length))
        {
            var (block, length, error) = _blocks.Take();
            if (error is not null) throw error;
            if (block is null) { _done = true; break; }
            if (_current is not null) _free.Add(_current);
            (_current, _length, _at) = (block, length, 0);
        }
        if (_done && (_current is null || _at == _length)) return 0;
        var n = Math.Min(buffer.Length, _length - _at);
        _current.AsSpan(_at, n).CopyTo(buffer);
        _at += n;
        return n;
    }

    protected override void Dispose(bool disposing)
    {
        if (disposing)
        {
            _stop.Cancel();
            _thread.Join();
            _stop.Dispose();
            _blocks.Dispose();
        }
        base.Dispose(disposing);
    }

    private void Pump(Stream inner)
    {
        try
        {
            using (inner)
            {
                while (true)
                {
                    if (!_free.TryTake(out var block)) block = new byte[BlockSize];
                    var n = inner.ReadAtLeast(block, BlockSize, throwOnEndOfStream: false);
                    if (n > 0) _blocks.Add((block, n, null), _stop.Token);
                    if (n < BlockSize) break;
                }
            }
            _blocks.Add((null, 0, null), _stop.Token);
        }
        catch (OperationCanceledException)
        {
            // The reader stopped early (an error downstream); nothing more to hand over.
        }
#pragma warning disable CA1031 // Any failure of the inner stream is handed to the reading thread, which rethrows it.
        catch (Exception e)
#pragma warning restore CA1031
        {
            try { _blocks.Add((null, 0, e), _stop.Token); } catch (OperationCanceledException) { }
        }
    }
}
