using BenchmarkDotNet.Attributes;
using Sujuva.Analytics.EventLogs;
using Sujuva.Analytics.Readers;

namespace Sujuva.Benchmarks.Readers;

/// <summary>The writers on the same log as <see cref="ReaderBenchmarks"/> (filter '*Writer*').</summary>
[MemoryDiagnoser]
public class WriterBenchmarks
{
    private EventLog _log = null!;

    [Params(20_000)]
    public int Events { get; set; }

    [GlobalSetup]
    public void Setup() => _log = SyntheticLog.Make(Events);

    [Benchmark]
    public long Csv() => Write(EventLogFormat.Csv);

    [Benchmark]
    public long Xes() => Write(EventLogFormat.Xes);

    [Benchmark]
    public long OcelJson() => Write(EventLogFormat.OcelJson);

    private long Write(EventLogFormat format)
    {
        var stream = new CountingStream();
        EventLogFiles.Write(_log, stream, format);
        return stream.Count;
    }

    private sealed class CountingStream : Stream
    {
        public long Count { get; private set; }

        public override bool CanRead => false;

        public override bool CanSeek => false;

        public override bool CanWrite => true;

        public override long Length => Count;

        public override long Position { get => Count; set => throw new NotSupportedException(); }

        public override void Flush() { }

        public override int Read(byte[] buffer, int offset, int count) => throw new NotSupportedException();

        public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();

        public override void SetLength(long value) => throw new NotSupportedException();

        public override void Write(byte[] buffer, int offset, int count) => Count += count;

        public override void Write(ReadOnlySpan<byte> buffer) => Count += buffer.Length;
    }
}
